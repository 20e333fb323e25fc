"""The data directory's schema version, and the migrations that move it forward.

``meta.json`` holds ``{"schema": N}``. A directory without it but with data
was written before the version was recorded: schema 0. Opening a store runs
``MIGRATIONS[n]`` for each version from the stored one up to
``SCHEMA_VERSION``, recording the version after each step, so a crash in the
middle resumes from the last finished step (each step must therefore be
safe to run twice). A directory written by a newer version is refused, not
guessed at: an older program could otherwise drop fields it does not know.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from wellbeing.store.errors import StoreError
from wellbeing.store.layout import META, has_data
from wellbeing.store.lock import StoreLock
from wellbeing.store.storage import AtomicJSONStorage, Report

SCHEMA_VERSION = 1

Migration = Callable[[Path], None]


def _from_0(root: Path) -> None:
    """Schema 0 is today's layout without ``meta.json``: nothing to convert."""


MIGRATIONS: dict[int, Migration] = {0: _from_0}


def _meta_shape(data: dict[str, Any]) -> str | None:
    version = data.get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        return f"no schema version, found {version!r}"
    return None


def ensure_schema(root: Path, *, lock: StoreLock, report: Report) -> int:
    """Bring the directory to ``SCHEMA_VERSION``; return the version found.

    Call with the lock held. Raises ``StoreError`` for a newer schema.
    """
    storage = AtomicJSONStorage(
        root / META, on_problem=report, lock=lock, root=root, check=_meta_shape
    )
    meta = storage.read()
    if meta is None:
        found = 0 if has_data(root) else SCHEMA_VERSION
        meta = {"schema": found}
        storage.write(meta)
    found = int(meta["schema"])
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"{root} was written by a newer version of wellbeing (data schema {found}; "
            f"this version reads schema {SCHEMA_VERSION} and older): update wellbeing"
        )
    version = found
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](root)
        version += 1
        meta = {**meta, "schema": version}
        storage.write(meta)
    return found


def check_schema(root: Path, *, report: Report) -> int:
    """The schema version of a directory opened for reading only (no lock, no writes).

    Raises ``StoreError`` unless it is exactly ``SCHEMA_VERSION`` (or a new,
    empty directory): an older one would need a migration, which cannot be
    written, and a newer one cannot be read.
    """
    meta = AtomicJSONStorage(root / META, on_problem=report, root=root, check=_meta_shape)
    try:
        data = meta.read()
    except StoreError as error:
        raise StoreError(f"cannot read {root}: {error}") from None
    found = SCHEMA_VERSION if data is None and not has_data(root) else 0
    if data is not None:
        found = int(data["schema"])
    if found != SCHEMA_VERSION:
        raise StoreError(
            f"{root} holds data schema {found}, this version reads schema {SCHEMA_VERSION}, "
            "and the directory cannot be written to bring it up to date"
        )
    return found
