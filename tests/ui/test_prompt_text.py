"""Why a prompt appeared, in words: every reason code the policy makes, and a
stored prompt's reason, as the card and the history show them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from wellbeing.core.history import History
from wellbeing.core.policy import offer_after_call, scheduled_offer
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import Call, PromptKind
from wellbeing.core.settings import Settings
from wellbeing.ui.prompts import prompt_text

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)  # a Monday in work hours


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (Reason(ReasonCode.SEVERE_CALL), "That call was severe."),
        (Reason.of(ReasonCode.STREAK, streak=3), "3 difficult calls in a row."),
        (Reason(ReasonCode.ESCALATED), "That call was escalated."),
        (Reason(ReasonCode.MICRO_BREAK), "You have been working for a while."),
        (Reason(ReasonCode.CHECKIN), "It is time for your weekly check-in."),
        (Reason(ReasonCode.WIND_DOWN), "Your shift is ending."),
        (Reason.of(ReasonCode.LEGACY, text="Hand-written"), "Hand-written"),
    ],
)
def test_every_reason_has_words(reason: Reason, text: str) -> None:
    assert prompt_text.reason_text(reason) == text


def test_every_code_is_worded() -> None:
    for code in ReasonCode:
        params = {"streak": 2} if code is ReasonCode.STREAK else {}
        if code is ReasonCode.LEGACY:
            params = {"text": "x"}
        assert prompt_text.reason_text(Reason(code, params)).strip()


def test_the_streak_count_follows_the_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    text = prompt_text.reason_text(Reason.of(ReasonCode.STREAK, streak=3))
    assert text.startswith("\u0663 ")  # ARABIC-INDIC DIGIT THREE


def test_a_streak_after_a_call_says_how_many_calls() -> None:
    calls = [Call.create(ended_at=NOW - timedelta(minutes=m), difficulty=4) for m in (20, 10, 0)]
    offer = offer_after_call(calls[-1], History.of(calls), Settings(), NOW)
    assert offer is not None
    assert prompt_text.title(offer) == "Time for a breather"
    assert prompt_text.reason(offer) == "3 difficult calls in a row."
    assert prompt_text.suggestion(offer) == "A 3-minute breathing break, between calls."


def test_a_check_in_reminder_says_why() -> None:
    offer = scheduled_offer(PromptKind.CHECKIN, History(), Settings(), NOW)
    assert offer is not None
    assert prompt_text.reason(offer) == "It is time for your weekly check-in."
    assert prompt_text.start_label(offer) == "Start the check-in"
