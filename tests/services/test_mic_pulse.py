"""The Linux sensor against a real PulseAudio server started by the test.

``parecord`` plays the softphone; a ``parecord`` named "Peak detect" plays a
desktop volume meter; a recording of ``speaker.monitor`` plays a screen
recorder. Skipped with the reason where pulseaudio is not installed, failed
instead when ``WELLBEING_REQUIRE_SERVERS=1`` (tests/servers.py).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from servers import Pulse, pulse_server, stop

from wellbeing.services.mic_sensor.asound import AsoundSensor
from wellbeing.services.mic_sensor.base import MicrophoneSensor
from wellbeing.services.mic_sensor.pulse import PulseSensor

pytestmark = pytest.mark.slow
WAIT_MS = 10_000  # a bound for a loaded machine; the sensor answers in well under 2 s


@pytest.fixture
def pulse(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pulse]:
    runtime = Path(tempfile.mkdtemp(prefix="wb-pa-"))  # short: the socket path has a limit
    try:
        with pulse_server(runtime / "run") as server:
            for name in ("XDG_RUNTIME_DIR", "HOME", "LC_ALL"):
                monkeypatch.setenv(name, server.env[name])
            monkeypatch.delenv("PULSE_SERVER", raising=False)
            yield server
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def sensor(qtbot: QtBot) -> Iterator[PulseSensor]:
    made = PulseSensor(("parecord", "microsip"))
    yield made
    made.stop()


def seen(sensor: MicrophoneSensor) -> list[bool]:
    changes: list[bool] = []
    sensor.changed.connect(changes.append)
    return changes


def test_a_softphone_recording_is_a_call_until_it_stops(
    pulse: Pulse, sensor: PulseSensor, qtbot: QtBot
) -> None:
    changes = seen(sensor)
    sensor.start()
    phone = pulse.record()
    try:
        qtbot.waitUntil(lambda: changes == [True], timeout=WAIT_MS)
    finally:
        stop(phone)
    qtbot.waitUntil(lambda: changes == [True, False], timeout=WAIT_MS)
    assert not sensor.in_use


def test_a_call_already_on_at_start_is_seen(
    pulse: Pulse, sensor: PulseSensor, qtbot: QtBot
) -> None:
    phone = pulse.record()
    try:
        qtbot.waitUntil(lambda: "parecord" in pulse_outputs(pulse), timeout=WAIT_MS)
        with qtbot.waitSignal(sensor.changed, timeout=WAIT_MS) as blocker:
            sensor.start()
        assert blocker.args == [True]
    finally:
        stop(phone)


def test_volume_meters_and_monitors_never_make_a_call(
    pulse: Pulse, sensor: PulseSensor, qtbot: QtBot
) -> None:
    changes = seen(sensor)
    sensor.start()
    meter = pulse.record("--property=media.name=Peak detect")
    recorder = pulse.record(device="speaker.monitor")
    try:
        qtbot.waitUntil(lambda: pulse_outputs(pulse).count("parecord") == 2, timeout=WAIT_MS)
        phone = pulse.record()
        try:
            qtbot.waitUntil(lambda: changes == [True], timeout=WAIT_MS)
        finally:
            stop(phone)
        # The meter and the recorder still run: only they are left, and they are no call.
        qtbot.waitUntil(lambda: changes == [True, False], timeout=WAIT_MS)
        assert pulse_outputs(pulse).count("parecord") == 2
    finally:
        stop(meter)
        stop(recorder)


def test_no_server_says_once_that_calls_are_not_detected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no server lives here
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing")
    sensor = PulseSensor(("microsip",))
    said = seen_reasons(sensor)
    with qtbot.waitSignal(sensor.unavailable, timeout=WAIT_MS) as blocker:
        sensor.start()
    assert "not detected" in blocker.args[0]
    assert "wellbeing on-call start" in blocker.args[0]
    sensor.stop()
    assert len(said) == 1


def test_no_server_hands_over_to_the_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing")
    status = tmp_path / "asound/card0/pcm0c/sub0/status"
    status.parent.mkdir(parents=True)
    status.write_text("state: RUNNING\nowner_pid   : 4242\n")
    sensor = PulseSensor(
        ("microsip",), fallback=lambda owner: AsoundSensor(owner, root=tmp_path / "asound")
    )
    said = seen_reasons(sensor)
    with qtbot.waitSignal(sensor.changed, timeout=WAIT_MS) as blocker:
        sensor.start()
    sensor.stop()
    assert blocker.args == [True]
    assert said == []


def test_a_missing_pactl_says_so(tmp_path: Path, qtbot: QtBot) -> None:
    sensor = PulseSensor((), pactl=str(tmp_path / "pactl"))
    with qtbot.waitSignal(sensor.unavailable, timeout=WAIT_MS):
        sensor.start()
    sensor.stop()


def seen_reasons(sensor: MicrophoneSensor) -> list[str]:
    reasons: list[str] = []
    sensor.unavailable.connect(reasons.append)
    return reasons


def pulse_outputs(pulse: Pulse) -> str:
    import subprocess

    return subprocess.run(
        ["pactl", "list", "source-outputs"], env=pulse.env, capture_output=True, text=True,
        check=False,
    ).stdout  # fmt: skip


def test_this_apps_own_recording_is_no_call(
    pulse: Pulse, sensor: PulseSensor, qtbot: QtBot
) -> None:
    own = pulse.record()
    sensor.own_pid = own.pid  # as if the app itself recorded (a test of the microphone, say)
    changes = seen(sensor)
    sensor.start()
    try:
        phone = pulse.record()
        try:
            qtbot.waitUntil(lambda: changes == [True], timeout=WAIT_MS)
        finally:
            stop(phone)
        qtbot.waitUntil(lambda: changes == [True, False], timeout=WAIT_MS)
    finally:
        stop(own)
