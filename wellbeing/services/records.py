"""What the windows may do to the agent's records, beyond logging them.

The history window lists, deletes and exports; the settings dialog deletes
everything. Views only ask: the reading, deleting and writing of files
happen here, so a view holds no store and writes no file. Each change is
announced on ``changed`` (a deleted call changes the streak the tray
shows).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from wellbeing.core.journal import STORE_KIND, EntryKind
from wellbeing.store.repository import RecordRepository
from wellbeing.store.store import Store

if TYPE_CHECKING:
    from wellbeing.services.history_view import HistoryViewData


class Records(QObject):
    changed = Signal()
    """Records were deleted (one, or all of them)."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def view_data(self, now: datetime, days: int | None) -> HistoryViewData:
        """The last ``days`` days (all of them with None), as the history window shows them."""
        from wellbeing.services.history_view import load_history_view_data

        return load_history_view_data(self._store, now, days)

    def view_job(self, now: datetime, days: int | None) -> Callable[[], HistoryViewData]:
        """``view_data`` as a job for a worker thread: it holds the store, no ``QObject``."""
        from wellbeing.services.history_view import load_history_view_data

        return partial(load_history_view_data, self._store, now, days)

    def delete(self, kind: EntryKind, record_id: str) -> None:
        """Delete one entry for good; raises ``StoreError`` or ``OSError``."""
        self._repository(kind).delete(record_id)
        self.changed.emit()

    def export(self, path: Path, fmt: str) -> None:
        """Every record, read afresh, written as ``wellbeing export`` writes it."""
        from wellbeing.services.export import export_to_file

        export_to_file(self._store.history(), path, fmt)

    def delete_all(self) -> None:
        """Every record and every other private file go (``Store.purge``).

        The shared pulses are not withdrawn here: that waits on the network,
        so the caller asks ``SharingRunner.retract_all`` first.
        """
        self._store.purge()
        self.changed.emit()

    def _repository(self, kind: EntryKind) -> RecordRepository[Any]:
        store = self._store
        repositories: dict[str, RecordRepository[Any]] = {
            "calls": store.calls,
            "breaks": store.breaks,
            "prompts": store.prompts,
            "reflections": store.reflections,
            "checkins": store.checkins,
        }
        return repositories[STORE_KIND[kind]]
