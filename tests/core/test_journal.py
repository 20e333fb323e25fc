"""The journal: one list of calls, reflections and breaks, and its filters."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.journal import STORE_KIND, Entry, EntryKind, Filter, apply, entries
from wellbeing.core.records import Break, BreakOutcome, Call, Reflection, Tag

CET = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 16, tzinfo=CET)
_ids = count()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


def call(when: datetime, difficulty: int, *tags: Tag, note: str | None = None) -> Call:
    return Call.create(
        id=f"c{next(_ids)}", ended_at=when, difficulty=difficulty, tags=tags, note=note
    )


def reflection(when: datetime, linked: Call | None = None, **texts: str) -> Reflection:
    return Reflection(
        id=f"r{next(_ids)}",
        created_at=when,
        call_id=None if linked is None else linked.id,
        **texts,  # type: ignore[arg-type]
    )


def pause(when: datetime, completed: bool = True) -> Break:
    return Break(
        id=f"b{next(_ids)}",
        started_at=when,
        pattern="box",
        planned_s=128,
        completed_s=128 if completed else 20,
        outcome=BreakOutcome.COMPLETED if completed else BreakOutcome.SKIPPED,
        stress_before=7,
        stress_after=4 if completed else None,
    )


def ids(found: list[Entry]) -> list[str]:
    return [entry.id for entry in found]


# --- entries -------------------------------------------------------------------


def test_entries_are_newest_first_with_reflections_inheriting_their_call() -> None:
    hard = call(at(0, 9), 4, Tag.ANGRY, Tag.ESCALATED, note="Refund again")
    easy = call(at(0, 10), 1)
    thought = reflection(at(0, 9, 5), hard, journal="Felt blamed")
    loose = reflection(at(1, 9), journal="Just a bad day")
    gone = reflection(at(1, 10), Call.create(id="deleted", ended_at=at(0, 8), difficulty=5))
    breath = pause(at(0, 9, 2))
    journal = entries(
        History.of(calls=[hard, easy], reflections=[thought, loose, gone], breaks=[breath])
    )
    assert ids(journal) == [gone.id, loose.id, easy.id, thought.id, breath.id, hard.id]
    by_id = {entry.id: entry for entry in journal}

    assert by_id[hard.id].kind is EntryKind.CALL
    assert by_id[hard.id].difficulty == 4
    assert by_id[hard.id].tags == (Tag.ANGRY, Tag.ESCALATED)
    assert by_id[hard.id].search_text == "refund again"
    assert by_id[hard.id].record is hard

    assert by_id[thought.id].kind is EntryKind.REFLECTION
    assert by_id[thought.id].difficulty == 4
    assert by_id[thought.id].tags == (Tag.ANGRY, Tag.ESCALATED)
    assert by_id[thought.id].call_id == hard.id

    for unlinked in (loose, gone):  # no call, or its call is not in the history
        assert by_id[unlinked.id].difficulty is None
        assert by_id[unlinked.id].tags == ()

    assert by_id[breath.id].kind is EntryKind.BREAK
    assert (by_id[breath.id].difficulty, by_id[breath.id].tags) == (None, ())
    assert by_id[breath.id].search_text == ""


def test_entries_at_one_instant_keep_a_stable_order() -> None:
    moment = at(0, 9)
    first_call, thought, breath = call(moment, 2), reflection(moment), pause(moment)
    journal = entries(History.of(calls=[first_call], reflections=[thought], breaks=[breath]))
    assert ids(journal) == [thought.id, breath.id, first_call.id]


def test_entry_day_is_local_to_the_record_unless_a_zone_is_given() -> None:
    late = call(datetime(2026, 11, 16, 23, 30, tzinfo=CET), 1)
    assert entries(History.of(calls=[late]))[0].day == date(2026, 11, 16)
    plus_two = timezone(timedelta(hours=2))
    assert entries(History.of(calls=[late]), plus_two)[0].day == date(2026, 11, 17)


def test_store_kind_names_a_repository_for_every_kind() -> None:
    assert STORE_KIND == {
        EntryKind.CALL: "calls",
        EntryKind.REFLECTION: "reflections",
        EntryKind.BREAK: "breaks",
    }


# --- filters, by hand -------------------------------------------------------------


def sample() -> tuple[History, dict[str, str]]:
    """A week of records, and the id of each by a short name."""
    records = {
        "angry_mon": call(at(0, 9), 3, Tag.ANGRY, note="Shouted about the REFUND"),
        "abusive_tue": call(at(1, 9), 5, Tag.ABUSIVE, Tag.ESCALATED),
        "routine_tue": call(at(1, 10), 1, Tag.RESOLVED),
        "angry_thu": call(at(3, 23, 59), 4, Tag.ANGRY, Tag.LONG),
        "angry_fri": call(at(4, 0, 1), 2, Tag.ANGRY),
        "plain_fri": call(at(4, 9), 2, note="refund sorted"),
    }
    calls = list(records.values())
    reflections = {
        "on_abusive": reflection(
            at(1, 9, 5),
            records["abusive_tue"],
            journal="He threatened me",
            caller_emotion="Furious",
        ),
        "on_angry_thu": reflection(
            at(4, 0, 10), records["angry_thu"], carry_forward="Refund rules"
        ),
        "alone": reflection(at(2, 12), journal="Straße closed, late to work"),
    }
    breaks = {"break_tue": pause(at(1, 9, 2)), "break_fri": pause(at(4, 10), completed=False)}
    history = History.of(calls=calls, reflections=reflections.values(), breaks=breaks.values())
    named = {
        name: record.id
        for group in (records, reflections, breaks)
        for name, record in group.items()
    }
    return history, named


def kept(flt: Filter) -> set[str]:
    history, named = sample()
    by_id = {record_id: name for name, record_id in named.items()}
    return {by_id[entry.id] for entry in apply(entries(history), flt)}


def test_a_tag_and_a_date_range_keep_exactly_the_matching_entries() -> None:
    flt = Filter(start=date(2026, 11, 17), end=date(2026, 11, 19), tags=frozenset({Tag.ANGRY}))
    assert kept(flt) == {"angry_thu"}
    flt = Filter(start=date(2026, 11, 19), end=date(2026, 11, 20), tags=frozenset({Tag.ANGRY}))
    assert kept(flt) == {"angry_thu", "angry_fri", "on_angry_thu"}


def test_several_tags_keep_entries_with_any_of_them() -> None:
    flt = Filter(tags=frozenset({Tag.ABUSIVE, Tag.LONG}))
    assert kept(flt) == {"abusive_tue", "on_abusive", "angry_thu", "on_angry_thu"}


def test_the_date_range_is_inclusive_local_days() -> None:
    assert kept(Filter(start=date(2026, 11, 19), end=date(2026, 11, 19))) == {"angry_thu"}
    assert kept(Filter(start=date(2026, 11, 20))) == {
        "angry_fri",
        "plain_fri",
        "on_angry_thu",
        "break_fri",
    }
    assert kept(Filter(end=date(2026, 11, 16))) == {"angry_mon"}
    assert kept(Filter(start=date(2026, 11, 20), end=date(2026, 11, 19))) == set()


def test_difficulty_keeps_calls_and_their_reflections_never_breaks() -> None:
    assert kept(Filter(difficulties=frozenset({4, 5}))) == {
        "abusive_tue",
        "on_abusive",
        "angry_thu",
        "on_angry_thu",
    }
    assert kept(Filter(difficulties=frozenset({1}))) == {"routine_tue"}


def test_text_search_is_case_insensitive_over_what_the_agent_wrote() -> None:
    assert kept(Filter(text="refund")) == {"angry_mon", "plain_fri", "on_angry_thu"}
    assert kept(Filter(text="  REFUND ")) == {"angry_mon", "plain_fri", "on_angry_thu"}
    assert kept(Filter(text="furious")) == {"on_abusive"}
    assert kept(Filter(text="STRASSE")) == {"alone"}
    assert kept(Filter(text="box")) == set()  # a pattern name is not the agent's words
    assert kept(Filter(text="angry")) == set()  # nor is a tag


def test_kinds_and_combined_filters() -> None:
    assert kept(Filter(kinds=frozenset({"break"}))) == {"break_tue", "break_fri"}
    flt = Filter(
        kinds=frozenset({EntryKind.CALL}),
        tags=frozenset({Tag.ANGRY}),
        text="refund",
        start=date(2026, 11, 16),
    )
    assert kept(flt) == {"angry_mon"}


def test_an_empty_filter_keeps_everything_in_order() -> None:
    history, _ = sample()
    journal = entries(history)
    assert Filter().is_empty
    assert Filter(text="  ").is_empty
    assert not Filter(kinds=frozenset({"call"})).is_empty
    assert apply(journal, Filter()) == journal


def test_filter_takes_plain_strings_and_refuses_unknown_values() -> None:
    flt = Filter(tags=frozenset({"angry"}), kinds=frozenset({"call"}))  # type: ignore[arg-type]
    assert flt.tags == frozenset({Tag.ANGRY})
    assert flt.kinds == frozenset({EntryKind.CALL})
    assert kept(flt) == {"angry_mon", "angry_thu", "angry_fri"}
    with pytest.raises(InvalidInput, match="kind"):
        Filter(kinds=frozenset({"note"}))
    with pytest.raises(InvalidInput, match="tag"):
        Filter(tags=frozenset({"rude"}))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="difficulties"):
        Filter(difficulties=frozenset({0}))


def test_matches_tells_one_entry() -> None:
    history, named = sample()
    angry = next(e for e in entries(history) if e.id == named["angry_mon"])
    assert Filter(tags=frozenset({Tag.ANGRY})).matches(angry)
    assert not Filter(kinds=frozenset({"break"})).matches(angry)


# --- filters, against brute force ----------------------------------------------------

WORDS = st.text(alphabet="aAbBßS ", max_size=6)
TAG_SETS = st.frozensets(st.sampled_from(list(Tag)), max_size=3)
DAYS = st.integers(0, 6)


@st.composite
def histories(draw: st.DrawFn) -> History:
    zones = st.sampled_from([CET, UTC, timezone(timedelta(hours=-5))])
    moments = st.builds(
        lambda day, minute, zone: (at(day, 0) + timedelta(minutes=minute)).astimezone(zone),
        DAYS,
        st.integers(0, 24 * 60 - 1),
        zones,
    )
    calls = draw(
        st.lists(
            st.builds(
                lambda when, difficulty, tags, note: call(when, difficulty, *tags, note=note),
                moments,
                st.integers(1, 5),
                TAG_SETS,
                st.none() | WORDS,
            ),
            max_size=12,
        )
    )
    reflections = draw(
        st.lists(
            st.builds(
                lambda when, linked, journal, emotion: reflection(
                    when, linked, journal=journal, caller_emotion=emotion
                ),
                moments,
                st.none() | st.sampled_from(calls) if calls else st.none(),
                WORDS,
                WORDS,
            ),
            max_size=6,
        )
    )
    breaks = draw(st.lists(st.builds(pause, moments, st.booleans()), max_size=4))
    return History.of(calls=calls, reflections=reflections, breaks=breaks)


filters = st.builds(
    Filter,
    start=st.none() | DAYS.map(lambda n: date(2026, 11, 16) + timedelta(days=n)),
    end=st.none() | DAYS.map(lambda n: date(2026, 11, 16) + timedelta(days=n)),
    difficulties=st.frozensets(st.integers(1, 5), max_size=3),
    tags=TAG_SETS,
    text=st.just("") | WORDS,
    kinds=st.frozensets(st.sampled_from(["call", "reflection", "break"]), max_size=2),
)


def brute_force(history: History, flt: Filter) -> set[str]:
    """What the filter should keep, worked out from the records themselves."""
    calls = {c.id: c for c in history.calls}
    needle = flt.text.strip().casefold()
    found = set()
    records: list[Call | Reflection | Break] = [
        *history.calls,
        *history.reflections,
        *history.breaks,
    ]
    for record in records:
        texts: list[str]
        difficulty: int | None
        if isinstance(record, Call):
            kind, difficulty, tags = "call", record.difficulty, set(record.tags)
            texts = [record.note or ""]
        elif isinstance(record, Reflection):
            linked = calls.get(record.call_id or "")
            kind = "reflection"
            difficulty = linked.difficulty if linked else None
            tags = set(linked.tags) if linked else set()
            texts = [record.journal, record.caller_emotion]
        else:
            kind, difficulty, tags, texts = "break", None, set(), []
        day = record.at.date()
        if (
            (not flt.kinds or kind in flt.kinds)
            and (flt.start is None or day >= flt.start)
            and (flt.end is None or day <= flt.end)
            and (not flt.difficulties or difficulty in flt.difficulties)
            and (not flt.tags or bool(tags & flt.tags))
            and (not needle or any(needle in text.casefold() for text in texts))
        ):
            found.add(record.id)
    return found


@settings(max_examples=300, deadline=None)
@given(histories(), filters)
def test_apply_keeps_exactly_what_brute_force_keeps(history: History, flt: Filter) -> None:
    journal = entries(history)
    result = apply(journal, flt)
    assert {entry.id for entry in result} == brute_force(history, flt)
    assert result == [entry for entry in journal if entry in result]  # order kept
    assert all(flt.matches(entry) == (entry in result) for entry in journal)
