"""The operating system's lock: one holder at a time, across opens, threads and
processes, and given back by the system when its holder dies."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from wellbeing.store.errors import StoreLocked, StoreReadOnly
from wellbeing.store.lock import StoreLock
from wellbeing.store.os_lock import OsLock

HOLDER = """
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from wellbeing.store.os_lock import OsLock
lock = OsLock(Path(sys.argv[1]))
assert lock.acquire(0)
print("held", flush=True)
sys.stdin.read()  # until the test closes the pipe, or kills this process
"""


@contextmanager
def holder(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock on ``path`` until the block ends or kills it."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline() == "held\n"
        yield process
        process.kill()


def test_a_second_holder_in_the_same_process_is_refused_until_the_first_lets_go(
    tmp_path: Path,
) -> None:
    first, second = OsLock(tmp_path / ".lock"), OsLock(tmp_path / ".lock")
    assert first.acquire(0)
    assert not second.acquire(0)
    assert not second.acquire(0.1)
    first.release()
    assert second.acquire(0)
    second.release()
    assert not second.held


def test_another_process_waits_and_a_dead_holder_lets_go(tmp_path: Path) -> None:
    path = tmp_path / ".lock"
    lock = OsLock(path)
    with holder(path) as process:
        assert not lock.acquire(0)
        process.kill()  # no release: the system drops the lock with the process
        process.wait()
        assert lock.acquire(5)
    lock.release()


def test_the_lock_file_is_the_users_alone(tmp_path: Path) -> None:
    lock = OsLock(tmp_path / ".lock")
    assert lock.acquire(0)
    lock.release()
    assert (tmp_path / ".lock").stat().st_mode & 0o777 == 0o600


def test_a_directory_in_place_of_the_lock_file_is_an_error_not_a_wait(tmp_path: Path) -> None:
    (tmp_path / ".lock").mkdir()
    with pytest.raises(OSError):
        OsLock(tmp_path / ".lock").acquire(30)
    with pytest.raises(StoreReadOnly), StoreLock(tmp_path, timeout=30):
        pass


def test_the_store_lock_is_reentrant_in_a_thread_and_excludes_other_processes(
    tmp_path: Path,
) -> None:
    with StoreLock(tmp_path), StoreLock(tmp_path):
        assert not OsLock(tmp_path / ".lock").acquire(0)
    with holder(tmp_path / ".lock"), pytest.raises(StoreLocked), StoreLock(tmp_path, timeout=0.1):
        pass
    with StoreLock(tmp_path, timeout=0):
        pass


def test_the_store_lock_is_reentrant_however_the_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "data")
    with StoreLock(tmp_path / "data"), StoreLock(tmp_path / "link", timeout=0):
        pass
