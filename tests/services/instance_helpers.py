"""Shared set-up for the single-instance tests: a private runtime folder per test."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest


def private_runtime(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the socket folder at a fresh private folder; returns it."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


def listening_socket(path: Path) -> socket.socket:
    """A process that is not the app, listening at the app's address."""
    squatter = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    squatter.bind(str(path))
    squatter.listen(4)
    squatter.setblocking(False)
    return squatter


def is_closed(client: socket.socket) -> bool:
    """Whether the server has closed this client's connection (non-blocking)."""
    try:
        return client.recv(64) == b""
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True


def connect(path: str) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(path)
    client.setblocking(False)
    return client


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777
