"""The "Journal" tab: filters, the list of entries, one entry in full, and actions.

The view shows what it is given (``set_entries``) and asks its owner for
the rest through signals: ``older_needed(date)`` when the agent picks a
start date before the loaded days, ``delete_requested(entry)`` and
``export_requested()``. It never touches the store.

Choices where the design was silent:

- The side panel follows the current row, so the arrow keys browse;
  Enter or a double-click opens the entry too (the same panel), and the
  Delete key asks to delete it, like the button.
- Chips and dates filter at once (a pass over 46,000 entries takes a few
  milliseconds); the search text waits ``DEBOUNCE_MS`` after the last key.
- After a filter or a delete the list keeps the entry that was current if
  it is still shown, else the one now in its row, so deleting several in a
  row needs no mouse.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core import journal
from wellbeing.core.journal import Entry
from wellbeing.core.records import Call
from wellbeing.ui.history import journal_text
from wellbeing.ui.history.journal_filters import JournalFilters
from wellbeing.ui.history.journal_model import Column, JournalModel
from wellbeing.ui.placement import scrolling
from wellbeing.ui.plural import english_singular
from wellbeing.ui.reflection.reflection_fields import tab_chain
from wellbeing.ui.theme import Colors, text_label

DEBOUNCE_MS = 250
COLUMN_WIDTHS = {Column.WHEN: 150, Column.KIND: 90, Column.DIFFICULTY: 120, Column.TAGS: 170}


class JournalView(QWidget):
    older_needed = Signal(object)  # date: the first day the filter asks for
    delete_requested = Signal(object)  # Entry
    export_requested = Signal()

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._calls: Mapping[str, Call] = {}
        self._since: date | None = None
        self._now: datetime | None = None
        self._widening = False

        self.filters = JournalFilters()
        self.filters.changed.connect(self.apply_filters)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.filters.text_edited.connect(self._debounce.start)

        self.model = JournalModel(self)
        self.list = QTreeView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.setAccessibleDescription(
            self.tr("Newest first. Enter opens an entry; Delete deletes it.")
        )
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setUniformRowHeights(True)  # no row is measured: fast at 46,000 rows
        self.list.setAlternatingRowColors(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setStyleSheet("QTreeView::item { padding: 4px 2px; }")  # room to read
        header = self.list.header()
        header.setAccessibleName(self.tr("Columns"))
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        for column, width in COLUMN_WIDTHS.items():
            self.list.setColumnWidth(column, width)
        self.list.activated.connect(self._on_activated)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Entry details"))
        self.details.setOpenLinks(False)
        self.details.setTabChangesFocus(True)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setMinimumWidth(300)
        self.details.document().setDocumentMargin(12)
        self.details.setHtml(journal_text.no_entry_html())

        self.count = text_label("", colors, muted=True)
        self.status = text_label("", colors, muted=True)
        self.status.setAccessibleName(self.tr("Status"))
        self.delete_button = QPushButton(self.tr("&Delete entry"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export everything to a file"))
        self.export_button.setAccessibleDescription(
            self.tr("Every record, whatever the filters show, as the command line exports it.")
        )
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_requested)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 420])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 10, 0, 0)
        box.setSpacing(10)
        box.addWidget(self._filter_bar())
        box.addWidget(self.count)
        box.addWidget(split, 1)
        box.addLayout(buttons)
        tab_chain(
            [
                *self.filters.focus_chain(),
                self.list,
                self.details,
                self.delete_button,
                self.export_button,
            ]
        )

    # --- public -------------------------------------------------------------------

    def set_entries(
        self,
        entries: list[Entry],
        calls: Mapping[str, Call],
        *,
        since: date | None,
        now: datetime,
        dates: tuple[date, date] | None = None,
    ) -> None:
        """Hold a new journal (everything loaded, unfiltered) and filter it again.

        ``since`` is the first loaded day (None: all of it), ``calls`` the
        loaded calls by id (for a reflection's call), ``dates`` a range to
        put in the date filter (else it stays as it is).
        """
        self._entries, self._calls, self._since, self._now = entries, calls, since, now
        if dates is not None:
            self.filters.set_range(*dates)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the entries that pass the filters now (no waiting for the debounce)."""
        self._debounce.stop()
        flt = self.filters.value()
        start = flt.start
        if not self._widening and start is not None and self._since and start < self._since:
            self._widening = True
            try:
                self.older_needed.emit(start)  # the owner loads more and calls set_entries
            finally:
                self._widening = False
            if self._since is None or start >= self._since:
                return
        current = self.current_entry()
        row = max(self.list.currentIndex().row(), 0)
        shown = journal.apply(self._entries, flt)
        self.model.set_entries(shown)
        self.count.setText(self._count_text(len(shown)))
        keep = self.model.row_of(current.id) if current is not None else None
        if keep is None and current is not None and shown:
            keep = min(row, len(shown) - 1)
        self._select(keep)

    def open_entry(self, row: int) -> Entry | None:
        """Make ``row`` current and show it in full; the entry, or None if no such row."""
        entry = self.model.entry(row)
        self._select(row if entry is not None else None)
        return entry

    def current_entry(self) -> Entry | None:
        index = self.list.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def details_text(self) -> str:
        return self.details.toPlainText()

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    # --- slots --------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        self._show(entry)

    def _on_activated(self, index: QModelIndex) -> None:
        self._show(self.model.entry(index.row()))

    def _on_delete(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.delete_requested.emit(entry)

    # --- helpers ------------------------------------------------------------------

    def _select(self, row: int | None) -> None:
        selection = self.list.selectionModel()
        if row is None:
            selection.clearCurrentIndex()
            selection.clearSelection()
            self._show(None)
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.list.scrollTo(index)
        self._show(self.model.entry(row))

    def _show(self, entry: Entry | None) -> None:
        self.delete_button.setEnabled(entry is not None)
        if entry is None or self._now is None:
            self.details.setHtml(journal_text.no_entry_html())
            return
        linked = self._calls.get(entry.call_id) if entry.call_id else None
        self.details.setHtml(journal_text.details_html(entry, linked, self._now))

    def _filter_bar(self) -> QScrollArea:
        """The filters, scrolling sideways when a long language makes them wider
        than the window can be on a small screen: nothing is squeezed or cut."""
        bar = scrolling(self.filters, keep_width=False)
        bar.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        extent = bar.horizontalScrollBar().sizeHint().height()
        bar.setFixedHeight(self.filters.sizeHint().height() + extent)
        return bar

    def _count_text(self, shown: int) -> str:
        if shown == 0:
            return self.tr("No entries match these filters.")
        text = "%Ln entries shown, newest first"
        translated = self.tr("%Ln entries shown, newest first", "", shown)
        return english_singular(translated, text, shown, "%Ln entry shown, newest first")
