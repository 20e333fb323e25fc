"""The wind-down window: the day's numbers, and the intents it emits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from doubles import FakeClock
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from wellbeing.core.fields import NOTE_MAX
from wellbeing.core.winddown import DaySummary
from wellbeing.ui.reflection.wind_down import WindDownWindow
from wellbeing.ui.theme import LIGHT

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 20, 17, 5, tzinfo=CET)  # a Friday
SUMMARY = DaySummary(date(2026, 11, 20), calls=64, difficult=9, breaks=2, breathing_minutes=6.5)
BREATHED_128 = DaySummary(date(2026, 11, 20), 3, 1, 1, breathing_minutes=2.1, breathing_s=128)

Make = Callable[..., WindDownWindow]


@pytest.fixture
def make(qtbot: QtBot) -> Make:
    def build(summary: DaySummary = SUMMARY, **options: Any) -> WindDownWindow:
        window = WindDownWindow(
            summary, FakeClock(NOW), reduced_motion=False, colors=LIGHT, **options
        )
        qtbot.addWidget(window)
        window.show()
        return window

    return build


@pytest.fixture
def british() -> Iterator[None]:
    """Day names and clock times as en_GB writes them, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def child(window: QWidget, kind: type[Any], name: str) -> Any:
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def record(window: WindDownWindow) -> list[tuple[str, object]]:
    """Every intent the window emits, in order."""
    seen: list[tuple[str, object]] = []
    window.breathing_requested.connect(lambda: seen.append(("breathing", None)))
    window.left_behind.connect(lambda text: seen.append(("left_behind", text)))
    window.done.connect(lambda: seen.append(("done", None)))
    window.dismissed.connect(lambda: seen.append(("dismissed", None)))
    return seen


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_it_shows_the_day_in_three_numbers(british: None, make: Make) -> None:
    window = make()
    assert window.summary_text() == "Today: 64 calls · 9 difficult · 2 breaks"
    values = {
        name: child(window, QWidget, f"tile_{name}").findChild(QLabel, "value").text()
        for name in ("calls", "difficult", "breaks")
    }
    assert values == {"calls": "64", "difficult": "9", "breaks": "2"}
    assert child(window, QLabel, "breathed").text() == "You breathed for 6 min 30 s today."


def test_one_of_each_reads_in_the_singular(british: None, make: Make) -> None:
    one = DaySummary(date(2026, 11, 20), calls=1, difficult=1, breaks=1, breathing_minutes=0.5)
    window = make(one)
    assert window.summary_text() == "Today: 1 call · 1 difficult · 1 break"
    assert child(window, QLabel, "breathed").text() == "You breathed for 30 s today."


def test_no_breathing_line_without_breathing(make: Make) -> None:
    empty = DaySummary(date(2026, 11, 20), calls=0, difficult=0, breaks=0, breathing_minutes=0)
    window = make(empty)
    assert window.summary_text() == "Today: 0 calls · 0 difficult · 0 breaks"
    assert window.findChild(QLabel, "breathed") is None


@pytest.mark.parametrize(
    ("until", "expected"),
    [
        (None, "Prompts rest until your next shift."),
        (datetime(2026, 11, 21, 9, tzinfo=CET), "Prompts rest until tomorrow at 09:00."),
        (datetime(2026, 11, 23, 9, tzinfo=CET), "Prompts rest until Monday at 09:00."),
        (datetime(2026, 11, 20, 19, tzinfo=CET), "Prompts rest until 19:00."),
    ],
)
def test_it_says_until_when_prompts_rest(
    british: None, make: Make, until: datetime | None, expected: str
) -> None:
    window = make(rest_until=until)
    assert child(window, QLabel, "rest").text() == expected


def test_the_breathing_button_asks_for_a_reset_and_stays_open(qtbot: QtBot, make: Make) -> None:
    window = make()
    seen = record(window)
    with qtbot.waitSignal(window.breathing_requested):
        child(window, QPushButton, "breathe").click()
    assert window.isVisible()
    assert seen == [("breathing", None)]


def test_done_hands_on_the_text_then_says_done(qtbot: QtBot, make: Make) -> None:
    window = make()
    seen = record(window)
    box = child(window, QPlainTextEdit, "left_behind")
    QTest.keyClicks(box, "  The caller who shouted about the refund.  ")
    with qtbot.waitSignal(window.done):
        child(window, QPushButton, "done").click()
    assert seen == [
        ("left_behind", "The caller who shouted about the refund."),
        ("done", None),
    ]
    assert not window.isVisible()
    window.close()  # finished once: nothing more
    assert len(seen) == 2


def test_done_with_an_empty_box_saves_nothing(qtbot: QtBot, make: Make) -> None:
    window = make()
    seen = record(window)
    QTest.keyClicks(child(window, QPlainTextEdit, "left_behind"), "   ")
    child(window, QPushButton, "done").click()
    assert seen == [("done", None)]


def test_ctrl_enter_is_done_and_enter_is_a_new_line(qtbot: QtBot, make: Make) -> None:
    window = make()
    seen = record(window)
    box = child(window, QPlainTextEdit, "left_behind")
    QTest.keyClicks(box, "one")
    QTest.keyClick(box, Qt.Key.Key_Return)
    QTest.keyClicks(box, "two")
    assert seen == []
    QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("left_behind", "one\ntwo"), ("done", None)]


def test_esc_dismisses_without_done_but_keeps_the_text(qtbot: QtBot, make: Make) -> None:
    window = make()
    seen = record(window)
    box = child(window, QPlainTextEdit, "left_behind")
    QTest.keyClicks(box, "A long day.")
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert seen == [("left_behind", "A long day."), ("dismissed", None)]


def test_esc_with_nothing_written_only_dismisses(qtbot: QtBot, make: Make) -> None:
    window = make()
    seen = record(window)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert seen == [("dismissed", None)]


def test_a_long_text_is_cut_to_what_the_store_accepts(qtbot: QtBot, make: Make) -> None:
    window = make()
    seen = record(window)
    child(window, QPlainTextEdit, "left_behind").setPlainText("x" * (NOTE_MAX + 50))
    window.finish()
    assert seen[0] == ("left_behind", "x" * NOTE_MAX)


def test_the_box_takes_focus_and_tab_leaves_it(qtbot: QtBot, make: Make) -> None:
    window = make()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box = child(window, QPlainTextEdit, "left_behind")
    assert box.hasFocus()
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert box.toPlainText() == ""
    assert not box.hasFocus()


def test_reduced_motion_is_kept_for_the_owner(qtbot: QtBot) -> None:
    window = WindDownWindow(SUMMARY, FakeClock(NOW), reduced_motion=True, colors=LIGHT)
    qtbot.addWidget(window)
    assert window.reduced_motion()


def test_every_focusable_widget_has_an_accessible_name(make: Make) -> None:
    window = make()
    focusable = [
        w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert {w.objectName() for w in focusable} >= {"breathe", "left_behind", "done"}
    unnamed = [type(w).__name__ for w in focusable if not accessible_name(w)]
    assert unnamed == []
    assert accessible_name(child(window, QPushButton, "breathe")) == (
        "Start a 60-second breathing reset"
    )


def test_time_breathed_reads_as_everywhere_else(qtbot: QtBot, make: Any) -> None:
    window = make(summary=BREATHED_128)
    assert child(window, QLabel, "breathed").text() == "You breathed for 2 min 8 s today."
