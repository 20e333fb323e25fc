"""kill -9 at every step of logging, importing and purging leaves a whole store.

Instead of killing at a random time, the child process stops itself with
SIGKILL at the k-th file-system step of one command (opening, writing half
of a file, fsync, rename, unlink), for every k until the command finishes
untouched. So every moment of the write protocol is hit, deterministically,
including a file torn in the middle of its bytes.

After each kill: every file still parses, the store opens without a
problem, every call saved before the command is still there, and the
command's own call is there exactly when the command had reported success.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
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
import os, signal, sys

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

for name in ("open", "fsync", "replace", "rename", "unlink"):
    setattr(os, name, guarded(getattr(os, name)))

real_fdopen = os.fdopen

class TornFile:
    def __init__(self, file):
        self._file = file
    def write(self, data):
        half = len(data) // 2
        self._file.write(data[:half])
        self._file.flush()
        step()
        return self._file.write(data[half:]) + half
    def __getattr__(self, name):
        return getattr(self._file, name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self._file.__exit__(*exc)

os.fdopen = lambda *a, **k: TornFile(real_fdopen(*a, **k))

from wellbeing.cli import main
sys.exit(main(sys.argv[2:]))
"""


def run_until_killed(kill_at: int, *args: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(kill_at), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    return child.returncode


def seed(data_dir: Path, count: int) -> set[str]:
    store = Store.open(data_dir)
    calls = [
        Call.create(ended_at=f"2026-11-{16 + i % 7:02d}T10:{i % 60:02d}:00+01:00", difficulty=3)
        for i in range(count)
    ]
    store.calls.add_many(calls)
    return {call.id for call in calls}


def assert_whole(data_dir: Path) -> Store:
    for path in data_dir.rglob("*.json"):
        json.loads(path.read_bytes())
    store = Store.open(data_dir)
    assert store.problems == []
    return store


def every_kill_point(data_dir: Path, *args: str) -> list[tuple[int, int, Path]]:
    """Run the command killed at step 1, 2, … in a fresh copy each time."""
    results = []
    for kill_at in range(1, 200):
        copy = data_dir.parent / f"run-{kill_at}"
        subprocess.run(["cp", "-a", str(data_dir), str(copy)], check=True)
        code = run_until_killed(kill_at, "--data-dir", str(copy), *args)
        results.append((kill_at, code, copy))
        if code != -signal.SIGKILL:
            return results
    raise AssertionError("the command never finished")


def test_kill_at_every_step_of_log_call(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    before = seed(data_dir, 300)
    results = every_kill_point(
        data_dir, "log-call", "--difficulty", "4", "--at", "2026-11-20T11:00:00+01:00"
    )
    assert len(results) > 5
    for _, code, copy in results:
        calls = assert_whole(copy).calls.ids()
        assert before <= calls
        assert len(calls - before) == 1 if code == 0 else len(calls - before) <= 1
    assert results[-1][1] == 0


def test_kill_at_every_step_of_import(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    before = seed(data_dir, 50)
    incoming = [
        Call.create(ended_at=f"2026-{month:02d}-10T09:00:00+01:00", difficulty=2)
        for month in range(1, 7)
    ]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(to_export(History.of(calls=incoming))))
    results = every_kill_point(data_dir, "import", "--file", str(export))
    for _, code, copy in results:
        calls = assert_whole(copy).calls.ids()
        assert before <= calls
        if code == 0:
            assert calls == before | {call.id for call in incoming}
    assert results[-1][1] == 0


def test_kill_at_every_step_of_purge(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    before = seed(data_dir, 50)
    results = every_kill_point(data_dir, "purge", "--yes")
    for _, code, copy in results:
        calls = assert_whole(copy).calls.ids()
        assert calls <= before
        if code == 0:
            assert calls == set()
    assert results[-1][1] == 0
