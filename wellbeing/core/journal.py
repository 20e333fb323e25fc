"""The journal: calls, reflections and breaks in one list, and its filters.

``entries(history)`` turns the records into ``Entry`` values, newest first;
``apply(entries, Filter(...))`` keeps those that match. The history window
shows the result and opens ``entry.record`` when one is chosen; deleting an
entry is deleting ``entry.record`` from the store's repository named
``STORE_KIND[entry.kind]`` and building the entries again.

An ``Entry`` is cheap to make: it holds what the filters test (day,
difficulty, tags, the searchable text folded once), so a list of 46,000
entries is built in a blink. It holds no words of its own: the window
composes its translated text from the structured fields (``ui.journal_text``),
and only the rows on screen pay for them.

Choices where the design was silent:

- **Day.** An entry's ``day`` is the date of its ``at`` in ``tz`` when
  given, else in the record's own UTC offset, as ``series.local_day``. A
  call's ``at`` is when it ended, a break's when it started.
- **Difficulty and tags.** A call has its own. A reflection takes those of
  the call it is linked to, when that call is in the history given; an
  unlinked reflection (or one whose call was deleted) has none. A break has
  none. So a difficulty or tag filter never shows a break, and shows a
  reflection exactly when it would show its call.
- **Filters combine with AND; inside one filter, any value matches (OR).**
  ``tags={angry, abusive}`` keeps an entry tagged angry, abusive or both:
  the chips answer "show me the calls that were angry or abusive", and
  narrowing further is what the other filters are for. An empty set, a None
  date and an empty text each mean "no filter on this".
- **Dates** are inclusive local days: ``start=end=today`` is today.
  ``start`` after ``end`` matches nothing.
- **Text** is matched case-insensitively (``str.casefold``, so "STRASSE"
  finds "Straße") as a substring of what the agent wrote: a call's note; a
  reflection's emotion words, the caller's problem and emotion, what was
  done about a boundary, the thing to carry forward, and the journal. The
  query is stripped of surrounding spaces. Breaks hold no words the agent
  wrote, so a text search never shows one; generated words (titles,
  pattern names, tag names) are not searched either, or "call" would match
  every call.
- **Order.** Newest first; at the same instant, reflections, then breaks,
  then calls (a reflection or a break at the very moment a call ended came
  after it), each kind in the history's order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum
from operator import attrgetter
from typing import NamedTuple, TypeVar

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import DIFFICULTY_MAX, DIFFICULTY_MIN
from wellbeing.core.history import History
from wellbeing.core.records import Break, Call, Reflection, Tag


class EntryKind(StrEnum):
    CALL = "call"
    REFLECTION = "reflection"
    BREAK = "break"


STORE_KIND: dict[EntryKind, str] = {
    EntryKind.CALL: "calls",
    EntryKind.REFLECTION: "reflections",
    EntryKind.BREAK: "breaks",
}
"""The store repository (``Store.calls`` …) that holds each kind of entry."""

DIFFICULTIES = frozenset(range(DIFFICULTY_MIN, DIFFICULTY_MAX + 1))
_AT = attrgetter("at")


class Entry(NamedTuple):
    """One line of the journal: immutable, and cheap to make by the ten thousand.

    ``record`` is the stored record behind it, to open or delete;
    ``call_id`` the call a reflection is linked to (None for calls, breaks
    and unlinked reflections). ``search_text`` is what the agent wrote in
    it (see the notes), folded for the text filter, fields joined by
    newlines. A named tuple rather than a
    frozen dataclass because it is made three times faster (50 ms less for
    46,000 entries, against a 300 ms budget to open the window); use the
    field names, not indexes.
    """

    kind: EntryKind
    id: str
    at: datetime
    day: date
    difficulty: int | None
    tags: tuple[Tag, ...]
    call_id: str | None
    record: Call | Reflection | Break
    search_text: str


def _texts(record: Call | Reflection | Break) -> tuple[str, ...]:
    if isinstance(record, Call):
        return (record.note,) if record.note else ()
    if isinstance(record, Reflection):
        values = (
            *record.emotions,
            record.caller_problem,
            record.caller_emotion,
            record.boundary_action,
            record.carry_forward,
            record.journal,
        )
        return tuple(value for value in values if value)
    return ()


def _folded(record: Call | Reflection | Break) -> str:
    return "\n".join(_texts(record)).casefold()


def entries(history: History, tz: tzinfo | None = None) -> list[Entry]:
    """Every call, reflection and break of ``history`` as an entry, newest first."""
    # Written for speed (46,000 entries on opening the window): names hoisted
    # into locals, one comprehension per kind, one sort on a C-level key.
    call_kind, reflection_kind, break_kind = EntryKind.CALL, EntryKind.REFLECTION, EntryKind.BREAK
    day = _day_in(tz)
    calls_by_id = {call.id: call for call in history.calls}
    calls = [
        Entry(
            call_kind,
            call.id,
            call.ended_at,
            day(call.ended_at),
            call.difficulty,
            call.tags,
            None,
            call,
            call.note.casefold() if call.note else "",
        )
        for call in history.calls
    ]
    reflections = []
    for reflection in history.reflections:
        linked = calls_by_id.get(reflection.call_id) if reflection.call_id else None
        reflections.append(
            Entry(
                reflection_kind,
                reflection.id,
                reflection.created_at,
                day(reflection.created_at),
                None if linked is None else linked.difficulty,
                () if linked is None else linked.tags,
                reflection.call_id,
                reflection,
                _folded(reflection),
            )
        )
    breaks = [
        Entry(
            break_kind, pause.id, pause.started_at, day(pause.started_at), None, (), None, pause, ""
        )
        for pause in history.breaks
    ]
    # The sort is stable, also reversed: at one instant the order given here
    # (reflections, breaks, calls) is kept.
    made = reflections + breaks + calls
    made.sort(key=_AT, reverse=True)
    return made


def _day_in(tz: tzinfo | None) -> Callable[[datetime], date]:
    if tz is None:
        return datetime.date
    return lambda moment: moment.astimezone(tz).date()


@dataclass(frozen=True, slots=True)
class Filter:
    """What the journal shows; the default shows everything.

    ``start`` and ``end`` are inclusive local days; ``difficulties``,
    ``tags`` and ``kinds`` keep entries with any of the values (empty: all);
    ``text`` is a case-insensitive substring of the agent's words. Unknown
    kinds and difficulties outside 1 to 5 are refused (``InvalidInput``):
    they could only come from a bug, and would silently show nothing.
    """

    start: date | None = None
    end: date | None = None
    difficulties: frozenset[int] = frozenset()
    tags: frozenset[Tag] = frozenset()
    text: str = ""
    kinds: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Plain strings are accepted and stored as the enum members they name.
        object.__setattr__(self, "kinds", _members(EntryKind, self.kinds, "kind"))
        object.__setattr__(self, "tags", _members(Tag, self.tags, "tag"))
        if not set(self.difficulties) <= DIFFICULTIES:
            raise InvalidInput(f"journal filter: difficulties must be 1 to 5: {self.difficulties}")

    @property
    def is_empty(self) -> bool:
        """Whether the filter keeps every entry."""
        return (
            not (self.start or self.end or self.difficulties or self.tags or self.kinds)
            and not self.text.strip()
        )

    def matches(self, entry: Entry) -> bool:
        """Whether one entry passes; ``apply`` is the fast way for many."""
        return bool(apply((entry,), self))


E = TypeVar("E", bound=StrEnum)


def _members(kind: type[E], values: Iterable[str], name: str) -> frozenset[E]:
    members = set()
    for value in values:
        member = kind._value2member_map_.get(value)
        if not isinstance(member, kind):
            raise InvalidInput(f"journal filter: unknown {name} {value!r}")
        members.add(member)
    return frozenset(members)


def apply(entries: Iterable[Entry], flt: Filter) -> list[Entry]:
    """The entries that pass ``flt``, in the order given."""
    start, end = flt.start, flt.end
    difficulties, tags, kinds = flt.difficulties, flt.tags, flt.kinds
    needle = flt.text.strip().casefold()
    result = list(entries)
    # One pass per active filter: each is a tight comprehension over a list
    # that the previous ones have already narrowed.
    if kinds:
        result = [e for e in result if e.kind in kinds]
    if start is not None:
        result = [e for e in result if e.day >= start]
    if end is not None:
        result = [e for e in result if e.day <= end]
    if difficulties:
        result = [e for e in result if e.difficulty in difficulties]
    if tags:
        result = [e for e in result if not tags.isdisjoint(e.tags)]
    if needle:
        result = [e for e in result if needle in e.search_text]
    return result
