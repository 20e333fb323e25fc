"""When the weekly check-in reminder fires: the scheduler's own trigger, read
with an injected moment (APScheduler computes the next fire time, nothing runs)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.records import PromptKind
from wellbeing.core.settings import WEEKDAYS, Settings
from wellbeing.services.scheduler import jobs_for


def next_reminder(settings: Settings, now: datetime) -> datetime:
    kind, trigger = jobs_for(settings)["checkin"]
    assert kind is PromptKind.CHECKIN
    fire: datetime | None = trigger.get_next_fire_time(None, now)
    assert fire is not None
    return fire


def zone(settings: Settings) -> tzinfo:
    """The trigger's time zone: the machine's local zone, as the app runs it."""
    zone: tzinfo = jobs_for(settings)["checkin"][1].timezone
    return zone


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in the week of Monday 2026-11-23, on the trigger's wall clock."""
    local = zone(Settings())
    return datetime(2026, 11, 23, hour, minute, tzinfo=local) + timedelta(days=day)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(0, 10), at(4, 15)),  # Monday: this Friday
        (at(4, 14, 59), at(4, 15)),
        (at(4, 15, 1), at(11, 15)),  # just missed: next Friday
        (at(5, 9), at(11, 15)),  # Saturday: next Friday
    ],
)
def test_the_reminder_comes_on_the_configured_day_and_time(
    now: datetime, expected: datetime
) -> None:
    assert next_reminder(Settings(), now) == expected


def test_the_reminder_follows_the_settings() -> None:
    settings = Settings(checkin_day="mon", checkin_time="09:30")
    assert next_reminder(settings, at(0, 8)) == at(0, 9, 30)
    assert next_reminder(settings, at(0, 10)) == at(7, 9, 30)


@given(st.integers(0, 7 * 24 * 60 - 1), st.sampled_from(WEEKDAYS))
def test_the_reminder_is_within_a_week(minutes: int, day: str) -> None:
    now = at(0, 0) + timedelta(minutes=minutes)
    fire = next_reminder(Settings(checkin_day=day), now)
    assert now <= fire < now + timedelta(days=7)
    assert WEEKDAYS[fire.weekday()] == day
    assert fire.time() == time(15)
