"""Timed wake-ups through APScheduler's QtScheduler, delivered as Qt signals.

The QtScheduler is ``OneTimerScheduler``: one persistent, cancellable wake-up
timer, where APScheduler's own starts a timer chain per job that never ends.

QtScheduler runs job functions on a worker thread, so a job here does one
thing only: emit a signal of this QObject, which Qt delivers queued to the
GUI thread. No job touches a widget or the store.

Jobs:
- ``heartbeat`` every minute: keeps "last break 52 min ago" true, expires
  stale prompts and notices a long sleep (the next tick sees a big jump of
  the clock, and the queue drops what went stale);
- ``wake`` at one exact moment: a snooze or a pause ending;
- the scheduled prompts, rebuilt whenever the settings change: micro-breaks
  every N minutes (the policy checks work hours), the weekly check-in
  reminder, and the end-of-shift wind-down on each work day.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wellbeing.core.records import PromptKind
from wellbeing.core.settings import WEEKDAYS, Settings

if TYPE_CHECKING:
    from apscheduler.triggers.base import BaseTrigger

    from wellbeing.services.one_timer_scheduler import OneTimerScheduler

HEARTBEAT_S = 60
SCHEDULED_PREFIX = "prompt:"


class Scheduler(QObject):
    heartbeat = Signal()
    wake = Signal()
    prompt_due = Signal(object)  # PromptKind

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scheduler: OneTimerScheduler | None = None

    def start(self, settings: Settings) -> None:
        """Import and start APScheduler: deferred until after the tray shows, as its
        import (asyncio, entry points) is the slowest part of the app's start."""
        from apscheduler.triggers.interval import IntervalTrigger

        from wellbeing.services.one_timer_scheduler import OneTimerScheduler

        self._scheduler = OneTimerScheduler(
            self, job_defaults={"coalesce": True, "misfire_grace_time": 30}
        )
        self._scheduler.add_job(
            self.heartbeat.emit, IntervalTrigger(seconds=HEARTBEAT_S), id="heartbeat"
        )
        self.rebuild(settings)
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def wake_at(self, moment: datetime | None) -> None:
        """Wake once at ``moment`` (replacing an earlier wake); None cancels.

        Every tick asks again, mostly for the same moment (a pause until the
        morning, a snooze): the job already set for it is kept, so a long
        pause costs one job, not one per tick.

        Before ``start`` there is nothing to wake: ``start`` is followed by a
        tick, which asks again."""
        if self._scheduler is None:
            return
        from apscheduler.triggers.date import DateTrigger

        current = self._scheduler.get_job("wake")
        if current is not None and moment is not None and current.next_run_time == moment:
            return
        if current is not None:
            current.remove()
        if moment is not None:
            self._scheduler.add_job(self.wake.emit, DateTrigger(run_date=moment), id="wake")

    def rebuild(self, settings: Settings) -> None:
        """Replace the scheduled-prompt jobs to match ``settings``."""
        if self._scheduler is None:
            return
        for job in self._scheduler.get_jobs():
            if job.id.startswith(SCHEDULED_PREFIX):
                job.remove()
        for job_id, (kind, trigger) in jobs_for(settings).items():
            self._scheduler.add_job(
                self.prompt_due.emit, trigger, args=[kind], id=SCHEDULED_PREFIX + job_id
            )

    def job_ids(self) -> list[str]:
        jobs = self._scheduler.get_jobs() if self._scheduler is not None else []
        return sorted(job.id for job in jobs)


def jobs_for(settings: Settings) -> dict[str, tuple[PromptKind, BaseTrigger]]:
    """The prompt jobs the settings ask for: job name -> (prompt kind, trigger)."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    jobs: dict[str, tuple[PromptKind, BaseTrigger]] = {}
    if settings.micro_breaks:
        every = IntervalTrigger(minutes=settings.micro_break_every_min)
        jobs["micro_break"] = (PromptKind.MICRO_BREAK, every)
    if settings.checkin_reminder:
        at = settings.checkin_time
        weekly = CronTrigger(day_of_week=settings.checkin_day, hour=at.hour, minute=at.minute)
        jobs["checkin"] = (PromptKind.CHECKIN, weekly)
    if settings.wind_down:
        for day, span in zip(WEEKDAYS, settings.work_hours, strict=True):
            if span is not None:
                end = CronTrigger(day_of_week=day, hour=span[1].hour, minute=span[1].minute)
                jobs[f"wind_down_{day}"] = (PromptKind.WIND_DOWN, end)
    return jobs
