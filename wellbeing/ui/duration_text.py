"""Time breathed, in the one format every window uses: "2 min 8 s", "45 s", "3 min"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def duration_text(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    locale = QLocale()
    m, s = locale.toString(minutes), locale.toString(rest)
    if minutes == 0:
        return QCoreApplication.translate("JournalText", "{s} s").format(s=s)
    if rest == 0:
        return QCoreApplication.translate("JournalText", "{m} min").format(m=m)
    return QCoreApplication.translate("JournalText", "{m} min {s} s").format(m=m, s=s)
