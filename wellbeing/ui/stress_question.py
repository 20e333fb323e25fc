"""An optional 0–10 "how stressed" answer: a slider that records nothing
until the agent touches it. The breathing window asks it before and after a
break; a reflection dialog can ask it too.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QSlider, QVBoxLayout, QWidget

from wellbeing.core.fields import STRESS_MAX, STRESS_MIN
from wellbeing.ui.theme import Colors, text_label


class StressQuestion(QWidget):
    """A 0–10 answer that stays None until the agent touches the slider."""

    def __init__(self, question: str, name: str, c: Colors) -> None:
        super().__init__()
        self._answered = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        title = text_label(question, c)
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(STRESS_MIN, STRESS_MAX)
        self._slider.setValue((STRESS_MIN + STRESS_MAX) // 2)
        self._slider.setPageStep(1)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setTickInterval(1)
        self._slider.setProperty("answered", False)
        self._slider.setAccessibleName(name)
        self._slider.setAccessibleDescription(
            self.tr("0 is calm, 10 is very stressed. Optional: left unanswered until you move it.")
        )
        title.setBuddy(self._slider)
        ends = QHBoxLayout()
        ends.addWidget(text_label(self.tr("0 calm"), c, muted=True, scale=0.92))
        self._value = text_label(self.tr("Not answered"), c, muted=True, centred=True, scale=0.92)
        ends.addWidget(self._value, 1)
        right = text_label(self.tr("10 very stressed"), c, muted=True, scale=0.92)
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(right)
        box.addWidget(title)
        box.addWidget(self._slider)
        box.addLayout(ends)
        self._slider.actionTriggered.connect(self._touch)
        self._slider.sliderPressed.connect(self._touch)
        self._slider.valueChanged.connect(self._touch)

    def value(self) -> int | None:
        return self._slider.value() if self._answered else None

    def slider(self) -> QSlider:
        return self._slider

    def _touch(self, *_: object) -> None:
        if not self._answered:
            self._answered = True
            self._slider.setProperty("answered", True)
            self._slider.style().unpolish(self._slider)
            self._slider.style().polish(self._slider)
        value = QLocale().toString(self._slider.value())
        self._value.setText(self.tr("{value} of 10").format(value=value))
