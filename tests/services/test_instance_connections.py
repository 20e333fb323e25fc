"""Connections to the app's socket cost nothing once they are done.

Any local process may connect: each connection is closed and deleted after
its message or after a short silence, and only a few are let in at once,
so neither many connections nor many idle ones make the app grow.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from tests.services.instance_helpers import connect, is_closed, private_runtime
from wellbeing.services import ipc_client
from wellbeing.services.instance import InstanceServer

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets")

MAX_CONNECTIONS = 16


@pytest.fixture
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    private_runtime(monkeypatch, tmp_path)
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.fixture
def server(data_dir: Path, qtbot: QtBot) -> Iterator[InstanceServer]:
    server = InstanceServer(data_dir)
    assert server.claim()
    yield server
    server.close()


def wrappers() -> int:
    """Python wrappers of sockets and timers, alive or left behind by deleted ones."""
    gc.collect()
    return sum(isinstance(thing, QLocalSocket | QTimer) for thing in gc.get_objects())


def live_sockets(server: InstanceServer) -> int:
    """The connections the server still holds, once pending deletes ran."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(server.connections())


def test_many_messages_leave_no_connection_behind(
    server: InstanceServer, data_dir: Path, qtbot: QtBot
) -> None:
    replies: list[bool] = []
    before = wrappers()

    def send_many() -> None:
        for _ in range(200):
            replies.append(ipc_client.send(data_dir, {"x": 1}))

    thread = threading.Thread(target=send_many)
    thread.start()
    qtbot.waitUntil(lambda: len(replies) == 200, timeout=30_000)
    thread.join()
    assert all(replies)
    qtbot.waitUntil(lambda: live_sockets(server) == 0)
    assert wrappers() <= before + 2


def test_an_idle_connection_is_closed(server: InstanceServer, data_dir: Path, qtbot: QtBot) -> None:
    address = ipc_client.server_name(data_dir)
    clients = [connect(address) for _ in range(5)]
    qtbot.waitUntil(lambda: live_sockets(server) == 5)
    for connection in server.connections():
        (timer,) = connection.findChildren(QTimer)
        timer.timeout.emit()  # the idle timeout, without waiting for it
    qtbot.waitUntil(lambda: all(is_closed(client) for client in clients))
    qtbot.waitUntil(lambda: live_sockets(server) == 0)
    for client in clients:
        client.close()


def test_connections_beyond_the_cap_are_closed_at_once(
    server: InstanceServer, data_dir: Path, qtbot: QtBot
) -> None:
    address = ipc_client.server_name(data_dir)
    clients = [connect(address) for _ in range(MAX_CONNECTIONS + 4)]
    closed: set[int] = set()

    def four_closed() -> bool:
        closed.update(index for index, client in enumerate(clients) if is_closed(client))
        return len(closed) == 4

    qtbot.waitUntil(four_closed)
    assert live_sockets(server) == MAX_CONNECTIONS
    for client in clients:
        client.close()
    qtbot.waitUntil(lambda: live_sockets(server) == 0)
