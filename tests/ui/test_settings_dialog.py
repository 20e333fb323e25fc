"""The settings dialog: an editor per setting, core validation shown calmly, intents."""

from __future__ import annotations

import itertools
from datetime import time
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wellbeing.core.settings import SPECS, WEEKDAYS, Settings, changed
from wellbeing.ui.settings.settings_dialog import SettingsDialog
from wellbeing.ui.settings.settings_fields import DurationEditor, IntEditor

CUSTOM = Settings(
    streak_threshold=5,
    cooldown_min=20,
    reset_s=120,
    break_s=300,
    default_pattern="coherent",
    default_break_min=2,
    prompt_stale_min=45,
    shift_gap_h=8,
    work_hours=(None, (time(8), time(16, 30)), None, None, (time(12), time(20)), None, None),
    micro_breaks=True,
    micro_break_every_min=45,
    checkin_reminder=False,
    checkin_day="mon",
    checkin_time=time(10, 15),
    wind_down=True,
    reduced_motion=True,
    notifications=True,
    sound=True,
    language="pt_BR",
    theme="dark",
    autostart=True,
    detect_calls=False,
    phone_programs=("microsip", "chrome"),
    min_call_s=45,
    call_gap_s=30,
    api_enabled=True,
    api_port=18000,
    api_origins=("https://example.my.connect.aws",),
)


