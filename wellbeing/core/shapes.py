"""The JSON shape of a stored or exported record: which keys, which types.

A record's dict has exactly the keys of its dataclass's fields (what
``to_dict`` writes); any other key is refused, so a typo in a hand-made
import file is an error, never a field silently dropped. Each key below has
the JSON type its value must have: numbers are JSON numbers (``"60"`` is
not 60), booleans are ``true``/``false`` (not ``"no"``, which Python would
read as true), a list of words is a list of strings. Ranges, enums and the
time window are checked afterwards by the record's own ``from_dict``; the
times are checked here too when ``now`` is known, so a far date is refused
before any record is built from it.

A key missing from the table (a field a later change adds) is left to
``from_dict`` alone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import fields
from datetime import datetime
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import parse_time, shown

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bool(value: Any) -> bool:
    return isinstance(value, bool)


def _words(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _object(value: Any) -> bool:
    return isinstance(value, Mapping)


def _time(value: Any) -> bool:
    """A time is an ISO 8601 string; its window is checked once its type is right."""
    return isinstance(value, str)


_NAMES: dict[Check, str] = {
    _text: "text",
    _int: "a whole number",
    _bool: "true or false",
    _words: "a list of strings",
    _object: "an object",
    _time: "an ISO 8601 time",
}

SHAPES: dict[str, dict[str, tuple[Check, bool]]] = {
    # key: (check, may be null)
    "call": {
        "id": (_text, False),
        "ended_at": (_time, False),
        "difficulty": (_int, True),  # null: an unrated call
        "tags": (_words, False),
        "duration_s": (_int, True),
        "note": (_text, True),
        "source": (_text, False),
    },
    "break": {
        "id": (_text, False),
        "started_at": (_time, False),
        "pattern": (_text, False),
        "planned_s": (_int, False),
        "completed_s": (_int, False),
        "outcome": (_text, False),
        "trigger": (_text, False),
        "stress_before": (_int, True),
        "stress_after": (_int, True),
    },
    "prompt": {
        "id": (_text, False),
        "kind": (_text, False),
        "created_at": (_time, False),
        "severe": (_bool, False),
        "call_id": (_text, True),
        "outcome": (_text, True),
        "resolved_at": (_time, True),
    },
    "reflection": {
        "id": (_text, False),
        "created_at": (_time, False),
        "call_id": (_text, True),
        "stress": (_int, True),
        "emotions": (_words, True),
        "caller_problem": (_text, False),
        "caller_emotion": (_text, False),
        "steps": (_object, True),
        "boundary_crossed": (_bool, True),
        "boundary_action": (_text, False),
        "carry_forward": (_text, False),
        "journal": (_text, False),
    },
    "checkin": {
        "id": (_text, False),
        "created_at": (_time, False),
        "answers": (_object, True),
    },
}
"""Per record kind; ``resolved_at`` and the like may be null, ``tags`` may not."""


def check_shape(
    data: Any,
    kind: str,
    keys: Collection[str],
    required: Collection[str],
    now: datetime | None = None,
) -> Mapping[str, Any]:
    """``data`` if it is an object with only ``keys``, all ``required`` ones, right types."""
    if not isinstance(data, Mapping):
        raise InvalidInput(f"{kind}: expected an object, got {type(data).__name__}")
    unknown = sorted(str(key) for key in data if key not in keys)
    if unknown:
        raise InvalidInput(f"{kind}: unknown field {shown(unknown[0])}")
    missing = [key for key in required if key not in data]
    if missing:
        raise InvalidInput(f"{kind}: missing field {missing[0]!r}")
    for key, (check, nullable) in SHAPES[kind].items():
        if key not in data:
            continue
        value = data[key]
        if value is None and nullable:
            continue
        if not check(value):
            raise InvalidInput(f"{key}: expected {_NAMES[check]}, got {shown(value)}")
        if check is _time:
            parse_time(value, key, now=now)
    return data


def check_record(
    data: Any, record_type: type, required: Iterable[str], now: datetime | None
) -> Mapping[str, Any]:
    """``check_shape`` with the keys of ``record_type``'s fields (what ``to_dict`` writes)."""
    keys = frozenset(item.name for item in fields(record_type))
    return check_shape(data, record_type.__name__.lower(), keys, tuple(required), now)
