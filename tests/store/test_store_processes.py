"""Real processes against one data directory: concurrent writers, and kill -9.

Each child logs calls through the public ``Store`` API and prints a call's
id only after ``add`` has returned, i.e. once the call was reported saved.
Principle 5 says such a call is never lost. The killed child also adds and
deletes a large scratch record each round: a storage that rewrote in place
would be caught between writing a shorter file and truncating it (the
failure STACK-NOTES.md saw with TinyDB's own storage).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from helpers_store import MONDAY_W48, leftovers, make_call

from wellbeing.store.store import Store

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

LOGGER = """
import sys
import time
from datetime import datetime, timedelta, timezone
from wellbeing.core.records import Call
from wellbeing.store.store import Store

store = Store.open(sys.argv[1])
count = int(sys.argv[2])  # 0: until killed
start = datetime(2026, 11, 23, 9, tzinfo=timezone(timedelta(hours=1)))
index = 0
while count == 0 or index < count:
    call = Call.create(ended_at=start + timedelta(minutes=17 * index), difficulty=1 + index % 5,
                       note="x" * (index % 40) or None)
    store.calls.add(call)
    print(call.id, flush=True)
    if count == 0:  # make the file shrink too, as a delete does
        scratch = Call.create(ended_at=call.ended_at, difficulty=1, note="y" * 5000)
        store.calls.add(scratch)
        store.calls.delete(scratch.id)
    index += 1
"""


def logger(data_dir: Path, count: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), *sys.path]))}
    return subprocess.Popen(
        [sys.executable, "-c", LOGGER, str(data_dir), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def complete_lines(text: str) -> list[str]:
    """The ids of lines that were printed whole (a kill may cut the last one)."""
    *whole, _partial = text.split("\n")
    return [line for line in whole if len(line) == 32]


def every_file_parses(data_dir: Path) -> None:
    for path in data_dir.rglob("*.json"):
        json.loads(path.read_bytes())


def test_two_processes_logging_at_once_lose_nothing(data_dir: Path) -> None:
    Store.open(data_dir)
    children = [logger(data_dir, 500) for _ in range(2)]
    printed: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        printed += complete_lines(out)

    assert len(printed) == 1000
    store = Store.open(data_dir)
    assert store.calls.count() == 1000
    assert store.calls.ids() == set(printed)
    assert store.problems == []


def test_kill_9_never_loses_a_saved_call_nor_leaves_a_bad_file(data_dir: Path) -> None:
    store = Store.open(data_dir)
    # A busy week already on disk, so a write takes long enough to be hit.
    store.calls.add_many(make_call(MONDAY_W48 + timedelta(minutes=m)) for m in range(400))
    rng = random.Random(20261123)
    saved: list[str] = []
    for _ in range(5):
        child = logger(data_dir, 0)
        assert child.stdout is not None
        for _ in range(rng.randint(3, 40)):
            saved.append(child.stdout.readline().strip())
        # Not a wait for anything: a random offset from the last print, so
        # that the kill lands anywhere in the child's loop, mid-write too.
        time.sleep(rng.uniform(0, 0.02))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        saved += complete_lines(out)

    every_file_parses(data_dir)
    reopened = Store.open(data_dir)
    assert leftovers(data_dir) == []
    assert set(saved) <= reopened.calls.ids()
    assert reopened.problems == []
