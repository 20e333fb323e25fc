"""SharingRunner: the service's work happens on a worker; results arrive in the GUI thread."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from doubles import FakeClock
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication

from wellbeing.core.history import History
from wellbeing.core.records import Call
from wellbeing.services.sharing import SharingService
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.services.worker import SerialWorker

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=CET)  # Wednesday of 2026-W48
W46_MONDAY = datetime(2026, 11, 9, tzinfo=CET)
TIMEOUT_MS = 5000


def history() -> History:
    """Calls in 2026-W46 and 2026-W47, and one in the week in progress."""
    mondays = (W46_MONDAY, W46_MONDAY + timedelta(days=7), NOW - timedelta(hours=1))
    return History.of(
        calls=[
            Call.create(ended_at=monday + timedelta(hours=9 + i), difficulty=2 + i % 3)
            for monday in mondays
            for i in range(4)
        ]
    )


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    return folder


@pytest.fixture
def service(tmp_path: Path) -> SharingService:
    return SharingService(tmp_path / "data")


@pytest.fixture
def runner(qtbot: Any, service: SharingService) -> Any:
    made = SharingRunner(service, clock=FakeClock(NOW))
    yield made
    qtbot.waitUntil(lambda: not made.busy, timeout=TIMEOUT_MS)


def on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return bool(QThread.currentThread() == app.thread())


def pulse_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.json"))


def test_turn_on_then_publish_writes_the_completed_weeks(
    qtbot: Any, runner: SharingRunner, team: Path
) -> None:
    order: list[str] = []
    runner.turned_on.connect(lambda state: order.append(f"on {state.folder}"))
    runner.published.connect(lambda paths: order.append(f"published {len(paths)}"))
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published:
        runner.turn_on(str(team), then_publish=history)
    assert order == [f"on {team.resolve()}", "published 2"]
    assert pulse_files(team) == sorted(published.args[0])
    assert [p.split("/")[0] for p in sorted(published.args[0])] == ["2026-W46", "2026-W47"]


def test_signals_arrive_in_the_gui_thread_and_the_work_does_not(
    qtbot: Any, runner: SharingRunner, team: Path
) -> None:
    where: dict[str, bool] = {}

    def provider() -> History:
        where["history read on the GUI thread"] = on_gui_thread()
        return history()

    runner.published.connect(
        lambda _: where.setdefault("signal on the GUI thread", on_gui_thread())
    )
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        runner.turn_on(str(team), then_publish=provider)
    assert where == {"history read on the GUI thread": False, "signal on the GUI thread": True}


def test_a_hanging_folder_does_not_block_the_caller(qtbot: Any) -> None:
    release = threading.Event()

    class SlowService:
        def publish(self, history: History, now: datetime) -> list[str]:
            assert release.wait(TIMEOUT_MS / 1000)
            return ["2026-W47/" + "a" * 32 + ".json"]

    runner = SharingRunner(SlowService(), clock=FakeClock(NOW))  # type: ignore[arg-type]
    with qtbot.waitSignal(runner.busy_changed, timeout=TIMEOUT_MS):
        runner.publish(history)  # returns at once, though the "share" hangs
    assert runner.busy
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published:
        release.set()
    assert published.args == [["2026-W47/" + "a" * 32 + ".json"]]
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)


def test_preview_is_the_services_preview(qtbot: Any, tmp_path: Path) -> None:
    service = SharingService(tmp_path / "data", token=lambda: "0" * 32)
    runner = SharingRunner(service, clock=FakeClock(NOW))
    with qtbot.waitSignal(runner.previewed, timeout=TIMEOUT_MS) as previewed:
        runner.preview(history)
    assert previewed.args[0] == service.preview(history(), NOW)
    assert [p["week"] for p in previewed.args[0]] == ["2026-W46", "2026-W47"]
    assert list(previewed.args[0][0]) == ["schema", "week", "token", "indicators"]


def test_turn_off_deletes_and_reports_the_count(
    qtbot: Any, runner: SharingRunner, team: Path
) -> None:
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        runner.turn_on(str(team), then_publish=history)
    with qtbot.waitSignal(runner.turned_off, timeout=TIMEOUT_MS) as turned_off:
        runner.turn_off()
    assert turned_off.args == [2]
    assert pulse_files(team) == []
    assert not runner.state().enabled


def test_publish_while_off_fails_in_one_line(qtbot: Any, runner: SharingRunner) -> None:
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        runner.publish(history)
    assert failed.args == ["sharing is off"]


def test_a_missing_folder_fails_in_one_line_and_changes_nothing(
    qtbot: Any, runner: SharingRunner, tmp_path: Path
) -> None:
    published: list[object] = []
    runner.published.connect(published.append)
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        runner.turn_on(str(tmp_path / "not mounted"), then_publish=history)
    (reason,) = failed.args
    assert reason.startswith("no such folder") and "\n" not in reason
    assert "not mounted" in reason
    assert not runner.state().enabled
    assert published == []


def test_a_failed_publish_after_turning_on_says_so(
    qtbot: Any, runner: SharingRunner, team: Path
) -> None:
    def broken() -> History:
        raise OSError(5, "Input/output error", "/mnt/team")

    states: list[object] = []
    runner.turned_on.connect(states.append)
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        runner.turn_on(str(team), then_publish=broken)
    assert failed.args == ["Input/output error: /mnt/team"]
    assert len(states) == 1 and runner.state().enabled


def test_a_bug_is_reported_not_swallowed(
    qtbot: Any, runner: SharingRunner, team: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def buggy() -> History:
        raise KeyError("calls")

    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        runner.turn_on(str(team))  # no publish: nothing written yet
        runner.publish(history)
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        runner.publish(buggy)
    assert failed.args == ["unexpected error (KeyError): 'calls'"]
    assert "sharing failed unexpectedly" in caplog.text


def test_auto_publish_does_nothing_while_off_and_publishes_once_on(
    qtbot: Any, runner: SharingRunner, team: Path
) -> None:
    heard: list[object] = []
    runner.published.connect(heard.append)
    runner.failed.connect(heard.append)
    with qtbot.waitSignal(runner.busy_changed, timeout=TIMEOUT_MS, check_params_cb=lambda b: not b):
        runner.auto_publish(history)
    assert heard == []
    with qtbot.waitSignal(runner.turned_on, timeout=TIMEOUT_MS):
        runner.turn_on(str(team))
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published:
        runner.auto_publish(history)
    assert len(published.args[0]) == 2
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as again:
        runner.auto_publish(history)
    assert again.args == [[]]  # a week is never sent twice
    assert len(pulse_files(team)) == 2


def test_busy_is_true_while_jobs_are_queued(qtbot: Any, runner: SharingRunner, team: Path) -> None:
    changes: list[bool] = []
    runner.busy_changed.connect(changes.append)
    runner.turn_on(str(team))
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
