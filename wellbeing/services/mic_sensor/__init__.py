"""The microphone call sensor: one adapter per system behind ``MicrophoneSensor``.

``choose_sensor`` picks the adapter at start:

- Linux and other POSIX systems with ``pactl``: PulseAudio's or PipeWire's
  events (``pulse``), falling back to /proc/asound when no server answers;
- without ``pactl``, a machine with ALSA capture devices: /proc/asound,
  polled once a second (``asound``; it cannot tell programs apart);
- Windows: the microphone consent store (``winreg_store``);
- macOS: Core Audio (``macos``);
- anything else, or none of the above available: ``NullSensor``, which says
  once, through ``unavailable``, that calls are not detected and how to
  connect a softphone instead.

``detect_calls`` off is the caller's business (it simply does not start a
sensor); the sensor reads only ``phone_programs``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from wellbeing.core.settings import Settings
from wellbeing.services.mic_sensor.asound import ASOUND, AsoundSensor, capture_substreams
from wellbeing.services.mic_sensor.base import MicrophoneSensor, NullSensor
from wellbeing.services.mic_sensor.pulse import PulseSensor

__all__ = ["MicrophoneSensor", "NullSensor", "choose_sensor"]


def choose_sensor(
    settings: Settings,
    parent: QObject | None = None,
    *,
    platform: str = sys.platform,
    asound: Path = ASOUND,
    pactl: str | None = None,
) -> MicrophoneSensor:
    """The sensor for this system (``platform``, ``asound`` and ``pactl`` are for tests)."""
    programs = settings.phone_programs
    if platform == "win32":
        from wellbeing.services.mic_sensor.winreg_store import WindowsSensor

        return WindowsSensor(programs, parent)
    if platform == "darwin":
        from wellbeing.services.mic_sensor.macos import MacSensor

        return MacSensor(programs, parent)

    def alsa(owner: QObject | None) -> MicrophoneSensor:
        # ``owner``, not ``parent``: a closure over the app would keep it alive
        # through its own sensor after it stopped.
        if capture_substreams(asound):
            return AsoundSensor(owner, root=asound)
        why = QCoreApplication.translate("MicrophoneSensor", "no sound server, no microphone")
        return NullSensor(why, owner)

    found = pactl or shutil.which("pactl")
    if found:
        return PulseSensor(programs, parent, pactl=found, fallback=alsa)
    return alsa(parent)
