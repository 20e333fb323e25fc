"""The hub's fixtures: an injected clock, and a fresh database on SQLite and on PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hub_servers import postgres_cluster
from sqlalchemy import Engine, create_engine, text

from wellbeing.hub import operator
from wellbeing.hub.db import default_url, open_engine
from wellbeing.hub.service import Hub

WEEK = "2026-W47"
"""Monday 16 to Sunday 22 November 2026; in UTC it ends at Monday 23, 00:00."""
AFTER_WEEK = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
_databases = itertools.count()


class Clock:
    def __init__(self, now: datetime = AFTER_WEEK) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    try:
        with postgres_cluster() as url:
            yield url
    except LookupError as missing:
        pytest.skip(str(missing))


def _postgres_database(server: str) -> str:
    name = f"hub_{next(_databases)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return default_url(tmp_path / "hub")
    server: str = request.getfixturevalue("postgres_url")
    return _postgres_database(server)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = open_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def hub(engine: Engine, clock: Clock) -> Hub:
    """A hub run by the works council, with team ``a`` (k 5) in UTC."""
    operator.init(engine, "Works council, Lyon site")
    operator.add_team(engine, "a")
    return Hub(engine, clock)


def enrol(hub: Hub, team: str, count: int, clock: Clock) -> list[str]:
    codes = operator.invite(hub.engine, team, count, clock())
    return [hub.enroll(code)["credential"] for code in codes]
