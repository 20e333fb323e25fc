"""The Linux sensor of last resort: ALSA's capture devices, where pactl is missing.

Each capture substream has a status file
(``/proc/asound/card*/pcm*c/sub*/status``) whose first line reads ``state:
RUNNING`` while something records from it. Reading them once a second (the
issue's limit) is cheap: a few small files on a virtual file system.

It cannot tell programs apart, so ``phone_programs`` does not apply here: any
recording counts. A machine with no capture device at all cannot detect
calls, and ``choose_sensor`` gives it the null sensor instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from wellbeing.services.mic_sensor.base import MicrophoneSensor

ASOUND = Path("/proc/asound")
POLL_MS = 1000


def capture_substreams(root: Path = ASOUND) -> list[Path]:
    return sorted(root.glob("card*/pcm*c/sub*/status"))


def capture_running(root: Path = ASOUND) -> bool:
    for status in capture_substreams(root):
        try:
            first = status.read_text(errors="replace").split("\n", 1)[0]
        except OSError:  # the device went away between glob and read
            continue
        if first.split(":", 1)[-1].strip() == "RUNNING":
            return True
    return False


class AsoundSensor(MicrophoneSensor):
    def __init__(self, parent: QObject | None = None, *, root: Path = ASOUND) -> None:
        super().__init__(parent)
        self._root = root
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._report(False)

    def poll(self) -> None:
        self._report(capture_running(self._root))
