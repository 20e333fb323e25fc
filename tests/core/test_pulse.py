"""Pulses: built with exactly DESIGN.md's keys, and refused at the gate when anything is off."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from wellbeing.core.checkin import Scores
from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import (
    PULSE_SCHEMA,
    InvalidPulse,
    Pulse,
    validate_pulse,
    weeks_to_share,
)
from wellbeing.core.records import Call, CheckIn

TOKEN = "0123456789abcdef0123456789abcdef"
CET = timezone(timedelta(hours=1))

INDICATORS = WeeklyIndicators(
    calls=212,
    difficult=31,
    severe=2,
    max_streak=4,
    breaks_prompted=9,
    breaks_taken=6,
    breathing_minutes=14.5,
    mean_stress=5.2,
    checkin=Scores(personal=45.8, work=50.0, customer=62.5),
)


def design_example() -> dict[str, Any]:
    """The pulse printed in DESIGN.md, "Sharing and the team view"."""
    return {
        "schema": "wellbeing.pulse/1",
        "week": "2026-W47",
        "token": TOKEN,
        "indicators": {
            "calls": 212,
            "difficult": 31,
            "severe": 2,
            "max_streak": 4,
            "breaks_prompted": 9,
            "breaks_taken": 6,
            "breathing_minutes": 14.5,
            "mean_stress": 5.2,
            "checkin": {"personal": 45.8, "work": 50.0, "customer": 62.5},
        },
    }


def test_a_folder_pulse_is_exactly_the_old_design_example() -> None:
    assert Pulse("2026-W47", TOKEN, INDICATORS).to_dict() == design_example()
    assert list(Pulse("2026-W47", TOKEN, INDICATORS).to_dict()) == [
        "schema",
        "week",
        "token",
        "indicators",
    ]


def test_a_made_pulse_passes_the_gate_unchanged() -> None:
    pulse = validate_pulse(Pulse("2026-W47", TOKEN, INDICATORS).to_dict())
    assert pulse == Pulse("2026-W47", TOKEN, INDICATORS)
    assert pulse.to_dict() == design_example()


def test_nulls_and_whole_numbers_for_minutes_are_accepted() -> None:
    obj = design_example()
    obj["indicators"].update(mean_stress=None, breathing_minutes=14)
    obj["indicators"]["checkin"] = {"personal": None, "work": 0, "customer": 100}
    pulse = validate_pulse(obj)
    assert pulse.indicators.mean_stress is None
    assert pulse.indicators.breathing_minutes == 14.0
    assert pulse.indicators.checkin == Scores(None, 0.0, 100.0)


def test_more_breaks_taken_than_prompted_is_valid() -> None:
    """A break started from the menu is taken without any prompt."""
    obj = design_example()
    obj["indicators"].update(breaks_prompted=0, breaks_taken=3)
    assert validate_pulse(obj).indicators.breaks_taken == 3


def _set(path: str, value: Any) -> dict[str, Any]:
    obj = design_example()
    *parents, last = path.split(".")
    target = obj
    for key in parents:
        target = target[key]
    target[last] = value
    return obj


def _drop(path: str) -> dict[str, Any]:
    obj = design_example()
    *parents, last = path.split(".")
    target = obj
    for key in parents:
        target = target[key]
    del target[last]
    return obj


BAD: list[tuple[str, Any]] = [
    ("not an object", [design_example()]),
    ("null", None),
    ("schema", _set("schema", "wellbeing.pulse/2")),
    ("week format", _set("week", "2026-47")),
    ("week 54", _set("week", "2026-W54")),
    ("week as number", _set("week", 202647)),
    ("short token", _set("token", "abc")),
    ("upper-case token", _set("token", TOKEN.upper())),
    ("extra top key", {**design_example(), "user": "sam"}),
    ("extra indicator", _set("indicators.host", "pc-12")),
    ("extra check-in part", _set("indicators.checkin.mood", 3)),
    ("missing key", _drop("indicators.severe")),
    ("missing check-in part", _drop("indicators.checkin.work")),
    ("bool count", _set("indicators.calls", True)),
    ("float count", _set("indicators.calls", 212.0)),
    ("string count", _set("indicators.calls", "212")),
    ("negative count", _set("indicators.breaks_taken", -1)),
    ("huge count", _set("indicators.calls", 10**9)),
    ("difficult > calls", _set("indicators.difficult", 213)),
    ("severe > difficult", _set("indicators.severe", 32)),
    ("streak > difficult", _set("indicators.max_streak", 32)),
    ("string minutes", _set("indicators.breathing_minutes", "14.5")),
    ("negative minutes", _set("indicators.breathing_minutes", -0.5)),
    ("minutes beyond a week", _set("indicators.breathing_minutes", 7 * 24 * 60 + 1)),
    ("NaN minutes", _set("indicators.breathing_minutes", float("nan"))),
    ("infinite stress", _set("indicators.mean_stress", float("inf"))),
    ("stress 11", _set("indicators.mean_stress", 11)),
    ("bool stress", _set("indicators.mean_stress", False)),
    ("string stress", _set("indicators.mean_stress", "5.2")),
    ("score 101", _set("indicators.checkin.work", 100.5)),
    ("negative score", _set("indicators.checkin.personal", -1)),
    ("check-in a list", _set("indicators.checkin", [1, 2, 3])),
    ("indicators a string", _set("indicators", "calls=212")),
]


@pytest.mark.parametrize(("case", "obj"), BAD, ids=[case for case, _ in BAD])
def test_the_gate_refuses_every_malformed_pulse_with_a_reason(case: str, obj: Any) -> None:
    with pytest.raises(InvalidPulse) as raised:
        validate_pulse(copy.deepcopy(obj))
    assert raised.value.reason
    assert isinstance(raised.value, InvalidInput)


def test_difficult_may_equal_calls_and_severe_difficult() -> None:
    obj = design_example()
    obj["indicators"].update(calls=5, difficult=5, severe=5, max_streak=5)
    assert validate_pulse(obj).indicators.severe == 5


# --- which weeks are offered ------------------------------------------------------


def _call(when: datetime, note: str | None = None) -> Call:
    return Call.create(ended_at=when, difficulty=2, note=note)


def test_weeks_to_share_are_completed_weeks_with_records_not_yet_shared() -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=CET)  # Wednesday of 2026-W48
    history = History.of(
        calls=[
            _call(datetime(2026, 11, 2, 10, tzinfo=CET)),  # W45
            _call(datetime(2026, 11, 24, 10, tzinfo=CET)),  # W48: current, never
        ],
        checkins=[CheckIn(id="c1", created_at=datetime(2026, 11, 20, 18, tzinfo=CET))],  # W47
    )
    assert weeks_to_share(history, set(), now) == ["2026-W45", "2026-W47"]
    assert weeks_to_share(history, {"2026-W45"}, now) == ["2026-W47"]
    assert weeks_to_share(History(), set(), now) == []


def test_a_late_sunday_call_belongs_to_its_own_week_even_on_monday_morning() -> None:
    monday = datetime(2026, 11, 23, 0, 30, tzinfo=CET)  # W48 starts
    history = History.of(calls=[_call(datetime(2026, 11, 22, 23, 50, tzinfo=CET))])
    assert weeks_to_share(history, (), monday) == ["2026-W47"]
    assert weeks_to_share(history, (), monday - timedelta(hours=1)) == []


def test_schema_constant_is_the_documented_one() -> None:
    assert PULSE_SCHEMA == "wellbeing.pulse/1"


@pytest.mark.parametrize("week", ["1999-W52", "2100-W01"])
def test_a_week_outside_cores_years_is_refused_naming_them(week: str) -> None:
    with pytest.raises(InvalidPulse, match="outside the years 2000 to 2099"):
        validate_pulse(_set("week", week))
