"""The weekly check-in window, driven by the keyboard as an agent would: no sleeping."""

from __future__ import annotations

import ast
import inspect
from datetime import UTC, datetime

import pytest
from doubles import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wellbeing.core.checkin import DISCLAIMER, ITEMS, SCALE, Part, items_of, score
from wellbeing.core.records import CheckIn
from wellbeing.ui.reflection import checkin_text
from wellbeing.ui.reflection.checkin_window import CheckInWindow, Page
from wellbeing.ui.theme import DARK, LIGHT

NOW = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
STEPS = [value for value, _ in SCALE]


@pytest.fixture
def window(qtbot: QtBot) -> CheckInWindow:
    made = CheckInWindow(FakeClock(NOW), colors=LIGHT)
    qtbot.addWidget(made)
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    return made


def saved(window: CheckInWindow) -> list[CheckIn]:
    seen: list[CheckIn] = []
    window.saved.connect(seen.append)
    return seen


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key) -> None:
    """A key, where the keyboard focus is."""
    QTest.keyClick(focused(), key)


def answer(window: CheckInWindow, answers: dict[str, int]) -> None:
    """Click the given answers; the pages need not be showing."""
    for item_id, value in answers.items():
        button = window.findChild(QRadioButton, f"{item_id}_{value}")
        assert isinstance(button, QRadioButton)
        button.click()


