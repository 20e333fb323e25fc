"""The command line as scripts use it: exit codes, JSON shapes, no writes on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from fixed_clock import CLOCK, run_cli

from wellbeing.cli import main as real_main


def main(argv: Sequence[str]) -> int:
    return real_main(argv, clock=CLOCK)


def stats_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "stats", "--json"]) == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def test_logged_escalated_call_shows_in_stats(tmp_path: Path) -> None:
    logged = run_cli(
        tmp_path,
        "log-call",
        "--difficulty",
        "4",
        "--tag",
        "escalated",
        "--note",
        "shouted about a refund",
    )
    assert logged.returncode == 0, logged.stderr
    shown = run_cli(tmp_path, "stats", "--json")
    assert shown.returncode == 0, shown.stderr
    stats = json.loads(shown.stdout)
    assert stats["calls"] == 1
    assert stats["difficult"] == 1
    assert stats["current_streak"] == 1
    for key in ("severe", "max_streak", "breaks_taken", "breaks_prompted"):
        assert key in stats


@pytest.mark.parametrize(
    "args",
    [
        ["--difficulty", "0"],
        ["--difficulty", "6"],
        ["--difficulty", "abc"],
        ["--difficulty", "3", "--tag", "rude"],
        ["--difficulty", "3", "--at", "yesterday-ish"],
        ["--difficulty", "3", "--duration", "ten"],
        ["--difficulty", "3", "--duration", "-5"],
        ["--tag", "angry"],
    ],
)
def test_bad_log_call_input_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "log-call", *args]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("wellbeing: error:")
    assert not data_dir.exists()


def test_import_of_a_file_that_is_not_an_export_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    for content in (
        '{"calls": []}',
        "not json at all",
        '{"schema": "wellbeing.export/1", '
        '"calls": [{"id": "x", "ended_at": "2026-11-23T10:00:00+00:00", '
        '"difficulty": 9}]}',
    ):
        bogus = tmp_path / "bogus.json"
        bogus.write_text(content)
        assert main(["--data-dir", str(data_dir), "import", "--file", str(bogus)]) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main(["--data-dir", str(data_dir), "import", "--file", str(tmp_path / "none")]) == 2
    assert not data_dir.exists()


def test_export_purge_import_restores_everything_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    for difficulty, tag, at in [
        ("5", "abusive", "2026-11-16T10:00:00+01:00"),
        ("2", "resolved", "2026-11-20T11:30:00+01:00"),
        ("4", "escalated", "2026-11-23T09:15:00+01:00"),
    ]:
        assert (
            main(
                [
                    *data,
                    "log-call",
                    "--difficulty",
                    difficulty,
                    "--tag",
                    tag,
                    "--at",
                    at,
                    "--note",
                    "private words",
                ]
            )
            == 0
        )
    out = tmp_path / "backup.json"
    assert main([*data, "export", "--format", "json", "--out", str(out)]) == 0
    exported = json.loads(out.read_text())
    assert exported["schema"] == "wellbeing.export/1"
    assert set(exported) >= {"calls", "breaks", "prompts", "reflections", "checkins"}
    assert set(exported["calls"][0]) == {
        "id",
        "ended_at",
        "difficulty",
        "tags",
        "duration_s",
        "note",
        "source",
    }
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600

    assert main([*data, "purge", "--yes"]) == 0
    assert stats_json(tmp_path / "data", capsys)["calls"] == 0
    assert main([*data, "import", "--file", str(out)]) == 0
    assert main([*data, "import", "--file", str(out)]) == 0
    capsys.readouterr()
    assert main([*data, "export", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == exported


def test_purge_without_yes_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert main([*data, "log-call", "--difficulty", "3"]) == 0
    assert main([*data, "purge"]) == 2
    assert stats_json(tmp_path, capsys)["calls"] == 1


def test_csv_export_has_one_row_per_call_with_tags_joined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert main([*data, "log-call", "--difficulty", "4", "--tag", "angry", "--tag", "long"]) == 0
    capsys.readouterr()
    assert main([*data, "export", "--format", "csv"]) == 0
    header, row = capsys.readouterr().out.strip().splitlines()
    assert header == "id,ended_at,difficulty,tags,duration_s,note,source"
    assert ",angry;long," in row


def test_a_corrupt_file_is_moved_aside_reported_and_the_rest_still_counts(
    tmp_path: Path,
) -> None:
    assert (
        run_cli(
            tmp_path, "log-call", "--difficulty", "4", "--at", "2026-11-02T10:00:00+00:00"
        ).returncode
        == 0
    )
    assert (
        run_cli(
            tmp_path, "log-call", "--difficulty", "2", "--at", "2026-11-23T10:00:00+00:00"
        ).returncode
        == 0
    )
    week_files = sorted((tmp_path / "calls").glob("*.json"))
    assert len(week_files) == 2
    week_files[0].write_text('{"_default": {"1": {"id": "trunc')

    result = run_cli(tmp_path, "stats", "--json")
    assert result.returncode == 0
    assert week_files[0].name in result.stderr
    assert json.loads(result.stdout)["calls"] == 1
    aside = list((tmp_path / "calls").glob(f"{week_files[0].name}.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_text().startswith('{"_default"')


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("wellbeing 0.")


def test_on_call_without_a_running_app_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "on-call", "start"]) == 1
    assert "not running" in capsys.readouterr().err


def test_python_dash_m_wellbeing_is_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wellbeing", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wellbeing 0.")


def test_stats_counts_the_streak_with_the_agent_s_own_shift_gap(tmp_path: Path) -> None:
    """The tray and ``stats`` must agree: with a 3-hour shift gap, two difficult
    calls four and a half hours apart belong to two shifts."""
    from wellbeing.core.settings import Settings
    from wellbeing.store.store import Store

    data = tmp_path / "data"
    Store.open(data).save_settings(Settings(shift_gap_h=3).to_dict())
    for at in ("2026-11-25T10:00:00+01:00", "2026-11-25T14:30:00+01:00"):
        assert run_cli(data, "log-call", "--difficulty", "4", "--at", at).returncode == 0
    stats = json.loads(run_cli(data, "stats", "--json").stdout)
    assert (stats["current_streak"], stats["max_streak"]) == (1, 1)
