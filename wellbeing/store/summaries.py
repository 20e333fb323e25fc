"""The week summaries kept beside the records, so ``stats`` reads no record.

``summaries/<kind>.json`` (0600, written atomically) maps each week file's
name to its ``Totals`` and to the file's size, modification time (ns) and
inode when they were taken. A week file whose stat differs (any write
replaces it, so its inode changes) is read again; one that is gone is
dropped. The stat is taken before the file is read, so a write racing with
the read leaves a stale stat, which the next reader rebuilds.

The summaries are derived data: a summary file that cannot be read is
rebuilt, one that cannot be written (a read-only store) is skipped, and
``purge`` removes them with the records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from wellbeing.core.summary import Totals, combine, of_breaks, of_calls, of_prompts, of_reflections
from wellbeing.store.files import dump, read_bounded, write_atomically
from wellbeing.store.layout import SUMMARIES, make_private_dir
from wellbeing.store.repository import RecordRepository

VERSION = 1
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


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(read_bounded(path))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return {}
    weeks = data.get("weeks")
    return weeks if isinstance(weeks, dict) else {}


def week_totals(root: Path, repository: RecordRepository[Any]) -> list[Totals]:
    """The totals of every week file of ``repository``, rebuilding the stale ones."""
    path = root / SUMMARIES / f"{repository.kind}.json"
    cached = _load(path)
    summarize = _SUMMARIZE[repository.kind]
    fresh: dict[str, Any] = {}
    totals: list[Totals] = []
    changed = False
    for monday, week in repository.week_files():
        stamp = _stamp(week)
        entry = cached.get(week.name)
        part: Totals | None = None
        if entry is not None and stamp is not None and entry.get("stamp") == stamp:
            try:
                part = Totals.from_dict(entry["totals"])
            except (KeyError, TypeError):
                part = None
        if part is None:
            part = summarize(repository.read_week(week), monday)
            changed = True
            entry = {"stamp": stamp, "totals": part.to_dict()}
        fresh[week.name] = entry
        totals.append(part)
    if changed or len(fresh) != len(cached):
        _save(path, fresh)
    return totals


def _save(path: Path, weeks: dict[str, Any]) -> None:
    try:
        make_private_dir(path.parent)
        write_atomically(path, dump({"version": VERSION, "weeks": weeks}))
    except OSError:
        pass  # derived data: the next reader rebuilds it


def history_totals(root: Path, repositories: Sequence[RecordRepository[Any]]) -> Totals:
    """The whole history's totals, from the summaries of ``repositories``."""
    return combine(
        part
        for repository in repositories
        if repository.kind in _SUMMARIZE
        for part in week_totals(root, repository)
    )
