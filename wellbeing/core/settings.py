"""The agent's settings: one declarative schema, validated on load, versioned.

Every setting is declared once in ``SPECS`` (name, default, description,
validator), in the spirit of qutebrowser's ``configdata``: the file on disk,
the settings dialog and the checks all read the same table. ``Settings`` is
the frozen value built from it. Every instance is valid, because
``__post_init__`` runs each validator: a bad value is refused where it
enters (a file, a dialog, ``replace``) with one line that names the setting.

Choices made where the design was silent:

- Work hours are one span per weekday, ``start < end``, in the agent's local
  time. A shift that crosses midnight is not supported yet. A work-hours
  mapping that leaves a day out means no work that day.
- A settings dict without ``version`` is read as the current version (a
  hand-written file); unknown keys are ignored (a typo never stops the app),
  but a *newer* version is refused rather than half understood.
- ``shift_end`` answers for today even once the shift is over, so the
  wind-down rule can ask "how long since the shift ended".
- Version 2 adds call detection (the microphone sensor). Settings written by
  version 1 get it switched on: holding prompts during a call is the promise
  the app already made, and the sensor only keeps it better.
- ``phone_programs`` are matched case-insensitively as parts of a program's
  binary or application name ("chrome" matches "Google Chrome"); an empty
  list means any program that uses the microphone is the phone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from wellbeing.core.api_rules import DEFAULT_PORT, normalise_origin
from wellbeing.core.breathing import DEFAULT_PATTERN, PATTERNS
from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import parse_int

SETTINGS_VERSION = 2

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Weekday keys, in ``datetime.weekday()`` order."""

Span = tuple[time, time]
WorkHours = tuple[Span | None, ...]
"""Seven entries, Monday first: ``None`` for a day off, else (start, end)."""

