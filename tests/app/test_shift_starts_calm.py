"""Each shift starts fresh: yesterday's hard calls do not greet the agent, and
"End my shift" rests the prompts until the next shift even across a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.records import Call, Tag
from wellbeing.core.strain import StrainLevel
from wellbeing.store.store import Store

Build = Callable[..., Companion]
CET = timezone(timedelta(hours=1))
THURSDAY = datetime(2026, 11, 26, 15, 0, tzinfo=CET)


def test_a_day_with_a_severe_call_is_over_by_the_next_morning(
    build: Build, store: Store, qtbot: QtBot
) -> None:
    clock = FakeClock(THURSDAY)
    companion = build(store, clock)
    for _ in range(2):
        clock.advance(minutes=5)
        companion.service.log_call(5, [Tag.ABUSIVE])
    assert companion.service.state().level is StrainLevel.HIGH
    assert "No break yet today" in companion.tray.icon.toolTip()
    companion.stop()

    clock.set(datetime(2026, 11, 27, 8, 45, tzinfo=CET))
    morning = build(store, clock)
    assert morning.service.state().level is StrainLevel.CALM
    tip = morning.tray.icon.toolTip()
    assert "No break yet today" not in tip
    assert "severe" not in tip and "in a row" not in tip


def test_end_my_shift_still_rests_after_a_restart(build: Build, store: Store, qtbot: QtBot) -> None:
    clock = FakeClock(THURSDAY.replace(hour=17, minute=5))
    companion = build(store, clock)
    companion.actions.wind_down.trigger()
    window = companion.windows.wind_down
    assert window is not None
    with qtbot.waitSignal(window.done):
        window.finish()
    tomorrow_nine = datetime(2026, 11, 27, 9, 0, tzinfo=CET)
    assert companion.service.paused_until == tomorrow_nine
    companion.stop()

    clock.advance(hours=2)
    again = build(store, clock)
    assert again.service.paused_until == tomorrow_nine
    assert again.service.state().level is StrainLevel.PAUSED
    assert "Prompts paused until tomorrow" in again.tray.icon.toolTip()

    again.service.resume()
    again.stop()
    assert build(store, clock).service.paused_until is None


def test_a_rest_that_has_passed_is_not_restored(build: Build, store: Store, qtbot: QtBot) -> None:
    clock = FakeClock(THURSDAY.replace(hour=17, minute=5))
    companion = build(store, clock)
    companion.service.pause_until(datetime(2026, 11, 27, 9, 0, tzinfo=CET))
    companion.stop()
    clock.set(datetime(2026, 11, 27, 9, 30, tzinfo=CET))
    assert build(store, clock).service.paused_until is None


def test_a_call_from_last_night_does_not_start_this_mornings_streak(
    build: Build, store: Store, qtbot: QtBot
) -> None:
    store.calls.add(Call.create(ended_at=datetime(2026, 11, 27, 2, 0, tzinfo=CET), difficulty=5))
    clock = FakeClock(datetime(2026, 11, 27, 9, 30, tzinfo=CET))
    companion = build(store, clock)
    clock.advance(minutes=5)
    companion.service.log_call(4)
    state = companion.service.state()
    assert (state.streak, state.severe_since_break) == (1, False)
