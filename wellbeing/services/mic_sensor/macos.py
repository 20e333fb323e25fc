"""The macOS sensor: who records, asked of Core Audio every ``POLL_MS``.

On macOS 14 and later Core Audio lists the processes using audio and says of
each whether it records: the sensor tells phone programs from others, and
leaves out this app. Before that, only the default input device can be
asked whether anything records from it (any program counts, as on ALSA); a
virtual device (a loopback driver, an aggregate) is not a microphone and
never counts.

Core Audio can call back on a property change, but only on a thread of its
own; a poll every two seconds on the loop stays far under 0.1 % of a core
and needs no thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from wellbeing.services.mic_sensor.base import (
    MicrophoneSensor,
    is_phone_program,
    not_detected_reason,
)
from wellbeing.services.mic_sensor.coreaudio import CoreAudio

POLL_MS = 2000


def in_call(audio: CoreAudio, programs: Iterable[str], own_pid: int) -> bool:
    wanted = tuple(programs)
    processes = audio.process_objects()
    if processes is not None:
        for process in processes:
            if not audio.process_running_input(process):
                continue
            pid = audio.process_pid(process)
            if pid != own_pid and is_phone_program(audio.process_names(pid), wanted):
                return True
        return False
    device = audio.default_input_device()
    if not device or audio.device_is_virtual(device):
        return False
    return audio.device_running_somewhere(device)


class MacSensor(MicrophoneSensor):
    def __init__(
        self,
        programs: Iterable[str],
        parent: QObject | None = None,
        *,
        load: Callable[[], CoreAudio] | None = None,
    ) -> None:
        super().__init__(parent)
        self._programs = tuple(programs)
        self._load = load
        self._audio: CoreAudio | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        if self._audio is None:
            if self._load is None:
                from wellbeing.services.mic_sensor.coreaudio import load

                self._load = load
            try:
                self._audio = self._load()
            except OSError:
                why = QCoreApplication.translate("MicrophoneSensor", "Core Audio cannot be read")
                QTimer.singleShot(0, self, lambda: self._give_up(not_detected_reason(why)))
                return
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._report(False)

    def poll(self) -> None:
        assert self._audio is not None
        try:
            self._report(in_call(self._audio, self._programs, self.own_pid))
        except OSError:  # a device unplugged between two questions: ask again next time
            return
