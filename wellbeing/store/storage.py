"""A TinyDB storage that never leaves a half-written or unreadable file behind.

TinyDB's own ``JSONStorage`` rewrites its file in place and truncates
afterwards, so a kill at the wrong moment leaves a file that no longer
parses (STACK-NOTES.md). ``AtomicJSONStorage`` instead writes a whole new
file beside the old one, fsyncs it, renames it over the old one and fsyncs
the directory: a reader, or the next start after a crash, sees either the
old file or the new one, never a mix.

A file that does not parse is never overwritten or dropped: it is moved
aside to ``<name>.corrupt-<YYYYmmddTHHMMSS>``, the move is reported through
``on_problem``, and the storage reads as empty, so the app goes on with what
it can read and the user can still recover the bytes by hand.

The storage itself takes no lock for writes: the caller holds the store's
lock around every read-modify-write. It takes that lock only to move a
corrupt file aside, because a reader may find one without holding it.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

FILE_MODE = 0o600
TEMP_MARK = ".tmp-"
CORRUPT_MARK = ".corrupt-"

Report = Callable[[str], None]
Check = Callable[[dict[str, Any]], str | None]
"""Looks at parsed data; returns why it is unusable, or None when it is fine."""

_log = logging.getLogger(__name__)


def dump(data: Any) -> bytes:
    """The compact UTF-8 JSON that every file of the store holds.

    Text that UTF-8 cannot encode (a lone surrogate, as Python makes of an
    undecodable byte in a command-line argument) is written escaped instead,
    so the file stays valid UTF-8 and reads back the same.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, separators=(",", ":")).encode("ascii")


def temp_name(name: str) -> str:
    """A hidden temp name beside ``name``, unique to this process and call."""
    return f".{name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}"


_TEMP = re.compile(r"\..+" + re.escape(TEMP_MARK) + r"[0-9]+-[0-9a-f]{8}")


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one that ``temp_name`` makes (and nothing a user would)."""
    return _TEMP.fullmatch(name) is not None


def sync_directory(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no dir fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:  # some filesystems cannot fsync a directory
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace ``path`` by a file holding ``payload``, all or nothing.

    The new file is created 0600 whatever the umask. On any failure the temp
    file is removed and the old file is left as it was.
    """
    temp = path.with_name(temp_name(path.name))
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as file:
            if hasattr(os, "fchmod"):
                os.fchmod(file.fileno(), FILE_MODE)
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_directory(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically, readable by the user alone."""
    write_atomically(path, text.encode("utf-8"))


def move_aside(path: Path, when: datetime) -> Path:
    """Rename ``path`` to ``<name>.corrupt-<time>``, never over an existing file."""
    base = f"{path.name}{CORRUPT_MARK}{when:%Y%m%dT%H%M%S}"
    target = path.with_name(base)
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{base}-{counter}")
    path.rename(target)
    sync_directory(path.parent)
    return target


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

    def read(self) -> dict[str, Any] | None:
        """The file's data; None when it is missing, empty or was moved aside."""
        data, problem = self._load()
        if problem is None:
            return data
        with self._lock if self._lock is not None else nullcontext():
            data, problem = self._load()  # another process may have dealt with it
            if problem is None:
                return data
            target = move_aside(self.path, datetime.now())
        self._report(
            f"moved unreadable file {self._label(self.path)} aside to "
            f"{self._label(target)} ({problem})"
        )
        return None

    def write(self, data: dict[str, Any]) -> None:
        write_atomically(self.path, dump(data))

    def close(self) -> None:
        """Nothing stays open between reads and writes."""

    def _load(self) -> tuple[dict[str, Any] | None, str | None]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None, None
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
