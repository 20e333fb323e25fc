"""Esc never throws a reflection away: the draft is kept, brought back, and removed
once saved or discarded (issue 15, item 3)."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from wellbeing.core.records import Call, LastStep, StepRating, Tag
from wellbeing.store.drafts import ReflectionDrafts
from wellbeing.ui.reflection.reflection_dialog import ReflectionDialog

NOW = datetime(2026, 3, 4, 14, 40, tzinfo=timezone(timedelta(hours=1)))
CALL = Call.create(
    id="call-7", ended_at=NOW - timedelta(minutes=3), difficulty=5, tags=[Tag.ABUSIVE]
)
OTHER = Call.create(id="call-8", ended_at=NOW - timedelta(minutes=1), difficulty=4)


@pytest.fixture
def drafts(tmp_path: Path) -> ReflectionDrafts:
    return ReflectionDrafts(tmp_path)


def open_dialog(qtbot: QtBot, drafts: ReflectionDrafts, call: Call = CALL) -> ReflectionDialog:
    dialog = ReflectionDialog(call, FakeClock(NOW), drafts=drafts)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.present()
    return dialog


def test_type_esc_reopen_brings_the_text_back(qtbot: QtBot, drafts: ReflectionDrafts) -> None:
    dialog = open_dialog(qtbot, drafts)
    dialog.carry_forward.setFocus()
    QTest.keyClicks(dialog.carry_forward, "Offer the supervisor sooner")
    dialog.feelings.chips()[3].click()  # Tired
    dialog.show_more()
    dialog.journal.setPlainText("It was a lot.")
    dialog.steps.buttons()[1].click()  # Listen: was hard
    QTest.keyClick(dialog.carry_forward, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stat.S_IMODE(drafts.path.stat().st_mode) == 0o600

    again = open_dialog(qtbot, drafts)
    assert again.carry_forward.text() == "Offer the supervisor sooner"
    assert again.draft().emotions == ("tired",)
    assert again.journal.toPlainText() == "It was a lot."
    assert again.draft().steps == {LastStep.LISTEN: StepRating.HARD}
    assert again.more.isVisible()  # answers under More are not hidden away
    assert again.notice.isVisible()


def test_a_draft_belongs_to_its_call(qtbot: QtBot, drafts: ReflectionDrafts) -> None:
    dialog = open_dialog(qtbot, drafts)
    dialog.carry_forward.setText("For call 7")
    dialog.reject()
    other = open_dialog(qtbot, drafts, OTHER)
    assert other.carry_forward.text() == ""
    assert not other.more.isVisible()


def test_saving_deletes_the_draft(qtbot: QtBot, drafts: ReflectionDrafts) -> None:
    dialog = open_dialog(qtbot, drafts)
    dialog.carry_forward.setText("Breathe first")
    dialog.reject()
    again = open_dialog(qtbot, drafts)
    with qtbot.waitSignal(again.saved) as blocker:
        again.on_save()
    assert blocker.args[0].carry_forward == "Breathe first"
    assert drafts.load(CALL.id) is None
    assert open_dialog(qtbot, drafts).carry_forward.text() == ""


def test_discard_deletes_the_draft_and_saves_nothing(
    qtbot: QtBot, drafts: ReflectionDrafts
) -> None:
    dialog = open_dialog(qtbot, drafts)
    dialog.carry_forward.setText("Never mind")
    dialog.keep_draft()
    assert drafts.load(CALL.id) is not None
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.discard_button.click()
    assert not dialog.isVisible()
    assert drafts.load(CALL.id) is None


def test_typing_keeps_the_draft_after_a_pause(qtbot: QtBot, drafts: ReflectionDrafts) -> None:
    """Kept while typing, not only at Esc: a crash of the app loses a second at most."""
    dialog = open_dialog(qtbot, drafts)
    QTest.keyClicks(dialog.carry_forward, "Slow down")
    qtbot.waitUntil(lambda: drafts.load(CALL.id) is not None)
    found = drafts.load(CALL.id)
    assert found is not None
    assert found.carry_forward == "Slow down"


def test_a_reflection_from_a_severe_card_offers_the_breathing(
    qtbot: QtBot, drafts: ReflectionDrafts
) -> None:
    dialog = ReflectionDialog(CALL, FakeClock(NOW), drafts=drafts, offer_breathing=True)
    qtbot.addWidget(dialog)
    dialog.present()
    dialog.carry_forward.setText("Ask for help")
    with qtbot.waitSignal(dialog.saved):
        dialog.on_save()
    assert dialog.isVisible()
    assert dialog.breathe_button.isVisible()
    with qtbot.waitSignal(dialog.breathing_requested):
        dialog.breathe_button.click()
    assert not dialog.isVisible()
