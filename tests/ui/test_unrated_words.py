"""An unrated call reads "not rated" in the journal, its details, the reflection's
context line and the tray tooltip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wellbeing.core.history import History
from wellbeing.core.journal import entries
from wellbeing.core.records import Call, Source
from wellbeing.core.settings import Settings
from wellbeing.core.strain import strain
from wellbeing.ui.history import journal_text
from wellbeing.ui.history.journal_model import Column, JournalModel
from wellbeing.ui.reflection.reflection_fields import call_context
from wellbeing.ui.tray.strain_text import tooltip

NOW = datetime(2026, 11, 23, 15, tzinfo=UTC)


def unrated() -> Call:
    return Call.create(
        ended_at=NOW - timedelta(minutes=5), difficulty=None, duration_s=90, source=Source.DETECTED
    )


def test_the_journal_says_not_rated(qapp: QApplication) -> None:
    model = JournalModel()
    model.set_entries(entries(History(calls=[unrated()])))
    shown = model.data(model.index(0, Column.DIFFICULTY), Qt.ItemDataRole.DisplayRole)
    assert shown == "not rated"
    (entry,) = entries(History(calls=[unrated()]))
    assert "not rated" in journal_text.details_html(entry, None, NOW)


def test_the_reflection_names_the_call_not_rated(qapp: QApplication) -> None:
    assert "not rated" in call_context(unrated(), NOW)


def test_the_tooltip_counts_the_calls_not_rated_today(qapp: QApplication) -> None:
    state = strain(History(calls=[unrated()]), Settings(), NOW)
    assert "1 not rated" in tooltip(state, NOW)
