"""The weekly check-in window: an introduction, the items part by part, the
scores. It is thin: the items, the scale and every rule about scores come from
``core.checkin``; the one thing it produces is a ``CheckIn`` record on
``saved``, which the composition root stores.

Choices where the brief was silent:

- Pages: the introduction, one page per part, the result. One page per part
  rather than one long page: four items and their scales fit a 1024x768
  screen without scrolling, and "Part 2 of 3" says how far there is to go.
  Each part page still sits in a scroll area, so large fonts or a long
  translation scroll instead of clipping; the window is never narrower than
  a whole scale row.
- The scale is a row of five radio buttons per item. Left/Right (and
  Up/Down) move along the row, choosing as they go once the item has an
  answer, as native radio groups do; Space chooses the focused answer; Tab
  goes to the next item, landing on its answer or on its first step. An
  item may be left unanswered; once answered it cannot be cleared, only
  changed (the scale has no "no answer" step).
- Enter means the page's main button (Start, Next, See my results, Done)
  unless a button has focus, which Enter then presses.
- ``saved`` is emitted once, when the result page is reached; leaving the
  result page by Back is not offered, so a check-in is never saved twice.
  With no answer at all nothing is saved and the result page says so. Esc
  or closing the window before the result page saves nothing.
- The window does not delete itself on close; its owner decides.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.checkin import SCALE, Part, high_parts, items_of, score, validate_answers
from wellbeing.core.records import CheckIn, new_id
from wellbeing.services.clock import Clock
from wellbeing.ui.reflection import checkin_text
from wellbeing.ui.theme import Colors, colors, palette, primary_button, system_is_dark, text_label

PARTS = tuple(Part)
MIN_WIDTH, MIN_HEIGHT = 640, 560
WIDTH, HEIGHT = 760, 660

CLICK_ONLY = Qt.FocusPolicy.ClickFocus
_FORWARD = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}


class Page(IntEnum):
    """The pages in order; a part's page is ``Page.FIRST_PART + its index``."""

    INTRO = 0
    FIRST_PART = 1
    RESULT = 1 + len(Part)


class _ScaleButton(QRadioButton):
    """One step of an item's scale; arrow keys go to its row."""

    def __init__(self, text: str, row: ScaleRow) -> None:
        super().__init__(text)
        self._row = row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _FORWARD.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        horizontal = event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if horizontal and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step
        self._row.move_from(self, step)


class ScaleRow(QFrame):
    """One item: its question and the five-step scale, unanswered until chosen."""

    def __init__(self, item_id: str, c: Colors) -> None:
        super().__init__()
        self.setObjectName("item")
        self.setStyleSheet(f"#item {{ background: {c.surface}; border-radius: 10px; }}")
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 10)
        box.setSpacing(10)
        question = checkin_text.item_text(item_id)
        label = text_label(question, c)
        label.setContentsMargins(6, 0, 0, 0)  # in line with the radio buttons' rings
        box.addWidget(label)
        row = QHBoxLayout()
        row.setSpacing(10)
        self._group = QButtonGroup(self)
        self._buttons: list[_ScaleButton] = []
        for value, _ in SCALE:
            button = _ScaleButton(checkin_text.scale_label(value), self)
            button.setObjectName(f"{item_id}_{value}")
            button.setAccessibleName(checkin_text.scale_label(value))
            button.setAccessibleDescription(question)
            self._group.addButton(button, value)
            self._buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self._group.idToggled.connect(self._fix_tab_stop)
        self._fix_tab_stop()

    def value(self) -> int | None:
        return None if (checked := self._group.checkedId()) == -1 else checked

    def tab_stop(self) -> QRadioButton:
        """The button Tab lands on: the answer, or the first step when there is none."""
        checked = self._group.checkedButton()
        return checked if isinstance(checked, QRadioButton) else self._buttons[0]

    def move_from(self, button: _ScaleButton, step: int) -> None:
        """Focus the next step along; choose it too if the item already has an answer."""
        index = self._buttons.index(button) + step
        if not 0 <= index < len(self._buttons):
            return
        target = self._buttons[index]
        if button.isChecked():
            target.setChecked(True)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fix_tab_stop(self, *_: object) -> None:
        """Only one step per item takes Tab, so Tab goes item to item."""
        stop = self.tab_stop()
        for button in self._buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else CLICK_ONLY)


