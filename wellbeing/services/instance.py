"""One tray app per data directory, reachable by later processes.

The running app holds an instance lock in its data directory for its whole
life and listens on a QLocalServer (address from ``ipc_client.server_name``).
Claiming is the lock first, then the socket: of two apps started at the same
moment exactly one gets the lock; the other (``start_or_activate``) waits
briefly for the winner's socket, asks it to activate and exits. ``wellbeing
on-call start|end`` sends the call state the same way. Messages are JSON
objects, one per line; the server answers ``ok`` to each and emits it as
``message`` in the GUI thread. A request (``{"request": "status"}``, from
``wellbeing status``) is answered instead by ``answer``, set by the app, with
one JSON object on one line, and is not emitted.

Any local process may connect, so a connection costs little and lasts
little: it is closed after its message or after ``IDLE_MS`` of silence, and
beyond ``MAX_CONNECTIONS`` at once a new one is closed at once.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from wellbeing.services import ipc_client, socket_owner
from wellbeing.store.layout import INSTANCE_LOCK
from wellbeing.store.os_lock import OsLock

MESSAGE_LIMIT = 4096
IDLE_MS = 5000
MAX_CONNECTIONS = 16
LOCK_NAME = INSTANCE_LOCK
FILE_MODE = 0o600
PATIENCE_S = 10.0
"""How long a second app waits for the first one's socket: the first has
its lock and is about to listen, unless it hangs."""


class NotAnswering(OSError):
    """Another process holds the data directory but does not answer."""


class InstanceServer(QObject):
    message = Signal(dict)

    def __init__(
        self,
        data_dir: Path,
        parent: QObject | None = None,
        *,
        idle_ms: int = IDLE_MS,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._name = ipc_client.server_name(data_dir)
        self._lock = OsLock(data_dir / LOCK_NAME, mode=FILE_MODE)
        self._idle_ms = idle_ms
        self._max_connections = max_connections
        self._connections: set[QLocalSocket] = set()
        self.answer: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self.on_new_connection)

    def claim(self) -> bool:
        """Become the one instance; False when another app holds this data directory.

        Raises ``ipc_client.ForeignInstance`` when the socket's address is
        taken by something that is not this user's app."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not self._lock.acquire(timeout=0):
            return False
        try:
            _narrow_to_owner(self.data_dir / LOCK_NAME)
            self._listen()
        except BaseException:
            self._lock.release()
            raise
        return True

    def _listen(self) -> None:
        if os.name == "posix":
            address = Path(self._name)
            socket_owner.check_runtime_dir(address.parent, create=True)
            if socket_owner.check_socket_file(address):
                address.unlink()  # ours, left by an app that crashed: we hold the lock
        if not self._server.listen(self._name):
            raise OSError(
                f"cannot listen for other wellbeing processes: {self._server.errorString()}"
            )

    def close(self) -> None:
        self._server.close()
        for connection in list(self._connections):
            self.drop(connection)
        self._lock.release()

    def connections(self) -> list[QLocalSocket]:
        """The connections open now (each owns its idle timer)."""
        return list(self._connections)

    def on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.setParent(None)  # else its Python wrapper outlives it, held by the server
            if len(self._connections) >= self._max_connections:
                connection.abort()
                connection.deleteLater()
                continue
            self._connections.add(connection)
            idle = QTimer(connection)
            idle.setSingleShot(True)
            idle.timeout.connect(self.on_idle)
            idle.start(self._idle_ms)
            connection.readyRead.connect(self.on_ready_read)
            connection.disconnected.connect(self.on_disconnected)

    def on_disconnected(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self.drop(connection)

    def on_idle(self) -> None:
        timer = self.sender()
        connection = timer.parent() if timer is not None else None
        if isinstance(connection, QLocalSocket):
            self.drop(connection)

    def drop(self, connection: QLocalSocket) -> None:
        if connection in self._connections:
            self._connections.discard(connection)
            connection.abort()
            connection.deleteLater()

    def on_ready_read(self) -> None:
        connection = self.sender()
        if not isinstance(connection, QLocalSocket) or connection not in self._connections:
            return
        if not connection.canReadLine():
            if connection.bytesAvailable() > MESSAGE_LIMIT:
                self.drop(connection)
            return
        line = bytes(connection.readLine(MESSAGE_LIMIT).data())
        try:
            message: Any = json.loads(line)
        except ValueError:
            message = None
        if isinstance(message, dict) and "request" in message:
            reply = self.answer(message) if self.answer is not None else {"error": "unknown"}
            connection.write((json.dumps(reply) + "\n").encode())
            connection.flush()
        elif isinstance(message, dict):
            connection.write(b"ok\n")
            connection.flush()
            self.message.emit(message)
        connection.disconnectFromServer()  # ``disconnected`` drops it, now or once flushed


def _narrow_to_owner(path: Path) -> None:
    """A lock file left by an older version may be open to others: narrow it."""
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(FILE_MODE)


def start_or_activate(
    server: InstanceServer,
    *,
    patience_s: float = PATIENCE_S,
    pause: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> bool:
    """True when this process is now the one app (``server`` listens); False
    when the app already running has been asked to come forward.

    Raises ``NotAnswering`` when another process holds the data directory but
    its socket does not answer within ``patience_s``, and
    ``ipc_client.ForeignInstance`` when the address is not this user's app."""
    deadline = monotonic() + patience_s
    while True:
        if server.claim():
            return True
        if ipc_client.send(server.data_dir, {"activate": True}):
            return False
        if monotonic() >= deadline:
            raise NotAnswering(
                f"another wellbeing process holds {server.data_dir} but does not answer; "
                f"if none is running, try again in a moment"
            )
        pause(0.05)
