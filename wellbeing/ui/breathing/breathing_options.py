"""The breathing window's optional *Change…* page: pattern, length, stress before.

A break starts at once with the default pattern and the promised length
(issue 15: "Breathe now" breathes); this page is for the agent who wants
something else. It shows while the break keeps running behind it, so
opening it never costs the agent their break.

- The stress answer is one tap and changes nothing else: answering it
  (or not) never restarts or delays the breathing.
- The strings it took over from the breathing window keep that window's
  translation context, so their translations stay.
- *Breathe with these* restarts the break from now with the pattern and
  length chosen; *Back* returns to the breathing as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.breathing import PATTERNS, BreathingPattern, get_pattern
from wellbeing.ui.breathing import breathing_text
from wellbeing.ui.stress_question import StressQuestion
from wellbeing.ui.theme import Colors, primary_button, text_label

LENGTHS_S = (60, 90, 120, 180, 300)
"""The lengths offered, besides the one promised."""


class BreathingOptions(QWidget):
    apply_requested = Signal()
    back_requested = Signal()

    def __init__(self, pattern_id: str, seconds: int, c: Colors) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(text_label(self.tr("Change this break"), c, scale=1.4, bold=True))
        box.addWidget(
            text_label(
                self.tr("Your break keeps running while you choose: Back returns to it."),
                c,
                muted=True,
            )
        )
        box.addSpacing(6)
        self.stress_before = StressQuestion(
            self.tr("How stressed were you before this break? (optional)"),
            QCoreApplication.translate("BreathingWindow", "Stress before the break, 0 to 10"),
            c,
        )
        self.stress_before.setObjectName("stress_before")
        box.addWidget(self.stress_before)
        box.addSpacing(10)
        self._patterns = QButtonGroup(self)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        indent += self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        for index, pattern in enumerate(PATTERNS.values()):
            radio = QRadioButton(breathing_text.pattern_title(pattern))
            description = breathing_text.pattern_description(pattern)
            radio.setAccessibleName(breathing_text.pattern_title(pattern))
            radio.setAccessibleDescription(description)
            radio.setChecked(pattern.id == pattern_id)
            self._patterns.addButton(radio, index)
            hint = text_label(description, c, muted=True, scale=0.92)
            hint.setContentsMargins(indent, 0, 0, 4)
            box.addWidget(radio)
            box.addWidget(hint)
        row = QHBoxLayout()
        length = text_label(QCoreApplication.translate("BreathingWindow", "Length"), c)
        self.length = QComboBox()
        self.length.setObjectName("length")
        self.length.setAccessibleName(self.tr("Length of the break"))
        for value in sorted({*LENGTHS_S, seconds}):
            self.length.addItem(breathing_text.duration(value), value)
        self.length.setCurrentIndex(self.length.findData(seconds))
        length.setBuddy(self.length)
        row.addWidget(length)
        row.addWidget(self.length)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.setObjectName("back")
        back.setAccessibleName(self.tr("Back to the breathing"))
        back.clicked.connect(self.back_requested)
        apply = primary_button(self.tr("Breathe with these"))
        apply.setObjectName("apply")
        apply.setAccessibleName(self.tr("Start again with this pattern and length"))
        apply.clicked.connect(self.apply_requested)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(apply)
        box.addLayout(buttons)

    def pattern(self) -> BreathingPattern:
        return get_pattern(list(PATTERNS)[self._patterns.checkedId()])

    def seconds(self) -> int:
        return int(self.length.currentData())
