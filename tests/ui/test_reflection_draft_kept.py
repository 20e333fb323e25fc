"""Esc never throws a reflection away (issue 15, item 3): the dialog emits its draft as
the agent types and when it closes, is given it back when it opens again for the same
call, and touches no file itself; ``services.reflection_drafts`` keeps it."""

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
from wellbeing.core.reflection import ReflectionDraft
from wellbeing.services.reflection_drafts import DraftKeeper
from wellbeing.store.drafts import ReflectionDrafts
from wellbeing.ui.reflection.reflection_dialog import ReflectionDialog
from wellbeing.ui.windows import Windows

NOW = datetime(2026, 3, 4, 14, 40, tzinfo=timezone(timedelta(hours=1)))
CALL = Call.create(
    id="call-7", ended_at=NOW - timedelta(minutes=3), difficulty=5, tags=[Tag.ABUSIVE]
)
OTHER = Call.create(id="call-8", ended_at=NOW - timedelta(minutes=1), difficulty=4)


def open_dialog(
    qtbot: QtBot, draft: ReflectionDraft | None = None, *, offer_breathing: bool = False
) -> ReflectionDialog:
    dialog = ReflectionDialog(CALL, FakeClock(NOW), draft=draft, offer_breathing=offer_breathing)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.present()
    return dialog


# --- the dialog: state in, intents out, no file ------------------------------------------


def test_typing_emits_the_draft_with_its_call_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    dialog = open_dialog(qtbot)
    emitted: list[tuple[str | None, ReflectionDraft]] = []
    dialog.draft_changed.connect(lambda call_id, draft: emitted.append((call_id, draft)))
    QTest.keyClicks(dialog.carry_forward, "Slow")
    dialog.feelings.chips()[3].click()  # Tired
    assert len(emitted) == 5  # one per change: the keeper decides when to write
    call_id, draft = emitted[-1]
    assert call_id == CALL.id
    assert (draft.carry_forward, draft.emotions) == ("Slow", ("tired",))
    assert list(tmp_path.iterdir()) == []


def test_esc_emits_the_answers_to_keep(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    QTest.keyClicks(dialog.carry_forward, "Offer the supervisor sooner")
    with qtbot.waitSignal(dialog.draft_kept) as kept:
        QTest.keyClick(dialog.carry_forward, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert kept.args[0] == CALL.id
    assert kept.args[1].carry_forward == "Offer the supervisor sooner"


def test_a_draft_given_is_shown_as_it_was_left(qtbot: QtBot) -> None:
    left = ReflectionDraft(
        stress=6,
        emotions=("tired",),
        carry_forward="Offer the supervisor sooner",
        steps={LastStep.LISTEN: StepRating.HARD},
        journal="It was a lot.",
    )
    dialog = open_dialog(qtbot, left)
    assert dialog.draft() == left
    assert dialog.more.isVisible()  # answers under More are not hidden away
    assert dialog.notice.isVisible()


def test_save_emits_the_reflection_then_drops_the_draft(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReflectionDraft(carry_forward="Breathe first"))
    heard: list[str] = []
    dialog.saved.connect(lambda _reflection: heard.append("saved"))
    dialog.draft_dropped.connect(lambda call_id: heard.append(f"dropped {call_id}"))
    with qtbot.assertNotEmitted(dialog.draft_kept):
        dialog.on_save()
    assert heard == ["saved", f"dropped {CALL.id}"]


def test_discard_drops_the_draft_and_saves_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReflectionDraft(carry_forward="Never mind"))
    with (
        qtbot.assertNotEmitted(dialog.saved),
        qtbot.assertNotEmitted(dialog.draft_kept),
        qtbot.waitSignal(dialog.draft_dropped),
    ):
        dialog.discard_button.click()
    assert not dialog.isVisible()


def test_closing_after_a_save_keeps_no_draft(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, offer_breathing=True)
    dialog.carry_forward.setText("Ask for help")
    with qtbot.waitSignal(dialog.saved):
        dialog.on_save()
    assert dialog.breathe_button.isVisible()
    with qtbot.assertNotEmitted(dialog.draft_kept):
        dialog.reject()


def test_a_reflection_from_a_severe_card_offers_the_breathing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, offer_breathing=True)
    dialog.carry_forward.setText("Ask for help")
    with qtbot.waitSignal(dialog.saved):
        dialog.on_save()
    assert dialog.isVisible()
    assert dialog.breathe_button.isVisible()
    with qtbot.waitSignal(dialog.breathing_requested):
        dialog.breathe_button.click()
    assert not dialog.isVisible()


# --- wired as the app wires it -----------------------------------------------------------


@pytest.fixture
def drafts(tmp_path: Path) -> ReflectionDrafts:
    return ReflectionDrafts(tmp_path)


@pytest.fixture
def windows(qtbot: QtBot, drafts: ReflectionDrafts) -> Windows:
    built = Windows(FakeClock(NOW))
    built.reflection_drafts = DraftKeeper(drafts, parent=built)
    return built


def reopen(qtbot: QtBot, windows: Windows, call: Call = CALL) -> ReflectionDialog:
    windows.open_reflection(call)
    dialog = windows.reflection
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_type_esc_reopen_brings_the_text_back(
    qtbot: QtBot, windows: Windows, drafts: ReflectionDrafts
) -> None:
    dialog = reopen(qtbot, windows)
    dialog.carry_forward.setFocus()
    QTest.keyClicks(dialog.carry_forward, "Offer the supervisor sooner")
    dialog.feelings.chips()[3].click()  # Tired
    dialog.show_more()
    dialog.journal.setPlainText("It was a lot.")
    dialog.steps.buttons()[1].click()  # Listen: was hard
    QTest.keyClick(dialog.carry_forward, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stat.S_IMODE(drafts.path.stat().st_mode) == 0o600

    again = reopen(qtbot, windows)
    assert again is not dialog
    assert again.carry_forward.text() == "Offer the supervisor sooner"
    assert again.draft().emotions == ("tired",)
    assert again.journal.toPlainText() == "It was a lot."
    assert again.draft().steps == {LastStep.LISTEN: StepRating.HARD}
    assert again.more.isVisible()
    assert again.notice.isVisible()


def test_a_draft_belongs_to_its_call(qtbot: QtBot, windows: Windows) -> None:
    dialog = reopen(qtbot, windows)
    dialog.carry_forward.setText("For call 7")
    dialog.reject()
    other = reopen(qtbot, windows, OTHER)
    assert other.carry_forward.text() == ""
    assert not other.more.isVisible()


def test_saving_deletes_the_draft(qtbot: QtBot, windows: Windows, drafts: ReflectionDrafts) -> None:
    dialog = reopen(qtbot, windows)
    dialog.carry_forward.setText("Breathe first")
    dialog.reject()
    again = reopen(qtbot, windows)
    with qtbot.waitSignal(again.saved) as blocker:
        again.on_save()
    assert blocker.args[0].carry_forward == "Breathe first"
    assert drafts.load(CALL.id) is None
    assert reopen(qtbot, windows).carry_forward.text() == ""


def test_typing_keeps_the_draft_after_a_pause(
    qtbot: QtBot, windows: Windows, drafts: ReflectionDrafts
) -> None:
    """Kept while typing, not only at Esc: a crash of the app loses a second at most."""
    dialog = reopen(qtbot, windows)
    QTest.keyClicks(dialog.carry_forward, "Slow down")
    qtbot.waitUntil(lambda: drafts.load(CALL.id) is not None)
    found = drafts.load(CALL.id)
    assert found is not None
    assert found.carry_forward == "Slow down"
