"""The store: one data directory, its repositories, settings and upkeep.

``Store.open(path)`` is the one way in. It makes the directory private,
finishes what a crash interrupted (removes temp files, under the lock) and
migrates the schema, then hands out one ``RecordRepository`` per kind.

Every problem found on the way (a file moved aside, a record skipped) is
passed to ``on_problem``, once per distinct message for the life of the
store: the caller decides where it goes (stderr for the command line, the
app's message channel for the tray). Nothing is kept for anyone to read
later.

Choices where the design was silent:

- ``purge`` removes the records, the week summaries, the settings, the
  reflection drafts, the end-of-shift rest and every ``*.corrupt-*`` copy
  (the list, and why each kept file stays, is ``layout.private_files``'),
  but keeps ``meta.json``: it empties the store, it does not forget which
  schema the directory follows. It removes files one by one, so a crash in
  the middle leaves a smaller but readable store.
- ``import_history`` takes the lock once for the whole import, so a
  concurrent reader-writer never sees half of it merged with new writes
  interleaved; each week file is still written once. It is not all or
  nothing across files: if a write fails (a full disk) it raises
  ``ImportInterrupted`` saying how many records were imported, and since
  ids already stored are skipped, running the same import again finishes
  it without a duplicate.
- A directory where the lock cannot be taken (read-only, or ``.lock`` made
  a folder) is opened for reading: the problem is reported, temp files and
  migrations wait, and every write raises ``StoreReadOnly``. A directory
  that still needs a migration is refused instead, since this version
  cannot read it as it is.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing.core.history import History
from wellbeing.core.records import Break, Call, CheckIn, Prompt, Reflection
from wellbeing.store.errors import ImportInterrupted, StoreError, StoreReadOnly
from wellbeing.store.layout import (
    KINDS,
    SETTINGS,
    folders,
    make_private_dir,
    private_files,
    temp_files,
)
from wellbeing.store.lock import DEFAULT_TIMEOUT_S, StoreLock
from wellbeing.store.repository import RecordRepository, WriteInterrupted
from wellbeing.store.schema import MIGRATIONS, SCHEMA_VERSION, check_schema, ensure_schema
from wellbeing.store.storage import AtomicJSONStorage, dump, sync_directory, write_atomically

if TYPE_CHECKING:
    from wellbeing.core.summary import Totals

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Store", "StoreError"]


class Store:
    def __init__(
        self,
        root: Path,
        lock: StoreLock,
        on_problem: Callable[[str], None] | None,
    ) -> None:
        """Use ``Store.open``: this does no I/O and no upkeep."""
        self._root = root
        self._lock = lock
        self._on_problem = on_problem
        self._reported: set[str] = set()
        report = self._report

        self.calls = RecordRepository(
            root, "calls", Call, lock=lock, report=report, at_field="ended_at"
        )
        self.breaks = RecordRepository(
            root, "breaks", Break, lock=lock, report=report, at_field="started_at"
        )
        self.prompts = RecordRepository(
            root, "prompts", Prompt, lock=lock, report=report, at_field="created_at"
        )
        self.reflections = RecordRepository(
            root, "reflections", Reflection, lock=lock, report=report, at_field="created_at"
        )
        self.checkins = RecordRepository(
            root, "checkins", CheckIn, lock=lock, report=report, at_field="created_at"
        )

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        on_problem: Callable[[str], None] | None = None,
        *,
        lock_timeout: float = DEFAULT_TIMEOUT_S,
    ) -> Store:
        """Open (creating if needed) the data directory at ``path``.

        Raises ``StoreError`` if the directory cannot be used or was written
        by a newer version, ``StoreLocked`` if another process holds the lock
        past ``lock_timeout`` seconds.
        """
        root = Path(path)
        store = cls(root, StoreLock(root, lock_timeout), on_problem)
        store._make_folders()
        try:
            with store._lock:
                for leftover in temp_files(root):
                    leftover.unlink(missing_ok=True)
                ensure_schema(root, lock=store._lock, report=store._report)
        except StoreReadOnly as error:
            store._report(f"{root} is open for reading only: {error.reason}; nothing can be saved")
            check_schema(root, report=store._report)
        return store

    def _make_folders(self) -> None:
        """Create the layout, or narrow its permissions; what cannot be done on a
        read-only directory is left for the writes that will then fail."""
        try:
            make_private_dir(self._root)
        except OSError as error:
            if not self._root.is_dir():
                raise StoreError(
                    f"cannot use {self._root} as the data directory: {error}"
                ) from None
        for kind in KINDS:
            try:
                make_private_dir(self._root / kind)
            except OSError as error:
                if error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                    self._report(f"cannot use the folder {kind} ({error.strerror or error})")

    @property
    def data_dir(self) -> Path:
        return self._root

    def history(self, start: datetime | None = None, end: datetime | None = None) -> History:
        """The records with ``start <= at < end`` (all of them by default)."""
        return History.of(
            calls=self.calls.between(start, end),
            breaks=self.breaks.between(start, end),
            prompts=self.prompts.between(start, end),
            reflections=self.reflections.between(start, end),
            checkins=self.checkins.between(start, end),
        )

    def totals(self) -> Totals:
        """The whole history's totals from the week summaries (see ``summaries``)."""
        from wellbeing.store.summaries import history_totals

        kinds = (self.calls, self.breaks, self.prompts, self.reflections)
        return history_totals(self._root, kinds)

    def import_history(self, history: History) -> dict[str, int]:
        """Merge ``history`` (validated by the caller); the number added per kind.

        Raises ``ImportInterrupted`` if a write fails part way.
        """
        repositories = (self.calls, self.breaks, self.prompts, self.reflections, self.checkins)
        added: dict[str, int] = {}
        with self._lock:
            for repository in repositories:
                records = getattr(history, repository.kind)
                try:
                    added[repository.kind] = repository.add_many(records)
                except WriteInterrupted as stop:
                    done = sum(added.values()) + stop.added
                    raise ImportInterrupted(_interrupted(done, history, stop.error), done) from None
        return added

    def load_settings(self) -> dict[str, Any]:
        """The stored settings dict as saved; {} when none is stored."""
        return self._settings_storage().read() or {}

    def save_settings(self, data: dict[str, Any]) -> None:
        if not isinstance(data, dict):
            raise TypeError(f"settings must be a dict, got {type(data).__name__}")
        payload = dump(data)  # fails before any file is touched if not JSON-able
        with self._lock:
            write_atomically(self._root / SETTINGS, payload)

    def purge(self) -> None:
        """Delete every file ``layout.private_files`` lists, under the lock.

        The records, their summaries, the settings, the reflection drafts,
        the end-of-shift rest and every unreadable copy go; ``meta.json``,
        the lock files and the API token stay, and so does ``sharing.json``,
        which the sharing service deletes once it has withdrawn the pulses
        (``SharingService.retract_all``: call it first). Each folder is
        synced after, so the removals survive a power cut.
        """
        with self._lock:
            for path in list(private_files(self._root)):
                path.unlink(missing_ok=True)
            for folder in folders(self._root):
                sync_directory(folder)

    def _settings_storage(self) -> AtomicJSONStorage:
        return AtomicJSONStorage(
            self._root / SETTINGS, on_problem=self._report, lock=self._lock, root=self._root
        )

    def _report(self, message: str) -> None:
        if message in self._reported:
            return
        self._reported.add(message)
        if self._on_problem is not None:
            self._on_problem(message)


def _interrupted(done: int, history: History, error: OSError) -> str:
    total = sum(len(getattr(history, kind)) for kind in KINDS)
    full = error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    reason = "the disk is full" if full else f"a write failed ({error.strerror or error})"
    return (
        f"imported {done} of {total} records; {reason}; "
        "run the same import again to finish — nothing will be duplicated"
    )
