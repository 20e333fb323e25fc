"""The softphone recipes in packaging/softphones: each file is what its softphone
reads, and every wellbeing command in it is one the real command line accepts.

The POSIX wrapper runs here against a stand-in ``wellbeing`` that records its
arguments; the Windows scripts (cmd, PowerShell) cannot run on Linux, so their
command lines are read out of the files and parsed instead.
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from wellbeing.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[2]
RECIPES = ROOT / "packaging" / "softphones"


Runner = Callable[..., tuple[int, list[list[str]]]]


def parse(arguments: list[str]) -> argparse.Namespace:
    """What ``wellbeing ARGUMENTS`` means; raises UsageError when the CLI would refuse it."""
    return build_parser().parse_args(arguments)


def commands_in(path: Path) -> list[list[str]]:
    """The arguments of every ``"%WELLBEING%" ...`` or ``& $wellbeing ...`` call in a script."""
    found = []
    for line in path.read_text().splitlines():
        match = re.search(r'(?:"%WELLBEING%"|& \$wellbeing) ((?:on-call|log-call)[^)\r\n]*)', line)
        if match:
            found.append(shlex.split(match[1]))
    return found


def test_the_microsip_sample_is_utf16_with_the_three_hooks() -> None:
    raw = (RECIPES / "microsip.ini").read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with its BOM, as MicroSIP writes it
    text = raw.decode("utf-16")
    assert "\r\n" in text
    ini = configparser.ConfigParser(interpolation=None, comment_prefixes=(";",))
    ini.optionxform = str  # type: ignore[assignment,method-assign]  # MicroSIP's keys keep case
    ini.read_string(text)
    hooks = dict(ini["Settings"])
    assert set(hooks) == {"cmdCallStart", "cmdCallEnd", "cmdCallBusy"}
    scripts = {key: value.rsplit("\\", 1)[-1] for key, value in hooks.items()}
    assert scripts == {
        "cmdCallStart": "call-start.cmd",
        "cmdCallEnd": "call-end.cmd",
        "cmdCallBusy": "call-end.cmd",  # a busy line ends the call too
    }
    for script in scripts.values():
        assert (RECIPES / script).is_file()


@pytest.mark.parametrize(
    ("script", "states"),
    [("call-start.cmd", ["start"]), ("call-end.cmd", ["end"]), ("3cx-crm.cmd", ["start", "end"])],
)
def test_the_windows_scripts_say_on_call(script: str, states: list[str]) -> None:
    path = RECIPES / script
    assert b"\r\n" in path.read_bytes() and b"\n" not in path.read_bytes().replace(b"\r\n", b"")
    commands = commands_in(path)
    assert [parse(command).state for command in commands] == states


def test_3cx_connected_starts_and_ended_ends() -> None:
    lines = (RECIPES / "3cx-crm.cmd").read_text().splitlines()
    assert any('"/N:C"' in line and "on-call start" in line for line in lines)
    assert any('"/N:E"' in line and "on-call end" in line for line in lines)
    assert not any("/N:S" in line and "on-call" in line for line in lines)


def test_the_powershell_wrapper_builds_commands_the_cli_accepts() -> None:
    path = RECIPES / "wellbeing-call.ps1"
    assert [parse(command).state for command in commands_in(path)] == ["start", "end"]
    text = path.read_text()
    assert "@('log-call', '--difficulty', \"$Difficulty\")" in text
    assert "@('--tag', $one)" in text and "@('--duration', \"$seconds\")" in text
    logged = parse(["log-call", "--difficulty", "4", "--tag", "escalated", "--duration", "75"])
    assert (logged.difficulty, logged.tag, logged.duration) == (4, ["escalated"], 75)


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    if shutil.which("sh") is None:
        pytest.skip("no POSIX shell")
    log = tmp_path / "calls"
    fake = tmp_path / "wellbeing"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\0" "$@" >> "{log}"\nprintf "\\n" >> "{log}"\n')
    fake.chmod(0o755)
    env = {**os.environ, "WELLBEING": str(fake), "XDG_RUNTIME_DIR": str(tmp_path)}

    def call(*arguments: str) -> tuple[int, list[list[str]]]:
        log.unlink(missing_ok=True)
        done = subprocess.run(
            ["sh", str(RECIPES / "wellbeing-call"), *arguments],
            env=env, capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        lines = log.read_text().splitlines() if log.exists() else []
        return done.returncode, [line.split("\0")[:-1] for line in lines]

    return call


def test_the_posix_wrapper_starts_and_ends_ignoring_the_caller_id(run: Runner) -> None:
    call = run
    assert call("start", "+4930123456") == (0, [["on-call", "start"]])
    assert call("end", "+4930123456") == (0, [["on-call", "end"]])
    assert call("busy") == (0, [["on-call", "end"]])
    for _, commands in (call("start"), call("end")):
        for command in commands:
            parse(command)


def test_the_posix_wrapper_logs_a_rated_call_with_its_duration(run: Runner) -> None:
    call = run
    call("start")
    status, commands = call("end", "--difficulty", "4", "--tag", "escalated")
    assert status == 0
    assert commands[0] == ["on-call", "end"]
    logged = parse(commands[1])
    assert (logged.command, logged.difficulty, logged.tag) == ("log-call", 4, ["escalated"])
    assert logged.duration is not None and logged.duration >= 0


def test_the_posix_wrapper_refuses_anything_else(run: Runner) -> None:
    call = run
    assert call("ring") == (2, [])
    assert call() == (2, [])


def test_the_readme_links_the_recipes() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "## Connect your softphone" in readme
    assert "packaging/softphones/" in readme
