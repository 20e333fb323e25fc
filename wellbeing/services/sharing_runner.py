"""Sharing off the GUI thread: the tray app's adapter around ``SharingService``.

Every ``SharingService`` call may block on the team folder (a network share
that hangs, an object store far away), so ``SharingRunner`` runs each one on
a worker thread and reports back with signals delivered in the thread the
runner lives in, the GUI thread::

    runner = SharingRunner(SharingService(store.data_dir), clock=clock)
    runner.turned_on.connect(...)   # SharingState
    runner.published.connect(...)   # ["2026-W47/<token>.json", ...]
    runner.turned_off.connect(...)  # how many pulses were deleted
    runner.previewed.connect(...)   # [pulse dict, ...], as a publish would write
    runner.failed.connect(...)      # one line for a person
    runner.turn_on("/mnt/team", then_publish=store.history)
    runner.auto_publish(store.history)  # from the scheduler: nothing while off

Jobs run on the app's one ``SerialWorker`` (``services.worker``), passed
in, so sharing queues behind any other background work and never beside it.

Choices:

- One worker, jobs in the order asked. "Share with my team" is one job
  (turn on, then publish), so a publish can never go to the folder of an
  earlier state when turning on fails.
- ``history_provider`` is called on the worker: reading the history is disk
  I/O too, and ``Store.history`` takes no lock (files are replaced whole).
  It must not hold a ``QObject`` (a widget's bound method, say): the worker
  may then drop the last reference to the wrapper, and shiboken 6.12 asks
  the main thread to delete it through a pending call that crashes
  (``BindingManager::runDeletionInMainThread``, seen in a core dump). A
  ``Store``'s ``history`` is fine: the store is not a ``QObject``. Jobs here
  capture the service, never ``self``, for the same reason.
- ``now`` is read from the clock when a job is asked for, in the GUI thread:
  "now" is the moment the agent pressed the button.
- ``auto_publish`` does nothing while sharing is off (no signal at all), so
  the scheduler may call it every day without knowing the state.
- The known refusals (a bad folder, sharing off, a folder that cannot be
  reached, a store locked too long, any ``OSError``) become one line on
  ``failed``. Anything else is a bug: its traceback goes to the log and its
  one line to ``failed`` too, never swallowed.
- A share that hangs keeps the one worker: later jobs wait behind it and
  ``busy`` stays true, which the dialog shows. The GUI never waits, and
  closing a window does not either; quitting gives a running job a moment
  (``Companion.stop``), then leaves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.services.clock import Clock, SystemClock
from wellbeing.services.sharing import SharingOff, SharingService
from wellbeing.services.worker import SerialWorker
from wellbeing.store.errors import StoreError
from wellbeing.store.sharing_state import SharingState

HistoryProvider = Callable[[], History]

__all__ = ["HistoryProvider", "SerialWorker", "SharingRunner", "one_line"]

log = logging.getLogger(__name__)


def one_line(error: Exception) -> str:
    """What went wrong, in one line for a person (a bug's traceback goes to the log)."""
    if isinstance(error, SharingOff):
        text = "sharing is off"
    elif isinstance(error, InvalidInput | StoreError):
        text = str(error).removeprefix("--folder: ")
    elif isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        text = f"{error.strerror}{where}"
    elif isinstance(error, OSError):
        text = str(error) or type(error).__name__
    else:
        log.error("sharing failed unexpectedly", exc_info=error)
        text = f"unexpected error ({type(error).__name__}): {error}"
    return " ".join(text.split())


class SharingRunner(QObject):
    """``SharingService`` on a worker thread, results as signals in the GUI thread."""

    turned_on = Signal(object)
    """The new ``SharingState``."""
    published = Signal(list)
    """The pulses written, as paths relative to the team folder (empty: nothing new)."""
    turned_off = Signal(int)
    """How many pulses this machine wrote were deleted."""
    previewed = Signal(object)
    """The pulses a publish would write now (tokens are examples), as the very dicts:
    a ``list`` signal would pass them through QVariantMap, which sorts their keys."""
    failed = Signal(str)
    """One line saying what went wrong; nothing else was changed by the failed step."""
    busy_changed = Signal(bool)

    def __init__(
        self,
        service: SharingService,
        *,
        clock: Clock | None = None,
        worker: SerialWorker | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``worker``: the app's one background worker; a private one when None."""
        super().__init__(parent)
        self._service = service
        self._clock = clock or SystemClock()
        self._worker = worker or SerialWorker(self)
        self._worker.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def state(self) -> SharingState:
        """The saved state, read now: a small local file, quick enough for the GUI thread."""
        return self._service.state()

    def preview(self, history_provider: HistoryProvider) -> None:
        now, service = self._now(), self._service
        self._worker.submit(
            lambda: service.preview(history_provider(), now),
            self.previewed.emit,
            self._fail,
        )

    def publish(self, history_provider: HistoryProvider) -> None:
        """Write the completed weeks not yet shared; ``failed`` if sharing is off."""
        now, service = self._now(), self._service
        self._worker.submit(
            lambda: service.publish(history_provider(), now),
            self.published.emit,
            self._fail,
        )

    def auto_publish(self, history_provider: HistoryProvider) -> None:
        """Like ``publish`` when sharing is on; silently nothing when it is off."""
        now, service = self._now(), self._service

        def job() -> list[str] | None:
            if not service.state().enabled:
                return None
            return service.publish(history_provider(), now)

        self._worker.submit(job, self._on_auto_published, self._fail)

    def turn_on(self, folder: str, *, then_publish: HistoryProvider | None = None) -> None:
        """Opt in to ``folder``; with ``then_publish``, publish right after, in the same job."""
        now, service = self._now(), self._service

        def job() -> tuple[SharingState, list[str] | None, Exception | None]:
            state = service.turn_on(folder)
            if then_publish is None:
                return state, None, None
            try:
                return state, service.publish(then_publish(), now), None
            except Exception as error:
                return state, None, error

        self._worker.submit(job, self._on_turned_on, self._fail)

    def turn_off(self) -> None:
        """Delete every pulse this machine wrote and opt out."""
        self._worker.submit(self._service.turn_off, self.turned_off.emit, self._fail)

    # --- in the GUI thread --------------------------------------------------------

    def _now(self) -> datetime:
        return self._clock.now()

    def _on_turned_on(
        self, outcome: tuple[SharingState, list[str] | None, Exception | None]
    ) -> None:
        state, written, error = outcome
        self.turned_on.emit(state)
        if written is not None:
            self.published.emit(written)
        if error is not None:
            self._fail(error)

    def _on_auto_published(self, written: list[str] | None) -> None:
        if written is not None:
            self.published.emit(written)

    def _fail(self, error: Exception) -> None:
        self.failed.emit(one_line(error))
