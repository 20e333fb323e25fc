"""The weeks the store keeps are exactly those that can hold a time core accepts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers_store import make_call, week_file

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import EARLIEST, LATEST_STORED, check_window
from wellbeing.store.store import Store
from wellbeing.store.weeks import in_window, week_file_name, week_monday

OFFSETS = [timezone(timedelta(hours=hours)) for hours in (-12, -1, 0, 5.5, 14)]


@pytest.mark.parametrize("zone", OFFSETS)
def test_the_first_and_last_times_core_accepts_have_a_week_file(zone: timezone) -> None:
    for moment in (EARLIEST, LATEST_STORED):
        local = check_window(moment.astimezone(zone), "at")
        monday = week_monday(week_file_name(local))
        assert monday is not None and in_window(monday)


def test_the_window_ends_with_the_weeks_of_cores_bounds() -> None:
    assert week_file_name(EARLIEST) == "1999-W52.json"
    assert week_file_name(LATEST_STORED) == "2099-W53.json"
    for name in ("1999-W51.json", "2100-W01.json", "2999-W01.json", "9999-W52.json"):
        monday = week_monday(name)
        assert monday is not None and not in_window(monday), name


def test_a_time_past_cores_window_has_no_week_file() -> None:
    with pytest.raises(InvalidInput, match="outside the years 2000-2099"):
        week_file_name(datetime(2100, 1, 8, tzinfo=UTC))


def test_a_week_file_of_the_year_2999_is_reported_and_left_alone(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    kept = make_call()
    store.calls.add(kept)
    far = make_call().to_dict()
    far["ended_at"] = "2999-01-01T10:00:00+00:00"
    path = week_file(data_dir, "calls", "2999-W01")
    path.write_text(json.dumps({"_default": {"1": far}}))

    assert store.history().calls == (kept,)
    assert any("calls/2999-W01.json" in problem for problem in reported)
    assert path.exists()
