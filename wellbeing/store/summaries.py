"""The week summaries kept beside the records, so ``stats`` reads no record.

``summaries/<kind>.json`` (0600, written atomically) maps each week file's
name to its counts (``Totals``), to the file's size, modification time (ns)
and inode when they were taken, and to where its events lie in
``summaries/<kind>-<token>.events``: every week's events packed as 64-bit
integers, so years of them load as one array, not as Python numbers. The
events file is written first under a new token, then the JSON naming it,
then the old one is removed: a crash leaves the old pair and an unused
events file, which ``purge`` removes with the rest.

A week file whose stat differs (any write replaces it, so its inode
changes) is read again; one that is gone is dropped. The stat is taken
before the file is read, so a write racing with the read leaves a stale
stat, which the next reader rebuilds.

The summaries are derived data: a summary that cannot be read is rebuilt,
one that cannot be written (a read-only store) is skipped, and ``purge``
removes them with the records.
"""

from __future__ import annotations

import json
import secrets
import sys
from array import array
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from wellbeing.core.summary import Totals, combine, of_breaks, of_calls, of_prompts, of_reflections
from wellbeing.store.files import dump, read_bounded, write_atomically
from wellbeing.store.layout import EVENTS_SUFFIX, SUMMARIES, make_private_dir
from wellbeing.store.repository import RecordRepository

VERSION = 3
Summarize = Callable[[Sequence[Any], date], Totals]
_SUMMARIZE: dict[str, Summarize] = {
    "calls": of_calls,
    "breaks": lambda records, _: of_breaks(records),
    "prompts": lambda records, _: of_prompts(records),
    "reflections": lambda records, _: of_reflections(records),
}
KINDS = tuple(_SUMMARIZE)


def _stamp(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino]


def _packed(events: array[int]) -> memoryview:
    if sys.byteorder == "big":
        events = array("q", events)
        events.byteswap()
    return memoryview(events).cast("B")


def _unpacked(data: bytes) -> array[int]:
    events = array("q")
    aligned = len(data) - len(data) % events.itemsize
    events.frombytes(memoryview(data)[:aligned])
    if sys.byteorder == "big":
        events.byteswap()
    return events


class _Cache:
    """One kind's summaries as stored: the week entries and the packed events."""

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder = folder
        self.kind = kind
        self.index = folder / f"{kind}.json"
        self.weeks: dict[str, Any] = {}
        self.events = array("q")
        self.events_name: str | None = None

    def load(self) -> None:
        try:
            data = json.loads(read_bounded(self.index))
            if not isinstance(data, dict) or data.get("version") != VERSION:
                return
            weeks, name = data["weeks"], data["events"]
            events = _unpacked(read_bounded(self.folder / name)) if name else array("q")
        except (OSError, ValueError, KeyError, TypeError):
            return
        if isinstance(weeks, dict):
            self.weeks, self.events, self.events_name = weeks, events, name

    def find(self, name: str, stamp: list[int] | None) -> tuple[Totals, int, int] | None:
        """The stored counts of week file ``name`` and where its events lie, if
        its stamp is still ``stamp``."""
        entry = self.weeks.get(name)
        if stamp is None or not isinstance(entry, dict) or entry.get("stamp") != stamp:
            return None
        try:
            start, length = entry["at"]
            if start < 0 or length < 0 or start + length > len(self.events):
                return None
            return Totals.from_dict(entry["totals"]), start, length
        except (KeyError, TypeError, ValueError):
            return None

    def save(self, weeks: list[_Week], events: array[int]) -> None:
        entries = {
            name: {"stamp": stamp, "totals": part.to_dict(), "at": at}
            for name, stamp, part, at in weeks
        }
        events_name = f"{self.kind}-{secrets.token_hex(4)}{EVENTS_SUFFIX}" if events else None
        try:
            make_private_dir(self.folder)
            if events_name is not None:
                write_atomically(self.folder / events_name, _packed(events))
            write_atomically(
                self.index, dump({"version": VERSION, "weeks": entries, "events": events_name})
            )
        except OSError:
            return  # derived data: the next reader rebuilds it
        if self.events_name is not None and self.events_name != events_name:
            # Only the file this reader replaced: another reader writing at the
            # same moment keeps the one its summaries name.
            (self.folder / Path(self.events_name).name).unlink(missing_ok=True)


_Week = tuple[str, list[int] | None, Totals, list[int]]
"""A week file's name, stamp, counts and [start, length] of its events."""


def week_totals(root: Path, repository: RecordRepository[Any]) -> tuple[list[Totals], array[int]]:
    """The counts of every week file of ``repository``, rebuilding the stale ones,
    and all their events in time order (see ``core.summary``)."""
    cache = _Cache(root / SUMMARIES, repository.kind)
    cache.load()
    summarize = _SUMMARIZE[repository.kind]
    stored = memoryview(cache.events).cast("B")
    size = cache.events.itemsize
    events = array("q")
    weeks: list[_Week] = []
    files = repository.week_files()
    unchanged = len(cache.weeks) == len(files)
    for monday, week in files:
        stamp = _stamp(week)
        found = cache.find(week.name, stamp)
        if found is not None:
            part, start, length = found
            unchanged = unchanged and start == len(events)
            events.frombytes(stored[start * size : (start + length) * size])
        else:
            part = summarize(repository.read_week(week), monday)
            unchanged = False
            length = len(part.events)
            events.extend(part.events)
        weeks.append((week.name, stamp, part, [len(events) - length, length]))
    if not unchanged:
        cache.save(weeks, events)
    del stored
    return [part for _, _, part, _ in weeks], _in_order(events, weeks)


def _in_order(events: array[int], weeks: list[_Week]) -> array[int]:
    """``events`` sorted: each week's are; the weeks overlap only when one was
    read in another UTC offset."""
    ends = [(start, start + length) for _, _, _, (start, length) in weeks if length]
    if any(events[end - 1] > events[start] for (_, end), (start, _) in pairwise(ends)):
        return array("q", sorted(events))
    return events


def history_totals(root: Path, repositories: Sequence[RecordRepository[Any]]) -> Totals:
    """The whole history's counts and events, from the summaries of ``repositories``."""
    parts: list[Totals] = []
    streams: dict[str, array[int]] = {}
    for repository in repositories:
        if repository.kind in _SUMMARIZE:
            counts, streams[repository.kind] = week_totals(root, repository)
            parts += counts
    total = combine(parts)
    total.events = streams.get("calls", array("q"))
    total.break_events = streams.get("breaks", array("q"))
    return total
