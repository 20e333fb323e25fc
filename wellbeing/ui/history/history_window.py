"""The history window: the agent's pattern over weeks, and the journal.

Two tabs. "Your pattern" draws four charts (``history_charts``) for a
range the agent picks: the last 30 or 90 days, this year, or all time.
"Journal" lists calls, reflections and breaks with filters, shows one
entry in full, deletes an entry, and exports (``journal_view``).

Opening fast with years of records (the target is 300 ms for two years,
about 40,000 calls): the window reads only the last 90 days
(``history_view.load_history_view_data(days=90)``, about 70 ms) and
reads everything (about 0.6 s, on a worker thread while the journal says
it is loading, so the window never freezes) only when the agent
asks for older days: "All time", "This year" reaching before those 90
days, or a journal start date before them. After that everything is in
memory and every range or filter is computed from it. pyqtgraph, which
alone takes about a quarter of a second to import, is imported when the
charts are built: right after the window is first painted, so the window
and its journal appear at once ("Drawing your charts…" in the first tab)
and the charts follow a moment later; ``ensure_charts()`` builds them at
once.

Choices where the design was silent:

- The window reads, deletes and exports through ``services.records``:
  it holds no store and writes no file.
- Export is everything, read afresh from the store, whatever the filters
  or the range show, exactly as ``wellbeing export`` writes it: it is a
  backup, not a report. JSON holds every kind; CSV the calls.
- Deleting asks first (``confirm_delete``), has the service delete, then
  drops the record from what is in memory and draws the charts and the list
  again, without a second read of the store; the service's own ``changed``
  tells the rest of the app (a deleted call changes the tray's streak).
- The window does not watch the store: ``reload()`` reads it again, off
  the GUI thread (the owner calls it when records are added while the
  window is open); reloads asked during a read are done once, after it.
- Esc closes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.errors import InvalidInput
from wellbeing.core.journal import STORE_KIND, Entry
from wellbeing.services import history_view
from wellbeing.services.clock import Clock
from wellbeing.services.history_view import RECENT_DAYS, HistoryViewData, Range
from wellbeing.services.records import Records
from wellbeing.services.worker import SerialWorker
from wellbeing.store.errors import StoreError
from wellbeing.ui.history import history_words
from wellbeing.ui.history.history_charts import PatternCharts
from wellbeing.ui.history.journal_view import JournalView
from wellbeing.ui.placement import scrolling
from wellbeing.ui.settings.delete_confirm import confirm_delete_entry
from wellbeing.ui.theme import Colors, colors, palette, system_is_dark, text_label

EXPOSE_WAITS = 30
"""How many times (10 ms apart) the charts wait for the window to be on screen."""


class HistoryWindow(QWidget):
    def __init__(
        self,
        records: Records,
        clock: Clock,
        *,
        colors: Colors | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._records = records
        self._clock = clock
        self._colors = colors or _system_colors()
        self._charts: PatternCharts | None = None
        self._chart_waits = 0
        self._data = records.view_data(clock.now(), RECENT_DAYS)
        self._worker = SerialWorker(self)
        self._reading = False
        self._queued: list[int | None] = []
        self.setWindowTitle(self.tr("History and journal"))
        self.setAccessibleName(self.tr("History and journal"))
        self.setPalette(palette(self._colors))
        self.setAutoFillBackground(True)
        self.resize(1200, 800)  # ``placement`` fits it to the screen it opens on
        self.setMinimumSize(760, 480)

        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Range shown in the charts"))
        self.range.view().setAccessibleName(self.tr("Ranges"))
        for chosen, name in history_words.range_names().items():
            self.range.addItem(name, chosen.value)
        self.range.setCurrentIndex(list(Range).index(Range.LAST_90))
        self.range.currentIndexChanged.connect(self._on_range_changed)
        self._caption = text_label("", self._colors, muted=True)
        self._caption.setWordWrap(False)
        self._chart_stack = QStackedWidget()
        drawing = text_label(self.tr("Drawing your charts…"), self._colors, muted=True)
        drawing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chart_stack.addWidget(drawing)

        pattern = QWidget()
        top = QHBoxLayout()
        top.setSpacing(10)
        label = QLabel(self.tr("&Show"))
        label.setBuddy(self.range)
        top.addWidget(label)
        top.addWidget(self.range)
        top.addSpacing(12)
        top.addWidget(self._caption, 1)
        pattern_box = QVBoxLayout(pattern)
        pattern_box.setContentsMargins(0, 10, 0, 0)
        pattern_box.setSpacing(12)
        pattern_box.addLayout(top)
        pattern_box.addWidget(scrolling(self._chart_stack, keep_width=False), 1)

        self.journal = JournalView(self._colors)
        self.journal.older_needed.connect(self._on_older_needed)
        self.journal.delete_requested.connect(self.delete_entry)
        self.journal.export_requested.connect(self.export_all)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("History sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Your pattern or the journal"))
        self.tabs.addTab(pattern, self.tr("Your &pattern"))
        self.tabs.addTab(self.journal, self.tr("&Journal"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 16)
        outer.addWidget(self.tabs)

        self._update_caption()
        self._fill_journal(dates=True)
        QWidget.setTabOrder(self.tabs.tabBar(), self.range)

    # --- dialogs tests replace ----------------------------------------------------------

    @classmethod
    def confirm_delete(cls, parent: QWidget) -> bool:
        """Ask before deleting an entry; True to delete."""
        return confirm_delete_entry(parent)

    @classmethod
    def ask_export_path(cls, parent: QWidget) -> tuple[Path, str] | None:
        """Where to export, and in which format ("json" or "csv"); None if cancelled."""
        json_filter = QCoreApplication.translate("HistoryWindow", "Everything, JSON (*.json)")
        csv_filter = QCoreApplication.translate(
            "HistoryWindow", "Calls, CSV for spreadsheets (*.csv)"
        )
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("HistoryWindow", "Export everything"),
            str(Path.home() / "wellbeing-export.json"),
            f"{json_filter};;{csv_filter}",
        )
        if not path:
            return None
        fmt = "csv" if chosen == csv_filter or path.lower().endswith(".csv") else "json"
        return Path(path), fmt

    # --- public -------------------------------------------------------------------

    @property
    def data(self) -> HistoryViewData:
        return self._data

    def ensure_charts(self) -> PatternCharts:
        """Build the charts now if they are not yet (this imports pyqtgraph)."""
        if self._charts is None:
            self._charts = PatternCharts(self._colors)
            self._chart_stack.addWidget(self._charts)
            self._chart_stack.setCurrentWidget(self._charts)
            self._charts.show_series(history_view.series_of(self.current_range(), self._data))
        return self._charts

    def current_range(self) -> Range:
        return Range(self.range.currentData())

    def set_range(self, chosen: Range) -> None:
        self.range.setCurrentIndex(list(Range).index(chosen))

    def reload(self) -> None:
        """Read the store again, as much of it as is loaded now."""
        days = None if self._data.since is None else (self._data.today - self._data.since).days + 1
        self._load(days)

    def delete_entry(self, entry: Entry) -> bool:
        """Delete ``entry`` for good after asking; True if it was deleted."""
        if not type(self).confirm_delete(self):
            return False
        kind = STORE_KIND[entry.kind]
        try:
            self._records.delete(entry.kind, entry.id)
        except (OSError, StoreError) as error:
            self.journal.show_status(self.tr("Could not delete: {error}").format(error=error))
            return False
        self._data = history_view.without(self._data, kind, entry.id)
        self._redraw()
        self.journal.show_status(self.tr("Entry deleted."))
        return True

    def export_all(self) -> bool:
        """Ask where, then export every record as the CLI does; True if written."""
        answer = type(self).ask_export_path(self)
        if answer is None:
            return False
        path, fmt = answer
        try:
            self._records.export(path, fmt)
        except (OSError, StoreError, InvalidInput) as error:
            self.journal.show_status(self.tr("Could not export: {error}").format(error=error))
            return False
        self.journal.show_status(self.tr("Exported everything to {path}").format(path=path))
        return True

    # --- events -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._charts is None and self._chart_waits == 0:
            self._chart_waits = 1
            QTimer.singleShot(0, self, self._charts_after_first_paint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # --- loading and drawing ---------------------------------------------------------

    def _charts_after_first_paint(self) -> None:
        """Paint the window as it is, then build the charts (importing pyqtgraph)."""
        if self._charts is not None:
            return
        handle = self.windowHandle()
        if handle is not None and not handle.isExposed() and self._chart_waits < EXPOSE_WAITS:
            self._chart_waits += 1  # not on screen yet (an X server answers later)
            QTimer.singleShot(10, self, self._charts_after_first_paint)
            return
        self.repaint()  # the journal and "Drawing your charts…" reach the screen first
        self.ensure_charts()

    @property
    def loading(self) -> bool:
        """Whether a read of the store runs now (its outcome redraws the window)."""
        return self._reading

    def _load(self, days: int | None) -> None:
        """Read the store on the worker thread, so years of it never freeze the
        window; what is asked meanwhile is read once after, the widest range."""
        if self._reading:
            wanted = [*self._queued, days]
            widest = None if None in wanted else max(w for w in wanted if w is not None)
            self._queued = [widest]
            return
        self._reading = True
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.journal.show_status(self.tr("Loading your history…"))
        job = self._records.view_job(self._clock.now(), days)
        self._worker.submit(job, self._loaded, self._load_failed)

    def _loaded(self, data: HistoryViewData) -> None:
        self._data = data
        self._after_load("")
        self._redraw()

    def _load_failed(self, error: Exception) -> None:
        self._after_load(self.tr("Could not read your history: {error}").format(error=error))

    def _after_load(self, status: str) -> None:
        self._reading = False
        self.unsetCursor()
        self.journal.show_status(status)
        if self._queued:
            self._load(self._queued.pop())

    def _on_range_changed(self) -> None:
        first = history_view.range_first(self.current_range(), self._data)
        if first is None or not self._data.covers(first):
            self._load(None)
        else:
            self._redraw(journal=False)

    def _on_older_needed(self, _first: object) -> None:
        self._load(None)

    def _redraw(self, *, journal: bool = True) -> None:
        self._update_caption()
        if self._charts is not None:
            self._charts.show_series(history_view.series_of(self.current_range(), self._data))
        if journal:
            self._fill_journal(dates=False)

    def _fill_journal(self, *, dates: bool) -> None:
        data = self._data
        first = data.since if data.since is not None else data.whole.first
        self.journal.set_entries(
            data.entries,
            {call.id: call for call in data.history.calls},
            since=data.since,
            now=self._clock.now(),
            dates=(first, data.today) if dates else None,
        )

    def _update_caption(self) -> None:
        data = self._data
        first = history_view.range_first(self.current_range(), data) or data.whole.first
        self._caption.setText(history_words.range_caption(first, data.today))


def _system_colors() -> Colors:
    return colors("system", system_is_dark())
