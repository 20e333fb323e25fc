"""Reach the running tray app from a plain process, without importing Qt.

The app listens on a QLocalServer whose address is derived from its data
directory, so two apps with different data directories never see each
other. On Windows that is a named pipe that only the user may open
(QLocalServer's user-only access option). On POSIX it is a Unix socket in a
folder only the user can write: ``$XDG_RUNTIME_DIR`` when it is the user's
own and private, else ``wellbeing-<uid>`` in the temp directory, created
0700. Before a message goes out, ``socket_owner`` checks that the folder,
the socket and the process listening are the user's own; an address that
fails is reported (``ForeignInstance``), never written to.

A message is one JSON object on one line; the app answers ``ok``, or, to
a request (``ask``: ``{"request": "status"}``), one JSON object on one line.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path
from typing import Any

from wellbeing.services import socket_owner
from wellbeing.services.socket_owner import ForeignInstance

__all__ = ["ForeignInstance", "ask", "send", "server_name"]

TIMEOUT_S = 2.0


def _fnv1a_64(data: bytes) -> int:
    """A stable 64-bit hash that needs no import: this runs before every start."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def server_name(data_dir: Path) -> str:
    """The address the app for ``data_dir`` listens on (QLocalServer.listen's argument)."""
    digest = f"{_fnv1a_64(str(data_dir.resolve()).encode()):016x}"
    if os.name == "nt":
        return f"wellbeing-{digest}"
    return str(socket_owner.runtime_dir() / f"wellbeing-{digest}.sock")


def send(data_dir: Path, message: dict[str, Any]) -> bool:
    """Deliver ``message`` to the running app; False when none is running.

    Raises ``ForeignInstance`` when the address is held by something that is
    not this user's app: the message is not sent to it."""
    return _exchange(data_dir, message).strip() == b"ok"


def ask(data_dir: Path, request: dict[str, Any]) -> dict[str, Any] | None:
    """The running app's answer to ``request``; None when none runs or answers."""
    try:
        reply = json.loads(_exchange(data_dir, request))
    except ValueError:
        return None
    return reply if isinstance(reply, dict) else None


def _exchange(data_dir: Path, message: dict[str, Any]) -> bytes:
    """Send one line, read one line back; b"" when no app runs."""
    payload = (json.dumps(message) + "\n").encode()
    name = server_name(data_dir)
    try:
        if os.name == "nt":
            return _send_pipe(rf"\\.\pipe\{name}", payload)
        socket_owner.check_runtime_dir(Path(name).parent, create=False)
        if not socket_owner.check_socket_file(Path(name)):
            return b""
        return _send_socket(name, payload)
    except ForeignInstance:
        raise
    except OSError:
        return b""


def _send_socket(path: str, payload: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(TIMEOUT_S)
        connection.connect(path)
        uid = socket_owner.peer_uid(connection)
        if uid is not None and uid != socket_owner.my_uid():
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
    return reply


def _send_pipe(path: str, payload: bytes) -> bytes:  # pragma: no cover - Windows only
    with Path(path).open("r+b", buffering=0) as pipe:
        pipe.write(payload)
        return pipe.readline()
