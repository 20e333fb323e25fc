"""The tray app end to end, offscreen: what an agent does in a shift, with an injected clock."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.cli import main as cli
from wellbeing.core.records import BreakOutcome, Call, PromptKind, PromptOutcome, Tag
from wellbeing.core.settings import Settings
from wellbeing.core.strain import StrainLevel
from wellbeing.services.instance import InstanceServer
from wellbeing.services.sharing import SharingService
from wellbeing.store.store import Store
from wellbeing.ui.breathing.breathing_window import Stage
from wellbeing.ui.tray.icons import tray_icon

Build = Callable[..., Companion]
"""The ``build`` fixture (conftest): a started companion, cleaned up after the test."""
CET = timezone(timedelta(hours=1))


def card_button(companion: Companion, text: str) -> QPushButton:
    (button,) = [b for b in companion.windows.card.findChildren(QPushButton) if b.text() == text]
    return button


def test_three_difficult_calls_then_a_completed_break(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    for _ in range(3):
        clock.advance(minutes=5)
        companion.actions.difficulty[3].trigger()
    assert companion.tray.icon.icon().cacheKey() == tray_icon(StrainLevel.HIGH, False).cacheKey()
    assert "3 difficult calls in a row" in companion.tray.icon.toolTip()
    assert companion.windows.card.isVisible()

    qtbot.mouseClick(card_button(companion, "Start the break"), Qt.MouseButton.LeftButton)
    window = companion.windows.breathing
    assert window is not None and window.isVisible()
    clock.advance(seconds=window.planned_s)
    window.tick()
    assert window.stage is Stage.AFTER
    with qtbot.waitSignal(window.finished):
        window.done()

    assert [(p.kind, p.outcome) for p in store.prompts.all()] == [
        (PromptKind.BREAK, PromptOutcome.TAKEN)
    ]
    assert [b.outcome for b in store.breaks.all()] == [BreakOutcome.COMPLETED]
    assert companion.service.state().level is StrainLevel.CALM
    assert companion.tray.icon.icon().cacheKey() == tray_icon(StrainLevel.CALM, False).cacheKey()


def test_on_a_call_a_severe_call_from_the_cli_waits_until_the_call_ends(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion.actions.on_call.trigger()
    assert companion.service.on_call
    at = clock.now().isoformat()
    assert (
        cli(["--data-dir", str(store.data_dir), "log-call", "--difficulty", "5", "--at", at]) == 0
    )
    qtbot.waitUntil(lambda: len(store.prompts.all()) == 1, timeout=10_000)
    assert not companion.windows.card.isVisible()
    assert companion.tray.icon.icon().cacheKey() == tray_icon(StrainLevel.HIGH, True).cacheKey()

    clock.advance(minutes=3)
    companion.actions.on_call.trigger()
    assert companion.windows.card.isVisible()
    assert store.prompts.all()[0].kind is PromptKind.RESET


def test_a_severe_call_logged_by_another_process_is_prompted(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wellbeing",
            "--data-dir",
            str(store.data_dir),
            "log-call",
            "--difficulty",
            "5",
            "--at",
            clock.now().isoformat(),
        ],
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=15_000)
    assert process.returncode == 0
    qtbot.waitUntil(lambda: len(store.prompts.all()) == 1, timeout=10_000)
    assert companion.windows.card.isVisible()


def test_on_call_from_the_command_line_sets_the_app_state(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    server = InstanceServer(store.data_dir)
    assert server.claim()
    server.message.connect(companion.ipc.on_message)
    command = [sys.executable, "-m", "wellbeing", "--data-dir", str(store.data_dir)]
    try:
        process = subprocess.Popen([*command, "on-call", "start"])
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=15_000)
        assert process.returncode == 0
        qtbot.waitUntil(lambda: companion.service.on_call)
        assert companion.actions.on_call.isChecked()
    finally:
        server.close()


def test_snooze_and_dismiss_from_the_card_are_recorded(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion.actions.difficulty[4].trigger()
    qtbot.mouseClick(card_button(companion, "Snooze 10 min"), Qt.MouseButton.LeftButton)
    assert store.prompts.all()[0].outcome is PromptOutcome.SNOOZED
    assert not companion.windows.card.isVisible()
    clock.advance(minutes=10)
    companion.service.tick()
    assert companion.windows.card.isVisible()
    qtbot.mouseClick(card_button(companion, "Dismiss"), Qt.MouseButton.LeftButton)
    assert store.prompts.all()[0].outcome is PromptOutcome.DISMISSED


def test_the_quick_log_popup_logs_from_the_tray(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    companion.tray.quick_log_requested.emit(companion.tray.icon.geometry().center())
    assert companion.windows.quick_log.isVisible()
    qtbot.keyClick(companion.windows.quick_log, Qt.Key.Key_2)
    assert [call.difficulty for call in store.calls.all()] == [2]


def test_without_a_tray_a_window_offers_the_same_actions(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion = build(store, clock, tray=False)
    window = companion.windows.fallback
    assert window is not None and window.isVisible()
    assert "no system tray" in window.notice.text()
    button = window.difficulty_buttons[3]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [call.difficulty for call in store.calls.all()] == [4]
    assert "1 difficult call" in window.status.text()
    window.close()
    assert window.isMinimized()


def test_closing_a_window_never_quits_the_app(companion: Companion) -> None:
    assert companion.app.quitOnLastWindowClosed() is False


def test_a_shown_prompt_can_be_answered_from_the_menu_with_the_keyboard(
    companion: Companion, store: Store
) -> None:
    companion.actions.difficulty[4].trigger()
    companion.tray.on_menu_about_to_show()
    texts = [action.text() for action in companion.tray.menu.actions()]
    assert "Snooze 5 min" in texts
    assert any("That call was severe." in text for text in texts)
    companion.actions.prompt_snooze[5].trigger()
    assert store.prompts.all()[0].outcome is PromptOutcome.SNOOZED
    assert not companion.windows.card.isVisible()
    companion.tray.on_menu_about_to_show()
    assert "Snooze 5 min" not in [action.text() for action in companion.tray.menu.actions()]


def test_after_an_abusive_call_the_prompt_offers_a_reflection_that_is_saved(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    at = clock.now().isoformat()
    data = ["--data-dir", str(store.data_dir)]
    assert cli([*data, "log-call", "--difficulty", "5", "--tag", "abusive", "--at", at]) == 0
    qtbot.waitUntil(companion.windows.card.isVisible, timeout=10_000)
    qtbot.mouseClick(card_button(companion, "Reflect on this call"), Qt.MouseButton.LeftButton)
    dialog = companion.windows.reflection
    assert dialog is not None and dialog.isVisible()
    dialog.carry_forward.setText("Warn once, then offer a supervisor.")
    with qtbot.waitSignal(dialog.saved):
        dialog.on_save()
    (reflection,) = store.reflections.all()
    assert reflection.call_id == store.calls.all()[0].id
    assert reflection.carry_forward == "Warn once, then offer a supervisor."
    assert store.prompts.all()[0].outcome is PromptOutcome.TAKEN


def test_an_escalated_call_offers_a_reflection_prompt(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    companion.windows.quick_log.log_requested.emit(3, [Tag.ESCALATED], "")
    assert companion.windows.card.isVisible()
    qtbot.mouseClick(card_button(companion, "Reflect now"), Qt.MouseButton.LeftButton)
    assert companion.windows.reflection is not None
    assert companion.windows.reflection.isVisible()
    assert [p.kind for p in store.prompts.all()] == [PromptKind.REFLECT]


def test_the_weekly_checkin_from_the_menu_is_saved(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    companion.actions.checkin.trigger()
    window = companion.windows.checkin
    assert window is not None and window.isVisible()
    for item_id in ("p1", "p2", "p3"):
        window.findChild(QRadioButton, f"{item_id}_75").click()
    with qtbot.waitSignal(window.saved):
        window.finish()
    (checkin,) = store.checkins.all()
    assert checkin.answers == {"p1": 75, "p2": 75, "p3": 75}


def test_done_for_today_rests_the_prompts_until_the_next_shift(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    companion.actions.wind_down.trigger()
    window = companion.windows.wind_down
    assert window is not None and window.isVisible()
    window.findChild(QPlainTextEdit, "left_behind").setPlainText(
        "The caller who shouted about the refund."
    )
    with qtbot.waitSignal(window.done):
        window.finish()
    assert companion.service.paused_until == datetime(2026, 11, 30, 9, 0, tzinfo=CET)  # Monday
    (reflection,) = store.reflections.all()
    assert reflection.journal == "The caller who shouted about the refund."
    assert reflection.call_id is None


def test_quit_leaves_even_without_a_tray(
    build: Build, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    companion = build(store, clock, tray=False)
    exits: list[int] = []
    monkeypatch.setattr(companion.app, "exit", exits.append)
    companion.actions.quit.trigger()
    assert exits == [0]


def test_once_opted_in_the_finished_weeks_are_shared_by_themselves(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot, tmp_path: Path
) -> None:
    from served_hub import HubClock, served_hub

    store.calls.add(Call.create(ended_at=clock.now() - timedelta(days=1), difficulty=4))
    week_end = datetime(2026, 11, 30, tzinfo=UTC)  # 2026-W48 ends
    late_enough = week_end + timedelta(hours=50)  # after any drawn moment, before close
    with served_hub(tmp_path, HubClock(late_enough)) as hub:
        SharingService(store.data_dir).enroll(hub.url, hub.invites[0])  # as the dialog does
        clock.set(late_enough)
        qtbot.waitUntil(lambda: not companion.sharing.busy)  # the start-up's look, while off
        failed: list[str] = []
        companion.sharing.failed.connect(failed.append)
        with qtbot.waitSignal(companion.sharing.published, timeout=10_000) as published:
            companion.scheduler.heartbeat.emit()
        assert published.args is not None and published.args[0].sent == ["2026-W48"], failed
        qtbot.waitUntil(lambda: not companion.sharing.busy)


def test_team_sharing_opens_from_the_menu(companion: Companion, qtbot: QtBot) -> None:
    from wellbeing.ui.sharing.sharing_dialog import SharingDialog

    companion.actions.sharing.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SharingDialog)]
    assert any(dialog.isVisible() for dialog in dialogs)
    for dialog in dialogs:
        dialog.close()


def test_settings_open_from_the_menu_stay_open_and_apply_at_once(
    companion: Companion, store: Store
) -> None:
    from wellbeing.ui.settings.settings_dialog import SettingsDialog

    companion.actions.settings.trigger()
    QApplication.processEvents()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    assert dialog.isVisible()
    changed = companion.service.settings.replace(streak_threshold=2)
    dialog.settings_applied.emit(changed)
    assert companion.service.settings.streak_threshold == 2
    assert store.load_settings()["streak_threshold"] == 2
    dialog.close()


def test_the_history_window_opens_from_the_menu_and_follows_new_calls(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    from wellbeing.ui.history.history_window import HistoryWindow

    companion.actions.history.trigger()
    window = companion.windows.history
    assert isinstance(window, HistoryWindow) and window.isVisible()
    before = len(window.data.history.calls)
    companion.actions.difficulty[1].trigger()
    qtbot.waitUntil(lambda: len(window.data.history.calls) == before + 1)
    window.close()


def test_an_offer_is_answered_once_whether_from_the_card_or_the_menu(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    companion.actions.difficulty[4].trigger()
    assert companion.windows.card.isVisible()
    qtbot.mouseClick(card_button(companion, "Dismiss"), Qt.MouseButton.LeftButton)
    companion.actions.prompt_snooze[5].trigger()  # a late answer from the menu
    companion.actions.prompt_start_requested.emit()
    assert [p.outcome for p in store.prompts.all()] == [PromptOutcome.DISMISSED]
    assert companion.windows.breathing is None


def test_each_window_opens_once_and_asking_again_brings_it_forward(
    companion: Companion,
) -> None:
    for action in (companion.actions.settings, companion.actions.history):
        action.trigger()
        action.trigger()
    opened = [companion.windows.settings, companion.windows.history]
    assert all(window is not None and window.isVisible() for window in opened)
    from wellbeing.ui.settings.settings_dialog import SettingsDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    assert [d for d in dialogs if d.isVisible()] == [companion.windows.settings]


def test_deleting_a_call_in_the_history_window_updates_the_tray(
    companion: Companion, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellbeing.ui.history.history_window import HistoryWindow

    for _ in range(2):
        clock.advance(minutes=5)
        companion.actions.difficulty[4].trigger()
    assert "2 difficult calls in a row" in companion.tray.icon.toolTip()
    companion.actions.history.trigger()
    window = companion.windows.history
    assert window is not None
    monkeypatch.setattr(HistoryWindow, "confirm_delete", classmethod(lambda _cls, _parent: True))
    (entry, *_) = [e for e in window.data.entries if e.kind == "call"]
    assert window.delete_entry(entry)
    assert len(store.calls.all()) == 1
    assert "1 difficult call" in companion.tray.icon.toolTip()


def test_delete_everything_from_the_settings_empties_the_store(
    companion: Companion, store: Store
) -> None:
    companion.actions.difficulty[3].trigger()
    companion.actions.settings.trigger()
    assert companion.windows.settings is not None
    companion.windows.settings.delete_all_requested.emit()
    assert store.calls.all() == []
    assert "difficult" not in companion.tray.icon.toolTip()


@pytest.mark.parametrize(
    ("kind", "opened"),
    [
        (PromptKind.MICRO_BREAK, "breathing"),
        (PromptKind.CHECKIN, "checkin"),
        (PromptKind.WIND_DOWN, "wind_down"),
    ],
)
def test_taking_a_scheduled_prompt_opens_what_its_kind_leads_to(
    build: Build, store: Store, clock: FakeClock, kind: PromptKind, opened: str
) -> None:
    store.save_settings({**Settings().to_dict(), "micro_breaks": True, "wind_down": True})
    companion = build(store, clock)
    companion.scheduler.prompt_due.emit(kind)
    assert companion.windows.card.isVisible()
    companion.actions.prompt_start_requested.emit()
    window = getattr(companion.windows, opened)
    assert window is not None and window.isVisible()
    assert [(p.kind, p.outcome) for p in store.prompts.all()] == [(kind, PromptOutcome.TAKEN)]
