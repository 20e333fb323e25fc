"""Benchmark: ``team report`` over 1,000 pulse files (20 weeks × 50 agents).

Prints:

- the wall time of one ``wellbeing team report --folder DIR --json``
  process, median of 5 (the target is 0.5 s);
- the in-process time to read, validate and aggregate the same folder, and
  to aggregate the already-parsed pulses alone (median of 5 each).

The folder holds a realistic mix: one sub-team folder, and 20 bad files
beside the 1,000 good ones. Run by hand: ``python tests/benchmarks/bench_team.py``.
Not part of the test suite: timings belong in a note, not in assertions.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from wellbeing.core.checkin import Scores
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import make_pulse
from wellbeing.core.team import aggregate_groups
from wellbeing.core.weeks import next_week
from wellbeing.services.team_folder import open_folder, report, scan

WEEKS = 20
AGENTS = 50
RUNS = 5
TARGET_S = 0.5


def fill(root: Path, rng: random.Random) -> int:
    week = "2026-W10"
    count = 0
    for _ in range(WEEKS):
        for agent in range(AGENTS):
            calls = rng.randint(80, 260)
            difficult = rng.randint(0, calls // 5)
            severe = rng.randint(0, difficult // 4)
            indicators = WeeklyIndicators(
                calls=calls,
                difficult=difficult,
                severe=severe,
                max_streak=min(difficult, rng.randint(0, 6)),
                breaks_prompted=rng.randint(0, 12),
                breaks_taken=rng.randint(0, 10),
                breathing_minutes=round(rng.uniform(0, 40), 1),
                mean_stress=rng.choice((None, round(rng.uniform(0, 10), 1))),
                checkin=Scores(*(rng.choice((None, 25.0, 50.0, 62.5)) for _ in range(3))),
            )
            token = f"{rng.getrandbits(128):032x}"
            group = root / "night" if agent < 10 else root
            path = group / week / f"{token}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(make_pulse(indicators, week, token)) + "\n")
            count += 1
        (root / week / f"{'f' * 32}.json").write_text('{"schema": "wellbeing.pulse/1"')
        week = next_week(week)
    return count


def median_time(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "team"
        root.mkdir()
        files = fill(root, random.Random(7))
        command = [sys.executable, "-m", "wellbeing", "team", "report"]
        command += ["--folder", str(root), "--json"]

        def process() -> None:
            subprocess.run(command, check=True, capture_output=True)

        result = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
        shown = sum(week["shown"] for week in result["weeks"])
        wall = median_time(process)
        found = scan(open_folder(str(root)))
        in_process = median_time(lambda: report(str(root)))
        pure = median_time(lambda: aggregate_groups(found.groups, invalid_files=found.invalid))
        print(
            f"{files} pulse files + {result['invalid_files']} invalid, {WEEKS} weeks "
            f"({shown} shown), sub-team of 10"
        )
        print(f"wellbeing team report --json, whole process (median of {RUNS}): {wall:.3f} s")
        print(f"read + validate + aggregate in process (median of {RUNS}):    {in_process:.3f} s")
        print(f"aggregate of parsed pulses alone (median of {RUNS}):          {pure:.3f} s")
        verdict = "within" if wall <= TARGET_S else "OVER"
        print(f"target {TARGET_S} s for the whole process: {verdict}")


if __name__ == "__main__":
    main()
