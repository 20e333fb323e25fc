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

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.reasons import from_legacy_text
from wellbeing.store.errors import StoreError
from wellbeing.store.layout import META, has_data
from wellbeing.store.lock import StoreLock
from wellbeing.store.storage import AtomicJSONStorage, Report, dump, write_atomically
from wellbeing.store.weeks import week_monday

SCHEMA_VERSION = 2

Migration = Callable[[Path], None]


def _from_0(root: Path) -> None:
    """Schema 0 is today's layout without ``meta.json``: nothing to convert."""


def _from_1(root: Path) -> None:
    """Schema 2 stores a prompt's reason as a code and its parameters
    (``core.reasons``), not as English text: rewrite the prompt files that
    still hold text. A reason already in the new shape, a document that is
    not an object and a file that does not parse are left as they are (the
    repository reports those when it reads them), so running twice is safe.
    """
    folder = root / "prompts"
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if week_monday(path.name) is None:
            continue
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError):
            continue
        if isinstance(data, dict) and _reasons_to_codes(data):
            write_atomically(path, dump(data))


def _reasons_to_codes(database: dict[str, Any]) -> bool:
    changed = False
    for table in database.values():
        for doc in table.values() if isinstance(table, dict) else ():
            if isinstance(doc, dict) and isinstance(doc.get("reason"), str):
                try:
                    doc["reason"] = from_legacy_text(doc["reason"]).to_dict()
                except InvalidInput:
                    continue
                changed = True
    return changed


MIGRATIONS: dict[int, Migration] = {0: _from_0, 1: _from_1}


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
