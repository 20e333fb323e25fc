"""The records service: what the windows may do to the records, done for them."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wellbeing.core.journal import EntryKind
from wellbeing.core.records import Call, Reflection
from wellbeing.services.records import Records
from wellbeing.store.store import Store

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    made = Store.open(tmp_path / "data")
    made.calls.add(Call("c1", NOW - timedelta(hours=1), 4))
    made.calls.add(Call("c2", NOW - timedelta(minutes=30), 2))
    made.reflections.add(Reflection("r1", NOW, journal="a hard day"))
    return made


def test_deleting_an_entry_removes_only_it_and_says_so(store: Store, qtbot: QtBot) -> None:
    records = Records(store)
    with qtbot.waitSignal(records.changed):
        records.delete(EntryKind.CALL, "c1")
    assert [call.id for call in store.calls.all()] == ["c2"]
    records.delete(EntryKind.REFLECTION, "r1")
    assert store.reflections.all() == []


def test_export_writes_everything_privately(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "backup.json"
    Records(store).export(out, "json")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    exported = json.loads(out.read_text())
    assert {call["id"] for call in exported["calls"]} == {"c1", "c2"}


def test_the_view_reads_the_days_asked_for(store: Store) -> None:
    data = Records(store).view_data(NOW, 90)
    assert {call.id for call in data.history.calls} == {"c1", "c2"}


def test_deleting_everything_empties_the_store(store: Store, qtbot: QtBot) -> None:
    records = Records(store)
    with qtbot.waitSignal(records.changed):
        records.delete_all()
    assert store.history().calls == ()
