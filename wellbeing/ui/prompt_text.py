"""What a prompt card says, in the agent's language, from the core's offer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing.core.policy import Offer, ReasonCode
from wellbeing.core.records import PromptKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("PromptText", text)


def reason(offer: Offer) -> str:
    """Why it appeared: "3 difficult calls in a row" (principle 4, explainable)."""
    texts = {
        ReasonCode.SEVERE_CALL: _tr("That call was severe."),
        ReasonCode.STREAK: _tr("{count} difficult calls in a row."),
        ReasonCode.ESCALATED: _tr("That call was escalated."),
        ReasonCode.MICRO_BREAK: _tr("You have been working for a while."),
        ReasonCode.CHECKIN: _tr("It is time for your weekly check-in."),
        ReasonCode.WIND_DOWN: _tr("Your shift is ending."),
    }
    return texts[offer.reason.code].format(count=offer.reason.count)


def title(offer: Offer) -> str:
    titles = {
        PromptKind.RESET: _tr("Take a moment to reset"),
        PromptKind.BREAK: _tr("Time for a breather"),
        PromptKind.REFLECT: _tr("Set that call down"),
        PromptKind.MICRO_BREAK: _tr("A short pause"),
        PromptKind.CHECKIN: _tr("How are you, really?"),
        PromptKind.WIND_DOWN: _tr("Leave work behind"),
    }
    return titles[offer.kind]


def suggestion(offer: Offer) -> str:
    minutes, seconds = divmod(offer.break_s, 60)
    if offer.kind is PromptKind.RESET:
        return _tr("A {seconds}-second breathing reset helps you leave it behind.").format(
            seconds=offer.break_s
        )
    if offer.kind in (PromptKind.BREAK, PromptKind.MICRO_BREAK):
        if seconds:
            return _tr("A {seconds}-second breathing break, between calls.").format(
                seconds=offer.break_s
            )
        return _tr("A {minutes}-minute breathing break, between calls.").format(minutes=minutes)
    if offer.kind is PromptKind.REFLECT:
        return _tr("One minute to note what happened and what worked.")
    if offer.kind is PromptKind.CHECKIN:
        return _tr("Twelve short questions, just for you.")
    return _tr("One minute of breathing, then the day is done.")
