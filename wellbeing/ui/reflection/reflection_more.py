"""The reflection's *More* questions (the caller, L.A.S.T., a line crossed, the
journal), and the breathing offered after a reflection on a severe call.

Issue 15: the reflection promises "under a minute", and about thirty
controls on one screen did not keep it. The dialog asks the three
essentials first; these questions sit under *More*, collapsed by default,
for the agent who wants to go through the whole call.

"What did you do?" is enabled only while "Was a line crossed?" is yes; it
keeps its text when the answer changes (the dialog sends it only on yes).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.reflection import LINE_MAX, ReflectionDraft
from wellbeing.ui.reflection.reflection_fields import ChipGroup, StepGrid, caller_emotion_labels
from wellbeing.ui.theme import Colors, primary_button, text_label


def heading(text: str, buddy: QWidget, c: Colors) -> QLabel:
    """A question's bold heading; its mnemonic and screen reader lead to ``buddy``."""
    label = text_label(text, c, bold=True)
    label.setBuddy(buddy)
    return label


def line_edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(LINE_MAX)
    return edit


class MoreQuestions(QWidget):
    def __init__(self, c: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("more_questions")
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        box = QVBoxLayout()
        box.setSpacing(8)
        right = QVBoxLayout()
        right.setSpacing(8)
        columns.addLayout(box, 1)
        columns.addLayout(right, 1)
        self.caller_problem = line_edit(
            self.tr("The caller's problem"), self.tr("What they needed, in a few words")
        )
        box.addWidget(
            heading(self.tr("What did the caller need, and feel?"), self.caller_problem, c)
        )
        box.addWidget(self.caller_problem)
        self.caller_emotion = ChipGroup(
            caller_emotion_labels(), self.tr("The caller seemed"), columns=4, single=True
        )
        box.addWidget(text_label(self.tr("They seemed:"), c, muted=True))
        box.addWidget(self.caller_emotion)
        box.addSpacing(6)

        self.steps = StepGrid(c)
        right.addWidget(
            heading(self.tr("Listen, Acknowledge, Solve, Thank"), self.steps.buttons()[0], c)
        )
        right.addWidget(self.steps)
        right.addSpacing(6)

        crossed_row = QHBoxLayout()
        crossed_row.setSpacing(16)
        self.crossed_yes = QRadioButton(self.tr("Yes"))
        self.crossed_yes.setAccessibleName(self.tr("A line was crossed: yes"))
        self.crossed_no = QRadioButton(self.tr("No"))
        self.crossed_no.setAccessibleName(self.tr("A line was crossed: no"))
        self.crossed = QButtonGroup(self)
        self.crossed.addButton(self.crossed_yes)
        self.crossed.addButton(self.crossed_no)
        self.crossed.buttonToggled.connect(self._sync_boundary)
        crossed_row.addWidget(heading(self.tr("Was a line crossed?"), self.crossed_yes, c))
        crossed_row.addWidget(self.crossed_yes)
        crossed_row.addWidget(self.crossed_no)
        crossed_row.addStretch(1)
        right.addLayout(crossed_row)
        self.boundary_action = line_edit(
            self.tr("What did you do?"), self.tr("e.g. warned once, offered a supervisor")
        )
        self._action_label = text_label(self.tr("What did you do?"), c)
        self._action_label.setBuddy(self.boundary_action)
        right.addWidget(self._action_label)
        right.addWidget(self.boundary_action)
        right.addSpacing(6)

        self.journal = QPlainTextEdit()
        self.journal.setAccessibleName(self.tr("Journal (private)"))
        self.journal.setAccessibleDescription(self.tr("Free text. Tab moves on, Ctrl+Enter saves."))
        self.journal.setPlaceholderText(self.tr("Anything else, just for you"))
        self.journal.setTabChangesFocus(True)
        lines = self.journal.fontMetrics().lineSpacing()
        self.journal.setFixedHeight(lines * 3 + 16)
        box.addWidget(heading(self.tr("Journal (private)"), self.journal, c))
        box.addWidget(self.journal)
        box.addStretch(1)
        right.addStretch(1)
        self._sync_boundary()

    def fill(self, draft: ReflectionDraft) -> bool:
        """Put back the answers of a draft; whether any of them was one of these."""
        self.caller_problem.setText(draft.caller_problem)
        self.caller_emotion.select([draft.caller_emotion])
        self.steps.set_ratings(draft.steps)
        if draft.boundary_crossed is not None:
            answer = self.crossed_yes if draft.boundary_crossed else self.crossed_no
            answer.setChecked(True)
        self.boundary_action.setText(draft.boundary_action)
        self.journal.setPlainText(draft.journal)
        answered = (draft.caller_problem, draft.caller_emotion, draft.steps, draft.journal)
        return any(answered) or draft.boundary_crossed is not None

    def _sync_boundary(self, *_: object) -> None:
        self.boundary_action.setEnabled(self.crossed_yes.isChecked())
        self._action_label.setEnabled(self.crossed_yes.isChecked())


class BreatheOffer(QWidget):
    """Shown once a reflection from a severe call's card is saved: the reset it promised."""

    close_requested = Signal()
    breathe_requested = Signal()

    def __init__(self, c: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setSpacing(12)
        box.addWidget(text_label(self.tr("Saved"), c, scale=1.3, bold=True))
        box.addWidget(
            text_label(
                self.tr("Your body may still be on that call. A short breathing reset helps."),
                c,
                muted=True,
            )
        )
        row = QHBoxLayout()
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close without breathing"))
        close.clicked.connect(self.close_requested)
        self.breathe_button = primary_button(self.tr("Breathe now"))
        self.breathe_button.setObjectName("breathe")
        self.breathe_button.setAccessibleName(self.tr("Start the breathing reset"))
        self.breathe_button.clicked.connect(self.breathe_requested)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.breathe_button)
        box.addLayout(row)
        box.addStretch(1)
