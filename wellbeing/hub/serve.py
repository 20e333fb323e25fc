"""Running the hub on uvicorn: TLS outside loopback, no addresses logged unless asked.

Plain ``http`` is served only on a loopback address: anywhere else the hub
needs ``--cert`` and ``--key`` (uvicorn's TLS), or ``--behind-proxy`` when a
reverse proxy on the same machine terminates TLS (then the proxy's
forwarded address is used for rate limiting, and only from loopback).
Uvicorn's access log, which writes every client address, is off unless
``--access-log``, which warns.
"""

from __future__ import annotations

import ipaddress
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from wellbeing.core.errors import InvalidInput
from wellbeing.hub.service import Hub

CLOSE_EVERY = timedelta(minutes=5)
LIMIT_CONCURRENCY = 500
"""Connections served at once; beyond it uvicorn answers 503 and the app retries later."""


@dataclass(frozen=True, slots=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8470
    cert: Path | None = None
    key: Path | None = None
    behind_proxy: bool = False
    access_log: bool = False


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check(options: ServeOptions) -> None:
    """Refuse a set-up that would send credentials in clear over a network."""
    if (options.cert is None) != (options.key is None):
        raise InvalidInput("--cert and --key go together")
    for path in (options.cert, options.key):
        if path is not None and not path.is_file():
            raise InvalidInput(f"no such file: {path}")
    if not 1 <= options.port <= 65535:
        raise InvalidInput(f"--port: from 1 to 65535, got {options.port}")
    tls = options.cert is not None
    if not (is_loopback(options.host) or tls or options.behind_proxy):
        raise InvalidInput(
            f"--host {options.host}: plain http only on loopback; give --cert and --key, "
            "or --behind-proxy when a reverse proxy serves HTTPS"
        )


def serve(hub: Hub, options: ServeOptions) -> None:
    import uvicorn

    from wellbeing.hub.app import create_app

    check(options)
    if options.access_log:
        print(
            "warning: the access log writes every client's address; agents were promised it is off",
            file=sys.stderr,
        )
    app = create_app(
        hub,
        secure_cookies=options.cert is not None or options.behind_proxy,
        close_every=CLOSE_EVERY,
    )
    scheme = "https" if options.cert is not None else "http"
    operator = hub.info()["operator"]
    print(
        f"team hub on {scheme}://{options.host}:{options.port} (operator: {operator})",
        file=sys.stderr,
    )
    uvicorn.run(
        app,
        host=options.host,
        port=options.port,
        ssl_certfile=None if options.cert is None else str(options.cert),
        ssl_keyfile=None if options.key is None else str(options.key),
        access_log=options.access_log,
        proxy_headers=options.behind_proxy,
        forwarded_allow_ips="127.0.0.1,::1" if options.behind_proxy else None,
        server_header=False,
        limit_concurrency=LIMIT_CONCURRENCY,
        log_level="warning",
    )
