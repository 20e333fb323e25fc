"""The store: one data directory, its repositories, settings and upkeep.

``Store.open(path)`` is the one way in. It makes the directory private,
finishes what a crash interrupted (removes temp files, under the lock) and
migrates the schema, then hands out one ``RecordRepository`` per kind.

Every problem found on the way (a file moved aside, a record skipped) is
passed to ``on_problem`` and kept in ``problems``, once per distinct
message, so the app can tell the user when its UI is ready.

Choices where the design was silent:

- ``purge`` removes the records, their ``*.corrupt-*`` copies and the
  settings, but keeps ``meta.json``: it empties the store, it does not
  forget which schema the directory follows. It removes files one by one,
  so a crash in the middle leaves a smaller but readable store.
- ``import_history`` takes the lock once for the whole import, so a
  concurrent reader-writer never sees half of it merged with new writes
  interleaved; each week file is still written once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from wellbeing.core.history import History
from wellbeing.core.records import Break, Call, CheckIn, Prompt, Reflection
from wellbeing.store.errors import StoreError
from wellbeing.store.layout import (
    KINDS,
    SETTINGS,
    folders,
    make_private_dir,
    private_files,
    temp_files,
)
from wellbeing.store.lock import DEFAULT_TIMEOUT_S, StoreLock
from wellbeing.store.repository import RecordRepository
from wellbeing.store.schema import MIGRATIONS, SCHEMA_VERSION, ensure_schema
from wellbeing.store.storage import AtomicJSONStorage, dump, sync_directory, write_atomically

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
        self.problems: list[str] = []
        report = self._report
        self.calls = RecordRepository(root, "calls", Call, lock=lock, report=report)
        self.breaks = RecordRepository(root, "breaks", Break, lock=lock, report=report)
        self.prompts = RecordRepository(root, "prompts", Prompt, lock=lock, report=report)
        self.reflections = RecordRepository(
            root, "reflections", Reflection, lock=lock, report=report
        )
        self.checkins = RecordRepository(root, "checkins", CheckIn, lock=lock, report=report)

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
        try:
            make_private_dir(root)
            for kind in KINDS:
                make_private_dir(root / kind)
        except OSError as error:
            raise StoreError(f"cannot use {root} as the data directory: {error}") from None
        store = cls(root, StoreLock(root, lock_timeout), on_problem)
        with store._lock:
            for leftover in temp_files(root):
                leftover.unlink(missing_ok=True)
            ensure_schema(root, lock=store._lock, report=store._report)
        return store

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

    def import_history(self, history: History) -> dict[str, int]:
        """Merge ``history`` (validated by the caller); the number added per kind."""
        with self._lock:
            return {
                "calls": self.calls.add_many(history.calls),
                "breaks": self.breaks.add_many(history.breaks),
                "prompts": self.prompts.add_many(history.prompts),
                "reflections": self.reflections.add_many(history.reflections),
                "checkins": self.checkins.add_many(history.checkins),
            }

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
        """Delete every record and the settings; keep the schema version."""
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
        if message in self.problems:
            return
        self.problems.append(message)
        if self._on_problem is not None:
            self._on_problem(message)
