"""What new Calls settings ask of the running call detection, from the old and the new.

Applied Settings take effect at once (Settings, Apply); this rule says which
part of the call detection they touch, so that a change that concerns no
call (a theme, a threshold of the prompts) never restarts the sensor and
its ``pactl`` process.

Choices where the design was silent:

- Detection turned off stops the sensor; turned on, it starts one.
- A new ``phone_programs`` list while detection is on means a new sensor:
  every adapter reads the list once, when it starts. While detection is off
  the list only waits for the next start.
- ``min_call_s`` and ``call_gap_s`` change the thresholds of the call state
  in place: no sensor restart, and the call in progress, explicit or
  detected, goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from wellbeing.core.settings import Settings


class SensorChange(Enum):
    KEEP = "keep"
    STOP = "stop"
    RESTART = "restart"
    """Stop the sensor that runs, if any, and start one for the new settings."""


@dataclass(frozen=True, slots=True)
class CallSettingsChange:
    sensor: SensorChange
    thresholds: bool
    """``min_call_s`` or ``call_gap_s`` changed."""


def call_settings_change(old: Settings, new: Settings) -> CallSettingsChange:
    if not new.detect_calls:
        sensor = SensorChange.STOP if old.detect_calls else SensorChange.KEEP
    elif not old.detect_calls or old.phone_programs != new.phone_programs:
        sensor = SensorChange.RESTART
    else:
        sensor = SensorChange.KEEP
    thresholds = (old.min_call_s, old.call_gap_s) != (new.min_call_s, new.call_gap_s)
    return CallSettingsChange(sensor, thresholds)
