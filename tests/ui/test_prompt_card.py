"""The prompt card: says why, offers a break, and never takes focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from wellbeing.ui.corner_card import MARGIN
from wellbeing.ui.prompts.prompt_card import WIDTH, PromptCard

TITLE = "Time for a breather"
REASON = "3 difficult calls in a row"
SUGGESTION = "A 3-minute breathing break helps you leave that call behind."


@pytest.fixture
def card(qtbot: QtBot) -> PromptCard:
    widget = PromptCard()
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show_prompt(TITLE, REASON, SUGGESTION)
    return widget


def button(card: PromptCard, name: str) -> QAbstractButton:
    found = [b for b in card.findChildren(QAbstractButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


@pytest.mark.parametrize(
    ("name", "signal", "args"),
    [
        ("Start", "start_requested", []),
        ("Snooze 5 minutes", "snooze_requested", [5]),
        ("Snooze 10 minutes", "snooze_requested", [10]),
        ("Dismiss", "dismiss_requested", []),
    ],
)
def test_each_button_emits_its_intent_and_hides(
    qtbot: QtBot, card: PromptCard, name: str, signal: str, args: list[int]
):
    with qtbot.waitSignal(getattr(card, signal)) as blocker:
        qtbot.mouseClick(button(card, name), Qt.MouseButton.LeftButton)
    assert blocker.args == args
    assert not card.isVisible()


def test_hide_prompt_hides_without_an_outcome(qtbot: QtBot, card: PromptCard):
    with (
        qtbot.assertNotEmitted(card.start_requested),
        qtbot.assertNotEmitted(card.snooze_requested),
        qtbot.assertNotEmitted(card.dismiss_requested),
    ):
        card.hide_prompt()
    assert not card.isVisible()


def test_shows_the_title_the_reason_and_the_suggestion(card: PromptCard):
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert texts == [TITLE, REASON, SUGGESTION]
    assert all(label.wordWrap() for label in card.findChildren(QLabel))


def test_text_is_readable(card: PromptCard):
    for widget in [*card.findChildren(QLabel), *card.findChildren(QAbstractButton)]:
        assert widget.font().pointSizeF() >= 10.5


def test_sits_in_the_bottom_right_corner_and_fits_its_text(card: PromptCard):
    area = card.screen().availableGeometry()
    geometry = card.geometry()
    assert geometry.width() == WIDTH
    assert geometry.right() == area.right() - MARGIN
    assert geometry.bottom() == area.bottom() - MARGIN
    assert geometry.height() >= card.minimumSizeHint().height()


def test_has_the_no_focus_flags(card: PromptCard):
    flags = card.windowFlags()
    for flag in (
        Qt.WindowType.Tool,
        Qt.WindowType.FramelessWindowHint,
        Qt.WindowType.WindowStaysOnTopHint,
        Qt.WindowType.WindowDoesNotAcceptFocus,
    ):
        assert flags & flag == flag
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert card.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert all(
        b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in card.findChildren(QAbstractButton)
    )


def test_every_control_has_an_accessible_name(card: PromptCard):
    controls = [*card.findChildren(QAbstractButton), *card.findChildren(QLineEdit)]
    assert len(controls) == 5
    assert all(control.accessibleName() for control in controls)


def test_reflect_is_offered_only_when_the_prompt_allows_it(card: PromptCard, qtbot: QtBot):
    (reflect,) = [b for b in card.findChildren(QAbstractButton) if "Reflect" in b.text()]
    card.show_prompt(TITLE, REASON, SUGGESTION)
    assert not reflect.isVisible()
    card.show_prompt(TITLE, REASON, SUGGESTION, can_reflect=True, start_text="Breathe now")
    assert reflect.isVisible()
    with qtbot.waitSignal(card.reflect_requested):
        qtbot.mouseClick(reflect, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
