"""The confirmation of a call logged from the app: "Logged · 4 Difficult", with Undo.

Issue 15: a log from the menu or the quick-log popup closed silently, and
for a routine call the icon does not change, so a tired agent could not
tell it registered. This small card says it, for about five seconds, in
the bottom-right corner, and never takes focus (DESIGN.md, Principle 2):
typing into the softphone goes on. Its one button, Undo, asks for exactly
that call to be removed (``undo_requested(call_id)``); it stores nothing.

A second log while it shows replaces the words and the call Undo removes:
the newest log is the one the agent is looking at. Undo is offered once:
the card hides as soon as it is pressed.

Its colours are the theme's (``popup_style``, in the app stylesheet), so it
is light on a light desktop, dark on a dark one, and follows a live switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wellbeing.core.records import Call
from wellbeing.ui.corner_card import CornerCard
from wellbeing.ui.prompts.rating_words import difficulty_labels

SHOWN_MS = 5_000


class LogConfirmation(CornerCard):
    undo_requested = Signal(str)  # the id of the call to remove

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log_confirmation")
        self._call_id: str | None = None
        self.label = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undo")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 10, 10)
        row.setSpacing(16)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        self.timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self.timer.timeout.connect(self.hide)

    @property
    def call_id(self) -> str | None:
        """The call Undo would remove; None once undone."""
        return self._call_id

    def text(self) -> str:
        return self.label.text()

    def confirm(self, call: Call) -> None:
        """Show "Logged · 4 Difficult" for ``call`` without taking focus."""
        self._call_id = call.id
        self.label.setText(self.tr("Logged · {rating}").format(rating=_rating(call)))
        self.undo_button.setAccessibleName(
            self.tr("Undo: remove the call just logged ({rating})").format(rating=_rating(call))
        )
        self.setAccessibleName(self.label.text())
        self.show_in_corner()
        self.raise_()
        self.timer.start()

    def undo(self) -> None:
        call_id, self._call_id = self._call_id, None
        self.timer.stop()
        self.hide()
        if call_id is not None:
            self.undo_requested.emit(call_id)


def _rating(call: Call) -> str:
    """ "4 Difficult", in the words of the quick-log buttons (DESIGN.md, Calls);
    an unrated call (a rating taken back) reads "not rated"."""
    if call.difficulty is None:
        return QCoreApplication.translate("LogConfirmation", "not rated")
    return f"{QLocale().toString(call.difficulty)} {difficulty_labels()[call.difficulty]}"
