"""The tray tooltip in the agent's language, from the clauses the core chose."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from wellbeing.core.strain import StrainState, tooltip_parts


def _tr(text: str) -> str:
    return QCoreApplication.translate("StrainText", text)


def _when(moment: datetime, now: datetime) -> str:
    local = moment.astimezone(now.tzinfo)
    clock = QLocale().toString(QDateTime(local).time(), QLocale.FormatType.ShortFormat)
    if local.date() == now.date():
        return clock
    return _tr("tomorrow {time}").format(time=clock)


def _clause(key: str, values: dict[str, object], now: datetime) -> str:
    templates = {
        "on_call": _tr("On a call"),
        "paused": _tr("Prompts paused until {until}"),
        "calm": _tr("Calm"),
        "one_difficult": _tr("1 difficult call"),
        "streak": _tr("{count} difficult calls in a row"),
        "severe": _tr("A severe call, no break since"),
        "no_break_today": _tr("No break yet today"),
        "break_just_now": _tr("Last break just now"),
        "break_minutes": _tr("Last break {minutes} min ago"),
        "break_hours": _tr("Last break {hours} h ago"),
        "break_hours_minutes": _tr("Last break {hours} h {minutes} min ago"),
    }
    words = {k: _when(v, now) if isinstance(v, datetime) else v for k, v in values.items()}
    return templates[key].format(**words)


def tooltip(state: StrainState, now: datetime) -> str:
    """Why the icon looks as it does: "3 difficult calls in a row · Last break 52 min ago"."""
    return " · ".join(_clause(key, values, now) for key, values in tooltip_parts(state, now))
