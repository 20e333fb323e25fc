"""The weekly check-in: items, answer scale and scoring.

Three parts (personal exhaustion, work-related exhaustion, customer-related
strain), each answered on a five-step frequency scale scored 0 to 100, a
part's score the mean of its items, 50 or more the high band. The structure
follows the Copenhagen Burnout Inventory; the wording is the project's own,
and the app shows ``DISCLAIMER`` with every score.

Choices where the design was silent:

- Four items per part, so the check-in takes about a minute.
- Answers are optional. A part is scored only when at least
  ``MIN_ANSWERS_PER_PART`` (3) of its 4 items are answered; with fewer its
  score is ``None`` rather than a mean of one or two answers that would say
  more about the item than about the week. The CBI's own rule is similar (a
  scale is scored when at least half its items are answered); ours is a
  little stricter because our parts are shorter.
- Scores are rounded to one decimal, the precision a pulse carries. Answers
  are multiples of 25, so a mean of 3 or 4 of them is never within 0.05 of
  50: rounding never moves a score across the high band.
- Unknown item ids and values off the scale are refused, not skipped: a
  check-in is short enough that any such answer is a bug or a bad import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.records import CheckIn


class Part(StrEnum):
    PERSONAL = "personal"
    WORK = "work"
    CUSTOMER = "customer"


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    part: Part
    text: str


ITEMS: tuple[Item, ...] = (
    Item("p1", Part.PERSONAL, "How often do you feel worn out?"),
    Item("p2", Part.PERSONAL, "How often do you feel physically drained?"),
    Item("p3", Part.PERSONAL, "How often do you feel emotionally drained?"),
    Item("p4", Part.PERSONAL, "How often do you think: I can't take any more of this?"),
    Item("w1", Part.WORK, "Does your work leave you drained at the end of the day?"),
    Item("w2", Part.WORK, "Do you dread the thought of your next shift?"),
    Item("w3", Part.WORK, "Do you feel that every working hour tires you?"),
    Item("w4", Part.WORK, "After work, is there too little energy left for family and friends?"),
    Item("c1", Part.CUSTOMER, "Does callers' frustration wear you down?"),
    Item("c2", Part.CUSTOMER, "Do you find it hard to handle calls?"),
    Item("c3", Part.CUSTOMER, "Do you feel you give more to callers than you get back?"),
    Item("c4", Part.CUSTOMER, "Are you tired of dealing with callers?"),
)
"""Every item, in the order the dialog asks them."""

ITEMS_BY_ID: dict[str, Item] = {item.id: item for item in ITEMS}

SCALE: tuple[tuple[int, str], ...] = (
    (0, "Never or almost never"),
    (25, "Seldom"),
    (50, "Sometimes"),
    (75, "Often"),
    (100, "Always"),
)
"""The answer scale: the stored value and its English label."""

SCALE_VALUES = frozenset(value for value, _ in SCALE)
MIN_ANSWERS_PER_PART = 3
HIGH_BAND = 50

DISCLAIMER = (
    "This check-in is a self-reflection aid, not a diagnosis. If you are "
    "struggling, talk to someone you trust or to a health professional."
)


@dataclass(frozen=True, slots=True)
class Scores:
    """The score of each part, 0 to 100, or None when too few answers."""

    personal: float | None = None
    work: float | None = None
    customer: float | None = None

    def of(self, part: Part) -> float | None:
        score: float | None = getattr(self, part.value)
        return score

    def to_dict(self) -> dict[str, float | None]:
        return {part.value: self.of(part) for part in Part}


def items_of(part: Part) -> tuple[Item, ...]:
    return tuple(item for item in ITEMS if item.part is part)


def validate_answers(answers: Mapping[str, Any]) -> dict[str, int]:
    """The answers, checked against the items and the scale."""
    clean: dict[str, int] = {}
    for item_id, value in answers.items():
        if item_id not in ITEMS_BY_ID:
            raise InvalidInput(f"check-in: unknown item {item_id!r}")
        if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE_VALUES:
            raise InvalidInput(f"check-in item {item_id!r}: must be one of 0, 25, 50, 75, 100")
        clean[item_id] = value
    return clean


def score(checkin: CheckIn | Mapping[str, Any]) -> Scores:
    """Score a check-in (or its answers) part by part."""
    answers = validate_answers(checkin.answers if isinstance(checkin, CheckIn) else checkin)
    by_part: dict[Part, float | None] = {}
    for part in Part:
        values = [answers[item.id] for item in items_of(part) if item.id in answers]
        enough = len(values) >= MIN_ANSWERS_PER_PART
        by_part[part] = round(sum(values) / len(values), 1) if enough else None
    return Scores(
        personal=by_part[Part.PERSONAL],
        work=by_part[Part.WORK],
        customer=by_part[Part.CUSTOMER],
    )


def is_high(value: float | None) -> bool:
    """Whether a part's score is in the high band (an unscored part is not)."""
    return value is not None and value >= HIGH_BAND


def high_parts(scores: Scores) -> tuple[Part, ...]:
    return tuple(part for part in Part if is_high(scores.of(part)))
