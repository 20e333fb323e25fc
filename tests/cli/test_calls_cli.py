"""``rate-last``, ``status`` and ``log-call`` after a detected call, at a fixed moment."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from fixed_clock import CLOCK, NOW

from wellbeing.cli import main
from wellbeing.core.records import Call, Source
from wellbeing.store.store import Store


def detected(data: Path, minutes_ago: float) -> Call:
    call = Call.create(
        ended_at=NOW - timedelta(minutes=minutes_ago),
        difficulty=None,
        duration_s=120,
        source=Source.DETECTED,
    )
    Store.open(data).calls.add(call)
    return call


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args], clock=CLOCK)


def test_rate_last_rates_the_last_unrated_call(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    detected(tmp_path, 90)
    last = detected(tmp_path, 30)
    capsys.readouterr()
    assert run(tmp_path, "rate-last", "--difficulty", "4", "--tag", "angry") == 0
    assert capsys.readouterr().out.strip() == last.id
    by_id = {call.id: call for call in Store.open(tmp_path).calls.all()}
    assert by_id[last.id].difficulty == 4
    assert [tag.value for tag in by_id[last.id].tags] == ["angry"]
    assert sum(1 for call in by_id.values() if call.difficulty is None) == 1


def test_rate_last_without_an_unrated_call_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, "log-call", "--difficulty", "2") == 0
    capsys.readouterr()
    assert run(tmp_path, "rate-last", "--difficulty", "3") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no call is waiting for a rating" in err


@pytest.mark.parametrize("bad", [["--difficulty", "0"], ["--difficulty", "3", "--tag", "x"], []])
def test_rate_last_with_bad_input_writes_nothing(tmp_path: Path, bad: list[str]) -> None:
    call = detected(tmp_path, 5)
    assert run(tmp_path, "rate-last", *bad) == 2
    assert Store.open(tmp_path).calls.all() == [call]


def test_log_call_within_five_minutes_of_a_detected_call_rates_it(tmp_path: Path) -> None:
    call = detected(tmp_path, 4)
    assert run(tmp_path, "log-call", "--difficulty", "5", "--note", "shouted") == 0
    (stored,) = Store.open(tmp_path).calls.all()
    assert (stored.id, stored.difficulty, stored.note) == (call.id, 5, "shouted")


def test_log_call_later_or_at_a_given_time_adds_a_call(tmp_path: Path) -> None:
    detected(tmp_path, 6)
    assert run(tmp_path, "log-call", "--difficulty", "2") == 0
    detected(tmp_path, 1)
    assert run(tmp_path, "log-call", "--difficulty", "2", "--at", NOW.isoformat()) == 0
    assert len(Store.open(tmp_path).calls.all()) == 4


def test_stats_count_an_unrated_call(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    detected(tmp_path, 5)
    capsys.readouterr()
    assert run(tmp_path, "stats", "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["calls"], stats["unrated"], stats["current_streak"]) == (1, 1, 0)


def test_status_without_a_running_app_exits_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, "status", "--json") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "not running" in captured.err


@pytest.mark.parametrize(("duration", "kept"), [([], 120), (["--duration", "95"], 95)])
def test_log_call_rating_a_detected_call_keeps_its_duration_unless_given_one(
    tmp_path: Path, duration: list[str], kept: int
) -> None:
    call = detected(tmp_path, 2)
    assert run(tmp_path, "log-call", "--difficulty", "4", *duration) == 0
    (stored,) = Store.open(tmp_path).calls.all()
    assert (stored.id, stored.difficulty, stored.duration_s) == (call.id, 4, kept)
