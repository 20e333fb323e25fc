"""Sharing off the GUI thread: the tray app's adapter around ``SharingService``.

Every ``SharingService`` call may wait on the team hub, so ``SharingRunner``
runs each one on the app's one ``SerialWorker`` and reports back with
signals delivered in the GUI thread::

    runner = SharingRunner(SharingService(store.data_dir), clock=clock, worker=worker)
    runner.enrolled.connect(...)    # SharingState: operator, team and k are in .hub
    runner.published.connect(...)   # Published: weeks sent, closed, waiting
    runner.turned_off.connect(...)  # Stopped: retracted, released, old files
    runner.previewed.connect(...)   # [pulse dict, ...], exactly what would be sent
    runner.failed.connect(...)      # one line for a person
    runner.enroll(url, invite)
    runner.auto_publish(store.history)  # from the sender: due weeks only, nothing while off

Choices:

- ``history_provider`` is called on the worker: reading the history is disk
  I/O too. It must not hold a ``QObject`` (a widget's bound method, say):
  the worker may then drop the last reference to the wrapper, and shiboken
  6.12 asks the main thread to delete it through a pending call that
  crashes. Jobs here capture the service, never ``self``, for that reason.
- ``now`` is read from the clock when a job is asked for, in the GUI thread.
- A week the hub refuses as closed (410) comes out on ``failed`` as the
  hub's own message, which the app shows through its message channel.
- ``auto_publish`` reports a failure worth retrying (no answer, 429, 5xx)
  on ``auto_retry`` only, so the sender backs off without telling the agent
  about every dropped connection; any other failure goes to ``failed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.services.clock import Clock, SystemClock
from wellbeing.services.hub_client import HubError
from wellbeing.services.old_pulses import FolderUnreachable
from wellbeing.services.sharing import Published, SharingOff, SharingService
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
    elif isinstance(error, HubError):
        text = error.message
    elif isinstance(error, FolderUnreachable):
        text = str(error)
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

    enrolled = Signal(object)
    """The new ``SharingState`` (nothing was sent)."""
    published = Signal(object)
    """A ``Published``: the weeks sent, refused as closed, or not ended yet."""
    turned_off = Signal(object)
    """A ``Stopped``: how many pulses were retracted, already released, old files deleted."""
    previewed = Signal(object)
    """The pulses a publish would send now, as the very dicts: a ``list`` signal would
    pass them through QVariantMap, which sorts their keys."""
    failed = Signal(str)
    """One line saying what went wrong; nothing else was changed by the failed step."""
    auto_retry = Signal(str)
    """An automatic send failed in a way worth trying again later (the hub unreachable)."""
    auto_done = Signal()
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
            lambda: service.preview(history_provider(), now), self.previewed.emit, self._fail
        )

    def enroll(self, url: str, invite: str) -> None:
        """Enrol with the hub; sends no pulse."""
        service = self._service

        def job() -> SharingState:
            service.enroll(url, invite)
            return service.state()

        self._worker.submit(job, self.enrolled.emit, self._fail)

    def publish(self, history_provider: HistoryProvider) -> None:
        """Send the finished weeks now; ``failed`` if sharing is off."""
        now, service = self._now(), self._service
        self._worker.submit(
            lambda: service.publish(history_provider(), now), self._on_published, self._fail
        )

    def auto_publish(self, history_provider: HistoryProvider) -> None:
        """Send the weeks whose drawn moment has come; silently nothing while off."""
        now, service = self._now(), self._service

        def job() -> Published | None:
            if not service.state().enabled:
                return None
            return service.publish(history_provider(), now, due_only=True)

        self._worker.submit(job, self._on_auto_published, self._on_auto_failed)

    def turn_off(self) -> None:
        """Retract every open pulse and opt out."""
        self._worker.submit(self._service.turn_off, self.turned_off.emit, self._fail)

    def retract_all(self) -> None:
        """``turn_off``, then delete ``sharing.json`` too: for "Delete all my data".

        The state is read on the worker, so ask this before the purge runs;
        if the hub cannot be reached the file stays for ``share off``.
        """
        self._worker.submit(self._service.retract_all, self.turned_off.emit, self._fail)

    # --- in the GUI thread --------------------------------------------------------

    def _now(self) -> datetime:
        return self._clock.now()

    def _on_published(self, published: Published) -> None:
        for line in published.closed:
            self.failed.emit(line)
        self.published.emit(published)

    def _on_auto_published(self, published: Published | None) -> None:
        if published is not None:
            self._on_published(published)
        self.auto_done.emit()

    def _on_auto_failed(self, error: Exception) -> None:
        if isinstance(error, HubError) and error.retry:
            self.auto_retry.emit(error.message)
            return
        self._fail(error)
        self.auto_done.emit()

    def _fail(self, error: Exception) -> None:
        self.failed.emit(one_line(error))
