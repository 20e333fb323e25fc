"""What the database holds: nothing that joins an agent to a pulse, and no pulse after close."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from conftest import WEEK, Clock, enrol
from sqlalchemy import Engine, MetaData, select, text

from wellbeing.core.hub_pulse import make_hub_pulse
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.hub import operator
from wellbeing.hub.db import DB_FILE, open_engine
from wellbeing.hub.service import Hub


def every_table(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in the order the database keeps them (no ORDER BY)."""
    tables = MetaData()
    tables.reflect(engine)
    with engine.connect() as conn:
        return {
            name: [dict(row._mapping) for row in conn.execute(select(table))]
            for name, table in tables.tables.items()
        }


def test_no_column_or_order_joins_an_agent_to_a_pulse(hub: Hub, clock: Clock) -> None:
    agents = enrol(hub, "a", 6, clock)
    for number, credential in enumerate(agents):
        indicators = WeeklyIndicators(calls=10 + number, difficult=number)
        hub.submit(credential, make_hub_pulse(indicators, WEEK))
    hub.submit(agents[2], make_hub_pulse(WeeklyIndicators(calls=40), WEEK))  # a replacement
    db = every_table(hub.engine)

    assert set(db["pulses"][0]) == {"slot", "team", "week", "receipt", "body"}
    assert set(db["agents"][0]) == {"digest", "team"}
    assert len(db["pulses"]) == 6 and len(db["agents"]) == 6
    assert all(
        set(rows[0]) & {"id", "created", "created_at", "at", "time"} == set()
        for rows in db.values()
        if rows
    )
    agent_values = {value for row in db["agents"] for value in row.values()} - {"a"}
    pulse_values = {value for row in db["pulses"] for value in row.values()} - {"a", WEEK}
    assert agent_values.isdisjoint(pulse_values)
    stored = " ".join(str(v) for rows in db.values() for row in rows for v in row.values())
    assert not any(credential in stored for credential in agents)
    # Rows come back in the order of their random slots, not the order they arrived.
    slots = [row["slot"] for row in db["pulses"]]
    assert slots == sorted(slots)
    if hub.engine.dialect.name == "postgresql":
        # Nor do PostgreSQL's hidden columns: every pending row of the week was
        # written again by the last submission, in one transaction.
        with hub.engine.connect() as conn:
            hidden = conn.execute(text("SELECT DISTINCT xmin::text FROM pulses")).all()
        assert len(hidden) == 1
    # The anti-double-submission key is an HMAC under the hub's secret: the
    # agent's stored digest does not give it.
    assert not any(row["digest"] in slots for row in db["agents"])


def test_closing_deletes_the_weeks_pulses_and_keeps_only_figures(hub: Hub, clock: Clock) -> None:
    agents = enrol(hub, "a", 4, clock)
    for credential in agents:
        hub.submit(credential, make_hub_pulse(WeeklyIndicators(calls=7, difficult=3), WEEK))
    assert hub.close("a", WEEK) == {"a": False}
    db = every_table(hub.engine)
    assert db["pulses"] == []
    assert db["releases"] == [{"team": "a", "week": WEEK, "figures": None}]  # not even a count


def test_the_sqlite_database_is_private_to_the_operator(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'hub' / DB_FILE}")
    operator.init(engine, "IT security")
    engine.dispose()
    assert stat.S_IMODE((tmp_path / "hub").stat().st_mode) == 0o700
    for path in (tmp_path / "hub").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_closed_weeks_pulses_leave_no_bytes_in_the_sqlite_files(
    tmp_path: Path, clock: Clock
) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / DB_FILE}")
    operator.init(engine, "IT security")
    operator.add_team(engine, "a")
    hub = Hub(engine, clock)
    marker = b"987.6"  # minutes breathed that only these pulses carry
    for credential in enrol(hub, "a", 5, clock):
        pulse = make_hub_pulse(WeeklyIndicators(calls=9, breathing_minutes=987.6), WEEK)
        hub.submit(credential, pulse)

    def on_disk() -> bytes:
        return b"".join(path.read_bytes() for path in tmp_path.iterdir())

    assert marker in on_disk()
    hub.close("a", WEEK)
    assert marker in json.dumps(every_table(engine)["releases"]).encode()  # the median
    engine.dispose()
    figures = on_disk().count(marker)
    assert figures == 1, "only the released median may carry the number"
