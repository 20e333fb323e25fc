"""A moment as the agent reads it from now: "today 14:30", "tomorrow 09:00",
"Monday 09:00", or a date.

Every "until …" the tray shows goes through ``day_and_time``, so a pause
that ends on Monday never reads "tomorrow" on a Friday. Day names, dates
and clock times come from ``QLocale``, so they follow the agent's language
and conventions (a 24-hour or 12-hour clock); only "today" and "tomorrow"
are our own words, translated like any other.

The moment is read in ``now``'s offset, the agent's wall clock. "Tomorrow"
is the next calendar day, not "within 24 hours"; a day name is used up to
six days ahead, after which the weekday alone would be ambiguous and the
date is shown instead (as it is for a moment before today).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

DAY_NAME_HORIZON = 6
"""The furthest day, counted from today, still named by its weekday."""


def day_and_time(moment: datetime, now: datetime) -> str:
    """``moment`` named relative to ``now``'s day, with its clock time."""
    local = moment.astimezone(now.tzinfo)
    locale = QLocale()
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    days = (local.date() - now.date()).days
    if days == 0:
        return QCoreApplication.translate("MomentText", "today {time}").format(time=clock)
    if days == 1:
        return QCoreApplication.translate("MomentText", "tomorrow {time}").format(time=clock)
    if 1 < days <= DAY_NAME_HORIZON:
        day = locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        return QCoreApplication.translate("MomentText", "{day} {time}").format(day=day, time=clock)
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("MomentText", "{date} {time}").format(date=day, time=clock)


def pause_end_text(moment: datetime, now: datetime) -> str:
    """The end of a pause for the menu: the clock time alone when it is
    today ("10:30"), else as ``day_and_time`` ("tomorrow 09:00")."""
    local = moment.astimezone(now.tzinfo)
    if local.date() == now.date():
        return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return day_and_time(moment, now)
