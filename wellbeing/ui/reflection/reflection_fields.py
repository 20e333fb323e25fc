"""The pieces of the reflection dialog: chip rows, the L.A.S.T. grid, and the
words the agent sees for the core's ids.

Keyboard, so the whole reflection takes under a minute without a mouse:

- A chip row is one Tab stop. Arrow keys move between its chips (Up and
  Down by a row of the grid), Home and End jump to its ends, Space toggles
  the focused chip. Tab leaves the row from the chip last focused, so
  coming back lands where the agent was ("roving" focus, as in a toolbar).
- The L.A.S.T. grid is one row of radio buttons per step, each row its own
  button group: Qt moves the focus along a row with the arrow keys (and
  checks as it moves once the row has an answer), and Tab enters a row at
  its checked button, or its first, and leaves it for the next row.

Every string is a literal inside ``QCoreApplication.translate("ReflectionText",
...)`` or ``self.tr(...)``, so pyside6-lupdate extracts it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from wellbeing.core.records import Call, LastStep, StepRating, Tag
from wellbeing.core.reflection import CALLER_EMOTIONS, FEELINGS, STEPS
from wellbeing.ui.theme import Colors, text_label

RATINGS: tuple[StepRating, ...] = (StepRating.WELL, StepRating.HARD, StepRating.NOT_RELEVANT)
"""The grid's columns, in the order they are shown."""


# --- words ---------------------------------------------------------------------


def feeling_labels() -> dict[str, str]:
    labels = {
        "calm": QCoreApplication.translate("ReflectionText", "Calm"),
        "relieved": QCoreApplication.translate("ReflectionText", "Relieved"),
        "proud": QCoreApplication.translate("ReflectionText", "Proud"),
        "tired": QCoreApplication.translate("ReflectionText", "Tired"),
        "frustrated": QCoreApplication.translate("ReflectionText", "Frustrated"),
        "angry": QCoreApplication.translate("ReflectionText", "Angry"),
        "anxious": QCoreApplication.translate("ReflectionText", "Anxious"),
        "sad": QCoreApplication.translate("ReflectionText", "Sad"),
        "shaken": QCoreApplication.translate("ReflectionText", "Shaken"),
        "numb": QCoreApplication.translate("ReflectionText", "Numb"),
        "hurt": QCoreApplication.translate("ReflectionText", "Hurt"),
        "disrespected": QCoreApplication.translate("ReflectionText", "Disrespected"),
    }
    return {word: labels.get(word, word) for word in FEELINGS}


def caller_emotion_labels() -> dict[str, str]:
    labels = {
        "angry": QCoreApplication.translate("ReflectionText", "Angry"),
        "frustrated": QCoreApplication.translate("ReflectionText", "Frustrated"),
        "worried": QCoreApplication.translate("ReflectionText", "Worried"),
        "confused": QCoreApplication.translate("ReflectionText", "Confused"),
        "upset": QCoreApplication.translate("ReflectionText", "Upset"),
        "desperate": QCoreApplication.translate("ReflectionText", "Desperate"),
        "rude": QCoreApplication.translate("ReflectionText", "Rude"),
    }
    return {word: labels.get(word, word) for word in CALLER_EMOTIONS}


def step_labels() -> dict[LastStep, str]:
    return {
        LastStep.LISTEN: QCoreApplication.translate("ReflectionText", "Listen"),
        LastStep.ACKNOWLEDGE: QCoreApplication.translate("ReflectionText", "Acknowledge"),
        LastStep.SOLVE: QCoreApplication.translate("ReflectionText", "Solve"),
        LastStep.THANK: QCoreApplication.translate("ReflectionText", "Thank"),
    }


def rating_labels() -> dict[StepRating, str]:
    return {
        StepRating.WELL: QCoreApplication.translate("ReflectionText", "Went well"),
        StepRating.HARD: QCoreApplication.translate("ReflectionText", "Was hard"),
        StepRating.NOT_RELEVANT: QCoreApplication.translate("ReflectionText", "Not relevant"),
    }


def tag_labels() -> dict[Tag, str]:
    return {
        Tag.ANGRY: QCoreApplication.translate("ReflectionText", "angry"),
        Tag.ABUSIVE: QCoreApplication.translate("ReflectionText", "abusive"),
        Tag.THREATENING: QCoreApplication.translate("ReflectionText", "threatening"),
        Tag.ESCALATED: QCoreApplication.translate("ReflectionText", "escalated"),
        Tag.UNRESOLVED: QCoreApplication.translate("ReflectionText", "unresolved"),
        Tag.RESOLVED: QCoreApplication.translate("ReflectionText", "resolved"),
        Tag.LONG: QCoreApplication.translate("ReflectionText", "long"),
    }


def call_context(call: Call | None, now: datetime) -> str:
    """One line about the call: "Call at 14:32 · difficulty 5 · abusive".

    The time is shown in ``now``'s offset (the agent's local time); a call
    from another day shows its date too.
    """
    if call is None:
        return QCoreApplication.translate("ReflectionText", "Not linked to a call")
    local = call.ended_at.astimezone(now.tzinfo)
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    moment = locale.toString(QTime(local.hour, local.minute), short)
    if local.date() != now.date():
        day = locale.toString(QDate(local.year, local.month, local.day), short)
        moment = QCoreApplication.translate("ReflectionText", "{date} {time}").format(
            date=day, time=moment
        )
    parts = [
        QCoreApplication.translate("ReflectionText", "Call at {time}").format(time=moment),
        QCoreApplication.translate("ReflectionText", "not rated")
        if call.difficulty is None
        else QCoreApplication.translate("ReflectionText", "difficulty {n}").format(
            n=locale.toString(call.difficulty)
        ),
    ]
    names = tag_labels()
    parts += [names[tag] for tag in call.tags]
    return QCoreApplication.translate("ReflectionText", " · ").join(parts)


