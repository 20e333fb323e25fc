"""The parts of the settings dialog: plain labels, and an editor per setting.

Labels are written for an agent, not a developer, and share the dialog's
translation context.

Every editor is an ordinary Qt input widget (so a test, or an agent with a
keyboard, drives it the usual way) that also offers ``value()`` and
``set_value()`` in the core's terms (``int``, ``bool``, ``str``,
``datetime.time``, a work-hours tuple) and an ``edited`` signal. The
settings dialog keeps one per setting name and builds ``Settings`` from
their values; the editors never validate beyond what their widget can hold.

Choices:

- Durations in seconds (``reset_s``, ``break_s``) are shown as
  minutes:seconds ("1:30 min"); typing "90" or "1:30" both work.
- Times of day use a fixed 24-hour "HH:mm" so a shift reads the same in
  every locale and never shows seconds.
- A choice the list does not know (say a language code added by hand to
  the settings file) is kept as an extra item rather than silently lost.
- A day switched off keeps its times, so switching it back on restores them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import time
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal, SignalInstance
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.settings import WEEKDAYS, Span, WorkHours
from wellbeing.ui.placement import grow_to_fit

LANGUAGES = (
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt_BR", "Português (Brasil)"),
    ("de", "Deutsch"),
)
"""Interface languages offered, by code, with their native names (never translated)."""


def plain_labels() -> Mapping[str, str]:
    """What each setting is called in the dialog, in an agent's words."""
    return {
        "streak_threshold": QCoreApplication.translate(
            "SettingsDialog", "Offer a break after this many difficult calls in a row"
        ),
        "break_s": QCoreApplication.translate("SettingsDialog", "Length of that break"),
        "reset_s": QCoreApplication.translate(
            "SettingsDialog", "Length of the breathing reset after a severe call"
        ),
        "default_break_min": QCoreApplication.translate(
            "SettingsDialog", "Length of a break you start yourself"
        ),
        "default_pattern": QCoreApplication.translate("SettingsDialog", "Breathing pattern"),
        "shift_gap_h": QCoreApplication.translate(
            "SettingsDialog", "A new shift starts after this long without calls"
        ),
        "cooldown_min": QCoreApplication.translate(
            "SettingsDialog", "Wait at least this long between prompts"
        ),
        "prompt_stale_min": QCoreApplication.translate(
            "SettingsDialog", "Drop a prompt that has waited longer than"
        ),
        "micro_breaks": QCoreApplication.translate(
            "SettingsDialog", "Offer short micro-breaks during work hours"
        ),
        "micro_break_every_min": QCoreApplication.translate(
            "SettingsDialog", "One micro-break every"
        ),
        "work_hours": QCoreApplication.translate("SettingsDialog", "Work hours"),
        "checkin_reminder": QCoreApplication.translate(
            "SettingsDialog", "Remind me to do the weekly check-in"
        ),
        "checkin_day": QCoreApplication.translate("SettingsDialog", "Reminder day"),
        "checkin_time": QCoreApplication.translate("SettingsDialog", "Reminder time"),
        "wind_down": QCoreApplication.translate(
            "SettingsDialog", "Offer a short wind-down when my shift ends"
        ),
        "reduced_motion": QCoreApplication.translate(
            "SettingsDialog", "Reduce motion: show breathing as text, not a moving circle"
        ),
        "notifications": QCoreApplication.translate(
            "SettingsDialog", "Also announce prompts as desktop notifications"
        ),
        "sound": QCoreApplication.translate("SettingsDialog", "Play a soft sound with prompts"),
        "theme": QCoreApplication.translate("SettingsDialog", "Colours"),
        "language": QCoreApplication.translate("SettingsDialog", "Language"),
        "autostart": QCoreApplication.translate("SettingsDialog", "Start wellbeing when I log in"),
        "detect_calls": QCoreApplication.translate(
            "SettingsDialog", "Hold prompts while the microphone is in use"
        ),
        "phone_programs": QCoreApplication.translate("SettingsDialog", "Phone programs"),
        "min_call_s": QCoreApplication.translate(
            "SettingsDialog", "Count it as a call after at least"
        ),
        "call_gap_s": QCoreApplication.translate(
            "SettingsDialog", "A pause this short is still the same call"
        ),
    }


def day_names() -> list[str]:
    """The weekdays, Monday first, as ``WEEKDAYS``."""
    return [
        QCoreApplication.translate("SettingsDialog", "Monday"),
        QCoreApplication.translate("SettingsDialog", "Tuesday"),
        QCoreApplication.translate("SettingsDialog", "Wednesday"),
        QCoreApplication.translate("SettingsDialog", "Thursday"),
        QCoreApplication.translate("SettingsDialog", "Friday"),
        QCoreApplication.translate("SettingsDialog", "Saturday"),
        QCoreApplication.translate("SettingsDialog", "Sunday"),
    ]


def new_form(group: QWidget) -> QFormLayout:
    """A form whose fields keep their natural width, beside their labels."""
    layout = QFormLayout(group)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return layout


