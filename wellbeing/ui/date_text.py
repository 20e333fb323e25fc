"""One way to write a day across the history and the journal: the locale's
long date without its weekday and with a short month ("6 Dec 2026",
"Dec 6, 2026", "6. Dez. 2026"), unambiguous in every locale, unlike the
short "12/6/26" beside a long one."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

_WEEKDAY = re.compile(r"[,\s]*d{4}[,.\s]*")


def medium_format(locale: QLocale) -> str:
    """The locale's long date format with the weekday dropped and the month short."""
    pattern = _WEEKDAY.sub(" ", locale.dateFormat(QLocale.FormatType.LongFormat))
    return pattern.replace("MMMM", "MMM").strip(" ,")


def day_text(value: date) -> str:
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), medium_format(locale))


def day_and_clock(at: datetime) -> str:
    """A record's day and clock time, as written in its own offset: "6 Dec 2026, 15:43"."""
    locale = QLocale()
    clock = locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("JournalText", "{date}, {time}").format(
        date=day_text(at.date()), time=clock
    )
