"""One day is the longest call, wherever a duration comes in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.core.api_rules import CallEnd, call_for_end, parse_end
from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import MAX_DURATION_S
from wellbeing.core.records import Call

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)


def test_the_longest_call_is_a_day() -> None:
    assert timedelta(seconds=MAX_DURATION_S) == timedelta(days=1)


def test_a_call_of_a_day_is_kept_and_a_second_more_refused() -> None:
    assert Call.create(ended_at=NOW, difficulty=3, duration_s=MAX_DURATION_S).duration_s == 86400
    with pytest.raises(InvalidInput, match="duration"):
        Call.create(ended_at=NOW, difficulty=3, duration_s=MAX_DURATION_S + 1)


def test_a_stored_call_longer_than_a_day_is_refused() -> None:
    data = Call.create(ended_at=NOW, difficulty=3).to_dict()
    assert Call.from_dict({**data, "duration_s": MAX_DURATION_S}).duration_s == MAX_DURATION_S
    with pytest.raises(InvalidInput, match="duration_s"):
        Call.from_dict({**data, "duration_s": MAX_DURATION_S + 1})


def test_the_local_api_takes_a_day_and_refuses_more() -> None:
    assert parse_end({"duration_s": MAX_DURATION_S}).duration_s == MAX_DURATION_S
    with pytest.raises(InvalidInput, match="duration_s"):
        parse_end({"duration_s": MAX_DURATION_S + 1})


def test_an_api_call_left_on_for_days_counts_as_a_day() -> None:
    call = call_for_end(CallEnd(), NOW - timedelta(days=3), NOW)
    assert call is not None and call.duration_s == MAX_DURATION_S
