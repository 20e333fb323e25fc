"""When a pause of the prompts ends.

A pause always has an end and resumes by itself (DESIGN.md, Call state,
pauses, sleep): an agent who forgets to resume must not lose their breaks
for the rest of the week. "Until tomorrow" ends at the next midnight in the
agent's own time zone, so a pause taken at the end of a shift is over before
the next one starts.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from enum import StrEnum


class PauseChoice(StrEnum):
    HALF_HOUR = "30min"
    HOUR = "1h"
    TOMORROW = "tomorrow"


def pause_end(choice: PauseChoice, now: datetime) -> datetime:
    if choice is PauseChoice.HALF_HOUR:
        return now + timedelta(minutes=30)
    if choice is PauseChoice.HOUR:
        return now + timedelta(hours=1)
    tomorrow = now.date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 0), tzinfo=now.tzinfo)
