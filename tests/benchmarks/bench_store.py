"""Benchmark: logging a call stays fast with years of history.

Prints, for histories of 0, 20,000 and 100,000 calls (spread at the
realistic rate of about 20,000 a year, ending now):

- the in-process time to log one call (median and p95 of 200 calls);
- the wall time of one ``wellbeing log-call`` process (median of 15);
- the wall time of ``wellbeing stats --json`` over the whole history.

Run by hand: ``python tests/benchmarks/bench_store.py``. Not part of the
test suite: timings belong in a note, not in assertions.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from wellbeing.core.records import Call, Source, Tag
from wellbeing.store.store import Store

CALLS_PER_YEAR = 20_000
SIZES = (0, 20_000, 100_000)
IN_PROCESS_CALLS = 200
PROCESS_RUNS = 15


def history(count: int, now: datetime, rng: random.Random) -> list[Call]:
    step = timedelta(days=365) / CALLS_PER_YEAR
    tags = list(Tag)
    return [
        Call.create(
            ended_at=now - step * (index + 1),
            difficulty=rng.choice((1, 1, 2, 2, 3, 3, 4, 5)),
            tags=rng.sample(tags, rng.choice((0, 0, 1, 2))),
            duration_s=rng.randint(60, 1800),
            note=rng.choice((None, None, "caller upset about a late refund")),
            source=Source.CLI,
        )
        for index in range(count)
    ]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def in_process(store: Store, now: datetime) -> tuple[float, float]:
    times = []
    for index in range(IN_PROCESS_CALLS):
        call = Call.create(ended_at=now + timedelta(seconds=index), difficulty=3)
        start = time.perf_counter()
        store.calls.add(call)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), percentile(times, 0.95)


def process_wall(data_dir: Path, *args: str, runs: int = PROCESS_RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "wellbeing", "--data-dir", str(data_dir), *args],
            check=True,
            capture_output=True,
        )
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    rng = random.Random(7)
    now = datetime.now().astimezone()
    print(f"wellbeing store benchmark ({CALLS_PER_YEAR:,} calls a year of history)")
    print(
        f"{'history':>9}  {'log in-process median / p95':>28}  {'log-call process':>16}  "
        f"{'stats process':>13}"
    )
    for size in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp)
            store = Store.open(data_dir)
            store.calls.add_many(history(size, now, rng))
            median, p95 = in_process(store, now)
            log_ms = process_wall(data_dir, "log-call", "--difficulty", "3")
            stats_ms = process_wall(data_dir, "stats", "--json", runs=5)
            print(
                f"{size:>9,}  {median:>16.2f} / {p95:5.2f} ms  {log_ms:>13.0f} ms  "
                f"{stats_ms:>10.0f} ms"
            )
    probe = (
        "import sys; from wellbeing.cli import main; import tempfile; "
        "main(['--data-dir', tempfile.mkdtemp(), 'log-call', '--difficulty', '2']); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    print(f"log-call imports PySide6: {imported.stdout.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
