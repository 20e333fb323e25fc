"""Which PulseAudio recording streams are a call, on recorded ``pactl -f json`` output.

The records are trimmed from what pactl 16.1 printed against a real server
(tests/services/test_mic_pulse.py runs the same rule live).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from wellbeing.services.mic_sensor.pulse_streams import any_call, is_call_stream, parse_list

SOURCES = json.dumps(
    [
        {"index": 0, "name": "speaker.monitor", "properties": {"device.class": "monitor"}},
        {"index": 1, "name": "mic", "properties": {"device.class": "abstract"}},
        {"index": 2, "name": "alsa_input.usb-headset", "properties": {"device.class": "sound"}},
    ]
)


def output(source: int = 1, corked: bool = False, **properties: str) -> dict[str, Any]:
    base = {
        "media.name": "/dev/null",
        "application.name": "parecord",
        "application.process.id": "29685",
        "application.process.binary": "pacat",
    }
    return {"index": 7, "source": source, "corked": corked, "properties": base | properties}


def outputs(*items: dict[str, Any]) -> str:
    return json.dumps(list(items))


def test_a_softphone_recording_a_microphone_is_a_call() -> None:
    phone = output(2, **{"application.name": "MicroSIP", "application.process.binary": "wine"})
    assert any_call(SOURCES, outputs(phone), ("microsip",), own_pid=1)


@pytest.mark.parametrize(
    "stream",
    [
        output(**{"media.name": "Peak detect"}),  # pavucontrol's meter
        output(**{"media.name": "peak detect"}),
        output(**{"stream.peak-detect": "true"}),  # PipeWire
        output(**{"pulse.peak-detect": "1"}),
        {**output(), "flags": ["DONT_MOVE", "PEAK_DETECT"]},
        output(source=0),  # recording what the speakers play
        output(corked=True),  # paused
        output(**{"application.process.id": "4242"}),  # this app itself
    ],
)
def test_meters_monitors_paused_streams_and_this_app_are_no_call(stream: dict[str, Any]) -> None:
    assert not any_call(SOURCES, outputs(stream), ("parecord",), own_pid=4242)
    assert any_call(SOURCES, outputs(stream, output()), ("parecord",), own_pid=4242)


@pytest.mark.parametrize(
    ("programs", "expected"),
    [
        (("parecord",), True),  # the application name
        (("PACAT",), True),  # the binary, in any case
        (("zoiper", "3cx"), False),
        ((), True),  # no list: any program
    ],
)
def test_phone_programs_match_binary_or_name(programs: tuple[str, ...], expected: bool) -> None:
    assert any_call(SOURCES, outputs(output()), programs, own_pid=1) is expected


def test_a_browser_matches_by_part_of_its_name() -> None:
    chrome = output(2, **{"application.name": "Google Chrome", "application.process.binary": ""})
    assert is_call_stream(chrome, set(), ("chrome",), own_pid=1)


@pytest.mark.parametrize("text", ["", "not json", "{}", "[1, 2]", "Source Output #1\n"])
def test_anything_but_a_json_list_is_no_stream(text: str) -> None:
    assert parse_list(text) == []
    assert not any_call(SOURCES, text, (), own_pid=1)
