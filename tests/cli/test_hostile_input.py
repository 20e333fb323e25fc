"""What a careless script or a hostile user sends the command line, and what it answers.

Each case is refused as bad input (exit 2, one line on stderr, nothing
written, not even the data directory) or ends quietly, never with a
traceback, an endless read or text that takes over the terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from fixed_clock import CLOCK, cli_command

from wellbeing.cli import main as real_main
from wellbeing.cli import records
from wellbeing.cli.output import printable
from wellbeing.cli.records import read_export_file
from wellbeing.core.errors import InvalidInput


def main(argv: Sequence[str]) -> int:
    return real_main(argv, clock=CLOCK)


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("wellbeing: error:")
    return line


@pytest.mark.parametrize(
    "args",
    [
        ["log-call", "--difficulty=²"],
        ["log-call", "--difficulty=³"],
        ["log-call", "--difficulty=-+3"],
        ["log-call", "--difficulty=+3"],
        ["log-call", "--difficulty", "1" * 5000],
        ["log-call", "--difficulty", "٣"],  # Arabic-Indic three
        ["log-call", "--difficulty", "३"],  # Devanagari three
        ["log-call", "--difficulty", "3 "],
        ["log-call", "--difficulty", "3", "--duration=²"],
        ["log-call", "--difficulty", "3", "--duration", "٦٠"],
        ["log-call", "--difficulty", "3", "--duration", "1_000"],
        ["log-call", "--difficulty", "3", "--duration", "9" * 5000],
        ["log-call", "--difficulty", "3", "--at", "0001-01-01T00:00"],
        ["log-call", "--difficulty", "3", "--note", "bad \udcff\udcfe"],  # argv not UTF-8
        ["stats", "--days", "1000000"],
        ["stats", "--days", "٣"],
        ["stats", "--days", "9" * 5000],
        ["export", "--out="],
        ["import", "--file="],
        ["team", "report", "--folder", ".", "--min-group", "9" * 5000],
        ["team", "report", "--folder", ".", "--weeks", "²"],
        ["team", "report", "--folder="],
        ["share", "on", "--folder="],
    ],
)
def test_a_number_or_path_a_person_would_not_mean_exits_2_before_the_data_dir_exists(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), *args]) == 2
    one_error_line(capsys)
    assert not data_dir.exists()


def test_an_empty_data_dir_is_refused_not_taken_as_the_current_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir=", "log-call", "--difficulty", "3"]) == 2
    one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    path = tmp_path / "fifo"
    os.mkfifo(path)
    yield path


def _limit_memory() -> None:
    """Keep an unbounded read (the bug this guards against) from taking the machine down."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="Linux devices and FIFOs")
@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom", "FIFO", "DIR", "LINK"])
def test_import_reads_only_regular_files(tmp_path: Path, fifo: Path, source: str) -> None:
    link = tmp_path / "backup.json"
    link.symlink_to("/dev/zero")
    path = {"FIFO": str(fifo), "DIR": str(tmp_path), "LINK": str(link)}.get(source, source)
    data_dir = tmp_path / "data"
    done = subprocess.run(
        cli_command("--data-dir", str(data_dir), "import", "--file", path),
        capture_output=True,
        text=True,
        timeout=60,  # a FIFO with no writer used to block for ever
        preexec_fn=_limit_memory,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"wellbeing: error: --file: not a regular file: {path}\n"
    assert not data_dir.exists()


def test_an_export_is_read_through_a_bound_not_its_stated_size(tmp_path: Path) -> None:
    exact = tmp_path / "exact.json"
    exact.write_bytes(b"{}" * 5)
    assert read_export_file(exact, limit=10) == "{}" * 5
    exact.write_bytes(b"{}" * 5 + b" ")
    with pytest.raises(InvalidInput, match="too large"):
        read_export_file(exact, limit=10)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs procfs")
def test_a_file_that_reports_size_0_is_still_read_through_the_bound() -> None:
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    with pytest.raises(InvalidInput, match="too large"):
        read_export_file(status, limit=10)


def test_control_characters_in_a_path_are_escaped_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "x\x1b]0;pwned\x07\x1b[2J\nwellbeing: ok\u202e"
    assert main(["--data-dir", str(tmp_path / "d"), "import", "--file", str(hostile)]) == 2
    line = one_error_line(capsys)
    assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line
    assert line.endswith("x\\x1b]0;pwned\\x07\\x1b[2J\\x0awellbeing: ok\\u202e")


def test_a_path_with_bytes_that_are_not_utf8_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.fsdecode(b"bad\xff\xfe") if os.name == "posix" else "bad"
    assert main(["--data-dir", str(tmp_path / "d"), "import", "--file", name]) == 2
    line = one_error_line(capsys)
    assert line.encode("utf-8")  # printable, not a lone surrogate
    assert os.name != "posix" or line.endswith("bad\\udcff\\udcfe")


def test_printable_leaves_ordinary_text_alone() -> None:
    text = "Müller's café: 3 calls, 1 severe — ça va? 通話"
    assert printable(text) == text


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGPIPE is a Unix convention")
@pytest.mark.parametrize("command", [["stats"], ["stats", "--json"], ["export"], ["--help"]])
def test_a_reader_that_closed_the_pipe_ends_the_command_quietly(
    tmp_path: Path, command: list[str]
) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert main([*data, "log-call", "--difficulty", "4"]) == 0
    reader, writer = os.pipe()
    os.close(reader)  # `head -2` has read its lines and gone
    try:
        done = subprocess.run(
            cli_command(*data, *command), stdout=writer, stderr=subprocess.PIPE, timeout=60
        )
    finally:
        os.close(writer)
    assert done.stderr == b""
    assert done.returncode in (0, 141)


def test_an_unforeseen_failure_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug\nwith a second line")

    monkeypatch.setattr(records, "summarize", broken)
    assert main(["--data-dir", str(tmp_path), "stats"]) == 1
    assert one_error_line(capsys).endswith("RuntimeError: a bug\\x0awith a second line")


def test_without_a_console_a_command_keeps_its_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed build (Windows' wellbeing.exe) has no stdout at all."""
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["--data-dir", str(tmp_path), "log-call", "--difficulty", "3"]) == 0
    assert main(["--data-dir", str(tmp_path), "purge"]) == 2
