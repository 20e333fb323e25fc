"""APScheduler's QtScheduler, woken by one persistent QTimer.

APScheduler 3's QtScheduler arms its wake-up with ``QTimer.singleShot``,
which returns None under PySide6: the timer it keeps can never be stopped,
so every ``add_job`` (each calls ``wakeup``) starts one more chain of
single shots that re-arms itself for ever. In an app that runs for days
that is thousands of chains, thousands of runs a minute and memory that
only grows. Here one timer, owned by a QObject in the GUI thread, is
restarted instead: however many wake-ups are asked for, one is pending.

Importing this module imports APScheduler, which is slow: import it only
when the scheduler starts.
"""

from __future__ import annotations

from typing import Any

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, QTimer, Signal, Slot

MAX_WAIT_MS = 2_147_483_647


class WakeTimer(QObject):
    """One single-shot QTimer, armable from any thread.

    ``arm``/``disarm`` are signals to the object's own slots: from the GUI
    thread they run at once; from a job's worker thread Qt queues them to
    the GUI thread, where the timer lives (a QTimer cannot be started from
    another thread)."""

    arm = Signal(int)
    disarm = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.arm.connect(self._start)
        self.disarm.connect(self._stop)

    @Slot(int)
    def _start(self, wait_ms: int) -> None:
        self.timer.start(wait_ms)

    @Slot()
    def _stop(self) -> None:
        self.timer.stop()


class OneTimerScheduler(QtScheduler):  # type: ignore[misc]  # APScheduler 3 is untyped
    """A QtScheduler with exactly one cancellable wake-up timer."""

    def __init__(self, parent: QObject | None = None, **options: Any) -> None:
        self.wake_timer = WakeTimer(parent)
        self.wake_timer.timer.timeout.connect(self._process_jobs)
        super().__init__(**options)

    def _start_timer(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self.wake_timer.disarm.emit()
        else:
            self.wake_timer.arm.emit(min(int(wait_seconds * 1000), MAX_WAIT_MS))

    def _stop_timer(self) -> None:
        self.wake_timer.disarm.emit()

    def wakeup(self) -> None:
        self._start_timer(0)
