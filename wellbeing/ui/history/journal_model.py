"""The journal list's model: a table over a list of ``core.journal.Entry``.

One model row per entry, five columns (when, kind, difficulty, tags,
summary). It holds the filtered list and nothing else: the view asks only
for the rows on screen, so 46,000 entries cost a list assignment, not
46,000 widgets, and the words of a row are composed only when it is drawn.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from wellbeing.core.journal import Entry, EntryKind
from wellbeing.ui.history import journal_text

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    KIND = 1
    DIFFICULTY = 2
    TAGS = 3
    SUMMARY = 4


class JournalModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._kinds = journal_text.kind_names()
        self._headers = {
            Column.WHEN: self.tr("When"),
            Column.KIND: self.tr("Kind"),
            Column.DIFFICULTY: self.tr("Difficulty"),
            Column.TAGS: self.tr("Tags"),
            Column.SUMMARY: self.tr("Summary"),
        }

    def set_entries(self, entries: list[Entry]) -> None:
        """Show ``entries`` (already filtered and ordered)."""
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return self._entries

    def ids(self) -> list[str]:
        """The ids of the rows, top to bottom."""
        return [entry.id for entry in self._entries]

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return journal_text.summary(entry) if column == Column.SUMMARY else None
        if column == Column.WHEN:
            return journal_text.when(entry.at)
        if column == Column.KIND:
            return self._kinds[entry.kind]
        if column == Column.DIFFICULTY:
            if entry.kind is EntryKind.CALL:
                return journal_text.call_difficulty_text(entry.difficulty)
            return journal_text.difficulty_text(entry.difficulty)
        if column == Column.TAGS:
            return journal_text.tags_text(entry.tags)
        return journal_text.summary(entry)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None
