"""The records an agent's history is made of, and their one JSON shape.

Records are frozen dataclasses so that a policy can never change history
behind the store's back. Each kind knows how to turn itself into the plain
dict that is stored and exported (``to_dict``) and how to come back from one
(``from_dict``), validating every field: the store, the export file and the
command line all go through the same gate, so bad input is refused in one
place with one clear message.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import (
    DIFFICULTY_MAX,
    DIFFICULTY_MIN,
    MAX_DURATION_S,
    STRESS_MAX,
    STRESS_MIN,
    check_window,
    parse_enum,
    parse_json_int,
    parse_optional_int,
    parse_optional_json_int,
    parse_optional_text,
    parse_tags,
    parse_text,
    parse_time,
    record_id,
)
from wellbeing.core.reasons import Reason
from wellbeing.core.shapes import check_record as _gate
from wellbeing.core.tags import Tag as Tag  # re-exported: records speak of tags


class Source(StrEnum):
    TRAY = "tray"
    POPUP = "popup"
    HOTKEY = "hotkey"
    CLI = "cli"
    API = "api"
    IMPORT = "import"
    DETECTED = "detected"  # the microphone sensor saw the call end


class BreakOutcome(StrEnum):
    """How a break ended. Only ``completed`` resets the streak."""

    COMPLETED = "completed"
    SKIPPED = "skipped"


class PromptKind(StrEnum):
    RESET = "reset"  # short breathing reset after a severe call
    BREAK = "break"  # the streak reached the threshold
    REFLECT = "reflect"  # after an escalated call
    MICRO_BREAK = "micro_break"
    CHECKIN = "checkin"
    WIND_DOWN = "wind_down"


class PromptOutcome(StrEnum):
    TAKEN = "taken"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    EXPIRED = "expired"


class StepRating(StrEnum):
    """How one step of Listen–Acknowledge–Solve–Thank went."""

    WELL = "well"
    HARD = "hard"
    NOT_RELEVANT = "not_relevant"


class LastStep(StrEnum):
    LISTEN = "listen"
    ACKNOWLEDGE = "acknowledge"
    SOLVE = "solve"
    THANK = "thank"


def new_id() -> str:
    """A random id: unique across machines, so imports can merge by id."""
    return uuid.uuid4().hex


# --- records ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Call:
    """One call, logged when it ended; ``difficulty`` None is an unrated call
    (DESIGN.md, Calls), which ``core.rating.rate`` rates later."""

    id: str
    ended_at: datetime
    difficulty: int | None
    tags: tuple[Tag, ...] = ()
    duration_s: int | None = None
    note: str | None = None
    source: Source = Source.TRAY

    @property
    def at(self) -> datetime:
        return self.ended_at

    @classmethod
    def create(
        cls,
        *,
        ended_at: datetime,
        difficulty: Any,
        tags: Iterable[Any] = (),
        duration_s: Any = None,
        note: Any = None,
        source: Any = Source.TRAY,
        id: str | None = None,
        now: datetime | None = None,
    ) -> Call:
        """Validate loose input (from a click, a script, a file) into a call.

        ``difficulty`` and ``duration_s`` may be text typed by a person;
        ``difficulty`` None makes an unrated call. ``now`` is when the call
        enters the store (core.fields, time window).
        """
        return cls(
            id=record_id(id, "call") if id is not None else new_id(),
            ended_at=parse_time(ended_at, "ended_at", now=now),
            difficulty=parse_optional_int(difficulty, "difficulty", DIFFICULTY_MIN, DIFFICULTY_MAX),
            tags=parse_tags(tags),
            duration_s=parse_optional_int(duration_s, "duration", 0, MAX_DURATION_S),
            note=parse_optional_text(note, "note"),
            source=parse_enum(Source, source, "source"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ended_at": self.ended_at.isoformat(),
            "difficulty": self.difficulty,
            "tags": [tag.value for tag in self.tags],
            "duration_s": self.duration_s,
            "note": self.note,
            "source": self.source.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], now: datetime | None = None) -> Call:
        """A call from its JSON form; ``now`` is when it enters the store, if it does."""
        _gate(data, cls, ("id", "ended_at", "difficulty"), now)
        return cls.create(
            id=data["id"],
            ended_at=data["ended_at"],
            difficulty=parse_optional_json_int(
                data["difficulty"], "difficulty", DIFFICULTY_MIN, DIFFICULTY_MAX
            ),
            tags=data.get("tags", ()),
            duration_s=parse_optional_json_int(
                data.get("duration_s"), "duration_s", 0, MAX_DURATION_S
            ),
            note=data.get("note"),
            source=data.get("source", Source.TRAY),
            now=now,
        )


@dataclass(frozen=True, slots=True)
class Break:
    """A breathing break, taken or left early.

    ``completed_s`` is how long the agent actually breathed; ``planned_s``
    what they set out to do. ``trigger`` is the prompt kind that offered it,
    or ``manual`` when the agent started it from the menu.
    """

    id: str
    started_at: datetime
    pattern: str
    planned_s: int
    completed_s: int
    outcome: BreakOutcome
    trigger: str = "manual"
    stress_before: int | None = None
    stress_after: int | None = None

    @property
    def at(self) -> datetime:
        return self.started_at

    @property
    def ended_at(self) -> datetime:
        return self.started_at + timedelta(seconds=self.completed_s)

    @property
    def completed(self) -> bool:
        return self.outcome is BreakOutcome.COMPLETED

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "pattern": self.pattern,
            "planned_s": self.planned_s,
            "completed_s": self.completed_s,
            "outcome": self.outcome.value,
            "trigger": self.trigger,
            "stress_before": self.stress_before,
            "stress_after": self.stress_after,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], now: datetime | None = None) -> Break:
        """A break from its JSON form; it must also end within the time window."""
        _gate(data, cls, ("id", "started_at", "pattern", "planned_s", "completed_s"), now)
        taken = cls(
            id=record_id(data["id"], "break"),
            started_at=parse_time(data["started_at"], "started_at", now=now),
            pattern=parse_text(data["pattern"], "pattern", limit=32),
            planned_s=parse_json_int(data["planned_s"], "planned_s", 0, 3600),
            completed_s=parse_json_int(data["completed_s"], "completed_s", 0, 3600),
            outcome=parse_enum(BreakOutcome, data.get("outcome", "completed"), "outcome"),
            trigger=parse_text(data.get("trigger", "manual"), "trigger", limit=32),
            stress_before=parse_optional_json_int(
                data.get("stress_before"), "stress_before", STRESS_MIN, STRESS_MAX
            ),
            stress_after=parse_optional_json_int(
                data.get("stress_after"), "stress_after", STRESS_MIN, STRESS_MAX
            ),
        )
        check_window(taken.ended_at, "break end", now)
        return taken


@dataclass(frozen=True, slots=True)
class Prompt:
    """A prompt the app offered, and (once known) what the agent did with it.

    ``reason`` says why it appeared as a code and its numbers
    (core.reasons.Reason), which the UI words in the agent's language.
    """

    id: str
    kind: PromptKind
    created_at: datetime
    reason: Reason
    severe: bool = False
    call_id: str | None = None
    outcome: PromptOutcome | None = None
    resolved_at: datetime | None = None

    @property
    def at(self) -> datetime:
        return self.created_at

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "created_at": self.created_at.isoformat(),
            "reason": self.reason.to_dict(),
            "severe": self.severe,
            "call_id": self.call_id,
            "outcome": self.outcome.value if self.outcome else None,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], now: datetime | None = None) -> Prompt:
        _gate(data, cls, ("id", "kind", "created_at"), now)
        outcome = data.get("outcome")
        resolved = data.get("resolved_at")
        return cls(
            id=record_id(data["id"], "prompt"),
            kind=parse_enum(PromptKind, data["kind"], "kind"),
            created_at=parse_time(data["created_at"], "created_at"),
            reason=Reason.from_stored(data.get("reason", "")),
            severe=bool(data.get("severe", False)),
            call_id=None if data.get("call_id") is None else record_id(data["call_id"], "call"),
            outcome=None if outcome is None else parse_enum(PromptOutcome, outcome, "outcome"),
            resolved_at=None if resolved is None else parse_time(resolved, "resolved_at"),
        )


@dataclass(frozen=True, slots=True)
class Reflection:
    """A short reflection after a call: private, every field optional."""

    id: str
    created_at: datetime
    call_id: str | None = None
    stress: int | None = None
    emotions: tuple[str, ...] = ()
    caller_problem: str = ""
    caller_emotion: str = ""
    steps: Mapping[LastStep, StepRating] = field(default_factory=dict)
    boundary_crossed: bool | None = None
    boundary_action: str = ""
    carry_forward: str = ""
    journal: str = ""

    @property
    def at(self) -> datetime:
        return self.created_at

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "call_id": self.call_id,
            "stress": self.stress,
            "emotions": list(self.emotions),
            "caller_problem": self.caller_problem,
            "caller_emotion": self.caller_emotion,
            "steps": {step.value: rating.value for step, rating in self.steps.items()},
            "boundary_crossed": self.boundary_crossed,
            "boundary_action": self.boundary_action,
            "carry_forward": self.carry_forward,
            "journal": self.journal,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], now: datetime | None = None) -> Reflection:
        _gate(data, cls, ("id", "created_at"), now)
        steps_in = data.get("steps") or {}
        if not isinstance(steps_in, Mapping):
            raise InvalidInput("steps: expected an object")
        emotions = data.get("emotions") or []
        if not isinstance(emotions, list):
            raise InvalidInput("emotions: expected a list")
        crossed = data.get("boundary_crossed")
        if crossed is not None and not isinstance(crossed, bool):
            raise InvalidInput("boundary_crossed: expected true, false or null")
        return cls(
            id=record_id(data["id"], "reflection"),
            created_at=parse_time(data["created_at"], "created_at"),
            call_id=None if data.get("call_id") is None else record_id(data["call_id"], "call"),
            stress=parse_optional_json_int(data.get("stress"), "stress", STRESS_MIN, STRESS_MAX),
            emotions=tuple(parse_text(word, "emotion", limit=40) for word in emotions),
            caller_problem=parse_text(data.get("caller_problem", ""), "caller_problem"),
            caller_emotion=parse_text(data.get("caller_emotion", ""), "caller_emotion"),
            steps={
                parse_enum(LastStep, step, "step"): parse_enum(StepRating, rating, "rating")
                for step, rating in steps_in.items()
            },
            boundary_crossed=crossed,
            boundary_action=parse_text(data.get("boundary_action", ""), "boundary_action"),
            carry_forward=parse_text(data.get("carry_forward", ""), "carry_forward"),
            journal=parse_text(data.get("journal", ""), "journal"),
        )


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A weekly check-in: the answer to each item (0, 25, 50, 75 or 100).

    Only answers are stored; part scores are derived (core.checkin), so a
    change to the scoring rule never leaves stale numbers behind.
    """

    id: str
    created_at: datetime
    answers: Mapping[str, int] = field(default_factory=dict)

    @property
    def at(self) -> datetime:
        return self.created_at

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "answers": dict(self.answers),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], now: datetime | None = None) -> CheckIn:
        _gate(data, cls, ("id", "created_at"), now)
        answers = data.get("answers") or {}
        if not isinstance(answers, Mapping):
            raise InvalidInput("answers: expected an object")
        from wellbeing.core.checkin import validate_answers  # checkin builds on records

        return cls(
            id=record_id(data["id"], "checkin"),
            created_at=parse_time(data["created_at"], "created_at"),
            answers=validate_answers(answers),
        )


Record = Call | Break | Prompt | Reflection | CheckIn
