"""The export document: what export writes, import reads; a bad file refused whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from wellbeing.core.errors import InvalidInput
from wellbeing.core.exchange import EXPORT_SCHEMA, parse_export, parse_export_text, to_export
from wellbeing.core.history import History
from wellbeing.core.records import Call

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def document(*calls: dict[str, Any], **kinds: list[Any]) -> dict[str, Any]:
    return {"schema": EXPORT_SCHEMA, "calls": list(calls), **kinds}


def a_call(**changes: Any) -> dict[str, Any]:
    base = {
        "ended_at": "2026-11-18T10:00:00+01:00",
        "difficulty": 4,
        "tags": ["angry"],
        "duration_s": None,
        "note": "shouted",
        "source": "cli",
    }
    return {**base, **changes}


@pytest.mark.parametrize("no_id", [{"id": None}, {}])
def test_a_call_without_id_gets_the_same_id_from_its_content_every_time(
    no_id: dict[str, Any],
) -> None:
    first = parse_export(document(a_call(**no_id)), NOW).calls[0]
    again = parse_export(document(a_call(**no_id)), NOW).calls[0]
    assert first.id == again.id
    assert len(first.id) == 32


def test_the_derived_id_depends_on_the_whole_content() -> None:
    changes: list[dict[str, Any]] = [{}, {"difficulty": 3}, {"note": "quiet"}, {"tags": []}]
    ids = {parse_export(document(a_call(id=None, **change)), NOW).calls[0].id for change in changes}
    assert len(ids) == 4


def test_two_calls_without_id_and_with_the_same_content_are_one_call() -> None:
    history = parse_export(document(a_call(id=None), a_call(), a_call(difficulty=2)), NOW)
    assert len(history.calls) == 2


def test_a_written_id_is_kept_and_a_repeated_one_refuses_the_file() -> None:
    assert parse_export(document(a_call(id="abc")), NOW).calls[0].id == "abc"
    with pytest.raises(InvalidInput, match=r"calls\[1\]: duplicate id 'abc'"):
        parse_export(document(a_call(id="abc"), a_call(id="abc", difficulty=1)), NOW)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"ended_at": "0001-01-01T00:00:00+00:00"}, "is outside"),
        ({"ended_at": "9999-12-31T23:59:59+00:00"}, "is outside"),
        ({"ended_at": "2026-11-20T10:00:00+00:00"}, "is outside"),
        ({"difficulty": "3"}, "expected a whole number"),
        ({"difficulty": "٣"}, "expected a whole number"),
        ({"duration_s": "60"}, "expected a whole number"),
        ({"tags": {"angry": 1}}, "expected a list of strings"),
        ({"extra": True}, "unknown field 'extra'"),
        ({"note": "bad \udcff\udcfe"}, "not valid text"),
    ],
)
def test_a_bad_call_refuses_the_file_naming_where(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput, match=r"calls\[1\]: .*" + message):
        parse_export(document(a_call(id="ok"), a_call(id="x", **changes)), NOW)


def test_a_far_break_in_a_file_is_refused() -> None:
    far = {
        "id": "b",
        "started_at": "9999-12-31T23:59:00+00:00",
        "pattern": "box",
        "planned_s": 3600,
        "completed_s": 3600,
    }
    with pytest.raises(InvalidInput, match=r"breaks\[0\]: started_at: .* is outside"):
        parse_export(document(breaks=[far]), NOW)


@pytest.mark.parametrize(
    "text",
    [
        '{"schema": "wellbeing.export/1", "calls": [{"difficulty": ' + "9" * 5000 + "}]}",
        "[" * 100_000,
        '{"schema": "wellbeing.export/1", "calls": [{"note": "\\udcff"}]}',
    ],
)
def test_hostile_json_is_bad_input_not_a_crash(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_export_text(text, NOW)


def test_what_export_writes_import_reads_whatever_the_text() -> None:
    note = "Ärger 😤 — 发怒 \u200d \x00 \\udcff"
    call = Call.create(ended_at=NOW, difficulty=5, note=note, now=NOW)
    text = json.dumps(to_export(History.of(calls=[call])), ensure_ascii=False)
    text.encode("utf-8")  # valid UTF-8, whatever the note held
    assert parse_export_text(text, NOW).calls == (call,)
