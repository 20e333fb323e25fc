"""The reflection dialog: filled in with the keyboard alone, saved or set aside."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from doubles import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wellbeing.core.fields import NOTE_MAX
from wellbeing.core.records import Call, LastStep, Reflection, StepRating, Tag
from wellbeing.ui.reflection.reflection_dialog import WINDOW_FRAME, ReflectionDialog
from wellbeing.ui.theme import DARK

NOW = datetime(2026, 3, 4, 14, 40, tzinfo=timezone(timedelta(hours=1)))
CALL = Call.create(
    id="call-42", ended_at=NOW - timedelta(minutes=8), difficulty=5, tags=[Tag.ABUSIVE]
)
Key = Qt.Key


@pytest.fixture
def dialog(qtbot: QtBot) -> ReflectionDialog:
    widget = ReflectionDialog(CALL, FakeClock(NOW))
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.present()
    return widget


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(*keys: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press each key on whatever has the focus, as a person would."""
    for key in keys:
        QTest.keyClick(focus(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def test_filled_in_with_the_keyboard_alone(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    assert focus() is dialog.stress.slider()
    press(Key.Key_Right, Key.Key_Right)  # stress 5 -> 7

    press(Key.Key_Tab)  # into the feelings, on "Calm"
    assert focus() is dialog.feelings.chips()[0]
    press(Key.Key_Down, Key.Key_Left, Key.Key_Space)  # "Tired", a row down, one left
    press(Key.Key_Down, Key.Key_Right, Key.Key_Space)  # "Shaken"

    press(Key.Key_Tab)
    assert focus() is dialog.carry_forward
    type_text("Offer the supervisor sooner")
    press(Key.Key_Return)  # Enter moves on, it does not save
    assert dialog.isVisible()
    assert focus() is dialog.more_button
    assert not dialog.more.isVisible()  # the rest waits under More
    press(Key.Key_Return)
    assert dialog.more.isVisible()

    press(Key.Key_Tab)
    assert focus() is dialog.caller_problem
    type_text("  Refund never arrived ")
    press(Key.Key_Return)
    assert focus() is dialog.caller_emotion.chips()[0]
    press(Key.Key_End, Key.Key_Left, Key.Key_Space)  # "Desperate"

    press(Key.Key_Tab, Key.Key_Space)  # Listen: went well
    press(Key.Key_Tab, Key.Key_Right, Key.Key_Space)  # Acknowledge: was hard
    press(Key.Key_Tab, Key.Key_Right, Key.Key_Right, Key.Key_Space)  # Solve: n/a
    press(Key.Key_Tab, Key.Key_Tab)  # Thank: left unanswered

    yes, _ = dialog.crossed_buttons()
    assert focus() is yes
    assert not dialog.boundary_action.isEnabled()
    press(Key.Key_Space)
    assert dialog.boundary_action.isEnabled()
    press(Key.Key_Tab)
    assert focus() is dialog.boundary_action
    type_text("Warned once, then ended the call")
    press(Key.Key_Enter)
    assert focus() is dialog.journal
    type_text("It was a lot.")
    press(Key.Key_Return)  # a new line in the journal
    type_text("Water, then next call.")

    with qtbot.waitSignal(dialog.saved) as blocker:
        press(Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    reflection = blocker.args[0]
    assert isinstance(reflection, Reflection)
    assert reflection.call_id == "call-42"
    assert reflection.created_at == NOW
    assert reflection.stress == 7
    assert reflection.emotions == ("tired", "shaken")
    assert reflection.caller_problem == "Refund never arrived"
    assert reflection.caller_emotion == "desperate"
    assert reflection.steps == {
        LastStep.LISTEN: StepRating.WELL,
        LastStep.ACKNOWLEDGE: StepRating.HARD,
        LastStep.SOLVE: StepRating.NOT_RELEVANT,
    }
    assert reflection.boundary_crossed is True
    assert reflection.boundary_action == "Warned once, then ended the call"
    assert reflection.carry_forward == "Offer the supervisor sooner"
    assert reflection.journal == "It was a lot.\nWater, then next call."
    assert not dialog.isVisible()


def test_tab_visits_each_question_once_in_reading_order(
    qtbot: QtBot, dialog: ReflectionDialog
) -> None:
    expected = [
        dialog.feelings.chips()[0],
        dialog.carry_forward,
        dialog.more_button,
        # the questions under More are skipped while it is closed
        dialog.save_button,
        dialog.not_now_button,
        dialog.discard_button,
        dialog.stress.slider(),
    ]
    visited = []
    for _ in expected:
        press(Key.Key_Tab)
        visited.append(focus())
    assert visited == expected


def test_a_chip_row_remembers_where_the_agent_was(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    press(Key.Key_Tab, Key.Key_End)
    last = dialog.feelings.chips()[-1]
    assert focus() is last
    press(Key.Key_Tab)
    assert focus() is dialog.carry_forward
    press(Key.Key_Tab, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert focus() is last


def test_the_caller_emotion_is_one_word_that_can_be_taken_back(
    qtbot: QtBot, dialog: ReflectionDialog
) -> None:
    dialog.show_more()
    dialog.caller_emotion.chips()[0].setFocus()
    press(Key.Key_Space, Key.Key_Right, Key.Key_Space)
    assert dialog.draft().caller_emotion == "frustrated"
    press(Key.Key_Space)
    assert dialog.draft().caller_emotion == ""


def test_what_did_you_do_is_enabled_only_on_yes(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    dialog.show_more()
    yes, no = dialog.crossed_buttons()
    assert not dialog.boundary_action.isEnabled()
    yes.setFocus()
    press(Key.Key_Space)
    assert dialog.boundary_action.isEnabled()
    dialog.boundary_action.setFocus()
    type_text("Hung up politely")
    yes.setFocus()
    press(Key.Key_Right)  # arrows move the answer to "No"
    assert no.isChecked()
    assert not dialog.boundary_action.isEnabled()
    assert dialog.boundary_action.text() == "Hung up politely"  # kept, but not sent
    assert dialog.draft().boundary_crossed is False
    assert dialog.draft().boundary_action == ""


def test_esc_closes_and_saves_nothing(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    dialog.carry_forward.setFocus()
    type_text("Billing")
    with qtbot.assertNotEmitted(dialog.saved):
        press(Key.Key_Escape)
    assert not dialog.isVisible()


def test_not_now_closes_and_saves_nothing(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    dialog.not_now_button.setFocus()
    with qtbot.assertNotEmitted(dialog.saved):
        press(Key.Key_Return)
    assert not dialog.isVisible()


def test_an_empty_save_closes_without_a_reflection(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    dialog.carry_forward.setFocus()
    type_text("   ")
    with qtbot.assertNotEmitted(dialog.saved):
        press(Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()


def test_the_save_button_saves_from_the_keyboard(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    press(Key.Key_Left)  # stress 4
    dialog.save_button.setFocus()
    with qtbot.waitSignal(dialog.saved) as blocker:
        press(Key.Key_Space)
    assert blocker.args[0].stress == 4


def test_a_refusal_is_shown_and_keeps_the_answers(qtbot: QtBot, dialog: ReflectionDialog) -> None:
    dialog.show_more()
    dialog.journal.setPlainText("x" * (NOTE_MAX + 1))
    dialog.journal.setFocus()
    with qtbot.assertNotEmitted(dialog.saved):
        press(Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.notice.isVisible()
    assert "journal" in dialog.notice.text()
    assert len(dialog.journal.toPlainText()) == NOTE_MAX + 1


def test_says_which_call_it_is_about(dialog: ReflectionDialog) -> None:
    text = dialog.context.text()
    assert text.startswith("Call at ")
    assert text.endswith(" · difficulty 5 · abusive")
    assert dialog.windowTitle() == "Set that call down"


def test_without_a_call_it_says_so_and_links_nothing(qtbot: QtBot) -> None:
    widget = ReflectionDialog(None, FakeClock(NOW), colors=DARK)
    qtbot.addWidget(widget)
    assert widget.context.text() == "Not linked to a call"
    widget.stress.slider().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    with qtbot.waitSignal(widget.saved) as blocker:
        widget.on_save()
    assert blocker.args[0].call_id is None


def test_every_interactive_widget_has_an_accessible_name(dialog: ReflectionDialog) -> None:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractSlider)
    widgets = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds) or w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    # Not the journal's own parts (its scroll bars and viewport): the journal is named.
    widgets = [w for w in widgets if w is dialog.journal or not dialog.journal.isAncestorOf(w)]
    widgets = [w for w in widgets if not isinstance(w, QScrollBar)]  # More's, when it scrolls
    # slider, 12 feelings, problem, 7 caller emotions, 12 L.A.S.T. answers, yes, no,
    # what did you do, carry forward, journal, More, Save, Not now, Discard,
    # after a save from a severe card: Close, Breathe now; the stress question's Skip
    assert len(widgets) == 1 + 12 + 1 + 7 + 12 + 2 + 3 + 4 + 2 + 1
    unnamed = [w for w in widgets if not w.accessibleName()]
    assert unnamed == []
    names = [w.accessibleName() for w in widgets if isinstance(w, QAbstractButton)]
    assert "Solve: Was hard" in names


def test_is_not_modal_and_fits_a_small_screen(dialog: ReflectionDialog) -> None:
    assert not dialog.isModal()
    hint = dialog.sizeHint()
    assert hint.width() <= 1000
    assert hint.height() <= 700
    dialog.show_more()
    room = dialog.screen().availableGeometry().height() - WINDOW_FRAME
    assert dialog.sizeHint().height() <= room  # More scrolls rather than run off the screen
