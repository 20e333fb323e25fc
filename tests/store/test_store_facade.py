"""Store: opening a data directory, its schema, settings, purge and import."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from helpers_store import MAKERS, MONDAY_W48, leftovers, make_call, week_file

import wellbeing.store.schema as schema
from wellbeing.core.history import History
from wellbeing.store.errors import StoreError, StoreLocked
from wellbeing.store.layout import KINDS
from wellbeing.store.os_lock import OsLock
from wellbeing.store.paths import default_data_dir, resolve_data_dir
from wellbeing.store.store import SCHEMA_VERSION, Store

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def meta(data_dir: Path) -> object:
    return json.loads((data_dir / "meta.json").read_text())


def fill(store: Store) -> History:
    """One record of each kind, and the settings."""
    history = History.of(**{kind: [make(MONDAY_W48)] for kind, make in MAKERS.items()})
    store.import_history(history)
    store.save_settings({"streak_threshold": 3})
    return history


# --- opening ----------------------------------------------------------------------


def test_open_creates_the_layout(data_dir: Path, reported: list[str]) -> None:
    store = Store.open(data_dir, on_problem=reported.append)
    assert store.data_dir == data_dir
    assert meta(data_dir) == {"schema": SCHEMA_VERSION}
    assert all((data_dir / kind).is_dir() for kind in KINDS)
    assert reported == []


@posix_only
def test_everything_is_private_whatever_the_umask(data_dir: Path) -> None:
    old = os.umask(0)
    try:
        store = Store.open(data_dir)
        fill(store)
    finally:
        os.umask(old)
    assert mode(data_dir) == 0o700
    for kind in KINDS:
        assert mode(data_dir / kind) == 0o700
        assert mode(week_file(data_dir, kind, "2026-W48")) == 0o600
    assert mode(data_dir / "meta.json") == 0o600
    assert mode(data_dir / "settings.json") == 0o600


@posix_only
def test_open_narrows_a_directory_open_to_others(data_dir: Path) -> None:
    (data_dir / "calls").mkdir(parents=True)
    data_dir.chmod(0o755)
    (data_dir / "calls").chmod(0o775)
    Store.open(data_dir)
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "calls") == 0o700


def test_a_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_text("")
    with pytest.raises(StoreError, match=r"cannot use .* as the data directory"):
        Store.open(path)


def test_open_removes_temp_files_a_crash_left(store: Store, data_dir: Path) -> None:
    store.calls.add(make_call())
    (data_dir / "calls" / ".2026-W48.json.tmp-4242-0badf00d").write_text('{"half')
    (data_dir / ".settings.json.tmp-4242-0badf00d").write_text("")
    (data_dir / ".draft.tmp-by-the-user").write_text("mine")
    reopened = Store.open(data_dir)
    assert not (data_dir / "calls" / ".2026-W48.json.tmp-4242-0badf00d").exists()
    assert not (data_dir / ".settings.json.tmp-4242-0badf00d").exists()
    assert (data_dir / ".draft.tmp-by-the-user").exists()
    assert len(reopened.calls.all()) == 1


def test_a_lock_held_too_long_is_a_clear_error(store: Store, data_dir: Path) -> None:
    impatient = Store.open(data_dir, lock_timeout=0.01)
    held = OsLock(data_dir / ".lock")
    assert held.acquire(0)
    with pytest.raises(StoreLocked, match="try again"):
        impatient.calls.add(make_call())
    held.release()
    impatient.calls.add(make_call())  # released: it works again


# --- schema -------------------------------------------------------------------------


def test_data_without_meta_is_schema_0_and_is_migrated(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = make_call()
    store.calls.add(call)
    (data_dir / "meta.json").unlink()
    migrated: list[Path] = []
    monkeypatch.setitem(schema.MIGRATIONS, 0, migrated.append)

    reopened = Store.open(data_dir)
    assert migrated == [data_dir]
    assert meta(data_dir) == {"schema": SCHEMA_VERSION}
    assert reopened.calls.all() == [call]
    Store.open(data_dir)
    assert migrated == [data_dir]  # done once


def test_a_migration_that_fails_is_retried_at_the_next_open(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_settings({"a": 1})
    (data_dir / "meta.json").unlink()

    def crash(root: Path) -> None:
        raise OSError("killed during the migration")

    monkeypatch.setitem(schema.MIGRATIONS, 0, crash)
    with pytest.raises(OSError, match="killed"):
        Store.open(data_dir)
    assert meta(data_dir) == {"schema": 0}
    monkeypatch.undo()
    assert Store.open(data_dir).load_settings() == {"a": 1}
    assert meta(data_dir) == {"schema": SCHEMA_VERSION}


def test_a_newer_schema_is_refused_and_left_alone(store: Store, data_dir: Path) -> None:
    (data_dir / "meta.json").write_text('{"schema": 99, "by": "wellbeing 9"}')
    with pytest.raises(StoreError, match=r"newer version of wellbeing .*schema 99"):
        Store.open(data_dir)
    assert meta(data_dir) == {"schema": 99, "by": "wellbeing 9"}


def test_an_unreadable_meta_is_moved_aside_and_rebuilt(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    store.calls.add(make_call())
    (data_dir / "meta.json").write_text('{"schema": "x"}')
    problems: list[str] = []
    Store.open(data_dir, on_problem=problems.append)
    assert meta(data_dir) == {"schema": SCHEMA_VERSION}
    assert problems[0].startswith("moved unreadable file meta.json aside to meta.json.corrupt-")


# --- settings -----------------------------------------------------------------------


def test_settings_round_trip(store: Store, data_dir: Path) -> None:
    assert store.load_settings() == {}
    store.save_settings({"streak_threshold": 4, "work_hours": ["08:00", "16:30"], "lang": "de"})
    assert Store.open(data_dir).load_settings() == {
        "streak_threshold": 4,
        "work_hours": ["08:00", "16:30"],
        "lang": "de",
    }


def test_corrupt_settings_are_moved_aside_and_reported(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    (data_dir / "settings.json").write_text('{"streak_threshold": 4')
    assert store.load_settings() == {}
    assert reported[0].startswith("moved unreadable file settings.json aside")
    [moved] = data_dir.glob("settings.json.corrupt-*")
    assert moved.read_text() == '{"streak_threshold": 4'


def test_settings_that_are_not_json_write_nothing(store: Store, data_dir: Path) -> None:
    store.save_settings({"a": 1})
    with pytest.raises(TypeError):
        store.save_settings({"a": object()})
    assert store.load_settings() == {"a": 1}
    assert leftovers(data_dir) == []


# --- history, import, purge ---------------------------------------------------------------


def test_history_gathers_every_kind(store: Store) -> None:
    history = fill(store)
    assert store.history() == history
    later = MONDAY_W48 + timedelta(days=1)
    store.calls.add(make_call(later))
    assert [c.at for c in store.history(start=later).calls] == [later]
    assert store.history(end=later) == history


def test_import_adds_what_is_new_and_counts_it(store: Store) -> None:
    history = fill(store)
    new_call = make_call(MONDAY_W48 + timedelta(days=40))
    again = History.of(
        calls=[*history.calls, new_call], breaks=history.breaks, checkins=history.checkins
    )
    assert store.import_history(again) == {
        "calls": 1,
        "breaks": 0,
        "prompts": 0,
        "reflections": 0,
        "checkins": 0,
    }
    assert len(store.history().calls) == 2


def test_purge_deletes_records_and_settings_and_keeps_the_rest(
    store: Store, data_dir: Path
) -> None:
    fill(store)
    (data_dir / "calls" / "2026-W40.json").write_text("{broken")
    store.calls.all()  # moves it aside
    (data_dir / "my-notes.txt").write_text("not the store's")

    store.purge()
    assert store.history() == History()
    assert store.load_settings() == {}
    assert [p.name for p in (data_dir / "calls").iterdir()] == []
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file() and p.name != ".lock") == [
        "meta.json",
        "my-notes.txt",
    ]
    store.calls.add(make_call())  # still a working store
    assert len(Store.open(data_dir).calls.all()) == 1


def test_a_crash_during_purge_leaves_a_readable_store(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(store)
    store.calls.add(make_call(MONDAY_W48 + timedelta(days=7)))
    real_unlink = Path.unlink
    deleted: list[Path] = []

    def unlink_then_crash(path: Path, missing_ok: bool = False) -> None:
        if deleted:
            raise OSError("killed during purge")
        deleted.append(path)
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink_then_crash)
    with pytest.raises(OSError, match="killed"):
        store.purge()
    monkeypatch.undo()

    problems: list[str] = []
    reopened = Store.open(data_dir, on_problem=problems.append)
    history = reopened.history()
    kinds = (history.calls, history.breaks, history.prompts, history.reflections, history.checkins)
    files_left = sum(len(records) for records in kinds) + bool(reopened.load_settings())
    assert files_left == 6  # six record files and the settings, less the one deleted
    assert problems == []


def test_problems_reach_the_callback_once_each_and_nowhere_else(
    store: Store, data_dir: Path, reported: list[str]
) -> None:
    for week in ("2026-W40", "2026-W41"):
        week_file(data_dir, "breaks", week).symlink_to("/dev/null")
    store.breaks.all()
    store.breaks.all()
    assert len(reported) == 2
    assert not hasattr(store, "problems")  # no list for anyone to read, or miss, later


# --- where the data directory is -------------------------------------------------------------


def test_the_data_dir_comes_from_the_flag_then_the_environment_then_the_platform(
    tmp_path: Path,
) -> None:
    env = {"WELLBEING_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "flag"), env) == tmp_path / "flag"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    assert resolve_data_dir("", {"WELLBEING_DATA_DIR": ""}) == default_data_dir()
    assert resolve_data_dir("~/wb", {}) == Path.home() / "wb"
    assert default_data_dir().name == "wellbeing"
