"""Scheduled jobs follow the settings and reach the GUI thread only as signals."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from wellbeing.core.records import PromptKind
from wellbeing.core.settings import Settings
from wellbeing.services.scheduler import Scheduler, jobs_for


@pytest.fixture
def scheduler(qtbot: QtBot) -> Iterator[Scheduler]:
    scheduler = Scheduler()
    yield scheduler
    scheduler.shutdown()


def test_default_settings_schedule_only_the_weekly_checkin() -> None:
    jobs = jobs_for(Settings())
    assert list(jobs) == ["checkin"]
    kind, trigger = jobs["checkin"]
    assert kind is PromptKind.CHECKIN
    assert "day_of_week='fri'" in str(trigger)
    assert "hour='15'" in str(trigger)


def test_micro_breaks_and_wind_down_follow_the_settings() -> None:
    settings = Settings().replace(
        micro_breaks=True, micro_break_every_min=45, wind_down=True, checkin_reminder=False
    )
    jobs = jobs_for(settings)
    assert jobs["micro_break"][0] is PromptKind.MICRO_BREAK
    assert jobs["micro_break"][1].interval == timedelta(minutes=45)
    assert sorted(name for name in jobs if name.startswith("wind_down")) == [
        "wind_down_fri",
        "wind_down_mon",
        "wind_down_thu",
        "wind_down_tue",
        "wind_down_wed",
    ]
    assert "hour='17'" in str(jobs["wind_down_mon"][1])


def test_rebuild_replaces_the_prompt_jobs(scheduler: Scheduler) -> None:
    scheduler.start(Settings().replace(micro_breaks=True))
    assert scheduler.job_ids() == ["heartbeat", "prompt:checkin", "prompt:micro_break"]
    scheduler.rebuild(Settings().replace(checkin_reminder=False, checkin_time=time(9, 0)))
    assert scheduler.job_ids() == ["heartbeat"]


def test_a_wake_arrives_as_a_signal_in_the_gui_thread(scheduler: Scheduler, qtbot: QtBot) -> None:
    scheduler.start(Settings())
    threads: list[threading.Thread] = []
    scheduler.wake.connect(lambda: threads.append(threading.current_thread()))
    with qtbot.waitSignal(scheduler.wake, timeout=3000):
        scheduler.wake_at(datetime.now().astimezone() + timedelta(milliseconds=50))
    assert threads == [threading.main_thread()]
