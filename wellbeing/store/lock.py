"""The one lock around every change to a data directory.

The tray app, its sharing worker and a ``wellbeing log-call`` from a
softphone script may write at the same moment; TinyDB leaves locking to its
storage, so everything that changes a file in the data directory (records,
settings, the schema, the sharing state, and the removal of temp files a
crash left) holds a ``filelock`` lock on ``<dir>/.lock``. Reads take no
lock: files are only ever replaced whole, so a reader sees an old or a new
file, never half of one. That is also why a data directory where the lock
cannot be taken at all (read-only) can still be read.

Every ``StoreLock`` on the same folder shares one underlying lock in a
process (filelock's singleton), so the lock is reentrant across the store
and the sharing state, in one thread; another thread or process waits.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from wellbeing.store.errors import StoreLocked, StoreReadOnly
from wellbeing.store.files import FILE_MODE
from wellbeing.store.layout import LOCK

LOCK_NAME = LOCK
DEFAULT_TIMEOUT_S = 30.0
"""Long enough for any honest writer (an import of years of history), short
enough that a hung process turns into a clear error instead of a hang."""


class StoreLock:
    def __init__(self, folder: Path, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.path = folder / LOCK_NAME
        self._timeout = timeout
        self._lock = FileLock(self.path, mode=FILE_MODE, is_singleton=True)

    def __enter__(self) -> StoreLock:
        """Raises ``StoreLocked`` after the timeout, ``StoreReadOnly`` if it cannot lock."""
        try:
            self._lock.acquire(timeout=self._timeout)
        except Timeout:
            raise StoreLocked(
                f"another wellbeing process has held {self.path} for too long; try again"
            ) from None
        except OSError as error:
            reason = f"cannot take the lock {self.path} ({error.strerror or error})"
            raise StoreReadOnly(f"{reason}; nothing was saved", reason) from None
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._lock.release()
