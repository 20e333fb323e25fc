"""The rating card grows for long difficulty words instead of cutting them.

Five buttons in a row leave each about 64 px in a 400 px card: "sehr
belastend" or "très éprouvant" were cut to "ehr belaste", and the agent
rated a call without reading its level.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wellbeing.core.records import Call, Source
from wellbeing.ui.prompts.rating_card import WIDTH, RatingCard
from wellbeing.ui.translations import install_translators, remove_translators

I18N = Path(__file__).resolve().parents[2] / "i18n"


@pytest.fixture(params=["en", "de", "fr", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    locale = QLocale()
    install_translators(qapp, request.param, source_dir=I18N, cache_dir=tmp_path)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(locale)


def test_every_difficulty_button_shows_its_whole_word(qtbot: QtBot, language: str) -> None:
    card = RatingCard()
    qtbot.addWidget(card)
    ended = datetime(2026, 12, 1, 10, tzinfo=UTC)
    card.show_call(Call.create(ended_at=ended, difficulty=None, source=Source.DETECTED))
    assert card.width() >= WIDTH
    cut = [
        b.text() for b in [*card.buttons, *card.chips.values()] if b.width() < b.sizeHint().width()
    ]
    assert not cut, f"cut in {language}: {cut}"
