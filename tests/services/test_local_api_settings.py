"""The API's rows in the Settings dialog: off by default, the token shown once it is applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from wellbeing.core.settings import Settings
from wellbeing.services.local_api import token as tokens
from wellbeing.ui.settings.settings_dialog import SettingsDialog

ORIGIN = "https://example.my.connect.aws"


def test_turning_the_api_on_shows_a_token_to_copy_and_applies_the_pages(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SettingsDialog(Settings(), tmp_path)
    qtbot.addWidget(dialog)
    section = dialog.api
    assert not section.enabled.isChecked()
    assert not section.origins.isEnabled()
    assert not (tmp_path / tokens.TOKEN_FILE).exists()

    section.enabled.setChecked(True)
    section.origins.setPlainText(f"{ORIGIN}/\n\n")
    section.port.setValue(18080)
    assert section.token.text() == ""  # made when applied, not before
    assert not (tmp_path / tokens.TOKEN_FILE).exists()
    # The app makes the token as it applies the settings (Companion.apply_api).
    dialog.settings_applied.connect(lambda _settings: tokens.load_or_create(tmp_path))
    with qtbot.waitSignal(dialog.settings_applied) as applied:
        assert dialog.apply()
    settings = applied.args[0]
    assert (settings.api_enabled, settings.api_port, settings.api_origins) == (
        True,
        18080,
        (ORIGIN,),
    )
    assert section.token.text() == tokens.read_token(tmp_path)
    section.copy_button.click()
    assert QGuiApplication.clipboard().text() == section.token.text()


def test_a_bad_page_is_refused_with_its_label(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(api_enabled=True, api_origins=(ORIGIN,)), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.api.origins.toPlainText() == ORIGIN
    dialog.api.origins.setPlainText("example.my.connect.aws")
    assert not dialog.apply()
    assert dialog.notice.label.text().startswith("Please check Pages allowed")
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.api.origins)
