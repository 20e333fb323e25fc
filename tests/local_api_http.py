"""Raw HTTP against the loopback API, with every header chosen by the test (Host included)."""

from __future__ import annotations

import http.client
import json
import socket
from dataclasses import dataclass
from typing import Any

ALLOWED = "https://example.my.connect.aws"
EVIL = "https://evil.example"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: Any


def request(
    port: int,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    host: str | None = None,
    address: str = "127.0.0.1",
) -> Answer:
    """One request; ``Host`` is ``127.0.0.1:port`` unless ``host`` says otherwise."""
    connection = http.client.HTTPConnection(address, port, timeout=5)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host if host is not None else f"127.0.0.1:{port}")
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        if body is not None and "Content-Length" not in (headers or {}):
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        raw = response.read()
        return Answer(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            json.loads(raw) if raw else None,
        )
    finally:
        connection.close()


def good_headers(token: str, origin: str | None = ALLOWED) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if origin is not None:
        headers["Origin"] = origin
    return headers
