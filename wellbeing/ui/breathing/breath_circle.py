"""A soft circle that is as full as the breath: the picture, not the timing.

The window tells it how full the lungs are (``set_frame(scale)``, 0 to 1,
from ``core.breathing.guide_at``); it draws that and nothing else. It never
shrinks below ``MIN_FRACTION`` of its largest size, so an empty breath is
still a calm shape on the screen, not a flicker to nothing. A faint ring
marks the full size, so the eye can see where the breath is going.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from wellbeing.ui.theme import Colors

MIN_FRACTION = 0.35
"""The radius at an empty breath, as a share of the radius at a full one."""

_MARGIN = 6  # room for the edge's pen at full size


class BreathCircle(QWidget):
    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self._scale = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setAccessibleDescription(
            self.tr("Grows as you breathe in and shrinks as you breathe out.")
        )

    @property
    def scale(self) -> float:
        return self._scale

    def set_frame(self, scale: float) -> None:
        scale = min(1.0, max(0.0, scale))
        if scale != self._scale:
            self._scale = scale
            self.update()

    def set_colors(self, colors: Colors) -> None:
        self._colors = colors
        self.update()

    def radius(self) -> float:
        """The circle's radius now, in pixels."""
        full = self.full_radius()
        return full * (MIN_FRACTION + (1 - MIN_FRACTION) * self._scale)

    def full_radius(self) -> float:
        return max(0.0, min(self.width(), self.height()) / 2 - _MARGIN)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self._colors
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = self.radius()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        ring = QColor(c.circle_edge)
        ring.setAlphaF(0.25)
        painter.setPen(QPen(ring, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, self.full_radius(), self.full_radius())

        fill = QColor(c.circle_fill)
        glow = QRadialGradient(centre, max(radius, 1.0))
        glow.setColorAt(0.0, fill.lighter(112) if not c.dark else fill.lighter(125))
        glow.setColorAt(1.0, fill)
        painter.setBrush(glow)
        painter.setPen(QPen(QColor(c.circle_edge), 2.5))
        painter.drawEllipse(centre, radius, radius)
        painter.end()
