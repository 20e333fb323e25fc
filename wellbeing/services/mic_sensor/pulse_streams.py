"""Which recording streams of PulseAudio (or PipeWire's pipewire-pulse) are a call.

Pure functions over what ``pactl -f json list sources`` and ``pactl -f json
list source-outputs`` print, so the rule is tested on recorded output as well
as against a real server.

Not a call:

- peak-detect streams: desktop volume meters (pavucontrol, GNOME's and KDE's
  sound settings) open one per source and read it about 25 times a second.
  They are named "Peak detect" (pavucontrol), carry ``stream.peak-detect`` or
  ``pulse.peak-detect`` (PipeWire), or were opened with the PEAK_DETECT flag,
  which pactl shows on no property: the name is the reliable sign;
- recordings of a monitor source (``*.monitor``): what the speakers play, a
  screen recorder, not a microphone;
- corked (paused) streams: nothing is being recorded;
- this app's own process.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from wellbeing.services.mic_sensor.base import is_phone_program

_PEAK_NAMES = frozenset({"peak detect", "peak-detect"})
_PEAK_KEYS = ("stream.peak-detect", "pulse.peak-detect", "stream.peak_detect")
_TRUE = frozenset({"1", "true", "yes"})


def parse_list(text: str) -> list[dict[str, Any]]:
    """A ``pactl -f json list ...`` answer; anything else is an empty list
    (a pactl without JSON, a server gone between two events)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def monitor_sources(sources: Iterable[Mapping[str, Any]]) -> set[int]:
    """The indexes of the sources that are monitors of a sink."""
    found = set()
    for source in sources:
        properties = source.get("properties") or {}
        name = str(source.get("name", ""))
        if name.endswith(".monitor") or properties.get("device.class") == "monitor":
            index = source.get("index")
            if isinstance(index, int):
                found.add(index)
    return found


def is_peak_detect(properties: Mapping[str, Any], flags: Iterable[str] = ()) -> bool:
    if str(properties.get("media.name", "")).strip().casefold() in _PEAK_NAMES:
        return True
    if any(str(properties.get(key, "")).casefold() in _TRUE for key in _PEAK_KEYS):
        return True
    return "PEAK_DETECT" in flags


def is_call_stream(
    output: Mapping[str, Any], monitors: set[int], programs: Iterable[str], own_pid: int
) -> bool:
    properties = output.get("properties") or {}
    if not isinstance(properties, Mapping) or output.get("corked") is True:
        return False
    flags = output.get("flags")
    flags = [str(flag) for flag in flags] if isinstance(flags, list) else []
    if is_peak_detect(properties, flags) or output.get("source") in monitors:
        return False
    if str(properties.get("application.process.id", "")) == str(own_pid):
        return False
    names = (
        properties.get("application.process.binary"),
        properties.get("application.name"),
        properties.get("application.id"),
    )
    return is_phone_program((str(name) for name in names if name), programs)


def any_call(sources_json: str, outputs_json: str, programs: Iterable[str], own_pid: int) -> bool:
    """Whether a phone program is recording from a real microphone."""
    monitors = monitor_sources(parse_list(sources_json))
    wanted = tuple(programs)
    return any(
        is_call_stream(output, monitors, wanted, own_pid) for output in parse_list(outputs_json)
    )
