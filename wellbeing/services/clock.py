"""The one place the app reads the wall clock; tests pass a clock that moves only when told."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """Local time with its UTC offset, as records are stored."""

    def now(self) -> datetime:
        return datetime.now().astimezone()
