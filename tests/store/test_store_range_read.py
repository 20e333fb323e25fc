"""A read of a time range gives exactly the records in it, whatever offset they
were stored with, and still reports a record it cannot read."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from pathlib import Path

from helpers_store import MONDAY_W48, make_break, make_call

from wellbeing.store.store import Store


def test_a_range_read_gives_exactly_the_records_inside_it_in_any_offset(store: Store) -> None:
    calls = [make_call(MONDAY_W48 + timedelta(minutes=minute)) for minute in range(0, 600, 7)]
    store.calls.add_many(calls)
    start = (MONDAY_W48 + timedelta(hours=2)).astimezone(UTC)
    end = (MONDAY_W48 + timedelta(hours=3)).astimezone(UTC)

    inside = store.calls.between(start, end)

    assert [c.id for c in inside] == [c.id for c in calls if start <= c.ended_at < end]
    assert inside[0].ended_at == start + timedelta(minutes=6)  # 09:00 + 126 min, in +01:00
    assert store.calls.between(end, None) == [c for c in calls if c.ended_at >= end]


def test_the_other_kinds_read_their_own_time(store: Store) -> None:
    breaks = [make_break(MONDAY_W48 + timedelta(hours=hour)) for hour in range(8)]
    store.breaks.add_many(breaks)
    start, end = MONDAY_W48 + timedelta(hours=2), MONDAY_W48 + timedelta(hours=4)
    assert store.breaks.between(start, end) == breaks[2:4]


def test_a_record_whose_time_cannot_be_read_is_still_reported(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    call = make_call(MONDAY_W48)
    store.calls.add(call)
    week = next((data_dir / "calls").iterdir())
    stored = json.loads(week.read_text())
    table = next(iter(stored.values()))
    table["999"] = {**call.to_dict(), "id": "broken", "ended_at": "yesterday-ish"}
    week.write_text(json.dumps(stored))

    assert store.calls.between(MONDAY_W48 - timedelta(days=1), None) == [call]
    assert any("unreadable record" in line for line in reported)
