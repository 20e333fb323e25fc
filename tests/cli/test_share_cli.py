"""``wellbeing share …`` and ``wellbeing team report`` as an agent and a team lead run them."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from fixed_clock import CLOCK, NOW

from wellbeing.cli import main as real_main
from wellbeing.core.weeks import iso_week


def main(argv: Sequence[str]) -> int:
    return real_main(argv, clock=CLOCK)


def last_week() -> str:
    """A moment in the week before this one, as ``--at`` takes it."""
    return (NOW - timedelta(days=7)).isoformat(timespec="seconds")


def agent(tmp_path: Path, name: str) -> list[str]:
    return ["--data-dir", str(tmp_path / name)]


def log_last_week(data: list[str], *notes: str) -> None:
    for note in notes:
        at = ["--at", last_week()]
        assert main([*data, "log-call", "--difficulty", "4", "--note", note, *at]) == 0


def pulses(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("wellbeing: error:")
    return err


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    return folder


def test_an_agent_opts_in_publishes_and_opts_out(
    tmp_path: Path, team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = agent(tmp_path, "sam")
    log_last_week(data, "caller shouted about a refund", "threatened to complain")
    capsys.readouterr()

    assert main([*data, "share", "preview"]) == 0
    (shown,) = json.loads(capsys.readouterr().out)
    assert shown["week"] == iso_week(NOW - timedelta(days=7))
    assert shown["indicators"]["calls"] == 2

    assert main([*data, "share", "on", "--folder", str(team)]) == 0
    assert "sharing is on" in capsys.readouterr().out
    assert pulses(team) == []  # turning on writes nothing by itself
    assert main([*data, "share", "publish"]) == 0
    assert "wrote 1 pulse(s)" in capsys.readouterr().out
    (pulse_file,) = pulses(team)
    written = json.loads(pulse_file.read_text())
    assert {**shown, "token": written["token"]} == written
    assert b"refund" not in pulse_file.read_bytes()

    assert main([*data, "share", "publish"]) == 0
    assert "nothing to share" in capsys.readouterr().out
    assert main([*data, "share", "preview"]) == 0
    assert "nothing to share" in capsys.readouterr().out

    assert main([*data, "share", "off"]) == 0
    assert "deleted 1 pulse(s)" in capsys.readouterr().out
    assert pulses(team) == []


def test_team_report_shows_a_week_only_with_enough_contributors(
    tmp_path: Path, team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def contributors(names: range) -> None:
        for n in names:
            data = agent(tmp_path, f"agent{n}")
            log_last_week(data, "x")
            assert main([*data, "share", "on", "--folder", str(team)]) == 0
            assert main([*data, "share", "publish"]) == 0

    def report(*extra: str) -> dict[str, object]:
        capsys.readouterr()
        assert main(["team", "report", "--folder", str(team), "--json", *extra]) == 0
        result: dict[str, object] = json.loads(capsys.readouterr().out)
        return result

    contributors(range(4))
    (week,) = report()["weeks"]  # type: ignore[misc]
    assert week == {"week": week["week"], "contributors": 4, "shown": False}
    contributors(range(4, 6))
    shown = report()
    assert shown["min_group"] == 5 and shown["invalid_files"] == 0
    (week,) = shown["weeks"]  # type: ignore[misc]
    assert week["shown"] is True and week["contributors"] == 6
    assert week["indicators"]["difficult_share"] == 1.0
    assert report("--min-group", "7")["weeks"][0]["shown"] is False  # type: ignore[index]
    assert report("--weeks", "1")["weeks"][0]["contributors"] == 6  # type: ignore[index]

    capsys.readouterr()
    assert main(["team", "report", "--folder", str(team)]) == 0
    assert "100%" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["team", "report", "--folder", "TEAM", "--min-group", "2"],
        ["team", "report", "--folder", "TEAM", "--min-group", "-5"],
        ["team", "report", "--folder", "TEAM", "--min-group", "five"],
        ["team", "report", "--folder", "TEAM", "--weeks", "0"],
        ["team", "report", "--folder", "MISSING"],
        ["team", "report"],
        ["team"],
        ["share"],
        ["share", "on"],
        ["share", "on", "--folder", "MISSING"],
        ["share", "on", "--folder", "nosuchprotocol://x/y"],
        ["share", "publish"],  # while off
        ["share", "sideways"],
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path, team: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    args = [a.replace("TEAM", str(team)).replace("MISSING", str(tmp_path / "x")) for a in args]
    assert main(["--data-dir", str(data_dir), *args]) == 2
    one_error_line(capsys)
    assert not data_dir.exists()
    assert list(team.iterdir()) == []


def test_a_url_needs_the_fsspec_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "fsspec", None)
    data = agent(tmp_path, "data")
    assert main([*data, "share", "on", "--folder", "s3://bucket/team"]) == 2
    assert "fsspec" in one_error_line(capsys)
    assert main(["team", "report", "--folder", "s3://bucket/team"]) == 2
    assert "fsspec" in one_error_line(capsys)
    assert not (tmp_path / "data").exists()


def test_purge_retracts_the_shared_pulses(
    tmp_path: Path, team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = agent(tmp_path, "sam")
    log_last_week(data, "note")
    assert main([*data, "share", "on", "--folder", str(team)]) == 0
    assert main([*data, "share", "publish"]) == 0
    assert len(pulses(team)) == 1
    capsys.readouterr()
    assert main([*data, "purge", "--yes"]) == 0
    assert capsys.readouterr().out.strip() == "deleted every record and 1 shared pulse(s)"
    assert pulses(team) == []
    assert not (tmp_path / "sam" / "sharing.json").exists()


def test_purge_with_the_team_folder_gone_deletes_the_records_and_says_what_is_left(
    tmp_path: Path, team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = agent(tmp_path, "sam")
    log_last_week(data, "note")
    assert main([*data, "share", "on", "--folder", str(team)]) == 0
    assert main([*data, "share", "publish"]) == 0
    away = team.rename(tmp_path / "unmounted")
    assert main([*data, "purge", "--yes"]) == 1
    assert "share off" in one_error_line(capsys)
    assert main([*data, "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["calls"] == 0
    assert main([*data, "share", "publish"]) == 2  # sharing is off now
    away.rename(team)
    assert main([*data, "share", "off"]) == 0
    assert pulses(team) == []
