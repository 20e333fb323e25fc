"""The wind-down's day in three numbers, and when prompts rest until."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from wellbeing.core.history import History
from wellbeing.core.records import Break, BreakOutcome, Call, Tag, new_id
from wellbeing.core.settings import Settings
from wellbeing.core.winddown import (
    DEFAULT_START,
    DaySummary,
    day_summary,
    left_behind,
    rest_until,
)

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 20, 17, 5, tzinfo=CET)  # a Friday, just after a 9-17 shift


def call(when: datetime, difficulty: int = 1, *tags: Tag) -> Call:
    return Call.create(ended_at=when, difficulty=difficulty, tags=tags)


def pause(
    when: datetime, completed_s: int = 60, outcome: BreakOutcome = BreakOutcome.COMPLETED
) -> Break:
    return Break(
        id=new_id(),
        started_at=when,
        pattern="box",
        planned_s=60,
        completed_s=completed_s,
        outcome=outcome,
    )


def at(hour: int, minute: int = 0, *, days: int = 0, tz: timezone = CET) -> datetime:
    return datetime.combine(NOW.date() + timedelta(days=days), time(hour, minute), tzinfo=tz)


def test_day_summary_counts_only_todays_records_in_local_time() -> None:
    history = History.of(
        calls=[
            call(at(9, 5)),
            call(at(11), 4),  # difficult by difficulty
            call(at(12), 2, Tag.ESCALATED),  # difficult by tag
            call(at(16, 59), 5, Tag.ABUSIVE),
            call(at(0, 0)),  # the first minute of today counts
            call(at(23, 59, days=-1)),  # yesterday
            call(at(0, 0, days=1)),  # tomorrow
            # 23:30 UTC on Thursday is 00:30 CET on Friday: today, on the agent's clock.
            call(datetime(2026, 11, 19, 23, 30, tzinfo=UTC), 4),
            # 23:30 UTC on Friday is 00:30 CET on Saturday: not today.
            call(datetime(2026, 11, 20, 23, 30, tzinfo=UTC), 4),
        ],
        breaks=[
            pause(at(10), 60),
            pause(at(14), 180),
            pause(at(15), 30, BreakOutcome.SKIPPED),  # breathed, but not taken
            pause(at(22, days=-1), 600),  # yesterday
        ],
    )
    summary = day_summary(history, NOW)
    assert summary == DaySummary(
        day=date(2026, 11, 20),
        calls=6,
        difficult=4,
        breaks=2,
        breathing_minutes=4.5,
        breathing_s=270,
    )


def test_day_summary_of_an_empty_day() -> None:
    summary = day_summary(History(), NOW)
    assert (summary.calls, summary.difficult, summary.breaks) == (0, 0, 0)
    assert summary.breathing_minutes == 0


def test_rest_until_the_next_mornings_shift_on_a_weekday() -> None:
    thursday_evening = at(17, 5, days=-1)
    assert rest_until(Settings(), thursday_evening) == at(9, 0)


def test_rest_until_monday_after_a_friday_shift() -> None:
    assert rest_until(Settings(), NOW) == at(9, 0, days=3)
    assert rest_until(Settings(), NOW).weekday() == 0


def test_rest_until_todays_shift_when_it_has_not_started() -> None:
    early = at(7, 30)
    assert rest_until(Settings(), early) == at(9, 0)
    assert rest_until(Settings(), at(9, 0)) == at(9, 0, days=3)  # strictly after now


def test_rest_until_follows_each_days_own_start() -> None:
    hours = {"mon": ("07:30", "15:30"), "sat": ("10:00", "14:00")}
    settings = Settings(work_hours=hours)  # type: ignore[arg-type]  # validated on entry
    assert rest_until(settings, NOW) == at(10, 0, days=1)  # Saturday
    saturday_evening = at(18, 0, days=1)
    assert rest_until(settings, saturday_evening) == at(7, 30, days=3)  # Monday


def test_rest_until_a_week_later_with_one_work_day() -> None:
    settings = Settings(work_hours={"fri": ("09:00", "17:00")})  # type: ignore[arg-type]
    assert rest_until(settings, NOW) == at(9, 0, days=7)


def test_rest_until_8_am_without_work_hours() -> None:
    settings = Settings(work_hours={})  # type: ignore[arg-type]
    assert time(8, 0) == DEFAULT_START
    assert rest_until(settings, NOW) == at(8, 0, days=1)
    # Saturday evening too: with no work hours, every day starts at 08:00.
    assert rest_until(settings, at(20, 0, days=1)) == at(8, 0, days=2)
    # After midnight, the same morning.
    assert rest_until(settings, at(1, 0, days=1)) == at(8, 0, days=1)


def test_rest_until_keeps_nows_offset() -> None:
    result = rest_until(Settings(), NOW)
    assert result.utcoffset() == timedelta(hours=1)


def test_what_is_left_behind_is_a_journal_entry_on_no_call_dated_now() -> None:
    entry = left_behind("The caller who shouted about the refund.", NOW)
    assert (entry.created_at, entry.call_id) == (NOW, None)
    assert entry.journal == "The caller who shouted about the refund."
    assert (entry.stress, entry.emotions, entry.carry_forward) == (None, (), "")
    assert left_behind("again", NOW).id != entry.id
