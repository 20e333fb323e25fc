"""Reach the running tray app from a plain process, without importing Qt.

The app listens on a QLocalServer whose address is derived from its data
directory, so two apps with different data directories never see each
other. On Windows that is a named pipe that only the user may open
(QLocalServer's user-only access option). On POSIX it is a Unix socket in a
folder only the user can write: ``$XDG_RUNTIME_DIR`` when it is the user's
own and private, else ``wellbeing-<uid>`` in the temp directory, created
0700. A shared temp directory is where another user of a shared desktop
could listen first and pretend to be the app, so nothing here is trusted
until checked: the folder's owner and mode, the socket file's owner and
type, and (on Linux) the uid of the process at the other end. An address
that fails a check is reported (``ForeignInstance``), never written to.

A message is one JSON object on one line; the app answers ``ok``.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import struct
from collections.abc import Mapping
from pathlib import Path
from typing import Any

TIMEOUT_S = 2.0
PRIVATE_DIR_MODE = 0o700


class ForeignInstance(OSError):
    """The app's address is held by something that is not this user's app."""


def _fnv1a_64(data: bytes) -> int:
    """A stable 64-bit hash that needs no import: this runs before every start."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


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


def server_name(data_dir: Path) -> str:
    """The address the app for ``data_dir`` listens on (QLocalServer.listen's argument)."""
    digest = f"{_fnv1a_64(str(data_dir.resolve()).encode()):016x}"
    if os.name == "nt":
        return f"wellbeing-{digest}"
    return str(runtime_dir() / f"wellbeing-{digest}.sock")


def send(data_dir: Path, message: dict[str, Any]) -> bool:
    """Deliver ``message`` to the running app; False when none is running.

    Raises ``ForeignInstance`` when the address is held by something that is
    not this user's app: the message is not sent to it."""
    payload = (json.dumps(message) + "\n").encode()
    name = server_name(data_dir)
    try:
        if os.name == "nt":
            return _send_pipe(rf"\\.\pipe\{name}", payload)
        check_runtime_dir(Path(name).parent, create=False)
        if not check_socket_file(Path(name)):
            return False
        return _send_socket(name, payload)
    except ForeignInstance:
        raise
    except OSError:
        return False


def _send_socket(path: str, payload: bytes) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(TIMEOUT_S)
        connection.connect(path)
        uid = peer_uid(connection)
        if uid is not None and uid != my_uid():
            raise ForeignInstance(
                f"the process listening at {path} belongs to another user (uid {uid}); "
                "wellbeing will not talk to it"
            )
        connection.sendall(payload)
        reply = b""
        with contextlib.suppress(TimeoutError):
            while not reply.endswith(b"\n"):
                chunk = connection.recv(64)
                if not chunk:
                    break
                reply += chunk
    return reply.strip() == b"ok"


def _send_pipe(path: str, payload: bytes) -> bool:  # pragma: no cover - Windows only
    with Path(path).open("r+b", buffering=0) as pipe:
        pipe.write(payload)
        return pipe.readline().strip() == b"ok"
