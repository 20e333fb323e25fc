"""The app's secondary windows, opened on request and reported back as signals.

One instance of each window at a time: asking again brings the open one
forward instead of stacking copies. Each window's module is imported when it
first opens, so the tray starts without paying for windows not yet used.

What a window produces (a break, a reflection, a check-in, the end of a
shift) comes back as a signal of this object, which the composition root
connects to the services. Nothing here decides or stores anything.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from wellbeing.core.records import Call
from wellbeing.core.settings import Settings
from wellbeing.core.winddown import DaySummary
from wellbeing.services.clock import Clock
from wellbeing.ui.theme import Colors

if TYPE_CHECKING:
    from wellbeing.ui.breathing_window import BreathingWindow
    from wellbeing.ui.checkin_window import CheckInWindow
    from wellbeing.ui.coach_card import CoachCard
    from wellbeing.ui.reflection_dialog import ReflectionDialog
    from wellbeing.ui.wind_down import WindDownWindow

BREAK_MINUTES = (1, 5)
"""The breathing window offers whole minutes; a prompt's seconds are rounded into this range."""


def _bring_forward(window: QWidget | None) -> bool:
    if window is None or not window.isVisible():
        return False
    window.showNormal()
    window.raise_()
    window.activateWindow()
    return True


class Windows(QObject):
    break_finished = Signal(object)  # Break
    reflection_saved = Signal(object)  # Reflection
    checkin_saved = Signal(object)  # CheckIn
    left_behind = Signal(str)
    shift_done = Signal()
    wind_down_dismissed = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.colors: Colors | None = None
        self.breathing: BreathingWindow | None = None
        self.reflection: ReflectionDialog | None = None
        self.checkin: CheckInWindow | None = None
        self.coach: CoachCard | None = None
        self.wind_down: WindDownWindow | None = None
        self._kept: dict[str, QWidget] = {}

    def open_breathing(self, settings: Settings, seconds: int, trigger: str) -> None:
        if _bring_forward(self.breathing):
            return
        from wellbeing.ui.breathing_window import BreathingWindow

        low, high = BREAK_MINUTES
        self.breathing = BreathingWindow(
            self._clock,
            pattern_id=settings.default_pattern,
            minutes=max(low, min(high, round(seconds / 60))),
            reduced_motion=settings.reduced_motion,
            trigger=trigger,
            colors=self.colors,
        )
        self.breathing.finished.connect(self.break_finished)
        self.breathing.show()

    def open_reflection(self, call: Call | None) -> None:
        if _bring_forward(self.reflection):
            return
        from wellbeing.ui.reflection_dialog import ReflectionDialog

        self.reflection = ReflectionDialog(call, self._clock, colors=self.colors)
        self.reflection.saved.connect(self.reflection_saved)
        self.reflection.present()

    def open_checkin(self) -> None:
        if _bring_forward(self.checkin):
            return
        from wellbeing.ui.checkin_window import CheckInWindow

        self.checkin = CheckInWindow(self._clock, colors=self.colors)
        self.checkin.saved.connect(self.checkin_saved)
        self.checkin.show()

    def open_coach(self) -> None:
        if _bring_forward(self.coach):
            return
        from wellbeing.ui.coach_card import CoachCard

        self.coach = CoachCard(self.colors)
        self.coach.show()

    def open_wind_down(self, summary: DaySummary, settings: Settings, rest_until: datetime) -> None:
        if _bring_forward(self.wind_down):
            return
        from wellbeing.ui.wind_down import WindDownWindow

        self.wind_down = WindDownWindow(
            summary,
            self._clock,
            reduced_motion=settings.reduced_motion,
            colors=self.colors,
            rest_until=rest_until,
        )
        self.wind_down.left_behind.connect(self.left_behind)
        self.wind_down.done.connect(self.shift_done)
        self.wind_down.dismissed.connect(self.wind_down_dismissed)
        self.wind_down.breathing_requested.connect(
            lambda: self.open_breathing(settings, 60, "wind_down")
        )
        self.wind_down.show()

    def keep(self, name: str, window: QWidget) -> None:
        """Hold a window built elsewhere (a dialog): a parentless widget whose
        last Python reference goes is deleted, and would vanish as it opens."""
        self._kept[name] = window

    def kept(self, name: str) -> QWidget | None:
        return self._kept.get(name)

    def bring_forward(self, name: str) -> bool:
        """Raise the kept window ``name`` if it is open; False when there is none."""
        return _bring_forward(self._kept.get(name))

    def all(self) -> list[QWidget]:
        windows = (self.breathing, self.reflection, self.checkin, self.coach, self.wind_down)
        return [window for window in (*windows, *self._kept.values()) if window is not None]
