"""An optional 0–10 "how stressed" answer: eleven numbered cells in a row that
hold no value until the agent picks one. The breathing window asks it before
and after a break; the reflection and the check-in can ask it too.

Why not a plain slider: an untouched slider sits at 5 and looks answered,
and a click on its track moves one step instead of to the point clicked.

Choices where the design was silent:

- The row is a ``QSlider`` drawn as cells (``ScaleRow``), so the keyboard,
  the accessibility tree and every caller that focuses or chains
  ``slider()`` keep working: arrows step, Home and End go to 0 and 10, a
  digit picks that value, Delete clears it. Until chosen no cell is
  filled, whatever the slider's resting value.
- One click (or a tap) chooses the clicked cell; dragging moves the choice.
- "Skip" clears the answer: the question stays optional and says so. It
  is not a Tab stop (Delete does the same from the keyboard), so the
  question stays one stop in the windows' reading order.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QVBoxLayout, QWidget

from wellbeing.core.fields import STRESS_MAX, STRESS_MIN
from wellbeing.ui.theme import Colors, text_label

CELL = 30
"""The smallest width of one cell, in pixels: a comfortable target."""


class ScaleRow(QSlider):
    """A 0–10 slider drawn as eleven cells; ``answered`` is False until one is chosen."""

    chosen = Signal(int)
    cleared = Signal()
    """Delete or Backspace: the keyboard's "Skip"."""

    def __init__(self, c: Colors) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self._c = c
        self.setRange(STRESS_MIN, STRESS_MAX)
        self.setValue((STRESS_MIN + STRESS_MAX) // 2)
        self.setPageStep(1)
        self.setProperty("answered", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(CELL * 11, 34)
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().verticalPolicy())

    def cells(self) -> int:
        return STRESS_MAX - STRESS_MIN + 1

    def cell_rect(self, value: int) -> QRectF:
        width = self.width() / self.cells()
        return QRectF((value - STRESS_MIN) * width, 0, width, self.height()).adjusted(2, 2, -2, -2)

    def value_at(self, x: float) -> int:
        cell = int(x // (self.width() / self.cells()))
        return max(STRESS_MIN, min(STRESS_MAX, STRESS_MIN + cell))

    def choose(self, value: int) -> None:
        self.setValue(value)
        self.chosen.emit(value)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.choose(self.value_at(event.position().x()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.choose(self.value_at(event.position().x()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.choose(int(text))
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.cleared.emit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        c, answered = self._c, bool(self.property("answered"))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        for value in range(STRESS_MIN, STRESS_MAX + 1):
            rect = self.cell_rect(value)
            picked = answered and value == self.value()
            fill = c.accent if picked else (c.surface if enabled else c.window)
            edge = c.accent if picked else c.border
            pen = QPen(
                QColor(edge), 1.0, Qt.PenStyle.SolidLine if enabled else Qt.PenStyle.DashLine
            )
            if self.hasFocus() and answered and value == self.value():
                pen = QPen(QColor(c.text), 2.5)
            painter.setPen(pen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(rect, 6, 6)
            ink = c.accent_text if picked else (c.text if enabled else c.muted_text)
            painter.setPen(QColor(ink))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QLocale().toString(value))
        if self.hasFocus() and not answered:  # the row has the focus, no cell is chosen
            painter.setPen(QPen(QColor(c.accent), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)


class StressQuestion(QWidget):
    """A 0–10 answer that stays None until the agent picks a value."""

    changed = Signal(object)
    """The answer: an int 0–10, or None once skipped."""

    def __init__(self, question: str, name: str, c: Colors) -> None:
        super().__init__()
        self._answered = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        title = text_label(question, c)
        self._slider = ScaleRow(c)
        self._slider.setAccessibleName(name)
        self._slider.setAccessibleDescription(
            self.tr(
                "0 is calm, 10 is very stressed. Optional: no answer until you choose one; "
                "a digit chooses, Delete skips."
            )
        )
        title.setBuddy(self._slider)
        self._skip = QPushButton(self.tr("Skip"))
        self._skip.setAccessibleName(self.tr("Skip this question"))
        self._skip.setProperty("chip", True)
        self._skip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Delete skips from the keyboard
        self._skip.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self._slider, 1)
        row.addWidget(self._skip)
        ends = QHBoxLayout()
        left = text_label(self.tr("0 calm"), c, muted=True, scale=0.92)
        self._value = text_label(self.tr("Not answered"), c, muted=True, centred=True, scale=0.92)
        right = text_label(self.tr("10 very stressed"), c, muted=True, scale=0.92)
        top = Qt.AlignmentFlag.AlignTop
        left.setAlignment(Qt.AlignmentFlag.AlignLeft | top)
        self._value.setAlignment(Qt.AlignmentFlag.AlignHCenter | top)
        right.setAlignment(Qt.AlignmentFlag.AlignRight | top)
        for label in (left, self._value, right):
            label.setWordWrap(False)  # one line each: a wrapped end reads as two answers
        ends.addWidget(left)
        ends.addWidget(self._value, 1)
        ends.addWidget(right)
        box.addWidget(title)
        box.addLayout(row)
        box.addLayout(ends)
        self._slider.actionTriggered.connect(self._touch)
        self._slider.sliderPressed.connect(self._touch)
        self._slider.valueChanged.connect(self._touch)
        self._slider.chosen.connect(self._touch)
        self._slider.cleared.connect(self.clear)

    def value(self) -> int | None:
        return self._slider.value() if self._answered else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.clear()
        else:
            self._slider.choose(value)

    def slider(self) -> QSlider:
        """The row of cells (a ``QSlider``): what takes the focus and the keys."""
        return self._slider

    def skip_button(self) -> QPushButton:
        return self._skip

    def clear(self) -> None:
        """Skip: no answer, as before anything was chosen."""
        was = self._answered
        self._answered = False
        self._mark(False)
        self._value.setText(self.tr("Not answered"))
        if was:
            self.changed.emit(None)

    def _mark(self, answered: bool) -> None:
        self._slider.setProperty("answered", answered)
        self._slider.style().unpolish(self._slider)
        self._slider.style().polish(self._slider)
        self._slider.update()

    def _touch(self, *_: object) -> None:
        if not self._answered:
            self._answered = True
            self._mark(True)
        value = QLocale().toString(self._slider.value())
        self._value.setText(self.tr("{value} of 10").format(value=value))
        self._slider.update()
        self.changed.emit(self._slider.value())
