"""Every command that opens no window runs without loading Qt.

A softphone's hook runs ``wellbeing log-call`` after each call, and a
server or a team lead's cron job may have no display at all: loading
PySide6 there would cost a second per call or fail outright. Each command
runs in a fresh interpreter, so a Qt import by any one of them is caught.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from fixed_clock import CLOCK, NOW

from wellbeing.cli import main

QT_FREE_MAIN = (
    "import sys\n"
    "from datetime import datetime\n"
    "from wellbeing.cli import main\n"
    "class Clock:\n"
    "    def now(self):\n"
    "        return datetime.fromisoformat(sys.argv[1])\n"
    "try:\n"
    "    code = main(sys.argv[2:], clock=Clock())\n"
    "except SystemExit as exited:\n"
    "    code = exited.code\n"
    "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
    "if qt:\n"
    "    sys.exit(f'Qt loaded: {sorted(qt)[:5]}')\n"
    "sys.exit(code)\n"
)

COMMANDS = [
    (["log-call", "--difficulty", "4", "--tag", "escalated", "--note", "n"], 0),
    (["stats"], 0),
    (["stats", "--json", "--days", "7"], 0),
    (["export"], 0),
    (["export", "--format", "csv", "--kind", "breaks"], 0),
    (["export", "--out", "OUT"], 0),
    (["import", "--file", "BACKUP"], 0),
    (["share", "on", "--folder", "TEAM"], 2),  # retired: says why
    (["share", "on", "--hub", "http://127.0.0.1:9", "--invite", "x"], 1),  # no hub there
    (["share", "preview"], 0),
    (["share", "publish"], 2),  # sharing is off
    (["share", "off"], 0),
    (["team", "report", "--hub", "http://127.0.0.1:9"], 2),  # no viewer credential
    (["team", "report", "--hub", "http://127.0.0.1:9", "--json"], 2),
    (["on-call", "start"], 1),  # no app runs for this data directory
    (["on-call", "end"], 1),
    (["status"], 1),  # no app runs for this data directory
    (["status", "--json"], 1),
    (["rate-last", "--difficulty", "3"], 2),  # no call waits for a rating
    (["rate-last", "--difficulty", "9"], 2),
    (["purge", "--yes"], 0),
    (["--version"], 0),
    (["--help"], 0),
    (["log-call", "--difficulty", "²"], 2),
    (["import", "--file", "MISSING"], 2),
    (["purge"], 2),
    (["sideways"], 2),
    (["team"], 2),
    (["team", "dashboard"], 2),
    (["team", "dashboard", "--hub", "http://hub.example"], 2),  # not https off this machine
    (["run", "--no-such-option"], 2),
]


@pytest.fixture
def places(tmp_path: Path) -> dict[str, str]:
    data, team = tmp_path / "data", tmp_path / "team"
    team.mkdir()
    backup = tmp_path / "backup.json"
    last_week = (NOW - timedelta(days=7)).isoformat()
    for args in (
        ["log-call", "--difficulty", "3", "--at", last_week],
        ["export", "--out", str(backup)],
    ):
        assert main(["--data-dir", str(data), *args], clock=CLOCK) == 0
    return {
        "DATA": str(data),
        "TEAM": str(team),
        "BACKUP": str(backup),
        "OUT": str(tmp_path / "out.json"),
        "MISSING": str(tmp_path / "missing"),
    }


@pytest.mark.slow
@pytest.mark.parametrize(("args", "code"), COMMANDS, ids=[" ".join(c[0]) for c in COMMANDS])
def test_a_command_without_a_window_never_loads_qt(
    places: dict[str, str], args: list[str], code: int
) -> None:
    argv = ["--data-dir", places["DATA"], *(places.get(arg, arg) for arg in args)]
    done = subprocess.run(
        [sys.executable, "-c", QT_FREE_MAIN, NOW.isoformat(), *argv],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Qt loaded" not in done.stderr
    assert done.returncode == code, done.stderr
