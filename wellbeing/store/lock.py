"""The one lock around every change to a data directory.

The tray app, its sharing worker and a ``wellbeing log-call`` from a
softphone script may write at the same moment; TinyDB leaves locking to its
storage, so everything that changes a file in the data directory (records,
settings, the schema, the sharing state, and the removal of temp files a
crash left) holds the operating system's lock on ``<dir>/.lock`` (``os_lock``). Reads take no
lock: files are only ever replaced whole, so a reader sees an old or a new
file, never half of one. That is also why a data directory where the lock
cannot be taken at all (read-only) can still be read.

Every ``StoreLock`` on the same folder shares the lock its thread already
holds, so the lock is reentrant across the store and the sharing state, in
one thread; another thread or process waits.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from wellbeing.store.errors import StoreLocked, StoreReadOnly
from wellbeing.store.layout import LOCK
from wellbeing.store.os_lock import OsLock

LOCK_NAME = LOCK
DEFAULT_TIMEOUT_S = 30.0
"""Long enough for any honest writer (an import of years of history), short
enough that a hung process turns into a clear error instead of a hang."""


@dataclass
class _Held:
    lock: OsLock
    depth: int = 1


class _HeldHere(threading.local):
    """The locks this thread holds, by the lock file's absolute path."""

    def __init__(self) -> None:
        self.locks: dict[str, _Held] = {}


_HERE = _HeldHere()


class StoreLock:
    def __init__(self, folder: Path, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.path = folder / LOCK_NAME
        self._timeout = timeout
        self._key = str(self.path.resolve())  # one lock however the folder was named

    def __enter__(self) -> StoreLock:
        """Raises ``StoreLocked`` after the timeout, ``StoreReadOnly`` if it cannot lock."""
        held = _HERE.locks.get(self._key)
        if held is not None:
            held.depth += 1
            return self
        lock = OsLock(self.path)
        try:
            taken = lock.acquire(self._timeout)
        except OSError as error:
            reason = f"cannot take the lock {self.path} ({error.strerror or error})"
            raise StoreReadOnly(f"{reason}; nothing was saved", reason) from None
        if not taken:
            raise StoreLocked(
                f"another wellbeing process has held {self.path} for too long; try again"
            )
        _HERE.locks[self._key] = _Held(lock)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        held = _HERE.locks[self._key]
        held.depth -= 1
        if held.depth == 0:
            del _HERE.locks[self._key]
            held.lock.release()
