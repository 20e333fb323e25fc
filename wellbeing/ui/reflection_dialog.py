"""The post-call reflection: sixty seconds to set a hard call down.

Thin, as every window here: it shows the questions, fills a
``core.reflection.ReflectionDraft`` and, on Save, emits the ``Reflection``
that ``core.reflection.build_reflection`` makes of it, linked to the call.
It stores nothing; the composition root saves what it emits.

Choices:

- Not modal, and it takes focus when shown: the agent chose to open it
  (from the prompt's second action or the menu), so it is not an
  interruption. The caller owns it; it is not deleted when it closes.
- Two columns, so that everything fits a 1024×768 screen without
  scrolling: how I feel and what the caller needed and felt on the left,
  how the call went and what I take from it on the right. Tab goes down the
  left column, then down the right.
- Keys: Tab and Shift+Tab between questions; arrows within a chip row or
  an answer row; Space to choose; Enter moves to the next question (in the
  journal it starts a new line, on a button it presses it); Ctrl+Enter
  saves from anywhere; Esc is "Not now".
- An empty reflection (``core.reflection.is_empty``) is not emitted: Save
  just closes. A refusal from the core (a journal past its limit, say) is
  shown under the questions and the dialog stays open with every answer.
- "What did you do?" is enabled only while "Was a line crossed?" is yes; it
  keeps its text when the answer changes, and sends it only on yes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.errors import InvalidInput
from wellbeing.core.records import Call
from wellbeing.core.reflection import LINE_MAX, ReflectionDraft, build_reflection, is_empty
from wellbeing.services.clock import Clock
from wellbeing.ui.reflection_fields import (
    ChipGroup,
    StepGrid,
    call_context,
    caller_emotion_labels,
    feeling_labels,
    tab_chain,
)
from wellbeing.ui.stress_question import StressQuestion
from wellbeing.ui.theme import Colors, colors, palette, primary_button, system_is_dark, text_label

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReflectionDialog(QDialog):
    """Ask the reflection's questions; emit the ``Reflection`` on Save."""

    saved = Signal(object)
    """A ``records.Reflection``, never an empty one; emitted at most once per Save."""

    def __init__(
        self,
        call: Call | None,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        colors: Colors | None = None,
    ) -> None:
        super().__init__(parent)
        self._call = call
        self._clock = clock
        self._c = colors or _system_colors()
        self.setModal(False)
        self.setWindowTitle(self.tr("Set that call down"))
        self.setPalette(palette(self._c))
        self.setAutoFillBackground(True)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(self._left_column(), 1)
        columns.addLayout(self._right_column(), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        layout.addLayout(columns)
        self.notice = text_label("", self._c, bold=True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addSpacing(4)
        layout.addLayout(self._footer())

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.on_save)
        tab_chain(
            [
                self.stress.slider(),
                *self.feelings.chips(),
                self.caller_problem,
                *self.caller_emotion.chips(),
                *self.steps.buttons(),
                self._crossed_yes,
                self._crossed_no,
                self.boundary_action,
                self.carry_forward,
                self.journal,
                self.save_button,
                self.not_now_button,
            ]
        )
        self._sync_boundary()

    # --- building -------------------------------------------------------------

    def _header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(text_label(self.tr("Set that call down"), self._c, scale=1.3, bold=True))
        context = call_context(self._call, self._clock.now())
        self.context = text_label(context, self._c, muted=True)
        box.addWidget(self.context)
        return box

    def _left_column(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(8)
        self.stress = StressQuestion(
            self.tr("How stressed am I now?"), self.tr("Stress now"), self._c
        )
        box.addWidget(self.stress)
        for label in self.stress.findChildren(QLabel):
            if label.buddy() is self.stress.slider():  # the question: a heading like the rest
                font = label.font()
                font.setBold(True)
                label.setFont(font)
        box.addSpacing(6)

        self.feelings = ChipGroup(feeling_labels(), self.tr("How do I feel?"), columns=3)
        box.addWidget(self._heading(self.tr("How do I feel?"), self.feelings.chips()[0]))
        box.addWidget(self.feelings)
        box.addSpacing(6)

        self.caller_problem = self._line(
            self.tr("The caller's problem"), self.tr("What they needed, in a few words")
        )
        box.addWidget(
            self._heading(self.tr("What did the caller need, and feel?"), self.caller_problem)
        )
        box.addWidget(self.caller_problem)
        self.caller_emotion = ChipGroup(
            caller_emotion_labels(), self.tr("The caller seemed"), columns=4, single=True
        )
        box.addWidget(text_label(self.tr("They seemed:"), self._c, muted=True))
        box.addWidget(self.caller_emotion)
        box.addStretch(1)
        return box

    def _right_column(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(8)
        self.steps = StepGrid(self._c)
        box.addWidget(
            self._heading(self.tr("Listen, Acknowledge, Solve, Thank"), self.steps.buttons()[0])
        )
        box.addWidget(self.steps)
        box.addSpacing(6)

        crossed_row = QHBoxLayout()
        crossed_row.setSpacing(16)
        self._crossed_yes = QRadioButton(self.tr("Yes"))
        self._crossed_yes.setAccessibleName(self.tr("A line was crossed: yes"))
        self._crossed_no = QRadioButton(self.tr("No"))
        self._crossed_no.setAccessibleName(self.tr("A line was crossed: no"))
        self._crossed = QButtonGroup(self)
        self._crossed.addButton(self._crossed_yes)
        self._crossed.addButton(self._crossed_no)
        self._crossed.buttonToggled.connect(self._sync_boundary)
        crossed_row.addWidget(self._heading(self.tr("Was a line crossed?"), self._crossed_yes))
        crossed_row.addWidget(self._crossed_yes)
        crossed_row.addWidget(self._crossed_no)
        crossed_row.addStretch(1)
        box.addLayout(crossed_row)
        self.boundary_action = self._line(
            self.tr("What did you do?"), self.tr("e.g. warned once, offered a supervisor")
        )
        self._action_label = text_label(self.tr("What did you do?"), self._c)
        self._action_label.setBuddy(self.boundary_action)
        box.addWidget(self._action_label)
        box.addWidget(self.boundary_action)
        box.addSpacing(6)

        self.carry_forward = self._line(
            self.tr("One thing to carry forward"),
            self.tr("One thing I will do again, or differently"),
        )
        box.addWidget(self._heading(self.tr("One thing to carry forward"), self.carry_forward))
        box.addWidget(self.carry_forward)
        box.addSpacing(6)

        self.journal = QPlainTextEdit()
        self.journal.setAccessibleName(self.tr("Journal (private)"))
        self.journal.setAccessibleDescription(self.tr("Free text. Tab moves on, Ctrl+Enter saves."))
        self.journal.setPlaceholderText(self.tr("Anything else, just for you"))
        self.journal.setTabChangesFocus(True)
        lines = self.journal.fontMetrics().lineSpacing()
        self.journal.setFixedHeight(lines * 4 + 16)
        box.addWidget(self._heading(self.tr("Journal (private)"), self.journal))
        box.addWidget(self.journal)
        box.addStretch(1)
        return box

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        note = text_label(
            self.tr("Private: stays on this computer. Ctrl+Enter saves, Esc closes."),
            self._c,
            muted=True,
            scale=0.92,
        )
        row.addWidget(note, 1)
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setAccessibleName(self.tr("Not now"))
        self.not_now_button.setAutoDefault(False)
        self.not_now_button.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setAccessibleDescription(self.tr("Saves the reflection on this computer."))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.on_save)
        row.addWidget(self.not_now_button)
        row.addWidget(self.save_button)
        return row

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = text_label(text, self._c, bold=True)
        label.setBuddy(buddy)
        return label

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(LINE_MAX)
        return edit

    # --- public ---------------------------------------------------------------

    def present(self) -> None:
        """Show, come to the front and put the focus on the first question."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.stress.slider().setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def draft(self) -> ReflectionDraft:
        """The answers as they stand, unvalidated."""
        crossed = self._crossed.checkedButton()
        return ReflectionDraft(
            stress=self.stress.value(),
            emotions=self.feelings.selected(),
            caller_problem=self.caller_problem.text(),
            caller_emotion="".join(self.caller_emotion.selected()),
            steps=self.steps.ratings(),
            boundary_crossed=None if crossed is None else crossed is self._crossed_yes,
            boundary_action=self.boundary_action.text() if crossed is self._crossed_yes else "",
            carry_forward=self.carry_forward.text(),
            journal=self.journal.toPlainText(),
        )

    def crossed_buttons(self) -> tuple[QRadioButton, QRadioButton]:
        """The yes and no answers to "Was a line crossed?"."""
        return self._crossed_yes, self._crossed_no

    # --- slots ----------------------------------------------------------------

    def on_save(self) -> None:
        draft = self.draft()
        if is_empty(draft):
            self.accept()
            return
        call_id = self._call.id if self._call is not None else None
        try:
            reflection = build_reflection(draft, call_id=call_id, now=self._clock.now())
        except InvalidInput as error:
            self.notice.setText(self.tr("Not saved yet: {reason}").format(reason=str(error)))
            self.notice.show()
            return
        self.notice.hide()
        self.saved.emit(reflection)
        self.accept()

    def _sync_boundary(self, *_: object) -> None:
        self.boundary_action.setEnabled(self._crossed_yes.isChecked())
        self._action_label.setEnabled(self._crossed_yes.isChecked())

    # --- keys -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next question; on a button it presses the button."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _ENTER and plain == Qt.KeyboardModifier.NoModifier:
            focus = self.focusWidget()
            if focus in (self.save_button, self.not_now_button):
                focus.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)


def _system_colors() -> Colors:
    return colors("system", system_is_dark())
