"""A manual log rates the detected call that just ended, or adds a call of its own.

The one rule the tray, the popup and ``log-call`` all follow (core.rating).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wellbeing.core.rating import RATE_WINDOW, log_or_rate
from wellbeing.core.records import Call, Source, Tag

NOW = datetime(2026, 11, 23, 15, tzinfo=UTC)


def detected(minutes_ago: float, duration_s: int | None = None, note: str | None = None) -> Call:
    return Call.create(
        ended_at=NOW - timedelta(minutes=minutes_ago),
        difficulty=None,
        duration_s=duration_s,
        note=note,
        source=Source.DETECTED,
    )


def logged(
    difficulty: int | None = 4,
    tags: tuple[str, ...] = (),
    note: str | None = None,
    duration_s: int | None = None,
) -> Call:
    return Call.create(
        ended_at=NOW,
        difficulty=difficulty,
        tags=tags,
        note=note,
        duration_s=duration_s,
        source=Source.CLI,
    )


def test_a_log_with_no_detected_call_adds_itself() -> None:
    new = logged()
    write = log_or_rate([], new, NOW)
    assert (write.call, write.rates) == (new, False)


def test_a_log_within_the_window_rates_the_detected_call() -> None:
    call = detected(4, duration_s=300, note="from the mic")
    write = log_or_rate([call], logged(4, tags=("angry",)), NOW)
    assert write.rates
    assert write.call.id == call.id
    assert write.call.ended_at == call.ended_at
    assert write.call.source is Source.DETECTED
    assert (write.call.difficulty, write.call.tags) == (4, (Tag.ANGRY,))
    assert (write.call.duration_s, write.call.note) == (300, "from the mic")


def test_the_window_is_inclusive_and_ends_at_now() -> None:
    edge = Call.create(ended_at=NOW - RATE_WINDOW, difficulty=None, source=Source.DETECTED)
    assert log_or_rate([edge], logged(), NOW).rates
    assert not log_or_rate([detected(6)], logged(), NOW).rates
    assert not log_or_rate([detected(-1)], logged(), NOW).rates


def test_the_latest_of_two_detected_calls_is_rated() -> None:
    first, second = detected(4), detected(2)
    assert log_or_rate([second, first], logged(), NOW).call.id == second.id


def test_a_rated_or_a_manual_call_is_not_rated_again() -> None:
    rated = Call.create(ended_at=NOW, difficulty=2, source=Source.DETECTED)
    manual = Call.create(ended_at=NOW, difficulty=None, source=Source.TRAY)
    assert not log_or_rate([rated, manual], logged(), NOW).rates


def test_the_logs_note_and_duration_replace_the_detected_calls() -> None:
    call = detected(1, duration_s=300, note="mic")
    write = log_or_rate([call], logged(5, note="refund", duration_s=420), NOW)
    assert (write.call.note, write.call.duration_s) == ("refund", 420)


def test_a_backdated_log_is_a_call_of_its_own() -> None:
    new = logged()
    write = log_or_rate([detected(1)], new, NOW, backdated=True)
    assert (write.call, write.rates) == (new, False)


def test_an_unrated_log_rates_nothing() -> None:
    new = logged(None)
    assert log_or_rate([detected(1)], new, NOW).call == new
