"""One week of one kind of record: a TinyDB database in one file.

The store keys records by their own ``id`` (a random hex string), not by
TinyDB's document id, so these operations look records up by ``id``. Each
change is one read and one write of the file, done through TinyDB's table
update (``Table._update_table``, the hook TinyDB's own operations use):
TinyDB's ``insert`` would read the file once more to find the next document
id, and a duplicate check another time, which triples the cost of logging a
call in a busy week. A change that turns out to change nothing writes
nothing.

A ``WeekFile`` is opened for one operation and dropped: TinyDB caches query
results and the next document id in memory, which another process's write
would make stale.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from wellbeing.store.storage import AtomicJSONStorage, Report

Docs = dict[int, Any]


class _Unchanged(Exception):
    """Raised inside a table update to skip the write."""


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


class _WeekTable(Table):
    def documents(self) -> list[Any]:
        return list(self._read_table().values())

    def change(self, edit: Callable[[Docs], bool]) -> bool:
        """Apply ``edit`` to the documents and write, unless it returns False."""

        def updater(docs: Docs) -> None:
            if not edit(docs):
                raise _Unchanged

        try:
            self._update_table(updater)
        except _Unchanged:
            return False
        return True


class _WeekDB(TinyDB):
    table_class = _WeekTable


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
        database = _WeekDB(
            path,
            storage=AtomicJSONStorage,
            on_problem=report,
            lock=lock,
            root=root,
            check=tinydb_shape,
        )
        table = database.table(database.default_table_name)
        assert isinstance(table, _WeekTable)
        self._table = table

    def documents(self) -> list[Any]:
        """Every stored document, as stored (possibly not even an object)."""
        return self._table.documents()

    def ids(self) -> set[str]:
        return {record_id for doc in self.documents() if (record_id := _id_of(doc)) is not None}

    def merge(self, docs: Sequence[Mapping[str, Any]]) -> int:
        """Add the documents whose id is not stored yet; return how many."""
        added = 0

        def edit(table: Docs) -> bool:
            nonlocal added
            present = {doc.get("id") for doc in table.values() if isinstance(doc, dict)}
            next_key = max(table, default=0) + 1
            for doc in docs:
                if doc["id"] in present:
                    continue
                table[next_key] = dict(doc)
                present.add(doc["id"])
                next_key += 1
                added += 1
            return added > 0

        self._table.change(edit)
        return added

    def replace(self, doc: Mapping[str, Any]) -> bool:
        """Put ``doc`` in place of the stored document with its id, if any."""

        def edit(table: Docs) -> bool:
            for key, stored in table.items():
                if _id_of(stored) == doc["id"]:
                    table[key] = dict(doc)
                    return True
            return False

        return self._table.change(edit)

    def drop(self, record_id: str) -> bool:
        """Remove every stored document with this id; whether there was one."""

        def edit(table: Docs) -> bool:
            keys = [key for key, stored in table.items() if _id_of(stored) == record_id]
            for key in keys:
                del table[key]
            return bool(keys)

        return self._table.change(edit)
