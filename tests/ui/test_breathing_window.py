"""The breathing window, driven by a FakeClock and its public tick(): no sleeping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from doubles import FakeClock
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wellbeing.core.breathing import PATTERNS, get_pattern, guide_at
from wellbeing.core.errors import InvalidInput
from wellbeing.core.records import Break, BreakOutcome
from wellbeing.ui.breathing.breath_circle import MIN_FRACTION, BreathCircle
from wellbeing.ui.breathing.breathing_window import (
    FRAME_MS,
    HIDDEN_MS,
    REDUCED_MOTION_MS,
    BreathingWindow,
    Stage,
)
from wellbeing.ui.stress_question import StressQuestion
from wellbeing.ui.theme import LIGHT

START = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
ONE_MIN = 60


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def make(qtbot: QtBot, clock: FakeClock) -> Iterator[Any]:
    def build(**options: Any) -> BreathingWindow:
        settings: dict[str, Any] = {
            "pattern_id": "box",
            "seconds": ONE_MIN,
            "reduced_motion": False,
        }
        settings.update(options)
        window = BreathingWindow(clock, colors=LIGHT, **settings)
        qtbot.addWidget(window)
        return window

    yield build


def breathe(window: BreathingWindow, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Let ``seconds`` pass, a frame at a time, as the frame timer would."""
    for _ in range(round(seconds / step)):
        clock.advance(seconds=step)
        window.tick()


def records(window: BreathingWindow) -> list[Break]:
    seen: list[Break] = []
    window.finished.connect(seen.append)
    return seen


def child(window: QWidget, kind: type[Any], name: str) -> Any:
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def stress_slider(window: BreathingWindow, which: str) -> QSlider:
    return child(window, StressQuestion, f"stress_{which}").slider()


def test_a_full_session_records_one_completed_break(
    qtbot: QtBot, make: Any, clock: FakeClock
) -> None:
    window = make(trigger="break")
    seen = records(window)
    window.show()
    assert window.stage is Stage.BREATHING  # no set-up: it breathes at once
    assert window.planned_s == ONE_MIN

    breathe(window, clock, ONE_MIN)
    assert window.stage is Stage.AFTER
    after = stress_slider(window, "after")
    for _ in range(3):
        qtbot.keyClick(after, Qt.Key.Key_Left)  # 5 -> 2
    with qtbot.waitSignal(window.finished) as blocker:
        qtbot.keyClick(after, Qt.Key.Key_Return)

    record = blocker.args[0]
    assert isinstance(record, Break)
    assert record.started_at == START
    assert record.pattern == "box"
    assert (record.planned_s, record.completed_s) == (ONE_MIN, ONE_MIN)
    assert record.outcome is BreakOutcome.COMPLETED
    assert record.trigger == "break"
    assert (record.stress_before, record.stress_after) == (None, 2)
    assert len(record.id) == 32
    assert window.stage is Stage.DONE
    assert not window.isVisible()
    assert seen == [record]


def test_a_90_second_reset_runs_exactly_90_seconds(make: Any, clock: FakeClock) -> None:
    """Issue 15: the window rounded 1.5 min to 2 and added a partial cycle (2 min 8 s)."""
    window = make(seconds=90, trigger="reset")
    seen = records(window)
    breathe(window, clock, 89.75)
    assert window.stage is Stage.BREATHING
    assert window.time_left_text() == "0:01 left"
    breathe(window, clock, 0.25)
    assert window.stage is Stage.AFTER
    window.done()
    assert [(r.planned_s, r.completed_s) for r in seen] == [(90, 90)]
    assert window.summary_text() == "You breathed for 1 min 30 s."


def test_skip_midway_records_the_whole_seconds_breathed(
    qtbot: QtBot, make: Any, clock: FakeClock
) -> None:
    window = make(seconds=120)
    seen = records(window)
    window.show()
    breathe(window, clock, 23.75)
    with qtbot.waitSignal(window.finished) as blocker:
        child(window, QPushButton, "skip").click()
    record = blocker.args[0]
    assert record.outcome is BreakOutcome.SKIPPED
    assert record.completed_s == 23
    assert record.planned_s == 120
    assert not window.isVisible()
    window.skip()
    window.close()
    assert seen == [record]


def test_esc_skips_while_breathing(qtbot: QtBot, make: Any, clock: FakeClock) -> None:
    window = make()
    window.show()
    breathe(window, clock, 10)
    with qtbot.waitSignal(window.finished) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert blocker.args[0].outcome is BreakOutcome.SKIPPED
    assert blocker.args[0].completed_s == 10


def test_esc_after_the_breath_keeps_it_completed(qtbot: QtBot, make: Any, clock: FakeClock) -> None:
    window = make()
    window.show()
    breathe(window, clock, ONE_MIN)
    with qtbot.waitSignal(window.finished) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert blocker.args[0].outcome is BreakOutcome.COMPLETED
    assert blocker.args[0].stress_after is None


