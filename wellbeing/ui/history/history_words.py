"""What the "Your pattern" tab says: chart titles, legends, ranges, summaries.

The charts' accessible descriptions (``*_summary``) say in words what a
chart shows, for a screen reader and for anyone who cannot tell the
colours apart.

Every string is a literal inside ``QCoreApplication.translate("HistoryText",
...)``, so pyside6-lupdate extracts it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing.core.breathing import PATTERNS
from wellbeing.core.series import PatternStress
from wellbeing.services.history_view import Range
from wellbeing.ui.breathing.breathing_text import pattern_title
from wellbeing.ui.date_text import day_text
from wellbeing.ui.history.journal_text import call_difficulty_text, difficulty_words


def range_names() -> dict[Range, str]:
    return {
        Range.LAST_30: QCoreApplication.translate("HistoryText", "Last 30 days"),
        Range.LAST_90: QCoreApplication.translate("HistoryText", "Last 90 days"),
        Range.THIS_YEAR: QCoreApplication.translate("HistoryText", "This year"),
        Range.ALL: QCoreApplication.translate("HistoryText", "All time"),
    }


def range_caption(first: date, last: date) -> str:
    """ "21 Aug 2026 – 20 Nov 2026": the days the charts show."""
    return QCoreApplication.translate("HistoryText", "{first} to {last}").format(
        first=day_text(first), last=day_text(last)
    )


def pattern_name(pattern_id: str) -> str:
    pattern = PATTERNS.get(pattern_id)
    return pattern_title(pattern) if pattern is not None else pattern_id


# --- titles and legends -------------------------------------------------------------


def calls_title() -> str:
    return QCoreApplication.translate("HistoryText", "Calls per day, by difficulty")


def stress_title() -> str:
    return QCoreApplication.translate(
        "HistoryText", "What breathing does for you: stress before and after (0–10)"
    )


def breaks_title() -> str:
    return QCoreApplication.translate("HistoryText", "Breaks offered and taken, per week")


def checkin_title() -> str:
    return QCoreApplication.translate("HistoryText", "Weekly check-in scores (0–100)")


def calls_chart_name() -> str:
    return QCoreApplication.translate("HistoryText", "Chart: calls per day by difficulty")


def stress_chart_name() -> str:
    return QCoreApplication.translate(
        "HistoryText", "Chart: stress before and after breaks, per breathing pattern"
    )


def breaks_chart_name() -> str:
    return QCoreApplication.translate("HistoryText", "Chart: breaks offered and taken per week")


def checkin_chart_name() -> str:
    return QCoreApplication.translate("HistoryText", "Chart: check-in scores by week")


def difficulty_legend() -> dict[int, str]:
    """ "1 routine" … "5 severe": the legend of the stacked bars, bottom to top."""
    return {
        n: QCoreApplication.translate("HistoryText", "{n} {word}").format(n=n, word=word)
        for n, word in difficulty_words().items()
    }


def unrated_legend() -> str:
    """The stack of calls the microphone or an agent desktop saw end, not rated yet."""
    return QCoreApplication.translate("HistoryText", "Not rated")


def stress_legend() -> tuple[str, str]:
    return (
        QCoreApplication.translate("HistoryText", "Before the break"),
        QCoreApplication.translate("HistoryText", "After the break"),
    )


def breaks_legend() -> tuple[str, str]:
    return (
        QCoreApplication.translate("HistoryText", "Offered"),
        QCoreApplication.translate("HistoryText", "Taken"),
    )


def checkin_parts() -> dict[str, str]:
    return {
        "personal": QCoreApplication.translate("HistoryText", "Personal"),
        "work": QCoreApplication.translate("HistoryText", "Work"),
        "customer": QCoreApplication.translate("HistoryText", "Customers"),
    }


def higher_range() -> str:
    return QCoreApplication.translate("HistoryText", "higher range")


def n_breaks(n: int) -> str:
    return QCoreApplication.translate("HistoryText", "n = {n}").format(n=QLocale().toString(n))


def stress_empty() -> str:
    return QCoreApplication.translate(
        "HistoryText",
        "No breaks with a stress rating before and after in this range yet.\n"
        "Rate your stress when a break starts and ends, and this chart will show "
        "what each breathing pattern does for you.",
    )


# --- summaries for screen readers ---------------------------------------------------


def calls_summary(by_difficulty: Mapping[int, tuple[int, ...]], unrated: int, days: int) -> str:
    """Every call in the range, the ``unrated`` ones (not rated yet) included."""
    locale = QLocale()
    names = difficulty_words()
    counted = [(names[d], sum(counts)) for d, counts in by_difficulty.items()]
    counted.append((call_difficulty_text(None), unrated))
    parts = QCoreApplication.translate("HistoryText", ", ").join(
        QCoreApplication.translate("HistoryText", "{word} {n}").format(
            word=word, n=locale.toString(n)
        )
        for word, n in counted
    )
    total = sum(n for _, n in counted)
    return QCoreApplication.translate(
        "HistoryText", "{total} calls in {days} days: {parts}."
    ).format(total=locale.toString(total), days=locale.toString(days), parts=parts)


def stress_summary(stress: tuple[PatternStress, ...]) -> str:
    if not stress:
        return stress_empty()
    locale = QLocale()
    return " ".join(
        QCoreApplication.translate(
            "HistoryText", "{pattern}: stress {before} before, {after} after, over {n} breaks."
        ).format(
            pattern=pattern_name(item.pattern),
            before=locale.toString(item.mean_before, "f", 1),
            after=locale.toString(item.mean_after, "f", 1),
            n=locale.toString(item.n),
        )
        for item in stress
    )


def breaks_summary(offered: int, taken: int) -> str:
    locale = QLocale()
    return QCoreApplication.translate(
        "HistoryText", "{offered} breaks offered, {taken} breaks taken in this range."
    ).format(offered=locale.toString(offered), taken=locale.toString(taken))


def checkin_summary(count: int) -> str:
    return QCoreApplication.translate(
        "HistoryText", "{n} weekly check-ins in this range; 50 and above is the higher range."
    ).format(n=QLocale().toString(count))
