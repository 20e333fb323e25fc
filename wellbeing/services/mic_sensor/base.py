"""What every microphone sensor offers, the program-name rule, and the null sensor.

A sensor only says whether a phone program is using a microphone *now*; what
counts as a call (shortest use, gaps, explicit signals winning) is decided
above it, from these changes and an injected clock.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal


def is_phone_program(names: Iterable[str | None], programs: Iterable[str]) -> bool:
    """Whether any of a program's names (binary, application name, path) names a
    phone program: case-insensitive, as a part of the name ("chrome" matches
    "Google Chrome"). No programs listed means any program is the phone."""
    wanted = tuple(programs)
    if not wanted:
        return True
    seen = [name.casefold() for name in names if name]
    return any(program.casefold() in name for program in wanted for name in seen)


def not_detected_reason(why: str) -> str:
    """The one gentle line shown once when this machine cannot detect calls."""
    return QCoreApplication.translate(
        "MicrophoneSensor",
        "Calls are not detected on this machine ({why}). Prompts still wait while you "
        "are on a call: tick “On a call” in the menu, or let your softphone run "
        "“wellbeing on-call start” and “wellbeing on-call end”.",
    ).format(why=why)


class MicrophoneSensor(QObject):
    """Emits ``changed(True)`` when a phone program starts using a microphone and
    ``changed(False)`` when none does any more, only on a change; or, once at
    start, ``unavailable(reason)`` when this machine cannot tell.

    Connect before ``start()``. ``stop()`` during a call emits ``changed(False)``:
    a sensor that no longer listens claims no call."""

    changed = Signal(bool)
    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._in_use = False
        self.own_pid = os.getpid()

    @property
    def in_use(self) -> bool:
        return self._in_use

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _report(self, in_use: bool) -> None:
        if in_use != self._in_use:
            self._in_use = in_use
            self.changed.emit(in_use)

    def _give_up(self, reason: str) -> None:
        """Say once that calls are not detected, and stop claiming a call."""
        self._report(False)
        self.unavailable.emit(reason)


class NullSensor(MicrophoneSensor):
    """For a machine with no way to tell: says so once, on the first turn of the loop
    (so that whoever connects after ``start()`` still hears it), then stays quiet."""

    def __init__(self, why: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._why = why
        self._said = False

    def start(self) -> None:
        if not self._said:
            self._said = True
            QTimer.singleShot(0, self, lambda: self._give_up(not_detected_reason(self._why)))

    def stop(self) -> None:
        """Nothing runs."""
