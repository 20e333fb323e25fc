"""Reading and writing the hub's tables inside a transaction the caller holds."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, delete, insert, select

from wellbeing.core.release import Figures, TeamNode
from wellbeing.hub import schema
from wellbeing.hub.errors import NotInitialised

OPERATOR, SECRET = "operator", "secret"


def meta(conn: Connection, key: str) -> str | None:
    row = conn.execute(select(schema.hub_meta.c.value).where(schema.hub_meta.c.key == key))
    value: str | None = row.scalar_one_or_none()
    return value


def require_meta(conn: Connection, key: str) -> str:
    value = meta(conn, key)
    if value is None:
        raise NotInitialised("this hub is not set up yet: its operator runs `wellbeing hub init`")
    return value


def tree(conn: Connection) -> dict[str, TeamNode]:
    rows = conn.execute(select(schema.teams.c.name, schema.teams.c.parent, schema.teams.c.k))
    return {name: TeamNode(name, parent, k) for name, parent, k in rows}


def zones(conn: Connection, names: Sequence[str]) -> dict[str, ZoneInfo]:
    t = schema.teams
    rows = conn.execute(select(t.c.name, t.c.timezone).where(t.c.name.in_(names)))
    return {name: ZoneInfo(zone) for name, zone in rows}


def lock_team(conn: Connection, name: str) -> None:
    """Serialise writes to one team tree: close and submit take its root's row lock."""
    t = schema.teams
    conn.execute(select(t.c.name).where(t.c.name == name).with_for_update())


def is_released(conn: Connection, team: str, week: str) -> bool:
    r = schema.releases
    row = conn.execute(select(r.c.team).where(r.c.team == team, r.c.week == week))
    return row.first() is not None


def any_release(conn: Connection, team: str) -> bool:
    r = schema.releases
    return conn.execute(select(r.c.team).where(r.c.team == team).limit(1)).first() is not None


def pending(conn: Connection, teams: Sequence[str], week: str) -> list[Mapping[str, Any]]:
    p = schema.pulses
    rows = conn.execute(select(p).where(p.c.team.in_(teams), p.c.week == week))
    return [dict(row._mapping) for row in rows]


def rewrite_pending(
    conn: Connection, team: str, week: str, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Replace the team's pending pulses of ``week`` by ``rows``, written in slot order.

    Writing the whole set again on every change keeps the rows' physical
    order that of their random slots, whatever order they arrived in.
    """
    p = schema.pulses
    conn.execute(delete(p).where(p.c.team == team, p.c.week == week))
    ordered = sorted(rows, key=lambda row: row["slot"])
    if ordered:
        conn.execute(insert(p), [dict(row) for row in ordered])


def store_release(conn: Connection, week: str, released: Mapping[str, Figures | None]) -> None:
    rows = [
        {"team": team, "week": week, "figures": None if f is None else json.dumps(f)}
        for team, f in released.items()
    ]
    conn.execute(insert(schema.releases), rows)


def released(conn: Connection, team: str, weeks: int) -> list[tuple[str, Figures | None]]:
    """The team's latest ``weeks`` released weeks, newest first."""
    r = schema.releases
    rows = conn.execute(
        select(r.c.week, r.c.figures).where(r.c.team == team).order_by(r.c.week.desc()).limit(weeks)
    )
    return [(week, None if figures is None else json.loads(figures)) for week, figures in rows]
