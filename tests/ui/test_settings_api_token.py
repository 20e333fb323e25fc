"""Settings → Connections writes nothing until applied: the API token is made when the
setting is, and the dialog says so until then."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from local_api_http import free_port
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.settings import Settings
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.local_api import token as tokens
from wellbeing.store.store import Store
from wellbeing.ui.settings.settings_dialog import SettingsDialog

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=timezone(timedelta(hours=1)))
ORIGIN = "https://example.my.connect.aws"


def open_dialog(qtbot: QtBot, data: Path, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), data)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press(dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def test_ticking_the_switch_then_close_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, tmp_path)
    dialog.api.enabled.click()
    assert dialog.api.token.text() == ""
    assert dialog.api.token.placeholderText() == "A token is made when you apply."
    assert not dialog.api.copy_button.isEnabled()
    press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert list(tmp_path.iterdir()) == []


def test_a_token_made_earlier_is_shown_when_the_switch_is_ticked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    token = tokens.new_token(tmp_path)
    dialog = open_dialog(qtbot, tmp_path)
    assert not dialog.api.copy_button.isEnabled()
    dialog.api.enabled.click()
    assert dialog.api.token.text() == token
    assert dialog.api.copy_button.isEnabled()


def test_the_dialog_alone_never_makes_a_token_even_when_applied(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The dialog emits the settings; making the token is the app's, as it applies them."""
    dialog = open_dialog(qtbot, tmp_path)
    dialog.api.enabled.click()
    dialog.api.origins.setPlainText(ORIGIN)
    with qtbot.waitSignal(dialog.settings_applied):
        press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert not (tmp_path / tokens.TOKEN_FILE).exists()
    assert dialog.api.token.text() == ""


@pytest.fixture
def companion(qapp: QApplication, tmp_path: Path) -> Iterator[Companion]:
    store = Store.open(tmp_path)
    clock = FakeClock(NOW)
    built = Companion(
        qapp, store, clock, tray_available=True, desktop=[], calls=CallDetection(clock)
    )
    built.start()
    built.start_background()
    yield built
    built.stop()
    for window in built.windows.all():
        window.hide()
        window.deleteLater()
    built.tray.hide()
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())


def test_applying_the_switch_in_the_app_makes_the_token_and_shows_it(
    companion: Companion, tmp_path: Path
) -> None:
    companion.on_settings_requested()
    dialog = companion.windows.settings
    assert dialog is not None
    dialog.api.enabled.click()
    dialog.api.port.set_value(free_port())
    dialog.api.origins.setPlainText(ORIGIN)
    assert not (tmp_path / tokens.TOKEN_FILE).exists()
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    made = tokens.read_token(tmp_path)
    assert made is not None
    assert dialog.api.token.text() == made
    assert dialog.api.copy_button.isEnabled()
    assert companion.api.port == dialog.api.port.value()
