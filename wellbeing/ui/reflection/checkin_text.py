"""What the weekly check-in says, in the agent's language: the items, the
answer scale, the part names, the disclaimer and the result lines.

The item wordings live in ``core.checkin`` (the scoring is tied to them);
they are re-stated here keyed by item id because pyside6-lupdate only
extracts literals written inside ``QCoreApplication.translate("CheckInText",
...)``. ``tests/ui/test_checkin_window.py`` holds the English text here equal
to the core's, so the two cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing.core.checkin import ITEMS_BY_ID, SCALE, Part, is_high


def item_text(item_id: str) -> str:
    """The question for an item; the core's English for an id not known here."""
    texts = {
        "p1": QCoreApplication.translate("CheckInText", "How often do you feel worn out?"),
        "p2": QCoreApplication.translate(
            "CheckInText", "How often do you feel physically drained?"
        ),
        "p3": QCoreApplication.translate(
            "CheckInText", "How often do you feel emotionally drained?"
        ),
        "p4": QCoreApplication.translate(
            "CheckInText", "How often do you think: I can't take any more of this?"
        ),
        "w1": QCoreApplication.translate(
            "CheckInText", "Does your work leave you drained at the end of the day?"
        ),
        "w2": QCoreApplication.translate(
            "CheckInText", "Do you dread the thought of your next shift?"
        ),
        "w3": QCoreApplication.translate(
            "CheckInText", "Do you feel that every working hour tires you?"
        ),
        "w4": QCoreApplication.translate(
            "CheckInText", "After work, is there too little energy left for family and friends?"
        ),
        "c1": QCoreApplication.translate("CheckInText", "Does callers' frustration wear you down?"),
        "c2": QCoreApplication.translate("CheckInText", "Do you find it hard to handle calls?"),
        "c3": QCoreApplication.translate(
            "CheckInText", "Do you feel you give more to callers than you get back?"
        ),
        "c4": QCoreApplication.translate("CheckInText", "Are you tired of dealing with callers?"),
    }
    return texts.get(item_id) or ITEMS_BY_ID[item_id].text


def scale_label(value: int) -> str:
    """The word for an answer on the five-step scale."""
    labels = {
        0: QCoreApplication.translate("CheckInText", "Never or almost never"),
        25: QCoreApplication.translate("CheckInText", "Seldom"),
        50: QCoreApplication.translate("CheckInText", "Sometimes"),
        75: QCoreApplication.translate("CheckInText", "Often"),
        100: QCoreApplication.translate("CheckInText", "Always"),
    }
    return labels.get(value) or dict(SCALE)[value]


def part_title(part: Part) -> str:
    titles = {
        Part.PERSONAL: QCoreApplication.translate("CheckInText", "Personal exhaustion"),
        Part.WORK: QCoreApplication.translate("CheckInText", "Work-related exhaustion"),
        Part.CUSTOMER: QCoreApplication.translate("CheckInText", "Customer-related strain"),
    }
    return titles[part]


def part_about(part: Part) -> str:
    """One line under the part's title: what its questions are about."""
    about = {
        Part.PERSONAL: QCoreApplication.translate("CheckInText", "How you have been, in general."),
        Part.WORK: QCoreApplication.translate("CheckInText", "How your work has been for you."),
        Part.CUSTOMER: QCoreApplication.translate(
            "CheckInText", "How your calls with customers have been for you."
        ),
    }
    return about[part]


def part_hint(part: Part) -> str:
    """The line under a part's title: what it is about, and that answers are optional."""
    hint = QCoreApplication.translate(
        "CheckInText", "Think of the last week; any question can be left out."
    )
    return f"{part_about(part)} {hint}"


def part_step(number: int, total: int) -> str:
    return QCoreApplication.translate("CheckInText", "Part {number} of {total}").format(
        number=QLocale().toString(number), total=QLocale().toString(total)
    )


def intro() -> tuple[str, ...]:
    """The introduction's paragraphs: what this is, how to answer, what it is not."""
    return (
        QCoreApplication.translate(
            "CheckInText",
            "A short self-check in three parts, about the last week: how you "
            "have been, how work has been, and how your calls with customers have "
            "been. Twelve questions, about a minute.",
        ),
        QCoreApplication.translate(
            "CheckInText",
            "There are no right or wrong answers. Go with what comes to mind first, "
            "and skip any question you would rather leave.",
        ),
        disclaimer(),
    )


def disclaimer() -> str:
    """``core.checkin.DISCLAIMER`` in the agent's language."""
    return QCoreApplication.translate(
        "CheckInText",
        "This check-in is a self-reflection aid, not a diagnosis. If you are "
        "struggling, talk to someone you trust or to a health professional.",
    )


def score_value(score: float) -> str:
    """A part's score as the core rounded it: "56.3 of 100", "50 of 100"."""
    number = QLocale().toString(score, "g", 4)
    return QCoreApplication.translate("CheckInText", "{score} of 100").format(score=number)


def high_band() -> str:
    """Said beside a score of 50 or more, so the band never rests on colour."""
    return QCoreApplication.translate("CheckInText", "in the higher range")


def not_enough() -> str:
    return QCoreApplication.translate("CheckInText", "Not enough answers for a score")


def score_line(score: float | None) -> str:
    """All the result page says of one part's score."""
    if score is None:
        return not_enough()
    if not is_high(score):
        return score_value(score)
    return QCoreApplication.translate("CheckInText", "{score} · {band}").format(
        score=score_value(score), band=high_band()
    )


def saved_note(saved: bool) -> str:
    if saved:
        return QCoreApplication.translate(
            "CheckInText", "Thank you for taking this moment. Your answers are saved."
        )
    return QCoreApplication.translate(
        "CheckInText", "No question was answered, so nothing was saved."
    )


def score_name(part: Part) -> str:
    """What a screen reader calls a part's bar."""
    names = {
        Part.PERSONAL: QCoreApplication.translate(
            "CheckInText", "Personal exhaustion score, 0 to 100"
        ),
        Part.WORK: QCoreApplication.translate(
            "CheckInText", "Work-related exhaustion score, 0 to 100"
        ),
        Part.CUSTOMER: QCoreApplication.translate(
            "CheckInText", "Customer-related strain score, 0 to 100"
        ),
    }
    return names[part]


def suggestion() -> str:
    """Shown when any part is 50 or more: gentle, never alarmed."""
    return QCoreApplication.translate(
        "CheckInText",
        "Scores like this are common after a run of hard weeks, and they can change. "
        "It may help to talk to someone you trust, or to your team lead.",
    )
