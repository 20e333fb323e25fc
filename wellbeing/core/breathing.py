"""Breathing patterns as sequences of timed phases.

A pattern is data, not animation: the breathing window asks ``guide_at`` where
in the pattern a moment falls and draws that, so the same pattern drives the
animated circle, the reduced-motion text and the tests.

The patterns shipped are those the trade recommends for a reset between
calls: box breathing (4-4-4-4), the physiological or cyclic sigh (two
inhales through the nose, a long exhale), 4-7-8, and coherent breathing at
about 5.5 breaths a minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
    id: str
    name: str
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
        BreathingPattern(
            "box", "Box breathing", (Phase(_I, 4), Phase(_HF, 4), Phase(_E, 4), Phase(_HE, 4))
        ),
        BreathingPattern(
            "cyclic_sigh", "Cyclic sigh", (Phase(_I, 2.5), Phase(_T, 1), Phase(_E, 6.5))
        ),
        BreathingPattern("four_seven_eight", "4-7-8", (Phase(_I, 4), Phase(_HF, 7), Phase(_E, 8))),
        BreathingPattern("coherent", "Coherent breathing", (Phase(_I, 5.5), Phase(_E, 5.5))),
    )
}
"""Every shipped pattern by id; the ids are stored in break records."""

DEFAULT_PATTERN = "box"