# --- chip rows -----------------------------------------------------------------


class ChipGroup(QWidget):
    """Checkable chips in a grid, one Tab stop, arrows to move, Space to toggle.

    With ``single`` at most one chip is on at a time, and the one that is on
    can be turned off again (unlike a QButtonGroup's exclusive mode).
    """

    changed = Signal()

    def __init__(
        self,
        choices: dict[str, str],
        name: str,
        *,
        columns: int,
        single: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._single = single
        self._columns = columns
        self._ids = list(choices)
        self._chips: list[QPushButton] = []
        self._current = 0
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        description = self.tr("{group}. Arrow keys move, Space chooses.").format(group=name)
        for index, label in enumerate(choices.values()):
            chip = self._chip(label, description)
            grid.addWidget(chip, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self._rove(0)

    def _chip(self, label: str, description: str) -> QPushButton:
        chip = QPushButton(label, self)
        chip.setProperty("chip", True)
        chip.setCheckable(True)
        chip.setAutoDefault(False)
        chip.setAccessibleName(label)
        chip.setAccessibleDescription(description)
        # Reserve room for the tick so the grid does not jump when it toggles.
        chip.setText(_ticked(label, on=True))
        chip.setMinimumWidth(chip.sizeHint().width())
        chip.setText(label)
        chip.toggled.connect(lambda on: self._on_toggled(chip, label, on))
        chip.installEventFilter(self)
        self._chips.append(chip)
        return chip

    def chips(self) -> list[QPushButton]:
        return list(self._chips)

    def selected(self) -> tuple[str, ...]:
        """The ids of the chips that are on, in the vocabulary's order."""
        return tuple(
            word for word, chip in zip(self._ids, self._chips, strict=True) if chip.isChecked()
        )

    def select(self, words: Sequence[str]) -> None:
        """Turn on exactly the chips of ``words`` (a draft read back)."""
        for word, chip in zip(self._ids, self._chips, strict=True):
            chip.setChecked(word in words)

    def _on_toggled(self, chip: QPushButton, label: str, on: bool) -> None:
        chip.setText(_ticked(label, on=on))
        if on and self._single:
            for other in self._chips:
                if other is not chip and other.isChecked():
                    other.setChecked(False)
        self.changed.emit()

    def _rove(self, index: int) -> None:
        """Make chip ``index`` the group's one Tab stop."""
        self._current = index
        for position, chip in enumerate(self._chips):
            tab = position == index
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._chips:
            if event.type() == QEvent.Type.FocusIn:
                self._rove(self._chips.index(watched))
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                target = self._target(Qt.Key(event.key()), event.modifiers())
                if target is not None:
                    self._rove(target)
                    self._chips[target].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def _target(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> int | None:
        if modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        last = len(self._chips) - 1
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._columns,
            Qt.Key.Key_Down: self._columns,
        }
        if key in steps:
            return max(0, min(self._current + steps[key], last))
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return last
        return None


def _ticked(label: str, *, on: bool) -> str:
    return f"✓ {label}" if on else label


# --- L.A.S.T. ------------------------------------------------------------------


class StepGrid(QWidget):
    """Listen, Acknowledge, Solve, Thank: a row of three exclusive answers each."""

    changed = Signal()

    def __init__(self, c: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: dict[LastStep, QButtonGroup] = {}
        self._buttons: list[QRadioButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        ratings = rating_labels()
        for column, rating in enumerate(RATINGS, start=1):
            header = text_label(ratings[rating], c, muted=True, scale=0.92)
            header.setWordWrap(False)
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignHCenter)
        for row, (step, step_name) in enumerate(step_labels().items(), start=1):
            grid.addWidget(text_label(step_name, c), row, 0)
            group = QButtonGroup(self)
            group.idToggled.connect(lambda *_: self.changed.emit())
            self._groups[step] = group
            for column, rating in enumerate(RATINGS, start=1):
                button = QRadioButton(self)
                button.setAccessibleName(
                    self.tr("{step}: {rating}").format(step=step_name, rating=ratings[rating])
                )
                group.addButton(button, column)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignHCenter)
                self._buttons.append(button)
        grid.setColumnStretch(0, 1)

    def buttons(self) -> list[QRadioButton]:
        """Every radio button, row by row: the grid's tab order."""
        return list(self._buttons)

    def ratings(self) -> dict[LastStep, StepRating]:
        """The steps the agent answered, and how each went."""
        chosen = {}
        for step in STEPS:
            column = self._groups[step].checkedId()
            if column > 0:
                chosen[step] = RATINGS[column - 1]
        return chosen

    def set_ratings(self, ratings: Mapping[LastStep, StepRating]) -> None:
        """Check the answers of ``ratings`` (a draft read back)."""
        for step, rating in ratings.items():
            if step in self._groups and rating in RATINGS:
                self._groups[step].button(RATINGS.index(rating) + 1).setChecked(True)


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Put ``widgets`` one after another in the focus chain."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
