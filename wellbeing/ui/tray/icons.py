"""Tray icons for each strain level, drawn from the SVG assets.

Each level has its own shape (circle, rounded square, triangle, pause
bars), not only its own colour, so the state reads for colour-blind agents
and on monochrome trays. Being on a call adds a headset badge in the
corner. Icons are rendered once per (level, on-call) pair and cached.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPainter, QPixmap

from wellbeing.core.levels import StrainLevel
from wellbeing.resources import asset

SIZES = (16, 22, 24, 32, 48, 64)
_FILES = {
    StrainLevel.CALM: "calm.svg",
    StrainLevel.ELEVATED: "elevated.svg",
    StrainLevel.HIGH: "high.svg",
    StrainLevel.PAUSED: "paused.svg",
}


def _render(name: str, size: int) -> QPixmap:
    """Qt's SVG icon engine draws the asset at ``size``; no SVG binding is imported,
    which keeps it off the path to the tray showing."""
    return QIcon(str(asset("icons", name))).pixmap(size, size)


def _with_badge(base: QPixmap, size: int) -> QPixmap:
    badge_size = max(8, round(size * 0.55))
    badge = _render("on-call-badge.svg", badge_size)
    painter = QPainter(base)
    painter.drawPixmap(size - badge_size, size - badge_size, badge)
    painter.end()
    return base


@cache
def tray_icon(level: StrainLevel, on_call: bool) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        pixmap = _render(_FILES[level], size)
        icon.addPixmap(_with_badge(pixmap, size) if on_call else pixmap)
    return icon


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_render("app.svg", size))
    return icon
