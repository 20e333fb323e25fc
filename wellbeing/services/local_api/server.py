"""The loopback API's HTTP server: ``http.server`` on daemon threads, 127.0.0.1 and ::1 only.

Why the standard library's ``ThreadingHTTPServer``: it is maintained with
Python, parses HTTP for us, and costs nothing to ship. uvicorn and Starlette
are the hub's extra, not the desktop's, and would add an asyncio loop to a
tray app; Qt's ``QHttpServer`` is not in PySide6-Essentials. Three routes
and a few headers need no framework. This module is imported only when the
API is turned on (``controller``), so with the API off nothing here loads.

The tray never waits on this: each connection has its own daemon thread,
and a request reaches the GUI thread only through ``deliver`` (the
controller emits a queued Qt signal). ``POST`` answers 202 at once; ``GET
status`` waits up to ``STATUS_WAIT_S`` for the GUI thread's answer, else
503. Every rule is ``core.api_rules``'; this module only applies them in
order: rate, Host, Origin, preflight, token, route, body. The access log
holds the method, the path and the status, never a header value or a body.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from wellbeing.core import api_rules as rules
from wellbeing.core.errors import InvalidInput

log = logging.getLogger("wellbeing.api")

STATUS_WAIT_S = 2.0
READ_TIMEOUT_S = 5.0

Deliver = Callable[[str, Any, "Future[dict[str, Any]] | None"], None]
"""``deliver(kind, payload, reply)``: kind ``start``/``end``/``status``; a
``status`` request's reply future is answered on the GUI thread."""


@dataclass
class ApiConfig:
    """What the handlers read; ``origins`` may be replaced while running."""

    port: int
    token: str
    origins: frozenset[str]
    deliver: Deliver
    monotonic: Callable[[], float] = time.monotonic
    limiter: rules.RateLimiter = field(default_factory=rules.RateLimiter)
    lock: threading.Lock = field(default_factory=threading.Lock)
    closed: bool = False

    def hand_over(self, kind: str, payload: Any, reply: Future[dict[str, Any]] | None) -> bool:
        """``deliver``, unless the server was closed: a request still running when
        the app quits must not signal into objects being torn down. False then."""
        with self.lock:
            if self.closed:
                return False
            self.deliver(kind, payload, reply)
            return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = os.name == "posix"
    """On POSIX this only lets a restart bind past connections in TIME_WAIT; it never
    lets two listeners share the port. On Windows it would, so there the port is
    held exclusively instead."""

    def __init__(self, address: tuple[str, int], family: socket.AddressFamily, config: ApiConfig):
        self.address_family = family
        self.config = config
        super().__init__(address, Handler, bind_and_activate=False)
        if family == socket.AF_INET6:
            self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        if sys.platform == "win32":  # pragma: no cover - Windows only
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise


class Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.0"  # a broken request line still gets a status line
    timeout = READ_TIMEOUT_S

    # --- the order of the checks -----------------------------------------

    def do_OPTIONS(self) -> None:
        if self._admitted():
            if self.headers.get("Origin") not in self.server.config.origins:
                return self._reply(403, {"error": "a preflight comes from an allowed page"})
            if self.path.split("?")[0] not in rules.ROUTES:
                return self._reply(404, {"error": "no such route"})
            extra = {
                "Access-Control-Allow-Methods": "GET, POST",
                "Access-Control-Allow-Headers": rules.ALLOWED_HEADERS,
                "Access-Control-Max-Age": "600",
            }
            if self.headers.get("Access-Control-Request-Private-Network", "").lower() == "true":
                extra["Access-Control-Allow-Private-Network"] = "true"
            self._reply(204, None, extra)

    def do_GET(self) -> None:
        if self._admitted() and self._authorised() and self._routed("GET"):
            reply: Future[dict[str, Any]] = Future()
            if not self.server.config.hand_over("status", None, reply):
                return self._reply(503, {"error": "the app is closing"})
            try:
                self._reply(200, reply.result(timeout=STATUS_WAIT_S))
            except FutureTimeout:
                self._reply(503, {"error": "the app is busy; try again"})

    def do_POST(self) -> None:
        if not (self._admitted() and self._authorised() and self._routed("POST")):
            return
        body = self._body()
        if body is None:
            return
        try:
            data = rules.parse_body(body)
        except InvalidInput as error:
            return self._reply(400, {"error": str(error)})
        try:
            if self.path == "/v1/call/start":
                rules.parse_start(data)
                kind, payload = "start", None
            else:
                kind, payload = "end", rules.parse_end(data)
        except InvalidInput as error:
            return self._reply(422, {"error": str(error)})
        if not self.server.config.hand_over(kind, payload, None):
            return self._reply(503, {"error": "the app is closing"})
        self._reply(202, {"accepted": kind})

    def _admitted(self) -> bool:
        """Rate, Host and Origin: what every request, preflight included, must pass."""
        config = self.server.config
        origin = self.headers.get("Origin")
        with config.lock:
            allowed = config.limiter.allow(
                rules.rate_key(origin, config.origins), config.monotonic()
            )
        if not allowed:
            self._reply(429, {"error": "too many requests"}, {"Retry-After": "1"})
        elif not rules.host_allowed(self.headers.get("Host"), config.port):
            self._reply(421, {"error": "this server answers to 127.0.0.1, localhost or [::1]"})
        elif not rules.origin_allowed(origin, config.origins):
            self._reply(403, {"error": "this page's origin is not allowed in wellbeing's settings"})
        else:
            return True
        return False

    def _authorised(self) -> bool:
        token = rules.token_of({k.lower(): v for k, v in self.headers.items()})
        if rules.token_matches(token, self.server.config.token):
            return True
        self._reply(401, {"error": "a valid token is required"})
        return False

    def _routed(self, method: str) -> bool:
        wanted = rules.ROUTES.get(self.path)
        if wanted is None:
            self._reply(404, {"error": "no such route"})
        elif wanted != method:
            self._reply(405, {"error": "method not allowed"}, {"Allow": wanted})
        else:
            return True
        return False

    def _body(self) -> bytes | None:
        """At most 4 KB of JSON, its length known before a byte is read."""
        if "Transfer-Encoding" in self.headers:
            self._reply(411, {"error": "send a Content-Length, not chunks"})
            return None
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._reply(411, {"error": "a Content-Length is required"})
            return None
        if int(length) > rules.BODY_LIMIT:
            self._reply(413, {"error": f"the body is larger than {rules.BODY_LIMIT} bytes"})
            return None
        if not rules.is_json(self.headers.get("Content-Type")):
            self._reply(415, {"error": "the body must be application/json"})
            return None
        return self.rfile.read(int(length))

    # --- answering -------------------------------------------------------

    def _reply(self, code: int, body: Any, extra: dict[str, str] | None = None) -> None:
        payload = b"" if body is None else json.dumps(body).encode()
        if code >= 400:
            self.close_connection = True  # a body may be left unread
        self.send_response(code)
        headers = getattr(self, "headers", None)  # none yet when the request line was bad
        origin = None if headers is None else headers.get("Origin")
        if origin is not None and origin in self.server.config.origins:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Length", str(len(payload)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(payload)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What ``http.server`` itself refuses (a bad request line): JSON naming the
        status only (its message would quote the request), and close."""
        self.close_connection = True
        phrase = self.responses.get(code, ("error",))[0]
        with contextlib.suppress(OSError):  # the peer left
            self._reply(code, {"error": phrase.lower()})

    def version_string(self) -> str:
        return "wellbeing"

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", "")[:64]
        log.debug("%s %s %s", getattr(self, "command", None) or "-", path or "-", code)

    def log_message(self, format: str, *args: Any) -> None:
        """Nothing from the base class: its lines may quote a request."""


class ApiServer:
    """Listens on 127.0.0.1 and, when the system has it, ::1; never on another address."""

    def __init__(self, config: ApiConfig) -> None:
        self.config = config
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []

    @property
    def port(self) -> int:
        return self.config.port

    def start(self) -> None:
        """Bind both loopbacks; ``OSError`` when the port is taken (nothing left open)."""
        first = _Server(("127.0.0.1", self.config.port), socket.AF_INET, self.config)
        self._servers.append(first)
        self.config.port = first.server_address[1]
        try:
            self._servers.append(_Server(("::1", self.config.port), socket.AF_INET6, self.config))
        except OSError:
            log.debug("no IPv6 loopback: listening on 127.0.0.1 only")
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def set_origins(self, origins: frozenset[str]) -> None:
        self.config.origins = origins

    def close(self) -> None:
        with self.config.lock:
            self.config.closed = True
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=2)
        self._servers.clear()
        self._threads.clear()
