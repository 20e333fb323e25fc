"""An exclusive lock between processes, on one file, from the operating system.

``flock`` on POSIX and ``msvcrt.locking`` on Windows: the lock belongs to
the open file, so the system drops it when the process ends, however it
ends, and a crashed writer never leaves the data directory locked. Two
opens of the same file exclude each other even in one process, so threads
wait for each other as processes do.

Why not the ``filelock`` package: it did this well, but from version 4 it
imports some twenty modules (``logging`` and ``decimal`` among them), a
third of what ``wellbeing log-call`` may spend starting, and the two calls
below are all the app needs of it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from wellbeing.store.files import FILE_MODE

POLL_S = 0.05

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class OsLock:
    """One holder at a time of ``path`` (created with ``mode`` if missing)."""

    def __init__(self, path: Path, mode: int = FILE_MODE) -> None:
        self.path = path
        self._mode = mode
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds (0: do not wait); False if another holds it.

        Raises the ``OSError`` of a file that cannot be opened or locked at all
        (a read-only folder, a directory in its place)."""
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held")
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), self._mode)
        deadline = time.monotonic() + timeout
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(POLL_S)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)
