"""The operator's commands, as calls on the hub's database: set up, teams, invitations, viewers.

Choices where the design was silent:

- A team's time zone defaults to UTC; name one (``Europe/Berlin``) so its
  weeks end at its own midnight.
- Team names are 1 to 64 letters, digits, spaces, dots, dashes or
  underscores: they appear in URLs and in the lead's page.
- ``team add`` on an existing team changes its k (and time zone) only; a
  team never moves to another parent, since released parents would then
  not add up.
- Invitations expire after 14 days unless ``--expires`` says otherwise; at
  most 1,000 at a time.
- ``status`` shows counts only: teams, agents, viewers, open invitations,
  released and shown weeks, and pulses waiting for a close in total —
  never per team or week, which would tell who sent when.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, func, insert, select, update

from wellbeing.core.errors import InvalidInput
from wellbeing.core.release import MIN_GROUP, check_k
from wellbeing.hub import schema, store, tokens
from wellbeing.hub.db import reading

_TEAM = re.compile(r"[\w][\w .-]{0,63}")
MAX_INVITES = 1000
DEFAULT_EXPIRY_DAYS = 14


def check_team_name(name: str) -> str:
    if not _TEAM.fullmatch(name) or name != name.strip():
        raise InvalidInput(
            f"team: 1 to 64 letters, digits, spaces, dots, dashes or underscores, got {name!r}"
        )
    return name


def init(engine: Engine, operator: str) -> None:
    text = " ".join(operator.split())
    if not 1 <= len(text) <= 200 or any(unicodedata.category(c) == "Cc" for c in text):
        raise InvalidInput("--operator: 1 to 200 printable characters saying who runs the hub")
    with engine.begin() as conn:
        if store.meta(conn, store.OPERATOR) is not None:
            raise InvalidInput("this hub is already set up (its operator is fixed)")
        conn.execute(
            insert(schema.hub_meta),
            [
                {"key": store.OPERATOR, "value": text},
                {"key": store.SECRET, "value": secrets.token_hex(32)},
            ],
        )


def add_team(
    engine: Engine,
    name: str,
    *,
    parent: str | None = None,
    k: int | None = None,
    timezone: str | None = None,
) -> str:
    """Add a team (or raise an existing team's k); a line saying what was done."""
    check_team_name(name)
    if timezone is not None:
        _check_zone(timezone)
    t = schema.teams
    with engine.begin() as conn:
        store.require_meta(conn, store.OPERATOR)
        nodes = store.tree(conn)
        if name in nodes:
            node = nodes[name]
            if parent is not None and parent != node.parent:
                raise InvalidInput(f"--parent: team {name!r} exists and never moves")
            changes: dict[str, Any] = {}
            if k is not None:
                changes["k"] = check_k(k, current=node.k, released=store.any_release(conn, name))
            if timezone is not None:
                changes["timezone"] = timezone
            if not changes:
                raise InvalidInput(f"team {name!r} exists: give --min-group or --timezone")
            conn.execute(update(t).where(t.c.name == name).values(**changes))
            return f"team {name!r} updated"
        if parent is not None and parent not in nodes:
            raise InvalidInput(f"--parent: no team {parent!r} on this hub")
        conn.execute(
            insert(t).values(
                name=name,
                parent=parent,
                k=check_k(MIN_GROUP if k is None else k),
                timezone=timezone or "UTC",
            )
        )
    return f"team {name!r} added"


def check_count(count: int, option: str = "--count") -> int:
    if not 1 <= count <= MAX_INVITES:
        raise InvalidInput(f"{option}: from 1 to {MAX_INVITES}, got {count}")
    return count


def invite(
    engine: Engine, team: str, count: int, now: datetime, days: int = DEFAULT_EXPIRY_DAYS
) -> list[str]:
    """``count`` single-use invitations to ``team``, shown once and stored as digests."""
    check_count(count)
    if not 1 <= days <= 365:
        raise InvalidInput(f"--expires: from 1 to 365 days, got {days}")
    expires = int((now + timedelta(days=days)).timestamp())
    codes = [tokens.new_secret(tokens.INVITE) for _ in range(count)]
    with engine.begin() as conn:
        _require_team(conn, team)
        conn.execute(
            insert(schema.invites),
            [{"digest": tokens.digest(c), "team": team, "expires_at": expires} for c in codes],
        )
    return codes


def add_viewer(engine: Engine, team: str) -> str:
    """A viewer credential for ``team`` and the teams under it, shown once."""
    credential = tokens.new_secret(tokens.VIEWER)
    with engine.begin() as conn:
        _require_team(conn, team)
        conn.execute(insert(schema.viewers).values(digest=tokens.digest(credential), team=team))
    return credential


def status(engine: Engine, now: datetime) -> dict[str, Any]:
    def count(table: Any, *where: Any) -> int:
        found: int = conn.execute(
            select(func.count()).select_from(table).where(*where)
        ).scalar_one()
        return found

    r = schema.releases
    with reading(engine) as conn:
        operator = store.require_meta(conn, store.OPERATOR)
        return {
            "operator": operator,
            "teams": count(schema.teams),
            "agents": count(schema.agents),
            "viewers": count(schema.viewers),
            "open_invitations": count(
                schema.invites, schema.invites.c.expires_at > int(now.timestamp())
            ),
            "released_weeks": count(r),
            "shown_weeks": count(r, r.c.figures.is_not(None)),
            "pending_pulses": count(schema.pulses),
        }


def _require_team(conn: Any, team: str) -> None:
    store.require_meta(conn, store.OPERATOR)
    if team not in store.tree(conn):
        raise InvalidInput(f"--team: no team {team!r} on this hub")


def _check_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"--timezone: no time zone {name!r} (try Europe/Berlin)") from None
