"""RecordRepository: one file per kind and ISO week, on a real directory."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers_store import MAKERS, MONDAY_W48, make_call, week_file
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing.core.records import Call
from wellbeing.store.errors import DuplicateRecord, RecordNotFound
from wellbeing.store.repository import RecordRepository
from wellbeing.store.store import Store

KINDS = sorted(MAKERS)


def repository(store: Store, kind: str) -> RecordRepository[Any]:
    repo: RecordRepository[Any] = getattr(store, kind)
    return repo


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_round_trips_through_a_reopened_store(
    kind: str, store: Store, data_dir: Path
) -> None:
    records = [MAKERS[kind](MONDAY_W48 + timedelta(hours=hours)) for hours in (5, 1, 200)]
    repository(store, kind).add(records[0])
    assert repository(store, kind).add_many(records[1:]) == 2

    reopened = repository(Store.open(data_dir), kind)
    stored = reopened.all()
    assert stored == sorted(records, key=lambda record: record.at)
    expected = sorted(records, key=lambda record: record.at)
    assert [r.to_dict() for r in stored] == [r.to_dict() for r in expected]  # offsets kept
    assert stored[0].at.utcoffset() == MONDAY_W48.utcoffset()
    assert sorted(path.name for path in (data_dir / kind).iterdir()) == [
        "2026-W48.json",
        "2026-W49.json",
    ]
    assert reopened.ids() == {record.id for record in records}
    assert reopened.count() == 3


def test_the_week_is_read_in_the_record_s_own_offset(store: Store, data_dir: Path) -> None:
    plus_two = timezone(timedelta(hours=2))
    sunday_night = make_call(datetime(2026, 11, 29, 23, 30, tzinfo=plus_two))
    monday_early = make_call(datetime(2026, 11, 30, 0, 30, tzinfo=plus_two))
    assert sunday_night.at.astimezone(UTC).date() == monday_early.at.astimezone(UTC).date()
    store.calls.add_many([sunday_night, monday_early])
    assert week_file(data_dir, "calls", "2026-W48").exists()
    assert week_file(data_dir, "calls", "2026-W49").exists()


def test_add_refuses_an_id_already_stored(store: Store) -> None:
    call = make_call()
    store.calls.add(call)
    with pytest.raises(DuplicateRecord, match=call.id):
        store.calls.add(call)
    assert store.calls.count() == 1


def test_add_many_skips_ids_already_present(store: Store) -> None:
    old = [make_call(MONDAY_W48 + timedelta(minutes=m)) for m in range(3)]
    assert store.calls.add_many(old) == 3
    new = [make_call(MONDAY_W48 + timedelta(days=8)), make_call(MONDAY_W48 + timedelta(hours=1))]
    assert store.calls.add_many([*old, *new, new[0]]) == 2
    assert store.calls.add_many([]) == 0
    assert store.calls.count() == 5
    assert {call.id for call in store.calls.all()} == {call.id for call in [*old, *new]}


def test_add_many_writes_each_week_file_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import wellbeing.store.storage as storage

    written: list[str] = []
    real = storage.write_atomically
    monkeypatch.setattr(
        storage,
        "write_atomically",
        lambda path, data: (written.append(path.name), real(path, data)),
    )
    calls = [make_call(MONDAY_W48 + timedelta(hours=h)) for h in range(0, 24 * 13, 6)]
    assert store.calls.add_many(calls) == len(calls)
    assert sorted(written) == ["2026-W48.json", "2026-W49.json"]
    written.clear()
    assert store.calls.add_many(calls) == 0
    assert written == []  # nothing new: nothing rewritten


def test_update_replaces_the_record_in_its_week(store: Store) -> None:
    call = make_call(difficulty=2)
    other = make_call(MONDAY_W48 + timedelta(minutes=1))
    store.calls.add_many([call, other])
    changed = Call.create(id=call.id, ended_at=call.at, difficulty=4, note="worse than I thought")
    store.calls.update(changed)
    assert store.calls.all() == [changed, other]


def test_update_moves_a_record_whose_time_changed_week(store: Store, data_dir: Path) -> None:
    call = make_call()
    store.calls.add(call)
    later = Call.create(id=call.id, ended_at=call.at + timedelta(days=7), difficulty=2)
    store.calls.update(later)
    assert store.calls.all() == [later]
    w48 = json.loads(week_file(data_dir, "calls", "2026-W48").read_text())
    assert w48 == {"_default": {}}


def test_update_of_an_unknown_id_raises(store: Store) -> None:
    store.calls.add(make_call())
    with pytest.raises(RecordNotFound):
        store.calls.update(make_call())
    with pytest.raises(LookupError):
        store.calls.update(make_call(MONDAY_W48 + timedelta(days=30)))


def test_delete_finds_the_record_in_any_week(store: Store) -> None:
    calls = [make_call(MONDAY_W48 + timedelta(days=d)) for d in (0, 7, 14)]
    store.calls.add_many(calls)
    assert store.calls.delete(calls[1].id) is True
    assert store.calls.delete(calls[1].id) is False
    assert store.calls.all() == [calls[0], calls[2]]


def test_all_is_sorted_by_time_across_offsets(store: Store) -> None:
    tokyo = timezone(timedelta(hours=9))
    first = make_call(datetime(2026, 11, 24, 9, 0, tzinfo=tokyo))  # 00:00 UTC
    second = make_call(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
    store.calls.add_many([second, first])
    assert store.calls.all() == [first, second]


def test_a_record_that_fails_validation_is_skipped_and_reported(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    good = make_call(MONDAY_W48 + timedelta(minutes=1))
    bad = make_call()
    store.calls.add_many([bad, good])
    path = week_file(data_dir, "calls", "2026-W48")
    data = json.loads(path.read_text())
    data["_default"]["1"]["difficulty"] = 9
    data["_default"]["7"] = "not a record"
    path.write_text(json.dumps(data))

    assert store.calls.all() == [good]
    assert store.calls.all() == [good]  # reported once, not at every read
    assert reported == [
        "skipped an unreadable record in calls/2026-W48.json: difficulty: must be 1 to 5, got 9",
        "skipped an unreadable record in calls/2026-W48.json: call: expected an object, got str",
    ]
    assert json.loads(path.read_text()) == data  # left in place for the user
    assert store.calls.ids() == {bad.id, good.id}


def test_a_corrupt_week_is_moved_aside_and_the_other_weeks_still_read(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    kept = make_call(MONDAY_W48 + timedelta(days=7))
    store.calls.add_many([make_call(), kept])
    path = week_file(data_dir, "calls", "2026-W48")
    damaged = path.read_bytes()[:-7]
    path.write_bytes(damaged)

    assert store.calls.all() == [kept]
    [moved] = (data_dir / "calls").glob("2026-W48.json.corrupt-*")
    assert moved.read_bytes() == damaged
    [message] = reported
    assert message.startswith(
        f"moved unreadable file calls/2026-W48.json aside to calls/{moved.name} (not valid JSON"
    )
    fresh = make_call()
    store.calls.add(fresh)  # the week starts again, the bad copy stays beside it
    assert store.calls.all() == [fresh, kept]
    assert moved.read_bytes() == damaged


def test_a_week_file_of_the_wrong_shape_is_moved_aside(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    path = week_file(data_dir, "calls", "2026-W48")
    path.write_text('{"_default": [1, 2]}')
    assert store.calls.all() == []
    assert "table '_default' is not an object" in reported[0]


def test_between_reads_only_the_weeks_that_overlap(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    far = [make_call(MONDAY_W48 - timedelta(days=14)), make_call(MONDAY_W48 + timedelta(days=14))]
    near = [make_call(MONDAY_W48 + timedelta(days=d)) for d in (0, 1, 6)]
    store.calls.add_many([*far, *near])
    for week in ("2026-W46", "2026-W50"):
        week_file(data_dir, "calls", week).write_text("not json")

    start, end = MONDAY_W48, MONDAY_W48 + timedelta(days=6)
    assert store.calls.between(start, end) == near[:2]
    assert reported == []  # the corrupt, far weeks were never opened
    assert store.calls.between(None, end) == near[:2]
    assert len(reported) == 1  # W46 is before the end: it was opened this time
    assert store.calls.between(start, None) == near


def test_between_needs_aware_bounds(store: Store) -> None:
    with pytest.raises(ValueError, match="UTC offsets"):
        store.calls.between(datetime(2026, 11, 23), None)


def test_files_that_are_not_weeks_are_ignored(store: Store, data_dir: Path) -> None:
    store.calls.add(make_call())
    (data_dir / "calls" / "notes.json").write_text("{}")
    (data_dir / "calls" / "2026-W99.json").write_text("{}")
    assert len(store.calls.all()) == 1


OFFSETS = st.integers(min_value=-12 * 4, max_value=14 * 4).map(
    lambda quarters: timezone(timedelta(minutes=15 * quarters))
)
MOMENTS = st.builds(
    lambda minutes, tz: (datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=minutes)).astimezone(
        tz
    ),
    st.integers(min_value=0, max_value=60 * 24 * 60),
    OFFSETS,
)


@settings(max_examples=25, deadline=None)
@given(
    moments=st.lists(MOMENTS, min_size=1, max_size=12),
    start=MOMENTS,
    length=st.integers(min_value=0, max_value=60 * 24 * 20),
)
def test_between_returns_exactly_the_records_in_range(
    moments: list[datetime], start: datetime, length: int
) -> None:
    end = start + timedelta(minutes=length)
    calls = [make_call(moment) for moment in moments]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(tmp)
        store.calls.add_many(calls)
        expected = sorted((c for c in calls if start <= c.at < end), key=lambda c: c.at)
        assert [c.id for c in store.calls.between(start, end)] == [c.id for c in expected]
