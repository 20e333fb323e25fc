"""The in-app toast: the last link of the notifier chain, which never fails.

When neither a desktop notification nor a tray balloon can be shown, what
the agent must hear (a file moved aside, a failed share, "already
running") still reaches the screen here: a small card in the bottom-right
corner that never takes focus (DESIGN.md, Principle 2), like the prompt
card, and goes away by itself after a while or at a click. Messages that
arrive while it shows are added below, the newest last.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing.ui.corner_card import CornerCard

WIDTH = 360
SHOWN_MS = 12_000
"""Long enough to read two lines twice."""
KEPT = 4
"""Messages shown at once; older ones leave the card."""


class Toast(CornerCard):
    name = "toast"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(WIDTH)
        self.setObjectName("toast")
        self._lines: list[str] = []
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)  # the title in bold; text escaped
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._label)
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)

    def notify(self, title: str, message: str) -> None:
        """Show ``title`` and ``message`` without taking focus."""
        if not self.isVisible():
            self._lines = []
        said = f"<b>{escape(title)}</b><br>{escape(message)}"
        self._lines = [*self._lines, said][-KEPT:]
        self._label.setText("<br><br>".join(self._lines))
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)
        self.show_in_corner(WIDTH)
        self._timer.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()
