"""Breathing patterns as sequences of timed phases.

A pattern is data, not animation: the breathing window asks ``guide_at`` where
in the pattern a moment falls and draws that, so the same pattern drives the
animated circle, the reduced-motion text and the tests.

The patterns shipped are those the trade recommends for a reset between
calls: box breathing (4-4-4-4), the physiological or cyclic sigh (two
inhales through the nose, a long exhale), 4-7-8, and coherent breathing at
about 5.5 breaths a minute.

Choices where the design was silent:

- The circle's ``scale`` runs from 0 (empty lungs) to 1 (full). An inhale
  grows it to 1, except an inhale followed by a top-up, which stops at
  ``TOP_UP_FROM`` (0.8) so the top-up visibly adds "a little more". Holds keep
  the level, an exhale empties it. Each phase starts where the previous one
  ended (the first where the last ends), so the circle never jumps, not even
  when a cycle wraps.
- Within a phase the change is eased (slow at both ends, like a breath), not
  linear; it stays monotonic.
- ``count`` is the whole seconds left in the phase, rounded up, so it never
  shows 0 while the phase runs: a 5.5 s phase counts 6, 5, 4, 3, 2, 1.
- A break is planned in whole cycles, so it never stops in the middle of a
  breath: the minutes asked for are rounded to the nearest number of cycles,
  at least one.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate

from wellbeing.core.errors import InvalidInput


class PhaseKind(StrEnum):
    INHALE = "inhale"
    TOP_UP = "top_up"  # the second, short inhale of the cyclic sigh
    HOLD_FULL = "hold_full"
    EXHALE = "exhale"
    HOLD_EMPTY = "hold_empty"


@dataclass(frozen=True, slots=True)
class Phase:
    kind: PhaseKind
    seconds: float


@dataclass(frozen=True, slots=True)
class BreathingPattern:
    """A pattern's stable id (stored in break records) and its phases; its
    name, in the agent's language, is the UI's (``ui.breathing_text``)."""

    id: str
    phases: tuple[Phase, ...]

    @property
    def cycle_s(self) -> float:
        return sum(phase.seconds for phase in self.phases)


_I, _T, _HF, _E, _HE = (
    PhaseKind.INHALE,
    PhaseKind.TOP_UP,
    PhaseKind.HOLD_FULL,
    PhaseKind.EXHALE,
    PhaseKind.HOLD_EMPTY,
)

PATTERNS: dict[str, BreathingPattern] = {
    pattern.id: pattern
    for pattern in (
        BreathingPattern("box", (Phase(_I, 4), Phase(_HF, 4), Phase(_E, 4), Phase(_HE, 4))),
        BreathingPattern("cyclic_sigh", (Phase(_I, 2.5), Phase(_T, 1), Phase(_E, 6.5))),
        BreathingPattern("four_seven_eight", (Phase(_I, 4), Phase(_HF, 7), Phase(_E, 8))),
        BreathingPattern("coherent", (Phase(_I, 5.5), Phase(_E, 5.5))),
    )
}
"""Every shipped pattern by id; the ids are stored in break records."""

DEFAULT_PATTERN = "box"

TOP_UP_FROM = 0.8
"""How full the circle is after the first inhale of a cyclic sigh."""

MIN_MINUTES = 1
MAX_MINUTES = 5


@dataclass(frozen=True, slots=True)
class GuideFrame:
    """Where one moment of a break falls in its pattern, ready to draw."""

    phase: Phase
    phase_index: int
    cycle_index: int
    phase_elapsed_s: float
    phase_remaining_s: float
    count: int
    scale: float


def get_pattern(pattern_id: str) -> BreathingPattern:
    """The shipped pattern with this id; InvalidInput names the known ones."""
    try:
        return PATTERNS[pattern_id]
    except KeyError:
        known = ", ".join(PATTERNS)
        raise InvalidInput(f"pattern: unknown {pattern_id!r} (one of: {known})") from None


def breaths_per_minute(pattern: BreathingPattern) -> float:
    return 60.0 / pattern.cycle_s


def _target(pattern: BreathingPattern, index: int, level: float) -> float:
    kind = pattern.phases[index].kind
    if kind is PhaseKind.INHALE:
        following = pattern.phases[(index + 1) % len(pattern.phases)].kind
        return TOP_UP_FROM if following is PhaseKind.TOP_UP else 1.0
    if kind is PhaseKind.TOP_UP:
        return 1.0
    if kind is PhaseKind.EXHALE:
        return 0.0
    return level


def _levels(pattern: BreathingPattern) -> list[tuple[float, float]]:
    """The (start, end) scale of each phase, the first starting where the last ends."""
    level = 0.0
    for index in range(len(pattern.phases)):
        level = _target(pattern, index, level)
    spans = []
    for index in range(len(pattern.phases)):
        end = _target(pattern, index, level)
        spans.append((level, end))
        level = end
    return spans


def _ease(fraction: float) -> float:
    return 0.5 - math.cos(math.pi * fraction) / 2


def guide_at(pattern: BreathingPattern, elapsed_s: float) -> GuideFrame:
    """The frame ``elapsed_s`` seconds into a break that follows ``pattern``."""
    if elapsed_s < 0 or not math.isfinite(elapsed_s):
        raise InvalidInput(f"elapsed: must be a time since the start, got {elapsed_s}")
    cycle_s = pattern.cycle_s
    cycle_index = int(elapsed_s // cycle_s)
    in_cycle = elapsed_s - cycle_index * cycle_s
    ends = list(accumulate(phase.seconds for phase in pattern.phases))
    index = min(bisect.bisect_right(ends, in_cycle), len(ends) - 1)
    phase = pattern.phases[index]
    phase_elapsed = max(0.0, in_cycle - (ends[index] - phase.seconds))
    remaining = max(0.0, phase.seconds - phase_elapsed)
    start, end = _levels(pattern)[index]
    fraction = min(1.0, phase_elapsed / phase.seconds)
    return GuideFrame(
        phase=phase,
        phase_index=index,
        cycle_index=cycle_index,
        phase_elapsed_s=phase_elapsed,
        phase_remaining_s=remaining,
        count=max(1, math.ceil(round(remaining, 6))),
        scale=start + (end - start) * _ease(fraction),
    )


def planned_seconds(pattern: BreathingPattern, minutes: int) -> int:
    """The length of a break of about ``minutes``, in whole cycles."""
    if isinstance(minutes, bool) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInput(f"minutes: must be {MIN_MINUTES} to {MAX_MINUTES}, got {minutes!r}")
    cycles = max(1, round(minutes * 60 / pattern.cycle_s))
    return math.ceil(round(cycles * pattern.cycle_s, 6))
