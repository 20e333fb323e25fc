"""Import: ids are unique across the whole store, and a full disk is told exactly.

An export from this store must import into a fresh one, so an id may live
in one week file only, wherever the incoming copy is dated. An import that
the disk cuts short says how far it got, and running it again finishes it
without a duplicate.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from helpers_store import BERLIN_WINTER, MONDAY_W48, leftovers, make_call

from wellbeing.core.exchange import parse_export_text
from wellbeing.core.history import History
from wellbeing.core.records import Call
from wellbeing.services.export import export_text
from wellbeing.store.errors import StoreError
from wellbeing.store.store import Store


def moved(call: Call, days: int) -> Call:
    return Call.from_dict(
        {**call.to_dict(), "ended_at": (call.at + timedelta(days=days)).isoformat()}
    )


def test_the_same_id_dated_in_another_week_is_already_present(store: Store) -> None:
    call = make_call()
    store.import_history(History.of(calls=[call]))

    added = store.import_history(History.of(calls=[moved(call, 7), moved(call, 70)]))
    assert added["calls"] == 0
    assert store.calls.all() == [call]
    assert store.calls.add_many([moved(call, -21)]) == 0
    assert store.calls.count() == 1


def test_an_export_imports_into_a_fresh_store(store: Store, tmp_path: Path) -> None:
    call = make_call()
    store.import_history(History.of(calls=[call, make_call(MONDAY_W48 + timedelta(days=3))]))
    store.import_history(History.of(calls=[moved(call, 7)]))

    fresh = Store.open(tmp_path / "fresh")
    fresh.import_history(parse_export_text(export_text(store.history(), "json")))
    assert fresh.history() == store.history()


# --- a full disk (issue 10, defect 11) -----------------------------------------------------


def full_disk_after(monkeypatch: pytest.MonkeyPatch, files: int) -> None:
    """The disk fills up while the file after the first ``files`` is being written."""
    real_fsync = os.fsync
    written = 0

    def fsync(fd: int) -> None:
        nonlocal written
        if stat.S_ISREG(os.fstat(fd).st_mode):
            if written == files:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            written += 1
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def six_hundred_calls() -> list[Call]:
    first = MONDAY_W48.replace(year=2025, month=1, day=6, tzinfo=BERLIN_WINTER)
    return [
        make_call(first + timedelta(weeks=i % 50, minutes=i), difficulty=1 + i % 5)
        for i in range(600)
    ]


@pytest.mark.parametrize("files", [0, 1, 17, 49])
def test_an_import_cut_short_by_a_full_disk_says_how_far_it_got(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch, files: int
) -> None:
    calls = six_hundred_calls()
    full_disk_after(monkeypatch, files)
    with pytest.raises(StoreError) as caught:
        store.import_history(History.of(calls=calls))
    message = str(caught.value)
    found = re.fullmatch(
        r"imported (\d+) of 600 records; the disk is full; "
        r"run the same import again to finish — nothing will be duplicated",
        message,
    )
    assert found, message
    assert int(found[1]) == store.calls.count() == 12 * files
    assert leftovers(data_dir) == []

    monkeypatch.undo()
    again = store.import_history(History.of(calls=calls))
    assert again["calls"] == 600 - 12 * files
    assert sorted(c.id for c in store.calls.all()) == sorted(c.id for c in calls)
