"""Reading around what should not be there: far dates, odd entries, no way to lock.

One bad entry in a data directory (a week file dated in the year 1, a
symlink to a device, a directory where a file belongs, a lock that cannot
be taken) is reported, and everything else is read: stats, export and the
sharing preview still work, so the agent is never locked out of their data.
"""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers_store import MONDAY_W48, make_break, make_call, week_file

from wellbeing.core.errors import InvalidInput
from wellbeing.core.exchange import to_export
from wellbeing.core.records import Call
from wellbeing.core.stats import summarize
from wellbeing.services.sharing import SharingService
from wellbeing.store.errors import StoreError
from wellbeing.store.store import Store

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX files")
not_root = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root reads and writes whatever the mode"
)
NOW = MONDAY_W48 + timedelta(days=14)


def tinydb_file(path: Path, *docs: dict[str, object]) -> None:
    path.write_text(json.dumps({"_default": {str(i + 1): doc for i, doc in enumerate(docs)}}))


def assert_usable(store: Store, kept: Call) -> None:
    """Every read command works and sees the good record."""
    history = store.history()
    assert history.calls == (kept,)
    assert store.history(start=MONDAY_W48 - timedelta(days=1), end=NOW).calls == (kept,)
    summarize(history, NOW, None)
    summarize(store.history(start=NOW - timedelta(days=7)), NOW, 7)
    json.dumps(to_export(history))
    SharingService(store.data_dir).preview(history, NOW)


# --- far dates (issue 10, defect 1) ------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "field", "at"),
    [
        ("calls", "0001-W01", "ended_at", "0001-01-01T00:00:00+00:00"),
        ("calls", "9999-W52", "ended_at", "9999-12-31T23:59:59+00:00"),
        ("breaks", "9999-W52", "started_at", "9999-12-31T23:59:00+00:00"),
    ],
)
def test_a_week_file_far_outside_the_window_is_reported_and_read_around(
    store: Store, data_dir: Path, reported: list[str], kind: str, name: str, field: str, at: str
) -> None:
    kept = make_call()
    store.calls.add(kept)
    far = (make_call() if kind == "calls" else make_break(MONDAY_W48)).to_dict()
    far[field] = at
    if kind == "breaks":
        far["completed_s"] = 3600
    tinydb_file(week_file(data_dir, kind, name), far)

    assert_usable(store, kept)
    assert store.history().breaks == ()
    assert any(f"{kind}/{name}.json" in problem for problem in reported)
    assert week_file(data_dir, kind, name).exists()  # left for the user, not deleted


