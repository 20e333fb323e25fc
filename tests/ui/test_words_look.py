"""The words an agent reads: plurals, the pause in the menu, the check-in's
week, one way to write time breathed and a day, capitalised answers, and
whole numbers on charts of counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from wellbeing.core.checkin import Part
from wellbeing.core.levels import StrainLevel
from wellbeing.core.strain import StrainState
from wellbeing.ui.date_text import day_text, medium_format
from wellbeing.ui.duration_text import duration_text
from wellbeing.ui.history import history_words, journal_text
from wellbeing.ui.history.chart_style import count_ticks
from wellbeing.ui.history.journal_view import JournalView
from wellbeing.ui.plural import english_singular
from wellbeing.ui.reflection import checkin_text
from wellbeing.ui.theme import LIGHT
from wellbeing.ui.tray.actions import AgentActions
from wellbeing.ui.tray.tray import Tray

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CET)


@pytest.fixture
def locale(request: pytest.FixtureRequest) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(getattr(request, "param", "en_GB")))
    yield
    QLocale.setDefault(before)


def test_one_entry_is_singular_and_more_are_plural(qtbot: QtBot) -> None:
    view = JournalView(LIGHT)
    qtbot.addWidget(view)
    assert view._count_text(1) == "1 entry shown, newest first"
    assert view._count_text(2) == "2 entries shown, newest first"
    # No catalogue translated it: the English singular for one, the source otherwise.
    assert english_singular("1 calls", "%n calls", 1, "%n call") == "1 call"
    assert english_singular("0 calls", "%n calls", 0, "%n call") == "0 calls"
    assert english_singular("1 Anruf", "%n calls", 1, "%n call") == "1 Anruf"


def paused_menu(until: datetime) -> list[str]:
    actions = AgentActions()
    tray = Tray(actions)
    state = StrainState(StrainLevel.PAUSED, 0, False, None, False, until)
    tray.show_state(state, "", NOW)
    menu = QMenu()
    actions.build_menu(menu)
    return [action.text() for action in menu.actions()]


def test_the_menu_leads_with_the_pause_and_offers_resume(locale: None) -> None:
    top = paused_menu(NOW.replace(hour=10, minute=30))
    assert top[:2] == ["Paused until 10:30", "Resume prompts now"]
    assert paused_menu(NOW + timedelta(days=1))[0] == "Paused until tomorrow 10:00"


def test_an_unpaused_menu_has_no_pause_line() -> None:
    actions = AgentActions()
    actions.show_state(False, False)
    menu = QMenu()
    actions.build_menu(menu)
    assert "Resume prompts now" not in [a.text() for a in menu.actions()]


def test_the_weekly_checkin_asks_about_the_last_week() -> None:
    words = " ".join([*checkin_text.intro(), *(checkin_text.part_hint(p) for p in Part)])
    assert "last week" in words and "four weeks" not in words


@pytest.mark.parametrize(
    ("seconds", "text"), [(128, "2 min 8 s"), (45, "45 s"), (180, "3 min"), (0, "0 s")]
)
def test_time_breathed_has_one_format(seconds: int, text: str) -> None:
    assert duration_text(seconds) == text


def test_answers_are_capitalised_like_the_rest() -> None:
    assert journal_text._yes_no(True) == "Yes"
    assert journal_text._yes_no(False) == "No"
    assert journal_text._yes_no(None) == "Not answered"


@pytest.mark.parametrize(
    ("locale", "text"),
    [("en_GB", "6 Dec 2026"), ("en_US", "Dec 6, 2026"), ("de_DE", "6. Dez. 2026")],
    indirect=["locale"],
)
def test_one_locale_aware_day_format_in_journal_and_history(locale: None, text: str) -> None:
    assert "dddd" not in medium_format(QLocale())
    assert day_text(date(2026, 12, 6)) == text
    assert journal_text.when(NOW).startswith(text)
    assert history_words.range_caption(date(2026, 9, 7), date(2026, 12, 6)).endswith(text)


@pytest.mark.parametrize("top", [1, 4, 5, 7, 12, 40, 130, 999])
def test_charts_of_counts_have_whole_number_ticks(top: int) -> None:
    ticks = count_ticks(top)
    assert all(value == int(value) for value, _ in ticks)
    assert 2 <= len(ticks) <= 7 and ticks[0][0] == 0
