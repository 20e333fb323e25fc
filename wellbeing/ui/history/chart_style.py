"""How the history charts look: their palettes, legend swatches and axis ticks.

No pyqtgraph here: plain Qt painting and date arithmetic, so the charts
module stays about drawing data. Colours are muted, from cool (routine) to
warm (severe) for difficulty; each check-in part has its own colour, dash
and marker, so the lines differ without colour too.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from wellbeing.ui.theme import Colors

LIGHT_DIFFICULTY = {1: "#86add0", 2: "#93c4a5", 3: "#dcc983", 4: "#e09f73", 5: "#c4716a"}
DARK_DIFFICULTY = {1: "#5d88ab", 2: "#67a07f", 3: "#b09a55", 4: "#bb7a52", 5: "#ad5d57"}
"""Five calm colours from cool (routine) to warm (severe)."""

CHECKIN_STYLE = {
    # part: (light colour, dark colour, dash, marker)
    "personal": ("#3f6f9a", "#8db8de", Qt.PenStyle.SolidLine, "o"),
    "work": ("#7a5a9e", "#bda2dc", Qt.PenStyle.DashLine, "t"),
    "customer": ("#a5612d", "#e0a36f", Qt.PenStyle.DotLine, "s"),
}


def difficulty_colors(c: Colors) -> dict[int, str]:
    return DARK_DIFFICULTY if c.dark else LIGHT_DIFFICULTY


def checkin_color(part: str, c: Colors) -> str:
    light, dark, _, _ = CHECKIN_STYLE[part]
    return dark if c.dark else light


def pale(c: Colors) -> str:
    """The fill of the "offered" and "before" bars: quiet, outlined."""
    return "#4a524f" if c.dark else "#d9d3c8"


def legend_entry(color: str, style: Any, label: str, c: Colors) -> QWidget:
    """A swatch drawn like the series (bar, outlined bar, or dashed line) and its word."""
    pixmap = QPixmap(26, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if isinstance(style, Qt.PenStyle):
        pen = QPen(QColor(color), 2.2, style)
        painter.setPen(pen)
        painter.drawLine(QPointF(1, 7), QPointF(25, 7))
    else:
        outline = QPen(QColor(c.muted_text), 1.5) if style == "outline" else Qt.PenStyle.NoPen
        painter.setPen(outline)
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(4, 1, 18, 12, 2, 2)
    painter.end()
    return labelled_swatch(pixmap, label)


def labelled_swatch(pixmap: QPixmap, label: str) -> QWidget:
    """A legend entry: the swatch, then its words (colour is never the only signal)."""
    entry = QWidget()
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(5)
    swatch = QLabel()
    swatch.setPixmap(pixmap)
    row.addWidget(swatch)
    row.addWidget(QLabel(label))
    return entry


def quiet_plot(pg: Any, c: Colors, tick_font: Any, name: str, left_width: int) -> Any:
    """A pyqtgraph plot made calm: no mouse zoom or menu, no frame, theme axes.

    ``pg`` is the pyqtgraph module, passed in so that this module never imports
    it: the charts import it only when their window opens."""
    plot = pg.PlotWidget(background=c.surface, enableMenu=False)
    plot.setAccessibleName(name)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do in a chart by keyboard
    plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.viewport().setAccessibleName(name)
    plot.setAntialiasing(True)
    plot.setFrameShape(QFrame.Shape.NoFrame)
    plot.setMinimumHeight(220)
    item = plot.getPlotItem()
    item.setMouseEnabled(x=False, y=False)
    item.hideButtons()
    item.setMenuEnabled(False)
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(c.border))
        axis.setTextPen(pg.mkPen(c.muted_text))
        axis.setTickFont(tick_font)
        axis.setStyle(tickLength=-5, tickTextOffset=6)
    item.getAxis("left").setWidth(left_width)
    return plot


def day_ticks(days: tuple[date, ...]) -> list[tuple[int, str]]:
    """About six labelled days: Mondays for a month, month starts beyond."""
    if not days:
        return []
    locale = QLocale()
    count = len(days)
    if count <= 45:
        marks = [(i, d) for i, d in enumerate(days) if d.weekday() == 0]
        return [(i, locale.toString(_q(d), "d MMM")) for i, d in marks]
    step = 1 if count <= 200 else 2 if count <= 400 else 3
    firsts = [(i, d) for i, d in enumerate(days) if d.day == 1 and (d.month - 1) % step == 0]
    return [(i, locale.toString(_q(d), "MMM yyyy" if d.month == 1 else "MMM")) for i, d in firsts]


def week_ticks(weeks: tuple[str, ...]) -> list[tuple[int, str]]:
    """About seven labelled weeks: the Monday's date for half a year or less,
    beyond that the first week of every second or third month, as ``day_ticks``
    labels its months (with the year in January)."""
    if not weeks:
        return []
    locale = QLocale()
    mondays = [date.fromisocalendar(int(w[:4]), int(w[6:]), 1) for w in weeks]
    if len(weeks) <= 26:
        step = max(1, math.ceil(len(weeks) / 7))
        return [(i, locale.toString(_q(mondays[i]), "d MMM")) for i in range(0, len(weeks), step)]
    months = 2 if len(weeks) <= 60 else 3
    return [
        (i, locale.toString(_q(monday), "MMM yyyy" if monday.month == 1 else "MMM"))
        for i, monday in enumerate(mondays)
        if monday.day <= 7 and (monday.month - 1) % months == 0
    ]


def _q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def count_ticks(top: float) -> list[tuple[float, str]]:
    """Whole-number ticks up to ``top`` for a chart of counts: never "0.5" or "1.5"
    calls. The step grows (1, 2, 5, 10, 20, 50 …) to keep about six ticks."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    locale = QLocale()
    return [(float(v), locale.toString(v)) for v in range(0, int(top) + 1, step)]
