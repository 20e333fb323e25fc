"""The 0–10 stress answer: nothing until chosen, one click picks the clicked
value, the keyboard does everything, and Skip takes the answer back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from wellbeing.ui.stress_question import StressQuestion
from wellbeing.ui.theme import DARK, LIGHT


@pytest.fixture
def question(qtbot: QtBot) -> StressQuestion:
    made = StressQuestion("How stressed do you feel?", "Stress now, 0 to 10", LIGHT)
    qtbot.addWidget(made)
    made.resize(460, 100)
    made.show()
    return made


def click_cell(qtbot: QtBot, question: StressQuestion, value: int) -> None:
    row = question.slider()
    centre = row.cell_rect(value).center()  # type: ignore[attr-defined]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))


def test_nothing_is_answered_or_drawn_as_chosen_until_a_value_is_picked(
    qtbot: QtBot, question: StressQuestion
) -> None:
    assert question.value() is None
    untouched = question.slider().grab().toImage()
    click_cell(qtbot, question, 5)  # the resting value of the row
    assert question.value() == 5
    assert question.slider().grab().toImage() != untouched


@pytest.mark.parametrize("value", [0, 3, 8, 10])
def test_one_click_chooses_the_clicked_value(
    qtbot: QtBot, question: StressQuestion, value: int
) -> None:
    with qtbot.waitSignal(question.changed) as blocker:
        click_cell(qtbot, question, value)
    assert question.value() == value
    assert blocker.args == [value]


def test_the_keyboard_chooses_steps_and_skips(qtbot: QtBot, question: StressQuestion) -> None:
    row = question.slider()
    qtbot.keyClick(row, Qt.Key.Key_3)
    assert question.value() == 3
    qtbot.keyClick(row, Qt.Key.Key_Right)
    assert question.value() == 4
    qtbot.keyClick(row, Qt.Key.Key_End)
    assert question.value() == 10
    qtbot.keyClick(row, Qt.Key.Key_Home)
    assert question.value() == 0
    qtbot.keyClick(row, Qt.Key.Key_Delete)
    assert question.value() is None


def test_skip_takes_the_answer_back(qtbot: QtBot, question: StressQuestion) -> None:
    click_cell(qtbot, question, 7)
    with qtbot.waitSignal(question.changed) as blocker:
        qtbot.mouseClick(question.skip_button(), Qt.MouseButton.LeftButton)
    assert blocker.args == [None]
    assert question.value() is None
    question.set_value(2)
    assert question.value() == 2


def test_the_row_and_skip_are_named_for_assistive_technology(question: StressQuestion) -> None:
    assert question.slider().accessibleName() == "Stress now, 0 to 10"
    assert "Delete skips" in question.slider().accessibleDescription()
    assert question.skip_button().accessibleName() == "Skip this question"
    assert question.slider().focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_cells_fit_eleven_comfortable_targets(qtbot: QtBot) -> None:
    made = StressQuestion("How stressed?", "Stress", DARK)
    qtbot.addWidget(made)
    assert (
        made.slider().minimumSizeHint().width() >= 11 * 24
        or made.slider().minimumWidth() >= 11 * 24
    )
