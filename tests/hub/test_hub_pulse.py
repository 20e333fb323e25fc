"""The hub pulse (wellbeing.pulse/2) and the strict JSON it travels in."""

from __future__ import annotations

import json

import pytest

from wellbeing.core.hub_pulse import (
    HUB_PULSE_SCHEMA,
    InvalidJson,
    make_hub_pulse,
    parse_json,
    validate_hub_pulse,
)
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import InvalidPulse


def good() -> dict[str, object]:
    return make_hub_pulse(
        WeeklyIndicators(calls=12, difficult=3, severe=1, max_streak=2), "2026-W47"
    )


def test_a_pulse_round_trips() -> None:
    pulse = validate_hub_pulse(good())
    assert pulse.to_dict() == good()
    assert set(good()) == {"schema", "week", "indicators"}
    assert good()["schema"] == HUB_PULSE_SCHEMA


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.update(token="0" * 32),
        lambda p: p.pop("week"),
        lambda p: p.update(schema="wellbeing.pulse/1"),
        lambda p: p.update(week="2026-W60"),
        lambda p: p["indicators"].update(calls=True),
        lambda p: p["indicators"].update(difficult=99),
        lambda p: p["indicators"].update(extra=1),
        lambda p: p["indicators"].update(mean_stress=11),
    ],
)
def test_anything_off_the_schema_is_refused(change: object) -> None:
    pulse = json.loads(json.dumps(good()))
    change(pulse)  # type: ignore[operator]
    with pytest.raises(InvalidPulse):
        validate_hub_pulse(pulse)


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": 1, "a": 2}',
        b'{"a": NaN}',
        b'{"a": Infinity}',
        b"\xff",
        b"{",
        b"[" * 3000,
        b" " * 4097,
    ],
)
def test_strict_json_refuses_what_parsers_disagree_on(body: bytes) -> None:
    with pytest.raises(InvalidJson):
        parse_json(body)


def test_strict_json_reads_a_plain_document() -> None:
    assert parse_json(json.dumps(good()).encode()) == good()