def literal_translations() -> set[str]:
    """Every string written literally in a translate("CheckInText", ...) call."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(checkin_text))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate":
            context, text = node.args
            assert isinstance(context, ast.Constant) and context.value == "CheckInText"
            assert isinstance(text, ast.Constant), ast.dump(text)
            assert isinstance(text.value, str)
            found.add(text.value)
    return found


def test_every_core_item_has_a_literal_ui_text_equal_to_the_core_text() -> None:
    literals = literal_translations()
    for item in ITEMS:
        assert item.text in literals, item.id
        assert checkin_text.item_text(item.id) == item.text
    for value, label in SCALE:
        assert label in literals
        assert checkin_text.scale_label(value) == label
    assert checkin_text.disclaimer() == DISCLAIMER


def test_the_whole_check_in_by_keyboard(window: CheckInWindow) -> None:
    seen = saved(window)
    wanted = {item.id: STEPS[(n * 3) % 5] for n, item in enumerate(ITEMS)}
    assert window.page == Page.INTRO
    assert focused().objectName() == "start"
    press(Qt.Key.Key_Space)
    for index, part in enumerate(Part):
        assert window.page == Page.FIRST_PART + index
        for item in items_of(part):
            assert focused().objectName() == f"{item.id}_0"  # Tab lands on the item
            for _ in range(STEPS.index(wanted[item.id])):
                press(Qt.Key.Key_Right)
            press(Qt.Key.Key_Space)
            assert window.row(item.id).value() == wanted[item.id]
            press(Qt.Key.Key_Tab)
        assert focused().accessibleName() == "Back to the previous page"
        press(Qt.Key.Key_Tab)
        assert seen == []
        press(Qt.Key.Key_Space)  # Next, or See my results

    assert window.page == Page.RESULT
    assert len(seen) == 1
    record = seen[0]
    assert dict(record.answers) == wanted
    assert record.created_at == NOW
    assert len(record.id) == 32
    scores = score(wanted)
    for part in Part:
        value = scores.of(part)
        assert value is not None
        assert window.score_text(part).startswith(checkin_text.score_value(value))
        bar = window.findChild(QProgressBar, f"bar_{part.value}")
        assert isinstance(bar, QProgressBar) and bar.value() == round(value)
    assert focused().objectName() == "done"
    press(Qt.Key.Key_Return)
    assert not window.isVisible()
    assert len(seen) == 1


def test_arrows_only_move_until_an_item_is_answered_then_choose(window: CheckInWindow) -> None:
    window.start()
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Down)
    assert focused().objectName() == "p1_50"
    assert window.answers() == {}
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Left)  # already at the first step: stays
    assert (focused().objectName(), window.answers()) == ("p1_0", {"p1": 0})
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Backtab)
    assert focused().objectName() == "p1_0"  # back to the item's answer


def test_items_may_be_left_out_and_answers_survive_going_back(window: CheckInWindow) -> None:
    window.start()
    press(Qt.Key.Key_Space)  # p1: never
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # p2 left out
    assert focused().objectName() == "p3_0"
    press(Qt.Key.Key_Return)  # Enter on an item: Next
    assert window.page == Page.FIRST_PART + 1
    window.go_back()
    assert window.page == Page.FIRST_PART
    assert window.answers() == {"p1": 0}


def test_a_part_with_too_few_answers_has_no_score(window: CheckInWindow) -> None:
    seen = saved(window)
    answer(window, {"p1": 100, "p2": 75, "w1": 25, "w2": 25, "w3": 50, "c1": 0})
    window.finish()
    assert seen[0].answers == {"p1": 100, "p2": 75, "w1": 25, "w2": 25, "w3": 50, "c1": 0}
    for part in (Part.PERSONAL, Part.CUSTOMER):
        assert "not enough answers" in window.score_text(part).lower()
        bar = window.findChild(QProgressBar, f"bar_{part.value}")
        assert isinstance(bar, QProgressBar) and bar.isHidden()
    assert window.score_text(Part.WORK) == "33.3 of 100"
    assert not window.suggestion_shown()


@pytest.mark.parametrize(
    ("answers", "expected", "high"),
    [
        ({"w1": 50, "w2": 50, "w3": 50, "w4": 50}, 50.0, True),
        ({"w1": 25, "w2": 50, "w3": 25, "w4": 50}, 37.5, False),
        ({"w1": 100, "w2": 100, "w3": 100}, 100.0, True),
    ],
)
def test_the_suggestion_appears_exactly_when_a_part_is_high(
    window: CheckInWindow, answers: dict[str, int], expected: float, high: bool
) -> None:
    answer(window, answers)
    window.finish()
    assert score(answers).work == expected
    assert window.suggestion_shown() is high
    assert ("in the higher range" in window.score_text(Part.WORK)) is high
    assert window.score_text(Part.WORK).startswith(checkin_text.score_value(expected))


def test_no_answers_saves_nothing(window: CheckInWindow) -> None:
    seen = saved(window)
    for _ in range(4):
        window.go_next()
    assert window.page == Page.RESULT
    assert seen == []
    assert window.record is None
    assert not window.suggestion_shown()
    for part in Part:
        assert "not enough answers" in window.score_text(part).lower()


@pytest.mark.parametrize("pages", [0, 1, 3])
def test_esc_before_the_result_saves_nothing(window: CheckInWindow, pages: int) -> None:
    seen = saved(window)
    answer(window, {item.id: 75 for item in ITEMS})
    for _ in range(pages):
        window.go_next()
    press(Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert seen == []


def test_the_check_in_is_saved_once(window: CheckInWindow) -> None:
    seen = saved(window)
    answer(window, {"c1": 25})
    window.finish()
    window.finish()
    window.go_back()
    press(Qt.Key.Key_Escape)
    assert [record.answers for record in seen] == [{"c1": 25}]
    assert window.record is seen[0]


def test_every_interactive_widget_has_an_accessible_name(window: CheckInWindow) -> None:
    kinds = (QAbstractButton, QProgressBar)
    widgets = [w for w in window.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(widgets) == len(ITEMS) * len(SCALE) + 2 + 2 * len(Part) + 1 + len(Part)
    assert [w.objectName() for w in widgets if not w.accessibleName()] == []
    radios = [w for w in widgets if isinstance(w, QRadioButton)]
    assert {r.accessibleDescription() for r in radios} == {item.text for item in ITEMS}


def test_the_window_is_titled_and_fits_a_small_screen(qtbot: QtBot) -> None:
    window = CheckInWindow(FakeClock(NOW), colors=DARK)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Weekly check-in"
    assert window.isWindow()
    assert window.minimumWidth() <= 1024 and window.minimumHeight() <= 768
    assert window.width() <= 1024 and window.height() <= 768


def test_a_whole_scale_row_fits_at_the_smallest_width(window: CheckInWindow) -> None:
    window.start()
    window.resize(window.minimumSize())
    QApplication.processEvents()
    [scroll] = [area for area in window.findChildren(QScrollArea) if area.isVisible()]
    assert not scroll.horizontalScrollBar().isVisible()
