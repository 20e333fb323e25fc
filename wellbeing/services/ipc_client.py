"""Reach the running tray app from a plain process, without importing Qt.

The app listens on a QLocalServer whose address is derived from its data
directory, so two apps with different data directories never see each
other. On POSIX that is a Unix socket in the temp directory (named from the
user id and a hash of the data directory, short enough for the 104-byte
limit of socket paths); on Windows a named pipe. A message is one JSON object
on one line; the app answers ``ok``.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path
from typing import Any

TIMEOUT_S = 2.0


def _fnv1a_64(data: bytes) -> int:
    """A stable 64-bit hash that needs no import: this runs before every start."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def server_name(data_dir: Path) -> str:
    """The address the app for ``data_dir`` listens on (QLocalServer.listen's argument).

    The socket lives where Qt keeps its own (``$TMPDIR``, else ``/tmp``), named
    by the user id and a hash of the data directory."""
    digest = f"{_fnv1a_64(str(data_dir.resolve()).encode()):016x}"
    if os.name == "nt":
        return f"wellbeing-{digest}"
    temp = os.environ.get("TMPDIR") or "/tmp"
    return str(Path(temp) / f"wellbeing-{os.getuid()}-{digest}.sock")


def send(data_dir: Path, message: dict[str, Any]) -> bool:
    """Deliver ``message`` to the running app; False when none is running."""
    payload = (json.dumps(message) + "\n").encode()
    name = server_name(data_dir)
    try:
        if os.name == "nt":
            return _send_pipe(rf"\\.\pipe\{name}", payload)
        return _send_socket(name, payload)
    except OSError:
        return False


def _send_socket(path: str, payload: bytes) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(TIMEOUT_S)
        connection.connect(path)
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
