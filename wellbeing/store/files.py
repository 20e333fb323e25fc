"""The one way to write a file and the one way to read one, for every file we keep.

``write_atomically`` writes a whole new file beside the old one (created
and ``fchmod``-ed to its mode whatever the umask), fsyncs it, renames it
over the old one and fsyncs the folder: a reader, or the next start after a
crash, sees either the old file or the new one, never a mix. The store, the
sharing state, exports and team-folder pulses all write through it.

``read_bounded`` reads only a regular file, never following a symbolic
link at the last step, never waiting on a pipe, and never more than a
limit: a week file that someone replaced by a link to ``/dev/zero``, a FIFO
or a device is refused at once instead of filling memory or hanging.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

FILE_MODE = 0o600
TEMP_MARK = ".tmp-"
CORRUPT_MARK = ".corrupt-"
READ_LIMIT = 256 * 1024 * 1024
"""Far above a week of records or a settings file; past it, a file is not ours."""

_TEMP = re.compile(r"\..+" + re.escape(TEMP_MARK) + r"[0-9]+-[0-9a-f]{8}")
_CHUNK = 1024 * 1024


class NotARegularFile(OSError):
    """A path that should hold a file holds a directory, a device, a pipe or a link."""


class FileTooLarge(OSError):
    """A file larger than the reader's limit: not one that we wrote."""


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


def write_atomically(path: Path, payload: bytes | memoryview, mode: int = FILE_MODE) -> None:
    """Replace ``path`` by a file holding ``payload``, all or nothing.

    The new file gets exactly ``mode`` (0600 unless a caller writes for
    others to read). On any failure the temp file is removed and the old
    file is left as it was.
    """
    temp = path.with_name(temp_name(path.name))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, mode)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_directory(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically, readable by the user alone."""
    write_atomically(path, text.encode("utf-8"))


def read_bounded(path: Path, limit: int = READ_LIMIT) -> bytes:
    """The bytes of the regular file at ``path``; ``FileTooLarge`` past ``limit``.

    Raises ``NotARegularFile`` for anything else (a symbolic link included)
    and the ``OSError`` of the open (``FileNotFoundError``,
    ``PermissionError``) as it comes.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotARegularFile(
                errno.ELOOP, "not a regular file (a symbolic link)", str(path)
            ) from None
        raise
    try:
        kind = os.fstat(fd).st_mode
        if not stat.S_ISREG(kind):
            what = "a folder" if stat.S_ISDIR(kind) else "a device or a pipe"
            raise NotARegularFile(errno.EINVAL, f"not a regular file ({what})", str(path))
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(_CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise FileTooLarge(errno.EFBIG, f"larger than {limit} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


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
