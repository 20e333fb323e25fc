"""Benchmark: logging a call and ``stats`` stay fast with years of history.

Prints, for histories of 0, 20,000, 100,000 and 500,000 calls (spread at
the realistic rate of about 20,000 a year, ending now):

- the in-process time to log one call (median and p95 of 200 calls);
- the wall time of one ``wellbeing log-call`` process (median of 15), and
  of ``wellbeing --version`` for comparison;
- ``wellbeing stats --json`` over the whole history: the first run, which
  builds the week summaries, then the median wall time and the peak RSS of
  the next runs, which read them (after a call was logged, so one week is
  rebuilt each time, as in real use).

Run by hand: ``python tests/benchmarks/bench_store.py``. Not part of the
test suite: timings belong in a note, not in assertions.
"""

from __future__ import annotations

import argparse
import os
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
SIZES = (0, 20_000, 100_000, 500_000)
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


def run_once(data_dir: Path, *args: str) -> tuple[float, float, float]:
    """Wall time (ms), peak RSS (MB) and CPU time (user + system, ms) of one
    ``wellbeing`` process: on a shared machine the CPU time says what the wall
    time would be on an idle one."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "wellbeing", "--data-dir", str(data_dir), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"wellbeing {' '.join(args)} failed with {child.returncode}")
    return elapsed, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000


def process_wall(data_dir: Path, *args: str, runs: int = PROCESS_RUNS) -> tuple[float, float]:
    """Median wall and median CPU time (ms) of ``runs`` processes."""
    done = [run_once(data_dir, *args) for _ in range(runs)]
    return statistics.median(d[0] for d in done), statistics.median(d[2] for d in done)


def stats_runs(data_dir: Path, runs: int = 5) -> tuple[float, float, float, float]:
    """First ``stats --json`` (builds the summaries) in ms, then the median wall
    ms, median CPU ms and highest peak RSS (MB) of ``runs`` more, each after one
    more call."""
    first = run_once(data_dir, "stats", "--json")[0]
    done = []
    for _ in range(runs):
        run_once(data_dir, "log-call", "--difficulty", "4")
        done.append(run_once(data_dir, "stats", "--json"))
    return (
        first,
        statistics.median(d[0] for d in done),
        statistics.median(d[2] for d in done),
        max(d[1] for d in done),
    )


def fill(data_dir: Path, size: int, now: datetime) -> None:
    """Write the history in a child process: a parent grown by half a million
    records would lend its size to every child's peak RSS (a fork copies it)."""
    code = (
        "import random, sys; from datetime import datetime; "
        "sys.path.insert(0, sys.argv[1]); from bench_store import history; "
        "from wellbeing.store.store import Store; "
        "Store.open(sys.argv[2]).calls.add_many("
        "history(int(sys.argv[3]), datetime.fromisoformat(sys.argv[4]), random.Random(7)))"
    )
    here = str(Path(__file__).parent)
    subprocess.run(
        [sys.executable, "-c", code, here, str(data_dir), str(size), now.isoformat()], check=True
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=lambda text: [int(size) for size in text.split(",")],
        default=list(SIZES),
        help="comma-separated history sizes (default: 0,20000,100000,500000)",
    )
    sizes = parser.parse_args().sizes
    now = datetime.now().astimezone()
    print(f"wellbeing store benchmark ({CALLS_PER_YEAR:,} calls a year of history)")
    with tempfile.TemporaryDirectory() as tmp:
        version_ms, version_cpu = process_wall(Path(tmp), "--version")
    print(f"wellbeing --version process: {version_ms:.0f} ms wall, {version_cpu:.0f} ms CPU")
    if sys.flags.dont_write_bytecode:
        print("(PYTHONDONTWRITEBYTECODE is set: each process compiles its modules again)")
    print(
        f"{'history':>9}  {'log in-process median / p95':>28}  "
        f"{'log-call process wall / CPU':>28}  {'stats first':>11}  "
        f"{'stats wall / CPU':>17}  {'stats peak RSS':>14}"
    )
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp)
            fill(data_dir, size, now)
            store = Store.open(data_dir)
            median, p95 = in_process(store, now)
            log_ms, log_cpu = process_wall(data_dir, "log-call", "--difficulty", "3")
            first_ms, stats_ms, stats_cpu, peak_mb = stats_runs(data_dir)
            print(
                f"{size:>9,}  {median:>16.2f} / {p95:5.2f} ms  "
                f"{log_ms:>5.0f} ({log_ms / version_ms:.2f}x) / {log_cpu:>4.0f} ms "
                f"({log_cpu / version_cpu:.2f}x)  {first_ms:>8.0f} ms  "
                f"{stats_ms:>5.0f} / {stats_cpu:>4.0f} ms  {peak_mb:>11.1f} MB",
                flush=True,
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
