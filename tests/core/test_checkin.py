"""The weekly check-in: items, scale and scoring."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.checkin import (
    DISCLAIMER,
    HIGH_BAND,
    ITEMS,
    MIN_ANSWERS_PER_PART,
    SCALE,
    Part,
    Scores,
    high_parts,
    is_high,
    items_of,
    score,
)
from wellbeing.core.errors import InvalidInput
from wellbeing.core.records import CheckIn


def test_four_items_per_part_with_stable_ids() -> None:
    assert [item.id for item in ITEMS] == [
        *(f"p{i}" for i in range(1, 5)),
        *(f"w{i}" for i in range(1, 5)),
        *(f"c{i}" for i in range(1, 5)),
    ]
    for part in Part:
        assert len(items_of(part)) == 4
        assert all(item.id[0] == part.value[0] for item in items_of(part))
    assert len({item.text for item in ITEMS}) == len(ITEMS)


def test_scale_is_five_steps_of_25() -> None:
    assert tuple(value for value, _ in SCALE) == (0, 25, 50, 75, 100)
    assert SCALE[0] == (0, "Never or almost never")
    assert SCALE[-1] == (100, "Always")


def test_disclaimer_says_it_is_not_a_diagnosis() -> None:
    assert "not a diagnosis" in DISCLAIMER


def test_hand_worked_scores() -> None:
    answers = {
        "p1": 50, "p2": 25, "p3": 75, "p4": 25,  # 175 / 4 = 43.75
        "w1": 100, "w2": 50, "w3": 50,  # 200 / 3 = 66.67
        "c1": 75, "c2": 0,  # too few
    }  # fmt: skip
    assert score(answers) == Scores(personal=43.8, work=66.7, customer=None)


def test_scores_a_checkin_record() -> None:
    record = CheckIn("x", datetime(2026, 11, 20, tzinfo=UTC), {"c1": 50, "c2": 50, "c3": 75})
    assert score(record) == Scores(personal=None, work=None, customer=58.3)


def test_too_few_answers_leave_a_part_unscored() -> None:
    assert MIN_ANSWERS_PER_PART == 3
    assert score({"p1": 100, "p2": 100}).personal is None
    assert score({"p1": 100, "p2": 100, "p3": 100}).personal == 100.0
    assert score({}) == Scores()


def test_high_band_starts_at_exactly_50() -> None:
    assert HIGH_BAND == 50
    fifty = score({"w1": 25, "w2": 50, "w3": 75})
    assert fifty.work == 50.0
    assert is_high(fifty.work)
    assert score({"w1": 25, "w2": 50, "w3": 50, "w4": 75}).work == 50.0
    just_under = score({"w1": 25, "w2": 50, "w3": 50, "w4": 50})
    assert just_under.work == 43.8
    assert not is_high(just_under.work)
    assert not is_high(None)
    assert is_high(100.0)


def test_high_parts() -> None:
    scores = Scores(personal=50.0, work=49.9, customer=None)
    assert high_parts(scores) == (Part.PERSONAL,)
    assert high_parts(Scores(75.0, 75.0, 75.0)) == tuple(Part)


def test_scores_to_dict() -> None:
    assert Scores(personal=45.8, work=None, customer=62.5).to_dict() == {
        "personal": 45.8,
        "work": None,
        "customer": 62.5,
    }


@pytest.mark.parametrize(
    "answers",
    [{"x1": 50}, {"p1": 30}, {"p1": True}, {"p1": "50"}, {"p1": 50.0}, {"p1": -25}],
)
def test_refuses_unknown_items_and_off_scale_values(answers: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        score(answers)


@given(
    st.dictionaries(st.sampled_from([i.id for i in ITEMS]), st.sampled_from([0, 25, 50, 75, 100]))
)
def test_scores_stay_in_range_and_band_is_consistent(answers: dict[str, int]) -> None:
    scores = score(answers)
    for part in Part:
        answered = [answers[i.id] for i in items_of(part) if i.id in answers]
        value = scores.of(part)
        if len(answered) < MIN_ANSWERS_PER_PART:
            assert value is None
        else:
            assert value is not None
            assert 0 <= value <= 100
            assert is_high(value) == (sum(answered) / len(answered) >= HIGH_BAND)