def page(*groups: QWidget) -> QWidget:
    """A tab page: its groups stacked at the top; labels and spin boxes line up."""
    widget = QWidget()
    column = QVBoxLayout(widget)
    for group in groups:
        column.addWidget(group)
    column.addStretch(1)
    labels = [label for label in widget.findChildren(QLabel) if label.buddy() is not None]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
    spins = [label.buddy() for label in labels if isinstance(label.buddy(), QAbstractSpinBox)]
    width = max((spin.sizeHint().width() for spin in spins), default=0)
    for spin in spins:
        spin.setMinimumWidth(width)
    return widget


class Notice(QFrame):
    """A calm line under the form: an information icon and selectable text, no red."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(info.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout(self)
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text``; the window grows so that nothing in it is cut off."""
        self.label.setText(text)
        self.show()
        if self.window() is not self:
            grow_to_fit(self.window())

    def clear(self) -> None:
        self.label.clear()
        self.hide()


class Editor(Protocol):
    """What the dialog needs of an editor, besides being a QWidget."""

    @property
    def edited(self) -> SignalInstance: ...

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class IntEditor(QSpinBox):
    edited = Signal()

    def __init__(self, low: int, high: int, suffix: str = "", step: int = 1) -> None:
        super().__init__()
        self.setRange(low, high)
        self.setSingleStep(step)
        self.setSuffix(suffix)
        self.setAccelerated(True)
        self.valueChanged.connect(self.edited)

    def set_value(self, value: Any) -> None:
        self.setValue(int(value))


_DURATION = re.compile(r"(\d{0,3})(?::(\d{0,2}))?")


class DurationEditor(IntEditor):
    """Seconds, shown and typed as minutes:seconds."""

    def _parse(self, text: str) -> tuple[int | None, bool]:
        """(seconds, or None while unfinished; could it still become valid?)."""
        bare = text.removesuffix(self.suffix()).strip()
        match = _DURATION.fullmatch(bare)
        if match is None:
            return None, False
        minutes, seconds = match[1], match[2]
        if seconds is None:  # plain seconds, "90"
            return (int(minutes), True) if minutes else (None, True)
        if not minutes or len(seconds) < 2:
            return None, True
        return int(minutes) * 60 + int(seconds), int(seconds) < 60

    def textFromValue(self, value: int) -> str:
        return f"{value // 60}:{value % 60:02d}"

    def valueFromText(self, text: str) -> int:
        seconds, _ = self._parse(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        seconds, possible = self._parse(text)
        if not possible:
            return QValidator.State.Invalid, text, pos
        if seconds is None or not self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class ProgramsEditor(QLineEdit):
    """Program names, typed as one comma-separated line."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)  # the list reads whole
        self.textEdited.connect(self.edited)

    def value(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.text().split(",") if part.strip())

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(value))
        self.setCursorPosition(0)


class BoolEditor(QCheckBox):
    edited = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.toggled.connect(self.edited)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ChoiceEditor(QComboBox):
    """A closed list of (shown text, stored value) pairs."""

    edited = Signal()

    def __init__(self, choices: Sequence[tuple[str, Any]]) -> None:
        super().__init__()
        for text, value in choices:
            self.addItem(text, value)
        self.currentIndexChanged.connect(self.edited)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0:
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class ClockEditor(QTimeEdit):
    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat("HH:mm")
        self.timeChanged.connect(self.edited)

    def value(self) -> time:
        return to_time(self.time())

    def set_value(self, value: Any) -> None:
        self.setTime(to_qtime(value))


class WorkHoursEditor(QWidget):
    """A row per weekday: "I work this day", then a start and an end time."""

    edited = Signal()
    NEW_DAY: Span = (time(9), time(17))
    """The times a day gets when it is switched on for the first time."""

    def __init__(self, day_names: Sequence[str], until: str, start_name: str, end_name: str):
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(4, 1)
        self.days: list[BoolEditor] = []
        self.starts: list[ClockEditor] = []
        self.ends: list[ClockEditor] = []
        for row, name in enumerate(day_names):
            day, start, end = BoolEditor(name), ClockEditor(), ClockEditor()
            day.setAccessibleName(name)
            start.setAccessibleName(start_name.format(day=name))
            end.setAccessibleName(end_name.format(day=name))
            start.set_value(self.NEW_DAY[0])
            end.set_value(self.NEW_DAY[1])
            grid.addWidget(day, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(QLabel(until), row, 2)
            grid.addWidget(end, row, 3)
            day.toggled.connect(start.setEnabled)
            day.toggled.connect(end.setEnabled)
            for editor in (day, start, end):
                editor.edited.connect(self.edited)
            self.days.append(day)
            self.starts.append(start)
            self.ends.append(end)
        self.set_value((None,) * len(WEEKDAYS))

    def value(self) -> WorkHours:
        return tuple(
            (start.value(), end.value()) if day.value() else None
            for day, start, end in zip(self.days, self.starts, self.ends, strict=True)
        )

    def set_value(self, value: Any) -> None:
        for day, start, end, span in zip(self.days, self.starts, self.ends, value, strict=True):
            day.set_value(span is not None)
            start.setEnabled(span is not None)
            end.setEnabled(span is not None)
            if span is not None:
                start.set_value(span[0])
                end.set_value(span[1])
