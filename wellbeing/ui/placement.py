"""Where a window opens, and how big: on the screen under the cursor, never
larger than what that screen offers once its taskbar is taken away.

A window taller than a 1366×768 laptop screen loses its buttons below the
taskbar; a window opened on the other monitor is missed by a tired agent.

Choices where the design was silent:

- The screen is the one under the mouse pointer (``QGuiApplication.screenAt``
  of ``QCursor.pos()``), the primary one if none is; its available geometry
  already leaves the taskbar out.
- ``FRAME`` leaves room for the window manager's title bar and borders,
  which Qt's size does not count.
- A window is centred on that area and never made smaller than needed by
  default: only a minimum size that cannot fit is lowered (the window's
  content then scrolls, see ``scrolling``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

FRAME = QSize(16, 40)
"""Room for the title bar and borders around a window."""


def cursor_area() -> QRect:
    """The available geometry of the screen under the cursor."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(area: QRect) -> QSize:
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def _needed(window: QWidget, size: QSize) -> QSize:
    """``size`` grown to what the content asks, wrapped lines included."""
    size = size.expandedTo(window.minimumSizeHint())
    layout = window.layout()
    if layout is not None:
        layout.activate()
        if layout.hasHeightForWidth():
            size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
    return size


def fit_into(window: QWidget, area: QRect) -> None:
    """Size ``window`` to fit ``area`` and centre it there."""
    space = room(area)
    window.setMinimumSize(window.minimumSize().boundedTo(space))
    window.setMaximumSize(window.maximumSize().expandedTo(window.minimumSize()))
    size = _needed(window, window.size()).boundedTo(space)
    window.resize(size)
    left = area.x() + max(0, (area.width() - size.width() - FRAME.width()) // 2)
    top = area.y() + max(0, (area.height() - size.height() - FRAME.height()) // 2)
    window.move(left, top)


def grow_to_fit(window: QWidget) -> None:
    """Grow ``window`` (never shrink it) so new content (a notice) is not cut
    off, as far as its screen allows; beyond that its content scrolls."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    space = room(screen.availableGeometry())
    window.resize(_needed(window, window.size()).boundedTo(space).expandedTo(window.size()))


def show_on_cursor_screen(window: QWidget) -> None:
    """Show ``window`` fitted to, and centred on, the screen under the cursor."""
    fit_into(window, cursor_area())
    window.show()


def scrolling(content: QWidget, *, keep_width: bool = True) -> QScrollArea:
    """``content`` in a frameless scroll area: it grows with its content and
    scrolls once the screen is too small, so no line is ever cut off.
    ``keep_width``: scroll only vertically, the area as wide as the content."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
    if keep_width:
        area.setMinimumWidth(content.minimumSizeHint().width())
    return area
