"""A TinyDB storage that never leaves a half-written or unreadable file behind.

TinyDB's own ``JSONStorage`` rewrites its file in place and truncates
afterwards, so a kill at the wrong moment leaves a file that no longer
parses (STACK-NOTES.md). ``AtomicJSONStorage`` subclasses TinyDB's public
``Storage`` and writes through ``files.write_atomically`` instead: a
reader, or the next start after a crash, sees either the old file or the
new one, never a mix. It reads through ``files.read_bounded``: only a
regular file, never more than a limit.

A file that does not parse is never overwritten or dropped: it is moved
aside to ``<name>.corrupt-<YYYYmmddTHHMMSS>``, the move is reported through
``on_problem``, and the storage reads as empty, so the app goes on with what
it can read and the user can still recover the bytes by hand. A file that
cannot be read at all (a folder, a device, no permission), or a bad file
that cannot be moved aside (a read-only folder), raises ``UnreadableFile``
and stays where it is: a reader reports it and skips it, a writer stops
before it could overwrite what it could not read.

The storage itself takes no lock for writes: the caller holds the store's
lock around every read-modify-write. It takes that lock only to move a
corrupt file aside, because a reader may find one without holding it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from wellbeing.store.errors import StoreError, UnreadableFile
from wellbeing.store.files import (
    CORRUPT_MARK,
    FILE_MODE,
    TEMP_MARK,
    atomic_write_text,
    dump,
    is_temp_name,
    move_aside,
    read_bounded,
    sync_directory,
    temp_name,
    write_atomically,
)

__all__ = [
    "CORRUPT_MARK",
    "FILE_MODE",
    "TEMP_MARK",
    "AtomicJSONStorage",
    "Check",
    "Report",
    "atomic_write_text",
    "dump",
    "is_temp_name",
    "move_aside",
    "sync_directory",
    "temp_name",
    "write_atomically",
]

Report = Callable[[str], None]
Check = Callable[[dict[str, Any]], str | None]
"""Looks at parsed data; returns why it is unusable, or None when it is fine."""

_log = logging.getLogger(__name__)


class AtomicJSONStorage(Storage):
    """Whole-file JSON storage for TinyDB with atomic replace and quarantine.

    ``TinyDB(path, storage=AtomicJSONStorage, on_problem=..., lock=...)``
    passes the keyword arguments through. ``root`` only shortens the paths
    in reports (``calls/2026-W47.json`` rather than an absolute path);
    ``check`` lets a caller refuse valid JSON of the wrong shape, which is
    then treated like a file that does not parse.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        on_problem: Report | None = None,
        lock: AbstractContextManager[object] | None = None,
        root: Path | None = None,
        check: Check | None = None,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self._on_problem = on_problem
        self._lock = lock
        self._root = root
        self._check = check

    @property
    def label(self) -> str:
        """The file's path for a person: relative to the data directory when known."""
        return self._label(self.path)

    def read(self) -> dict[str, Any] | None:
        """The file's data; None when it is missing, empty or was moved aside.

        Raises ``UnreadableFile`` when it can neither be read nor moved aside.
        """
        data, problem = self._load()
        if problem is None:
            return data
        try:
            with self._lock if self._lock is not None else nullcontext():
                data, problem = self._load()  # another process may have dealt with it
                if problem is None:
                    return data
                target = move_aside(self.path, datetime.now())
        except (OSError, StoreError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            raise UnreadableFile(
                f"cannot read {self.label} ({problem}) nor move it aside ({reason})"
            ) from None
        self._report(
            f"moved unreadable file {self.label} aside to {self._label(target)} ({problem})"
        )
        return None

    def write(self, data: dict[str, Any]) -> None:
        write_atomically(self.path, dump(data))

    def close(self) -> None:
        """Nothing stays open between reads and writes."""

    def _load(self) -> tuple[dict[str, Any] | None, str | None]:
        try:
            raw = read_bounded(self.path)
        except FileNotFoundError:
            return None, None
        except OSError as error:
            raise UnreadableFile(f"cannot read {self.label} ({error.strerror or error})") from None
        if not raw.strip():
            return None, None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError) as error:
            return None, f"not valid JSON: {error}"
        if not isinstance(data, dict):
            return None, f"not a JSON object but {type(data).__name__}"
        problem = self._check(data) if self._check is not None else None
        return (None, problem) if problem else (data, None)

    def _label(self, path: Path) -> str:
        if self._root is not None and path.is_relative_to(self._root):
            return path.relative_to(self._root).as_posix()
        return str(path)

    def _report(self, message: str) -> None:
        if self._on_problem is None:
            _log.warning("%s", message)
        else:
            self._on_problem(message)
