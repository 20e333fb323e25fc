"""The scheduler stays the same size however long the app runs.

APScheduler 3's own QtScheduler started a timer chain per job that could
never be stopped: each wake-up asked for left one more chain running for
ever, so a night of pause or a long shift made thousands of them. Here the
wake-ups asked for are counted by the runs they cause: one pending wake-up
means one run, however many times it was re-armed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from apscheduler.schedulers.base import BaseScheduler
from doubles import FakeClock
from PySide6.QtCore import QCoreApplication, QTimer
from pytestqt.qtbot import QtBot

from wellbeing.core.settings import Settings
from wellbeing.services.scheduler import Scheduler

BOUND = 3


@pytest.fixture
def scheduler(qtbot: QtBot) -> Iterator[Scheduler]:
    scheduler = Scheduler()
    scheduler.start(Settings().replace(micro_breaks=True, wind_down=True))
    yield scheduler
    scheduler.shutdown()


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the scheduler woke up to look at its jobs."""
    count = [0]
    process = BaseScheduler._process_jobs

    def counted(self: BaseScheduler) -> float | None:
        count[0] += 1
        result: float | None = process(self)
        return result

    monkeypatch.setattr(BaseScheduler, "_process_jobs", counted)
    return count


def drain() -> None:
    """Let every zero-delay wake-up that is pending run."""
    for _ in range(20):
        QCoreApplication.processEvents()


def runs_after(qtbot: QtBot, runs: list[int], before: int) -> int:
    """How many runs the wake-ups asked for since ``before`` cause."""
    qtbot.waitUntil(lambda: runs[0] > before)
    drain()
    return runs[0] - before


@pytest.fixture
def clock() -> FakeClock:
    # APScheduler compares with the wall clock, so the simulated day starts now.
    return FakeClock(datetime.now().astimezone())


def test_a_night_of_pause_keeps_one_wake_job_and_runs_it_once(
    scheduler: Scheduler, runs: list[int], clock: FakeClock, qtbot: QtBot
) -> None:
    drain()
    before = runs[0]
    jobs_before = len(scheduler.job_ids())
    morning = clock.now() + timedelta(hours=10)
    scheduler.wake_at(morning)
    for _minute in range(10 * 60):  # every heartbeat of the night asks again
        clock.advance(minutes=1)
        scheduler.wake_at(morning)
    assert runs_after(qtbot, runs, before) <= BOUND
    assert len(scheduler.job_ids()) == jobs_before + 1


def test_two_thousand_calls_leave_the_scheduler_the_same_size(
    scheduler: Scheduler, runs: list[int], clock: FakeClock, qtbot: QtBot
) -> None:
    drain()
    before = runs[0]
    jobs_before = len(scheduler.job_ids())
    for _call in range(2000):  # each call changes the strain, which asks for a new wake
        clock.advance(minutes=3)
        scheduler.wake_at(clock.now())
    assert runs_after(qtbot, runs, before) <= BOUND
    assert len(scheduler.job_ids()) == jobs_before + 1


def test_cancelling_the_wake_removes_its_job(scheduler: Scheduler, clock: FakeClock) -> None:
    scheduler.wake_at(clock.advance(hours=1))
    assert "wake" in scheduler.job_ids()
    scheduler.wake_at(None)
    assert "wake" not in scheduler.job_ids()


def test_shutdown_stops_the_timer(scheduler: Scheduler) -> None:
    scheduler.shutdown()
    assert not any(timer.isActive() for timer in scheduler.findChildren(QTimer))
