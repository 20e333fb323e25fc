"""The macOS sensor, run on any system against a fake Core Audio (an injected
table of the calls it makes; the real one is ctypes over the framework)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pytestqt.qtbot import QtBot

from wellbeing.services.mic_sensor.macos import MacSensor, in_call


@dataclass
class FakeCoreAudio:
    """Processes as {object id: (pid, running input)}; None: before macOS 14."""

    processes: dict[int, tuple[int, bool]] | None = None
    names: dict[int, tuple[str, ...]] = field(default_factory=dict)
    device: int = 0
    device_running: bool = False
    virtual: bool = False

    def process_objects(self) -> list[int] | None:
        return None if self.processes is None else list(self.processes)

    def process_running_input(self, process: int) -> bool:
        assert self.processes is not None
        return self.processes[process][1]

    def process_pid(self, process: int) -> int:
        assert self.processes is not None
        return self.processes[process][0]

    def process_names(self, pid: int) -> tuple[str, ...]:
        return self.names.get(pid, ())

    def default_input_device(self) -> int:
        return self.device

    def device_running_somewhere(self, device: int) -> bool:
        return self.device_running

    def device_is_virtual(self, device: int) -> bool:
        return self.virtual


ZOIPER = ("Zoiper5", "/Applications/Zoiper5.app/Contents/MacOS/Zoiper5")
MUSIC = ("GarageBand", "/Applications/GarageBand.app/Contents/MacOS/GarageBand")


def test_macos_14_tells_the_phone_from_other_programs() -> None:
    audio = FakeCoreAudio({71: (501, True), 72: (502, False)}, {501: MUSIC, 502: ZOIPER})
    assert not in_call(audio, ("zoiper",), own_pid=999)
    audio.processes = {71: (501, False), 72: (502, True)}
    assert in_call(audio, ("zoiper",), own_pid=999)


def test_this_app_itself_is_left_out() -> None:
    audio = FakeCoreAudio({71: (999, True)}, {999: ("python3.11",)})
    assert not in_call(audio, (), own_pid=999)


def test_before_macos_14_the_default_input_device_answers() -> None:
    audio = FakeCoreAudio(None, device=54, device_running=True)
    assert in_call(audio, ("zoiper",), own_pid=999)  # cannot tell programs apart
    audio.device_running = False
    assert not in_call(audio, ("zoiper",), own_pid=999)


def test_a_virtual_input_or_none_is_no_microphone() -> None:
    assert not in_call(FakeCoreAudio(None, device=54, device_running=True, virtual=True), (), 1)
    assert not in_call(FakeCoreAudio(None, device=0, device_running=True), (), 1)


def test_the_sensor_polls_and_reports_changes(qtbot: QtBot) -> None:
    audio = FakeCoreAudio({72: (502, False)}, {502: ZOIPER})
    sensor = MacSensor(("zoiper",), load=lambda: audio)
    changes: list[bool] = []
    sensor.changed.connect(changes.append)
    sensor.start()
    audio.processes = {72: (502, True)}
    with qtbot.waitSignal(sensor.changed, timeout=10_000) as blocker:  # its own timer
        pass
    audio.processes = {}
    sensor.poll()
    sensor.stop()
    assert blocker.args == [True]
    assert changes == [True, False]


def test_a_mac_whose_core_audio_cannot_load_says_so_once(qtbot: QtBot) -> None:
    def broken() -> FakeCoreAudio:
        raise OSError("no CoreAudio framework")

    sensor = MacSensor(("zoiper",), load=broken)
    with qtbot.waitSignal(sensor.unavailable) as blocker:
        sensor.start()
    sensor.stop()
    assert "not detected on this machine" in blocker.args[0]
