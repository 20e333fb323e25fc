"""What the breathing window says, in the agent's language: pattern names and
rhythms, the instruction for each phase, the time left and the closing summary.

Every string is a literal inside ``QCoreApplication.translate("BreathingText",
...)`` so that pyside6-lupdate can extract it: it does not see strings passed
through a helper such as ``_tr(text)``, nor a context held in a variable.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing.core.breathing import BreathingPattern, PhaseKind


def pattern_title(pattern: BreathingPattern) -> str:
    """The pattern's name; its id for a pattern this version has no name for."""
    titles = {
        "box": QCoreApplication.translate("BreathingText", "Box breathing"),
        "cyclic_sigh": QCoreApplication.translate("BreathingText", "Cyclic sigh"),
        "four_seven_eight": QCoreApplication.translate("BreathingText", "4-7-8 breathing"),
        "coherent": QCoreApplication.translate("BreathingText", "Coherent breathing"),
    }
    return titles.get(pattern.id, pattern.id)


def pattern_description(pattern: BreathingPattern) -> str:
    """The rhythm, from the pattern's own phases, and what it feels like."""
    steps = {
        PhaseKind.INHALE: QCoreApplication.translate("BreathingText", "{s} in"),
        PhaseKind.TOP_UP: QCoreApplication.translate("BreathingText", "{s} more in"),
        PhaseKind.HOLD_FULL: QCoreApplication.translate("BreathingText", "{s} hold"),
        PhaseKind.EXHALE: QCoreApplication.translate("BreathingText", "{s} out"),
        PhaseKind.HOLD_EMPTY: QCoreApplication.translate("BreathingText", "{s} hold"),
    }
    rhythm = QCoreApplication.translate("BreathingText", ", ").join(
        steps[p.kind].format(s=QLocale().toString(float(p.seconds), "g", 6)) for p in pattern.phases
    )
    feels = {
        "box": QCoreApplication.translate("BreathingText", "steady and even"),
        "cyclic_sigh": QCoreApplication.translate(
            "BreathingText", "a double breath in, a long sigh"
        ),
        "four_seven_eight": QCoreApplication.translate(
            "BreathingText", "a long hold, a slow breath out"
        ),
        "coherent": QCoreApplication.translate("BreathingText", "slow and smooth"),
    }.get(pattern.id)
    if feels is None:
        return rhythm
    return QCoreApplication.translate("BreathingText", "{rhythm} — {feel}").format(
        rhythm=rhythm, feel=feels
    )


def phase_text(kind: PhaseKind) -> str:
    """The instruction shown while breathing: "Breathe in", "Hold", ..."""
    texts = {
        PhaseKind.INHALE: QCoreApplication.translate("BreathingText", "Breathe in"),
        PhaseKind.TOP_UP: QCoreApplication.translate("BreathingText", "A little more"),
        PhaseKind.HOLD_FULL: QCoreApplication.translate("BreathingText", "Hold"),
        PhaseKind.EXHALE: QCoreApplication.translate("BreathingText", "Breathe out"),
        PhaseKind.HOLD_EMPTY: QCoreApplication.translate("BreathingText", "Hold"),
    }
    return texts[kind]


def time_left(remaining_s: float) -> str:
    """The rest of the break in whole seconds, rounded up: "3:05 left"."""
    seconds = math.ceil(round(remaining_s, 6))
    clock = f"{seconds // 60}:{seconds % 60:02d}"
    return QCoreApplication.translate("BreathingText", "{time} left").format(time=clock)


def duration(seconds: int) -> str:
    """A length in whole seconds, as the settings promise it: "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return QCoreApplication.translate("BreathingText", "{s} s").format(s=rest)
    if rest:
        time = QCoreApplication.translate("BreathingText", "{m} min {s} s")
    else:
        time = QCoreApplication.translate("BreathingText", "{m} min")
    return time.format(m=minutes, s=rest)


def after_summary(breathed_s: int, stress_before: int | None) -> str:
    """How long the agent breathed and, if given, the answer before the break."""
    summary = QCoreApplication.translate("BreathingText", "You breathed for {time}.").format(
        time=duration(breathed_s)
    )
    if stress_before is not None:
        before = QCoreApplication.translate("BreathingText", "Before the break you said {value}.")
        summary += " " + before.format(value=QLocale().toString(stress_before))
    return summary
