"""The team dashboard's trend chart, drawn with pyqtgraph.

pyqtgraph (and numpy under it) is slow to import, so it is imported only in
``TeamCharts.__init__``: the tray app and ``team report`` never load it.

Three shares over the weeks, on one percentage axis: difficult calls,
breaks taken per break offered, and contributors in the high check-in band.
Every calendar week between the first and the last gets a place on the
axis, so a week that is hidden (fewer than k contributors) or that nobody
shared is a gap in the lines, never a zero; hidden weeks also carry a pale
band, listed in the legend. Colour is never the only signal: each line has
its own dash and marker, and the legend names them in words.

Calm as the history charts: theme colours, no grid, no zoom or pan, nothing
animates. ``plotted()`` reads the values back from the items drawn, so the
tests check what is on screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from wellbeing.core.team import WeekSummary
from wellbeing.core.weeks import next_week, parse_week, week_monday
from wellbeing.ui import chart_style
from wellbeing.ui.theme import Colors, text_label

SERIES = ("difficult_share", "break_acceptance", "high_checkin_share")
STYLE = {
    # series: (light colour, dark colour, dash, marker)
    "difficult_share": ("#a5612d", "#e0a36f", Qt.PenStyle.SolidLine, "o"),
    "break_acceptance": ("#3f6f9a", "#8db8de", Qt.PenStyle.DashLine, "t"),
    "high_checkin_share": ("#7a5a9e", "#bda2dc", Qt.PenStyle.DotLine, "s"),
}
MAX_TICKS = 8


def series_names() -> dict[str, str]:
    return {
        "difficult_share": QCoreApplication.translate("TeamCharts", "Difficult calls"),
        "break_acceptance": QCoreApplication.translate(
            "TeamCharts", "Breaks taken per break offered"
        ),
        "high_checkin_share": QCoreApplication.translate("TeamCharts", "High check-in"),
    }


@dataclass(frozen=True, slots=True)
class TeamPlotted:
    """What the chart shows, read back from its items."""

    weeks: tuple[str, ...]
    """Every calendar week on the axis, oldest first."""
    values: dict[str, tuple[float | None, ...]]
    """Per series, one share (0–1) per week of ``weeks``; None is a gap."""
    hidden: tuple[str, ...]
    """The weeks drawn as a pale "not enough participants" band."""
    legend: tuple[str, ...]


class TeamCharts(QWidget):
    """A card with the three team shares over the weeks, as lines with markers."""

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph

        self._pg: Any = pyqtgraph
        self._c = colors
        self._items: dict[str, Any] = {}
        self._weeks: tuple[str, ...] = ()
        self._hidden: tuple[str, ...] = ()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.95)
        self._tick_font = font
        self.plot = self._make_plot()

        card = QFrame()
        card.setObjectName("teamChartCard")
        card.setStyleSheet(
            f"QFrame#teamChartCard {{ background: {colors.surface}; "
            f"border: 1px solid {colors.border}; border-radius: 10px; }}"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 10, 14, 8)
        box.setSpacing(6)
        title = self.tr("Trends over the weeks shown")
        box.addWidget(text_label(title, colors, bold=True, scale=1.05))
        legend = QHBoxLayout()
        legend.setSpacing(16)
        self._legend: list[str] = []
        for key, name in series_names().items():
            _, _, dash, marker = STYLE[key]
            legend.addWidget(_legend_entry(self._color(key), (dash, marker), name, colors))
            self._legend.append(name)
        hidden = self.tr("Not enough participants")
        legend.addWidget(_legend_entry(self._pale(), None, hidden, colors))
        self._legend.append(hidden)
        legend.addStretch(1)
        box.addLayout(legend)
        box.addWidget(self.plot, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    # --- public -------------------------------------------------------------------

    def show_weeks(self, weeks: Sequence[WeekSummary]) -> None:
        """Draw the shares of ``weeks`` (a report's, oldest first), replacing what was there."""
        pg, plot = self._pg, self.plot
        plot.clear()
        self._items.clear()
        axis = calendar_weeks([w.week for w in weeks])
        by_week = {w.week: w for w in weeks}
        self._weeks = tuple(axis)
        self._hidden = tuple(w.week for w in weeks if not w.shown)
        xs = list(range(len(axis)))
        values = {key: [_share(by_week.get(week), key) for week in axis] for key in SERIES}
        top = max((v for vs in values.values() for v in vs if not math.isnan(v)), default=1.0)
        top = max(1.0, top) * 1.08
        if self._hidden:
            index = {week: n for n, week in enumerate(axis)}
            band = pg.BarGraphItem(
                x=[index[w] for w in self._hidden],
                height=[top] * len(self._hidden),
                width=0.7,
                brush=self._pale(),
                pen=None,
            )
            plot.addItem(band)
            self._items["hidden"] = band
        for key in SERIES:
            color = self._color(key)
            _, _, dash, marker = STYLE[key]
            ys = values[key]
            drawn = any(not math.isnan(y) for y in ys)  # pyqtgraph warns on all-NaN data
            item = pg.PlotDataItem(
                x=xs if drawn else [],
                y=ys if drawn else [],
                connect="finite",
                pen=pg.mkPen(color, width=2, style=dash),
                symbol=marker,
                symbolSize=8,
                symbolBrush=color,
                symbolPen=None,
            )
            plot.addItem(item)
            self._items[key] = item
        plot.setRange(xRange=(-0.6, max(len(axis), 1) - 0.4), yRange=(0, top), padding=0)
        locale = QLocale()
        step = 0.25 if top <= 1.2 else 0.5
        marks = [step * n for n in range(int(top / step) + 1)]
        left = [(v, f"{locale.toString(round(v * 100))}{locale.percent()}") for v in marks]
        plot.getAxis("left").setTicks([left, []])
        plot.getAxis("bottom").setTicks([week_ticks(axis), []])
        shown = sum(1 for w in weeks if w.shown)
        plot.setAccessibleDescription(
            self.tr(
                "Weeks shown: {shown}. Weeks hidden for too few participants: {hidden}."
            ).format(shown=shown, hidden=len(self._hidden))
        )

    def plotted(self) -> TeamPlotted:
        values: dict[str, tuple[float | None, ...]] = {}
        for key in SERIES:
            item = self._items.get(key)
            ys = () if item is None or item.getData()[1] is None else item.getData()[1]
            drawn = tuple(None if math.isnan(v) else float(v) for v in ys)
            values[key] = drawn or (None,) * len(self._weeks)
        return TeamPlotted(
            weeks=self._weeks, values=values, hidden=self._hidden, legend=tuple(self._legend)
        )

    # --- building -----------------------------------------------------------------

    def _make_plot(self) -> Any:
        name = self.tr("Team trends chart")
        plot = chart_style.quiet_plot(self._pg, self._c, self._tick_font, name, left_width=48)
        plot.getPlotItem().disableAutoRange()
        return plot

    def _color(self, key: str) -> str:
        light, dark, _, _ = STYLE[key]
        return dark if self._c.dark else light

    def _pale(self) -> str:
        return "#353d3a" if self._c.dark else "#ebe5da"


# --- helpers --------------------------------------------------------------------


def calendar_weeks(weeks: Sequence[str]) -> list[str]:
    """Every ISO week from the earliest to the latest of ``weeks``, in order."""
    if not weeks:
        return []
    first, last = min(weeks, key=parse_week), max(weeks, key=parse_week)
    out = [first]
    while out[-1] != last:
        out.append(next_week(out[-1]))
    return out


def week_ticks(weeks: Sequence[str]) -> list[tuple[int, str]]:
    """Every few weeks, labelled with the Monday's date, at most about ``MAX_TICKS``."""
    step = max(1, math.ceil(len(weeks) / MAX_TICKS))
    locale = QLocale()
    ticks = []
    for index in range(0, len(weeks), step):
        monday = week_monday(weeks[index])
        label = locale.toString(QDate(monday.year, monday.month, monday.day), "d MMM")
        ticks.append((index, label))
    return ticks


def _share(week: WeekSummary | None, key: str) -> float:
    if week is None or week.indicators is None:
        return math.nan
    value = week.indicators.get(key)
    return math.nan if value is None else float(value)


def _legend_entry(
    color: str, style: tuple[Qt.PenStyle, str] | None, label: str, c: Colors
) -> QWidget:
    """A swatch drawn like the series (its dash and marker, or a pale block) and its words."""
    pixmap = QPixmap(28, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if style is not None:
        dash, marker = style
        painter.setPen(QPen(QColor(color), 2.2, dash))
        painter.drawLine(QPointF(1, 7), QPointF(27, 7))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        if marker == "o":
            painter.drawEllipse(QPointF(14, 7), 4, 4)
        elif marker == "s":
            painter.drawRect(10, 3, 8, 8)
        else:
            painter.drawPolygon(
                [QPointF(9.5, 3), QPointF(18.5, 3), QPointF(14, 11.5)]
            )  # pyqtgraph's "t"
    else:
        painter.setPen(QPen(QColor(c.border), 1))
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(5, 1, 18, 12, 2, 2)
    painter.end()
    return chart_style.labelled_swatch(pixmap, label)