def test_closing_while_breathing_counts_as_skipped(
    qtbot: QtBot, make: Any, clock: FakeClock
) -> None:
    window = make()
    seen = records(window)
    window.show()
    breathe(window, clock, 5)
    window.close()
    assert [(r.outcome, r.completed_s) for r in seen] == [(BreakOutcome.SKIPPED, 5)]


def test_skipping_after_the_planned_time_is_a_completed_break(make: Any, clock: FakeClock) -> None:
    window = make()
    seen = records(window)
    clock.advance(seconds=ONE_MIN + 30)  # no frame drawn in between
    window.skip()
    assert [(r.outcome, r.completed_s) for r in seen] == [(BreakOutcome.COMPLETED, ONE_MIN)]


def test_unanswered_stress_is_none(make: Any, clock: FakeClock) -> None:
    window = make()
    seen = records(window)
    breathe(window, clock, ONE_MIN)
    window.done()
    assert [(r.stress_before, r.stress_after) for r in seen] == [(None, None)]


def test_stress_before_is_one_answer_that_does_not_delay_the_break(
    qtbot: QtBot, make: Any, clock: FakeClock
) -> None:
    window = make()
    seen = records(window)
    window.show()
    breathe(window, clock, 4)
    child(window, QPushButton, "change").click()
    before = stress_slider(window, "before")
    assert before.isVisible()
    qtbot.keyClick(before, Qt.Key.Key_Home)
    qtbot.keyClick(before, Qt.Key.Key_Home)  # already at 0: still an answer
    child(window, QPushButton, "back").click()
    assert window.stage is Stage.BREATHING
    breathe(window, clock, ONE_MIN - 4)
    assert window.stage is Stage.AFTER  # the start was not moved
    window.done()
    assert [(r.stress_before, r.completed_s) for r in seen] == [(0, ONE_MIN)]


def test_a_reflection_is_offered_after_a_break_for_a_hard_call(
    qtbot: QtBot, make: Any, clock: FakeClock
) -> None:
    window = make(offer_reflection=True)
    seen = records(window)
    window.show()
    breathe(window, clock, ONE_MIN)
    reflect = child(window, QPushButton, "reflect")
    assert reflect.isVisible()
    assert reflect.text() == "Reflect on this call"
    with qtbot.waitSignal(window.reflect_requested):
        reflect.click()
    assert [r.outcome for r in seen] == [BreakOutcome.COMPLETED]
    assert not window.isVisible()


def test_no_reflection_is_offered_after_an_ordinary_break(make: Any, clock: FakeClock) -> None:
    window = make()
    breathe(window, clock, ONE_MIN)
    assert window.findChild(QPushButton, "reflect") is None


@pytest.mark.parametrize(
    ("at", "text", "count"),
    [
        (0.0, "Breathe in", "4"),
        (3.9, "Breathe in", "1"),
        (4.0, "Hold", "4"),
        (7.5, "Hold", "1"),
        (8.0, "Breathe out", "4"),
        (12.25, "Hold", "4"),
        (16.0, "Breathe in", "4"),
    ],
)
def test_the_phase_text_follows_box_breathing(
    make: Any, clock: FakeClock, at: float, text: str, count: str
) -> None:
    window = make()
    clock.advance(seconds=at)
    window.tick()
    assert window.phase_text() == text
    assert window.count_text() == count


def test_time_left_counts_down(make: Any, clock: FakeClock) -> None:
    window = make()
    assert window.time_left_text() == "1:00 left"
    clock.advance(seconds=49.5)
    window.tick()
    assert window.time_left_text() == "0:11 left"


def test_the_circle_follows_the_guide(make: Any, clock: FakeClock) -> None:
    window = make()
    circle = child(window, BreathCircle, "")
    for at in (1.0, 2.0, 6.0, 10.0, 20.5):
        clock.set(START)
        clock.advance(seconds=at)
        window.tick()
        assert circle.scale == pytest.approx(guide_at(get_pattern("box"), at).scale)


def test_reduced_motion_shows_text_and_a_progress_bar_not_a_circle(
    make: Any, clock: FakeClock
) -> None:
    window = make(reduced_motion=True)
    window.show()
    assert window.findChildren(BreathCircle) == []
    bar = child(window, QProgressBar, "phase_progress")
    assert bar.isVisible()
    clock.advance(seconds=2)
    window.tick()
    assert window.phase_text() == "Breathe in"
    assert (bar.value(), bar.maximum()) == (2000, 4000)
    assert child(window, QTimer, "frame_timer").interval() == REDUCED_MOTION_MS


def test_the_animated_window_has_no_progress_bar(make: Any) -> None:
    window = make()
    window.show()
    assert window.findChildren(QProgressBar) == []
    assert child(window, BreathCircle, "").isVisible()
    assert child(window, QTimer, "frame_timer").interval() == FRAME_MS


