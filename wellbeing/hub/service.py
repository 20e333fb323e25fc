"""The hub's protocol as plain calls: enrol, submit, retract, report, close.

The Starlette app (``app``) only parses requests and calls these; the
operator's commands (``operator``) and the tests call them too. Each call is
one transaction. Time comes from an injected ``clock``.

Closing: a tree's week is closed when due by ``close_due``, which the hub
runs at most once a ``check_every`` while handling requests (and ``serve``
on a timer), and early by ``close`` (``hub close``). Closing and submitting
both lock the tree's root row, so a pulse is either in the release or gets
410, never half of each. After a close the deleted rows' space is scrubbed
(SQLite's ``secure_delete`` and a WAL checkpoint; PostgreSQL's VACUUM).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from wellbeing.core.hub_pulse import validate_hub_pulse
from wellbeing.core.pulse import InvalidPulse
from wellbeing.core.release import closes_at, has_ended, report_document, root_of, subtree
from wellbeing.hub import closing, schema, store, tokens
from wellbeing.hub.db import reading
from wellbeing.hub.errors import Gone, Invalid, Unauthorized
from wellbeing.hub.viewers import Viewer

Clock = Callable[[], datetime]
MAX_WEEKS = 520


def utc_now() -> datetime:
    return datetime.now(UTC)


def closed_message(week: str) -> str:
    return (
        f"week {week} is closed: its figures were released and never change, "
        "so this pulse was not counted"
    )


class Hub:
    """One hub over one database."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock = utc_now,
        *,
        check_every: timedelta = timedelta(minutes=1),
    ) -> None:
        self.engine = engine
        self.clock = clock
        self._check_every = check_every
        self._next_check: datetime | None = None
        self._checking = threading.Lock()
        self._key: bytes | None = None

    # --- agents ---------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        with reading(self.engine) as conn:
            return {"operator": store.require_meta(conn, store.OPERATOR), "api": "v1"}

    def enroll(self, invite: object) -> dict[str, Any]:
        if not tokens.has_prefix(invite, tokens.INVITE):
            raise Unauthorized("this is not an invitation from this hub")
        now = int(self.clock().timestamp())
        inv = schema.invites
        with self.engine.begin() as conn:
            operator = store.require_meta(conn, store.OPERATOR)
            row = conn.execute(
                select(inv.c.digest, inv.c.team, inv.c.expires_at).where(
                    inv.c.digest == tokens.digest(invite)
                )
            ).first()
            if row is None or not tokens.same(row.digest, tokens.digest(invite)):
                raise Unauthorized("this invitation is not valid here, or was already used")
            if row.expires_at <= now:
                raise Gone("this invitation has expired: ask the hub's operator for a new one")
            used = conn.execute(delete(inv).where(inv.c.digest == row.digest))
            if used.rowcount != 1:  # another enrolment took it at the same moment
                raise Unauthorized("this invitation is not valid here, or was already used")
            credential = tokens.new_secret(tokens.AGENT)
            conn.execute(
                insert(schema.agents).values(digest=tokens.digest(credential), team=row.team)
            )
            k = store.tree(conn)[row.team].k
        return {"credential": credential, "team": row.team, "operator": operator, "k": k}

    def submit(self, credential: str, body: object) -> str:
        """Store a pulse for a finished, open week; the same credential and week replace."""
        team = self._agent_team(credential)
        try:
            pulse = validate_hub_pulse(body)
        except InvalidPulse as error:
            raise Invalid(str(error)) from None
        self.maybe_close_due()
        now = self.clock()
        receipt = tokens.new_secret(tokens.RECEIPT)
        with self.engine.begin() as conn:
            nodes = store.tree(conn)
            root = root_of(nodes, team)
            store.lock_team(conn, root)
            members = subtree(nodes, root)
            zones = store.zones(conn, members)
            if not has_ended(pulse.week, zones[team], now):
                raise Invalid(f"week {pulse.week} has not ended yet: send it once it has")
            closes = closes_at(pulse.week, zones.values())
            if store.is_released(conn, root, pulse.week) or now >= closes:
                raise Gone(closed_message(pulse.week))
            slot = tokens.keyed(self._secret(conn), "slot", credential, pulse.week)
            rows = [r for r in store.pending(conn, [team], pulse.week) if r["slot"] != slot]
            rows.append(
                {
                    "slot": slot,
                    "team": team,
                    "week": pulse.week,
                    "receipt": tokens.digest(receipt),
                    "body": json.dumps(pulse.indicators.to_dict(), sort_keys=True),
                }
            )
            store.rewrite_pending(conn, team, pulse.week, rows)
        return receipt

    def retract(self, credential: str, receipt: str) -> None:
        """Delete a pending pulse; after its week closed it exists only in the aggregate."""
        team = self._agent_team(credential)
        gone = Gone(
            "no open pulse has this receipt: if its week has closed, the pulse exists "
            "only inside the team's released figures"
        )
        if not tokens.has_prefix(receipt, tokens.RECEIPT):
            raise gone
        p = schema.pulses
        with self.engine.begin() as conn:
            store.lock_team(conn, root_of(store.tree(conn), team))
            row = conn.execute(
                select(p.c.slot, p.c.week).where(p.c.receipt == tokens.digest(receipt))
            ).first()
            if row is None:
                raise gone
            mine = tokens.keyed(self._secret(conn), "slot", credential, row.week)
            if not tokens.same(row.slot, mine):
                raise gone
            conn.execute(delete(p).where(p.c.slot == row.slot))

    # --- viewers --------------------------------------------------------------

    def viewer(self, credential: object) -> Viewer | None:
        if not tokens.has_prefix(credential, tokens.VIEWER):
            return None
        v = schema.viewers
        with reading(self.engine) as conn:
            row = conn.execute(
                select(v.c.digest, v.c.team).where(v.c.digest == tokens.digest(credential))
            ).first()
        if row is None or not tokens.same(row.digest, tokens.digest(credential)):
            return None
        return Viewer(team=row.team)

    def teams_for(self, viewer: Viewer) -> list[str]:
        with reading(self.engine) as conn:
            nodes = store.tree(conn)
        return subtree(nodes, viewer.team) if viewer.team in nodes else []

    def report(self, viewer: Viewer, team: str, weeks: int = 12) -> dict[str, Any]:
        """The released figures of ``team`` (the viewer's or one under it), newest weeks."""
        if team not in self.teams_for(viewer):
            raise PermissionError(f"this viewer credential does not cover team {team!r}")
        if not 1 <= weeks <= MAX_WEEKS:
            raise Invalid(f"weeks: must be from 1 to {MAX_WEEKS}, got {weeks}")
        self.maybe_close_due()
        with reading(self.engine) as conn:
            k = store.tree(conn)[team].k
            rows = store.released(conn, team, weeks)
        return report_document(team, k, rows)

    # --- closing --------------------------------------------------------------

    def close(self, team: str, week: str) -> dict[str, bool]:
        """Release ``week`` now for the whole tree that holds ``team``: team -> shown."""
        return closing.close_week(self.engine, self.clock(), team, week, early=True)

    def maybe_close_due(self) -> None:
        now = self.clock()
        if self._next_check is not None and now < self._next_check:
            return
        if not self._checking.acquire(blocking=False):
            return
        try:
            self._next_check = now + self._check_every
            self.close_due()
        finally:
            self._checking.release()

    def close_due(self) -> list[tuple[str, str]]:
        """Close every tree's week whose close has passed; the (root, week) closed."""
        p = schema.pulses
        with reading(self.engine) as conn:
            nodes = store.tree(conn)
            waiting = {
                (row.team, row.week) for row in conn.execute(select(p.c.team, p.c.week).distinct())
            }
        closed = []
        for root, week in sorted({(root_of(nodes, team), week) for team, week in waiting}):
            if closing.close_week(self.engine, self.clock(), root, week, early=False):
                closed.append((root, week))
        return closed

    # --- helpers --------------------------------------------------------------

    def _agent_team(self, credential: object) -> str:
        unknown = Unauthorized("unknown credential: enrol again with a new invitation")
        if not tokens.has_prefix(credential, tokens.AGENT):
            raise unknown
        a = schema.agents
        with reading(self.engine) as conn:
            row = conn.execute(
                select(a.c.digest, a.c.team).where(a.c.digest == tokens.digest(credential))
            ).first()
        if row is None or not tokens.same(row.digest, tokens.digest(credential)):
            raise unknown
        team: str = row.team
        return team

    def _secret(self, conn: Connection) -> bytes:
        if self._key is None:
            self._key = bytes.fromhex(store.require_meta(conn, store.SECRET))
        return self._key
