"""The journal's filter bar: dates, kinds, difficulty, tags and text.

``value()`` is the ``core.journal.Filter`` the controls show; ``changed``
fires when a date or a chip changes and ``text_edited`` when the search
text does (the journal view applies the latter after a short pause, so a
word typed quickly filters once).

Chips are the reflection dialog's ``ChipGroup``: one Tab stop per row,
arrow keys to move, Space to toggle. Inside a row any chip matches (angry
or abusive); rows combine (core.journal, "Filters combine with AND").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from wellbeing.core.journal import Filter
from wellbeing.core.records import Tag
from wellbeing.ui.history import journal_text
from wellbeing.ui.reflection.reflection_fields import ChipGroup, tag_labels

EARLIEST = QDate(2000, 1, 1)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class JournalFilters(QWidget):
    changed = Signal()
    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = self._date_edit(self.tr("From date"), self.tr("Show entries from this day on"))
        self.end = self._date_edit(self.tr("To date"), self.tr("Show entries up to this day"))
        self.kinds = ChipGroup(journal_text.kind_filter_names(), self.tr("Kinds"), columns=3)
        self.kinds.setAccessibleName(self.tr("Kinds of entry"))
        self.difficulty = ChipGroup(
            {str(n): journal_text.difficulty_text(n) for n in range(1, 6)},
            self.tr("Difficulty"),
            columns=5,
        )
        self.difficulty.setAccessibleName(self.tr("Difficulty"))
        self.tags = ChipGroup(
            {tag.value: label for tag, label in tag_labels().items()}, self.tr("Tags"), columns=7
        )
        self.tags.setAccessibleName(self.tr("Tags"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search what you wrote"))
        self.search.setAccessibleName(self.tr("Search the journal text"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.clear = QPushButton(self.tr("C&lear filters"))
        self.clear.setAccessibleName(self.tr("Clear filters"))
        self.clear.setAutoDefault(False)
        self.clear.clicked.connect(self.reset)
        for group in (self.kinds, self.difficulty, self.tags):
            group.changed.connect(self.changed)
        self.search.textChanged.connect(self.text_edited)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.start)
        dates.addWidget(self._label(self.tr("to"), self.end))
        dates.addWidget(self.end)
        dates.addStretch(1)
        grid.addWidget(self._label(self.tr("&From"), self.start), 0, 0)
        grid.addLayout(dates, 0, 1)
        grid.addWidget(self._label(self.tr("&Search"), self.search), 0, 2)
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear)
        grid.addLayout(search_row, 0, 3)
        grid.addWidget(self._label(self.tr("S&how"), self.kinds), 1, 0)
        grid.addWidget(self.kinds, 1, 1)
        grid.addWidget(self._label(self.tr("&Difficulty"), self.difficulty), 1, 2)
        grid.addWidget(self.difficulty, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self._label(self.tr("T&ags"), self.tags), 2, 0)
        grid.addWidget(self.tags, 2, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(3, 1)

    def _date_edit(self, name: str, description: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(EARLIEST)
        # Typing a year digit by digit must not load every older day on the way.
        edit.setKeyboardTracking(False)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        inner = edit.findChild(QLineEdit)
        if inner is not None:  # where the focus sits while typing a date
            inner.setAccessibleName(name)
        edit.dateChanged.connect(lambda _: self.changed.emit())
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- public -------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        """The filters in Tab order: dates, kinds, difficulty, tags, search, clear."""
        return [
            self.start,
            self.end,
            *self.kinds.chips(),
            *self.difficulty.chips(),
            *self.tags.chips(),
            self.search,
            self.clear,
        ]

    def set_range(self, start: date, end: date) -> None:
        """Show ``start``..``end`` without emitting ``changed``."""
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)

    def value(self) -> Filter:
        """The filter the controls show."""
        return Filter(
            start=to_date(self.start.date()),
            end=to_date(self.end.date()),
            difficulties=frozenset(int(n) for n in self.difficulty.selected()),
            tags=frozenset(Tag(value) for value in self.tags.selected()),
            text=self.search.text(),
            kinds=frozenset(self.kinds.selected()),
        )

    def reset(self) -> None:
        """Every chip off and no text; the dates stay (they say what is loaded)."""
        for group in (self.kinds, self.difficulty, self.tags):
            group.blockSignals(True)  # one ``changed`` below, not one per chip
            for chip in group.chips():
                chip.setChecked(False)
            group.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.changed.emit()
