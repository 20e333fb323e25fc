"""What the history window shows, read from the store in one go.

``load_history_view_data(store, now, days)`` reads the records and computes
the chart series and the journal entries (``core.series``,
``core.journal``); the window then answers a new range or a new filter from
``data.history`` and ``data.entries`` without reading the store again.

Why the window opens on the last 90 days: reading two years (about 40,000
calls) from the store takes about 0.5 s, the last 90 days about 70 ms, and
the window must be up in 300 ms, pyqtgraph's import included. So it loads
``days=RECENT_DAYS`` first and reads everything (``days=None``) only when
the agent asks for older days: "All time", "This year" before the 90 days,
or a journal start date before them (``covers`` says whether a reload is
needed).

Days are read in each record's own offset (``tz=None``, the core's default)
and ``today`` is ``now``'s date in ``now``'s offset.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from wellbeing.core import journal, series
from wellbeing.core.history import History
from wellbeing.store.store import Store

RECENT_DAYS = 90
"""The window's default range, and the least it loads."""


class Range(StrEnum):
    """The chart ranges the agent chooses from; ``LAST_90`` is the default."""

    LAST_30 = "last_30"
    LAST_90 = "last_90"
    THIS_YEAR = "this_year"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class HistoryViewData:
    """Everything the history window shows when it opens.

    ``recent`` covers the last ``RECENT_DAYS`` days up to ``today`` (the
    window's default range); ``whole`` everything loaded: from the oldest
    record's day (from ``since`` when only recent days were loaded) to
    ``today``; ``entries`` the journal of everything loaded, newest first,
    unfiltered. ``history`` is kept so that a new range or filter needs no
    second read of the store: ``series.series_for(data.history, first,
    last)`` and ``journal.apply(data.entries, Filter(...))``.

    ``complete`` is False when only the last ``days`` days were loaded (see
    ``load_history_view_data``): ``whole`` and ``entries`` then cover only
    those days, from ``since`` on (``since`` is None when complete).
    """

    today: date
    history: History
    recent: series.Series
    whole: series.Series
    entries: list[journal.Entry]
    complete: bool
    since: date | None = None

    def covers(self, first: date) -> bool:
        """Whether the days from ``first`` to ``today`` are all loaded."""
        return self.since is None or first >= self.since


def first_day(history: History, today: date) -> date:
    """The day of the oldest record, or ``today`` for an empty history."""
    kinds = (history.calls, history.breaks, history.prompts, history.reflections, history.checkins)
    oldest = [records[0].at for records in kinds if records]
    return min((series.local_day(at) for at in oldest), default=today)


def load_history_view_data(store: Store, now: datetime, days: int | None = None) -> HistoryViewData:
    """Read the history and compute what the window shows first.

    ``days=None`` reads everything. ``days=N`` reads only the records of
    the last N days (at least ``RECENT_DAYS``; ``series.load_range``),
    about an eighth of the time for two years with N=90: enough for the
    first paint of the default range, with a full load (``days=None``)
    done when the agent asks for older days.
    """
    today = now.date()
    since: date | None = None
    if days is None:
        history = store.history()
    else:
        since = today - timedelta(days=max(days, RECENT_DAYS) - 1)
        start, end = series.load_range(since, today, now.tzinfo or UTC)
        history = series.in_days(store.history(start, end), since, today)
    first = since if since is not None else min(first_day(history, today), today)
    recent_first = today - timedelta(days=RECENT_DAYS - 1)
    recent = series.series_for(history, recent_first, today)
    # With days=90 the two ranges are the same: computed once.
    whole = recent if first == recent_first else series.series_for(history, first, today)
    return HistoryViewData(
        today=today,
        history=history,
        recent=recent,
        whole=whole,
        entries=journal.entries(history),
        complete=days is None,
        since=since,
    )


def without(data: HistoryViewData, kind: str, record_id: str) -> HistoryViewData:
    """``data`` with one record left out, its series and journal built again.

    For after a delete: the store no longer holds the record, and reading
    it again would cost the full load this module avoids. ``kind`` is a
    store repository name (``journal.STORE_KIND``: ``"calls"`` …). Building
    the entries again (not just dropping one) matters for a call: the
    reflections linked to it lose its difficulty and tags.
    """
    kept = tuple(record for record in getattr(data.history, kind) if record.id != record_id)
    history = replace(data.history, **{kind: kept})
    recent = series.series_for(history, data.recent.first, data.recent.last)
    whole = (
        recent
        if data.whole.first == data.recent.first
        else series.series_for(history, data.whole.first, data.whole.last)
    )
    return replace(
        data, history=history, recent=recent, whole=whole, entries=journal.entries(history)
    )


def range_first(chosen: Range, data: HistoryViewData) -> date | None:
    """The first day of a range ending ``data.today``; None for "All time".

    "All time" starts at the oldest record, which only a full load knows.
    """
    today = data.today
    if chosen is Range.LAST_30:
        return today - timedelta(days=29)
    if chosen is Range.LAST_90:
        return today - timedelta(days=RECENT_DAYS - 1)
    if chosen is Range.THIS_YEAR:
        return date(today.year, 1, 1)
    return None


def series_of(chosen: Range, data: HistoryViewData) -> series.Series:
    """The charts' series for a range; ``data`` must cover it (``covers``)."""
    first = range_first(chosen, data)
    if first is None:
        return data.whole
    if first == data.recent.first:
        return data.recent
    return series.series_for(data.history, first, data.today)
