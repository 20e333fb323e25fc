"""The Windows sensor: the microphone consent store in the registry.

Windows records every program's use of the microphone (the privacy icon in
the taskbar reads the same data) under
``Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\
ConsentStore\\microphone``, in HKCU and HKLM: one subkey per packaged app
(``Microsoft.SkypeApp_kzf8qxf38zg5c``) and, under ``NonPackaged``, one per
desktop program, named by its path with ``#`` for ``\\``
(``C:#Program Files#MicroSIP#microsip.exe``). Each has ``LastUsedTimeStart``
and ``LastUsedTimeStop`` (FILETIMEs); a stop of 0 means "using it now".

A program that crashed mid-call leaves its 0 behind, so a desktop program
counts only while a process with that path is alive. A packaged app cannot
be tied to a path from here: its 0 is trusted as it is.

The registry is read through a small reader (``winreg`` by default, imported
only when used) so that tests run on any system against recorded states, and
polled every ``POLL_MS`` (a few dozen small keys: far under 0.1 % of a core).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import PureWindowsPath
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from wellbeing.services.mic_sensor.base import (
    MicrophoneSensor,
    is_phone_program,
    not_detected_reason,
)

KEY = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone"
POLL_MS = 2000


@dataclass(frozen=True, slots=True)
class MicUse:
    """One program in the consent store."""

    name: str
    """The packaged app's name, or the desktop program's path (``\\`` restored)."""
    packaged: bool
    stop: int


class Registry(Protocol):
    """The part of ``winreg`` used here; tests pass a fake holding recorded states."""

    HKEY_CURRENT_USER: Any
    HKEY_LOCAL_MACHINE: Any

    def OpenKey(self, key: Any, sub_key: str) -> Any: ...  # noqa: N802 (winreg's names)
    def EnumKey(self, key: Any, index: int) -> str: ...  # noqa: N802
    def QueryValueEx(self, key: Any, name: str) -> tuple[Any, int]: ...  # noqa: N802
    def CloseKey(self, key: Any) -> None: ...  # noqa: N802


def _subkeys(registry: Registry, root: Any, path: str) -> Iterator[tuple[str, int | None]]:
    """(subkey name, its LastUsedTimeStop or None) under ``root\\path``."""
    try:
        key = registry.OpenKey(root, path)
    except OSError:
        return
    try:
        index = 0
        while True:
            try:
                name = registry.EnumKey(key, index)
            except OSError:  # no more subkeys
                return
            index += 1
            yield name, _stop(registry, root, f"{path}\\{name}")
    finally:
        registry.CloseKey(key)


def _stop(registry: Registry, root: Any, path: str) -> int | None:
    try:
        key = registry.OpenKey(root, path)
    except OSError:
        return None
    try:
        value, _ = registry.QueryValueEx(key, "LastUsedTimeStop")
        return int(value)
    except (OSError, TypeError, ValueError):
        return None
    finally:
        registry.CloseKey(key)


def has_consent_store(registry: Registry) -> bool:
    """Windows 10 before 1903 keeps no such record: there the sensor cannot tell."""
    for root in (registry.HKEY_CURRENT_USER, registry.HKEY_LOCAL_MACHINE):
        try:
            registry.CloseKey(registry.OpenKey(root, KEY))
        except OSError:
            continue
        return True
    return False


def read_consent_store(registry: Registry) -> list[MicUse]:
    """Every program the consent store knows, in HKCU and HKLM."""
    found: list[MicUse] = []
    for root in (registry.HKEY_CURRENT_USER, registry.HKEY_LOCAL_MACHINE):
        for name, stop in _subkeys(registry, root, KEY):
            if name != "NonPackaged" and stop is not None:
                found.append(MicUse(name, True, stop))
        for name, stop in _subkeys(registry, root, KEY + r"\NonPackaged"):
            if stop is not None:
                found.append(MicUse(name.replace("#", "\\"), False, stop))
    return found


def in_call(
    uses: Iterable[MicUse], programs: Iterable[str], running: Callable[[], set[str]]
) -> bool:
    """Whether a phone program uses the microphone now; ``running`` gives the
    paths of live processes, lower-cased (asked only if a desktop program claims use)."""
    wanted = tuple(programs)
    alive: set[str] | None = None
    for use in uses:
        if use.stop != 0:
            continue
        stem = PureWindowsPath(use.name).stem if not use.packaged else use.name
        if not is_phone_program((stem, use.name), wanted):
            continue
        if use.packaged:
            return True
        if alive is None:
            alive = running()
        if use.name.casefold() in alive:
            return True
    return False


class WindowsSensor(MicrophoneSensor):
    def __init__(
        self,
        programs: Iterable[str],
        parent: QObject | None = None,
        *,
        registry: Registry | None = None,
        running: Callable[[], set[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._programs = tuple(programs)
        self._registry = registry
        self._running = running
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        if self._registry is None:
            import winreg

            self._registry = winreg  # type: ignore[assignment]
        if self._running is None:
            from wellbeing.services.mic_sensor.win_processes import running_paths

            self._running = running_paths
        if not has_consent_store(cast(Registry, self._registry)):
            why = QCoreApplication.translate(
                "MicrophoneSensor", "this Windows keeps no record of microphone use"
            )
            QTimer.singleShot(0, self, lambda: self._give_up(not_detected_reason(why)))
            return
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._report(False)

    def poll(self) -> None:
        assert self._registry is not None and self._running is not None
        uses = read_consent_store(self._registry)
        self._report(in_call(uses, self._programs, self._running))