Validator = Callable[[Any, str], Any]
Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _add_call_detection(data: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: call detection arrives, on, with the default phone programs."""
    added = {name: _default(name) for name in CALL_DETECTION}
    return {**added, **data}


CALL_DETECTION = ("detect_calls", "phone_programs", "min_call_s", "call_gap_s")
"""The settings of the microphone sensor and of the calls it detects (version 2)."""

MIGRATIONS: dict[int, Migration] = {1: _add_call_detection}
"""``{from_version: step}``; each step turns a dict of that version into the next."""

_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_LANGUAGE = re.compile(r"([a-z]{2,3}([_-][A-Za-z0-9]{2,8})*)?")


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting: ``validate(value, name)`` returns the clean value or raises
    InvalidInput; ``dump`` turns the clean value into its JSON form."""

    name: str
    default: Any
    description: str
    validate: Validator
    dump: Callable[[Any], Any] = _identity


# --- validators ---------------------------------------------------------------


def _int_in(low: int, high: int) -> Validator:
    def validate(value: Any, name: str) -> int:
        return parse_int(value, name, low, high)

    return validate


def _one_of(*choices: str) -> Validator:
    def validate(value: Any, name: str) -> str:
        if not isinstance(value, str) or value not in choices:
            allowed = ", ".join(choices)
            raise InvalidInput(f"{name}: unknown value {value!r} (one of: {allowed})")
        return value

    return validate


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(f"{name}: expected true or false, got {value!r}")
    return value


def _language(value: Any, name: str) -> str:
    if not isinstance(value, str) or not _LANGUAGE.fullmatch(value):
        raise InvalidInput(
            f"{name}: expected a language code such as 'de' or 'pt_BR', got {value!r}"
        )
    return value


def _clock(value: Any, name: str) -> time:
    if isinstance(value, time) and value.tzinfo is None:
        return value.replace(second=0, microsecond=0)
    match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InvalidInput(f"{name}: expected a time of day as HH:MM, got {value!r}")
    return time(int(match[1]), int(match[2]))


def _dump_clock(value: time) -> str:
    return f"{value:%H:%M}"


def _span(value: Any, name: str) -> Span | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        if "start" not in value or "end" not in value:
            raise InvalidInput(f"{name}: expected start and end, got {value!r}")
        value = (value["start"], value["end"])
    if isinstance(value, str) or not isinstance(value, Sequence) or len(value) != 2:
        raise InvalidInput(f"{name}: expected null or a start and an end, got {value!r}")
    start, end = _clock(value[0], f"{name} start"), _clock(value[1], f"{name} end")
    if not start < end:
        raise InvalidInput(
            f"{name}: the start must come before the end ({start:%H:%M}-{end:%H:%M})"
        )
    return start, end


def _work_hours(value: Any, name: str) -> WorkHours:
    if isinstance(value, Mapping):
        unknown = [day for day in value if day not in WEEKDAYS]
        if unknown:
            raise InvalidInput(f"{name}: unknown weekday {unknown[0]!r} (one of: mon ... sun)")
        return tuple(_span(value.get(day), f"{name} {day}") for day in WEEKDAYS)
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 7:
        return tuple(
            _span(span, f"{name} {day}") for day, span in zip(WEEKDAYS, value, strict=True)
        )
    raise InvalidInput(f"{name}: expected an object with a span per weekday, got {value!r}")


_PROGRAM = re.compile(r"[^\x00-\x1f/\\]{1,64}")


def _programs(value: Any, name: str) -> tuple[str, ...]:
    """A list of program names, trimmed, lower-cased, without repeats, order kept."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise InvalidInput(f"{name}: expected a list of program names, got {value!r}")
    if len(value) > 100:
        raise InvalidInput(f"{name}: at most 100 programs, got {len(value)}")
    clean: list[str] = []
    for item in value:
        text = item.strip().casefold() if isinstance(item, str) else None
        if text is None or not _PROGRAM.fullmatch(text):
            raise InvalidInput(
                f"{name}: expected a program name (up to 64 characters, no slashes), got {item!r}"
            )
        if text not in clean:
            clean.append(text)
    return tuple(clean)


def _dump_programs(value: tuple[str, ...]) -> list[str]:
    return list(value)


def _dump_work_hours(value: WorkHours) -> dict[str, Any]:
    return {
        day: None if span is None else {"start": _dump_clock(span[0]), "end": _dump_clock(span[1])}
        for day, span in zip(WEEKDAYS, value, strict=True)
    }


def _origins(value: Any, name: str) -> tuple[str, ...]:
    """The loopback API's allowlist: exact origins, normalised, each once."""
    if isinstance(value, str) or not isinstance(value, Sequence) or len(value) > 20:
        raise InvalidInput(f"{name}: expected a list of at most 20 origins, got {value!r}")
    return tuple(dict.fromkeys(normalise_origin(item, name) for item in value))


_OFFICE_HOURS: WorkHours = (*[(time(9), time(17))] * 5, None, None)

PHONE_PROGRAMS: tuple[str, ...] = (
    "microsip",
    "zoiper",
    "linphone",
    "3cx",
    "bria",
    "x-lite",
    "jitsi",
    "teams",
    "zoom",
    "webex",
    "skype",
    "chrome",
    "chromium",
    "firefox",
    "edge",
    "safari",
)
"""Common softphones and the browsers that web softphones run in."""

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("streak_threshold", 3, "Difficult calls in a row before a break.", _int_in(2, 10)),
    SettingSpec("cooldown_min", 15, "Minutes between prompts, unless severe.", _int_in(0, 240)),
    SettingSpec("reset_s", 90, "Seconds of breathing after a severe call.", _int_in(30, 600)),
    SettingSpec("break_s", 180, "Seconds of the break a streak offers.", _int_in(60, 900)),
    SettingSpec("default_pattern", DEFAULT_PATTERN, "Breathing pattern.", _one_of(*PATTERNS)),
    SettingSpec("default_break_min", 3, "Minutes of a break from the menu.", _int_in(1, 5)),
    SettingSpec("prompt_stale_min", 30, "Minutes before a waiting prompt drops.", _int_in(5, 240)),
    SettingSpec("work_hours", _OFFICE_HOURS, "Hours per weekday.", _work_hours, _dump_work_hours),
    SettingSpec(
        "shift_gap_h", 6, "Hours without calls that end a shift (it starts calm).", _int_in(2, 16)
    ),
    SettingSpec("micro_breaks", False, "Offer micro-breaks in work hours.", _bool),
    SettingSpec("micro_break_every_min", 60, "Minutes between micro-breaks.", _int_in(20, 240)),
    SettingSpec("checkin_reminder", True, "Remind me of the weekly check-in.", _bool),
    SettingSpec("checkin_day", "fri", "Weekday of the check-in reminder.", _one_of(*WEEKDAYS)),
    SettingSpec("checkin_time", time(15), "Time of the check-in reminder.", _clock, _dump_clock),
    SettingSpec("wind_down", False, "Offer a wind-down at the end of the shift.", _bool),
    SettingSpec("reduced_motion", False, "Breathing as text, not a moving circle.", _bool),
    SettingSpec(
        "notifications",
        False,
        "Also announce prompts in the desktop's notification area (the card always shows).",
        _bool,
    ),
    SettingSpec("sound", False, "A soft sound with prompts.", _bool),
    SettingSpec("language", "", "Interface language; empty follows the system.", _language),
    SettingSpec("theme", "system", "Colour theme.", _one_of("system", "light", "dark")),
    SettingSpec("autostart", False, "Start wellbeing when the agent logs in.", _bool),
    SettingSpec("detect_calls", True, "Hold prompts while the microphone is in use.", _bool),
    SettingSpec(
        "phone_programs",
        PHONE_PROGRAMS,
        "Programs whose use of the microphone is a call (empty: any program).",
        _programs,
        _dump_programs,
    ),
    SettingSpec("min_call_s", 20, "Seconds of microphone use that make a call.", _int_in(5, 600)),
    SettingSpec(
        "call_gap_s", 10, "Seconds of silence that still belong to the same call.", _int_in(0, 300)
    ),
    SettingSpec("api_enabled", False, "The loopback API for browser agent desktops.", _bool),
    SettingSpec("api_port", DEFAULT_PORT, "The loopback API's port.", _int_in(1024, 65535)),
    SettingSpec("api_origins", (), "Pages allowed to call the API.", _origins, list),
)
"""The schema: one entry per setting, in the order of ``Settings``' fields."""

