"""Benchmark: what the history window needs, over two years of realistic data.

Generates two years of history (``generate_history.generate``: about 40,000
calls, 5,000 breaks, 1,000 reflections, 100 check-ins), writes it into a
store in a temporary directory, and prints the median of 5 runs of:

- (a) reading it all back (``Store.history()``);
- (b) every chart series for the last 90 days and for the whole range;
- (c) building the journal entries, then filtering them by a tag and a date
  range (and, for scale, by text and by every filter at once);
- all of it as the window does it: ``services.history_view.
  load_history_view_data``, over everything and over the last 90 days only
  (what the window reads when it opens);

then the median of 3 fresh processes (offscreen, the QApplication and the
window's module made beforehand, as the running app has them) of:

- (d) opening the ``HistoryWindow``: constructing and showing it until its
  first paint (the journal is ready; the charts say "Drawing your
  charts…"), and until the four charts are drawn, pyqtgraph's first import
  included;
- for comparison, ``import pyqtgraph`` alone in such a process.

Run by hand: ``python tests/benchmarks/bench_history.py [--data-dir DIR]``
(an existing directory is used as it is, e.g. one filled by
``generate_history.py``). Not part of the test suite: timings belong in a
note, not in assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from wellbeing.core import journal, series
from wellbeing.core.records import Tag
from wellbeing.services.history_view import RECENT_DAYS, first_day, load_history_view_data
from wellbeing.store.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_history import generate, write

RUNS = 5
WINDOW_RUNS = 3
T = TypeVar("T")


def median_ms(action: Callable[[], T], runs: int = RUNS) -> tuple[float, T]:
    """The median wall time of ``runs`` calls, in ms, and the last result."""
    times = []
    result: T
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def run(data_dir: Path, now: datetime) -> None:
    store = Store.open(data_dir)
    if store.calls.count() == 0:
        start = time.perf_counter()
        history = generate(now)
        generated = time.perf_counter() - start
        start = time.perf_counter()
        write(store, history)
        if store.problems:
            print("store problems:", *store.problems, sep="\n  ")
        print(f"generated in {generated:.1f} s, written in {time.perf_counter() - start:.1f} s")

    read_ms, history = median_ms(store.history)
    recent_start, recent_end = series.load_range(
        now.date() - timedelta(days=RECENT_DAYS - 1), now.date(), now.tzinfo or UTC
    )
    read_recent_ms, _ = median_ms(lambda: store.history(recent_start, recent_end))
    counts = ", ".join(
        f"{len(getattr(history, kind)):,} {kind}"
        for kind in ("calls", "breaks", "prompts", "reflections", "checkins")
    )
    print(f"history: {counts}")
    today = now.date()
    first = first_day(history, today)
    recent_first = today - timedelta(days=RECENT_DAYS - 1)
    recent_ms, _ = median_ms(lambda: series.series_for(history, recent_first, today))
    whole_ms, whole = median_ms(lambda: series.series_for(history, first, today))
    entries_ms, entries = median_ms(lambda: journal.entries(history))
    by_tag_and_date = journal.Filter(
        start=today - timedelta(days=180),
        end=today - timedelta(days=30),
        tags=frozenset({Tag.ABUSIVE}),
    )
    by_text = journal.Filter(text="Refund")
    everything = journal.Filter(
        start=first,
        end=today,
        difficulties=frozenset({4, 5}),
        tags=frozenset({Tag.ANGRY, Tag.ESCALATED}),
        text="caller",
        kinds=frozenset({"call", "reflection"}),
    )
    filters: Sequence[tuple[str, journal.Filter]] = (
        ("tag + date range", by_tag_and_date),
        ("text 'Refund'", by_text),
        ("every filter", everything),
        ("no filter", journal.Filter()),
    )
    view_ms, _ = median_ms(lambda: load_history_view_data(store, now))
    first_paint_ms, _ = median_ms(lambda: load_history_view_data(store, now, RECENT_DAYS))

    print(f"median of {RUNS} runs, {len(entries):,} journal entries, {len(whole.weeks)} weeks")
    print(f"  (a) Store.history(), two years          {read_ms:8.1f} ms")
    print(f"      for comparison, the last {RECENT_DAYS} days only {read_recent_ms:8.1f} ms")
    print(f"  (b) series, last {RECENT_DAYS} days                 {recent_ms:8.1f} ms")
    print(f"  (b) series, whole range                  {whole_ms:8.1f} ms")
    print(f"  (c) journal.entries()                    {entries_ms:8.1f} ms")
    for label, flt in filters:
        apply_ms, kept = median_ms(lambda flt=flt: journal.apply(entries, flt))  # type: ignore[misc]
        print(f"  (c) apply: {label:<28}  {apply_ms:8.1f} ms  ({len(kept):,} kept)")
    print(f"  load_history_view_data (a+b+c)           {view_ms:8.1f} ms")
    print(f"  load_history_view_data(days={RECENT_DAYS})         {first_paint_ms:8.1f} ms")
    window_bench(data_dir, now)


WINDOW_CHILD = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import datetime
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from wellbeing.ui.theme import apply_theme
colors = apply_theme(app, "light")
class FakeClock:
    def __init__(self, now):
        self.now = lambda: now
from wellbeing.store.store import Store
from wellbeing.services.records import Records
from wellbeing.ui.history.history_window import HistoryWindow
store = Store.open(sys.argv[1])
clock = FakeClock(datetime.fromisoformat(sys.argv[2]))
assert "pyqtgraph" not in sys.modules
marks = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in marks:
            marks["painted"] = time.perf_counter()
        return False

spy = FirstPaint()
start = time.perf_counter()
window = HistoryWindow(Records(store), clock, colors=colors)
window.installEventFilter(spy)
window.show()
while window.charts is None:
    app.processEvents()
window.repaint()
done = time.perf_counter()
print(json.dumps({"shown": (marks["painted"] - start) * 1000, "charts": (done - start) * 1000}))
"""

IMPORT_CHILD = """
import json, os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
start = time.perf_counter()
import pyqtgraph
print(json.dumps({"import": (time.perf_counter() - start) * 1000}))
"""


def child(script: str, *args: str) -> dict[str, float]:
    """Run ``script`` in a fresh Python; the numbers it prints as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def window_bench(data_dir: Path, now: datetime) -> None:
    """(d): the window opened in fresh processes, median of ``WINDOW_RUNS``."""
    runs = [child(WINDOW_CHILD, str(data_dir), now.isoformat()) for _ in range(WINDOW_RUNS)]
    imports = [child(IMPORT_CHILD)["import"] for _ in range(WINDOW_RUNS)]
    shown = statistics.median(run["shown"] for run in runs)
    charts = statistics.median(run["charts"] for run in runs)
    print(f"median of {WINDOW_RUNS} fresh processes, offscreen")
    print(f"  (d) HistoryWindow shown (first paint)    {shown:8.1f} ms")
    print(f"  (d) ... and its four charts drawn        {charts:8.1f} ms  (target 300 ms)")
    print(f"      for comparison, import pyqtgraph     {statistics.median(imports):8.1f} ms")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="an existing store (default: a new one)")
    parser.add_argument("--now", help="ISO time the generated history ends at (default: now)")
    args = parser.parse_args(argv)
    zone = ZoneInfo("Europe/Berlin")
    now = datetime.fromisoformat(args.now) if args.now else datetime.now(zone)
    if now.tzinfo is None:
        now = now.replace(tzinfo=zone)
    if args.data_dir is not None:
        run(args.data_dir, now)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp), now)
    return 0


if __name__ == "__main__":
    sys.exit(main())
