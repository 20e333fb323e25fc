"""Records of each kind and small file helpers for the store's tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    CheckIn,
    LastStep,
    Prompt,
    PromptKind,
    PromptOutcome,
    Reflection,
    Source,
    StepRating,
    Tag,
    new_id,
)

BERLIN_WINTER = timezone(timedelta(hours=1))
MONDAY_W48 = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN_WINTER)
"""Monday of ISO week 2026-W48, in the agent's own offset."""


def make_call(at: datetime = MONDAY_W48, difficulty: int = 2, **fields: Any) -> Call:
    return Call.create(ended_at=at, difficulty=difficulty, **fields)


def make_break(at: datetime) -> Break:
    return Break(
        id=new_id(),
        started_at=at,
        pattern="box",
        planned_s=180,
        completed_s=150,
        outcome=BreakOutcome.COMPLETED,
        trigger="break",
        stress_before=7,
        stress_after=4,
    )


def make_prompt(at: datetime) -> Prompt:
    return Prompt(
        id=new_id(),
        kind=PromptKind.BREAK,
        created_at=at,
        reason=Reason.of(ReasonCode.STREAK, streak=3),
        severe=False,
        call_id=new_id(),
        outcome=PromptOutcome.TAKEN,
        resolved_at=at + timedelta(minutes=2),
    )


def make_reflection(at: datetime) -> Reflection:
    return Reflection(
        id=new_id(),
        created_at=at,
        call_id=new_id(),
        stress=6,
        emotions=("drained", "überfordert"),
        caller_problem="refund refused twice",
        caller_emotion="betrayed",
        steps={LastStep.LISTEN: StepRating.WELL, LastStep.SOLVE: StepRating.HARD},
        boundary_crossed=True,
        boundary_action="warned once, then ended the call",
        carry_forward="name the limit earlier",
        journal="Kundin wütend 😤 — aber ich bin ruhig geblieben.",
    )


def make_checkin(at: datetime) -> CheckIn:
    return CheckIn(id=new_id(), created_at=at, answers={"p1": 50, "w1": 75, "c1": 100})


def make_full_call(at: datetime) -> Call:
    return make_call(
        at,
        difficulty=5,
        tags=[Tag.ABUSIVE, Tag.ESCALATED],
        duration_s=754,
        note="caller swore — “never again”",
        source=Source.HOTKEY,
    )


MAKERS: dict[str, Callable[[datetime], Any]] = {
    "calls": make_full_call,
    "breaks": make_break,
    "prompts": make_prompt,
    "reflections": make_reflection,
    "checkins": make_checkin,
}


def week_file(data_dir: Path, kind: str, week: str) -> Path:
    return data_dir / kind / f"{week}.json"


def leftovers(data_dir: Path) -> list[Path]:
    """Temp files anywhere in the data directory."""
    return [path for path in data_dir.rglob(".*") if ".tmp-" in path.name]
