"""The four charts of "Your pattern", drawn with pyqtgraph.

pyqtgraph (and numpy under it) costs about a quarter of a second to import,
so this module imports it only inside ``PatternCharts.__init__``: importing
the module, or anything the tray imports, never loads it.

``PatternCharts.show_series(series)`` maps a ``core.series.Series`` onto
bars and lines, exactly as computed (no smoothing, no rounding but the
labels'); ``plotted()`` reads the values back from the chart items, so the
tests check what is drawn, not what was meant to be.

Calm by design: the theme's colours for background, axes and text; no
grid lines; no mouse zoom or pan (a chart that moves when brushed is not
calm, and every range is one choice away); nothing animates. Colour is
never the only signal: every chart has a legend in words; offered/before
bars are pale and outlined, taken/after bars solid; the check-in lines
differ in dash and marker too; the stress bars carry their numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.series import DIFFICULTIES, Series
from wellbeing.ui.history import chart_style
from wellbeing.ui.history import history_words as words
from wellbeing.ui.theme import Colors, text_label

HIGHER_RANGE = 50.0
"""Check-in scores from here up are the high band (DESIGN.md, Weekly check-in)."""


@dataclass(frozen=True, slots=True)
class Plotted:
    """What the charts show, read back from their items."""

    days: tuple[date, ...]
    calls: dict[int, tuple[float, ...]]  # bar heights per difficulty
    calls_base: dict[int, tuple[float, ...]]  # where each bar starts (the stack below)
    unrated: tuple[float, ...]  # the calls not rated yet: the top of each stack
    unrated_base: tuple[float, ...]
    stress: tuple[tuple[str, int, float, float], ...]  # pattern id, n, mean before, after
    stress_empty: bool  # the friendly text shows instead of the plot
    weeks: tuple[str, ...]
    prompted: tuple[float, ...]
    taken: tuple[float, ...]
    checkin_weeks: tuple[str, ...]  # the weeks with a check-in, read from the x positions
    checkins: dict[str, tuple[float | None, ...]]  # per part, one value per checked-in week
    threshold: float
    threshold_label: str
    legends: dict[str, tuple[str, ...]]


class PatternCharts(QWidget):
    """Calls per day, stress by pattern, breaks per week, check-ins by week; 2 by 2.

    Calls not rated yet sit on top of each day's stack, pale and outlined like
    the "offered" bars: every call is counted (``core.series``)."""

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph

        self._pg: Any = pyqtgraph
        self._c = colors
        self._series: Series | None = None
        self._items: dict[str, Any] = {}
        self._legends: dict[str, tuple[str, ...]] = {}
        self._stress_meta: list[tuple[str, int]] = []
        self._checkin_xs: list[int] = []
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.95)
        self._tick_font = font

        self._calls = self._plot(words.calls_chart_name())
        self._stress = self._plot(words.stress_chart_name())
        self._breaks = self._plot(words.breaks_chart_name())
        self._checkins = self._plot(words.checkin_chart_name())
        self._stress_stack = QStackedWidget()
        self._stress_stack.addWidget(self._stress)
        self._stress_empty = text_label(words.stress_empty(), colors, muted=True, centred=True)
        self._stress_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stress_empty.setContentsMargins(30, 0, 30, 0)
        self._stress_stack.addWidget(self._stress_empty)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        diff = chart_style.difficulty_colors(self._c)
        before, after = words.stress_legend()
        pale, solid = chart_style.pale(self._c), self._c.accent
        calls_legend: list[tuple[str, Any, str]] = [
            (diff[d], None, label) for d, label in words.difficulty_legend().items()
        ]
        calls_legend.append((pale, "outline", words.unrated_legend()))
        grid.addWidget(self._card(words.calls_title(), self._calls, "calls", calls_legend), 0, 0)
        stress_legend = [(pale, "outline", before), (solid, None, after)]
        grid.addWidget(
            self._card(words.stress_title(), self._stress_stack, "stress", stress_legend), 0, 1
        )
        prompted, taken = words.breaks_legend()
        breaks_legend = [(pale, "outline", prompted), (solid, None, taken)]
        grid.addWidget(
            self._card(words.breaks_title(), self._breaks, "breaks", breaks_legend), 1, 0
        )
        checkin_legend = [
            (chart_style.checkin_color(part, self._c), chart_style.CHECKIN_STYLE[part][2], label)
            for part, label in words.checkin_parts().items()
        ]
        grid.addWidget(
            self._card(words.checkin_title(), self._checkins, "checkins", checkin_legend), 1, 1
        )

    # --- public -------------------------------------------------------------------

    def show_series(self, series: Series) -> None:
        """Draw the four charts for ``series`` (replacing what was there)."""
        self._series = series
        self._draw_calls(series)
        self._draw_stress(series)
        self._draw_breaks(series)
        self._draw_checkins(series)

    def plotted(self) -> Plotted:
        """The values on screen, read from the bar and line items."""
        items, series = self._items, self._series
        if series is None:
            raise RuntimeError("no series shown yet")
        before, after = items["stress_before"], items["stress_after"]
        stress = tuple(
            (pattern, n, b, a)
            for (pattern, n), b, a in zip(
                self._stress_meta, _heights(before), _heights(after), strict=True
            )
        )
        checkins: dict[str, tuple[float | None, ...]] = {}
        for part in chart_style.CHECKIN_STYLE:
            xs, ys = items[f"checkin_{part}"].getData()
            drawn = {} if xs is None else {int(x): float(y) for x, y in zip(xs, ys, strict=True)}
            values = (drawn.get(x, math.nan) for x in self._checkin_xs)
            checkins[part] = tuple(None if math.isnan(v) else v for v in values)
        line = items["threshold"]
        return Plotted(
            days=series.calls.days,
            calls={d: _heights(items[f"calls_{d}"]) for d in DIFFICULTIES},
            calls_base={d: _floats(items[f"calls_{d}"].opts["y0"]) for d in DIFFICULTIES},
            unrated=_heights(items["calls_unrated"]),
            unrated_base=_floats(items["calls_unrated"].opts["y0"]),
            stress=stress,
            stress_empty=self._stress_stack.currentWidget() is self._stress_empty,
            weeks=series.weeks,
            prompted=_heights(items["prompted"]),
            taken=_heights(items["taken"]),
            checkin_weeks=tuple(series.weeks[x] for x in self._checkin_xs),
            checkins=checkins,
            threshold=float(line.value()),
            threshold_label=line.label.toPlainText(),
            legends=dict(self._legends),
        )

    # --- drawing ------------------------------------------------------------------

    def _draw_calls(self, series: Series) -> None:
        pg, plot = self._pg, self._calls
        plot.clear()
        calls = series.calls
        count = len(calls.days)
        xs = list(range(count))
        base = [0] * count
        width = 0.8 if count <= 120 else 1.0  # beyond that, bars touch: an area, not a comb
        for difficulty, color in chart_style.difficulty_colors(self._c).items():
            heights = calls.by_difficulty[difficulty]
            bar = pg.BarGraphItem(
                x=xs, height=list(heights), y0=list(base), width=width, brush=color, pen=None
            )
            plot.addItem(bar)
            self._items[f"calls_{difficulty}"] = bar
            base = [b + h for b, h in zip(base, heights, strict=True)]
        unrated = pg.BarGraphItem(  # pale and outlined: a call, not yet a difficulty
            x=xs,
            height=list(calls.unrated),
            y0=list(base),
            width=width,
            brush=chart_style.pale(self._c),
            pen=pg.mkPen(self._c.muted_text),
        )
        plot.addItem(unrated)
        self._items["calls_unrated"] = unrated
        base = [b + h for b, h in zip(base, calls.unrated, strict=True)]
        top = max(base, default=0)
        plot.setXRange(-0.6, max(count, 1) - 0.4, padding=0)
        plot.setYRange(0, max(top, 5) * 1.08, padding=0)
        plot.getAxis("left").setTicks([chart_style.count_ticks(max(top, 5)), []])
        plot.getAxis("bottom").setTicks([chart_style.day_ticks(calls.days), []])
        plot.setAccessibleDescription(
            words.calls_summary(calls.by_difficulty, sum(calls.unrated), count)
        )

    def _draw_stress(self, series: Series) -> None:
        pg, plot, c = self._pg, self._stress, self._c
        plot.clear()
        stress = series.stress
        self._stress_meta = [(item.pattern, item.n) for item in stress]
        xs = list(range(len(stress)))
        before = pg.BarGraphItem(
            x=[x - 0.19 for x in xs],
            height=[item.mean_before for item in stress],
            width=0.36,
            brush=chart_style.pale(self._c),
            pen=pg.mkPen(c.muted_text, width=1.5),
        )
        after = pg.BarGraphItem(
            x=[x + 0.19 for x in xs],
            height=[item.mean_after for item in stress],
            width=0.36,
            brush=c.accent,
            pen=None,
        )
        plot.addItem(before)
        plot.addItem(after)
        self._items["stress_before"], self._items["stress_after"] = before, after
        locale = QLocale()
        for x, item in zip(xs, stress, strict=True):
            for dx, mean in ((-0.19, item.mean_before), (0.19, item.mean_after)):
                self._text(plot, locale.toString(mean, "f", 1), x + dx, mean, anchor=(0.5, 1.0))
            top = max(item.mean_before, item.mean_after)
            self._text(plot, words.n_breaks(item.n), x, top + 1.2, anchor=(0.5, 1.0), muted=True)
        ticks = [(x, words.pattern_name(item.pattern)) for x, item in zip(xs, stress, strict=True)]
        plot.getAxis("bottom").setTicks([ticks, []])
        plot.setXRange(-0.6, max(len(stress), 1) - 0.4, padding=0)
        plot.setYRange(0, 11.5, padding=0)
        plot.getAxis("left").setTicks([[(v, locale.toString(v)) for v in range(0, 11, 2)], []])
        self._stress_stack.setCurrentWidget(self._stress_empty if not stress else self._stress)
        plot.setAccessibleDescription(words.stress_summary(stress))

    def _draw_breaks(self, series: Series) -> None:
        pg, plot, c = self._pg, self._breaks, self._c
        plot.clear()
        data = series.breaks
        xs = list(range(len(data.weeks)))
        prompted = pg.BarGraphItem(
            x=[x - 0.2 for x in xs],
            height=list(data.prompted),
            width=0.38,
            brush=chart_style.pale(self._c),
            pen=pg.mkPen(c.muted_text, width=1),
        )
        taken = pg.BarGraphItem(
            x=[x + 0.2 for x in xs], height=list(data.taken), width=0.38, brush=c.accent, pen=None
        )
        plot.addItem(prompted)
        plot.addItem(taken)
        self._items["prompted"], self._items["taken"] = prompted, taken
        top = max((*data.prompted, *data.taken, 4))
        plot.setXRange(-0.6, max(len(xs), 1) - 0.4, padding=0)
        plot.setYRange(0, top * 1.1, padding=0)
        plot.getAxis("left").setTicks([chart_style.count_ticks(top), []])
        plot.getAxis("bottom").setTicks([chart_style.week_ticks(data.weeks), []])
        plot.setAccessibleDescription(words.breaks_summary(sum(data.prompted), sum(data.taken)))

    def _draw_checkins(self, series: Series) -> None:
        pg, plot, c = self._pg, self._checkins, self._c
        plot.clear()
        index = {week: n for n, week in enumerate(series.weeks)}
        points = [point for point in series.checkins if point.week in index]
        xs = self._checkin_xs = [index[point.week] for point in points]
        line = pg.InfiniteLine(
            pos=HIGHER_RANGE,
            angle=0,
            pen=pg.mkPen(c.muted_text, width=1, style=Qt.PenStyle.DashLine),
            label=words.higher_range(),
            labelOpts={"position": 0.02, "color": c.muted_text, "anchors": [(0, 1), (0, 1)]},
        )
        line.label.setFont(self._tick_font)
        plot.addItem(line)
        self._items["threshold"] = line
        for part, (_, _, dash, marker) in chart_style.CHECKIN_STYLE.items():
            color = chart_style.checkin_color(part, self._c)
            ys = [_nan(getattr(point, part)) for point in points]
            if all(map(math.isnan, ys)):  # pyqtgraph warns on an all-NaN line: draw none
                ys = []
            item = pg.PlotDataItem(
                x=xs if ys else [],
                y=ys,
                connect="finite",
                pen=pg.mkPen(color, width=2, style=dash),
                symbol=marker,
                symbolSize=7 if len(points) <= 30 else 4,  # years of weeks: less ink
                symbolBrush=color,
                symbolPen=None,
            )
            plot.addItem(item)
            self._items[f"checkin_{part}"] = item
        plot.setXRange(-0.6, max(len(series.weeks), 1) - 0.4, padding=0)
        plot.setYRange(0, 104, padding=0)
        locale = QLocale()
        plot.getAxis("left").setTicks([[(v, locale.toString(v)) for v in range(0, 101, 25)], []])
        plot.getAxis("bottom").setTicks([chart_style.week_ticks(series.weeks), []])
        plot.setAccessibleDescription(words.checkin_summary(len(points)))

    # --- building -----------------------------------------------------------------

    def _plot(self, name: str) -> Any:
        plot = chart_style.quiet_plot(self._pg, self._c, self._tick_font, name, left_width=40)
        item = plot.getPlotItem()
        item.setContentsMargins(0, 12, 12, 0)  # room for the top tick's label
        return plot

    def _card(
        self,
        title: str,
        body: QWidget,
        key: str,
        legend: list[tuple[str, Any, str]],
    ) -> QFrame:
        """A surface-coloured card: title, legend in words, then the chart."""
        c = self._c
        card = QFrame()
        card.setObjectName("chartCard")
        card.setStyleSheet(
            f"QFrame#chartCard {{ background: {c.surface}; border: 1px solid {c.border};"
            " border-radius: 10px; }"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 10, 14, 8)
        box.setSpacing(6)
        box.addWidget(text_label(title, c, bold=True, scale=1.05))
        row = QHBoxLayout()
        row.setSpacing(14)
        for color, style, label in legend:
            row.addWidget(chart_style.legend_entry(color, style, label, c))
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(body, 1)
        self._legends[key] = tuple(label for _, _, label in legend)
        return card

    def _text(
        self,
        plot: Any,
        text: str,
        x: float,
        y: float,
        *,
        anchor: tuple[float, float],
        muted: bool = False,
    ) -> None:
        item = self._pg.TextItem(
            text, color=self._c.muted_text if muted else self._c.text, anchor=anchor
        )
        item.setFont(self._tick_font)
        item.setPos(x, y)
        plot.addItem(item)


# --- helpers ------------------------------------------------------------------------


def _floats(values: Any) -> tuple[float, ...]:
    return tuple(float(v) for v in values)


def _heights(bar: Any) -> tuple[float, ...]:
    return _floats(bar.opts["height"])


def _nan(value: float | None) -> float:
    return math.nan if value is None else value
