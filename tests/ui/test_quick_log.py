"""The quick-log popup: one click or one key logs; it never guesses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from wellbeing.core.records import Tag
from wellbeing.ui.prompts.quick_log import QuickLogPopup, place_near


@pytest.fixture
def popup(qtbot: QtBot) -> QuickLogPopup:
    widget = QuickLogPopup()
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.popup_at(QPoint(300, 300))
    return widget


def button(popup: QuickLogPopup, name: str) -> QAbstractButton:
    """Find a button the way a screen reader would: by its accessible name."""
    found = [b for b in popup.findChildren(QAbstractButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def note(popup: QuickLogPopup) -> QLineEdit:
    field = popup.findChild(QLineEdit)
    assert field is not None
    return field


def hint(popup: QuickLogPopup) -> str:
    label = popup.findChild(QLabel, "hint")
    assert label is not None
    return label.text()


def test_clicking_a_difficulty_logs_it_at_once_and_hides(qtbot: QtBot, popup: QuickLogPopup):
    with qtbot.waitSignal(popup.log_requested) as blocker:
        qtbot.mouseClick(button(popup, "4 Difficult"), Qt.MouseButton.LeftButton)
    assert blocker.args == [4, [], ""]
    assert not popup.isVisible()


def test_chips_and_note_go_with_the_click_then_the_popup_resets(qtbot: QtBot, popup: QuickLogPopup):
    qtbot.mouseClick(button(popup, "Escalated"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(popup, "Angry"), Qt.MouseButton.LeftButton)
    note(popup).setFocus()
    qtbot.keyClicks(note(popup), " wanted a supervisor ")
    with qtbot.waitSignal(popup.log_requested) as blocker:
        qtbot.mouseClick(button(popup, "2 A bit tense"), Qt.MouseButton.LeftButton)
    difficulty, tags, text = blocker.args
    assert (difficulty, tags, text) == (2, [Tag.ANGRY, Tag.ESCALATED], "wanted a supervisor")
    assert all(isinstance(tag, Tag) for tag in tags)
    assert not button(popup, "Angry").isChecked()
    assert not button(popup, "Escalated").isChecked()
    assert note(popup).text() == ""


def test_a_digit_key_logs_at_once(qtbot: QtBot, popup: QuickLogPopup):
    with qtbot.waitSignal(popup.log_requested) as blocker:
        qtbot.keyClick(popup, Qt.Key.Key_5)
    assert blocker.args == [5, [], ""]
    assert not popup.isVisible()


def test_a_digit_key_on_a_focused_chip_logs_with_the_chips(qtbot: QtBot, popup: QuickLogPopup):
    chip = button(popup, "Long")
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    with qtbot.waitSignal(popup.log_requested) as blocker:
        qtbot.keyClick(chip, Qt.Key.Key_1)
    assert blocker.args == [1, [Tag.LONG], ""]


def test_a_digit_typed_in_the_note_is_text_not_a_log(qtbot: QtBot, popup: QuickLogPopup):
    note(popup).setFocus()
    with qtbot.assertNotEmitted(popup.log_requested):
        qtbot.keyClicks(note(popup), "2")
    assert note(popup).text() == "2"
    assert popup.isVisible()


def test_enter_logs_the_focused_difficulty_button(qtbot: QtBot, popup: QuickLogPopup):
    tough = button(popup, "3 Tough")
    tough.setFocus()
    with qtbot.waitSignal(popup.log_requested) as blocker:
        qtbot.keyClick(tough, Qt.Key.Key_Return)
    assert blocker.args == [3, [], ""]


def test_enter_in_the_note_logs_the_difficulty_chosen_with_alt(qtbot: QtBot, popup: QuickLogPopup):
    field = note(popup)
    field.setFocus()
    qtbot.keyClicks(field, "rude")
    with qtbot.assertNotEmitted(popup.log_requested):
        qtbot.keyClick(field, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert field.text() == "rude"
    assert "4 Difficult" in hint(popup)
    with qtbot.waitSignal(popup.log_requested) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert blocker.args == [4, [], "rude"]


def test_arrow_keys_choose_along_the_row(qtbot: QtBot, popup: QuickLogPopup):
    with qtbot.assertNotEmitted(popup.log_requested):
        qtbot.keyClick(popup, Qt.Key.Key_Right)  # enters the row at 1
        qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Right)
        qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Right)
        qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Left)
    assert popup.focusWidget() is button(popup, "2 A bit tense")
    note(popup).setFocus()
    with qtbot.waitSignal(popup.log_requested) as blocker:
        qtbot.keyClick(note(popup), Qt.Key.Key_Return)
    assert blocker.args == [2, [], ""]


def test_enter_with_no_difficulty_asks_for_one(qtbot: QtBot, popup: QuickLogPopup):
    note(popup).setFocus()
    with qtbot.assertNotEmitted(popup.log_requested):
        qtbot.keyClick(note(popup), Qt.Key.Key_Return)
    assert popup.isVisible()
    assert popup.focusWidget() is button(popup, "1 Routine")
    assert hint(popup) == "Pick a difficulty: 1–5"


@pytest.mark.parametrize("where", ["popup", "note"])
def test_escape_closes_without_logging_and_forgets_the_draft(
    qtbot: QtBot, popup: QuickLogPopup, where: str
):
    qtbot.mouseClick(button(popup, "Abusive"), Qt.MouseButton.LeftButton)
    note(popup).setFocus()
    qtbot.keyClicks(note(popup), "draft")
    target = note(popup) if where == "note" else popup
    if where == "popup":
        popup.setFocus()
    with qtbot.assertNotEmitted(popup.log_requested):
        qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert not button(popup, "Abusive").isChecked()
    assert note(popup).text() == ""


def test_every_control_has_an_accessible_name(popup: QuickLogPopup):
    controls = [*popup.findChildren(QAbstractButton), *popup.findChildren(QLineEdit)]
    assert len(controls) == 5 + len(Tag) + 1
    assert all(control.accessibleName() for control in controls)


def test_colour_is_never_the_only_signal(popup: QuickLogPopup):
    for level in range(1, 6):
        found = popup.findChild(QAbstractButton, f"difficulty{level}")
        assert found is not None
        assert found.text().startswith(str(level))


def test_popup_at_keeps_the_popup_on_its_screen(popup: QuickLogPopup):
    area = QGuiApplication.primaryScreen().availableGeometry()
    popup.popup_at(area.bottomRight())
    assert area.contains(popup.frameGeometry())


@pytest.mark.parametrize(
    ("point", "above"),
    [(QPoint(1010, 760), True), (QPoint(1010, 5), False), (QPoint(3, 400), True)],
)
def test_place_near_opens_away_from_the_tray_edge_and_stays_inside(point: QPoint, above: bool):
    area = QRect(0, 0, 1024, 768)
    size = QSize(480, 260)
    corner = place_near(point, size, area)
    assert area.contains(QRect(corner, size))
    assert (corner.y() + size.height() <= point.y()) is above
