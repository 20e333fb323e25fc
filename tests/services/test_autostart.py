"""Starting at login: real on Linux; on Windows and macOS, exactly what would be written."""

from __future__ import annotations

import contextlib
import plistlib
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from doubles import FakeClock
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.settings import Settings
from wellbeing.services.autostart import (
    AGENT_ID,
    RUN_KEY,
    desktop_entry,
    exec_line,
    launch_agent,
    run_key,
    set_autostart,
    start_command,
)
from wellbeing.store.store import Store
from wellbeing.ui.settings.settings_dialog import SettingsDialog

COMMAND = ["/opt/venv/bin/python3", "-m", "wellbeing", "run"]
START = datetime(2026, 11, 20, 10, tzinfo=UTC)


# --- the command ----------------------------------------------------------------------


def test_the_command_runs_this_interpreter_with_the_package() -> None:
    assert start_command() == [sys.executable, "-m", "wellbeing", "run"]
    assert start_command(executable="/x/python", frozen=False) == [
        "/x/python",
        "-m",
        "wellbeing",
        "run",
    ]


def test_a_frozen_bundle_starts_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert start_command(executable="/opt/wellbeing/wellbeing") == ["/opt/wellbeing/wellbeing"]


def test_windows_prefers_pythonw_so_no_console_opens(tmp_path: Path) -> None:
    python = tmp_path / "python.exe"
    python.touch()
    assert start_command(executable=str(python), frozen=False, platform="win32")[0] == str(python)
    (tmp_path / "pythonw.exe").touch()
    command = start_command(executable=str(python), frozen=False, platform="win32")
    assert command == [str(tmp_path / "pythonw.exe"), "-m", "wellbeing", "run"]


# --- Linux: the XDG autostart entry -----------------------------------------------------