def test_the_frame_timer_runs_only_while_breathing(make: Any, clock: FakeClock) -> None:
    window = make()
    timer = child(window, QTimer, "frame_timer")
    assert timer.isActive()
    breathe(window, clock, ONE_MIN)
    assert window.stage is Stage.AFTER
    assert not timer.isActive()


def test_the_frame_timer_drives_tick(qtbot: QtBot, make: Any, clock: FakeClock) -> None:
    window = make()
    window.show()
    clock.advance(seconds=5)
    qtbot.waitUntil(lambda: window.phase_text() == "Hold")


def test_change_breathes_again_with_the_pattern_and_length_chosen(
    make: Any, clock: FakeClock
) -> None:
    window = make()
    seen = records(window)
    breathe(window, clock, 10)
    child(window, QPushButton, "change").click()
    radios = window.findChildren(QRadioButton)
    assert [r.text() for r in radios] == [
        "Box breathing",
        "Cyclic sigh",
        "4-7-8 breathing",
        "Coherent breathing",
    ]
    assert len(radios) == len(PATTERNS)
    radios[1].click()
    length = child(window, QComboBox, "length")
    length.setCurrentIndex(length.findData(120))
    breathe(window, clock, 2)  # the break goes on while the agent chooses
    child(window, QPushButton, "apply").click()
    assert window.phase_text() == "Breathe in"
    assert window.time_left_text() == "2:00 left"
    clock.advance(seconds=3)
    window.tick()
    assert window.phase_text() == "A little more"
    window.skip()
    assert seen[0].pattern == "cyclic_sigh"
    assert (seen[0].planned_s, seen[0].completed_s) == (120, 3)


def test_each_pattern_is_described_by_its_rhythm(make: Any) -> None:
    window = make()
    box = window.findChildren(QRadioButton)[0]
    assert box.accessibleDescription().startswith("4 in, 4 hold, 4 out, 4 hold — ")


def test_an_unknown_pattern_or_length_is_refused(clock: FakeClock) -> None:
    with pytest.raises(InvalidInput, match="pattern"):
        BreathingWindow(clock, pattern_id="yoga", seconds=60, reduced_motion=False)
    with pytest.raises(InvalidInput, match="seconds"):
        BreathingWindow(clock, pattern_id="box", seconds=0, reduced_motion=False)


def test_enter_while_breathing_does_not_end_the_break(qtbot: QtBot, make: Any) -> None:
    window = make()
    window.show()
    qtbot.keyClick(child(window, QPushButton, "skip"), Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stage is Stage.BREATHING


def test_every_control_has_an_accessible_name(make: Any, clock: FakeClock) -> None:
    window = make()
    kinds = (QAbstractButton, QAbstractSlider, QComboBox, QProgressBar, BreathCircle)
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds) and w.window() is window  # not the length list's popup
    ]
    assert len(controls) >= 10
    for control in controls:
        assert control.accessibleName(), control


def test_the_window_is_titled_and_roomy(make: Any) -> None:
    window = make()
    assert window.windowTitle() == "Breathing break"
    assert window.minimumWidth() >= 420
    assert window.minimumHeight() >= 520
    assert window.isWindow()


def test_the_circle_never_vanishes(qtbot: QtBot) -> None:
    circle = BreathCircle(LIGHT)
    qtbot.addWidget(circle)
    circle.resize(circle.sizeHint())
    assert circle.sizeHint().width() == circle.sizeHint().height() == 260
    circle.set_frame(-1.0)
    assert circle.scale == 0.0
    assert circle.radius() == pytest.approx(circle.full_radius() * MIN_FRACTION)
    circle.set_frame(7.0)
    assert circle.radius() == pytest.approx(circle.full_radius())
    circle.grab()  # paints without error


def test_the_break_starts_with_no_button_in_focus(qtbot: QtBot, make: Any) -> None:
    window = make()
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stage is Stage.BREATHING
    assert QApplication.focusWidget() is window  # Esc reaches it; no focus ring on Skip


def test_a_hidden_window_ticks_slowly(make: Any) -> None:
    window = make()
    timer = child(window, QTimer, "frame_timer")
    window.show()
    window.hide()
    assert (timer.isActive(), timer.interval()) == (True, HIDDEN_MS)
    window.show()
    assert timer.interval() == FRAME_MS


def test_an_untouched_slider_does_not_look_answered(qtbot: QtBot, make: Any) -> None:
    window = make()
    window.show()
    window.show_options()
    before = stress_slider(window, "before")
    assert before.property("answered") is False
    qtbot.keyClick(before, Qt.Key.Key_Left)
    assert before.property("answered") is True


def test_a_stress_question_is_none_until_touched_and_then_its_value(qtbot: QtBot) -> None:
    question = StressQuestion("How do you feel?", "Stress, 0 to 10", LIGHT)
    qtbot.addWidget(question)
    assert question.value() is None
    qtbot.keyClick(question.slider(), Qt.Key.Key_Right)  # 5 -> 6
    assert question.value() == 6
