"""What the breathing window says for each phase and pattern, in words."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from wellbeing.core.breathing import PATTERNS, PhaseKind
from wellbeing.ui.breathing import breathing_text


def test_every_phase_has_its_instruction(qapp: QApplication) -> None:
    assert {kind: breathing_text.phase_text(kind) for kind in PhaseKind} == {
        PhaseKind.INHALE: "Breathe in",
        PhaseKind.TOP_UP: "A little more",
        PhaseKind.HOLD_FULL: "Hold",
        PhaseKind.EXHALE: "Breathe out",
        PhaseKind.HOLD_EMPTY: "Hold",
    }


def test_every_shipped_pattern_has_a_title_and_a_rhythm(qapp: QApplication) -> None:
    titles = {pattern_id: breathing_text.pattern_title(p) for pattern_id, p in PATTERNS.items()}
    assert titles == {
        "box": "Box breathing",
        "cyclic_sigh": "Cyclic sigh",
        "four_seven_eight": "4-7-8 breathing",
        "coherent": "Coherent breathing",
    }
    for pattern in PATTERNS.values():
        assert " — " in breathing_text.pattern_description(pattern)
