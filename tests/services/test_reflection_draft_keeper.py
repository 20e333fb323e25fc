"""The keeper of reflection drafts: written after a pause in typing, at once when the
dialog closes, gone when saved or discarded; a failed write is told, not raised."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wellbeing.core.reflection import ReflectionDraft
from wellbeing.services.reflection_drafts import DraftKeeper
from wellbeing.store.drafts import ReflectionDrafts

TYPED = ReflectionDraft(carry_forward="Slow down")
MORE = ReflectionDraft(carry_forward="Slow down, then ask")


@pytest.fixture
def drafts(tmp_path: Path) -> ReflectionDrafts:
    return ReflectionDrafts(tmp_path)


def test_changes_wait_for_the_pause_and_the_last_one_is_written(
    qtbot: QtBot, drafts: ReflectionDrafts
) -> None:
    keeper = DraftKeeper(drafts)
    keeper.on_changed("c1", TYPED)
    keeper.on_changed("c1", MORE)
    assert keeper.waiting
    assert drafts.load("c1") is None  # nothing written between two keystrokes
    qtbot.waitUntil(lambda: not keeper.waiting)
    assert drafts.load("c1") == MORE
    assert keeper.load("c1") == MORE


def test_closing_writes_at_once(drafts: ReflectionDrafts) -> None:
    keeper = DraftKeeper(drafts, delay_ms=60_000)
    keeper.on_changed("c1", TYPED)
    keeper.on_kept("c1", MORE)
    assert not keeper.waiting
    assert drafts.load("c1") == MORE


def test_a_change_for_another_call_first_writes_the_one_waiting(
    drafts: ReflectionDrafts,
) -> None:
    keeper = DraftKeeper(drafts, delay_ms=60_000)
    keeper.on_changed("c1", TYPED)
    keeper.on_changed(None, MORE)
    assert drafts.load("c1") == TYPED
    keeper.flush()
    assert drafts.load(None) == MORE


def test_answers_all_cleared_remove_the_draft(drafts: ReflectionDrafts) -> None:
    drafts.save("c1", TYPED)
    DraftKeeper(drafts).on_kept("c1", ReflectionDraft())
    assert drafts.load("c1") is None


def test_saved_or_discarded_drops_the_draft_and_the_change_waiting(
    drafts: ReflectionDrafts,
) -> None:
    drafts.save("c1", TYPED)
    keeper = DraftKeeper(drafts, delay_ms=60_000)
    keeper.on_changed("c1", MORE)
    keeper.on_dropped("c1")
    keeper.flush()
    assert drafts.load("c1") is None
    assert not drafts.path.exists()


class FullDisk(ReflectionDrafts):
    def save(self, call_id: str | None, draft: ReflectionDraft) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_draft_that_cannot_be_written_is_told_once_not_raised(tmp_path: Path) -> None:
    keeper = DraftKeeper(FullDisk(tmp_path), delay_ms=60_000)
    told: list[str] = []
    keeper.failed.connect(told.append)
    keeper.on_changed("c1", TYPED)
    keeper.flush()
    keeper.on_changed("c1", MORE)
    keeper.flush()
    assert told == ["Your reflection draft could not be kept: No space left on device"]
    keeper.on_kept("c1", MORE)  # told already; the dialog closed: the next one is told again
    keeper.on_changed("c2", TYPED)
    keeper.flush()
    assert len(told) == 2