_BY_NAME = {spec.name: spec for spec in SPECS}


def _default(name: str) -> Any:
    return _BY_NAME[name].default


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, always valid; field order and defaults come from SPECS."""

    streak_threshold: int = _default("streak_threshold")
    cooldown_min: int = _default("cooldown_min")
    reset_s: int = _default("reset_s")
    break_s: int = _default("break_s")
    default_pattern: str = _default("default_pattern")
    default_break_min: int = _default("default_break_min")
    prompt_stale_min: int = _default("prompt_stale_min")
    work_hours: WorkHours = _default("work_hours")  # noqa: RUF009 (immutable)
    shift_gap_h: int = _default("shift_gap_h")
    micro_breaks: bool = _default("micro_breaks")
    micro_break_every_min: int = _default("micro_break_every_min")
    checkin_reminder: bool = _default("checkin_reminder")
    checkin_day: str = _default("checkin_day")
    checkin_time: time = _default("checkin_time")  # noqa: RUF009 (immutable)
    wind_down: bool = _default("wind_down")
    reduced_motion: bool = _default("reduced_motion")
    notifications: bool = _default("notifications")
    sound: bool = _default("sound")
    language: str = _default("language")
    theme: str = _default("theme")
    autostart: bool = _default("autostart")
    detect_calls: bool = _default("detect_calls")
    phone_programs: tuple[str, ...] = _default("phone_programs")
    min_call_s: int = _default("min_call_s")
    call_gap_s: int = _default("call_gap_s")
    api_enabled: bool = _default("api_enabled")
    api_port: int = _default("api_port")
    api_origins: tuple[str, ...] = _default("api_origins")

    def __post_init__(self) -> None:
        for spec in SPECS:
            clean = spec.validate(getattr(self, spec.name), spec.name)
            object.__setattr__(self, spec.name, clean)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        """Read a stored dict: migrate it, fill in defaults, ignore unknown keys."""
        if not isinstance(data, Mapping):
            raise InvalidInput(f"settings: expected an object, got {type(data).__name__}")
        current = migrate(data)
        return cls(**{spec.name: current[spec.name] for spec in SPECS if spec.name in current})

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, with ``version``, that ``from_dict`` reads back."""
        values = {spec.name: spec.dump(getattr(self, spec.name)) for spec in SPECS}
        return {"version": SETTINGS_VERSION, **values}

    def replace(self, **changes: Any) -> Settings:
        unknown = [name for name in changes if name not in _BY_NAME]
        if unknown:
            raise InvalidInput(f"{unknown[0]}: no such setting")
        return dataclasses.replace(self, **changes)


def changed(old: Settings, new: Settings) -> set[str]:
    """The names of the settings that differ, for a ``changed(name)`` signal."""
    return {spec.name for spec in SPECS if getattr(old, spec.name) != getattr(new, spec.name)}


def migrate(
    data: Mapping[str, Any],
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    current: int = SETTINGS_VERSION,
) -> dict[str, Any]:
    """Bring a stored dict up to ``current``, one version step at a time."""
    version = parse_int(data.get("version", current), "version", 1)
    if version > current:
        raise InvalidInput(
            f"version: these settings come from a newer wellbeing (version {version}, "
            f"this one reads up to {current})"
        )
    result = dict(data)
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise InvalidInput(f"version: no way to bring settings forward from version {version}")
        result = step(result)
        version += 1
    result["version"] = current
    return result


# --- time helpers -------------------------------------------------------------


def _today(settings: Settings, now: datetime) -> Span | None:
    return settings.work_hours[now.weekday()]


def in_work_hours(settings: Settings, now: datetime) -> bool:
    """Whether ``now`` (in its own offset and weekday) falls in today's span."""
    span = _today(settings, now)
    return span is not None and span[0] <= now.time() < span[1]


def shift_end(settings: Settings, now: datetime) -> datetime | None:
    """When today's work hours end, or ``None`` on a day off."""
    span = _today(settings, now)
    return None if span is None else datetime.combine(now.date(), span[1], tzinfo=now.tzinfo)
