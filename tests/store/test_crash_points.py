"""kill -9 at every step of logging, importing and purging leaves a whole store.

Instead of killing at a random time, the child process stops itself with
SIGKILL at the k-th file-system step of one command, for every k until the
command finishes untouched. The steps are every ``os`` call that opens,
writes, truncates, syncs, renames or removes, every ``open``/``io.open``
(``Path.open`` and ``os.fdopen`` go through it), and every ``write`` and
``truncate`` of a file object it returns. Each write is torn twice: once
in its middle and once before its last byte, so a file is caught half
written and all but written. So every moment of the write protocol is hit,
deterministically.

After each kill: every file still parses, the store opens without a
problem, every call saved before the command is still there, and the
command's own call is there exactly when the command had reported success.

The same scenarios run against a deliberately in-place storage (TinyDB's
own way: open the file, write over it, truncate; purge by emptying each
file), which must fail every one of them: proof that the harness can fail.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from wellbeing.core.exchange import to_export
from wellbeing.core.history import History
from wellbeing.core.records import Call
from wellbeing.store.store import Store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import builtins, io, os, signal, sys

kill_at = int(sys.argv[1])
steps = 0

def step():
    global steps
    steps += 1
    if steps == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

def guarded(function):
    def call(*args, **kwargs):
        step()
        return function(*args, **kwargs)
    return call

def cuts(data):
    \"\"\"Where a write is torn: in its middle and before its last byte.\"\"\"
    return sorted({0, len(data) // 2, max(len(data) - 1, 0), len(data)})

real_write = os.write

def torn_write(fd, data):
    data = memoryview(data).cast("B")
    edges = cuts(data)
    for start, end in zip(edges, edges[1:]):
        step()
        real_write(fd, data[start:end])
    return len(data)

class TornFile:
    def __init__(self, file):
        self._file = file
    def write(self, data):
        edges = cuts(data)
        for start, end in zip(edges, edges[1:]):
            step()
            self._file.write(data[start:end])
            self._file.flush()
        return len(data)
    def truncate(self, *args):
        step()
        return self._file.truncate(*args)
    def __getattr__(self, name):
        return getattr(self._file, name)
    def __iter__(self):
        return iter(self._file)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self._file.__exit__(*exc)

real_open = io.open

def torn_open(*args, **kwargs):
    step()
    file = real_open(*args, **kwargs)
    mode = args[1] if len(args) > 1 else kwargs.get("mode", "r")
    return TornFile(file) if set(mode) & set("wax+") else file

for name in ("open", "fsync", "replace", "rename", "unlink", "ftruncate", "truncate"):
    setattr(os, name, guarded(getattr(os, name)))
os.write = torn_write
builtins.open = io.open = torn_open

if sys.argv[2] == "in-place":
    import wellbeing.store.storage as storage_module
    import wellbeing.store.store as store_module
    from wellbeing.store.layout import private_files

    def write_in_place(path, payload, mode=0o600):
        \"\"\"TinyDB's JSONStorage.write: over the old bytes, then truncate.\"\"\"
        with open(path, "r+b" if os.path.exists(path) else "wb") as handle:
            handle.seek(0)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
            handle.truncate()

    def purge_in_place(self):
        \"\"\"TinyDB's drop_tables: every file emptied where it is.\"\"\"
        with self._lock:
            for path in list(private_files(self.data_dir)):
                write_in_place(path, b"{}")

    storage_module.write_atomically = write_in_place
    store_module.write_atomically = write_in_place
    store_module.Store.purge = purge_in_place

from wellbeing.cli import main
sys.exit(main(sys.argv[3:]))
"""

ATOMIC, IN_PLACE = "atomic", "in-place"


class Damaged(AssertionError):
    """A kill left the store unreadable, or lost or invented a record."""


def run_until_killed(kill_at: int, storage: str, *args: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(kill_at), storage, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    return child.returncode


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def seed(data_dir: Path, count: int) -> set[str]:
    store = Store.open(data_dir)
    calls = [
        Call.create(ended_at=at(f"2026-11-{16 + i % 7:02d}T10:{i % 60:02d}:00+01:00"), difficulty=3)
        for i in range(count)
    ]
    store.calls.add_many(calls)
    return {call.id for call in calls}


def stored_ids(data_dir: Path) -> set[str]:
    """The calls in a store after a kill; ``Damaged`` unless every file is whole."""
    for path in data_dir.rglob("*.json"):
        try:
            json.loads(path.read_bytes())
        except ValueError as error:
            raise Damaged(f"{path.relative_to(data_dir)} does not parse: {error}") from None
    problems: list[str] = []
    ids = Store.open(data_dir, on_problem=problems.append).calls.ids()
    if problems:
        raise Damaged(f"the store reported {problems}")
    return ids


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise Damaged(what)


def every_kill_point(data_dir: Path, storage: str, *args: str) -> Iterator[tuple[int, Path]]:
    """Run the command killed at step 1, 2, … in a fresh copy each time; the last
    run is the one that finished (exit code not SIGKILL)."""
    for kill_at in range(1, 400):
        copy = data_dir.parent / f"run-{kill_at}"
        subprocess.run(["cp", "-a", str(data_dir), str(copy)], check=True)
        code = run_until_killed(kill_at, storage, "--data-dir", str(copy), *args)
        yield code, copy
        if code != -signal.SIGKILL:
            expect(kill_at > 5, f"the command finished after only {kill_at - 1} steps")
            expect(code == 0, f"the command failed untouched (exit {code})")
            return
    raise AssertionError("the command never finished")


def log_call(tmp_path: Path, storage: str) -> None:
    data_dir = tmp_path / "data"
    before = seed(data_dir, 300)
    args = ("log-call", "--difficulty", "4", "--at", "2026-11-20T11:00:00+01:00")
    for code, copy in every_kill_point(data_dir, storage, *args):
        calls = stored_ids(copy)
        expect(before <= calls, "a call saved before was lost")
        added = len(calls - before)
        expect(added == 1 if code == 0 else added <= 1, f"{added} calls added (exit {code})")


def import_(tmp_path: Path, storage: str) -> None:
    data_dir = tmp_path / "data"
    before = seed(data_dir, 50)
    incoming = [
        Call.create(ended_at=at(f"2026-{month:02d}-10T09:00:00+01:00"), difficulty=2)
        for month in range(1, 7)
    ]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(to_export(History.of(calls=incoming))))
    for code, copy in every_kill_point(data_dir, storage, "import", "--file", str(export)):
        calls = stored_ids(copy)
        expect(before <= calls, "a call saved before was lost")
        if code == 0:
            expect(calls == before | {call.id for call in incoming}, "the import is incomplete")


def purge(tmp_path: Path, storage: str) -> None:
    data_dir = tmp_path / "data"
    before = seed(data_dir, 50)
    for code, copy in every_kill_point(data_dir, storage, "purge", "--yes"):
        calls = stored_ids(copy)
        expect(calls <= before, "purge invented a call")
        if code == 0:
            expect(calls == set(), "purge left calls behind")


SCENARIOS: list[Callable[[Path, str], None]] = [log_call, import_, purge]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda scenario: scenario.__name__)
def test_kill_at_every_step(tmp_path: Path, scenario: Callable[[Path, str], None]) -> None:
    scenario(tmp_path, ATOMIC)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda scenario: scenario.__name__)
def test_an_in_place_storage_fails_every_scenario(
    tmp_path: Path, scenario: Callable[[Path, str], None]
) -> None:
    with pytest.raises(Damaged):
        scenario(tmp_path, IN_PLACE)
