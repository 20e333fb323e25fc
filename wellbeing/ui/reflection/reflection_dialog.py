"""The post-call reflection: sixty seconds to set a hard call down.

Thin, as every window here: it shows the questions, fills a
``core.reflection.ReflectionDraft`` and, on Save, emits the ``Reflection``
that ``core.reflection.build_reflection`` makes of it, linked to the call.
It stores nothing; the composition root saves what it emits.

Choices:

- Not modal, and it takes focus when shown: the agent chose to open it
  (from the prompt's second action or the menu), so it is not an
  interruption. The caller owns it; it is not deleted when it closes.
- Under a minute (issue 15): first the three essentials (stress now, how
  I feel, one thing to carry forward); the caller's need and feeling,
  Listen–Acknowledge–Solve–Thank, the boundary and the journal sit under
  *More*, collapsed by default, opened by itself when a draft brought back
  answers there.
- Nothing typed is lost, and the dialog touches no file: it emits its
  answers with the call's id as they change (``draft_changed``), and when
  it closes by Esc, Not now or its close button (``draft_kept``); saving,
  or *Discard* (the one way to throw answers away on purpose), emits
  ``draft_dropped``. Opened again for the same call, it is given the
  draft to restore. ``services.reflection_drafts`` keeps them.
- With ``offer_breathing`` (a reflection taken from a severe call's card),
  Save does not close at once: it offers the breathing reset the card
  promised (``breathing_requested``) or Close.
- Keys: Tab and Shift+Tab between questions (More is one Tab stop); arrows within a chip row or
  an answer row; Space to choose; Enter moves to the next question (in the
  journal it starts a new line, on a button it presses it); Ctrl+Enter
  saves from anywhere; Esc is "Not now" (the draft is kept).
- An empty reflection (``core.reflection.is_empty``) is not emitted: Save
  just closes. A refusal from the core (a journal past its limit, say) is
  shown under the questions and the dialog stays open with every answer.
- "What did you do?" is enabled only while "Was a line crossed?" is yes; it
  keeps its text when the answer changes, and sends it only on yes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.errors import InvalidInput
from wellbeing.core.records import Call
from wellbeing.core.reflection import ReflectionDraft, build_reflection, is_empty
from wellbeing.services.clock import Clock
from wellbeing.ui.reflection.reflection_fields import (
    ChipGroup,
    call_context,
    feeling_labels,
    tab_chain,
)
from wellbeing.ui.reflection.reflection_more import BreatheOffer, MoreQuestions, heading, line_edit
from wellbeing.ui.stress_question import StressQuestion
from wellbeing.ui.theme import Colors, colors, palette, primary_button, system_is_dark, text_label

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
WINDOW_FRAME = 40
"""Room left for the title bar a window manager adds above the dialog."""
MORE_MIN = 160
"""Below this the *More* questions would be a slit: the dialog is let grow past the screen."""


class ReflectionDialog(QDialog):
    """Ask the reflection's questions; emit the ``Reflection`` on Save."""

    saved = Signal(object)
    """A ``records.Reflection``, never an empty one; emitted at most once per Save."""
    breathing_requested = Signal()
    """After a save with ``offer_breathing``: the agent wants the breathing reset."""
    draft_changed = Signal(object, object)
    """The call's id (None: no call) and the ``ReflectionDraft`` after each change."""
    draft_kept = Signal(object, object)
    """Closed without saving: the call's id and the answers, to keep as they are."""
    draft_dropped = Signal(object)
    """Saved or discarded: the call's id, whose draft is no longer wanted."""

    def __init__(
        self,
        call: Call | None,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        colors: Colors | None = None,
        draft: ReflectionDraft | None = None,
        offer_breathing: bool = False,
    ) -> None:
        """``draft``: the answers kept when it last closed for this call, shown again."""
        super().__init__(parent)
        self._call = call
        self._call_id = call.id if call is not None else None
        self._clock = clock
        self._done = False  # saved or discarded: no draft any more
        self._offer_breathing = offer_breathing
        self._c = colors or _system_colors()
        self.setModal(False)
        self.setWindowTitle(self.tr("Set that call down"))
        self.setPalette(palette(self._c))
        self.setAutoFillBackground(True)
        self.setMinimumWidth(520)

        self._form = QWidget()
        form = QVBoxLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(10)
        form.addLayout(self._header())
        form.addLayout(self._essentials())
        self.more_button = QToolButton()
        self.more_button.setObjectName("more")
        self.more_button.setText(self.tr("More: the caller, L.A.S.T., a line crossed, journal"))
        self.more_button.setAccessibleName(self.tr("More questions"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.toggled.connect(self.show_more)
        form.addWidget(self.more_button)
        self.more = MoreQuestions(self._c)
        self._more_area = QScrollArea()
        self._more_area.setWidget(self.more)
        self._more_area.setWidgetResizable(True)
        self._more_area.setFrameShape(QFrame.Shape.NoFrame)
        self._more_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._more_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its questions take the focus
        self._more_area.hide()
        form.addWidget(self._more_area)
        more = self.more
        self.caller_problem, self.caller_emotion, self.steps = (
            more.caller_problem,
            more.caller_emotion,
            more.steps,
        )
        self._crossed, self._crossed_yes, self._crossed_no = (
            more.crossed,
            more.crossed_yes,
            more.crossed_no,
        )
        self.boundary_action, self.journal = more.boundary_action, more.journal
        self.notice = text_label("", self._c, bold=True)
        self.notice.hide()
        form.addWidget(self.notice)
        form.addSpacing(4)
        form.addLayout(self._footer())
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.addWidget(self._form)
        self._after = BreatheOffer(self._c)
        self._after.close_requested.connect(self.accept)
        self._after.breathe_requested.connect(self.on_breathe)
        self.breathe_button = self._after.breathe_button
        self._after.hide()
        layout.addWidget(self._after)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.on_save)
        tab_chain(
            [
                self.stress.slider(),
                *self.feelings.chips(),
                self.carry_forward,
                self.more_button,
                self.caller_problem,
                *self.caller_emotion.chips(),
                *self.steps.buttons(),
                self._crossed_yes,
                self._crossed_no,
                self.boundary_action,
                self.journal,
                self.save_button,
                self.not_now_button,
                self.discard_button,
            ]
        )
        if draft is not None and not is_empty(draft):
            self._restore(draft)
        for signal in (
            self.stress.slider().valueChanged,
            self.feelings.changed,
            self.caller_problem.textChanged,
            self.caller_emotion.changed,
            self.steps.changed,
            self._crossed.buttonToggled,
            self.boundary_action.textChanged,
            self.carry_forward.textChanged,
            self.journal.textChanged,
        ):
            signal.connect(self._on_changed)

    # --- building -------------------------------------------------------------

    def _header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(text_label(self.tr("Set that call down"), self._c, scale=1.3, bold=True))
        context = call_context(self._call, self._clock.now())
        self.context = text_label(context, self._c, muted=True)
        box.addWidget(self.context)
        return box

    def _essentials(self) -> QVBoxLayout:
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

        self.feelings = ChipGroup(feeling_labels(), self.tr("How do I feel?"), columns=4)
        box.addWidget(heading(self.tr("How do I feel?"), self.feelings.chips()[0], self._c))
        box.addWidget(self.feelings)
        box.addSpacing(6)

        self.carry_forward = line_edit(
            self.tr("One thing to carry forward"),
            self.tr("One thing I will do again, or differently"),
        )
        box.addWidget(heading(self.tr("One thing to carry forward"), self.carry_forward, self._c))
        box.addWidget(self.carry_forward)
        return box

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        note = text_label(
            self.tr("Private: stays on this computer. Ctrl+Enter saves; Esc keeps a draft."),
            self._c,
            muted=True,
            scale=0.92,
        )
        row.addWidget(note, 1)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard these answers"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.setFlat(True)  # not beside Save as an equal: it throws answers away
        self.discard_button.clicked.connect(self.discard)
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setAccessibleName(self.tr("Not now: keep a draft"))
        self.not_now_button.setAutoDefault(False)
        self.not_now_button.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setAccessibleDescription(self.tr("Saves the reflection on this computer."))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.on_save)
        row.addWidget(self.discard_button)
        row.addWidget(self.not_now_button)
        row.addWidget(self.save_button)
        return row

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

    def show_more(self, shown: bool = True) -> None:
        """Open or close *More*; on a screen too short for it, its questions scroll
        rather than push Save off the bottom."""
        self._more_area.setVisible(shown)
        self.more_button.setChecked(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.more_button.setArrowType(arrow)
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if shown:
            wanted = self.more.sizeHint().height()
            self._more_area.setFixedHeight(wanted)
            bar = self._more_area.verticalScrollBar().sizeHint().width()
            self._more_area.setMinimumWidth(self.more.sizeHint().width() + bar)
            rest = self.sizeHint().height() - wanted
            room = screen.height() - WINDOW_FRAME - rest
            self._more_area.setFixedHeight(max(MORE_MIN, min(wanted, room)))
        else:
            self._more_area.setMinimumWidth(0)
        # Not adjustSize(): it keeps a window within 2/3 of the screen, and squeezed it.
        self.resize(self.sizeHint().boundedTo(screen.size()))

    # --- slots ----------------------------------------------------------------

    def _on_changed(self) -> None:
        if not self._done:
            self.draft_changed.emit(self._call_id, self.draft())

    def on_save(self) -> None:
        draft = self.draft()
        if is_empty(draft):
            self._drop_draft()
            super().accept()
            return
        try:
            reflection = build_reflection(draft, call_id=self._call_id, now=self._clock.now())
        except InvalidInput as error:
            self.notice.setText(self.tr("Not saved yet: {reason}").format(reason=str(error)))
            self.notice.show()
            return
        self.notice.hide()
        self.saved.emit(reflection)
        self._drop_draft()
        if self._offer_breathing:
            self._form.hide()
            self._after.show()
            self.adjustSize()
            self.breathe_button.setFocus()
            return
        super().accept()

    def on_breathe(self) -> None:
        self.accept()
        self.breathing_requested.emit()

    def discard(self) -> None:
        """Throw the answers away on purpose: the one way a draft goes unsaved."""
        self._drop_draft()
        super().reject()

    def reject(self) -> None:
        """Esc, Not now or the close button: keep what was typed as a draft."""
        if not self._done:
            self.draft_kept.emit(self._call_id, self.draft())
        super().reject()

    def _drop_draft(self) -> None:
        self._done = True  # nothing more is kept once saved or discarded
        self.draft_dropped.emit(self._call_id)

    def _restore(self, found: ReflectionDraft) -> None:
        if found.stress is not None:
            self.stress.slider().setValue(found.stress)
        self.feelings.select(found.emotions)
        self.carry_forward.setText(found.carry_forward)
        if self.more.fill(found):
            self.show_more(True)
        self.notice.setText(self.tr("Your draft is back, as you left it."))
        self.notice.show()

    # --- keys -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next question; on a button it presses the button."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _ENTER and plain == Qt.KeyboardModifier.NoModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton | QToolButton):
                focus.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)


def _system_colors() -> Colors:
    return colors("system", system_is_dark())
