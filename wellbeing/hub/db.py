"""Opening the hub's database: SQLite in the hub's data dir by default, any SQLAlchemy URL else.

SQLite is opened so that concurrent writes queue instead of failing
(``BEGIN IMMEDIATE``, a busy timeout) and reads (``reading``) run beside
them (WAL) and deleted pulses do not linger
in free pages (``secure_delete``). Its files are created 0600 in a 0700
directory: SQLite gives its journal and WAL files the database file's mode.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from wellbeing.hub.schema import metadata

DB_FILE = "hub.sqlite3"
READ_ONLY = "wellbeing_read_only"


def default_url(hub_dir: Path) -> str:
    return f"sqlite:///{hub_dir / DB_FILE}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def open_engine(url: str) -> Engine:
    """An engine for ``url`` with the tables created; SQLite files private to the user."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    else:
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            _private_file(Path(database))
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    metadata.create_all(engine)
    return engine


def _private_file(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def reading(engine: Engine) -> Connection:
    """A connection for reads only: on SQLite it does not queue behind writers."""
    return engine.connect().execution_options(**{READ_ONLY: True})


def _sqlite_begin(connection: Any) -> None:
    """Writers take the write lock at once, so two never deadlock upgrading a read lock."""
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
