"""The loopback API in the tray app: on and off as the settings say, requests to the GUI thread.

``apply(settings)`` starts the server when ``api_enabled`` (importing it
then, not before), restarts it when the port changes, updates the
allowlist in place, and stops it when turned off. A running app hears of
``wellbeing api on|off`` through its settings: the command saves them and
sends ``{"settings_changed": true}`` over the single-instance socket; the
app reloads and applies them like the Settings dialog's Apply (which also
picks up a token replaced by ``api token --new`` or ``--set``).

Requests arrive on the server's threads and are re-emitted on the GUI
thread by a queued signal: ``start_requested``, ``end_requested`` (a
``CallEnd``), and status questions, which ``status`` (set by the app)
the app answers there through ``answer``. (A signal, not a callback
held here: a callback into the app would keep the app alive in a cycle.)
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from wellbeing.core.settings import Settings
from wellbeing.services.local_api import token as tokens

if TYPE_CHECKING:
    from concurrent.futures import Future  # the server's; not loaded while the API is off


class LocalApi(QObject):
    start_requested = Signal()
    end_requested = Signal(object)  # core.api_rules.CallEnd
    failed = Signal(str)
    """The server could not start (a port taken): one line for the agent."""
    status_requested = Signal(object)
    """A ``concurrent.futures.Future`` for the status document: ``answer`` it."""
    _received = Signal(str, object, object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._server: Any = None
        self._received.connect(self._on_received, Qt.ConnectionType.QueuedConnection)

    @property
    def port(self) -> int | None:
        """The port listened on, None when off."""
        return None if self._server is None else int(self._server.port)

    def apply(self, settings: Settings) -> None:
        if not settings.api_enabled:
            self.stop()
            return
        origins = frozenset(settings.api_origins)
        if self._server is not None and self._server.port == settings.api_port:
            self._server.set_origins(origins)
            self._server.config.token = (
                tokens.read_token(self._data_dir) or self._server.config.token
            )
            return
        self.stop()
        server = importlib.import_module("wellbeing.services.local_api.server")
        try:
            token = tokens.load_or_create(self._data_dir)
            config = server.ApiConfig(settings.api_port, token, origins, self._received.emit)
            api = server.ApiServer(config)
            api.start()
        except OSError as error:
            self.failed.emit(
                self.tr("The local API could not start on port {port}: {reason}").format(
                    port=settings.api_port, reason=error.strerror or error
                )
            )
            return
        self._server = api

    def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_received(self, kind: str, payload: Any, reply: Future[dict[str, Any]] | None) -> None:
        if kind == "start":
            self.start_requested.emit()
        elif kind == "end":
            self.end_requested.emit(payload)
        elif reply is not None:
            self.status_requested.emit(reply)

    @staticmethod
    def answer(reply: Future[dict[str, Any]], document: dict[str, Any]) -> None:
        """Answer a status request (once: the server may have given up waiting)."""
        if not reply.done():
            reply.set_result(document)
