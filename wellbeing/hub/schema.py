"""The hub's tables (SQLAlchemy Core), chosen so that storage links no agent to a pulse.

- ``agents`` and ``viewers`` hold a credential's digest and its team: no
  name, no time of enrolment.
- ``pulses`` hold one pending pulse each, keyed by ``slot``: an HMAC, under
  the hub's secret, of the raw credential and the week. A second pulse from
  the same credential for the same week lands in the same slot and replaces
  the first; nobody without the credential can compute the slot, and the
  hub never stores the credential. A pulse row has no credential, no
  timestamp and no autoincrement; ``receipt`` is the digest of its own
  random receipt.
- Insertion order: SQLite tables are ``WITHOUT ROWID`` (rows kept in key
  order, and keys are random); on every write the hub rewrites the team's
  pending pulses of that week in key order (``store.rewrite_pending``), so on
  PostgreSQL too neither a row's place nor its hidden transaction id
  (``xmin``, the same for the whole set) says when it came.
- ``releases`` hold what a closed week shows: ``figures`` (JSON) or NULL for
  "not enough participants" — not even the count.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

NAME = 64
DIGEST = 64

metadata = MetaData()

hub_meta = Table(
    "hub_meta",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", Text, nullable=False),
    sqlite_with_rowid=False,
)

teams = Table(
    "teams",
    metadata,
    Column("name", String(NAME), primary_key=True),
    Column("parent", String(NAME), nullable=True),
    Column("k", Integer, nullable=False),
    Column("timezone", String(NAME), nullable=False),
    sqlite_with_rowid=False,
)

invites = Table(
    "invites",
    metadata,
    Column("digest", String(DIGEST), primary_key=True),
    Column("team", String(NAME), nullable=False),
    Column("expires_at", Integer, nullable=False),
    sqlite_with_rowid=False,
)

agents = Table(
    "agents",
    metadata,
    Column("digest", String(DIGEST), primary_key=True),
    Column("team", String(NAME), nullable=False),
    sqlite_with_rowid=False,
)

viewers = Table(
    "viewers",
    metadata,
    Column("digest", String(DIGEST), primary_key=True),
    Column("team", String(NAME), nullable=False),
    sqlite_with_rowid=False,
)

pulses = Table(
    "pulses",
    metadata,
    Column("slot", String(DIGEST), primary_key=True),
    Column("team", String(NAME), nullable=False, index=True),
    Column("week", String(8), nullable=False),
    Column("receipt", String(DIGEST), nullable=False, unique=True),
    Column("body", Text, nullable=False),
    sqlite_with_rowid=False,
)

releases = Table(
    "releases",
    metadata,
    Column("team", String(NAME), primary_key=True),
    Column("week", String(8), primary_key=True),
    Column("figures", Text, nullable=True),
    sqlite_with_rowid=False,
)
