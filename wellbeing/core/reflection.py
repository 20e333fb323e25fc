"""The post-call reflection: its vocabularies, the draft a dialog fills, and
the rules for turning that draft into a stored ``Reflection``.

DESIGN.md, Reflection: short and optional, after any call, offered after
escalated ones. Everything here is pure; the dialog shows it and the store
keeps what ``build_reflection`` returns.

Choices where the design was silent:

- The agent's feelings (``FEELINGS``) and the caller's emotion
  (``CALLER_EMOTIONS``) are fixed vocabularies of stable ids, so the
  history can count and filter them and a translation never changes what
  was stored. The agent may pick any number of feelings (stored in the
  vocabulary's order, without repeats); the caller's emotion is one id or
  nothing, because ``Reflection.caller_emotion`` is one word.
- A draft with nothing filled in (``is_empty``) is not a reflection:
  ``build_reflection`` refuses it and the dialog just closes. Any answer
  counts as something, "no line was crossed" and "not relevant" included.
- Text is trimmed at both ends. The one-line answers are capped at
  ``LINE_MAX`` characters, the journal at ``records.NOTE_MAX``; a longer
  text is refused rather than cut, so nothing the agent wrote is silently
  lost.
- "What did you do?" belongs to a crossed line: text there with the
  boundary answer other than yes is refused. The dialog sends it only on
  yes, and keeps what was typed while the answer is no.
- When a reflection is offered is the prompt policy's rule
  (``core.policy``: after a severe or an escalated call), not this module's.
- "Reflect on the last call" from the menu means the most recent call that
  ended at or before ``now`` and within ``LAST_CALL_WINDOW`` (12 hours,
  about the longest shift): a call from yesterday's shift is not "the last
  call" any more, and the menu offers a reflection with no call instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import (
    NOTE_MAX,
    STRESS_MAX,
    STRESS_MIN,
    parse_enum,
    parse_optional_int,
    parse_text,
    parse_time,
)
from wellbeing.core.records import Call, LastStep, Reflection, StepRating, new_id

FEELINGS: tuple[str, ...] = (
    "calm",
    "relieved",
    "proud",
    "tired",
    "frustrated",
    "angry",
    "anxious",
    "sad",
    "shaken",
    "numb",
    "hurt",
    "disrespected",
)
"""How the agent feels after the call, as stable ids (the dialog's chips)."""

CALLER_EMOTIONS: tuple[str, ...] = (
    "angry",
    "frustrated",
    "worried",
    "confused",
    "upset",
    "desperate",
    "rude",
)
"""What the caller seemed to feel: the emotional half of "the total problem"."""

LINE_MAX = 500
"""The longest one-line answer: a sentence or two, never an essay."""

LAST_CALL_WINDOW = timedelta(hours=12)
"""How far back "the last call" reaches (see the module docstring)."""

STEPS: tuple[LastStep, ...] = tuple(LastStep)
"""Listen, Acknowledge, Solve, Thank, in the order they happen."""


@dataclass(slots=True)
class ReflectionDraft:
    """What the dialog holds: every answer optional, nothing validated yet."""

    stress: int | None = None
    emotions: Sequence[str] = ()
    caller_problem: str = ""
    caller_emotion: str = ""
    steps: Mapping[LastStep, StepRating] = field(default_factory=dict)
    boundary_crossed: bool | None = None
    boundary_action: str = ""
    carry_forward: str = ""
    journal: str = ""


def is_empty(draft: ReflectionDraft) -> bool:
    """Whether nothing at all was filled in (whitespace counts as nothing)."""
    texts = (
        draft.caller_problem,
        draft.caller_emotion,
        draft.boundary_action,
        draft.carry_forward,
        draft.journal,
    )
    return (
        draft.stress is None
        and not draft.emotions
        and not draft.steps
        and draft.boundary_crossed is None
        and not any(text.strip() for text in texts)
    )


def build_reflection(draft: ReflectionDraft, *, call_id: str | None, now: datetime) -> Reflection:
    """Validate and trim a draft into a ``Reflection`` created at ``now``.

    Raises InvalidInput, with one line naming the answer, for an empty
    draft, an unknown word, a stress off the 0–10 scale, a text too long,
    or an action without a crossed line.
    """
    if is_empty(draft):
        raise InvalidInput("reflection: nothing filled in")
    if call_id is not None and (not isinstance(call_id, str) or not call_id.strip()):
        raise InvalidInput(f"call id: expected the id of a call, got {call_id!r}")
    crossed = draft.boundary_crossed
    if crossed is not None and not isinstance(crossed, bool):
        raise InvalidInput(f"boundary_crossed: expected yes, no or nothing, got {crossed!r}")
    action = _line(draft.boundary_action, "boundary_action")
    if action and crossed is not True:
        raise InvalidInput("boundary_action: only when a line was crossed")
    caller_emotion = _trimmed(draft.caller_emotion, "caller_emotion")
    if caller_emotion and caller_emotion not in CALLER_EMOTIONS:
        raise InvalidInput(_unknown("caller_emotion", caller_emotion, CALLER_EMOTIONS))
    return Reflection(
        id=new_id(),
        created_at=parse_time(now, "now"),
        call_id=call_id,
        stress=parse_optional_int(draft.stress, "stress", STRESS_MIN, STRESS_MAX),
        emotions=_feelings(draft.emotions),
        caller_problem=_line(draft.caller_problem, "caller_problem"),
        caller_emotion=caller_emotion,
        steps=_steps(draft.steps),
        boundary_crossed=crossed,
        boundary_action=action,
        carry_forward=_line(draft.carry_forward, "carry_forward"),
        journal=parse_text(_trimmed(draft.journal, "journal"), "journal", limit=NOTE_MAX),
    )


def last_call(calls: Iterable[Call], now: datetime) -> Call | None:
    """The most recent call that ended at or before ``now``, within the window.

    Of calls that ended at the same moment, the one given last wins: the
    store returns calls in the order they were logged.
    """
    start = now - LAST_CALL_WINDOW
    found: Call | None = None
    for call in calls:
        if start <= call.ended_at <= now and (found is None or call.ended_at >= found.ended_at):
            found = call
    return found


# --- helpers -------------------------------------------------------------------


def _trimmed(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{name}: expected text, got {value!r}")
    return value.strip()


def _line(value: Any, name: str) -> str:
    text = _trimmed(value, name)
    if "\n" in text or "\r" in text:
        raise InvalidInput(f"{name}: one line only")
    return parse_text(text, name, limit=LINE_MAX)


def _unknown(name: str, value: Any, allowed: Iterable[str]) -> str:
    return f"{name}: unknown word {value!r} (one of: {', '.join(allowed)})"


_FEELING_ORDER = {word: index for index, word in enumerate(FEELINGS)}


def _feelings(words: Iterable[Any]) -> tuple[str, ...]:
    if isinstance(words, str | bytes):
        raise InvalidInput(f"emotions: expected a list of words, got {words!r}")
    chosen: set[str] = set()
    for word in words:
        if not isinstance(word, str) or word not in _FEELING_ORDER:
            raise InvalidInput(_unknown("emotion", word, FEELINGS))
        chosen.add(word)
    return tuple(sorted(chosen, key=_FEELING_ORDER.__getitem__))


def _steps(steps: Mapping[Any, Any]) -> dict[LastStep, StepRating]:
    if not isinstance(steps, Mapping):
        raise InvalidInput(f"steps: expected a rating per step, got {steps!r}")
    rated = {
        parse_enum(LastStep, step, "step"): parse_enum(StepRating, rating, "rating")
        for step, rating in steps.items()
    }
    return {step: rated[step] for step in STEPS if step in rated}
