"""The coach card: the four L.A.S.T. steps, the boundaries, stay on top, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from wellbeing.core.records import LastStep
from wellbeing.ui.reflection import coach_text
from wellbeing.ui.reflection.coach_card import CoachCard
from wellbeing.ui.theme import DARK, LIGHT


@pytest.fixture
def card(qtbot: QtBot) -> CoachCard:
    widget = CoachCard(LIGHT)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def accessible_name(widget: QWidget | None) -> str:
    """What a screen reader announces (a label's name is its text)."""
    assert widget is not None
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def texts(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def tabs(card: CoachCard) -> QTabWidget:
    found = card.findChild(QTabWidget, "sections")
    assert found is not None
    return found


def test_one_tab_per_step_then_the_boundaries(card: CoachCard) -> None:
    widget = tabs(card)
    labels = [widget.tabText(i).replace("&", "") for i in range(widget.count())]
    assert labels == ["Listen", "Acknowledge", "Solve", "Thank", "Boundaries"]


@pytest.mark.parametrize("step", list(LastStep))
def test_each_step_shows_its_hint_and_three_or_four_phrases(
    card: CoachCard, step: LastStep
) -> None:
    page = card.findChild(QWidget, f"step_{step.value}")
    assert page is not None
    shown = texts(page)
    assert coach_text.step_name(step) in shown
    assert coach_text.step_hint(step) in shown
    phrases = [label.text() for label in page.findChildren(QLabel, "phrase")]
    assert 3 <= len(phrases) <= 4
    assert phrases == [coach_text.quoted(p) for p in coach_text.phrases(step)]


def test_the_examples_an_agent_expects_are_there(card: CoachCard) -> None:
    everything = " ".join(texts(card))
    for phrase in (
        "Take your time, I'm listening.",
        "I can hear how frustrating this has been.",
        "Here's what I can do right now…",
        "Thank you for your patience while we sorted this.",
    ):
        assert phrase in everything


def test_the_boundaries_are_numbered_steps_in_order(card: CoachCard) -> None:
    page = card.findChild(QWidget, "boundaries")
    assert page is not None
    shown = texts(page)
    assert "If a caller becomes abusive" in shown
    steps = [label.text() for label in page.findChildren(QLabel, "phrase")]
    assert len(steps) == 5
    assert "I can't continue if the language goes on" in steps[0]
    assert "supervisor" in steps[1]
    assert "end the call respectfully" in steps[2]
    assert "tag it abusive" in steps[3]
    assert "breathing reset" in steps[4]
    for number in range(1, 6):
        assert f"{number}." in shown


def test_alt_letters_open_the_tabs(qtbot: QtBot, card: CoachCard) -> None:
    widget = tabs(card)
    marks = [widget.tabText(i).split("&")[1][0] for i in range(widget.count())]
    assert marks == ["L", "A", "S", "T", "B"]  # L.A.S.T., then Boundaries
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    QTest.keyClick(card, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert widget.currentWidget().objectName() == "boundaries"
    QTest.keyClick(card, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert widget.currentWidget().objectName() == "step_solve"
    card.show_section(0)
    assert card.current_section() == 0


def test_stay_on_top_toggles_the_window_flag_and_keeps_the_window_shown(
    qtbot: QtBot, card: CoachCard
) -> None:
    box = card.findChild(QCheckBox, "stay_on_top")
    assert box is not None
    assert not box.isChecked()
    assert not card.stays_on_top()
    with qtbot.waitSignal(card.stay_on_top_changed) as blocker:
        box.click()
    assert blocker.args == [True]
    assert card.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert card.isVisible()
    with qtbot.waitSignal(card.stay_on_top_changed) as blocker:
        QTest.keyClick(box, Qt.Key.Key_Space)
    assert blocker.args == [False]
    assert not card.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert card.isVisible()


def test_set_stay_on_top_syncs_the_checkbox_and_emits_once(qtbot: QtBot, card: CoachCard) -> None:
    seen: list[bool] = []
    card.stay_on_top_changed.connect(seen.append)
    card.set_stay_on_top(True)
    card.set_stay_on_top(True)
    box = card.findChild(QCheckBox, "stay_on_top")
    assert box is not None and box.isChecked()
    assert seen == [True]


def test_stay_on_top_can_start_on_and_a_hidden_card_stays_hidden(qtbot: QtBot) -> None:
    card = CoachCard(DARK, stay_on_top=True)
    qtbot.addWidget(card)
    assert card.stays_on_top()
    card.set_stay_on_top(False)
    assert not card.stays_on_top()
    assert not card.isVisible()


def test_esc_closes(qtbot: QtBot, card: CoachCard) -> None:
    QTest.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()


def test_it_is_not_modal(card: CoachCard) -> None:
    assert card.windowModality() == Qt.WindowModality.NonModal
    assert card.isWindow()


def test_every_focusable_widget_has_an_accessible_name(card: CoachCard) -> None:
    focusable = [w for w in card.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert focusable, "nothing reachable from the keyboard"
    unnamed = [type(w).__name__ for w in focusable if not accessible_name(w)]
    assert unnamed == []
    assert accessible_name(card.findChild(QCheckBox, "stay_on_top")) == (
        "Stay on top of other windows"
    )
