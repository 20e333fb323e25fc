"""SharingRunner: the service's work happens on the worker; results arrive in the GUI thread.

The service talks to a hub double here (``hub_double.FakeHub``); the real
hub is driven by tests/services/test_sharing.py and the command-line test.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from doubles import FakeClock
from hub_double import FakeHub
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication

from wellbeing.core.history import History
from wellbeing.core.records import Call
from wellbeing.services.daily_share import CHECK_EVERY, FIRST_RETRY, DailyShare
from wellbeing.services.hub_client import HubError
from wellbeing.services.sharing import Published, SharingService
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.services.worker import SerialWorker

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday after 2026-W47
W47_MONDAY = datetime(2026, 11, 16, tzinfo=CET)
TIMEOUT_MS = 5000
URL = "https://hub.example"


def history() -> History:
    """Calls in 2026-W47, and one in the week in progress."""
    return History.of(
        calls=[
            *(
                Call.create(ended_at=W47_MONDAY + timedelta(hours=9 + i), difficulty=4)
                for i in range(4)
            ),
            Call.create(ended_at=NOW - timedelta(hours=1), difficulty=2),
        ]
    )


@pytest.fixture
def hub() -> FakeHub:
    return FakeHub()


@pytest.fixture
def service(tmp_path: Path, hub: FakeHub) -> SharingService:
    return SharingService(tmp_path / "data", client=hub.client)


@pytest.fixture
def runner(qtbot: Any, service: SharingService) -> Any:
    made = SharingRunner(service, clock=FakeClock(NOW))
    yield made
    qtbot.waitUntil(lambda: not made.busy, timeout=TIMEOUT_MS)


def on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return bool(QThread.currentThread() == app.thread())


def enrol(qtbot: Any, runner: SharingRunner) -> None:
    with qtbot.waitSignal(runner.enrolled, timeout=TIMEOUT_MS):
        runner.enroll(URL, "invite")


def test_enrolling_sends_nothing_and_tells_who_runs_the_hub(
    qtbot: Any, runner: SharingRunner, hub: FakeHub
) -> None:
    with qtbot.waitSignal(runner.enrolled, timeout=TIMEOUT_MS) as enrolled:
        runner.enroll(URL, "invite")
    state = enrolled.args[0]
    assert (state.hub.operator, state.hub.team, state.hub.k) == ("Works council", "support", 5)
    assert hub.sent == []


def test_signals_arrive_in_the_gui_thread_and_the_work_does_not(
    qtbot: Any, runner: SharingRunner
) -> None:
    where: dict[str, bool] = {}

    def provider() -> History:
        where["history read on the GUI thread"] = on_gui_thread()
        return history()

    enrol(qtbot, runner)
    runner.published.connect(
        lambda _: where.setdefault("signal on the GUI thread", on_gui_thread())
    )
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        runner.publish(provider)
    assert where == {"history read on the GUI thread": False, "signal on the GUI thread": True}


def test_a_hanging_hub_does_not_block_the_caller(qtbot: Any) -> None:
    release = threading.Event()

    class SlowService:
        def publish(self, history: History, now: datetime) -> Published:
            assert release.wait(TIMEOUT_MS / 1000)
            return Published(sent=["2026-W47"])

    runner = SharingRunner(SlowService(), clock=FakeClock(NOW))  # type: ignore[arg-type]
    with qtbot.waitSignal(runner.busy_changed, timeout=TIMEOUT_MS):
        runner.publish(history)  # returns at once, though the hub does not answer
    assert runner.busy
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published:
        release.set()
    assert published.args[0].sent == ["2026-W47"]
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)


def test_preview_is_the_services_preview(
    qtbot: Any, runner: SharingRunner, service: SharingService
) -> None:
    with qtbot.waitSignal(runner.previewed, timeout=TIMEOUT_MS) as previewed:
        runner.preview(history)
    assert previewed.args[0] == service.preview(history(), NOW)
    assert [p["week"] for p in previewed.args[0]] == ["2026-W47"]
    assert list(previewed.args[0][0]) == ["schema", "week", "indicators"]


def test_turn_off_retracts_and_reports_the_count(
    qtbot: Any, runner: SharingRunner, hub: FakeHub
) -> None:
    enrol(qtbot, runner)
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        runner.publish(history)
    with qtbot.waitSignal(runner.turned_off, timeout=TIMEOUT_MS) as turned_off:
        runner.turn_off()
    assert turned_off.args[0].retracted == 1
    assert hub.open == {} and not runner.state().enabled


def test_publish_while_off_fails_in_one_line(qtbot: Any, runner: SharingRunner) -> None:
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        runner.publish(history)
    assert failed.args == ["sharing is off"]


def test_a_closed_week_comes_out_as_the_hubs_message(
    qtbot: Any, runner: SharingRunner, hub: FakeHub
) -> None:
    enrol(qtbot, runner)
    hub.fail_with = HubError(410, "week 2026-W47 is closed: it was released to the team")
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        runner.publish(history)
    assert failed.args == ["2026-W47: week 2026-W47 is closed: it was released to the team"]


def test_a_bug_is_reported_not_swallowed(
    qtbot: Any, runner: SharingRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def buggy() -> History:
        raise KeyError("calls")

    enrol(qtbot, runner)
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        runner.publish(buggy)
    assert failed.args == ["unexpected error (KeyError): 'calls'"]
    assert "sharing failed unexpectedly" in caplog.text


def test_the_sender_sends_a_week_only_once_its_moment_came_and_backs_off_when_unreachable(
    qtbot: Any, runner: SharingRunner, service: SharingService, hub: FakeHub
) -> None:
    clock = FakeClock(NOW)
    runner = SharingRunner(service, clock=clock)  # the runner and the sender read one clock
    sender = DailyShare(runner, history, clock)
    with qtbot.waitSignal(runner.auto_done, timeout=TIMEOUT_MS):
        sender.on_heartbeat()  # sharing is off: nothing at all
    enrol(qtbot, runner)
    clock.set(NOW + CHECK_EVERY)
    with qtbot.waitSignal(runner.auto_done, timeout=TIMEOUT_MS):
        sender.on_heartbeat()
    moment = service.state().weeks["2026-W47"].send_at
    assert hub.sent == [] and moment > clock.now()

    clock.set(moment + timedelta(minutes=1))
    hub.fail_with = HubError(0, "the hub could not be reached: timed out")
    with qtbot.waitSignal(runner.auto_retry, timeout=TIMEOUT_MS):
        sender.on_heartbeat()
    assert sender.next_attempt == clock.now() + FIRST_RETRY
    sender.on_heartbeat()  # too early: nothing is asked
    assert not runner.busy

    hub.fail_with = None
    clock.set(clock.now() + FIRST_RETRY)
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published:
        sender.on_heartbeat()
    assert published.args[0].sent == ["2026-W47"]
    assert [pulse["week"] for _, pulse in hub.sent] == ["2026-W47"]


def test_busy_is_true_while_jobs_are_queued(qtbot: Any, runner: SharingRunner) -> None:
    changes: list[bool] = []
    runner.busy_changed.connect(changes.append)
    runner.enroll(URL, "invite")
    runner.publish(history)
    runner.preview(history)
    assert runner.busy
    with qtbot.waitSignal(runner.busy_changed, timeout=TIMEOUT_MS, check_params_cb=lambda b: not b):
        pass
    assert changes == [True, False]


def test_deleting_the_owner_while_a_job_runs_is_safe(qtbot: Any) -> None:
    """The job finishes into nothing; no callback, no crash, and deleting did not wait."""
    release, heard = threading.Event(), []
    owner = QObject()
    worker = SerialWorker(owner)
    worker.submit(lambda: release.wait(TIMEOUT_MS / 1000), heard.append, heard.append)
    assert shiboken6.isValid(worker)
    shiboken6.delete(owner)  # as a window's children go when it is closed and deleted
    assert not shiboken6.isValid(worker)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(TIMEOUT_MS)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    assert heard == []


def test_wait_finishes_queued_jobs_with_their_callbacks(qtbot: Any) -> None:
    worker = SerialWorker()
    heard: list[object] = []
    for n in range(3):
        worker.submit(lambda n=n: n * 10, heard.append, heard.append)
    assert worker.wait(TIMEOUT_MS)
    assert heard == [0, 10, 20] and not worker.busy


def test_the_wait_between_tries_doubles_up_to_a_ceiling_and_a_success_resets_it(
    qtbot: Any,
) -> None:
    from PySide6.QtCore import Signal

    from wellbeing.services.daily_share import LONGEST_WAIT

    class Runner(QObject):
        auto_retry = Signal(str)
        auto_done = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.asked = 0

        def auto_publish(self, history: object) -> None:
            self.asked += 1

    clock, runner = FakeClock(NOW), Runner()
    sender = DailyShare(runner, history, clock)  # type: ignore[arg-type]
    waits = []
    for _ in range(9):
        sender.on_heartbeat()
        runner.auto_retry.emit("the hub could not be reached")
        assert sender.next_attempt is not None
        waits.append(sender.next_attempt - clock.now())
        clock.set(sender.next_attempt)
    assert waits[:3] == [FIRST_RETRY, 2 * FIRST_RETRY, 4 * FIRST_RETRY]
    assert waits[-1] == LONGEST_WAIT and runner.asked == 9
    sender.on_heartbeat()
    runner.auto_done.emit()
    clock.set(clock.now() + CHECK_EVERY)
    sender.on_heartbeat()
    runner.auto_retry.emit("the hub could not be reached")
    assert sender.next_attempt == clock.now() + FIRST_RETRY