def test_the_desktop_entry_is_exactly_this(tmp_path: Path) -> None:
    entry = desktop_entry(COMMAND, {"XDG_CONFIG_HOME": str(tmp_path)}, icon="/icons/app.svg")
    assert entry.path == tmp_path / "autostart" / "wellbeing.desktop"
    assert entry.content.decode() == (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=wellbeing\n"
        "Comment=A private companion for contact-centre agents\n"
        "Exec=/opt/venv/bin/python3 -m wellbeing run\n"
        "Icon=/icons/app.svg\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    assert entry.mode == 0o644


@pytest.mark.parametrize(
    "environ",
    [{"HOME": "/home/agent"}, {"HOME": "/home/agent", "XDG_CONFIG_HOME": "relative/ignored"}],
)
def test_without_an_absolute_xdg_config_home_it_goes_to_dot_config(environ: dict[str, str]) -> None:
    entry = desktop_entry(COMMAND, environ)
    assert entry.path == Path("/home/agent/.config/autostart/wellbeing.desktop")


def test_exec_quotes_what_the_spec_reserves() -> None:
    command = ["/home/a b/python", "-m", "wellbeing", "run", "100%", 'say "hi" $HOME', "C:\\x"]
    assert exec_line(command) == (
        '"/home/a b/python" -m wellbeing run 100%% "say \\\\"hi\\\\" \\\\$HOME" "C:\\\\\\\\x"'
    )


def test_turning_it_on_writes_the_entry_and_off_removes_it(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    path = tmp_path / "config" / "autostart" / "wellbeing.desktop"

    set_autostart(True, platform="linux", environ=environ, command=COMMAND)
    text = path.read_text(encoding="utf-8")
    assert "Exec=/opt/venv/bin/python3 -m wellbeing run\n" in text
    assert text.startswith("[Desktop Entry]\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["wellbeing.desktop"]  # no temp left

    set_autostart(True, platform="linux", environ=environ, command=COMMAND)  # again: fine
    set_autostart(False, platform="linux", environ=environ, command=COMMAND)
    assert not path.exists()
    set_autostart(False, platform="linux", environ=environ, command=COMMAND)  # nothing there


def test_turning_it_on_again_rewrites_a_stale_command(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    set_autostart(True, platform="linux", environ=environ, command=["/old/python", "-m", "x"])
    set_autostart(True, platform="linux", environ=environ, command=COMMAND)
    text = (tmp_path / "autostart" / "wellbeing.desktop").read_text(encoding="utf-8")
    assert "/old/python" not in text and "Exec=/opt/venv/bin/python3" in text


def test_by_default_it_starts_this_installation(tmp_path: Path) -> None:
    set_autostart(True, platform="linux", environ={"XDG_CONFIG_HOME": str(tmp_path)})
    text = (tmp_path / "autostart" / "wellbeing.desktop").read_text(encoding="utf-8")
    assert f"Exec={exec_line(start_command())}\n" in text
    icon = next(line for line in text.splitlines() if line.startswith("Icon="))
    assert Path(icon.removeprefix("Icon=")).is_file()


# --- Windows: the per-user Run key ------------------------------------------------------

WINDOWS_COMMAND = [r"C:\Program Files\Python311\pythonw.exe", "-m", "wellbeing", "run"]


def test_the_run_value_is_exactly_this() -> None:
    entry = run_key(WINDOWS_COMMAND)
    assert entry.key == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert entry.name == "wellbeing"
    assert entry.value == r'"C:\Program Files\Python311\pythonw.exe" -m wellbeing run'
    assert run_key([r"C:\wellbeing\wellbeing.exe"]).value == r'"C:\wellbeing\wellbeing.exe"'


class FakeRegistry:
    """The few ``winreg`` names used, recording what would be done."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], tuple[int, str]] = {}
        self.opened: list[tuple[Any, ...]] = []

    def CreateKeyEx(self, root: str, key: str, reserved: int, access: int) -> Any:
        self.opened.append((root, key, reserved, access))
        return contextlib.nullcontext(key)

    def SetValueEx(self, key: str, name: str, reserved: int, kind: int, value: str) -> None:
        self.values[(key, name)] = (kind, value)

    def DeleteValue(self, key: str, name: str) -> None:
        if (key, name) not in self.values:
            raise FileNotFoundError(name)
        del self.values[(key, name)]


def test_on_windows_the_run_value_is_set_and_deleted() -> None:
    registry = FakeRegistry()
    set_autostart(True, platform="win32", command=WINDOWS_COMMAND, registry=registry)
    assert registry.opened == [("HKCU", RUN_KEY, 0, FakeRegistry.KEY_SET_VALUE)]
    assert registry.values == {
        (RUN_KEY, "wellbeing"): (
            FakeRegistry.REG_SZ,
            r'"C:\Program Files\Python311\pythonw.exe" -m wellbeing run',
        )
    }
    set_autostart(False, platform="win32", command=WINDOWS_COMMAND, registry=registry)
    assert registry.values == {}
    set_autostart(False, platform="win32", command=WINDOWS_COMMAND, registry=registry)


# --- macOS: a LaunchAgent ------------------------------------------------------------------


def test_the_launch_agent_is_exactly_this() -> None:
    command = ["/Applications/wellbeing.app/Contents/MacOS/wellbeing"]
    entry = launch_agent(command, {"HOME": "/Users/agent"})
    assert entry.path == Path(f"/Users/agent/Library/LaunchAgents/{AGENT_ID}.plist")
    assert entry.content.decode() == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        '<plist version="1.0">\n'
        "<dict>\n"
        "\t<key>Label</key>\n"
        f"\t<string>{AGENT_ID}</string>\n"
        "\t<key>ProgramArguments</key>\n"
        "\t<array>\n"
        "\t\t<string>/Applications/wellbeing.app/Contents/MacOS/wellbeing</string>\n"
        "\t</array>\n"
        "\t<key>RunAtLoad</key>\n"
        "\t<true/>\n"
        "\t<key>ProcessType</key>\n"
        "\t<string>Interactive</string>\n"
        "</dict>\n"
        "</plist>\n"
    )
    assert plistlib.loads(entry.content)["RunAtLoad"] is True


def test_on_macos_the_agent_is_written_and_removed(tmp_path: Path) -> None:
    environ = {"HOME": str(tmp_path)}
    set_autostart(True, platform="darwin", environ=environ, command=COMMAND)
    path = tmp_path / "Library" / "LaunchAgents" / f"{AGENT_ID}.plist"
    assert plistlib.loads(path.read_bytes())["ProgramArguments"] == COMMAND
    set_autostart(False, platform="darwin", environ=environ, command=COMMAND)
    assert not path.exists()


def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError("read-only")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(PermissionError):
        set_autostart(True, platform="linux", environ={"XDG_CONFIG_HOME": str(tmp_path)})
    assert list((tmp_path / "autostart").iterdir()) == []


# --- the settings switch ----------------------------------------------------------------


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="would change this computer's own login items"
)
def test_the_settings_switch_applies_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "wellbeing.desktop"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    companion = Companion(app, Store.open(tmp_path / "data"), FakeClock(START), tray_available=True)
    companion.actions.settings.trigger()
    dialog = companion.windows.settings
    assert isinstance(dialog, SettingsDialog)
    qtbot.addWidget(dialog)
    switch = dialog.editors["autostart"]
    assert isinstance(switch, QCheckBox)
    assert switch.text() == "Start wellbeing when I log in"
    try:
        switch.setChecked(True)
        assert dialog.apply()
        assert entry.is_file()
        assert Settings.from_dict(companion.store.load_settings()).autostart is True
        switch.setChecked(False)
        assert dialog.apply()
        assert not entry.exists()
    finally:
        companion.stop()
        companion.tray.hide()
