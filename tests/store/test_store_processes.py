"""Real processes against one data directory: two writers at once lose nothing.

Each child logs calls through the public ``Store`` API and prints a call's
id only after ``add`` has returned, i.e. once the call was reported saved.
(Kills are tested step by step in test_crash_points.py.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
count = int(sys.argv[2])
start = datetime(2026, 11, 23, 9, tzinfo=timezone(timedelta(hours=1)))
index = 0
while index < count:
    call = Call.create(ended_at=start + timedelta(minutes=17 * index), difficulty=1 + index % 5,
                       note="x" * (index % 40) or None)
    store.calls.add(call)
    print(call.id, flush=True)
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
    problems: list[str] = []
    store = Store.open(data_dir, on_problem=problems.append)
    assert store.calls.count() == 1000
    assert store.calls.ids() == set(printed)
    assert problems == []


SHARER = """
import sys
from pathlib import Path
from wellbeing.store.sharing_state import Enrolled, SharingState, SharingStateFile

state_file = SharingStateFile(Path(sys.argv[1]))
hub = Enrolled("https://hub.example", "wba_x", "Works council", "support", 5)
for index in range(int(sys.argv[2])):
    with state_file.locked():
        state_file.save(SharingState(hub if index % 2 == 0 else None))
print("done", flush=True)
"""


def test_sharing_and_opening_the_store_at_once_never_trip_over_temp_files(
    data_dir: Path,
) -> None:
    """``share on/off`` in a loop beside ``stats`` in a loop (issue 10, defect 9)."""
    Store.open(data_dir)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), *sys.path]))}
    sharer = subprocess.Popen(
        [sys.executable, "-c", SHARER, str(data_dir), "300"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    while sharer.poll() is None:
        Store.open(data_dir).history()
    out, err = sharer.communicate(timeout=120)
    assert (sharer.returncode, out) == (0, "done\n"), err
