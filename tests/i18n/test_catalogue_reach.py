"""Every translated call reaches the catalogues, in the form lupdate reads.

lupdate finds a plural message only in ``tr(text, "", n)`` and reads a
``translate`` bound to another name as ``tr(source, comment)``: such calls
are never offered to translators, and the app then shows English in the
middle of a translated window, with every catalogue test green.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from test_ts_files import ROOT, load_updater

from wellbeing.ui.translations import install_translators, remove_translators


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    locale = QLocale()
    install_translators(qapp, "de", source_dir=ROOT / "i18n", cache_dir=tmp_path)
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)


def test_lupdate_finds_every_message_inside_its_context(tmp_path: Path) -> None:
    target = tmp_path / "wellbeing_xx.ts"
    command = load_updater().lupdate_command([target], "-silent")
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=120)
    stray = [
        message.findtext("source", "")
        for context in ET.parse(target).getroot().iter("context")
        if not context.findtext("name")
        for message in context.iter("message")
    ]
    assert not stray, f"translate() called under another name, read without context: {stray}"


ENTRIES = "%Ln entries shown, newest first"


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize(
    ("context", "source", "count", "expected"),
    [
        ("WindDownWindow", "%Ln calls", 1, "1 Anruf"),
        ("WindDownWindow", "%Ln breaks", 3, "3 Pausen"),
        ("JournalView", ENTRIES, 1, "1 Eintrag angezeigt, neueste zuerst"),
        ("SettingsDialog", "Delete all your data?", -1, "Alle deine Daten löschen?"),
        ("HistoryWindow", "Keep it", -1, "Behalten"),
    ],
)
def test_counted_phrases_and_delete_questions_are_translated(
    context: str, source: str, count: int, expected: str
) -> None:
    assert QCoreApplication.translate(context, source, None, count) == expected


@pytest.mark.usefixtures("german")
def test_what_the_sharing_dialog_explains_is_translated() -> None:
    from wellbeing.ui.sharing import sharing_words

    shared, never, *_ = sharing_words.explanation()
    assert shared.startswith("<b>Geteilt, einmal pro Woche:</b>")
    assert never.startswith("<b>Nie geteilt:</b>")
