"""The tray tooltip as the agent reads it: every clause, and every "until …".

The clauses are chosen by ``core.strain.tooltip_parts``; these tests read
the sentence the tray actually shows (``ui.strain_text.tooltip``), in
British English and in German, with the locale's clock and day names.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone

import pytest
from doubles import FakeClock
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from wellbeing.core.history import History
from wellbeing.core.records import Break, BreakOutcome, Call, new_id
from wellbeing.core.settings import Settings
from wellbeing.core.strain import StrainLevel, StrainState, strain
from wellbeing.core.winddown import rest_until
from wellbeing.ui.tray.moment_text import day_and_time
from wellbeing.ui.tray.strain_text import tooltip

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)  # a Monday
FRIDAY_EVENING = datetime(2026, 11, 27, 17, 5, tzinfo=timezone(timedelta(hours=1)))


class TinyTranslator(QTranslator):
    """A catalogue held in a dict: untranslated text falls back to the source."""

    def __init__(self, messages: Mapping[tuple[str, str], str]) -> None:
        super().__init__()
        self._messages = dict(messages)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._messages.get((context, source))

    def isEmpty(self) -> bool:
        return False


GERMAN = {
    ("StrainText", "Prompts paused until {until}"): "Hinweise pausiert bis {until}",
    ("StrainText", "Calm"): "Ruhig",
    ("StrainText", "No break yet today"): "Heute noch keine Pause",
    ("MomentText", "tomorrow {time}"): "morgen {time}",
    ("MomentText", "today {time}"): "heute {time}",
}


@pytest.fixture(autouse=True)
def british(qapp: QApplication) -> Iterator[None]:
    """A 24-hour clock and English day names, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    translator = TinyTranslator(GERMAN)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def state(**overrides: object) -> StrainState:
    values: dict[str, object] = {
        "level": StrainLevel.CALM,
        "streak": 0,
        "severe_since_break": False,
        "last_break_end": None,
        "on_call": False,
        "paused_until": None,
        "shift_calls": 2,
    }
    values.update(overrides)
    return StrainState(**values)  # type: ignore[arg-type]


def end_of_shift_tooltip(clock: FakeClock) -> str:
    """What the tray says right after "End my shift": prompts rest until the next shift."""
    now = clock.now()
    shown = strain(History(), Settings(), now, paused_until=rest_until(Settings(), now))
    return tooltip(shown, now)


# --- the shipped bug: a Friday's "End my shift" -------------------------------------


def test_end_of_shift_on_a_friday_names_monday() -> None:
    text = end_of_shift_tooltip(FakeClock(FRIDAY_EVENING))
    assert text.startswith("Prompts paused until Monday 09:00 · ")
    assert "tomorrow" not in text


def test_end_of_shift_on_a_friday_names_monday_in_german(german: None) -> None:
    text = end_of_shift_tooltip(FakeClock(FRIDAY_EVENING))
    assert text == "Hinweise pausiert bis Montag 09:00 · Ruhig"


def test_end_of_shift_on_a_thursday_says_tomorrow() -> None:
    clock = FakeClock(FRIDAY_EVENING - timedelta(days=1))
    assert end_of_shift_tooltip(clock).startswith("Prompts paused until tomorrow 09:00 · ")


def test_end_of_shift_on_a_thursday_says_tomorrow_in_german(german: None) -> None:
    clock = FakeClock(FRIDAY_EVENING - timedelta(days=1))
    assert end_of_shift_tooltip(clock).startswith("Hinweise pausiert bis morgen 09:00 · ")


# --- naming a moment ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (NOW.replace(hour=14, minute=30), "today 14:30"),
        (NOW.replace(hour=23, minute=59), "today 23:59"),
        (NOW + timedelta(days=1), "tomorrow 10:00"),
        (NOW.replace(hour=0, minute=5) + timedelta(days=1), "tomorrow 00:05"),
        (NOW + timedelta(days=2), "Wednesday 10:00"),
        (NOW + timedelta(days=6), "Sunday 10:00"),
        (NOW + timedelta(days=7), "30/11/2026 10:00"),
        (NOW - timedelta(days=1), "22/11/2026 10:00"),
    ],
)
def test_a_moment_is_named_from_nows_day(moment: datetime, text: str) -> None:
    assert day_and_time(moment, NOW) == text


def test_a_moment_is_read_on_nows_wall_clock() -> None:
    local_now = datetime(2026, 11, 23, 23, 30, tzinfo=timezone(timedelta(hours=2)))
    # 22:15 UTC is 00:15 on Tuesday in local time: tomorrow, though the same UTC day.
    assert day_and_time(datetime(2026, 11, 23, 22, 15, tzinfo=UTC), local_now) == "tomorrow 00:15"
    assert day_and_time(NOW + timedelta(minutes=30), NOW.astimezone(local_now.tzinfo)) == (
        "today 12:30"
    )


def test_day_names_and_clock_follow_the_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    assert day_and_time(NOW + timedelta(days=4), NOW) == "vendredi 10:00"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    friday = day_and_time(NOW + timedelta(days=4), NOW)
    assert friday.startswith("Friday 10:00") and friday.endswith("AM")


# --- every clause ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "text"),
    [
        ({}, "Calm · No break yet today"),
        (
            {"streak": 3, "last_break_end": NOW - timedelta(minutes=52)},
            "3 difficult calls in a row · Last break 52 min ago",
        ),
        ({"streak": 1, "last_break_end": NOW}, "1 difficult call · Last break just now"),
        ({"last_break_end": NOW - timedelta(minutes=125)}, "Calm · Last break 2 h 5 min ago"),
        ({"last_break_end": NOW - timedelta(hours=3)}, "Calm · Last break 3 h ago"),
        ({"last_break_end": NOW - timedelta(hours=11)}, "Calm · Last break 11 h ago"),
        ({"shift_calls": 0}, "Calm"),
        (
            {"severe_since_break": True, "last_break_end": NOW - timedelta(minutes=1)},
            "A severe call since your last break · Last break 1 min ago",
        ),
        (
            {"streak": 1, "severe_since_break": True},
            "1 difficult call · A severe call, no break since · No break yet today",
        ),
        ({"severe_since_break": True}, "A severe call, no break since · No break yet today"),
        ({"on_call": True}, "On a call · Calm · No break yet today"),
        (
            {"paused_until": NOW.replace(hour=14, minute=30), "streak": 2},
            "Prompts paused until today 14:30 · 2 difficult calls in a row · No break yet today",
        ),
        (
            {"paused_until": NOW + timedelta(days=1)},
            "Prompts paused until tomorrow 10:00 · Calm · No break yet today",
        ),
        (
            {"paused_until": NOW + timedelta(days=3)},
            "Prompts paused until Thursday 10:00 · Calm · No break yet today",
        ),
    ],
)
def test_tooltip(overrides: dict[str, object], text: str) -> None:
    assert tooltip(state(**overrides), NOW) == text


def test_tooltip_of_a_real_history() -> None:
    calls = [Call.create(ended_at=NOW - timedelta(minutes=m), difficulty=4) for m in (40, 30, 20)]
    started = NOW - timedelta(minutes=52, seconds=120)
    pause = Break(new_id(), started, "box", 120, 120, BreakOutcome.COMPLETED)
    shown = strain(History.of(calls, [pause]), Settings(), NOW)
    assert tooltip(shown, NOW) == "3 difficult calls in a row · Last break 52 min ago"