class CheckInWindow(QWidget):
    saved = Signal(object)  # a records.CheckIn, emitted at most once

    def __init__(
        self, clock: Clock, *, colors: Colors | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._clock = clock
        self._colors = colors or _system_colors()
        self._record: CheckIn | None = None
        self._rows: dict[str, ScaleRow] = {}
        self._main_buttons: dict[int, QPushButton] = {}
        self.setWindowTitle(self.tr("Weekly check-in"))
        self.setMinimumHeight(MIN_HEIGHT)
        self.setPalette(palette(self._colors))
        self.setAutoFillBackground(True)
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 24)
        outer.addWidget(self._stack)
        self._stack.addWidget(self._build_intro())
        for index, part in enumerate(PARTS):
            self._stack.addWidget(self._build_part(index, part))
        self._stack.addWidget(self._build_result())
        self._fit_width(outer)
        self._show_page(Page.INTRO)

    # --- public ---------------------------------------------------------------

    @property
    def page(self) -> int:
        """The current page: ``Page.INTRO``, ``Page.FIRST_PART + i`` or ``Page.RESULT``."""
        return self._stack.currentIndex()

    @property
    def record(self) -> CheckIn | None:
        """The check-in emitted on ``saved``, once the result page is reached."""
        return self._record

    def answers(self) -> dict[str, int]:
        """The answers given so far, by item id."""
        given = {item_id: row.value() for item_id, row in self._rows.items()}
        return {item_id: value for item_id, value in given.items() if value is not None}

    def row(self, item_id: str) -> ScaleRow:
        return self._rows[item_id]

    def start(self) -> None:
        self.go_next()

    def go_next(self) -> None:
        """The next page; from the last part, the result page (which saves)."""
        if self.page + 1 == Page.RESULT:
            self.finish()
        elif self.page < Page.RESULT:
            self._show_page(self.page + 1)

    def go_back(self) -> None:
        if Page.INTRO < self.page < Page.RESULT:
            self._show_page(self.page - 1)

    def finish(self) -> None:
        """Show the scores, and emit the check-in if anything was answered."""
        if self.page == Page.RESULT:
            return
        answers = validate_answers(self.answers())
        self._fill_result(answers)
        self._show_page(Page.RESULT)
        if answers:
            self._record = CheckIn(id=new_id(), created_at=self._clock.now(), answers=answers)
            self.saved.emit(self._record)

    def score_text(self, part: Part) -> str:
        """What the result page says of a part's score (for tests and screen readers)."""
        return self._score_labels[part].text()

    def suggestion_shown(self) -> bool:
        return not self._suggestion.isHidden()

    # --- events ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._main_buttons[self.page].click()
        else:
            super().keyPressEvent(event)

    # --- pages ----------------------------------------------------------------

    def _build_intro(self) -> QWidget:
        page, box = _page(12)
        box.addStretch(1)
        box.addWidget(self._label(self.tr("Your weekly check-in"), scale=1.6, bold=True))
        for text in checkin_text.intro():
            box.addSpacing(4)
            box.addWidget(self._label(text, scale=1.08))
        box.addStretch(2)
        not_now = self._button(
            self.tr("Not now"), self.tr("Not now: close the check-in"), self.close
        )
        start = self._button(self.tr("Start"), self.tr("Start the check-in"), self.start, "start")
        box.addLayout(_ends(not_now, start))
        self._main_buttons[Page.INTRO] = start
        return page

    def _build_part(self, index: int, part: Part) -> QWidget:
        page, box = _page(6)
        box.addWidget(
            self._label(checkin_text.part_step(index + 1, len(PARTS)), muted=True, scale=0.92)
        )
        box.addWidget(self._label(checkin_text.part_title(part), scale=1.4, bold=True))
        box.addWidget(self._label(checkin_text.part_hint(part), muted=True))
        box.addSpacing(8)
        items = QWidget()
        column = QVBoxLayout(items)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for item in items_of(part):
            self._rows[item.id] = ScaleRow(item.id, self._colors)
            column.addWidget(self._rows[item.id])
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(items)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        box.addWidget(scroll, 1)
        box.addSpacing(8)
        back = self._button(self.tr("Back"), self.tr("Back to the previous page"), self.go_back)
        last = index + 1 == len(PARTS)
        forward = self._button(
            self.tr("See my results") if last else self.tr("Next"),
            self.tr("Finish and see my results") if last else self.tr("Next part"),
            self.finish if last else self.go_next,
            "finish" if last else f"next_{part.value}",
        )
        box.addLayout(_ends(back, forward))
        self._main_buttons[Page.FIRST_PART + index] = forward
        return page

    def _build_result(self) -> QWidget:
        page, box = _page(8)
        box.addWidget(self._label(self.tr("Your check-in"), scale=1.6, bold=True))
        self._saved_note = self._label("", muted=True)
        box.addWidget(self._saved_note)
        box.addSpacing(12)
        self._score_labels: dict[Part, QLabel] = {}
        self._bars: dict[Part, QProgressBar] = {}
        for part in PARTS:
            line = QHBoxLayout()
            line.addWidget(self._label(checkin_text.part_title(part), bold=True), 1)
            self._score_labels[part] = value = self._label("")
            value.setObjectName(f"score_{part.value}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            line.addWidget(value, 1)
            self._bars[part] = bar = QProgressBar()
            bar.setObjectName(f"bar_{part.value}")
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setFixedHeight(12)
            bar.setAccessibleName(checkin_text.score_name(part))
            box.addLayout(line)
            box.addWidget(bar)
            box.addSpacing(14)
        self._suggestion = self._label(checkin_text.suggestion())
        self._suggestion.setObjectName("suggestion")
        self._suggestion.setContentsMargins(18, 14, 18, 14)
        self._suggestion.setStyleSheet(
            f"#suggestion {{ background: {self._colors.surface}; border-radius: 10px; }}"
        )
        box.addWidget(self._suggestion)
        box.addSpacing(8)
        box.addWidget(self._label(checkin_text.disclaimer(), muted=True, scale=0.92))
        box.addStretch(1)
        done = self._button(self.tr("Done"), self.tr("Done: close this window"), self.close, "done")
        box.addWidget(done, 0, Qt.AlignmentFlag.AlignRight)
        self._main_buttons[Page.RESULT] = done
        return page

    def _fill_result(self, answers: dict[str, int]) -> None:
        scores = score(answers)
        for part in PARTS:
            value = scores.of(part)
            text = checkin_text.score_line(value)
            self._score_labels[part].setText(text)
            self._bars[part].setVisible(value is not None)
            self._bars[part].setValue(0 if value is None else round(value))
            self._bars[part].setAccessibleDescription(text)
        self._suggestion.setVisible(bool(high_parts(scores)))
        self._saved_note.setText(checkin_text.saved_note(bool(answers)))

    def _show_page(self, index: int) -> None:
        self._stack.setCurrentIndex(index)
        if Page.FIRST_PART <= index < Page.RESULT:
            first = items_of(PARTS[index - Page.FIRST_PART])[0]
            self._rows[first.id].tab_stop().setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._main_buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- helpers --------------------------------------------------------------

    def _fit_width(self, outer: QVBoxLayout) -> None:
        """Wide enough for a whole scale row, so no answer hides behind a scroll bar."""
        needed = max(row.minimumSizeHint().width() for row in self._rows.values())
        needed += outer.contentsMargins().left() + outer.contentsMargins().right()
        needed += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(max(MIN_WIDTH, needed))
        self.resize(max(WIDTH, needed), HEIGHT)

    def _button(
        self, text: str, name: str, slot: Callable[[], Any], object_name: str = ""
    ) -> QPushButton:
        """A button; one with an object name is its page's main (accent) button."""
        button = primary_button(text) if object_name else QPushButton(text)
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    def _label(self, text: str, **style: Any) -> QLabel:
        return text_label(text, self._colors, **style)


def _page(spacing: int) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(spacing)
    return page, box


def _ends(left: QWidget, right: QWidget) -> QHBoxLayout:
    """A row with one button at each end."""
    row = QHBoxLayout()
    row.addWidget(left)
    row.addStretch(1)
    row.addWidget(right)
    return row


def _system_colors() -> Colors:
    return colors("system", system_is_dark())
