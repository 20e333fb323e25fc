"""Breathing patterns and the guide that draws them."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.breathing import (
    DEFAULT_PATTERN,
    PATTERNS,
    TOP_UP_FROM,
    BreathingPattern,
    PhaseKind,
    breaths_per_minute,
    get_pattern,
    guide_at,
    planned_seconds,
)
from wellbeing.core.errors import InvalidInput

EPS = 1e-6
ALL = list(PATTERNS.values())
IDS = list(PATTERNS)


def durations(pattern: BreathingPattern) -> list[tuple[PhaseKind, float]]:
    return [(phase.kind, phase.seconds) for phase in pattern.phases]


def boundaries(pattern: BreathingPattern) -> list[float]:
    ends, total = [], 0.0
    for phase in pattern.phases:
        total += phase.seconds
        ends.append(total)
    return ends


def test_shipped_patterns() -> None:
    assert {"box", "cyclic_sigh", "four_seven_eight", "coherent"} <= set(PATTERNS)
    assert DEFAULT_PATTERN in PATTERNS
    assert [s for _, s in durations(PATTERNS["box"])] == [4, 4, 4, 4]
    assert durations(PATTERNS["four_seven_eight"]) == [
        (PhaseKind.INHALE, 4),
        (PhaseKind.HOLD_FULL, 7),
        (PhaseKind.EXHALE, 8),
    ]
    assert breaths_per_minute(PATTERNS["coherent"]) == pytest.approx(5.5, abs=0.1)
    sigh = [kind for kind, _ in durations(PATTERNS["cyclic_sigh"])]
    assert sigh == [PhaseKind.INHALE, PhaseKind.TOP_UP, PhaseKind.EXHALE]


def test_get_pattern_refuses_unknown_ids() -> None:
    assert get_pattern("box") is PATTERNS["box"]
    with pytest.raises(InvalidInput, match="box"):
        get_pattern("nope")


@pytest.mark.parametrize("pattern", ALL, ids=IDS)
def test_scale_is_continuous_at_every_boundary_and_wrap(pattern: BreathingPattern) -> None:
    for end in [*boundaries(pattern), 2 * pattern.cycle_s]:
        before, after = guide_at(pattern, end - EPS), guide_at(pattern, end)
        assert before.scale == pytest.approx(after.scale, abs=1e-4)


@pytest.mark.parametrize("pattern", ALL, ids=IDS)
def test_scale_moves_the_way_the_breath_does(pattern: BreathingPattern) -> None:
    start = 0.0
    for phase in pattern.phases:
        samples = [guide_at(pattern, start + phase.seconds * i / 20).scale for i in range(20)]
        pairs = list(pairwise(samples))
        if phase.kind in (PhaseKind.INHALE, PhaseKind.TOP_UP):
            assert all(b > a for a, b in pairs)
        elif phase.kind is PhaseKind.EXHALE:
            assert all(b < a for a, b in pairs)
        else:
            assert all(b == pytest.approx(a) for a, b in pairs)
        start += phase.seconds


def test_box_levels() -> None:
    box = PATTERNS["box"]
    assert guide_at(box, 0).scale == pytest.approx(0)
    assert guide_at(box, 2).scale == pytest.approx(0.5)
    assert guide_at(box, 4).scale == pytest.approx(1)
    assert guide_at(box, 6).scale == pytest.approx(1)
    assert guide_at(box, 12).scale == pytest.approx(0)
    assert guide_at(box, 14).scale == pytest.approx(0)


def test_cyclic_sigh_tops_up_from_the_first_inhale() -> None:
    sigh = PATTERNS["cyclic_sigh"]
    assert guide_at(sigh, 2.5).phase.kind is PhaseKind.TOP_UP
    assert guide_at(sigh, 2.5).scale == pytest.approx(TOP_UP_FROM)
    assert TOP_UP_FROM == 0.8
    assert guide_at(sigh, 3.5).scale == pytest.approx(1)
    assert guide_at(sigh, 10).scale == pytest.approx(0)


def test_cycle_wraps() -> None:
    box = PATTERNS["box"]
    frame = guide_at(box, 16 * 3 + 5)
    assert frame.cycle_index == 3
    assert frame.phase_index == 1
    assert frame.phase.kind is PhaseKind.HOLD_FULL
    assert frame.phase_elapsed_s == pytest.approx(1)
    assert frame.phase_remaining_s == pytest.approx(3)


def test_counts_down_whole_seconds() -> None:
    box = PATTERNS["box"]
    assert [guide_at(box, t).count for t in (0, 0.5, 1, 2.9, 3, 3.99)] == [4, 4, 3, 2, 1, 1]
    coherent = PATTERNS["coherent"]
    assert [guide_at(coherent, t).count for t in (0, 0.4, 0.5, 5.4)] == [6, 6, 5, 1]


@given(st.sampled_from(ALL), st.floats(min_value=0, max_value=3600))
def test_frame_is_always_coherent(pattern: BreathingPattern, elapsed: float) -> None:
    frame = guide_at(pattern, elapsed)
    assert 0 <= frame.scale <= 1
    assert frame.count >= 1
    assert frame.count >= math.floor(frame.phase_remaining_s)
    assert frame.phase is pattern.phases[frame.phase_index]
    assert frame.phase_elapsed_s + frame.phase_remaining_s == pytest.approx(frame.phase.seconds)
    assert 0 <= frame.phase_elapsed_s <= frame.phase.seconds


def test_guide_refuses_negative_time() -> None:
    with pytest.raises(InvalidInput):
        guide_at(PATTERNS["box"], -1)


@pytest.mark.parametrize("pattern", ALL, ids=IDS)
@pytest.mark.parametrize("minutes", [1, 2, 3, 4, 5])
def test_planned_seconds_are_whole_cycles(pattern: BreathingPattern, minutes: int) -> None:
    planned = planned_seconds(pattern, minutes)
    cycles = planned / pattern.cycle_s
    assert cycles == pytest.approx(round(cycles))
    assert cycles >= 1
    assert abs(planned - minutes * 60) <= pattern.cycle_s / 2


def test_planned_seconds_examples() -> None:
    assert planned_seconds(PATTERNS["box"], 1) == 64
    assert planned_seconds(PATTERNS["four_seven_eight"], 1) == 57
    assert planned_seconds(PATTERNS["coherent"], 3) == 176


@pytest.mark.parametrize("minutes", [0, 6, -1])
def test_planned_seconds_refuses_out_of_range(minutes: int) -> None:
    with pytest.raises(InvalidInput):
        planned_seconds(PATTERNS["box"], minutes)
