"""The tray tooltip in the agent's language, from the clauses the core chose.

The end of a pause is named by ``moment_text.day_and_time`` ("tomorrow
09:00" only when it is tomorrow, "Monday 09:00" after a Friday's "End my
shift"), in the locale's day names.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from wellbeing.core.strain import StrainState, tooltip_parts
from wellbeing.ui.tray.moment_text import day_and_time


def _clause(key: str, values: dict[str, object], now: datetime) -> str:
    templates = {
        "on_call": QCoreApplication.translate("StrainText", "On a call"),
        "paused": QCoreApplication.translate("StrainText", "Prompts paused until {until}"),
        "calm": QCoreApplication.translate("StrainText", "Calm"),
        "one_difficult": QCoreApplication.translate("StrainText", "1 difficult call"),
        "streak": QCoreApplication.translate("StrainText", "{count} difficult calls in a row"),
        "severe": QCoreApplication.translate("StrainText", "A severe call, no break since"),
        "unrated": QCoreApplication.translate("StrainText", "{count} not rated"),
        "severe_after_break": QCoreApplication.translate(
            "StrainText", "A severe call since your last break"
        ),
        "no_break_today": QCoreApplication.translate("StrainText", "No break yet today"),
        "break_just_now": QCoreApplication.translate("StrainText", "Last break just now"),
        "break_minutes": QCoreApplication.translate("StrainText", "Last break {minutes} min ago"),
        "break_hours": QCoreApplication.translate("StrainText", "Last break {hours} h ago"),
        "break_hours_minutes": QCoreApplication.translate(
            "StrainText", "Last break {hours} h {minutes} min ago"
        ),
    }
    words = {k: day_and_time(v, now) if isinstance(v, datetime) else v for k, v in values.items()}
    return templates[key].format(**words)


def tooltip(state: StrainState, now: datetime) -> str:
    """Why the icon looks as it does: "3 difficult calls in a row · Last break 52 min ago"."""
    return " · ".join(_clause(key, values, now) for key, values in tooltip_parts(state, now))
