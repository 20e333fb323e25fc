"""Records from their JSON form: the documented keys and types only, times in the window."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from wellbeing.core.errors import InvalidInput
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    CheckIn,
    LastStep,
    Prompt,
    Reflection,
    StepRating,
    Tag,
)

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
AT = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)

SAMPLES: list[Any] = [
    Call(id="c1", ended_at=AT, difficulty=4, tags=(Tag.ANGRY,), duration_s=300, note="loud"),
    Break(
        id="b1",
        started_at=AT,
        pattern="box",
        planned_s=180,
        completed_s=120,
        outcome=BreakOutcome.COMPLETED,
        stress_before=7,
    ),
    Prompt.from_dict(  # without a reason: whatever form a reason takes, its default
        {
            "id": "p1",
            "kind": "break",
            "created_at": AT.isoformat(),
            "call_id": "c1",
            "outcome": "taken",
            "resolved_at": AT.isoformat(),
        }
    ),
    Reflection(
        id="r1",
        created_at=AT,
        call_id="c1",
        stress=6,
        emotions=("tired",),
        caller_problem="refund",
        steps={LastStep.LISTEN: StepRating.WELL},
        boundary_crossed=True,
        journal="long day",
    ),
    CheckIn(id="k1", created_at=AT, answers={}),
]


def call(**changes: Any) -> dict[str, Any]:
    return {**SAMPLES[0].to_dict(), **changes}


@pytest.mark.parametrize("record", SAMPLES, ids=lambda r: type(r).__name__)
def test_every_kind_reads_back_what_it_wrote(record: Any) -> None:
    assert type(record).from_dict(record.to_dict(), NOW) == record
    assert type(record).from_dict(record.to_dict()) == record


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"duration_s": "60"}, "duration_s: expected a whole number"),
        ({"difficulty": "3"}, "difficulty: expected a whole number"),
        ({"difficulty": 3.0}, "difficulty: expected a whole number"),
        ({"difficulty": True}, "difficulty: expected a whole number"),
        ({"difficulty": 10**300}, "difficulty: must be 1 to 5"),
        ({"tags": {"angry": 1}}, "tags: expected a list of strings"),
        ({"tags": "angry"}, "tags: expected a list of strings"),
        ({"tags": None}, "tags: expected a list of strings"),
        ({"tags": ["rude"]}, "tag: unknown value 'rude'"),
        ({"note": 5}, "note: expected text"),
        ({"note": "bad \udcff"}, "note: not valid text"),
        ({"colour": "red"}, "call: unknown field 'colour'"),
        ({"ended_at": 1700000000}, "ended_at: expected an ISO 8601 time"),
        ({"ended_at": "0001-01-01T00:00:00+00:00"}, "ended_at: .* is outside"),
        ({"ended_at": "9999-12-31T23:59:59+00:00"}, "ended_at: .* is outside"),
        ({"ended_at": "2026-11-20T00:00:00+00:00"}, "ended_at: .* is outside"),
        ({"id": 7}, "id: expected text"),
    ],
)
def test_a_call_with_an_undocumented_type_or_key_is_refused(
    changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        Call.from_dict(call(**changes), NOW)


def test_severe_must_be_a_boolean_not_a_word() -> None:
    doc = {**SAMPLES[2].to_dict(), "severe": "no"}
    with pytest.raises(InvalidInput, match="severe: expected true or false"):
        Prompt.from_dict(doc, NOW)


def test_a_break_must_end_within_the_window_too() -> None:
    doc = {**SAMPLES[1].to_dict(), "started_at": "9999-12-31T23:59:00+00:00", "completed_s": 3600}
    with pytest.raises(InvalidInput, match=r"started_at: .* is outside"):
        Break.from_dict(doc)
    late = {**SAMPLES[1].to_dict(), "started_at": "2026-11-19T14:59:00+00:00", "completed_s": 120}
    with pytest.raises(InvalidInput, match=r"break end: .* is outside"):
        Break.from_dict(late, NOW)


def test_a_break_with_a_huge_duration_is_refused_not_overflowed() -> None:
    doc = {**SAMPLES[1].to_dict(), "completed_s": 10**30}
    with pytest.raises(InvalidInput, match="completed_s: must be 0 to 3600"):
        Break.from_dict(doc, NOW)


@pytest.mark.parametrize(
    ("record", "key"),
    [
        (SAMPLES[2], "created_at"),
        (SAMPLES[3], "created_at"),
        (SAMPLES[4], "created_at"),
        (SAMPLES[2], "resolved_at"),
    ],
)
def test_other_kinds_keep_their_times_in_the_window(record: Any, key: str) -> None:
    doc = {**record.to_dict(), key: "0001-01-01T00:00:00+00:00"}
    with pytest.raises(InvalidInput, match=rf"{key}: .* is outside"):
        type(record).from_dict(doc, NOW)


@pytest.mark.parametrize("kind", [Break, Prompt, Reflection, CheckIn])
def test_every_kind_refuses_an_unknown_key(kind: Any) -> None:
    record = next(r for r in SAMPLES if isinstance(r, kind))
    with pytest.raises(InvalidInput, match="unknown field 'extra'"):
        kind.from_dict({**record.to_dict(), "extra": 1}, NOW)


def test_a_call_made_from_typed_text_takes_ascii_digits_only() -> None:
    made = Call.create(ended_at=AT, difficulty=" 4 ", duration_s="90", now=NOW)
    assert (made.difficulty, made.duration_s) == (4, 90)
    for digits in ("²", "٣", "३", "-+3", "9" * 5000):
        with pytest.raises(InvalidInput, match="difficulty: "):
            Call.create(ended_at=AT, difficulty=digits, now=NOW)


def test_a_call_made_now_must_not_end_after_tomorrow() -> None:
    with pytest.raises(InvalidInput, match=r"ended_at: .* is outside"):
        Call.create(ended_at=datetime(2027, 1, 1, tzinfo=UTC), difficulty=3, now=NOW)


def test_a_record_read_back_from_the_store_is_held_to_the_outer_bound_only() -> None:
    """A clock that ran fast once must not make that history unreadable later."""
    for ended_at in ("2003-01-01T09:00:00+00:00", "2099-12-31T23:00:00+00:00"):
        assert Call.from_dict(call(ended_at=ended_at)).ended_at.isoformat() == ended_at
    with pytest.raises(InvalidInput, match="is outside"):
        Call.from_dict(call(ended_at="2100-01-01T00:00:01+00:00"))


def test_a_stored_reason_s_number_is_a_json_number_not_text() -> None:
    """Strict like every other stored field: ``{"streak": "3"}`` is not a streak of 3."""
    from wellbeing.core.reasons import Reason

    assert Reason.from_stored({"code": "streak", "params": {"streak": 3}}).params == {"streak": 3}
    with pytest.raises(InvalidInput):
        Reason.from_stored({"code": "streak", "params": {"streak": "3"}})
