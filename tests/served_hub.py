"""A real hub on 127.0.0.1 (uvicorn in a thread) for command-line tests, with a settable clock."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import uvicorn

from wellbeing.hub import operator
from wellbeing.hub.app import create_app
from wellbeing.hub.db import open_engine
from wellbeing.hub.service import Hub


class HubClock:
    def __init__(self, now: datetime) -> None:
        self.moment = now

    def __call__(self) -> datetime:
        return self.moment

    def now(self) -> datetime:
        return self.moment


@dataclass
class ServedHub:
    url: str
    db: str
    clock: HubClock
    invites: list[str]
    viewer: str
    other_viewer: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def served_hub(folder: Path, clock: HubClock, agents: int = 7) -> Iterator[ServedHub]:
    """Team "support" (Europe/Paris, k 5) with ``agents`` invitations, a lead, and "sales"."""
    db = f"sqlite:///{folder / 'hub.sqlite3'}"
    engine = open_engine(db)
    operator.init(engine, "Works council, Lyon site")
    operator.add_team(engine, "support", timezone="Europe/Paris")
    operator.add_team(engine, "sales")
    invites = operator.invite(engine, "support", agents, clock())
    viewer, other = operator.add_viewer(engine, "support"), operator.add_viewer(engine, "sales")
    port = _free_port()
    config = uvicorn.Config(
        create_app(Hub(engine, clock)),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    started = threading.Event()
    deadline = datetime.now() + timedelta(seconds=30)
    while not server.started and datetime.now() < deadline and thread.is_alive():
        started.wait(0.02)
    assert server.started, "the hub did not start within 30 s"
    try:
        yield ServedHub(f"http://127.0.0.1:{port}", db, clock, invites, viewer, other)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        engine.dispose()
