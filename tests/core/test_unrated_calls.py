"""An unrated call (DESIGN.md, Calls): counted as a call, neither extends nor
breaks a streak, and carried whole through stats, export, import and the week."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.core.classify import is_difficult, is_severe, max_streak, streak
from wellbeing.core.errors import InvalidInput
from wellbeing.core.exchange import csv_rows, parse_export_text, to_export
from wellbeing.core.history import History
from wellbeing.core.indicators import weekly_indicators
from wellbeing.core.journal import entries
from wellbeing.core.rating import detected_to_rate, last_unrated, logged_during, rate
from wellbeing.core.records import Call, Source, Tag
from wellbeing.core.settings import Settings
from wellbeing.core.stats import summarize
from wellbeing.core.strain import strain, tooltip_parts
from wellbeing.core.weeks import iso_week

NOW = datetime(2026, 11, 23, 15, tzinfo=UTC)


def call(minutes_ago: float, difficulty: int | None = 4, source: Source = Source.TRAY) -> Call:
    return Call.create(
        ended_at=NOW - timedelta(minutes=minutes_ago), difficulty=difficulty, source=source
    )


def detected(minutes_ago: float) -> Call:
    return call(minutes_ago, None, Source.DETECTED)


def test_an_unrated_call_is_neither_difficult_nor_severe() -> None:
    assert not is_difficult(detected(1))
    assert not is_severe(detected(1))


def test_an_unrated_call_neither_extends_nor_breaks_a_streak() -> None:
    calls = [call(30), detected(20), call(10)]
    assert streak(calls, now=NOW) == 2
    assert max_streak(calls) == 2
    assert streak([call(30), detected(20)], now=NOW) == 1
    assert streak([detected(20)], now=NOW) == 0


def test_stats_count_an_unrated_call_as_a_call_and_say_it_is_not_rated() -> None:
    summary = summarize(History(calls=[call(30, 2), detected(20)]), NOW)
    data = summary.to_dict()
    assert (data["calls"], data["difficult"], data["unrated"]) == (2, 0, 1)
    assert data["mean_difficulty"] == 2.0
    assert "Not rated:       1" in summary.to_text()


def test_the_week_counts_an_unrated_call_in_calls_only() -> None:
    history = History(calls=[call(30, 5), detected(20), call(10, 5)])
    week = weekly_indicators(history, iso_week(NOW)).to_dict()
    assert (week["calls"], week["difficult"], week["severe"], week["max_streak"]) == (3, 2, 2, 2)


def test_export_and_import_carry_an_unrated_call_whole() -> None:
    original = detected(5)
    text = json.dumps(to_export(History(calls=[original])))
    assert json.loads(text)["calls"][0]["difficulty"] is None
    assert parse_export_text(text, NOW).calls == (original,)


def test_csv_writes_an_unrated_call_with_an_empty_difficulty() -> None:
    rows = list(
        csv.reader(
            io.StringIO(
                "\n".join(",".join(map(str, r)) for r in csv_rows(History(calls=[detected(5)])))
            )
        )
    )
    header, row = rows
    assert row[header.index("difficulty")] == ""
    assert row[header.index("source")] == "detected"


@pytest.mark.parametrize("bad", ["", "3", 0, 6, 2.5, True, [], {}])
def test_an_unrated_call_is_null_never_another_type(bad: object) -> None:
    data = detected(5).to_dict() | {"difficulty": bad}
    with pytest.raises(InvalidInput):
        Call.from_dict(data, NOW)


def test_rating_sets_difficulty_and_tags_and_checks_them() -> None:
    rated = rate(detected(5), 4, ["escalated"])
    assert (rated.difficulty, rated.tags, rated.source) == (4, (Tag.ESCALATED,), Source.DETECTED)
    with pytest.raises(InvalidInput):
        rate(detected(5), None)
    with pytest.raises(InvalidInput):
        rate(detected(5), 9)


def test_the_last_unrated_call_is_the_one_that_ended_last() -> None:
    older, newer = detected(30), call(10, None, Source.API)
    assert last_unrated([newer, older, call(1)]) == newer
    assert last_unrated([call(1)]) is None


def test_a_manual_log_within_five_minutes_rates_the_detected_call() -> None:
    recent = detected(4)
    assert detected_to_rate([detected(20), recent], NOW) == recent
    assert detected_to_rate([detected(6)], NOW) is None
    assert detected_to_rate([call(2, None, Source.API)], NOW) is None
    assert detected_to_rate([call(2, 3, Source.DETECTED)], NOW) is None


def test_the_journal_keeps_an_unrated_call_without_difficulty() -> None:
    (entry,) = entries(History(calls=[detected(5)]))
    assert entry.difficulty is None


def test_the_tooltip_counts_todays_unrated_calls() -> None:
    state = strain(History(calls=[detected(5), detected(60 * 24 + 5)]), Settings(), NOW)
    assert state.unrated_today == 1
    assert ("unrated", {"count": 1}) in tooltip_parts(state, NOW)


def test_a_call_logged_by_hand_during_a_detected_call_is_found() -> None:
    start = NOW - timedelta(minutes=3)
    by_hand = call(1, 3)
    assert logged_during([detected(1), by_hand], start, NOW) == by_hand
    assert logged_during([call(5, 3)], start, NOW) is None
