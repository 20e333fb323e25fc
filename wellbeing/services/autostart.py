"""Start wellbeing when the agent logs in: the settings switch made real.

Each desktop has its own per-user mechanism, and nothing here needs
administrator rights:

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/wellbeing.desktop``
  (the freedesktop Desktop Application Autostart spec);
- Windows: the value ``wellbeing`` under
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
- macOS: ``~/Library/LaunchAgents/<AGENT_ID>.plist`` with ``RunAtLoad``,
  which launchd reads at the next login.

A pure function per platform says exactly what would be written
(``desktop_entry``, ``run_key``, ``launch_agent``); ``set_autostart`` writes
or removes it. Choices:

- The command is the interpreter running now with ``-m wellbeing run`` (on
  Windows ``pythonw.exe`` beside it, so no console window opens at login),
  or the bundle's own executable when frozen (PyInstaller). Turning the
  switch on again, or starting with it on, rewrites a stale path.
- Files are replaced atomically and only when their content changes; the
  ``.desktop`` file is 0644, as desktop files are.
- Turning it off when nothing is there is not an error.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

APP_NAME = "wellbeing"
AGENT_ID = "org.wellbeing.Wellbeing"
"""The macOS LaunchAgent's label: the app id of packaging/linux's metainfo."""
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
DESKTOP_MODE = 0o644


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A file that starts the app: where it goes and its exact bytes."""

    path: Path
    content: bytes
    mode: int = DESKTOP_MODE


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    """A value under HKEY_CURRENT_USER that starts the app."""

    key: str
    name: str
    value: str


def start_command(
    *,
    executable: str | None = None,
    frozen: bool | None = None,
    platform: str = sys.platform,
) -> list[str]:
    """The command that starts the tray app as it is installed now (by default,
    from ``sys.executable`` and ``sys.frozen``)."""
    executable = executable or sys.executable
    if frozen if frozen is not None else getattr(sys, "frozen", False):
        return [executable]
    if platform == "win32":
        windowless = Path(executable).with_name("pythonw.exe")
        if windowless.is_file():
            executable = str(windowless)
    return [executable, "-m", "wellbeing", "run"]


# --- what would be written --------------------------------------------------------


def config_home(environ: Mapping[str, str]) -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config`` when unset or relative (as the spec says)."""
    configured = environ.get("XDG_CONFIG_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return _home(environ) / ".config"


def desktop_entry(
    command: Sequence[str], environ: Mapping[str, str], icon: str = APP_NAME
) -> FileEntry:
    """The XDG autostart entry for ``command``."""
    text = "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=A private companion for contact-centre agents",
            f"Exec={exec_line(command)}",
            f"Icon={icon}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )
    path = config_home(environ) / "autostart" / f"{APP_NAME}.desktop"
    return FileEntry(path, text.encode("utf-8"))


def exec_line(command: Sequence[str]) -> str:
    """``command`` as a desktop entry's ``Exec`` value.

    An argument with a reserved character is double-quoted, with ``"``, ``$``,
    the backquote and the backslash escaped inside; ``%`` is doubled (it starts
    a field code); then every backslash is doubled again, as the value is
    itself an escaped string (so a literal backslash becomes four).
    """
    return " ".join(_exec_argument(argument) for argument in command).replace("\\", "\\\\")


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_argument(argument: str) -> str:
    argument = argument.replace("%", "%%")
    if argument and not _RESERVED & set(argument):
        return argument
    escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def run_key(command: Sequence[str]) -> RegistryEntry:
    """The Windows Run value for ``command``: the program always quoted, so a path
    with spaces (``C:\\Program Files``) is never split."""
    program, *arguments = command
    value = f'"{program}"'
    if arguments:
        value += " " + subprocess.list2cmdline(arguments)
    return RegistryEntry(RUN_KEY, APP_NAME, value)


def launch_agent(command: Sequence[str], environ: Mapping[str, str]) -> FileEntry:
    """The macOS LaunchAgent for ``command``, started once at login."""
    agent = {
        "Label": AGENT_ID,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    path = _home(environ) / "Library" / "LaunchAgents" / f"{AGENT_ID}.plist"
    return FileEntry(path, plistlib.dumps(agent, fmt=plistlib.FMT_XML, sort_keys=False))


def _home(environ: Mapping[str, str]) -> Path:
    home = environ.get("HOME") or environ.get("USERPROFILE")
    return Path(home) if home else Path.home()


# --- doing it ---------------------------------------------------------------------


def set_autostart(
    enabled: bool,
    *,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    command: Sequence[str] | None = None,
    registry: Any = None,
) -> None:
    """Turn starting at login on or off for this user; raises OSError on failure.

    ``registry`` stands in for ``winreg`` in tests.
    """
    command = list(command) if command is not None else start_command(platform=platform)
    if platform == "win32":
        _apply_registry(run_key(command), enabled, registry or importlib.import_module("winreg"))
        return
    if platform == "darwin":
        entry = launch_agent(command, environ)
    else:
        entry = desktop_entry(command, environ, _icon())
    if enabled:
        write_entry(entry)
    else:
        entry.path.unlink(missing_ok=True)


def _icon() -> str:
    """The app's icon as a file (found in a checkout, a wheel and a bundle alike),
    else its name in the icon theme, where a package installs it."""
    from wellbeing import resources

    try:
        return str(resources.asset("icons", "app.svg"))
    except FileNotFoundError:
        return APP_NAME


def write_entry(entry: FileEntry) -> None:
    """Write ``entry`` atomically, unless it already holds exactly that."""
    try:
        if entry.path.read_bytes() == entry.content:
            return
    except FileNotFoundError:
        pass
    entry.path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{entry.path.name}-", dir=entry.path.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(entry.content)
            file.flush()
            os.fsync(file.fileno())
        temp.chmod(entry.mode)
        temp.replace(entry.path)
    finally:
        temp.unlink(missing_ok=True)


def _apply_registry(entry: RegistryEntry, enabled: bool, winreg: Any) -> None:
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, entry.key, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            winreg.SetValueEx(key, entry.name, 0, winreg.REG_SZ, entry.value)
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, entry.name)
