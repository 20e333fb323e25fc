"""``wellbeing api on|off|token``: settings saved as the dialog saves them, a private token."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from doubles import FakeClock

from wellbeing.cli import main
from wellbeing.core.settings import Settings
from wellbeing.services.local_api.token import TOKEN_FILE
from wellbeing.store.store import Store

FRIDAY = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def run(data: Path, *argv: str) -> int:
    return main(["--data-dir", str(data), *argv], clock=FakeClock(FRIDAY), environ={})


def saved(data: Path) -> Settings:
    return Settings.from_dict(Store.open(data).load_settings())


def test_api_on_saves_the_origins_and_port_and_makes_a_private_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    origin = "https://Example.my.connect.aws/"
    assert (
        run(
            data,
            "api",
            "on",
            "--origin",
            origin,
            "--origin",
            "http://localhost:3000",
            "--port",
            "18001",
        )
        == 0
    )
    settings = saved(data)
    assert settings.api_enabled
    assert settings.api_port == 18001
    assert settings.api_origins == ("https://example.my.connect.aws", "http://localhost:3000")
    assert "not running" in capsys.readouterr().out
    token_file = data / TOKEN_FILE
    if os.name == "posix":
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    capsys.readouterr()
    assert run(data, "api", "token") == 0
    token = capsys.readouterr().out.strip()
    assert token == token_file.read_text().strip()
    assert len(token) * 6 >= 128
    assert run(data, "api", "token", "--new") == 0
    assert capsys.readouterr().out.strip() not in ("", token)


@pytest.mark.parametrize(
    "origin",
    [
        "example.my.connect.aws",
        "https://x.example/path",
        "ftp://x.example",
        "https://u@x.example",
        "",
    ],
)
def test_a_bad_origin_is_refused_and_nothing_is_written(tmp_path: Path, origin: str) -> None:
    data = tmp_path / "data"
    assert run(data, "api", "on", "--origin", origin) == 2
    assert not data.exists()


def test_api_off_turns_it_off(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "api", "on", "--origin", "https://example.my.connect.aws") == 0
    assert run(data, "api", "off") == 0
    assert not saved(data).api_enabled
    assert saved(data).api_origins == ("https://example.my.connect.aws",)


def test_the_api_commands_load_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from wellbeing.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'api', 'on', '--origin', 'https://a.example'])\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "sys.exit(f'Qt loaded: {qt[:3]}' if qt else code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_an_organisation_token_is_read_from_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert run(data, "api", "token", "--set") == 2
    assert not data.exists()
    shared = "Zq3x_9-" * 5
    monkeypatch.setattr("sys.stdin", io.StringIO(shared + "\n"))
    assert run(data, "api", "token", "--set") == 0
    capsys.readouterr()
    assert run(data, "api", "token") == 0
    assert capsys.readouterr().out.strip() == shared
