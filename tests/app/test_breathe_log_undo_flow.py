"""Issue 15 through the whole app: "Breathe now" breathes for exactly the promised
seconds and then offers the reflection; every log from the app is confirmed and
Undo removes exactly that call."""

from __future__ import annotations

from doubles import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.records import BreakOutcome, PromptKind, Tag
from wellbeing.store.store import Store
from wellbeing.ui.breathing.breathing_window import Stage


def card_button(companion: Companion, text: str) -> QPushButton:
    (button,) = [b for b in companion.windows.card.findChildren(QPushButton) if b.text() == text]
    return button


def test_a_severe_call_card_start_breathes_90_s_then_offers_the_reflection(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion.actions.difficulty[4].trigger()  # 5 · Severe
    assert companion.windows.card.isVisible()
    qtbot.mouseClick(card_button(companion, "Breathe now"), Qt.MouseButton.LeftButton)
    window = companion.windows.breathing
    assert window is not None and window.isVisible()
    assert window.stage is Stage.BREATHING  # at once: no set-up form
    assert window.planned_s == 90
    for _ in range(89 * 4):
        clock.advance(seconds=0.25)
        window.tick()
    assert window.stage is Stage.BREATHING
    clock.advance(seconds=1)
    window.tick()
    assert window.stage is Stage.AFTER
    reflect = window.findChild(QPushButton, "reflect")
    assert reflect is not None and reflect.isVisible()
    assert reflect.text() == "Reflect on this call"

    reflect.click()
    (taken,) = store.breaks.all()
    assert (taken.planned_s, taken.completed_s) == (90, 90)
    assert taken.outcome is BreakOutcome.COMPLETED
    dialog = companion.windows.reflection
    assert dialog is not None and dialog.isVisible()
    assert "difficulty 5" in dialog.context.text()


def test_a_reflection_from_the_severe_card_offers_the_breathing(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    companion.actions.difficulty[4].trigger()
    qtbot.mouseClick(card_button(companion, "Reflect on this call"), Qt.MouseButton.LeftButton)
    dialog = companion.windows.reflection
    assert dialog is not None
    dialog.carry_forward.setText("Ask for a supervisor sooner")
    with qtbot.waitSignal(dialog.saved):
        dialog.on_save()
    dialog.breathe_button.click()
    window = companion.windows.breathing
    assert window is not None and window.isVisible()
    assert (window.stage, window.planned_s) == (Stage.BREATHING, 90)


def test_logs_from_the_menu_and_the_popup_are_confirmed_and_undone(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion.actions.difficulty[0].trigger()  # 1 · Routine, from the menu
    confirmation = companion.windows.log_confirmation
    assert confirmation is not None and confirmation.isVisible()
    assert confirmation.text() == "Logged · 1 Routine"
    assert not confirmation.isActiveWindow()  # it never takes the focus

    clock.advance(minutes=2)
    companion.windows.quick_log.log_requested.emit(4, [Tag.ANGRY], "")
    assert confirmation.text() == "Logged · 4 Difficult"
    (routine,) = [c for c in store.calls.all() if c.difficulty == 1]
    (difficult,) = [c for c in store.calls.all() if c.difficulty == 4]
    assert confirmation.call_id == difficult.id

    confirmation.undo_button.click()
    assert not confirmation.isVisible()
    assert [c.id for c in store.calls.all()] == [routine.id]  # that call only
    assert companion.service.state().streak == 0

    confirmation.timer.timeout.emit()  # its five seconds end: it goes by itself
    companion.actions.difficulty[2].trigger()
    assert confirmation.isVisible()
    confirmation.timer.timeout.emit()
    assert not confirmation.isVisible()


def test_undo_withdraws_the_prompt_the_log_made(
    companion: Companion, store: Store, qtbot: QtBot
) -> None:
    companion.actions.difficulty[4].trigger()  # a severe call: the card shows at once
    assert companion.windows.card.isVisible()
    assert [p.kind for p in store.prompts.all()] == [PromptKind.RESET]
    confirmation = companion.windows.log_confirmation
    assert confirmation is not None
    confirmation.undo_button.click()
    assert store.calls.all() == []
    assert store.prompts.all() == []  # a mistaken click is not a prompt, nor a cooldown
    assert not companion.windows.card.isVisible()
    assert companion.service.state().level.value == "calm"
