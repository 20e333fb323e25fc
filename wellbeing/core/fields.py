"""Field parsers: loose input (a click, a script, a file) to checked values.

Each parser raises ``InvalidInput`` naming the field, so the command line
can print one line and a dialog can show it beside the field. Records, the
settings and the check-in all parse through these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from wellbeing.core.errors import InvalidInput
from wellbeing.core.tags import Tag

E = TypeVar("E", bound=StrEnum)

DIFFICULTY_MIN = 1
DIFFICULTY_MAX = 5
STRESS_MIN = 0
STRESS_MAX = 10
NOTE_MAX = 10_000
"""Notes and journal text are private but not unbounded: a pasted novel is
almost surely a mistake, and it would slow every read of its week."""


def parse_time(value: Any, name: str) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise InvalidInput(f"{name}: not an ISO 8601 time: {value!r}") from None
    else:
        raise InvalidInput(f"{name}: expected an ISO 8601 time, got {value!r}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(f"{name}: the time needs a UTC offset: {value!r}")
    return moment


def parse_int(value: Any, name: str, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
            value = int(value)
        else:
            raise InvalidInput(f"{name}: expected a whole number, got {value!r}")
    if value < low or (high is not None and value > high):
        bounds = f"{low} to {high}" if high is not None else f"at least {low}"
        raise InvalidInput(f"{name}: must be {bounds}, got {value}")
    return int(value)


def parse_optional_int(value: Any, name: str, low: int, high: int | None = None) -> int | None:
    return None if value is None else parse_int(value, name, low, high)


def parse_text(value: Any, name: str, *, limit: int = NOTE_MAX) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{name}: expected text, got {value!r}")
    if len(value) > limit:
        raise InvalidInput(f"{name}: longer than {limit} characters")
    return value


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
    raise InvalidInput(f"{name}: unknown value {value!r} (one of: {allowed})")


_TAG_ORDER = {tag: index for index, tag in enumerate(Tag)}


def parse_tags(values: Iterable[Any]) -> tuple[Tag, ...]:
    """Tags as a set in the vocabulary's order, so equal sets compare equal."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInput(f"tags: expected a list, got {values!r}")
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
