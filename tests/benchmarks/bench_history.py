"""Benchmark: what the history window needs, over two years of realistic data.

Generates two years of history (``generate_history.generate``: about 40,000
calls, 5,000 breaks, 1,000 reflections, 100 check-ins), writes it into a
store in a temporary directory, and prints the median of 5 runs of:

- (a) reading it all back (``Store.history()``);
- (b) every chart series for the last 90 days and for the whole range;
- (c) building the journal entries, then filtering them by a tag and a date
  range (and, for scale, by text and by every filter at once);
- all of it as the window will do it: ``load_history_view_data``, over
  everything and over the last 90 days only (a first paint).

Run by hand: ``python tests/benchmarks/bench_history.py [--data-dir DIR]``
(an existing directory is used as it is, e.g. one filled by
``generate_history.py``). Not part of the test suite: timings belong in a
note, not in assertions.

``load_history_view_data`` is the window's loader, kept here until the
window lands: it belongs next to the window (it reads the store, so not in
``core``), and the window's benchmark adds the time to open the window on
top of it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from wellbeing.core import journal, series
from wellbeing.core.history import History
from wellbeing.core.records import Tag
from wellbeing.store.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_history import generate, write

RUNS = 5
RECENT_DAYS = 90
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class HistoryViewData:
    """Everything the history window shows when it opens.

    ``recent`` covers the last ``RECENT_DAYS`` days up to ``today`` (the
    window's default range); ``whole`` the first loaded record's day to
    ``today``; ``entries`` the journal of everything loaded, newest first,
    unfiltered. ``history`` is kept so that a new range or filter needs no
    second read of the store: ``series.series_for(data.history, first,
    last)`` and ``journal.apply(data.entries, Filter(...))``.

    ``complete`` is False when only the last ``days`` days were loaded (see
    ``load_history_view_data``): ``whole`` and ``entries`` then cover only
    those days.
    """

    today: date
    history: History
    recent: series.Series
    whole: series.Series
    entries: list[journal.Entry]
    complete: bool


def first_day(history: History, today: date) -> date:
    """The day of the oldest record, or ``today`` for an empty history."""
    kinds = (history.calls, history.breaks, history.prompts, history.reflections, history.checkins)
    oldest = [records[0].at for records in kinds if records]
    return min((series.local_day(at) for at in oldest), default=today)


def load_history_view_data(store: Store, now: datetime, days: int | None = None) -> HistoryViewData:
    """Read the history and compute what the window shows first.

    ``days=None`` reads everything. ``days=N`` reads only the records of
    the last N days (``series.load_range``), about an eighth of the time
    for two years with N=90: enough for the first paint of the default
    range, with the full load (``days=None``) done after it.

    Days are read in each record's own offset (``tz=None``, the core's
    default) and ``today`` is ``now``'s date in ``now``'s offset.
    """
    today = now.date()
    if days is None:
        history = store.history()
    else:
        since = today - timedelta(days=max(days, RECENT_DAYS) - 1)
        start, end = series.load_range(since, today, now.tzinfo or UTC)
        history = series.in_days(store.history(start, end), since, today)
    first = min(first_day(history, today), today)
    return HistoryViewData(
        today=today,
        history=history,
        recent=series.series_for(history, today - timedelta(days=RECENT_DAYS - 1), today),
        whole=series.series_for(history, first, today),
        entries=journal.entries(history),
        complete=days is None,
    )


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
