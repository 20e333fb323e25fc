"""The breathing window's last page: "Well done", how do you feel now, what next.

After a break offered for a hard call (a severe or escalated one), the
next step is *Reflect on this call*, and it carries the accent; otherwise
*Done* does. Its strings keep the breathing window's translation context,
where they were before this page had a module of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wellbeing.ui.stress_question import StressQuestion
from wellbeing.ui.theme import Colors, primary_button, text_label


class BreathingAfter(QWidget):
    done_requested = Signal()
    reflect_requested = Signal()

    def __init__(self, c: Colors, *, offer_reflection: bool) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addStretch(1)
        box.addWidget(
            text_label(
                QCoreApplication.translate("BreathingWindow", "Well done"), c, scale=1.6, bold=True
            )
        )
        self.summary = text_label("", c, muted=True)
        box.addWidget(self.summary)
        box.addSpacing(24)
        self.stress = StressQuestion(
            QCoreApplication.translate("BreathingWindow", "How do you feel now? (0–10)"),
            QCoreApplication.translate("BreathingWindow", "Stress after the break, 0 to 10"),
            c,
        )
        self.stress.setObjectName("stress_after")
        box.addWidget(self.stress)
        box.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        done_text = QCoreApplication.translate("BreathingWindow", "Done")
        done = QPushButton(done_text) if offer_reflection else primary_button(done_text)
        done.setObjectName("done")
        done.setAccessibleName(
            QCoreApplication.translate("BreathingWindow", "Done: save this break")
        )
        done.setAutoDefault(True)
        done.clicked.connect(self.done_requested)
        row.addWidget(done)
        if offer_reflection:
            reflect = primary_button(
                QCoreApplication.translate("BreathingWindow", "Reflect on this call")
            )
            reflect.setObjectName("reflect")
            reflect.setAccessibleName(
                QCoreApplication.translate(
                    "BreathingWindow", "Save this break and reflect on the call before it"
                )
            )
            reflect.setAutoDefault(True)
            reflect.clicked.connect(self.reflect_requested)
            row.addWidget(reflect)
        box.addLayout(row)
