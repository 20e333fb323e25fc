"""A small card in the screen's bottom-right corner that never takes focus.

The prompt card, the rating card, the log confirmation and the toast all
appear while the agent may be typing into the softphone or a ticket: a
window that took the keyboard would send the next keystrokes into the
card. Each of them is a ``CornerCard``, so the promise "never takes focus"
(DESIGN.md, Principles) is kept in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 16
"""Distance from the screen's available edges (the taskbar left out)."""


class CornerCard(QWidget):
    def __init__(self, parent: QWidget | None = None, *, translucent: bool = False) -> None:
        """``translucent`` for a card that paints its own rounded background;
        otherwise the stylesheet paints it."""
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(
            Qt.WidgetAttribute.WA_TranslucentBackground
            if translucent
            else Qt.WidgetAttribute.WA_StyledBackground
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_in_corner(self, width: int | None = None) -> None:
        """Size to the content (at ``width``, wrapped lines included, or its own
        size hint) and show in the bottom-right corner of the card's screen."""
        layout = self.layout()
        if width is not None and layout is not None:
            layout.activate()
            self.resize(width, layout.totalHeightForWidth(width))
        else:
            self.adjustSize()
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.move(
            area.right() + 1 - MARGIN - self.width(), area.bottom() + 1 - MARGIN - self.height()
        )
        self.show()
