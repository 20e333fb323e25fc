"""The Windows sensor, run on any system against recorded consent-store states
through a fake ``winreg`` (the real one exists only on Windows)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from wellbeing.services.mic_sensor.winreg_store import (
    KEY,
    MicUse,
    WindowsSensor,
    in_call,
    read_consent_store,
)

HKCU, HKLM = "HKCU", "HKLM"
MICROSIP = r"C:\Program Files (x86)\MicroSIP\microsip.exe"
RECORDER = r"C:\Windows\System32\SoundRecorder.exe"


class FakeWinreg:
    """``winreg``'s five calls over ``{(hive, path): {value: data}}``, as ``reg query`` shows."""

    HKEY_CURRENT_USER = HKCU
    HKEY_LOCAL_MACHINE = HKLM

    def __init__(self, keys: dict[tuple[str, str], dict[str, int]]) -> None:
        self.keys = keys
        self.open = 0

    def OpenKey(self, hive: str, path: str) -> tuple[str, str]:
        if (hive, path) not in self.keys and not any(
            h == hive and p.startswith(path + "\\") for h, p in self.keys
        ):
            raise FileNotFoundError(path)
        self.open += 1
        return hive, path

    def EnumKey(self, key: tuple[str, str], index: int) -> str:
        hive, path = key
        prefix = path + "\\"
        below = [p[len(prefix) :] for h, p in self.keys if h == hive and p.startswith(prefix)]
        names = sorted({rest.split("\\")[0] for rest in below})
        if index >= len(names):
            raise OSError("no more data")
        return names[index]

    def QueryValueEx(self, key: tuple[str, str], name: str) -> tuple[Any, int]:
        values = self.keys.get(key, {})
        if name not in values:
            raise FileNotFoundError(name)
        return values[name], 11  # REG_QWORD

    def CloseKey(self, key: tuple[str, str]) -> None:
        self.open -= 1


def desktop(path: str, stop: int, hive: str = HKCU) -> tuple[tuple[str, str], dict[str, int]]:
    name = path.replace("\\", "#")
    return (hive, rf"{KEY}\NonPackaged\{name}"), {
        "LastUsedTimeStart": 134_091_234_567_890_000,
        "LastUsedTimeStop": stop,
    }


def packaged(name: str, stop: int) -> tuple[tuple[str, str], dict[str, int]]:
    return (HKCU, rf"{KEY}\{name}"), {
        "LastUsedTimeStart": 134_091_000_000_000_000,
        "LastUsedTimeStop": stop,
    }


ENDED = 134_091_234_999_990_000


def store(*entries: tuple[tuple[str, str], dict[str, int]]) -> FakeWinreg:
    return FakeWinreg({(HKCU, KEY): {"Value": 1}, **dict(entries)})


def test_the_store_is_read_in_both_hives_with_paths_restored() -> None:
    registry = store(
        desktop(MICROSIP, 0),
        desktop(RECORDER, ENDED, hive=HKLM),
        packaged("Microsoft.SkypeApp_kzf8qxf38zg5c", ENDED),
    )
    uses = read_consent_store(registry)
    assert set(uses) == {
        MicUse(MICROSIP, False, 0),
        MicUse(RECORDER, False, ENDED),
        MicUse("Microsoft.SkypeApp_kzf8qxf38zg5c", True, ENDED),
    }
    assert registry.open == 0  # every key closed


def test_an_empty_or_missing_store_is_no_call() -> None:
    assert read_consent_store(FakeWinreg({})) == []


def alive(*paths: str) -> Any:
    return lambda: {path.casefold() for path in paths}


def test_a_phone_program_using_the_microphone_now_is_a_call() -> None:
    uses = read_consent_store(store(desktop(MICROSIP, 0)))
    assert in_call(uses, ("microsip",), alive(MICROSIP))


def test_a_stale_zero_left_by_a_crash_is_no_call() -> None:
    uses = read_consent_store(store(desktop(MICROSIP, 0)))
    assert not in_call(uses, ("microsip",), alive(RECORDER))


def test_other_programs_and_ended_uses_are_no_call() -> None:
    uses = read_consent_store(store(desktop(RECORDER, 0), desktop(MICROSIP, ENDED)))
    assert not in_call(uses, ("microsip", "zoiper"), alive(RECORDER, MICROSIP))
    assert in_call(uses, (), alive(RECORDER, MICROSIP))  # no list: any program


def test_a_packaged_app_is_trusted_as_recorded() -> None:
    uses = read_consent_store(store(packaged("MSTeams_8wekyb3d8bbwe", 0)))
    assert in_call(uses, ("teams",), alive())


@pytest.mark.parametrize("stop", ["not a number", None])
def test_a_broken_value_is_skipped(stop: Any) -> None:
    key, values = desktop(MICROSIP, 0)
    assert read_consent_store(store((key, {**values, "LastUsedTimeStop": stop}))) == []


def test_the_sensor_polls_and_reports_changes(qtbot: QtBot) -> None:
    registry = store(desktop(MICROSIP, ENDED))
    sensor = WindowsSensor(("microsip",), registry=registry, running=alive(MICROSIP))
    changes: list[bool] = []
    sensor.changed.connect(changes.append)
    sensor.start()
    key, values = desktop(MICROSIP, 0)
    registry.keys[key] = values
    with qtbot.waitSignal(sensor.changed, timeout=10_000) as blocker:  # its own timer
        pass
    registry.keys[key] = {**values, "LastUsedTimeStop": ENDED}
    sensor.poll()
    sensor.stop()
    assert blocker.args == [True]
    assert changes == [True, False]


def test_a_windows_without_the_store_says_so_once(qtbot: QtBot) -> None:
    sensor = WindowsSensor(("microsip",), registry=FakeWinreg({}), running=alive())
    with qtbot.waitSignal(sensor.unavailable) as blocker:
        sensor.start()
    sensor.stop()
    assert "not detected on this machine" in blocker.args[0]
