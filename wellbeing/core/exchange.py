"""The export document: the one shape in which a history leaves the store.

``export`` writes it and ``import`` reads it back, so a backup or a move to a
new machine loses nothing. Parsing validates the whole document before
anything is written: one bad record refuses the file, with the record's kind
and position in the message.

CSV is a convenience for spreadsheets: one row per record of one kind, list
fields joined by ``;`` and nested fields as compact JSON.

Choices where the design was silent:

- ``now`` (when the import runs) bounds every time in the file: nothing
  after one day from now, nothing before 2000 (core.fields).
- A record whose ``id`` is missing or null (a hand-made or scripted file) gets
  an id derived from its content: a hash of its kind and its canonical JSON
  form. Importing the same file again finds the same ids and skips them,
  so it never makes copies; two such records with the same content in one
  file are one record. The same content written with another UTC offset is
  another record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.records import Break, Call, CheckIn, Prompt, Record, Reflection

EXPORT_SCHEMA = "wellbeing.export/1"

KINDS: dict[str, type[Record]] = {
    "calls": Call,
    "breaks": Break,
    "prompts": Prompt,
    "reflections": Reflection,
    "checkins": CheckIn,
}
"""Record kinds in export order, with the class of each."""


def to_export(history: History) -> dict[str, Any]:
    return {
        "schema": EXPORT_SCHEMA,
        **{kind: [record.to_dict() for record in getattr(history, kind)] for kind in KINDS},
    }


def parse_export(data: Any, now: datetime | None = None) -> History:
    """Validate a whole export document, or raise InvalidInput for the first fault.

    ``now`` is when the records enter the store (None: only check them).
    """
    if not isinstance(data, Mapping) or data.get("schema") != EXPORT_SCHEMA:
        raise InvalidInput(f"not a wellbeing export (expected schema {EXPORT_SCHEMA!r})")
    parsed: dict[str, list[Record]] = {}
    for kind, record_class in KINDS.items():
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise InvalidInput(f"{kind}: expected a list")
        records: list[Record] = []
        seen: set[str] = set()
        for index, item in enumerate(items):
            derived = isinstance(item, Mapping) and item.get("id") is None
            try:
                if derived:
                    record = content_id(kind, record_class.from_dict({**item, "id": "-"}, now))
                else:
                    record = record_class.from_dict(item, now)
            except InvalidInput as error:
                raise InvalidInput(f"{kind}[{index}]: {error}") from None
            if record.id in seen and derived:
                continue
            if record.id in seen:
                raise InvalidInput(f"{kind}[{index}]: duplicate id {record.id!r}")
            seen.add(record.id)
            records.append(record)
        parsed[kind] = records
    return History.of(
        calls=[r for r in parsed["calls"] if isinstance(r, Call)],
        breaks=[r for r in parsed["breaks"] if isinstance(r, Break)],
        prompts=[r for r in parsed["prompts"] if isinstance(r, Prompt)],
        reflections=[r for r in parsed["reflections"] if isinstance(r, Reflection)],
        checkins=[r for r in parsed["checkins"] if isinstance(r, CheckIn)],
    )


def content_id(kind: str, record: Record) -> Record:
    """``record`` with the id its content gives it (see the module docstring)."""
    body = {key: value for key, value in record.to_dict().items() if key != "id"}
    canonical = json.dumps([kind, body], sort_keys=True, ensure_ascii=False)
    return replace(record, id=hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32])


def parse_export_text(text: str, now: datetime | None = None) -> History:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(f"not a wellbeing export: invalid JSON ({error})") from None
    except (ValueError, RecursionError):  # a number of thousands of digits, deep nesting
        raise InvalidInput("not a wellbeing export: a number or a nesting too large") from None
    return parse_export(data, now)


def _cell(value: Any) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ";".join(value)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def csv_rows(history: History, kind: str = "calls") -> Iterator[list[str | int | float]]:
    """The header, then one row per record of ``kind`` (a key of KINDS)."""
    records: tuple[Record, ...] = getattr(history, kind)
    names = [field.name for field in fields(KINDS[kind])]
    yield list(names)
    for record in records:
        row = record.to_dict()
        yield [_cell(row.get(name)) for name in names]
