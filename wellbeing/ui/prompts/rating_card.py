"""The rating card: one click rates the call the microphone just saw end.

DESIGN.md, Calls: a detected call is recorded unrated and this card follows.
Like the prompt card it never takes focus (a frameless tool window that
shows without activating; its buttons take no focus on a click), so the
agent typing into the CRM keeps typing. Five difficulty buttons rate at
once, with the tags toggled before; it leaves by itself after
``LEAVE_AFTER_MS`` (the call stays unrated, and the tray menu keeps *Rate
the last call*). Keyboard users rate from the menu or ``rate-last``.

Its colours are the theme's, as the prompt card's are: the app stylesheet
(``popup_style``) styles its words and chips, and its difficulty buttons
take the quick log's fills; the rounded background is painted from the
palette. A light or dark desktop, switched live too, repaints it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing.core.records import Call, Tag
from wellbeing.ui.corner_card import CornerCard
from wellbeing.ui.duration_text import duration_text
from wellbeing.ui.prompts.rating_words import difficulty_labels, tag_labels

LEAVE_AFTER_MS = 2 * 60 * 1000
WIDTH = 400
RADIUS = 12.0


class RatingCard(CornerCard):
    rated = Signal(str, int, object)  # call id, difficulty, list[Tag]
    left = Signal(str)  # call id: the card left unanswered

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, translucent=True)
        self.setFixedWidth(WIDTH)
        self.call_id: str | None = None
        self.timer = QTimer(self, singleShot=True, interval=LEAVE_AFTER_MS)
        self.timer.timeout.connect(self.on_timeout)
        self.buttons: list[QPushButton] = []
        self.chips: dict[Tag, QPushButton] = {}
        self._build()
        self._width = max(WIDTH, self._layout.totalMinimumSize().width())
        """At least ``WIDTH``; wider when a language's difficulty words need it."""
        self.setFixedWidth(self._width)

    def _build(self) -> None:
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        self._title = QLabel(self.tr("How was that call?"), self)
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self._title.setFont(font)
        self._detail = QLabel(self)
        self._detail.setObjectName("detail")
        self._detail.setWordWrap(True)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)
        row = QHBoxLayout()
        row.setSpacing(6)
        for level, word in difficulty_labels().items():
            button = self._button(f"{level}\n{word}")
            button.setObjectName(f"difficulty{level}")
            button.setAccessibleName(f"{level} {word}")
            button.setAccessibleDescription(self.tr("Rates the call at once with this difficulty."))
            button.clicked.connect(lambda _=False, n=level: self._rate(n))
            self.buttons.append(button)
            row.addWidget(button)
        layout.addLayout(row)
        grid = QGridLayout()
        grid.setSpacing(6)
        for index, (tag, label) in enumerate(tag_labels().items()):
            chip = self._button(label)
            chip.setProperty("chip", True)
            chip.setCheckable(True)
            self.chips[tag] = chip
            grid.addWidget(chip, index // 4, index % 4)
        layout.addLayout(grid)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def show_call(self, call: Call) -> None:
        """Offer to rate ``call``, in the bottom-right corner, without focus, for two minutes."""
        self.call_id = call.id
        for chip in self.chips.values():
            chip.setChecked(False)
        self._detail.setText(
            self.tr("A call of {length} just ended. One click rates it.").format(
                length=duration_text(call.duration_s or 0)
            )
        )
        self.setAccessibleName(self._title.text())
        self.setAccessibleDescription(self._detail.text())
        self.show_in_corner(self._width)
        self.timer.start()

    def _rate(self, difficulty: int) -> None:
        call_id, self.call_id = self.call_id, None
        self.timer.stop()
        self.hide()
        if call_id is not None:
            tags = [tag for tag, chip in self.chips.items() if chip.isChecked()]
            self.rated.emit(call_id, difficulty, tags)

    def on_timeout(self) -> None:
        call_id, self.call_id = self.call_id, None
        self.hide()
        if call_id is not None:
            self.left.emit(call_id)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
