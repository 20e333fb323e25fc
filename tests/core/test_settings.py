"""The settings schema: defaults, validation, the JSON form, migrations, time helpers."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.errors import InvalidInput
from wellbeing.core.settings import (
    SETTINGS_VERSION,
    SPECS,
    WEEKDAYS,
    Settings,
    changed,
    in_work_hours,
    migrate,
    shift_end,
)

MONDAY = datetime(2026, 11, 23, 10, tzinfo=UTC)
PLUS_TWO = timezone(timedelta(hours=2))


def test_specs_declare_every_field_in_order() -> None:
    assert [spec.name for spec in SPECS] == [f.name for f in dataclasses.fields(Settings)]
    assert all(spec.description for spec in SPECS)


def test_defaults() -> None:
    s = Settings()
    assert (s.streak_threshold, s.cooldown_min, s.reset_s, s.break_s) == (3, 15, 90, 180)
    assert (s.default_pattern, s.default_break_min, s.prompt_stale_min) == ("box", 3, 30)
    assert s.work_hours == ((time(9), time(17)),) * 5 + (None, None)
    assert (s.micro_breaks, s.micro_break_every_min) == (False, 60)
    assert (s.checkin_reminder, s.checkin_day, s.checkin_time) == (True, "fri", time(15))
    assert (s.wind_down, s.reduced_motion, s.notifications, s.sound) == (False, False, False, False)
    assert (s.language, s.theme) == ("", "system")


def test_to_dict_is_plain_json_with_version() -> None:
    data = Settings().to_dict()
    assert data["version"] == SETTINGS_VERSION
    assert data["work_hours"]["mon"] == {"start": "09:00", "end": "17:00"}
    assert data["work_hours"]["sat"] is None
    assert list(data["work_hours"]) == list(WEEKDAYS)
    assert data["checkin_time"] == "15:00"
    assert set(data) == {"version"} | {spec.name for spec in SPECS}


def test_round_trip() -> None:
    s = Settings().replace(
        streak_threshold=5, work_hours={"sat": {"start": "08:30", "end": "12:00"}}, theme="dark"
    )
    assert Settings.from_dict(s.to_dict()) == s


def test_missing_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    s = Settings.from_dict({"cooldown_min": 5, "no_such_setting": 1})
    assert s == Settings(cooldown_min=5)
    assert Settings.from_dict({}) == Settings()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("streak_threshold", 1),
        ("streak_threshold", 11),
        ("streak_threshold", True),
        ("streak_threshold", "many"),
        ("cooldown_min", -1),
        ("cooldown_min", 241),
        ("reset_s", 29),
        ("break_s", 901),
        ("default_pattern", "square"),
        ("default_break_min", 6),
        ("prompt_stale_min", 4),
        ("micro_breaks", "yes"),
        ("micro_break_every_min", 19),
        ("checkin_reminder", 1),
        ("checkin_day", "friday"),
        ("checkin_time", "3pm"),
        ("checkin_time", "24:00"),
        ("checkin_time", "9:00"),
        ("wind_down", None),
        ("language", "not a language"),
        ("language", 7),
        ("theme", "blue"),
        ("work_hours", "9-5"),
        ("work_hours", {"monday": None}),
        ("work_hours", {"mon": {"start": "17:00", "end": "09:00"}}),
        ("work_hours", {"mon": {"start": "09:00", "end": "09:00"}}),
        ("work_hours", {"mon": {"start": "09:00"}}),
        ("work_hours", {"mon": ["09:00"]}),
        ("work_hours", {"mon": {"start": "09:00", "end": "25:00"}}),
    ],
)
def test_bad_values_are_refused_with_the_name(name: str, value: Any) -> None:
    with pytest.raises(InvalidInput, match=f"^{name}") as excinfo:
        Settings.from_dict({name: value})
    assert "\n" not in str(excinfo.value)
    with pytest.raises(InvalidInput, match=f"^{name}"):
        Settings().replace(**{name: value})


def test_work_hours_accept_lists_and_leave_missing_days_off() -> None:
    s = Settings.from_dict({"work_hours": {"tue": ["07:00", "15:30"], "sun": None}})
    assert s.work_hours[1] == (time(7), time(15, 30))
    assert s.work_hours[0] is None
    assert s.work_hours.count(None) == 6


def test_work_hours_accept_the_stored_tuple_form() -> None:
    hours = Settings().work_hours
    assert Settings(work_hours=hours).work_hours == hours


def test_language_codes() -> None:
    assert Settings(language="pt_BR").language == "pt_BR"
    assert Settings(language="de").language == "de"


def test_replace_validates_and_refuses_unknown_names() -> None:
    assert Settings().replace(cooldown_min=0).cooldown_min == 0
    assert Settings().replace(checkin_time="08:05").checkin_time == time(8, 5)
    with pytest.raises(InvalidInput, match=r"^nope: no such setting"):
        Settings().replace(nope=1)


def test_settings_are_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().sound = True  # type: ignore[misc]


def test_changed_names_the_differences() -> None:
    old = Settings()
    new = old.replace(sound=True, theme="dark", cooldown_min=15)
    assert changed(old, new) == {"sound", "theme"}
    assert changed(old, old) == set()


def test_from_dict_refuses_a_non_object() -> None:
    with pytest.raises(InvalidInput, match=r"^settings"):
        Settings.from_dict([1, 2])  # type: ignore[arg-type]


# --- versions -----------------------------------------------------------------


def test_newer_version_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"^version: .*newer"):
        Settings.from_dict({"version": SETTINGS_VERSION + 1})


@pytest.mark.parametrize("version", [0, -1, "one", None])
def test_bad_version_is_refused(version: Any) -> None:
    with pytest.raises(InvalidInput, match=r"^version"):
        Settings.from_dict({"version": version})


def test_missing_version_reads_as_current() -> None:
    assert migrate({"sound": True}) == {"sound": True, "version": SETTINGS_VERSION}


def test_migrations_run_step_by_step() -> None:
    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        data["cooldown_min"] = data.pop("cooldown")
        return data

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        dark = data.pop("dark_mode")
        return {**data, "theme": "dark" if dark else "light"}

    steps = {1: one_to_two, 2: two_to_three}
    old = {"version": 1, "cooldown": 20, "dark_mode": True}
    assert migrate(old, migrations=steps, current=3) == {
        "version": 3,
        "cooldown_min": 20,
        "theme": "dark",
    }
    assert old == {"version": 1, "cooldown": 20, "dark_mode": True}
    assert migrate({"version": 2, "dark_mode": False}, migrations=steps, current=3)["theme"] == (
        "light"
    )


def test_missing_migration_step_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"^version: .*from version 1"):
        migrate({"version": 1}, migrations={}, current=2)


# --- time helpers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (MONDAY.replace(hour=8, minute=59), False),
        (MONDAY.replace(hour=9), True),
        (MONDAY.replace(hour=16, minute=59), True),
        (MONDAY.replace(hour=17), False),
        (MONDAY + timedelta(days=5), False),
        (MONDAY + timedelta(days=6), False),
        (MONDAY + timedelta(days=4), True),
    ],
)
def test_in_work_hours(now: datetime, expected: bool) -> None:
    assert in_work_hours(Settings(), now) is expected


def test_work_hours_are_read_in_nows_own_offset() -> None:
    local_nine = datetime(2026, 11, 23, 9, 30, tzinfo=PLUS_TWO)
    assert in_work_hours(Settings(), local_nine)
    assert not in_work_hours(Settings(), local_nine.astimezone(UTC))
    sunday_late_utc = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    monday_local = sunday_late_utc.astimezone(timezone(timedelta(hours=10)))
    assert not in_work_hours(Settings(), sunday_late_utc)
    assert in_work_hours(Settings(), monday_local)


def test_shift_end() -> None:
    assert shift_end(Settings(), MONDAY) == MONDAY.replace(hour=17)
    assert shift_end(Settings(), MONDAY.replace(hour=20)) == MONDAY.replace(hour=17)
    assert shift_end(Settings(), MONDAY + timedelta(days=5)) is None
    local = datetime(2026, 11, 23, 10, tzinfo=PLUS_TWO)
    assert shift_end(Settings(), local) == datetime(2026, 11, 23, 17, tzinfo=PLUS_TWO)


@given(
    st.integers(2, 10),
    st.integers(0, 240),
    st.sampled_from(WEEKDAYS),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.booleans(),
)
def test_any_valid_settings_survive_a_round_trip(
    threshold: int, cooldown: int, day: str, at: time, sound: bool
) -> None:
    s = Settings(streak_threshold=threshold, cooldown_min=cooldown, sound=sound)
    s = s.replace(checkin_day=day, checkin_time=at)
    assert Settings.from_dict(s.to_dict()) == s


def test_call_detection_defaults_and_version_one_files_get_it() -> None:
    s = Settings()
    assert (s.detect_calls, s.min_call_s, s.call_gap_s) == (True, 20, 10)
    assert {"microsip", "zoiper", "3cx", "teams", "chrome", "firefox"} <= set(s.phone_programs)
    old = Settings.from_dict({"version": 1, "sound": True})
    assert (old.sound, old.detect_calls, old.phone_programs) == (True, True, s.phone_programs)
    chosen = Settings.from_dict({"version": 1, "detect_calls": False, "phone_programs": []})
    assert (chosen.detect_calls, chosen.phone_programs) == (False, ())


def test_phone_programs_are_clean_names() -> None:
    s = Settings(phone_programs=[" MicroSIP ", "microsip", "Google Chrome"])
    assert s.phone_programs == ("microsip", "google chrome")
    assert Settings.from_dict(s.to_dict()) == s
    for bad in ("microsip", ["a/b"], [""], [3], ["x" * 65]):
        with pytest.raises(InvalidInput, match=r"^phone_programs: "):
            Settings(phone_programs=bad)
