"""The rating card: never takes focus, one click rates, leaves by itself after two minutes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wellbeing.core.records import Call, Source, Tag
from wellbeing.ui.prompts.rating_card import LEAVE_AFTER_MS, RatingCard

ENDED = datetime(2026, 11, 23, 10, 5, tzinfo=UTC)


def detected() -> Call:
    return Call.create(ended_at=ENDED, difficulty=None, duration_s=250, source=Source.DETECTED)


def test_one_click_rates_the_call_with_the_tags_chosen(qtbot: QtBot) -> None:
    card = RatingCard()
    qtbot.addWidget(card)
    call = detected()
    card.show_call(call)
    assert card.isVisible()
    qtbot.mouseClick(card.chips[Tag.ESCALATED], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(card.rated) as rated:
        qtbot.mouseClick(card.buttons[3], Qt.MouseButton.LeftButton)
    assert rated.args == [call.id, 4, [Tag.ESCALATED]]
    assert not card.isVisible()


def test_it_has_the_flags_that_keep_focus_where_the_agent_types(qtbot: QtBot) -> None:
    card = RatingCard()
    qtbot.addWidget(card)
    card.show_call(detected())
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert card.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert card.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert card.focusPolicy() == Qt.FocusPolicy.NoFocus
    buttons = [*card.buttons, *card.chips.values()]
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)


def test_it_leaves_after_two_minutes_and_the_call_stays_unrated(qtbot: QtBot) -> None:
    card = RatingCard()
    qtbot.addWidget(card)
    call = detected()
    card.show_call(call)
    assert card.timer.isActive() and card.timer.interval() == LEAVE_AFTER_MS == 120_000
    rated: list[object] = []
    card.rated.connect(lambda *args: rated.append(args))
    with qtbot.waitSignal(card.left) as left:
        card.timer.timeout.emit()
    assert left.args == [call.id]
    assert not card.isVisible() and rated == []


def test_it_says_how_long_the_call_was(qtbot: QtBot) -> None:
    card = RatingCard()
    qtbot.addWidget(card)
    card.show_call(detected())
    assert "4 min 10 s" in card.accessibleDescription()