@pytest.fixture
def make(qtbot: QtBot, tmp_path: Path) -> Any:
    def build(settings: Settings | None = None) -> SettingsDialog:
        dialog = SettingsDialog(settings or Settings(), tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return build


def button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    return dialog.buttons.button(which)


APPLY = QDialogButtonBox.StandardButton.Apply
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def test_every_setting_has_an_editor(make: Any) -> None:
    dialog = make()
    for spec in SPECS:
        assert isinstance(dialog.editors.get(spec.name), QWidget), spec.name
    assert set(dialog.editors) == {spec.name for spec in SPECS}


def test_editors_start_from_the_given_settings(make: Any) -> None:
    assert changed(Settings(), CUSTOM) == {spec.name for spec in SPECS}  # every field differs
    dialog = make(CUSTOM)
    assert Settings.from_dict(dialog.editor_values()) == CUSTOM
    assert dialog.editors["streak_threshold"].value() == 5
    assert dialog.editors["reset_s"].text() == "2:00 min"
    assert dialog.editors["language"].currentText() == "Português (Brasil)"
    hours = dialog.editors["work_hours"]
    assert [day.isChecked() for day in hours.days] == [
        False,
        True,
        False,
        False,
        True,
        False,
        False,
    ]
    assert hours.ends[1].time() == QTime(16, 30)
    assert not hours.starts[0].isEnabled()
    assert not dialog.editors["checkin_day"].isEnabled()
    assert dialog.editors["micro_break_every_min"].isEnabled()


def test_apply_emits_only_the_change(make: Any, qtbot: QtBot) -> None:
    old = Settings()
    dialog = make(old)
    assert not button(dialog, APPLY).isEnabled()
    dialog.editors["streak_threshold"].setValue(6)
    with qtbot.waitSignal(dialog.settings_applied) as blocker:
        QTest.mouseClick(button(dialog, APPLY), Qt.MouseButton.LeftButton)
    new = blocker.args[0]
    assert new.streak_threshold == 6
    assert changed(old, new) == {"streak_threshold"}
    assert dialog.settings == new
    assert dialog.isVisible()
    assert not button(dialog, APPLY).isEnabled()


def test_ok_applies_and_closes_cancel_does_not(make: Any, qtbot: QtBot) -> None:
    dialog = make()
    dialog.editors["theme"].setCurrentIndex(dialog.editors["theme"].findData("dark"))
    with qtbot.waitSignal(dialog.settings_applied) as blocker:
        QTest.mouseClick(button(dialog, OK), Qt.MouseButton.LeftButton)
    assert blocker.args[0].theme == "dark"
    assert not dialog.isVisible()

    other = make()
    other.editors["sound"].setChecked(True)
    with qtbot.assertNotEmitted(other.settings_applied):
        QTest.mouseClick(button(other, CANCEL), Qt.MouseButton.LeftButton)
    assert not other.isVisible()


def test_ok_without_changes_closes_and_emits_nothing(make: Any, qtbot: QtBot) -> None:
    dialog = make()
    with qtbot.assertNotEmitted(dialog.settings_applied):
        QTest.mouseClick(button(dialog, OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_invalid_work_hours_show_the_core_message_and_emit_nothing(make: Any, qtbot: QtBot) -> None:
    dialog = make()
    hours = dialog.editors["work_hours"]
    hours.starts[0].setTime(QTime(17, 0))
    hours.ends[0].setTime(QTime(9, 0))
    with qtbot.assertNotEmitted(dialog.settings_applied):
        QTest.mouseClick(button(dialog, APPLY), Qt.MouseButton.LeftButton)
        QTest.mouseClick(button(dialog, OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.notice.isVisible()
    text = dialog.notice.label.text()
    assert "Monday" in text
    assert "the start must come before the end (17:00-09:00)" in text
    assert "work_hours" not in text
    assert dialog.tabs.currentIndex() == dialog.tabs.indexOf(hours.parentWidget().parentWidget())

    hours.ends[0].setTime(QTime(18, 0))
    with qtbot.waitSignal(dialog.settings_applied):
        QTest.mouseClick(button(dialog, APPLY), Qt.MouseButton.LeftButton)
    assert not dialog.notice.isVisible()


def test_a_weekday_turned_off_is_none(make: Any, qtbot: QtBot) -> None:
    dialog = make()
    hours = dialog.editors["work_hours"]
    hours.days[WEEKDAYS.index("wed")].setChecked(False)
    assert not hours.starts[2].isEnabled()
    with qtbot.waitSignal(dialog.settings_applied) as blocker:
        QTest.mouseClick(button(dialog, APPLY), Qt.MouseButton.LeftButton)
    new = blocker.args[0]
    assert new.work_hours[2] is None
    assert changed(Settings(), new) == {"work_hours"}


def test_a_day_turned_back_on_keeps_its_times(make: Any) -> None:
    dialog = make(CUSTOM)
    hours = dialog.editors["work_hours"]
    hours.days[1].setChecked(False)
    hours.days[1].setChecked(True)
    assert hours.value()[1] == (time(8), time(16, 30))


def test_switches_enable_what_depends_on_them(make: Any) -> None:
    dialog = make()
    every, micro = dialog.editors["micro_break_every_min"], dialog.editors["micro_breaks"]
    assert not every.isEnabled()
    micro.setChecked(True)
    assert every.isEnabled()
    dialog.editors["checkin_reminder"].setChecked(False)
    assert not dialog.editors["checkin_time"].isEnabled()


@pytest.mark.parametrize("confirmed", [True, False])
def test_delete_all_asks_first(
    make: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, confirmed: bool
) -> None:
    dialog = make()
    asked: list[QWidget | None] = []

    def confirm(parent: QWidget | None) -> bool:
        asked.append(parent)
        return confirmed

    monkeypatch.setattr(SettingsDialog, "confirm_delete", confirm)
    emitted: list[bool] = []
    dialog.delete_all_requested.connect(lambda: emitted.append(True))
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [dialog]
    assert emitted == ([True] if confirmed else [])


def test_data_folder_is_shown_and_open_is_an_intent(
    make: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make()
    assert dialog.data_path.text() == str(tmp_path)
    assert dialog.data_path.isReadOnly()
    with qtbot.waitSignal(dialog.open_data_folder_requested):
        QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)


def test_every_interactive_widget_has_an_accessible_name(make: Any) -> None:
    dialog = make()
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar)
    widgets = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds)]
    widgets = [w for w in widgets if not isinstance(w.parentWidget(), QAbstractSpinBox)]
    assert len(widgets) > len(SPECS)
    unnamed = [f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''}" for w in widgets]
    unnamed = [name for w, name in zip(widgets, unnamed, strict=True) if not w.accessibleName()]
    assert unnamed == []


def test_tab_order_follows_the_form(make: Any) -> None:
    dialog = make()
    order = ["streak_threshold", "break_s", "reset_s", "default_break_min", "default_pattern"]
    order += ["cooldown_min", "prompt_stale_min", "shift_gap_h", "micro_breaks"]
    editors = [dialog.editors[name] for name in order]
    for here, there in itertools.pairwise(editors):
        step = here.nextInFocusChain()
        while step is not there and (
            step.focusPolicy() == Qt.FocusPolicy.NoFocus or here.isAncestorOf(step)
        ):
            step = step.nextInFocusChain()
        assert step is there, (here.accessibleName(), step.accessibleName())


def test_an_unknown_language_code_is_kept(make: Any) -> None:
    dialog = make(Settings(language="it"))
    assert dialog.editor_values()["language"] == "it"


@pytest.mark.parametrize(("typed", "seconds"), [("2:15", 135), ("45", 45), ("10:00", 600)])
def test_durations_are_typed_as_minutes_and_seconds(qtbot: QtBot, typed: str, seconds: int) -> None:
    editor = DurationEditor(30, 600, " min")
    qtbot.addWidget(editor)
    editor.lineEdit().selectAll()
    QTest.keyClicks(editor, typed)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert editor.value() == seconds


def test_ask_returns_what_was_applied(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def run(dialog: SettingsDialog) -> int:
        cast(IntEditor, dialog.editors["cooldown_min"]).setValue(30)
        dialog.apply()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", run)
    result = SettingsDialog.ask(Settings(), tmp_path)
    assert result is not None
    assert changed(Settings(), result) == {"cooldown_min"}

    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: 0)
    assert SettingsDialog.ask(Settings(), tmp_path) is None


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen QMessageBox
@pytest.mark.parametrize(("answer", "expected"), [("Delete all my data", True), (None, False)])
def test_confirm_delete_defaults_to_keeping_the_data(
    make: Any, answer: str | None, expected: bool
) -> None:
    dialog = make()

    def respond() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if answer is None:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            [chosen] = [b for b in box.buttons() if b.text() == answer]
            chosen.click()

    QTimer.singleShot(0, respond)
    assert SettingsDialog.confirm_delete(dialog) is expected


def test_phone_programs_are_typed_as_one_line(make: Any, qtbot: QtBot) -> None:
    dialog = make()
    programs = dialog.editors["phone_programs"]
    assert "microsip" in programs.text()
    programs.selectAll()
    QTest.keyClicks(programs, "MicroSIP, , Google Chrome")
    with qtbot.waitSignal(dialog.settings_applied) as blocker:
        QTest.mouseClick(button(dialog, APPLY), Qt.MouseButton.LeftButton)
    assert blocker.args[0].phone_programs == ("microsip", "google chrome")
    dialog.editors["detect_calls"].setChecked(False)
    assert not programs.isEnabled()
    assert not dialog.editors["min_call_s"].isEnabled()
