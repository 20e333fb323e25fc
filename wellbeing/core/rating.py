"""Which call a rating goes to (DESIGN.md, Calls).

- ``rate-last`` and *Rate the last call* rate the most recent unrated call,
  whatever its source.
- A manual log (tray, popup, cli) within ``RATE_WINDOW`` after a detected
  call that is still unrated rates that call instead of adding a second
  one: the agent who clicks "4" after a call means that call. The log's
  tags replace the detected call's; its note and duration, when it has
  them, replace the call's too. A log back-dated to another moment (the
  command line's ``--at``) is a call of its own and rates nothing
  (``log_or_rate``).
- The other way round, a call logged by hand while the microphone call was
  on or in its hold (before the detected call is recorded) is that call:
  the detected one is not recorded as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from wellbeing.core.fields import (
    DIFFICULTY_MAX,
    DIFFICULTY_MIN,
    parse_int,
    parse_optional_text,
    parse_tags,
)
from wellbeing.core.records import Call, Source

RATE_WINDOW = timedelta(minutes=5)


def rate(call: Call, difficulty: Any, tags: Iterable[Any] = (), note: Any = None) -> Call:
    """``call`` with a difficulty and tags given (and checked) by the agent; a
    ``note`` given replaces the call's, none keeps it."""
    return replace(
        call,
        difficulty=parse_int(difficulty, "difficulty", DIFFICULTY_MIN, DIFFICULTY_MAX),
        tags=parse_tags(tags),
        note=parse_optional_text(note, "note") if note else call.note,
    )


def last_unrated(calls: Iterable[Call]) -> Call | None:
    """The unrated call that ended last, if any."""
    unrated = [call for call in calls if call.difficulty is None]
    return max(unrated, key=lambda call: call.ended_at, default=None)


def detected_to_rate(calls: Iterable[Call], now: datetime) -> Call | None:
    """The unrated detected call that a manual log at ``now`` rates, if any."""
    recent = [
        call
        for call in calls
        if call.difficulty is None
        and call.source is Source.DETECTED
        and now - RATE_WINDOW <= call.ended_at <= now
    ]
    return max(recent, key=lambda call: call.ended_at, default=None)


@dataclass(frozen=True, slots=True)
class LogWrite:
    """What a manual log writes: ``call`` added as new, or stored over the
    detected call of the same id (``rates``)."""

    call: Call
    rates: bool


def log_or_rate(
    recent: Iterable[Call], logged: Call, now: datetime, *, backdated: bool = False
) -> LogWrite:
    """What logging ``logged`` at ``now`` writes, given the ``recent`` calls
    (at least those of the last ``RATE_WINDOW``): the detected call it rates,
    or ``logged`` itself. ``backdated``: the agent gave the call's own time.
    An unrated log has no rating to give and is added."""
    rating = not backdated and logged.difficulty is not None
    detected = detected_to_rate(recent, now) if rating else None
    if detected is None:
        return LogWrite(logged, rates=False)
    rated = rate(detected, logged.difficulty, logged.tags, logged.note)
    if logged.duration_s is not None:
        rated = replace(rated, duration_s=logged.duration_s)
    return LogWrite(rated, rates=True)


def logged_during(calls: Iterable[Call], start: datetime, now: datetime) -> Call | None:
    """A call logged by hand between a detected call's ``start`` and ``now``, if any."""
    return next(
        (
            call
            for call in calls
            if call.source is not Source.DETECTED and start <= call.ended_at <= now
        ),
        None,
    )


def unrate(call: Call) -> Call:
    """``call`` as it was before it was rated: Undo of a rating must not delete
    a call the microphone or the API saw, only take the rating back."""
    return replace(call, difficulty=None, tags=(), note=None)
