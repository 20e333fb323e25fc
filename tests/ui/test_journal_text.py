"""The journal's words as the history window shows them: each entry's
columns (kind, difficulty, tags, summary) in the agent's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from wellbeing.core.history import History
from wellbeing.core.journal import Entry, entries
from wellbeing.core.records import Break, BreakOutcome, Call, Reflection, Tag
from wellbeing.ui.history import journal_text

CET = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 16, tzinfo=CET)


@pytest.fixture(autouse=True)
def british(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def at(hour: int, minute: int = 0) -> datetime:
    return MONDAY + timedelta(hours=hour, minutes=minute)


def pause(
    ident: str,
    when: datetime,
    pattern: str = "box",
    *,
    completed_s: int = 128,
    before: int | None = None,
    after: int | None = None,
) -> Break:
    outcome = BreakOutcome.COMPLETED if completed_s >= 120 else BreakOutcome.SKIPPED
    return Break(ident, when, pattern, 120, completed_s, outcome, "manual", before, after)


def columns(entry: Entry) -> tuple[str, str, str, str]:
    return (
        journal_text.kind_names()[entry.kind],
        journal_text.difficulty_text(entry.difficulty),
        journal_text.tags_text(entry.tags),
        journal_text.summary(entry),
    )


def test_every_kind_of_entry_in_words() -> None:
    hard = Call.create(id="c1", ended_at=at(9), difficulty=5, tags=[Tag.ABUSIVE, Tag.UNRESOLVED])
    noted = Call.create(
        id="c2", ended_at=at(10), difficulty=3, note="Caller   upset\nabout a late refund"
    )
    thought = Reflection(id="r1", created_at=at(11), call_id="c1", carry_forward="Not about me.")
    chips = Reflection(id="r2", created_at=at(12), emotions=("shaken", "tired"))
    history = History.of(
        calls=[hard, noted],
        reflections=[thought, chips],
        breaks=[
            pause("b1", at(13), "cyclic_sigh", completed_s=30, before=6),
            pause("b2", at(14), "retired"),
            pause("b3", at(15), before=7, after=4),
            pause("b4", at(16), after=3),
        ],
    )
    assert [columns(entry) for entry in reversed(entries(history))] == [
        ("Call", "5 · severe", "abusive, unresolved", ""),
        ("Call", "3 · tough", "", "Caller upset about a late refund"),
        ("Reflection", "5 · severe", "abusive, unresolved", "Not about me."),
        ("Reflection", "", "", "Shaken, Tired"),
        ("Break", "", "", "Cyclic sigh · left early · stress before 6"),
        ("Break", "", "", "retired"),
        ("Break", "", "", "Box breathing · stress 7 → 4"),
        ("Break", "", "", "Box breathing · stress after 3"),
    ]


def test_a_long_note_is_cut_to_one_line() -> None:
    long_note = Call.create(ended_at=at(9), difficulty=1, note="word\n" * 100)
    summary = journal_text.summary(entries(History.of(calls=[long_note]))[0])
    assert len(summary) == 140
    assert summary.endswith("…") and "\n" not in summary


def test_every_difficulty_has_its_word() -> None:
    assert [journal_text.difficulty_text(n) for n in range(1, 6)] == [
        "1 · routine",
        "2 · a bit tense",
        "3 · tough",
        "4 · difficult",
        "5 · severe",
    ]
