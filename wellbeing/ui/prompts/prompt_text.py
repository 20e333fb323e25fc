"""What a prompt card says, in the agent's language, from the core's offer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing.core.policy import Offer
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import PromptKind


def reason(offer: Offer) -> str:
    """Why it appeared: "3 difficult calls in a row" (principle 4, explainable)."""
    return reason_text(offer.reason)


def reason_text(why: Reason) -> str:
    """A reason in words: the live offer's, or a stored prompt's.

    A ``legacy`` reason (English text an older version stored, which no
    code stood for) is shown as it was written.
    """
    if why.code is ReasonCode.LEGACY:
        return str(why.params["text"])
    texts = {
        ReasonCode.SEVERE_CALL: QCoreApplication.translate("PromptText", "That call was severe."),
        ReasonCode.STREAK: QCoreApplication.translate(
            "PromptText", "{count} difficult calls in a row."
        ),
        ReasonCode.ESCALATED: QCoreApplication.translate("PromptText", "That call was escalated."),
        ReasonCode.MICRO_BREAK: QCoreApplication.translate(
            "PromptText", "You have been working for a while."
        ),
        ReasonCode.CHECKIN: QCoreApplication.translate(
            "PromptText", "It is time for your weekly check-in."
        ),
        ReasonCode.WIND_DOWN: QCoreApplication.translate("PromptText", "Your shift is ending."),
    }
    count = why.params.get("streak")
    shown = QLocale().toString(count) if isinstance(count, int) else ""
    return texts[why.code].format(count=shown)


def title(offer: Offer) -> str:
    titles = {
        PromptKind.RESET: QCoreApplication.translate("PromptText", "Take a moment to reset"),
        PromptKind.BREAK: QCoreApplication.translate("PromptText", "Time for a breather"),
        PromptKind.REFLECT: QCoreApplication.translate("PromptText", "Set that call down"),
        PromptKind.MICRO_BREAK: QCoreApplication.translate("PromptText", "A short pause"),
        PromptKind.CHECKIN: QCoreApplication.translate("PromptText", "How are you, really?"),
        PromptKind.WIND_DOWN: QCoreApplication.translate("PromptText", "Leave work behind"),
    }
    return titles[offer.kind]


def suggestion(offer: Offer) -> str:
    minutes, seconds = divmod(offer.break_s, 60)
    if offer.kind is PromptKind.RESET:
        return QCoreApplication.translate(
            "PromptText", "A {seconds}-second breathing reset helps you leave it behind."
        ).format(seconds=offer.break_s)
    if offer.kind in (PromptKind.BREAK, PromptKind.MICRO_BREAK):
        if seconds:
            return QCoreApplication.translate(
                "PromptText", "A {seconds}-second breathing break, between calls."
            ).format(seconds=offer.break_s)
        return QCoreApplication.translate(
            "PromptText", "A {minutes}-minute breathing break, between calls."
        ).format(minutes=minutes)
    if offer.kind is PromptKind.REFLECT:
        return QCoreApplication.translate(
            "PromptText", "One minute to note what happened and what worked."
        )
    if offer.kind is PromptKind.CHECKIN:
        return QCoreApplication.translate("PromptText", "Twelve short questions, just for you.")
    return QCoreApplication.translate(
        "PromptText", "One minute of breathing, then the day is done."
    )


def start_label(offer: Offer) -> str:
    """What Start opens, in words: the card's main button."""
    labels = {
        PromptKind.RESET: QCoreApplication.translate("PromptText", "Breathe now"),
        PromptKind.BREAK: QCoreApplication.translate("PromptText", "Start the break"),
        PromptKind.REFLECT: QCoreApplication.translate("PromptText", "Reflect now"),
        PromptKind.MICRO_BREAK: QCoreApplication.translate("PromptText", "Breathe now"),
        PromptKind.CHECKIN: QCoreApplication.translate("PromptText", "Start the check-in"),
        PromptKind.WIND_DOWN: QCoreApplication.translate("PromptText", "Wind down"),
    }
    return labels[offer.kind]
