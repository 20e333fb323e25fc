"""Field parsers: loose input (a click, a script, a file) to checked values.

Each parser raises ``InvalidInput`` naming the field, so the command line
can print one line and a dialog can show it beside the field. Records, the
settings and the check-in all parse through these.

Choices where the design was silent:

- **The time window.** A record's time lies from ``EARLIEST`` (2000-01-01
  UTC) to one day after ``now``, the moment it enters the store (``now`` is
  passed in: the core reads no clock). A record read back from the store or
  any caller that has no ``now`` gets the outer bound ``LATEST_STORED``
  (2100-01-01) instead: a slow or fast clock must never make old but valid
  history unreadable, and any date between the two bounds leaves years of
  room before the date arithmetic of weeks and breaks could overflow. A far
  date is refused on its year before any arithmetic touches it.
- **Integers.** Text from the command line or a dialog is a plain ASCII
  whole number (an optional sign, at most 18 digits): ``int()`` would take
  ``"٣"`` and choke on 5,000 digits. JSON values (``parse_json_int``) must be
  JSON integers: not strings, not booleans, not ``3.0``.
- **Text** must be valid Unicode: a lone surrogate (what Python makes of
  bytes that are not UTF-8 on the command line) cannot be written as UTF-8,
  so it would break every export; it is refused at the door.
- **Local times** (``parse_local_time``): a wall-clock time without an offset
  is read in the zone passed in. One that the clocks skip (a daylight-saving
  gap) does not exist and is refused; one that happens twice (the hour the
  clocks go back) is the first of the two, as Python's ``fold=0`` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from wellbeing.core.errors import InvalidInput
from wellbeing.core.tags import Tag

E = TypeVar("E", bound=StrEnum)

DIFFICULTY_MIN = 1
DIFFICULTY_MAX = 5
STRESS_MIN = 0
STRESS_MAX = 10
MAX_DURATION_S = 24 * 3600
"""The longest call: a day. A longer duration is a typo or a clock gone wrong,
and every place that takes one (the command line, the local API, a stored
record) refuses it at this bound."""
NOTE_MAX = 10_000
"""Notes and journal text are private but not unbounded: a pasted novel is
almost surely a mistake, and it would slow every read of its week."""

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST_STORED = datetime(2100, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)
WINDOW_TEXT = "2000-01-01 to one day from now"

_INT_TEXT = re.compile(r"[+-]?[0-9]{1,18}")
_DIGITS = re.compile(r"[+-]?[0-9]+")
_SHOWN_MAX = 40


def shown(value: Any) -> str:
    """``repr(value)`` cut to one short line, for messages about bad input."""
    text = repr(value)
    return text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 1] + "…"


def _iso(value: str, name: str) -> datetime:
    if not value.isascii() or len(value) > 64:
        raise InvalidInput(f"{name}: not an ISO 8601 time: {shown(value)}")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{name}: not an ISO 8601 time: {shown(value)}") from None


def check_window(moment: datetime, name: str, now: datetime | None = None) -> datetime:
    """``moment`` (aware) if it lies in the window of the module docstring."""
    latest = LATEST_STORED if now is None else now + FUTURE_SLACK
    if not EARLIEST.year - 1 <= moment.year <= LATEST_STORED.year or not (
        EARLIEST <= moment <= latest
    ):
        raise InvalidInput(f"{name}: {moment.isoformat()} is outside {WINDOW_TEXT}")
    return moment


def parse_time(value: Any, name: str, *, now: datetime | None = None) -> datetime:
    """An aware time within the window; ``now`` is when it enters the store."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        moment = _iso(value, name)
    else:
        raise InvalidInput(f"{name}: expected an ISO 8601 time, got {shown(value)}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(f"{name}: the time needs a UTC offset: {shown(value)}")
    return check_window(moment, name, now)


def parse_local_time(text: str, name: str, *, zone: tzinfo, now: datetime) -> datetime:
    """An ISO 8601 time; one without an offset is a wall-clock time in ``zone``."""
    moment = _iso(text, name) if isinstance(text, str) else None
    if moment is None:
        raise InvalidInput(f"{name}: expected an ISO 8601 time, got {shown(text)}")
    if moment.tzinfo is not None:
        return parse_time(moment, name, now=now)
    if not EARLIEST.year - 1 <= moment.year <= LATEST_STORED.year:
        raise InvalidInput(f"{name}: {moment.isoformat()} is outside {WINDOW_TEXT}")
    local = moment.replace(tzinfo=zone, fold=0)
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
        raise InvalidInput(
            f"{name}: {moment.isoformat()} does not exist in {zone} (the clocks skip it "
            "for daylight saving time); give the UTC offset"
        )
    return check_window(local, name, now)


def parse_int(value: Any, name: str, low: int, high: int | None = None) -> int:
    """A whole number from code, or from text typed by a person (plain ASCII digits)."""
    if isinstance(value, str):
        text = value.strip()
        if _INT_TEXT.fullmatch(text):
            value = int(text)
        elif _DIGITS.fullmatch(text):
            raise InvalidInput(f"{name}: must be {_bounds(low, high)}, got {shown(value)}")
        else:
            raise InvalidInput(f"{name}: expected a whole number, got {shown(value)}")
    return parse_json_int(value, name, low, high)


def parse_json_int(value: Any, name: str, low: int, high: int | None = None) -> int:
    """A JSON integer: never a string, a boolean or a float."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{name}: expected a whole number, got {shown(value)}")
    if value < low or (high is not None and value > high):
        raise InvalidInput(f"{name}: must be {_bounds(low, high)}, got {shown(value)}")
    return int(value)


def _bounds(low: int, high: int | None) -> str:
    return f"{low} to {high}" if high is not None else f"at least {low}"


def parse_optional_json_int(value: Any, name: str, low: int, high: int | None = None) -> int | None:
    return None if value is None else parse_json_int(value, name, low, high)


def parse_optional_int(value: Any, name: str, low: int, high: int | None = None) -> int | None:
    return None if value is None else parse_int(value, name, low, high)


def parse_text(value: Any, name: str, *, limit: int = NOTE_MAX) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{name}: expected text, got {value!r}")
    if len(value) > limit:
        raise InvalidInput(f"{name}: longer than {limit} characters")
    if not is_unicode(value):
        raise InvalidInput(f"{name}: not valid text (bytes that are not UTF-8?)")
    return value


def is_unicode(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8 (no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_optional_text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    text = parse_text(value, name)
    return text or None


def parse_enum(kind: type[E], value: Any, name: str) -> E:
    member = kind._value2member_map_.get(value) if isinstance(value, str) else None
    if isinstance(member, kind):
        return member
    allowed = ", ".join(member.value for member in kind)
    raise InvalidInput(f"{name}: unknown value {shown(value)} (one of: {allowed})")


_TAG_ORDER = {tag: index for index, tag in enumerate(Tag)}


def parse_tags(values: Iterable[Any]) -> tuple[Tag, ...]:
    """Tags as a set in the vocabulary's order, so equal sets compare equal."""
    if not isinstance(values, list | tuple | set | frozenset):
        raise InvalidInput(f"tags: expected a list, got {shown(values)}")
    tags = {parse_enum(Tag, value, "tag") for value in values}
    return tuple(sorted(tags, key=_TAG_ORDER.__getitem__))


def require(data: Mapping[str, Any], keys: Iterable[str], kind: str) -> None:
    if not isinstance(data, Mapping):
        raise InvalidInput(f"{kind}: expected an object, got {type(data).__name__}")
    missing = [key for key in keys if key not in data]
    if missing:
        raise InvalidInput(f"{kind}: missing field {missing[0]!r}")


def record_id(value: Any, kind: str) -> str:
    text = parse_text(value, f"{kind} id", limit=64)
    if not text:
        raise InvalidInput(f"{kind} id: empty")
    return text