def test_a_record_dated_outside_its_week_file_is_reported_and_skipped(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    kept = make_call()
    store.calls.add(kept)
    edited = make_call().to_dict()
    edited["ended_at"] = "9999-12-31T23:59:59+00:00"
    tinydb_file(week_file(data_dir, "calls", "2026-W47"), edited)

    assert_usable(store, kept)
    assert any("calls/2026-W47.json" in problem for problem in reported)


def test_a_record_outside_the_window_is_refused_before_anything_is_written(
    store: Store, data_dir: Path
) -> None:
    with pytest.raises(InvalidInput):
        store.calls.add(make_call(datetime(1, 1, 1, tzinfo=UTC)))
    with pytest.raises(InvalidInput):
        store.calls.add_many([make_call(), make_call(datetime(9999, 12, 31, 23, tzinfo=UTC))])
    assert list((data_dir / "calls").iterdir()) == []


# --- entries that are not regular files (defects 8 and 10) --------------------------------


def _symlink_to_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _directory(path: Path) -> None:
    path.mkdir()
    (path / "inside.json").write_text("{}")


def _device(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # like /dev/zero


@posix_only
@pytest.mark.parametrize("make_entry", [_symlink_to_zero, _fifo, _directory, _device])
def test_a_week_entry_that_is_not_a_regular_file_is_reported_and_never_read(
    store: Store, data_dir: Path, reported: list[str], make_entry: object
) -> None:
    kept = make_call()
    store.calls.add(kept)
    entry = week_file(data_dir, "calls", "2026-W47")
    make_entry(entry)  # type: ignore[operator]

    assert_usable(store, kept)
    assert any("calls/2026-W47.json" in problem for problem in reported)
    assert os.path.lexists(entry)


@posix_only
def test_a_write_into_the_week_of_an_unreadable_entry_is_refused_not_overwritten(
    store: Store, data_dir: Path
) -> None:
    entry = week_file(data_dir, "calls", "2026-W48")
    entry.symlink_to("/dev/zero")
    with pytest.raises(StoreError, match=r"calls/2026-W48\.json"):
        store.calls.add(make_call())
    assert entry.is_symlink()


@not_root
def test_a_week_file_with_mode_000_is_reported_and_the_rest_read(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    kept = make_call()
    store.calls.add(kept)
    locked_out = week_file(data_dir, "calls", "2026-W47")
    tinydb_file(locked_out, make_call().to_dict())
    locked_out.chmod(0)
    assert_usable(store, kept)
    assert any("calls/2026-W47.json" in problem for problem in reported)


# --- no way to take the lock (defect 10) ---------------------------------------------------


@posix_only
def test_a_lock_that_is_a_directory_is_reported_and_reads_still_work(
    data_dir: Path, reported: list[str]
) -> None:
    kept = make_call()
    Store.open(data_dir).calls.add(kept)
    (data_dir / ".lock").unlink(missing_ok=True)
    (data_dir / ".lock").mkdir()

    store = Store.open(data_dir, on_problem=reported.append)
    assert_usable(store, kept)
    assert any(".lock" in problem for problem in reported)
    with pytest.raises(StoreError, match="nothing was saved"):
        store.calls.add(make_call())
    assert store.calls.all() == [kept]


@not_root
def test_a_read_only_data_dir_is_read_without_the_lock(data_dir: Path) -> None:
    kept = make_call()
    Store.open(data_dir).calls.add(kept)
    (data_dir / ".lock").unlink(missing_ok=True)
    before = sorted(p.name for p in data_dir.iterdir())
    data_dir.chmod(0o500)
    try:
        store = Store.open(data_dir, on_problem=lambda message: None)
        assert_usable(store, kept)
        with pytest.raises(StoreError):
            store.calls.add(make_call())
        assert sorted(p.name for p in data_dir.iterdir()) == before
    finally:
        data_dir.chmod(0o700)


# --- permissions are only ever narrowed (defect 15) ----------------------------------------


@posix_only
@pytest.mark.parametrize(("chosen", "after"), [(0o500, 0o500), (0o750, 0o700), (0o755, 0o700)])
def test_the_data_dir_is_never_widened(data_dir: Path, chosen: int, after: int) -> None:
    Store.open(data_dir)
    data_dir.chmod(chosen)
    try:
        Store.open(data_dir, on_problem=lambda message: None)
        assert stat.S_IMODE(data_dir.stat().st_mode) == after
    finally:
        data_dir.chmod(0o700)


@posix_only
def test_purge_deletes_the_records_and_leaves_a_folder_named_like_a_week(
    store: Store, data_dir: Path
) -> None:
    store.calls.add(make_call())
    _directory(week_file(data_dir, "calls", "2026-W47"))
    tinydb_file(week_file(data_dir, "calls", "0001-W01"), make_call().to_dict())
    store.purge()
    assert [p.name for p in (data_dir / "calls").iterdir()] == ["2026-W47.json"]
    assert store.history().calls == ()


@posix_only
def test_a_sharing_state_that_is_not_a_regular_file_is_never_read(data_dir: Path) -> None:
    from wellbeing.store.sharing_state import SharingState, SharingStateFile

    Store.open(data_dir)
    (data_dir / "sharing.json").symlink_to("/dev/zero")
    problems: list[str] = []
    assert SharingStateFile(data_dir, problems.append).load() == SharingState()
    assert problems and "sharing.json" in problems[0]
