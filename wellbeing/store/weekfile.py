"""One week of one kind of record: a TinyDB database in one file.

The file is TinyDB's own format (``{"_default": {"1": {...}, ...}}``), read
and written through our ``AtomicJSONStorage``, a subclass of TinyDB's public
``Storage``, so ``TinyDB(path, storage=AtomicJSONStorage)`` opens any week
file. The store keys records by their own ``id`` (a random hex string), not
by TinyDB's document id, so these operations look records up by ``id`` and
go to the storage directly: each change is one read and one write of the
file, where TinyDB's ``Table`` would read it again to find the next
document id and once more for a duplicate check, tripling the cost of
logging a call in a busy week. A change that changes nothing writes
nothing; tables other than the default one are kept as they are.

A file that cannot be read at all (``UnreadableFile``) reads as no
documents, reported, for a reader; a change raises, so nothing that could
not be read is ever overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from wellbeing.store.errors import UnreadableFile
from wellbeing.store.storage import AtomicJSONStorage, Report

Docs = dict[int, Any]
TABLE = TinyDB.default_table_name


def _id_of(doc: Any) -> Any:
    return doc.get("id") if isinstance(doc, Mapping) else None


def tinydb_shape(data: dict[str, Any]) -> str | None:
    """Why ``data`` is not a TinyDB database, or None.

    TinyDB itself would crash on a table that is not an object or a document
    id that is not a number, so such a file is moved aside like one that
    does not parse. A single document that is not an object is left in
    place: the repository skips it and reports it.
    """
    for name, table in data.items():
        if not isinstance(table, dict):
            return f"table {name!r} is not an object"
        if not all(key.isdecimal() for key in table):
            return f"table {name!r} has a document id that is not a number"
    return None


class WeekFile:
    def __init__(
        self,
        path: Path,
        *,
        report: Report,
        lock: AbstractContextManager[object],
        root: Path,
    ) -> None:
        self.path = path
        self._report = report
        self._storage = AtomicJSONStorage(
            path, on_problem=report, lock=lock, root=root, check=tinydb_shape
        )

    @property
    def label(self) -> str:
        return self._storage.label

    def documents(self) -> list[Any]:
        """Every stored document, as stored (possibly not even an object).

        An unreadable file is reported and reads as empty.
        """
        try:
            data = self._storage.read() or {}
        except UnreadableFile as error:
            self._report(f"{error}; skipped it")
            return []
        return list(data.get(TABLE, {}).values())

    def ids(self) -> set[str]:
        return {record_id for doc in self.documents() if (record_id := _id_of(doc)) is not None}

    def merge(self, docs: Sequence[Mapping[str, Any]]) -> int:
        """Add the documents whose id is not stored yet; return how many."""
        added = 0

        def edit(table: Docs) -> bool:
            nonlocal added
            present = {_id_of(doc) for doc in table.values()}
            next_key = max(table, default=0) + 1
            for doc in docs:
                if doc["id"] in present:
                    continue
                table[next_key] = dict(doc)
                present.add(doc["id"])
                next_key += 1
                added += 1
            return added > 0

        self._change(edit)
        return added

    def replace(self, doc: Mapping[str, Any]) -> bool:
        """Put ``doc`` in place of the stored document with its id, if any."""

        def edit(table: Docs) -> bool:
            for key, stored in table.items():
                if _id_of(stored) == doc["id"]:
                    table[key] = dict(doc)
                    return True
            return False

        return self._change(edit)

    def drop(self, record_id: str) -> bool:
        """Remove every stored document with this id; whether there was one."""

        def edit(table: Docs) -> bool:
            keys = [key for key, stored in table.items() if _id_of(stored) == record_id]
            for key in keys:
                del table[key]
            return bool(keys)

        return self._change(edit)

    def _change(self, edit: Callable[[Docs], bool]) -> bool:
        """Apply ``edit`` to the documents and write, unless it returns False.

        Raises ``UnreadableFile`` (with "nothing was saved") before any write
        if the file cannot be read.
        """
        try:
            data = self._storage.read() or {}
        except UnreadableFile as error:
            raise UnreadableFile(f"{error}; nothing was saved") from None
        table = {int(key): doc for key, doc in data.get(TABLE, {}).items()}
        if not edit(table):
            return False
        self._storage.write({**data, TABLE: {str(key): doc for key, doc in table.items()}})
        return True
