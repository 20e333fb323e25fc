"""The /proc/asound sensor, on a recorded tree of status files, and the choice of
adapter with ``choose_sensor``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

import wellbeing.services.mic_sensor as mic_sensor
from wellbeing.core.settings import Settings
from wellbeing.services.mic_sensor import MicrophoneSensor, NullSensor, choose_sensor
from wellbeing.services.mic_sensor.asound import AsoundSensor, capture_running
from wellbeing.services.mic_sensor.macos import MacSensor
from wellbeing.services.mic_sensor.pulse import PulseSensor
from wellbeing.services.mic_sensor.winreg_store import WindowsSensor

RUNNING = "state: RUNNING\nowner_pid   : 4242\ntrigger_time: 5121.1\n"
CLOSED = "closed\n"


def tree(root: Path, **statuses: str) -> Path:
    """``card0_pcm0c_sub0="..."`` makes card0/pcm0c/sub0/status."""
    for name, text in statuses.items():
        status = root.joinpath(*name.split("_"), "status")
        status.parent.mkdir(parents=True, exist_ok=True)
        status.write_text(text)
    return root


def test_a_running_capture_substream_is_in_use(tmp_path: Path) -> None:
    root = tree(tmp_path, card0_pcm0c_sub0=CLOSED, card1_pcm0c_sub0=RUNNING)
    assert capture_running(root)


def test_playback_and_idle_capture_are_not(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        card0_pcm0p_sub0=RUNNING,  # playback
        card0_pcm0c_sub0=CLOSED,
        card0_pcm1c_sub0="state: SETUP\n",
    )
    assert not capture_running(root)


def test_the_sensor_reports_each_change_once(tmp_path: Path, qtbot: QtBot) -> None:
    root = tree(tmp_path, card0_pcm0c_sub0=CLOSED)
    sensor = AsoundSensor(root=root)
    changes: list[bool] = []
    sensor.changed.connect(changes.append)
    sensor.start()
    tree(root, card0_pcm0c_sub0=RUNNING)
    sensor.poll()
    sensor.poll()
    tree(root, card0_pcm0c_sub0=CLOSED)
    sensor.poll()
    sensor.stop()
    assert changes == [True, False]


@pytest.fixture
def settings() -> Settings:
    return Settings(phone_programs=("microsip",))


def test_windows_and_macos_get_their_adapters(settings: Settings) -> None:
    assert isinstance(choose_sensor(settings, platform="win32"), WindowsSensor)
    assert isinstance(choose_sensor(settings, platform="darwin"), MacSensor)


def test_linux_with_pactl_listens_to_the_sound_server(settings: Settings) -> None:
    assert isinstance(
        choose_sensor(settings, platform="linux", pactl="/usr/bin/pactl"), PulseSensor
    )


def test_without_pactl_a_capture_device_is_polled(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mic_sensor.shutil, "which", lambda name: None)
    root = tree(tmp_path, card0_pcm0c_sub0=CLOSED)
    assert isinstance(choose_sensor(settings, platform="linux", asound=root), AsoundSensor)


def test_nothing_to_listen_to_is_said_once_gently(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(mic_sensor.shutil, "which", lambda name: None)
    sensor = choose_sensor(settings, platform="linux", asound=tmp_path / "no-asound")
    assert isinstance(sensor, NullSensor)
    reasons = said(sensor)
    with qtbot.waitSignal(sensor.unavailable) as blocker:
        sensor.start()
    sensor.start()
    QCoreApplication.processEvents()  # a second start says nothing new
    sensor.stop()
    assert reasons == blocker.args
    reason = blocker.args[0]
    assert "not detected on this machine" in reason
    assert "wellbeing on-call start" in reason and "wellbeing on-call end" in reason
    assert "\n" not in reason


def said(sensor: MicrophoneSensor) -> list[str]:
    reasons: list[str] = []
    sensor.unavailable.connect(reasons.append)
    return reasons


def test_stopping_during_a_call_claims_no_call_any_more(tmp_path: Path, qtbot: QtBot) -> None:
    sensor = AsoundSensor(root=tree(tmp_path, card0_pcm0c_sub0=RUNNING))
    changes: list[bool] = []
    sensor.changed.connect(changes.append)
    sensor.start()
    sensor.stop()
    assert changes == [True, False]
    assert not sensor.in_use
