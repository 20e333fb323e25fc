"""The reflection drafts file: private, written whole, forgiving of a bad file."""

from __future__ import annotations

import stat
from pathlib import Path

from wellbeing.core.records import LastStep, StepRating
from wellbeing.core.reflection import ReflectionDraft
from wellbeing.store.drafts import KEPT, ReflectionDrafts
from wellbeing.store.layout import private_files

DRAFT = ReflectionDraft(
    stress=6,
    emotions=("tired",),
    caller_problem="Refund",
    caller_emotion="angry",
    steps={LastStep.SOLVE: StepRating.WELL},
    boundary_crossed=True,
    boundary_action="Warned once",
    carry_forward="Pause after",
    journal="Long day.\nWater.",
)


def test_a_draft_reads_back_as_written_and_is_private(tmp_path: Path) -> None:
    drafts = ReflectionDrafts(tmp_path)
    drafts.save("call-1", DRAFT)
    drafts.save(None, ReflectionDraft(journal="No call"))
    assert drafts.load("call-1") == DRAFT
    found = drafts.load(None)
    assert found is not None and found.journal == "No call"
    assert stat.S_IMODE(drafts.path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [drafts.path.name]  # no temp left


def test_deleting_the_last_draft_removes_the_file(tmp_path: Path) -> None:
    drafts = ReflectionDrafts(tmp_path)
    drafts.save("call-1", DRAFT)
    drafts.delete("call-1")
    assert drafts.load("call-1") is None
    assert not drafts.path.exists()


def test_only_the_newest_drafts_are_kept(tmp_path: Path) -> None:
    drafts = ReflectionDrafts(tmp_path)
    for n in range(KEPT + 3):
        drafts.save(f"call-{n}", DRAFT)
    assert drafts.load("call-0") is None
    assert drafts.load(f"call-{KEPT + 2}") == DRAFT


def test_an_unreadable_file_counts_as_no_drafts(tmp_path: Path) -> None:
    drafts = ReflectionDrafts(tmp_path)
    drafts.path.write_text('{"call-1": {"steps": {"nonsense": 1}}, "x"', encoding="utf-8")
    assert drafts.load("call-1") is None
    drafts.save("call-2", DRAFT)
    assert drafts.load("call-2") == DRAFT


def test_delete_all_my_data_removes_the_drafts(tmp_path: Path) -> None:
    drafts = ReflectionDrafts(tmp_path)
    drafts.save("call-1", DRAFT)
    assert drafts.path in set(private_files(tmp_path))
