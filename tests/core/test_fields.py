"""The field parsers: what a person or a script may type, and what is refused in one line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import (
    parse_int,
    parse_json_int,
    parse_local_time,
    parse_tags,
    parse_text,
    parse_time,
)
from wellbeing.core.tags import Tag

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("text", ["3", " 3 ", "+3", "0003"])
def test_plain_ascii_whole_numbers_are_read(text: str) -> None:
    assert parse_int(text, "difficulty", 1, 5) == 3


@pytest.mark.parametrize(
    "text",
    ["²", "³", "٣", "३", "３", "-+3", "+-3", "3.0", "3e0", "", " ", "0x3", "3_0", "1 2"],
)
def test_anything_but_ascii_digits_is_refused_in_one_line(text: str) -> None:
    with pytest.raises(InvalidInput, match="difficulty: expected a whole number") as caught:
        parse_int(text, "difficulty", 1, 5)
    assert "\n" not in str(caught.value)


def test_a_five_thousand_digit_number_is_out_of_range_not_a_crash() -> None:
    with pytest.raises(InvalidInput, match="must be 1 to 5") as caught:
        parse_int("9" * 5000, "difficulty", 1, 5)
    assert len(str(caught.value)) < 120


@pytest.mark.parametrize("value", ["60", True, False, 60.0, None, [60], {"s": 60}])
def test_json_integers_must_be_json_integers(value: object) -> None:
    with pytest.raises(InvalidInput, match="duration_s: expected a whole number"):
        parse_json_int(value, "duration_s", 0, 86_400)


def test_json_integer_in_range_is_read() -> None:
    assert parse_json_int(60, "duration_s", 0, 86_400) == 60


@pytest.mark.parametrize(
    "text", ["bad \udcff\udcfe", "\ud800", "x\udfff", "bad \udcff\udcfe".upper()]
)
def test_text_with_lone_surrogates_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="note: not valid text"):
        parse_text(text, "note")


def test_any_valid_unicode_text_is_kept() -> None:
    text = "Ärger 😤 — 发怒 \u200d\t\x00"
    assert parse_text(text, "note") == text


@pytest.mark.parametrize("value", [{"angry": 1}, "angry", b"angry", 1, None, [1], [["angry"]]])
def test_tags_are_a_list_of_vocabulary_words_only(value: object) -> None:
    with pytest.raises(InvalidInput, match="tag"):
        parse_tags(value)  # type: ignore[arg-type]


def test_tags_as_a_list_are_read_in_vocabulary_order() -> None:
    assert parse_tags(["long", "angry", "long"]) == (Tag.ANGRY, Tag.LONG)


# --- the time window ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0001-01-01T00:00:00+00:00",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59+00:00",
        "9999-12-31T23:59:59-12:00",
        "1999-12-31T23:59:59+00:00",
        "2026-11-19T15:00:01+00:00",
        "2100-01-01T00:00:00+00:00",
    ],
)
def test_a_time_outside_2000_to_a_day_from_now_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"ended_at: .* is outside 2000-01-01 to one day"):
        parse_time(text, "ended_at", now=NOW)


@pytest.mark.parametrize(
    "text",
    [
        "2000-01-01T00:00:00+00:00",
        "1999-12-31T20:00:00-05:00",
        "2026-11-19T15:00:00+00:00",
        "2026-11-19T16:00:00+01:00",
    ],
)
def test_the_window_includes_both_ends_in_any_offset(text: str) -> None:
    assert parse_time(text, "ended_at", now=NOW) == datetime.fromisoformat(text)


def test_without_now_old_history_and_a_fast_clock_stay_readable() -> None:
    """A record read back from the store is checked against the outer bound only."""
    assert parse_time("2031-05-01T09:00:00+02:00", "ended_at").year == 2031
    assert parse_time("2003-05-01T09:00:00+02:00", "ended_at").year == 2003
    with pytest.raises(InvalidInput, match="outside"):
        parse_time("9999-12-31T23:59:00+00:00", "ended_at")
    with pytest.raises(InvalidInput, match="outside"):
        parse_time(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))), "ended_at")


@pytest.mark.parametrize("text", ["2026-11-18T10:00", "yesterday", "２０２６-11-18T10:00+00:00"])
def test_a_time_without_offset_or_not_iso_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="ended_at: "):
        parse_time(text, "ended_at", now=NOW)


# --- local times and daylight saving ----------------------------------------------


def test_a_local_time_in_the_spring_gap_does_not_exist() -> None:
    with pytest.raises(InvalidInput, match=r"--at: .*does not exist in Europe/Berlin"):
        parse_local_time("2026-03-29T02:30", "--at", zone=BERLIN, now=NOW)


def test_a_local_time_in_the_autumn_fold_is_the_first_of_the_two() -> None:
    moment = parse_local_time("2026-10-25T02:30", "--at", zone=BERLIN, now=NOW)
    assert moment.utcoffset() == timedelta(hours=2)
    assert moment.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_an_ordinary_local_time_takes_the_zone_s_offset_of_that_day() -> None:
    winter = parse_local_time("2026-01-10T09:00", "--at", zone=BERLIN, now=NOW)
    summer = parse_local_time("2026-07-10T09:00", "--at", zone=BERLIN, now=NOW)
    assert (winter.utcoffset(), summer.utcoffset()) == (timedelta(hours=1), timedelta(hours=2))


def test_a_time_with_an_offset_ignores_the_zone() -> None:
    moment = parse_local_time("2026-03-29T02:30+01:00", "--at", zone=BERLIN, now=NOW)
    assert moment == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize("text", ["0001-01-01T00:00", "9999-12-31T23:59", "0001-01-01"])
def test_a_far_local_time_is_refused_before_any_arithmetic(text: str) -> None:
    with pytest.raises(InvalidInput, match="is outside"):
        parse_local_time(text, "--at", zone=BERLIN, now=NOW)
