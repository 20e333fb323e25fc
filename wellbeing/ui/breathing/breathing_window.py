"""The guided breathing window: breathe at once, say how it went.

The agent opened it, so it is an ordinary window that may take focus. It is
thin: every frame comes from ``core.breathing.guide_at`` at the time the
injected clock reads, and the one thing it produces is a ``Break`` record on
``finished``, which the composition root stores.

Stages: breathing (the circle, or in reduced motion large text and a
progress bar), after (an optional "how do you feel now"). Issue 15: the
break begins the moment the window is built, with the default pattern, and
lasts exactly the seconds promised (a 90-second reset runs 90 s, ending
mid-breath if the pattern's cycle does not divide it). Pattern, length and
the stress before sit behind an optional *Change…* page
(``ui.breathing_options``) that leaves the breathing running; the last
page is ``ui.breathing_after``.

Choices where the design was silent:

- ``finished`` is emitted exactly once. Skip, Esc or closing the window
  while breathing records a skipped break and closes; if the planned time
  has already passed it is recorded as completed. Esc or closing at the
  after stage records the completed break with whatever the agent answered.
- *Breathe with these* on the Change page starts the break again from that
  moment: the seconds breathed before it are not counted twice.
- A stress answer is recorded only if the agent gave one.
- After a break offered for a hard call (``offer_reflection``), the after
  stage offers *Reflect on this call*: it records the break like Done, then
  emits ``reflect_requested``.
- Enter means Done at the after stage; while breathing it does nothing, so
  a habitual Enter cannot end a break.
- The frame timer runs only while breathing: about 30 fps with the circle,
  4 Hz in reduced motion, 1 Hz while the window is hidden or minimised (the
  break still completes on time).
- The window does not delete itself on close; its owner decides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.breathing import BreathingPattern, PhaseKind, get_pattern, guide_at
from wellbeing.core.errors import InvalidInput
from wellbeing.core.records import Break, BreakOutcome, new_id
from wellbeing.services.clock import Clock
from wellbeing.ui.breathing import breathing_text
from wellbeing.ui.breathing.breath_circle import BreathCircle
from wellbeing.ui.breathing.breathing_after import BreathingAfter
from wellbeing.ui.breathing.breathing_options import BreathingOptions
from wellbeing.ui.theme import Colors, colors, palette, primary_button, system_is_dark, text_label

FRAME_MS = 33
REDUCED_MOTION_MS = 250
HIDDEN_MS = 1000
MIN_SECONDS = 10
MAX_SECONDS = 900
"""The longest break the settings can promise (a streak break, 15 min)."""


class Stage(StrEnum):
    BREATHING = "breathing"
    AFTER = "after"
    DONE = "done"  # the record was emitted


_BREATHING, _OPTIONS, _AFTER = range(3)


class BreathingWindow(QWidget):
    finished = Signal(object)  # a records.Break, emitted at most once
    reflect_requested = Signal()  # after the break: reflect on the hard call it followed

    def __init__(
        self,
        clock: Clock,
        *,
        pattern_id: str,
        seconds: int,
        reduced_motion: bool,
        trigger: str = "manual",
        offer_reflection: bool = False,
        colors: Colors | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._pattern: BreathingPattern = get_pattern(pattern_id)  # raises InvalidInput
        if isinstance(seconds, bool) or not MIN_SECONDS <= seconds <= MAX_SECONDS:
            raise InvalidInput(f"seconds: must be {MIN_SECONDS} to {MAX_SECONDS}, got {seconds!r}")
        self._clock = clock
        self._reduced_motion = reduced_motion
        self._trigger = trigger
        self._offer_reflection = offer_reflection
        self._colors = colors or _system_colors()
        self._stage = Stage.BREATHING
        self._planned_s = seconds
        self._started_at: datetime = clock.now()
        self._timer = QTimer(self)
        self._timer.setObjectName("frame_timer")
        self._timer.timeout.connect(self.tick)

        self.setWindowTitle(self.tr("Breathing break"))
        self.setMinimumSize(420, 560)
        self.resize(480, 660)
        self.setPalette(palette(self._colors))
        self.setAutoFillBackground(True)
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 32, 36, 28)
        outer.addWidget(self._stack)
        self._stack.addWidget(self._build_breathing())
        self.options = BreathingOptions(pattern_id, seconds, self._colors)
        self.options.apply_requested.connect(self.apply_options)
        self.options.back_requested.connect(self.show_breathing)
        self._stack.addWidget(self.options)
        self._after = BreathingAfter(self._colors, offer_reflection=offer_reflection)
        self._after.done_requested.connect(self.done)
        self._after.reflect_requested.connect(self.reflect)
        self._stack.addWidget(self._after)
        self._pattern_name.setText(breathing_text.pattern_title(self._pattern))
        self._timer.start(self._interval())
        self.setFocus()  # not on a button: a focus ring would pull the eye all break
        self.tick()

    # --- public ---------------------------------------------------------------

    @property
    def stage(self) -> Stage:
        return self._stage

    @property
    def planned_s(self) -> int:
        """The length of the break, in whole seconds."""
        return self._planned_s

    @property
    def pattern(self) -> BreathingPattern:
        return self._pattern

    def phase_text(self) -> str:
        return self._phase.text()

    def count_text(self) -> str:
        return self._count.text()

    def time_left_text(self) -> str:
        return self._left.text()

    def summary_text(self) -> str:
        return self._after.summary.text()

    def stress_before(self) -> int | None:
        return self.options.stress_before.value()

    def show_options(self) -> None:
        """The *Change…* page; the breathing goes on behind it."""
        if self._stage is Stage.BREATHING:
            self._stack.setCurrentIndex(_OPTIONS)

    def show_breathing(self) -> None:
        if self._stage is Stage.BREATHING:
            self._stack.setCurrentIndex(_BREATHING)
            self.setFocus()

    def apply_options(self) -> None:
        """Breathe again from now with the pattern and length chosen on the Change page."""
        if self._stage is not Stage.BREATHING:
            return
        self._pattern = self.options.pattern()
        self._planned_s = self.options.seconds()
        self._started_at = self._clock.now()
        self._pattern_name.setText(breathing_text.pattern_title(self._pattern))
        self.show_breathing()
        self.tick()

    def tick(self) -> None:
        """Draw the frame for the clock's time; complete the break when it is over."""
        if self._stage is not Stage.BREATHING:
            return
        elapsed = self._elapsed()
        if elapsed >= self._planned_s:
            self._enter_after()
            return
        frame = guide_at(self._pattern, elapsed)
        self._phase.setText(self._phase_texts[frame.phase.kind])
        self._count.setText(QLocale().toString(frame.count))
        self._left.setText(breathing_text.time_left(self._planned_s - elapsed))
        if self._circle is not None:
            self._circle.set_frame(frame.scale)
        if self._progress is not None:
            self._progress.setRange(0, round(frame.phase.seconds * 1000))
            self._progress.setValue(round(frame.phase_elapsed_s * 1000))

    def skip(self) -> None:
        """Leave now, as Esc does: see the module docstring for what is recorded."""
        self.close()

    def done(self) -> None:
        """Record the completed break with the answer given after it, and close."""
        if self._stage is Stage.AFTER:
            self.close()

    def reflect(self) -> None:
        """Record the break as Done does, then ask for the reflection."""
        if self._stage is Stage.AFTER and self._offer_reflection:
            self.close()
            self.reflect_requested.emit()

    # --- events ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
        elif enter and self._stage is Stage.AFTER:
            self.done()
        elif enter:
            return
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._record_leaving()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._timer.isActive():
            self._timer.setInterval(HIDDEN_MS)
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._timer.isActive():
            self._timer.setInterval(self._interval())
            self.tick()
        super().showEvent(event)

    # --- stages ---------------------------------------------------------------

    def _build_breathing(self) -> QWidget:
        page, box = _page(8)
        self._pattern_name = self._label("", muted=True, centred=True)
        box.addWidget(self._pattern_name)
        self._circle: BreathCircle | None = None
        self._progress: QProgressBar | None = None
        big = 3.0 if self._reduced_motion else 2.2
        self._phase = self._label("", scale=big, bold=True, centred=True)
        self._count = self._label("", scale=1.8, centred=True)
        self._count.setAccessibleName(self.tr("Seconds left in this phase"))
        if self._reduced_motion:
            box.addStretch(1)
            box.addWidget(self._phase)
            box.addWidget(self._count)
            box.addSpacing(12)
            self._progress = QProgressBar()
            self._progress.setObjectName("phase_progress")
            self._progress.setTextVisible(False)
            self._progress.setMaximumHeight(10)
            self._progress.setAccessibleName(self.tr("Progress through this phase"))
            box.addWidget(self._progress)
            box.addStretch(1)
        else:
            self._circle = BreathCircle(self._colors)
            box.addWidget(self._circle, 1)
            box.addWidget(self._phase)
            box.addWidget(self._count)
        box.addSpacing(8)
        self._left = self._label("", muted=True, centred=True)
        box.addWidget(self._left)
        box.addSpacing(12)
        row = QHBoxLayout()
        self._change = self._button(
            self.tr("Change…"),
            self.tr("Change the pattern, the length or say how stressed you are"),
            self.show_options,
        )
        self._change.setObjectName("change")
        self._skip = self._button(
            self.tr("Skip"), self.tr("Skip the rest of this break"), self.skip
        )
        self._skip.setObjectName("skip")
        for button in (self._change, self._skip):
            button.setAutoDefault(False)  # a habitual Enter must not end the break
        row.addWidget(self._change)
        row.addStretch(1)
        row.addWidget(self._skip)
        box.addLayout(row)
        self._phase_texts = {kind: breathing_text.phase_text(kind) for kind in PhaseKind}
        return page

    def _enter_after(self) -> None:
        self._timer.stop()
        self._stage = Stage.AFTER
        self._after.summary.setText(
            breathing_text.after_summary(self._planned_s, self.stress_before())
        )
        self._stack.setCurrentIndex(_AFTER)
        self._after.stress.slider().setFocus()

    # --- helpers --------------------------------------------------------------

    def _record_leaving(self) -> None:
        """Emit the record of a break left now; nothing once emitted."""
        self._timer.stop()
        if self._stage is Stage.BREATHING and self._elapsed() < self._planned_s:
            self._emit(BreakOutcome.SKIPPED, int(self._elapsed()), None)
        elif self._stage is Stage.BREATHING:
            self._emit(BreakOutcome.COMPLETED, self._planned_s, None)
        elif self._stage is Stage.AFTER:
            self._emit(BreakOutcome.COMPLETED, self._planned_s, self._after.stress.value())

    def _emit(self, outcome: BreakOutcome, completed_s: int, stress_after: int | None) -> None:
        self._stage = Stage.DONE
        record = Break(
            id=new_id(),
            started_at=self._started_at,
            pattern=self._pattern.id,
            planned_s=self._planned_s,
            completed_s=min(completed_s, self._planned_s),
            outcome=outcome,
            trigger=self._trigger,
            stress_before=self.stress_before(),
            stress_after=stress_after,
        )
        self.finished.emit(record)

    def _elapsed(self) -> float:
        return max(0.0, (self._clock.now() - self._started_at).total_seconds())

    def _button(
        self, text: str, name: str, slot: Callable[[], None], primary: str = ""
    ) -> QPushButton:
        """A button; ``primary`` (its object name) makes it the accent one."""
        button = primary_button(text) if primary else QPushButton(text)
        button.setObjectName(primary)
        button.setAccessibleName(name)
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    def _label(self, text: str, **style: Any) -> QLabel:
        return text_label(text, self._colors, **style)

    def _interval(self) -> int:
        return REDUCED_MOTION_MS if self._reduced_motion else FRAME_MS


def _page(spacing: int) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(spacing)
    return page, box


def _system_colors() -> Colors:
    return colors("system", system_is_dark())
