"""The stored records of one kind (calls, breaks, …), one file per ISO week.

Writing touches only the week file of the record's ``at``, under the
store's lock: logging a call costs one read and one write of a file of a
few hundred records, whatever the length of the history. Reading takes no
lock and opens only the week files that a time range can touch.

A record that fails validation when read back (hand-edited, or written by a
future version) is skipped and reported, never a crash: the rest of the
history stays usable. It stays in its file untouched.

Choices where the design was silent:

- Ids are unique across the whole store. ``add_many`` (an import) skips
  every id already stored, in any week, so an import can be run twice and
  an export always imports into a fresh store. ``add`` refuses an id
  already stored in the record's week (``DuplicateRecord``) and does not
  read the other weeks: its records come with fresh random ids, and
  logging a call must not cost a read of the whole history.
- ``add_many`` writes one week file at a time; if one write fails (a full
  disk) it raises ``WriteInterrupted`` with the number of records in the
  files already written, so the caller can say exactly how far it got.
- A record outside the window the store keeps (``weeks``) is refused with
  ``InvalidInput`` before anything is written. A week file outside it is
  reported and never read, and so is a record dated outside its own week
  file (hand-edited), since reading it could overflow a date computation.
- ``update`` of a record whose ``at`` moved to another week writes the new
  week first and then removes the old copy: a crash in between leaves the
  record twice, never nowhere.
- ``ids`` and ``count`` read documents as stored, without validating them:
  they answer "what is on disk", fast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from wellbeing.core.records import Break, Call, CheckIn, Prompt, Reflection
from wellbeing.store.errors import DuplicateRecord, RecordNotFound
from wellbeing.store.lock import StoreLock
from wellbeing.store.storage import Report
from wellbeing.store.weekfile import WeekFile
from wellbeing.store.weeks import in_window, overlaps, week_file_name, week_monday

R = TypeVar("R", Call, Break, Prompt, Reflection, CheckIn)


class WriteInterrupted(Exception):
    """A write of ``add_many`` failed after ``added`` records had been stored."""

    def __init__(self, added: int, error: OSError) -> None:
        super().__init__(added, error)
        self.added = added
        self.error = error


class RecordRepository(Generic[R]):
    def __init__(
        self,
        root: Path,
        kind: str,
        record_type: type[R],
        *,
        lock: StoreLock,
        report: Report,
        at_field: str,
    ) -> None:
        """``at_field`` is the stored field that holds a record's ``at``."""
        self.kind = kind
        self.folder = root / kind
        self._root = root
        self._record_type: type[R] = record_type
        self._at_field = at_field
        self._lock = lock
        self._report = report

    # --- writing (always under the lock) --------------------------------------

    def add(self, record: R) -> None:
        """Store a new record; ``DuplicateRecord`` if its id is already stored."""
        with self._lock:
            added = self._file(self._path_of(record)).merge([record.to_dict()])
        if not added:
            raise DuplicateRecord(f"{self.kind}: a record with id {record.id} is already stored")

    def add_many(self, records: Iterable[R]) -> int:
        """Store the records whose ids are not stored yet, in any week; one write
        per week file. Raises ``WriteInterrupted`` if a write fails part way."""
        by_week: defaultdict[Path, list[dict[str, Any]]] = defaultdict(list)
        for record in records:
            by_week[self._path_of(record)].append(record.to_dict())
        added = 0
        with self._lock:
            present = self.ids()
            for path, docs in sorted(by_week.items()):
                new = [doc for doc in docs if doc["id"] not in present]
                present |= {doc["id"] for doc in new}
                if not new:
                    continue
                try:
                    added += self._file(path).merge(new)
                except OSError as error:
                    raise WriteInterrupted(added, error) from error
        return added

    def update(self, record: R) -> None:
        """Replace the stored record with ``record.id``; ``RecordNotFound`` if none."""
        target = self._path_of(record)
        with self._lock:
            if self._file(target).replace(record.to_dict()):
                return
            for path in self._paths():
                if path != target and record.id in self._file(path).ids():
                    self._file(target).merge([record.to_dict()])
                    self._file(path).drop(record.id)
                    return
        raise RecordNotFound(f"{self.kind}: no record with id {record.id}")

    def delete(self, record_id: str) -> bool:
        """Remove the record with this id; whether there was one."""
        with self._lock:
            return any(self._file(path).drop(record_id) for path in reversed(self._paths()))

    # --- reading (no lock: files are replaced whole) -----------------------------

    def all(self) -> list[R]:
        """Every readable record, oldest first."""
        return self._read(self._paths())

    def between(self, start: datetime | None, end: datetime | None) -> list[R]:
        """The records with ``start <= at < end``, oldest first; either bound may be None."""
        for bound in (start, end):
            if bound is not None and bound.utcoffset() is None:
                raise ValueError(f"{self.kind}: a time range needs UTC offsets, got {bound}")
        paths = [path for monday, path in self._weeks() if overlaps(monday, start, end)]
        return [
            record
            for record in self._read(paths, partial(self._may_fall_in, start, end))
            if (start is None or record.at >= start) and (end is None or record.at < end)
        ]

    def _may_fall_in(self, start: datetime | None, end: datetime | None, doc: Any) -> bool:
        """Whether a stored record may lie in the range, from its time alone: the
        rest of a week is not built (``log-call`` reads five minutes of a week of
        hundreds of calls). A time that cannot be read is left to ``from_dict``,
        which reports it."""
        try:
            at = datetime.fromisoformat(doc[self._at_field])
        except (KeyError, TypeError, ValueError, IndexError):
            return True
        if at.utcoffset() is None:
            return True
        return (start is None or at >= start) and (end is None or at < end)

    def ids(self) -> set[str]:
        found: set[str] = set()
        for path in self._paths():
            found |= self._file(path).ids()
        return found

    def count(self) -> int:
        return sum(len(self._file(path).documents()) for path in self._paths())

    def week_files(self) -> list[tuple[date, Path]]:
        """The week files, with the Monday of their week, oldest first."""
        return self._weeks()

    def read_week(self, path: Path) -> list[R]:
        """The readable records of one week file, oldest first, as ``all`` reads them."""
        return self._read([path])

    # --- files ------------------------------------------------------------------

    def _path_of(self, record: R) -> Path:
        return self.folder / week_file_name(record.at)

    def _weeks(self) -> list[tuple[date, Path]]:
        """The week files inside the window with their Mondays, oldest first."""
        try:
            entries = list(self.folder.iterdir())
        except FileNotFoundError:
            return []
        except OSError as error:
            self._report(f"cannot list {self.kind} ({error.strerror or error}); skipped it")
            return []
        weeks: list[tuple[date, Path]] = []
        for path in entries:
            monday = week_monday(path.name)
            if monday is None:
                continue
            if in_window(monday):
                weeks.append((monday, path))
            else:
                self._report(
                    f"skipped {self._label(path)}: a week outside the years the store keeps"
                )
        return sorted(weeks)

    def _paths(self) -> list[Path]:
        return [path for _, path in self._weeks()]

    def _file(self, path: Path) -> WeekFile:
        return WeekFile(path, report=self._report, lock=self._lock, root=self._root)

    def _label(self, path: Path) -> str:
        return path.relative_to(self._root).as_posix()

    def _read(self, paths: Iterable[Path], wanted: Callable[[Any], bool] | None = None) -> list[R]:
        records: list[R] = []
        for path in paths:
            for doc in self._file(path).documents():
                if wanted is not None and not wanted(doc):
                    continue
                try:
                    record = self._record_type.from_dict(doc)
                    if week_file_name(record.at) != path.name:
                        raise ValueError(f"dated {record.at.isoformat()}, outside this week")
                except (ValueError, TypeError) as error:
                    self._report(f"skipped an unreadable record in {self._label(path)}: {error}")
                    continue
                records.append(record)
        records.sort(key=lambda record: record.at)
        return records
