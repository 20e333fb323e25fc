"""The operator's commands: exit 0 with what was asked, 2 with one line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import WEEK, Clock
from hub_servers import free_port

from wellbeing.hub.cli import main
from wellbeing.services.hub_client import HubClient, HubError


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hub.sqlite3'}"


def run(capsys: pytest.CaptureFixture[str], clock: Clock, *argv: str) -> tuple[int, str, str]:
    code = main(["hub", *argv], clock)
    out, err = capsys.readouterr()
    return code, out, err


def test_readmes_commands_give_a_team_six_invitations_and_a_viewer(
    capsys: pytest.CaptureFixture[str], clock: Clock, db: str
) -> None:
    assert run(capsys, clock, "init", "--db", db, "--operator", "Works council")[0] == 0
    code, out, _ = run(
        capsys,
        clock,
        "team",
        "add",
        "Support",
        "--db",
        db,
        "--timezone",
        "Europe/Paris",
        "--invites",
        "6",
        "--viewer",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "team 'Support' added"
    codes = [line.removeprefix("invitation: ") for line in lines[1:7]]
    assert len(set(codes)) == 6
    assert all(c.startswith("wbi_") and len(c) >= 36 for c in codes)  # 192 random bits
    assert lines[7].startswith("viewer: wbv_") and len(lines) == 8
    code, out, _ = run(capsys, clock, "invite", "--db", db, "--team", "Support", "--count", "2")
    assert code == 0 and len(out.split()) == 2
    code, out, _ = run(capsys, clock, "viewer", "add", "--db", db, "--team", "Support")
    assert code == 0 and out.startswith("wbv_")
    code, out, _ = run(capsys, clock, "status", "--db", db)
    counts = json.loads(out)
    assert (counts["teams"], counts["open_invitations"], counts["viewers"]) == (1, 8, 2)


def test_hub_serve_answers_on_loopback_and_logs_no_address(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert main(["hub", "init", "--db", db, "--operator", "IT security"]) == 0
    port = free_port()
    command = [sys.executable, "-m", "wellbeing.hub", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        client = HubClient(f"http://127.0.0.1:{port}", timeout=5)
        deadline = time.monotonic() + 60
        info = None
        while info is None and time.monotonic() < deadline and server.poll() is None:
            try:
                info = client.info()
            except HubError:
                threading.Event().wait(0.05)
        assert info == {"operator": "IT security", "api": "v1"}
        client.info()
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert f"team hub on http://127.0.0.1:{port} (operator: IT security)" in err
    assert "127.0.0.1:" not in err.replace(f"http://127.0.0.1:{port}", "")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["team", "add", "b", "--min-group", "4"], "at least 5"),
        (["team", "add", "b", "--parent", "nowhere"], "no team 'nowhere'"),
        (["team", "add", "b/c"], "team: 1 to 64"),
        (["team", "add", "b", "--timezone", "Mars/Olympus"], "no time zone"),
        (["invite", "--team", "nowhere", "--count", "2"], "no team"),
        (["invite", "--team", "a", "--count", "0"], "--count"),
        (["team", "add", "b", "--invites", "1001"], "--invites"),
        (["close", "--team", "a", "--week", "2026-W48"], "not ended"),
        (["close", "--team", "a", "--week", "2026-W99"], "no week 99"),
        (["close", "--team", "a", "--week", "9999-W52"], "not ended"),
        (["init", "--operator", "someone else"], "already set up"),
        (["serve", "--host", "0.0.0.0"], "plain http only on loopback"),
        (["serve", "--cert", "/nonexistent.pem"], "go together"),
    ],
)
def test_bad_input_is_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], clock: Clock, db: str, argv: list[str], says: str
) -> None:
    run(capsys, clock, "init", "--db", db, "--operator", "IT security")
    run(capsys, clock, "team", "add", "a", "--db", db)
    code, out, err = run(capsys, clock, *argv, "--db", db)
    assert code == 2
    assert says in err and err.count("\n") == 1
    assert out == ""


def test_k_may_be_raised_but_never_lowered_once_a_week_was_released(
    capsys: pytest.CaptureFixture[str], clock: Clock, db: str
) -> None:
    run(capsys, clock, "init", "--db", db, "--operator", "IT security")
    run(capsys, clock, "team", "add", "a", "--db", db, "--min-group", "8")
    assert run(capsys, clock, "team", "add", "a", "--db", db, "--min-group", "6")[0] == 0
    code, out, _ = run(capsys, clock, "close", "--db", db, "--team", "a", "--week", WEEK)
    assert (code, out) == (0, f"{WEEK} a: not enough participants\n")
    code, _, err = run(capsys, clock, "team", "add", "a", "--db", db, "--min-group", "5")
    assert code == 2 and "cannot go below 6" in err
    assert run(capsys, clock, "team", "add", "a", "--db", db, "--min-group", "7")[0] == 0
    code, _, err = run(capsys, clock, "close", "--db", db, "--team", "a", "--week", WEEK)
    assert code == 2 and "already released" in err


def test_a_command_before_init_says_what_to_do(
    capsys: pytest.CaptureFixture[str], clock: Clock, db: str
) -> None:
    code, _, err = run(capsys, clock, "team", "add", "a", "--db", db)
    assert code == 2 and "hub init" in err
