"""The one lock around every read-modify-write of a data directory.

The tray app and a ``wellbeing log-call`` from a softphone script may write
at the same moment; TinyDB leaves locking to its storage, so the store takes
a ``filelock`` lock on ``<dir>/.lock`` around every change. Reads take no
lock: files are only ever replaced whole, so a reader sees an old or a new
file, never half of one.

A ``StoreLock`` is reentrant (a store-wide operation such as an import holds
it while each repository takes it again), and every part of one store must
share the same instance: two locks on the same file in one process would
wait on each other.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from wellbeing.store.errors import StoreLocked
from wellbeing.store.storage import FILE_MODE

LOCK_NAME = ".lock"
DEFAULT_TIMEOUT_S = 30.0
"""Long enough for any honest writer (an import of years of history), short
enough that a hung process turns into a clear error instead of a hang."""


class StoreLock:
    def __init__(self, folder: Path, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.path = folder / LOCK_NAME
        self._lock = FileLock(self.path, timeout=timeout, mode=FILE_MODE)

    def __enter__(self) -> StoreLock:
        try:
            self._lock.acquire()
        except Timeout:
            raise StoreLocked(
                f"another wellbeing process has held {self.path} for too long; try again"
            ) from None
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._lock.release()
