"""``wellbeing share …``, ``team report`` and ``hub …`` as agents, a lead and the operator run them.

Six agents (six data dirs) log calls on Wednesday of week 2026-W47 and
share with a real hub on 127.0.0.1; every command runs at the same
injected moment as the hub: Monday after the week, 10:00 UTC.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from served_hub import HubClock, ServedHub, served_hub

from wellbeing.cli import main as real_main

WEEK = "2026-W47"
MONDAY_AFTER = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
WEDNESDAY = "2026-11-18T10:00:00+01:00"
CALLS = [[1, 4, 5], [2, 2, 4, 4], [1, 1, 1, 1, 5], [4], [3, 3], [4, 4, 4, 1, 1, 1]]


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ServedHub]:
    with served_hub(tmp_path, HubClock(MONDAY_AFTER)) as served:
        yield served


def run(hub: ServedHub, argv: Sequence[str], environ: Mapping[str, str] | None = None) -> int:
    return real_main(argv, clock=hub.clock, environ=environ or {})


def agent(tmp_path: Path, number: int) -> list[str]:
    return ["--data-dir", str(tmp_path / f"agent{number}")]


def log_calls(hub: ServedHub, data: list[str], difficulties: list[int]) -> None:
    for minute, difficulty in enumerate(difficulties):
        at = WEDNESDAY.replace("10:00", f"10:{10 + minute:02d}")
        assert run(hub, [*data, "log-call", "--difficulty", str(difficulty), "--at", at]) == 0


def report(hub: ServedHub, viewer: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    argv = ["team", "report", "--hub", hub.url, "--json"]
    assert run(hub, argv, {"WELLBEING_VIEWER": viewer}) == 0
    answer: dict[str, object] = json.loads(capsys.readouterr().out)
    return answer


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("wellbeing: error:")
    return err


def test_six_agents_share_the_lead_sees_released_figures_only(
    hub: ServedHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number, difficulties in enumerate(CALLS):
        data = agent(tmp_path, number)
        log_calls(hub, data, difficulties)
        capsys.readouterr()
        assert (
            run(hub, [*data, "share", "on", "--hub", hub.url, "--invite", hub.invites[number]]) == 0
        )
        shown = capsys.readouterr().out
        assert "operated by: Works council, Lyon site" in shown
        assert "team: support" in shown and "at least 5 contributors" in shown
        preview = json.loads(shown[shown.index("[") :])
        assert [pulse["week"] for pulse in preview] == [WEEK]
        assert preview[0]["indicators"]["calls"] == len(difficulties)
        state = Path(data[1]) / "sharing.json"
        assert stat.S_IMODE(state.stat().st_mode) == 0o600
        assert run(hub, [*data, "share", "preview"]) == 0
        assert json.loads(capsys.readouterr().out) == preview
        assert run(hub, [*data, "share", "publish"]) == 0
        assert capsys.readouterr().out == f"sent {WEEK}\n"

    # Publishing again sends nothing: the week went once.
    assert run(hub, [*agent(tmp_path, 0), "share", "publish"]) == 0
    assert "nothing to send" in capsys.readouterr().out

    # Before close the lead sees nothing for the week.
    assert report(hub, hub.viewer, capsys)["weeks"] == []

    # The sixth agent opts out before close: its pulse is retracted.
    assert run(hub, [*agent(tmp_path, 5), "share", "off"]) == 0
    said = capsys.readouterr().out
    assert "retracted 1 open pulse(s)" in said and "only inside the team's aggregate" in said
    assert "credential" not in (Path(agent(tmp_path, 5)[1]) / "sharing.json").read_text()

    assert run(hub, ["hub", "close", "--db", hub.db, "--team", "support", "--week", WEEK]) == 0
    released = report(hub, hub.viewer, capsys)
    assert released["team"] == "support" and released["min_group"] == 5
    (week,) = released["weeks"]  # type: ignore[misc]
    # Agents 1-5: 15 calls, 6 difficult (4 or 5): 40 %; medians of 3,4,5,1,2 calls: 3.
    assert week["week"] == WEEK and week["shown"] is True and week["contributors"] == 5
    assert week["indicators"]["difficult_share"] == pytest.approx(0.4)
    assert week["indicators"]["median"]["calls"] == 3

    # A late pulse after close is refused with the hub's message, and changes nothing.
    late = agent(tmp_path, 5)
    assert run(hub, [*late, "share", "on", "--hub", hub.url, "--invite", hub.invites[6]]) == 0
    capsys.readouterr()
    assert run(hub, [*late, "share", "publish"]) == 0
    assert "closed" in capsys.readouterr().err
    assert run(hub, [*late, "share", "preview"]) == 0
    assert "nothing to send" in capsys.readouterr().out

    # After close, opting out retracts nothing: the week exists only as the aggregate.
    assert run(hub, [*agent(tmp_path, 0), "share", "off"]) == 0
    assert "retracted 0 open pulse(s)" in capsys.readouterr().out
    assert report(hub, hub.viewer, capsys)["weeks"] == released["weeks"]


def test_a_viewer_of_another_team_is_refused(
    hub: ServedHub, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["team", "report", "--hub", hub.url, "--team", "support"]
    assert run(hub, argv, {"WELLBEING_VIEWER": hub.other_viewer}) == 1
    assert "does not cover team 'support'" in one_error_line(capsys)


def test_the_viewer_credential_comes_from_a_file_or_the_environment(
    hub: ServedHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(hub, ["team", "report", "--hub", hub.url]) == 2
    assert "WELLBEING_VIEWER" in one_error_line(capsys)
    secret = tmp_path / "viewer"
    secret.write_text(hub.viewer + "\n")
    assert run(hub, ["team", "report", "--hub", hub.url, "--viewer-file", str(secret)]) == 0
    assert (
        capsys.readouterr().out
        == "team support (weeks shown from 5 contributors)\nno week released yet\n"
    )


def test_the_folder_mode_is_retired(
    hub: ServedHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = agent(tmp_path, 0)
    assert run(hub, [*data, "share", "on", "--folder", str(tmp_path)]) == 2
    assert "retired" in one_error_line(capsys)
    assert not Path(data[1]).exists()


def test_share_off_deletes_the_pulse_files_the_folder_mode_wrote(
    hub: ServedHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, data = tmp_path / "team", tmp_path / "agent"
    token = "ab" * 16
    (folder / WEEK).mkdir(parents=True)
    (folder / WEEK / f"{token}.json").write_text("{}")
    data.mkdir()
    old = {
        "schema": "wellbeing.sharing/1",
        "enabled": True,
        "folder": str(folder),
        "shared": {WEEK: f"{WEEK}/{token}.json"},
    }
    (data / "sharing.json").write_text(json.dumps(old))
    assert run(hub, ["--data-dir", str(data), "share", "off"]) == 0
    assert "deleted 1 old pulse file(s)" in capsys.readouterr().out
    assert list(folder.rglob("*.json")) == []


def test_purge_retracts_the_open_pulse(
    hub: ServedHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = agent(tmp_path, 0)
    log_calls(hub, data, [4, 4])
    assert run(hub, [*data, "share", "on", "--hub", hub.url, "--invite", hub.invites[0]]) == 0
    assert run(hub, [*data, "share", "publish"]) == 0
    capsys.readouterr()
    assert run(hub, [*data, "purge", "--yes"]) == 0
    assert "retracted 1 shared pulse(s)" in capsys.readouterr().out
    assert not (Path(data[1]) / "sharing.json").exists()


def test_the_hub_command_says_to_install_the_extra_when_it_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "sqlalchemy" else real(name)
    )
    assert real_main(["hub", "status"], environ={}) == 1
    assert "pip install 'wellbeing[hub]'" in one_error_line(capsys)


def test_importing_the_command_line_loads_no_hub_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys, wellbeing.cli, wellbeing.cli.entry\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'starlette', 'sqlalchemy', 'uvicorn', 'PySide6'}))"
    )
    env = {**os.environ}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "[]", out.stderr


def test_team_dashboard_opens_the_hubs_page_for_leads_in_the_browser(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    assert real_main(["team", "dashboard", "--hub", "https://hub.example.org/"], environ={}) == 0
    assert opened == ["https://hub.example.org/lead/"]
    assert real_main(["team", "dashboard", "--hub", "http://hub.example.org"], environ={}) == 2
    assert "https" in one_error_line(capsys)


def test_joining_twice_asks_to_stop_first_and_keeps_the_first_enrolment(
    hub: ServedHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = agent(tmp_path, 0)
    assert run(hub, [*data, "share", "on", "--hub", hub.url, "--invite", hub.invites[0]]) == 0
    before = (Path(data[1]) / "sharing.json").read_bytes()
    capsys.readouterr()
    assert run(hub, [*data, "share", "on", "--hub", hub.url, "--invite", hub.invites[1]]) == 2
    assert "share off" in one_error_line(capsys)
    assert (Path(data[1]) / "sharing.json").read_bytes() == before
