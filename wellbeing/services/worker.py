"""The app's one background worker: every slow job runs here, one at a time.

Reading a team folder on a network share, publishing pulses, anything that
may block on I/O goes through one ``SerialWorker`` the app builds once, so
background jobs queue in the order asked and the GUI thread never waits on
them: each job's outcome is handed back in the owner's thread.
"""

from __future__ import annotations

import queue
import time
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

T = TypeVar("T")
_Callbacks = tuple[Callable[[Any], None], Callable[[Exception], None]]

POLL_MS = 20
"""How often a busy worker looks for a finished job: quick to see, cheap to run."""


class SerialWorker(QObject):
    """Runs jobs one at a time, in order, on a thread of Qt's global pool.

    Each job's ``on_done(result)`` or ``on_error(exception)`` is called in
    this object's thread once the job ends; ``busy_changed`` says when the
    queue fills and empties.

    The worker thread touches no ``QObject``: a job puts its outcome in a
    plain queue, which a timer of this object drains every ``POLL_MS`` while
    a job runs. So this object, or the window that owns it, may be deleted
    at any moment, a job still running included: nothing waits for the job
    (closing a window must not hang on a hung share) and its outcome is
    dropped. (Emitting a signal of this object from the worker crashed when
    the object was being deleted at that moment.) For the same reason a job
    must not hold a ``QObject``: see ``history_provider`` above.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: deque[tuple[Callable[[], Any], _Callbacks]] = deque()
        self._outcomes: queue.SimpleQueue[tuple[Any, Exception | None]] = queue.SimpleQueue()
        self._current: _Callbacks | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self._jobs.append((job, (on_done, on_error)))
        self._set_busy(True)
        if self._current is None:
            self._start_next()

    def wait(self, msecs: int = -1) -> bool:
        """Finish every queued job here and now, callbacks included; False if ``msecs`` ran out.

        For quitting, once the event loop has ended: it blocks the calling thread.
        """
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        while self._current is not None:
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                outcome = self._outcomes.get(timeout=timeout)
            except queue.Empty:
                return False
            self._finish(outcome)
        return True

    def _start_next(self) -> None:
        job, self._current = self._jobs.popleft()
        outcomes = self._outcomes

        def run() -> None:
            try:
                outcomes.put((job(), None))
            except Exception as error:  # handed to on_error in the owner's thread
                outcomes.put((None, error))

        QThreadPool.globalInstance().start(run)
        self._timer.start()

    def _drain(self) -> None:
        while self._current is not None:
            try:
                outcome = self._outcomes.get_nowait()
            except queue.Empty:
                return
            self._finish(outcome)

    def _finish(self, outcome: tuple[Any, Exception | None]) -> None:
        result, error = outcome
        assert self._current is not None
        on_done, on_error = self._current
        self._current = None
        if self._jobs:
            self._start_next()
        else:
            self._timer.stop()
        try:
            if error is None:
                on_done(result)
            else:
                on_error(error)
        finally:
            if self._current is None:
                self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
