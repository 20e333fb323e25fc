"""The quick-log popup: log the call that just ended in one click or one key.

A left click on the tray icon opens it (the tray calls ``popup_at``). It
shows five difficulty buttons, the tag chips and an optional private note,
and emits ``log_requested(difficulty, tags, note)``; the app turns that
into a stored call and confirms it ("Logged · 4 Difficult", with Undo:
``ui.log_confirmation``), as it does a log from the menu. The popup stores nothing
and decides nothing (DESIGN.md, Principle 3: one click, one keystroke).

Keys:

- a click on a difficulty button logs at once, with the chips and the note
  as they are;
- 1–5 log at once, unless the note field has focus (there they type);
- Alt+1–5 choose a difficulty without logging (useful while typing a
  note), and so do Left/Right, which move along the difficulty row;
- Enter logs with the difficulty button that has focus; anywhere else it
  logs with the difficulty chosen since the popup opened, if any, and
  otherwise moves focus to the difficulty row and says "Pick a difficulty:
  1–5". It never guesses;
- Space presses a focused button (logs a difficulty, toggles a chip);
- Esc closes without logging.

The popup opens with focus on itself rather than on a button, so a stray
Enter cannot log a "routine" call nobody chose. One opening is one call:
chips, note and choice are cleared whenever it hides, however it hid.

``log_requested`` is declared ``Signal(int, object, str)``: with ``list``
PySide6 converts the list to a QVariantList and the receiver gets plain
strings instead of ``Tag`` members.

It is a ``Qt.Popup`` window: it grabs the keyboard and closes on a click
outside, like a menu. On Wayland a popup needs a parent surface that a
tray app does not have, so there it is a frameless tool window that hides
when it loses activation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.fields import NOTE_MAX
from wellbeing.core.records import Tag
from wellbeing.ui.prompts.rating_words import difficulty_labels, tag_labels

GAP = 8
"""Pixels between the tray point and the popup."""
TEXT_PT = 10.5

_DIGIT_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}

# Colours: ``popup_style`` (the app stylesheet), so they follow the theme.


def place_near(point: QPoint, size: QSize, area: QRect) -> QPoint:
    """Top-left corner for a popup of ``size`` opened from ``point`` (the tray).

    Centred on the point, on the side away from the screen edge the tray
    sits on, and kept inside ``area`` (the screen's available geometry).
    """
    x = point.x() - size.width() // 2
    below = point.y() < area.center().y()
    y = point.y() + GAP if below else point.y() - GAP - size.height()
    x = max(area.left(), min(x, area.right() + 1 - size.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - size.height()))
    return QPoint(x, y)


def _readable(widget: QWidget, *, scale: float = 1.0, bold: bool = False) -> None:
    """At least TEXT_PT, larger if the desktop's font is larger.

    Set on each widget: under a style sheet, a font set on the popup does
    not reach its grandchildren.
    """
    font = widget.font()
    font.setPointSizeF(max(font.pointSizeF(), TEXT_PT) * scale)
    font.setBold(bold)
    widget.setFont(font)


def _window_flags() -> Qt.WindowType:
    if QGuiApplication.platformName().startswith("wayland"):
        return Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
    return Qt.WindowType.Popup


class QuickLogPopup(QWidget):
    """Difficulty row, tag chips and a note; emits what the agent chose."""

    log_requested = Signal(int, object, str)
    """(difficulty 1–5, list[Tag], note or "")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, _window_flags())
        self.setWindowTitle(self.tr("How was that call?"))
        self.setAccessibleName(self.tr("How was that call?"))
        self.setAccessibleDescription(
            self.tr("Press 1 to 5 to log the call, Tab for tags and a note, Esc to close.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._chosen: int | None = None
        self._buttons: list[QPushButton] = []
        self._chips: dict[Tag, QPushButton] = {}
        self._build()
        self._reset()

    # --- building -------------------------------------------------------------

    def _build(self) -> None:
        frame = QFrame(self)
        frame.setObjectName("quickLogFrame")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)

        title = QLabel(self.tr("How was that call?"), frame)
        _readable(title, scale=1.15, bold=True)
        layout.addWidget(title)

        row = QHBoxLayout()
        row.setSpacing(6)
        for level, label in difficulty_labels().items():
            row.addWidget(self._difficulty_button(frame, level, label))
        layout.addLayout(row)

        chips_label = QLabel(self.tr("What happened? (optional)"), frame)
        _readable(chips_label)
        layout.addWidget(chips_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        for index, (tag, label) in enumerate(tag_labels().items()):
            grid.addWidget(self._chip(frame, tag, label), index // 4, index % 4)
        layout.addLayout(grid)

        self._note = QLineEdit(frame)
        _readable(self._note)
        self._note.setPlaceholderText(self.tr("Private note (optional)"))
        self._note.setAccessibleName(self.tr("Private note"))
        self._note.setAccessibleDescription(
            self.tr("Optional, stays on this computer. Enter logs the call.")
        )
        self._note.setMaxLength(NOTE_MAX)
        self._note.installEventFilter(self)
        layout.addWidget(self._note)

        self._hint = QLabel(frame)
        self._hint.setObjectName("hint")
        _readable(self._hint)
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)

    def _difficulty_button(self, parent: QWidget, level: int, label: str) -> QPushButton:
        button = QPushButton(f"{level}\n{label}", parent)
        button.setObjectName(f"difficulty{level}")
        _readable(button)
        button.setAccessibleName(f"{level} {label}")
        button.setAccessibleDescription(self.tr("Logs the call at once with this difficulty."))
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(label) + 20)
        button.clicked.connect(lambda: self._log(level))
        button.installEventFilter(self)
        self._buttons.append(button)
        return button

    def _chip(self, parent: QWidget, tag: Tag, label: str) -> QPushButton:
        chip = QPushButton(label, parent)
        chip.setProperty("chip", True)
        _readable(chip)
        chip.setCheckable(True)
        chip.setAccessibleName(label)
        # Reserve room for the tick so the row does not jump when it toggles.
        chip.setText(self._chip_text(label, checked=True))
        chip.setMinimumWidth(chip.sizeHint().width())
        chip.setText(label)
        chip.toggled.connect(lambda on: chip.setText(self._chip_text(label, checked=on)))
        chip.installEventFilter(self)
        self._chips[tag] = chip
        return chip

    @staticmethod
    def _chip_text(label: str, *, checked: bool) -> str:
        return f"✓ {label}" if checked else label

    # --- public ---------------------------------------------------------------

    def popup_at(self, point: QPoint) -> None:
        """Open near ``point`` (the tray icon), kept on its screen."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        self.move(place_near(point, self.size(), screen.availableGeometry()))
        self.show()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    # --- keys -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def _on_key(self, event: QKeyEvent) -> bool:
        """Handle a key the popup cares about; False lets the widget have it."""
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        focus = self.focusWidget()
        if key == Qt.Key.Key_Escape:
            self.hide()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._on_enter(focus)
        elif key in _DIGIT_KEYS and modifiers == Qt.KeyboardModifier.AltModifier:
            self._choose(_DIGIT_KEYS[key], move_focus=focus in self._buttons)
        elif key in _DIGIT_KEYS and plain and focus is not self._note:
            self._log(_DIGIT_KEYS[key])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and plain and focus is not self._note:
            self._step(-1 if key == Qt.Key.Key_Left else 1, focus)
        else:
            return False
        return True

    def _on_enter(self, focus: QWidget | None) -> None:
        if focus in self._buttons:
            self._log(self._buttons.index(focus) + 1)
        elif self._chosen is not None:
            self._log(self._chosen)
        else:
            self._buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self._set_hint(self.tr("Pick a difficulty: 1–5"), urgent=True)

    def _step(self, delta: int, focus: QWidget | None) -> None:
        """Move along the difficulty row (entering it if focus is elsewhere)."""
        if focus in self._buttons:
            level = self._buttons.index(focus) + 1 + delta
        else:
            level = self._chosen or (1 if delta > 0 else len(self._buttons))
        self._choose(max(1, min(level, len(self._buttons))), move_focus=True)

    def _choose(self, level: int, *, move_focus: bool) -> None:
        self._chosen = level
        for index, button in enumerate(self._buttons, start=1):
            button.setProperty("chosen", index == level)
            button.style().unpolish(button)
            button.style().polish(button)
        if move_focus:
            self._buttons[level - 1].setFocus(Qt.FocusReason.OtherFocusReason)
        label = self._buttons[level - 1].accessibleName()
        self._set_hint(self.tr("Enter logs “{label}”.").format(label=label), urgent=False)

    # --- logging and reset ----------------------------------------------------

    def _log(self, level: int) -> None:
        tags = [tag for tag, chip in self._chips.items() if chip.isChecked()]
        self.log_requested.emit(level, tags, self._note.text().strip())
        self.hide()

    def _reset(self) -> None:
        for chip in self._chips.values():
            chip.setChecked(False)
        self._note.clear()
        self._chosen = None
        for button in self._buttons:
            button.setProperty("chosen", False)
            button.style().unpolish(button)
            button.style().polish(button)
        self._set_hint(self.tr("Press 1–5 to log · Esc to close"), urgent=False)

    def _set_hint(self, text: str, *, urgent: bool) -> None:
        self._hint.setText(text)
        self._hint.setProperty("urgent", urgent)
        self._hint.style().unpolish(self._hint)
        self._hint.style().polish(self._hint)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._reset()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A tool window (Wayland) closes like a popup when the agent looks away.
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.windowType() != Qt.WindowType.Popup
            and self.isVisible()
            and not self.isActiveWindow()
        ):
            self.hide()
