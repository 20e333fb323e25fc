"""Who owns the app's address: checks made before trusting a local socket.

On a desktop shared between shifts, the shared temp directory is where
another user could listen first and pretend to be the app. So the socket
lives in a folder only the user can write, and nothing there is trusted
until checked: the folder's owner and mode, the socket file's owner and
type, and (on Linux, ``SO_PEERCRED``) the uid of the process at the other
end. An address that fails a check is ``ForeignInstance``: reported, never
written to. Plain Python, no Qt: this runs before every start.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import struct
from collections.abc import Mapping
from pathlib import Path

PRIVATE_DIR_MODE = 0o700


class ForeignInstance(OSError):
    """The app's address is held by something that is not this user's app."""


def my_uid() -> int:
    return os.getuid()


def file_uid(status: os.stat_result) -> int:
    """The owner of a file; tests stand in another user here."""
    return status.st_uid


def peer_uid(connection: socket.socket) -> int | None:
    """The uid of the process at the other end (Linux); None where unknown."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    credentials = connection.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return int(uid)


def _is_private_dir(status: os.stat_result) -> bool:
    return (
        stat.S_ISDIR(status.st_mode)
        and file_uid(status) == my_uid()
        and status.st_mode & 0o077 == 0
    )


def runtime_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The folder of the app's socket: ``$XDG_RUNTIME_DIR`` when it is this
    user's and private, else a per-user folder in the temp directory."""
    environ = os.environ if environ is None else environ
    xdg = environ.get("XDG_RUNTIME_DIR", "")
    if xdg and Path(xdg).is_absolute():
        with contextlib.suppress(OSError):
            if _is_private_dir(Path(xdg).stat()):
                return Path(xdg)
    temp = environ.get("TMPDIR") or "/tmp"
    return Path(temp) / f"wellbeing-{my_uid()}"


def check_runtime_dir(folder: Path, *, create: bool) -> None:
    """Raise ``ForeignInstance`` unless ``folder`` is this user's alone.

    ``create`` makes it (0700) when missing; without it a missing folder
    passes, as it means no app listens there."""
    if create:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True)
    try:
        status = os.lstat(folder)
    except FileNotFoundError:
        if create:
            raise
        return
    if not _is_private_dir(status):
        raise ForeignInstance(
            f"{folder} is not a private folder of this user (owner uid {file_uid(status)}, "
            f"mode {stat.S_IMODE(status.st_mode):o}); wellbeing will not use it for its "
            "socket: remove it, or set XDG_RUNTIME_DIR to a folder only you can write"
        )


def check_socket_file(path: Path) -> bool:
    """True when ``path`` is this user's socket, False when there is nothing;
    anything else (a plain file, another user's socket) is ``ForeignInstance``."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISSOCK(status.st_mode):
        raise ForeignInstance(f"{path} is not a socket; something else took wellbeing's address")
    if file_uid(status) != my_uid():
        raise ForeignInstance(
            f"{path} belongs to another user (uid {file_uid(status)}); "
            "wellbeing will not talk to it"
        )
    return True
