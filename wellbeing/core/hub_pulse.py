"""The pulse an agent sends to a team hub (``wellbeing.pulse/2``), and its strict JSON.

A hub pulse is ``{"schema", "week", "indicators"}`` and nothing more: unlike
the retired folder pulse (``wellbeing.pulse/1``) it carries no token, since
the hub tells contributors apart by their credential and never stores it
beside the numbers.

The indicators go through ``core.pulse.validate_pulse``, the one gate for
weekly numbers (exact keys, whole numbers for counts, ranges), so that the
desktop and the hub never disagree about what a valid week is.

``parse_json`` is the strict reader for bytes from the network: UTF-8 only,
no duplicate keys (which parsers resolve differently), no NaN or infinity,
and at most ``MAX_BODY`` bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import PULSE_SCHEMA, InvalidPulse, validate_pulse
from wellbeing.core.weeks import parse_week

HUB_PULSE_SCHEMA = "wellbeing.pulse/2"
HUB_PULSE_KEYS = frozenset({"schema", "week", "indicators"})
MAX_BODY = 4096
_PLACEHOLDER_TOKEN = "0" * 32


@dataclass(frozen=True, slots=True)
class HubPulse:
    """One contributor's numbers for one finished week, as a hub accepts them."""

    week: str
    indicators: WeeklyIndicators

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": HUB_PULSE_SCHEMA,
            "week": self.week,
            "indicators": self.indicators.to_dict(),
        }


def make_hub_pulse(indicators: WeeklyIndicators, week: str) -> dict[str, Any]:
    """The pulse for ``week``, exactly as it is sent (and shown in the preview)."""
    parse_week(week)
    return HubPulse(week, indicators).to_dict()


def validate_hub_pulse(obj: object) -> HubPulse:
    """``obj`` (parsed JSON) as a ``HubPulse``, or ``InvalidPulse`` saying why not."""
    if not isinstance(obj, dict):
        raise InvalidPulse("pulse: expected an object")
    if set(obj) != HUB_PULSE_KEYS:
        extra, missing = sorted(set(obj) - HUB_PULSE_KEYS), sorted(HUB_PULSE_KEYS - set(obj))
        raise InvalidPulse(f"pulse: unexpected keys {extra}, missing keys {missing}")
    if obj["schema"] != HUB_PULSE_SCHEMA:
        raise InvalidPulse(f"schema: expected {HUB_PULSE_SCHEMA!r}")
    as_folder_pulse = {
        "schema": PULSE_SCHEMA,
        "week": obj["week"],
        "token": _PLACEHOLDER_TOKEN,
        "indicators": obj["indicators"],
    }
    checked = validate_pulse(as_folder_pulse)
    return HubPulse(checked.week, checked.indicators)


class InvalidJson(ValueError):
    """A body that is not one strict JSON document; the message is one line."""


def parse_json(body: bytes) -> object:
    """One JSON document from ``body``, refusing what parsers disagree on."""
    if len(body) > MAX_BODY:
        raise InvalidJson(f"body: larger than {MAX_BODY} bytes")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidJson("body: not UTF-8") from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except InvalidJson:
        raise
    except RecursionError:
        raise InvalidJson("body: nested too deeply") from None
    except ValueError as error:
        raise InvalidJson(f"body: not JSON ({str(error).split(':')[0]})") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise InvalidJson(f"body: duplicate key {key!r}")
        out[key] = value
    return out


def _no_constant(name: str) -> object:
    raise InvalidJson(f"body: {name} is not a number")
