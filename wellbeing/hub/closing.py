"""Closing a tree's week: compute every team's release, store it, delete the raw pulses.

All in one transaction under the tree root's row lock, which submitting
takes too: a pulse is either inside the release or refused with 410. A tree
closes as a whole, since a department's figures count its teams' pulses,
which are gone once any of them is released. Afterwards the space the
deleted rows held is scrubbed: SQLite overwrites it (``secure_delete``) and
its WAL is checkpointed; PostgreSQL's dead rows are vacuumed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import Connection, Engine, delete

from wellbeing.core.hub_pulse import HUB_PULSE_SCHEMA, validate_hub_pulse
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.release import (
    TeamNode,
    closes_at,
    has_ended,
    release_week,
    root_of,
    subtree,
)
from wellbeing.hub import schema, store
from wellbeing.hub.errors import Invalid


def close_week(
    engine: Engine, now: datetime, team: str, week: str, *, early: bool
) -> dict[str, bool]:
    """Release ``week`` for the tree holding ``team``: each team -> shown.

    ``early`` (``hub close``) releases once the week has ended everywhere in
    the tree and refuses a week already released; otherwise (when due) it
    releases only after the close and returns ``{}`` when there is nothing
    to do.
    """
    with engine.begin() as conn:
        nodes = store.tree(conn)
        if team not in nodes:
            raise Invalid(f"--team: no team {team!r} on this hub")
        root = root_of(nodes, team)
        store.lock_team(conn, root)
        members = subtree(nodes, root)
        if store.is_released(conn, root, week):
            if early:
                raise Invalid(f"week {week} of {root!r} was already released")
            return {}
        zones = store.zones(conn, members)
        if early and not all(has_ended(week, tz, now) for tz in zones.values()):
            raise Invalid(f"--week: {week} has not ended yet in every team of {root!r}")
        if not early and now < closes_at(week, zones.values()):
            return {}
        shown = _release(conn, {name: nodes[name] for name in members}, week)
    scrub(engine)
    return shown


def _release(conn: Connection, nodes: Mapping[str, TeamNode], week: str) -> dict[str, bool]:
    by_team: dict[str, list[WeeklyIndicators]] = {}
    for row in store.pending(conn, list(nodes), week):
        stored = {"schema": HUB_PULSE_SCHEMA, "week": week, "indicators": json.loads(row["body"])}
        by_team.setdefault(row["team"], []).append(validate_hub_pulse(stored).indicators)
    released = release_week(nodes, by_team)
    store.store_release(conn, week, released)
    p = schema.pulses
    conn.execute(delete(p).where(p.c.team.in_(list(nodes)), p.c.week == week))
    return {name: figures is not None for name, figures in released.items()}


def scrub(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    elif engine.dialect.name == "postgresql":
        with engine.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
            conn.exec_driver_sql("VACUUM pulses")
