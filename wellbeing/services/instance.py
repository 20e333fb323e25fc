"""One tray app per data directory, reachable by later processes.

The running app holds an instance lock in its data directory for its whole
life and listens on a QLocalServer (address from ``ipc_client.server_name``).
A second ``wellbeing run`` finds the server, asks it to activate, and exits;
``wellbeing on-call start|end`` sends the call state the same way. Messages
are JSON objects, one per line; the server answers ``ok`` to each and emits
it as ``message`` in the GUI thread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from wellbeing.services.ipc_client import server_name

MESSAGE_LIMIT = 4096


class InstanceServer(QObject):
    message = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = FileLock(str(data_dir / ".instance.lock"))
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self.on_new_connection)

    def claim(self) -> bool:
        """Become the one instance; False when another app holds this data directory."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            self._lock.release()
            raise OSError(
                f"cannot listen for other wellbeing processes: {self._server.errorString()}"
            )
        return True

    def close(self) -> None:
        self._server.close()
        if self._lock.is_locked:
            self._lock.release()

    def on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self.on_ready_read(c))
            connection.disconnected.connect(connection.deleteLater)

    def on_ready_read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MESSAGE_LIMIT:
                connection.abort()
            return
        line = bytes(connection.readLine(MESSAGE_LIMIT).data())
        try:
            message: Any = json.loads(line)
        except ValueError:
            message = None
        if isinstance(message, dict):
            connection.write(b"ok\n")
            connection.flush()
            self.message.emit(message)
        connection.disconnectFromServer()
