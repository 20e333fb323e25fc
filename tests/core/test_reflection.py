"""The reflection's rules: what a draft becomes, what is refused, which call is the last."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import NOTE_MAX
from wellbeing.core.records import Call, LastStep, Reflection, StepRating, Tag
from wellbeing.core.reflection import (
    CALLER_EMOTIONS,
    FEELINGS,
    LAST_CALL_WINDOW,
    LINE_MAX,
    ReflectionDraft,
    build_reflection,
    is_empty,
    last_call,
)

NOW = datetime(2026, 3, 4, 14, 40, tzinfo=timezone(timedelta(hours=1)))


def full_draft() -> ReflectionDraft:
    return ReflectionDraft(
        stress=7,
        emotions=["shaken", "tired", "shaken"],
        caller_problem="  Refund refused twice  ",
        caller_emotion="desperate",
        steps={
            LastStep.THANK: StepRating.NOT_RELEVANT,
            LastStep.LISTEN: StepRating.WELL,
            LastStep.SOLVE: StepRating.HARD,
        },
        boundary_crossed=True,
        boundary_action=" Warned once, then ended the call ",
        carry_forward="\tOffer the supervisor sooner\n",
        journal="\n  It was a lot.\n\nI am fine now.  \n",
    )


def call(
    minutes_ago: float, difficulty: int = 2, tags: tuple[Tag, ...] = (), id: str = "c"
) -> Call:
    return Call.create(
        id=id, ended_at=NOW - timedelta(minutes=minutes_ago), difficulty=difficulty, tags=tags
    )


# --- vocabularies ----------------------------------------------------------------


def test_vocabularies_are_stable_unique_ids() -> None:
    for words in (FEELINGS, CALLER_EMOTIONS):
        assert len(set(words)) == len(words)
        assert all(word.isascii() and word.islower() and word.isidentifier() for word in words)
    assert 10 <= len(FEELINGS) <= 14
    assert {"calm", "frustrated", "disrespected"} <= set(FEELINGS)


# --- build_reflection ----------------------------------------------------------------


def test_maps_every_field_trimmed_and_in_order() -> None:
    reflection = build_reflection(full_draft(), call_id="call-1", now=NOW)
    assert reflection.call_id == "call-1"
    assert reflection.created_at == NOW
    assert reflection.stress == 7
    assert reflection.emotions == ("tired", "shaken")  # vocabulary order, no repeats
    assert reflection.caller_problem == "Refund refused twice"
    assert reflection.caller_emotion == "desperate"
    assert list(reflection.steps.items()) == [
        (LastStep.LISTEN, StepRating.WELL),
        (LastStep.SOLVE, StepRating.HARD),
        (LastStep.THANK, StepRating.NOT_RELEVANT),
    ]
    assert reflection.boundary_crossed is True
    assert reflection.boundary_action == "Warned once, then ended the call"
    assert reflection.carry_forward == "Offer the supervisor sooner"
    assert reflection.journal == "It was a lot.\n\nI am fine now."
    assert reflection.id


def test_each_reflection_gets_its_own_id_and_round_trips() -> None:
    first = build_reflection(full_draft(), call_id="call-1", now=NOW)
    second = build_reflection(full_draft(), call_id="call-1", now=NOW)
    assert first.id != second.id
    assert Reflection.from_dict(first.to_dict()) == first


def test_a_reflection_need_not_belong_to_a_call() -> None:
    reflection = build_reflection(ReflectionDraft(stress=3), call_id=None, now=NOW)
    assert reflection.call_id is None
    assert reflection.stress == 3
    assert reflection.emotions == ()
    assert reflection.steps == {}
    assert reflection.boundary_crossed is None


def test_step_ratings_may_be_given_as_their_ids() -> None:
    draft = ReflectionDraft(steps={"listen": "hard"})  # type: ignore[dict-item]
    reflection = build_reflection(draft, call_id=None, now=NOW)
    assert reflection.steps == {LastStep.LISTEN: StepRating.HARD}


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (ReflectionDraft(), "nothing filled in"),
        (ReflectionDraft(journal="  \n "), "nothing filled in"),
        (ReflectionDraft(stress=11), "stress: must be 0 to 10"),
        (ReflectionDraft(stress=-1), "stress: must be 0 to 10"),
        (ReflectionDraft(emotions=["happy"]), "emotion: unknown word 'happy'"),
        (ReflectionDraft(emotions="calm"), "emotions: expected a list"),
        (ReflectionDraft(caller_emotion="sleepy"), "caller_emotion: unknown word 'sleepy'"),
        (ReflectionDraft(steps={"greet": "well"}), "step: unknown value 'greet'"),  # type: ignore[dict-item]
        (ReflectionDraft(steps={LastStep.SOLVE: "meh"}), "rating: unknown value 'meh'"),  # type: ignore[dict-item]
        (ReflectionDraft(boundary_action="Hung up"), "boundary_action: only when"),
        (
            ReflectionDraft(boundary_crossed=False, boundary_action="Hung up"),
            "boundary_action: only when",
        ),
        (ReflectionDraft(carry_forward="a\nb"), "carry_forward: one line only"),
        (ReflectionDraft(caller_problem="x" * (LINE_MAX + 1)), "caller_problem: longer than"),
        (ReflectionDraft(journal="x" * (NOTE_MAX + 1)), "journal: longer than"),
    ],
)
def test_refuses_bad_input_in_one_line(draft: ReflectionDraft, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        build_reflection(draft, call_id="call-1", now=NOW)
    assert str(caught.value).startswith(message) or message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_refuses_a_time_without_an_offset_and_an_empty_call_id() -> None:
    with pytest.raises(InvalidInput, match="now: the time needs a UTC offset"):
        build_reflection(full_draft(), call_id=None, now=NOW.replace(tzinfo=None))
    with pytest.raises(InvalidInput, match="call id"):
        build_reflection(full_draft(), call_id=" ", now=NOW)


def test_limits_count_after_trimming() -> None:
    draft = ReflectionDraft(caller_problem=" " + "x" * LINE_MAX + " ")
    assert build_reflection(draft, call_id=None, now=NOW).caller_problem == "x" * LINE_MAX


# --- is_empty ------------------------------------------------------------------------


def test_an_untouched_draft_is_empty() -> None:
    assert is_empty(ReflectionDraft())
    assert is_empty(ReflectionDraft(caller_problem="  ", carry_forward="\n", journal="\t"))


@pytest.mark.parametrize(
    "draft",
    [
        ReflectionDraft(stress=0),
        ReflectionDraft(emotions=["calm"]),
        ReflectionDraft(caller_problem="billing"),
        ReflectionDraft(caller_emotion="worried"),
        ReflectionDraft(steps={LastStep.THANK: StepRating.NOT_RELEVANT}),
        ReflectionDraft(boundary_crossed=False),
        ReflectionDraft(boundary_crossed=True, boundary_action="warned"),
        ReflectionDraft(carry_forward="breathe first"),
        ReflectionDraft(journal="."),
    ],
)
def test_any_single_answer_is_something(draft: ReflectionDraft) -> None:
    assert not is_empty(draft)
    assert build_reflection(draft, call_id=None, now=NOW)


@given(
    st.builds(
        ReflectionDraft,
        stress=st.none() | st.integers(0, 10),
        emotions=st.lists(st.sampled_from(FEELINGS), max_size=4),
        caller_problem=st.text(max_size=20).filter(lambda t: "\n" not in t and "\r" not in t),
        caller_emotion=st.sampled_from(("", *CALLER_EMOTIONS)),
        steps=st.dictionaries(st.sampled_from(LastStep), st.sampled_from(StepRating)),
        boundary_crossed=st.none() | st.booleans(),
        carry_forward=st.sampled_from(("", " ", "slow down")),
        journal=st.text(max_size=40),
    )
)
def test_every_valid_non_empty_draft_builds_and_round_trips(draft: ReflectionDraft) -> None:
    if is_empty(draft):
        with pytest.raises(InvalidInput):
            build_reflection(draft, call_id="c", now=NOW)
        return
    reflection = build_reflection(draft, call_id="c", now=NOW)
    assert Reflection.from_dict(reflection.to_dict()) == reflection
    assert reflection.journal == reflection.journal.strip()


# --- last_call -----------------------------------------------------------------------


def test_last_call_is_the_most_recent_that_has_ended() -> None:
    calls = [call(30, id="a"), call(5, id="b"), call(60, id="c"), call(-1, id="future")]
    found = last_call(calls, NOW)
    assert found is not None
    assert found.id == "b"


def test_last_call_reaches_back_twelve_hours_and_no_further() -> None:
    assert timedelta(hours=12) == LAST_CALL_WINDOW
    edge = call(12 * 60, id="edge")
    found = last_call([edge], NOW)
    assert found is not None
    assert found.id == "edge"
    assert last_call([call(12 * 60 + 1, id="old")], NOW) is None
    assert last_call([], NOW) is None


def test_a_call_ending_exactly_now_counts_and_the_later_logged_wins_a_tie() -> None:
    found = last_call([call(0, id="first"), call(0, id="second")], NOW)
    assert found is not None
    assert found.id == "second"


def test_last_call_compares_moments_across_offsets() -> None:
    utc = Call.create(id="utc", ended_at=(NOW - timedelta(minutes=1)).astimezone(UTC), difficulty=1)
    local = call(2, id="local")
    found = last_call([utc, local], NOW)
    assert found is not None
    assert found.id == "utc"
