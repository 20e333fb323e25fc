"""Schema 2: prompts stored with English reasons come back as reason codes.

A data directory written by schema 1 holds each prompt's reason as the
English sentence the policy wrote. Opening it migrates those files once;
what the agent's history says, exports and imports all carry codes after.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from wellbeing.core.exchange import csv_rows, parse_export, to_export
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import PromptKind
from wellbeing.store.store import SCHEMA_VERSION, Store

WEEK = datetime(2026, 11, 23, 10, tzinfo=UTC)  # in 2026-W48

OLD_REASONS = {
    "p1": ("break", "3 difficult calls in a row"),
    "p2": ("reset", "A severe call"),
    "p3": ("reflect", "An escalated call"),
    "p4": ("micro_break", "Time for a micro-break"),
    "p5": ("checkin", "Weekly check-in"),
    "p6": ("wind_down", "End of your shift"),
    "p7": ("break", "Hand-written: too many calls"),
    "p8": ("break", "12 difficult calls in a row"),
}

EXPECTED = {
    "p1": Reason.of(ReasonCode.STREAK, streak=3),
    "p2": Reason(ReasonCode.SEVERE_CALL),
    "p3": Reason(ReasonCode.ESCALATED),
    "p4": Reason(ReasonCode.MICRO_BREAK),
    "p5": Reason(ReasonCode.CHECKIN),
    "p6": Reason(ReasonCode.WIND_DOWN),
    "p7": Reason.of(ReasonCode.LEGACY, text="Hand-written: too many calls"),
    "p8": Reason.of(ReasonCode.STREAK, streak=12),
}


def old_prompt(prompt_id: str, minutes: int) -> dict[str, Any]:
    kind, reason = OLD_REASONS[prompt_id]
    return {
        "id": prompt_id,
        "kind": kind,
        "created_at": (WEEK + timedelta(minutes=minutes)).isoformat(),
        "reason": reason,
        "severe": kind == "reset",
        "call_id": None,
        "outcome": "taken",
        "resolved_at": None,
    }


def write_schema_1(data_dir: Path) -> Path:
    """A data directory as schema 1 left it: English reasons in the prompt files."""
    (data_dir / "prompts").mkdir(parents=True)
    (data_dir / "meta.json").write_text('{"schema": 1}')
    docs = {str(n): old_prompt(pid, n) for n, pid in enumerate(OLD_REASONS, start=1)}
    docs["99"] = ["not", "an", "object"]  # reported by the repository, never touched here
    path = data_dir / "prompts" / "2026-W48.json"
    path.write_text(json.dumps({"_default": docs}))
    return path


def stored_reasons(path: Path) -> dict[str, object]:
    docs = json.loads(path.read_text())["_default"].values()
    return {doc["id"]: doc["reason"] for doc in docs if isinstance(doc, dict)}


def test_the_schema_is_2() -> None:
    assert SCHEMA_VERSION == 2


def test_english_reasons_become_codes(data_dir: Path) -> None:
    path = write_schema_1(data_dir)
    problems: list[str] = []
    store = Store.open(data_dir, on_problem=problems.append)

    assert json.loads((data_dir / "meta.json").read_text()) == {"schema": 2}
    assert {p.id: p.reason for p in store.prompts.all()} == EXPECTED
    assert stored_reasons(path)["p1"] == {"code": "streak", "params": {"streak": 3}}
    assert stored_reasons(path)["p7"] == {
        "code": "legacy",
        "params": {"text": "Hand-written: too many calls"},
    }
    assert [p.kind for p in store.prompts.all()][:2] == [PromptKind.BREAK, PromptKind.RESET]
    assert len(problems) == 1 and "prompt" in problems[0]  # the document that is no object


def test_the_migration_is_safe_to_run_twice(data_dir: Path) -> None:
    path = write_schema_1(data_dir)
    Store.open(data_dir)
    migrated = path.read_bytes()
    (data_dir / "meta.json").write_text('{"schema": 1}')  # as if killed before recording it
    store = Store.open(data_dir)
    assert path.read_bytes() == migrated
    assert {p.id: p.reason for p in store.prompts.all()} == EXPECTED


def test_an_unreadable_prompt_file_is_left_for_the_repository(data_dir: Path) -> None:
    (data_dir / "prompts").mkdir(parents=True)
    (data_dir / "meta.json").write_text('{"schema": 1}')
    broken = data_dir / "prompts" / "2026-W48.json"
    broken.write_text('{"_default": {"1": ')
    problems: list[str] = []
    store = Store.open(data_dir, on_problem=problems.append)
    assert store.prompts.all() == []
    assert problems and problems[0].startswith("moved unreadable file prompts/2026-W48.json")


def test_a_migrated_store_exports_codes_and_imports_them_back(
    data_dir: Path, tmp_path: Path
) -> None:
    write_schema_1(data_dir)
    exported = to_export(Store.open(data_dir).history())
    assert {p["id"]: p["reason"] for p in exported["prompts"]}["p8"] == {
        "code": "streak",
        "params": {"streak": 12},
    }
    fresh = Store.open(tmp_path / "other")
    fresh.import_history(parse_export(json.loads(json.dumps(exported))))
    assert {p.id: p.reason for p in fresh.prompts.all()} == EXPECTED


def test_an_old_export_with_english_reasons_imports_as_codes() -> None:
    old = {
        "schema": "wellbeing.export/1",
        "prompts": [old_prompt(pid, n) for n, pid in enumerate(OLD_REASONS)],
    }
    history = parse_export(old)
    assert {p.id: p.reason for p in history.prompts} == EXPECTED


@pytest.mark.parametrize(
    "reason",
    [
        {"code": "streak", "params": {}},
        {"code": "streak", "params": {"streak": 0}},
        {"code": "streak", "params": {"streak": True}},
        {"code": "checkin", "params": {"streak": 3}},
        {"code": "shrug", "params": {}},
        {"params": {}},
        7,
    ],
)
def test_an_import_with_a_bad_reason_is_refused(reason: object) -> None:
    doc = {**old_prompt("p1", 0), "reason": reason}
    with pytest.raises(ValueError, match=r"prompts\[0\]: reason"):
        parse_export({"schema": "wellbeing.export/1", "prompts": [doc]})


def test_a_csv_export_of_prompts_carries_the_code_and_its_params(data_dir: Path) -> None:
    write_schema_1(data_dir)
    header, *rows = csv_rows(Store.open(data_dir).history(), "prompts")
    reasons = {row[0]: row[header.index("reason")] for row in rows}
    assert reasons["p1"] == '{"code":"streak","params":{"streak":3}}'
    assert reasons["p2"] == '{"code":"severe_call","params":{}}'
