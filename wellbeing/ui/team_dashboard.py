"""The team lead's window: a team folder's weekly figures, as a table and a chart.

``TeamDashboard(location, min_group=k)`` reads the folder with
``team_folder.report`` on a worker thread (a network share may be slow; 1,000
files take about 50 ms on a local disk) and shows, for the group chosen (the
whole folder, or one of its sub-folders):

- a header: the folder, k, and how many files could not be read;
- a table by week, newest first. A shown week has its contributors and
  figures; a hidden one (fewer than k contributors, or a figure that could
  be worked out from a sub-group's) shows "Not enough participants" across
  the row and nothing else, not even how many took part;
- the trend chart of ``team_charts``.

Every figure comes from ``core.team`` as it is; this module only formats.
A figure the core left null (too few answers, or nothing to count) shows as
a dash. The interquartile range that the core computes is in each median's
tooltip ("middle half of the team").

Refresh reads the folder again; the group chosen stays chosen if it is
still there. A folder that cannot be read shows one calm line, and the
figures already on screen stay.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.team import DEFAULT_MIN_GROUP, TeamReport, WeekSummary, check_min_group
from wellbeing.core.weeks import week_monday
from wellbeing.services import team_folder
from wellbeing.services.sharing_runner import SerialWorker, one_line
from wellbeing.ui.settings_fields import Notice
from wellbeing.ui.team_charts import TeamCharts
from wellbeing.ui.theme import Colors, colors, system_is_dark, text_label

MEDIANS = {"calls": None, "mean_stress": 1, "breathing_minutes": 1}
"""The medians in the table, with their decimals (None: whole numbers stay whole)."""


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("TeamDashboard", "Week"),
        QCoreApplication.translate("TeamDashboard", "People"),
        QCoreApplication.translate("TeamDashboard", "Difficult calls"),
        QCoreApplication.translate("TeamDashboard", "Change (points)"),
        QCoreApplication.translate("TeamDashboard", "Breaks taken"),
        QCoreApplication.translate("TeamDashboard", "High check-in"),
        QCoreApplication.translate("TeamDashboard", "Calls per person"),
        QCoreApplication.translate("TeamDashboard", "Stress"),
        QCoreApplication.translate("TeamDashboard", "Minutes breathed"),
    ]


def column_tips() -> list[str]:
    return [
        QCoreApplication.translate("TeamDashboard", "The ISO week and its Monday"),
        QCoreApplication.translate("TeamDashboard", "How many people shared this week"),
        QCoreApplication.translate(
            "TeamDashboard", "Share of all the team's calls that were difficult or severe"
        ),
        QCoreApplication.translate(
            "TeamDashboard",
            "Change in the share of difficult calls since the week before, in points",
        ),
        QCoreApplication.translate(
            "TeamDashboard",
            "Breaks taken per break offered; above 100% when people also took breaks by themselves",
        ),
        QCoreApplication.translate(
            "TeamDashboard", "Share of people who answered a check-in with any part at 50 or more"
        ),
        QCoreApplication.translate("TeamDashboard", "Median calls per person"),
        QCoreApplication.translate(
            "TeamDashboard", "Median of each person's average stress, 0 to 10"
        ),
        QCoreApplication.translate("TeamDashboard", "Median minutes of breathing per person"),
    ]


class TeamDashboard(QWidget):
    """A team folder's weekly figures, never about one person."""

    loaded = Signal()
    """A read of the folder finished and is on screen."""
    load_failed = Signal(str)
    """A read failed; the one line is on screen too."""

    def __init__(
        self,
        location: str,
        *,
        min_group: int = DEFAULT_MIN_GROUP,
        colors: Colors | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.min_group = check_min_group(min_group)
        self._c = colors or _default_colors()
        self.reports: dict[str, TeamReport] = {}
        self._worker = SerialWorker(self)
        self.setWindowTitle(self.tr("Team wellbeing"))

        title = text_label(self.tr("Team wellbeing"), self._c, bold=True, scale=1.35)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the team folder again"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.folder_label = text_label(
            self.tr("Folder: {folder}").format(folder=location), self._c, muted=True
        )
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explainer = text_label(
            self.tr(
                "Team-level figures only. A week appears when at least {k} people shared it."
            ).format(k=self.min_group),
            self._c,
        )
        self.invalid_label = text_label("", self._c, muted=True)
        self.invalid_label.hide()

        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Team group"))
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_combo.currentIndexChanged.connect(self._show_current)
        group_label = QLabel(self.tr("&Group:"))
        group_label.setBuddy(self.group_combo)
        group_row = QHBoxLayout()
        group_row.addWidget(group_label)
        group_row.addWidget(self.group_combo)
        group_row.addStretch(1)

        self.notice = Notice()
        self.notice.label.setAccessibleName(self.tr("Dashboard status message"))
        self.table = self._make_table()
        self.charts = TeamCharts(self._c)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.explainer)
        layout.addWidget(self.invalid_label)
        layout.addLayout(group_row)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)

        self.refresh()

    # --- public ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def refresh(self) -> None:
        """Read the folder again, off the GUI thread; ``loaded`` or ``load_failed`` follows."""
        self.refresh_button.setEnabled(False)
        self.notice.show_text(self.tr("Reading the team folder…"))
        location, k = self.location, self.min_group
        self._worker.submit(
            lambda: team_folder.report(location, min_group=k), self._on_loaded, self._on_failed
        )

    def current_group(self) -> str:
        data = self.group_combo.currentData()
        return data if isinstance(data, str) else ""

    def current_report(self) -> TeamReport | None:
        return self.reports.get(self.current_group())

    def row_texts(self) -> list[list[str]]:
        """The table as read: each row's visible cells (a spanned cell counts once)."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = []
            column = 0
            while column < self.table.columnCount():
                item = self.table.item(row, column)
                cells.append(item.text() if item is not None else "")
                column += max(1, self.table.columnSpan(row, column))
            rows.append(cells)
        return rows

    def wait(self, msecs: int = -1) -> bool:
        return self._worker.wait(msecs)

    # --- slots ----------------------------------------------------------------

    def _on_loaded(self, reports: dict[str, TeamReport]) -> None:
        self.refresh_button.setEnabled(True)
        self.notice.clear()
        chosen = self.current_group()
        self.reports = reports
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for key in sorted(reports):
            self.group_combo.addItem(key or self.tr("The whole folder"), key)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(chosen)))
        self.group_combo.setEnabled(len(reports) > 1)
        self.group_combo.blockSignals(False)
        self._show_current()
        self.loaded.emit()

    def _on_failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        reason = one_line(error)
        self.notice.show_text(
            self.tr("The team folder could not be read: {reason}").format(reason=reason)
        )
        self.load_failed.emit(reason)

    def _show_current(self) -> None:
        report = self.current_report()
        if report is None:
            return
        self._show_invalid(report.invalid_files)
        self._fill_table(report.weeks)
        self.charts.show_weeks(report.weeks)
        if not report.weeks:
            self.notice.show_text(self.tr("Nobody has shared a week in this folder yet."))

    # --- building -------------------------------------------------------------

    def _make_table(self) -> QTableWidget:
        titles, tips = column_titles(), column_tips()
        table = QTableWidget(0, len(titles))
        table.setAccessibleName(self.tr("Team figures by week"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        for column, (text, tip) in enumerate(zip(titles, tips, strict=True)):
            header = QTableWidgetItem(text)
            header.setToolTip(tip)
            if column == 0:
                header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            table.setHorizontalHeaderItem(column, header)
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setMinimumHeight(200)
        return table

    def _fill_table(self, weeks: tuple[WeekSummary, ...]) -> None:
        table = self.table
        table.clearSpans()
        table.setRowCount(0)
        table.setRowCount(len(weeks))
        for row, week in enumerate(reversed(weeks)):
            first = QTableWidgetItem(week_label(week.week))
            first.setData(Qt.ItemDataRole.UserRole, week.week)
            table.setItem(row, 0, first)
            if week.indicators is None:
                hidden = QTableWidgetItem(self.tr("Not enough participants"))
                hidden.setToolTip(
                    self.tr(
                        "Fewer than {k} people shared this week, or its figures could be "
                        "worked out from a sub-group's: nothing is shown."
                    ).format(k=self.min_group)
                )
                hidden.setForeground(_muted(self._c))
                table.setItem(row, 1, hidden)
                table.setSpan(row, 1, 1, table.columnCount() - 1)
                continue
            for column, (text, tip) in enumerate(_cells(week), start=1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if tip:
                    item.setToolTip(tip)
                table.setItem(row, column, item)

    def _show_invalid(self, count: int) -> None:
        if count == 0:
            self.invalid_label.hide()
            return
        if count == 1:
            text = self.tr("1 file could not be read and was skipped")
        else:
            text = self.tr("{n} files could not be read and were skipped").format(n=count)
        self.invalid_label.setText(text)
        self.invalid_label.show()


# --- formatting -------------------------------------------------------------------


def week_label(week: str) -> str:
    monday = week_monday(week)
    day = QLocale().toString(QDate(monday.year, monday.month, monday.day), "d MMM")
    return QCoreApplication.translate("TeamDashboard", "{week} · from {monday}").format(
        week=week, monday=day
    )


def percent(share: float | None) -> str:
    if share is None:
        return "–"
    locale = QLocale()
    return f"{locale.toString(share * 100, 'f', 0)}{locale.percent()}"


def points(change: float | None) -> str:
    if change is None:
        return "–"
    text = QLocale().toString(abs(change) * 100, "f", 1)
    return f"+{text}" if change > 0 else f"−{text}" if change < 0 else text


def number(value: float | None, decimals: int | None = None) -> str:
    """A median as the table shows it; ``decimals`` None keeps whole numbers whole."""
    if value is None:
        return "–"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    return QLocale().toString(float(value), "f", decimals)


def _cells(week: WeekSummary) -> list[tuple[str, str]]:
    ind: Mapping[str, Any] = week.indicators or {}
    median, spread = ind["median"], ind["spread"]
    cells = [
        (QLocale().toString(week.contributors), ""),
        (percent(ind["difficult_share"]), ""),
        (points(ind["difficult_share_trend"]), ""),
        (percent(ind["break_acceptance"]), ""),
        (percent(ind["high_checkin_share"]), ""),
    ]
    for key, decimals in MEDIANS.items():
        cells.append((number(median[key], decimals), _middle_half(spread[key], decimals)))
    return cells


def _middle_half(spread: list[float] | None, decimals: int | None) -> str:
    if spread is None:
        return QCoreApplication.translate("TeamDashboard", "Too few answers to show")
    low, high = spread
    return QCoreApplication.translate(
        "TeamDashboard", "Middle half of the team: {low} to {high}"
    ).format(low=number(low), high=number(high))


def _muted(c: Colors) -> QColor:
    return QColor(c.muted_text)


def _default_colors() -> Colors:
    return colors("system", system_is_dark())
