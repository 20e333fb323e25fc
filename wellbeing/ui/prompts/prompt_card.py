"""The in-app prompt card: a quiet "toast" that offers a break and says why.

It is the last link of the notification fallback chain (STYLE.md) and the
place a prompt shows when no desktop notification can. DESIGN.md,
Principle 2: it never takes focus. It is a frameless tool window that
stays on top, does not accept focus and shows without activating, so an
agent typing into a CRM or a softphone keeps typing into it. Its buttons
take no focus on a click either. The price is that the card cannot be
reached from the keyboard; keyboard users get the same four actions from
the tray menu, which the tray owns.

``show_prompt`` places it in the bottom-right corner of the available
screen area; each button emits one intent (start, snooze N minutes,
dismiss) and hides the card. What a snooze or a dismissal means for the
prompt is the policy's business, not the card's.

The background is painted as a rounded rectangle on a translucent window.
Without a compositing window manager (bare X11) the corners outside the
rounding show black; everything else is unaffected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing.ui.corner_card import CornerCard

WIDTH = 360
"""Pixels between the card and the edges of the available screen area."""
RADIUS = 12.0
TEXT_PT = 10.5
SNOOZE_MINUTES = (5, 10)


class PromptCard(CornerCard):
    """Title, reason, suggestion; Start, Snooze 5 / 10 min, Dismiss."""

    start_requested = Signal()
    snooze_requested = Signal(int)
    """Minutes to snooze."""
    dismiss_requested = Signal()
    reflect_requested = Signal()
    """The second action after an escalated or severe call: reflect instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, translucent=True)
        self.setFixedWidth(WIDTH)
        self._build()

    def _build(self) -> None:
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)

        self._title = self._label("title", TEXT_PT * 1.2, bold=True)
        self._reason = self._label("reason", TEXT_PT)
        self._suggestion = self._label("suggestion", TEXT_PT)
        for label in (self._title, self._reason, self._suggestion):
            layout.addWidget(label)
        layout.addSpacing(8)

        self._start = self._button(self.tr("Start"), self.start_requested.emit)
        self._start.setObjectName("start")
        snoozes = [
            self._button(self.tr("Snooze {n} min").format(n=n), self._snoozer(n))
            for n in SNOOZE_MINUTES
        ]
        for button, minutes in zip(snoozes, SNOOZE_MINUTES, strict=True):
            button.setAccessibleName(self.tr("Snooze {n} minutes").format(n=minutes))
            button.setAccessibleDescription(
                self.tr("Offer this again in {n} minutes.").format(n=minutes)
            )
        dismiss = self._button(self.tr("Dismiss"), self.dismiss_requested.emit)
        dismiss.setAccessibleDescription(self.tr("Close this suggestion without taking it."))

        # Two equal columns: room for longer translations, no clipped labels.
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(snoozes[0], 0, 0)
        grid.addWidget(snoozes[1], 0, 1)
        grid.addWidget(dismiss, 1, 0)
        grid.addWidget(self._start, 1, 1)
        self._reflect = self._button(self.tr("Reflect on this call"), self.reflect_requested.emit)
        self._reflect.setAccessibleDescription(
            self.tr("One minute to note what happened and what worked.")
        )
        grid.addWidget(self._reflect, 2, 0, 1, 2)
        layout.addLayout(grid)

    def _label(self, name: str, points: float, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setPointSizeF(max(font.pointSizeF(), points))
        font.setBold(bold)
        label.setFont(font)
        return label

    def _button(self, text: str, intent: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = button.font()
        font.setPointSizeF(max(font.pointSizeF(), TEXT_PT))
        button.setFont(font)
        button.clicked.connect(intent)
        button.clicked.connect(self.hide)
        return button

    def _snoozer(self, minutes: int) -> Callable[[], None]:
        return lambda: self.snooze_requested.emit(minutes)

    # --- public ---------------------------------------------------------------

    def show_prompt(
        self,
        title: str,
        reason: str,
        suggestion: str,
        *,
        start_text: str | None = None,
        can_reflect: bool = False,
    ) -> None:
        """Show (or refresh) the card in the bottom-right corner, without focus.

        ``start_text`` names what Start opens when it is not a breathing break;
        ``can_reflect`` adds "Reflect on this call" as a second way to take it.
        """
        self._start.setText(start_text or self.tr("Start"))
        self._start.setAccessibleName(self._start.text())
        self._reflect.setVisible(can_reflect)
        self._title.setText(title)
        self._reason.setText(reason)
        self._suggestion.setText(suggestion)
        self._suggestion.setVisible(bool(suggestion))
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{reason} {suggestion}".strip())
        self._start.setAccessibleDescription(suggestion or title)

        self.show_in_corner(WIDTH)

    def hide_prompt(self) -> None:
        """Take the card away without reporting an outcome."""
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
