"""Whatever a person or a script types, the command line answers 0 or 2, never 1.

Hypothesis drives ``log-call`` and ``import`` with arbitrary strings and
numbers in every field. Each run either succeeds (exit 0) and the record
reads back, exports and re-imports into an empty store; or is refused (exit
2) with exactly one line on stderr and the data directory byte for byte as
it was. A traceback fails the test with the example that caused it.

The examples that follow the properties are the defects of issue 10 that the
properties found first, kept as plain regressions.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import tzlocal
from fixed_clock import CLOCK, NOW
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from wellbeing.cli import main
from wellbeing.core.tags import Tag

EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
"""Bounded so that the whole file runs in well under 20 seconds."""

# Any code point, lone surrogates included: Python turns bytes that are not
# UTF-8 on a command line into surrogates, so they do reach the program.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)
NUMBER_TEXT = st.one_of(
    st.integers(min_value=-10, max_value=10).map(str),
    st.integers().map(str),
    st.sampled_from(["²", "³", "٣", "३", "-+3", "+3", " 4 ", "3.0", "9" * 5000, "0x3", ""]),
    ANY_TEXT,
)
TIMES = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.none()
)
NEAR = st.datetimes(
    min_value=datetime(1999, 12, 30), max_value=NOW.replace(tzinfo=None) + timedelta(days=3)
)
OFFSETS = st.sampled_from(["", "+00:00", "Z", "+14:00", "-12:00", "+05:30"])
AT_TEXT = st.one_of(
    st.builds(lambda t, o: t.isoformat() + o, st.one_of(TIMES, NEAR), OFFSETS),
    st.sampled_from(["0001-01-01T00:00", "9999-12-31T23:59:59+00:00", "2026-03-29T02:30"]),
    ANY_TEXT,
)
TAGS = st.lists(st.one_of(st.sampled_from([tag.value for tag in Tag]), ANY_TEXT), max_size=3)


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every name under ``root`` with its bytes (None for a folder)."""
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): None if path.is_dir() else path.read_bytes()
        for path in sorted(root.rglob("*"))
    }


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args), clock=CLOCK)
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def seeded_store() -> Iterator[Path]:
    """A data directory that already holds one call, so that "unchanged" means something."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        code, _, err = cli("--data-dir", str(data), "log-call", "--difficulty", "2")
        assert code == 0, err
        yield data


def exported_calls(data: Path) -> list[dict[str, Any]]:
    code, out, err = cli("--data-dir", str(data), "export", "--format", "json")
    assert code == 0, err
    out.encode("utf-8")  # what export writes is always valid UTF-8
    calls: list[dict[str, Any]] = json.loads(out)["calls"]
    return calls


def assert_refused_cleanly(
    code: int, err: str, before: dict[str, bytes | None], data: Path
) -> None:
    assert code == 2, err
    assert err.startswith("wellbeing: error: ")
    assert len(err.splitlines()) == 1, err
    assert snapshot(data) == before


def assert_export_reimports(data: Path) -> None:
    """The whole store exports, and the export imports into an empty store unchanged."""
    calls = exported_calls(data)
    with tempfile.TemporaryDirectory() as tmp:
        backup = Path(tmp) / "backup.json"
        code, _, err = cli("--data-dir", str(data), "export", "--out", str(backup))
        assert code == 0, err
        fresh = Path(tmp) / "fresh"
        code, _, err = cli("--data-dir", str(fresh), "import", "--file", str(backup))
        assert code == 0, err
        assert sorted(exported_calls(fresh), key=repr) == sorted(calls, key=repr)


LOG_CALL_WILD: dict[str, st.SearchStrategy[Any]] = {
    "difficulty": NUMBER_TEXT,
    "tags": TAGS,
    "note": ANY_TEXT,
    "duration": NUMBER_TEXT,
    "at": AT_TEXT,
}


@st.composite
def log_call_values(draw: st.DrawFn) -> dict[str, Any]:
    """Values for log-call; most plausible, any of them possibly anything at all."""
    values: dict[str, Any] = {
        "difficulty": str(draw(st.integers(min_value=1, max_value=5))),
        "tags": draw(st.lists(st.sampled_from([tag.value for tag in Tag]), max_size=2)),
        "note": draw(st.one_of(st.none(), st.text(max_size=20))),
        "duration": draw(st.one_of(st.none(), st.integers(0, 86_400).map(str))),
        "at": draw(st.one_of(st.none(), NEAR.map(lambda t: t.isoformat() + "+01:00"))),
    }
    wild = draw(st.dictionaries(st.sampled_from(list(LOG_CALL_WILD)), st.none(), max_size=2))
    for key in wild:
        values[key] = draw(LOG_CALL_WILD[key])
    return values


@EXAMPLES
@given(values=log_call_values())
def test_log_call_with_any_input_exits_0_and_reads_back_or_2_and_writes_nothing(
    values: dict[str, Any],
) -> None:
    difficulty, tags = values["difficulty"], values["tags"]
    args = [f"--difficulty={difficulty}", *(f"--tag={tag}" for tag in tags)]
    args += [f"--{name}={values[name]}" for name in ("note", "duration", "at")
             if values[name] is not None]  # fmt: skip
    with seeded_store() as data:
        before = snapshot(data)
        code, out, err = cli("--data-dir", str(data), "log-call", *args)
        event(f"exit {code}")
        if code != 0:
            assert_refused_cleanly(code, err, before, data)
            return
        (call,) = [c for c in exported_calls(data) if c["id"] == out.strip()]
        assert call["difficulty"] == int(difficulty)
        assert call["note"] == (values["note"] or None)
        assert sorted(call["tags"]) == sorted(set(tags))
        assert_export_reimports(data)


# --- import ---------------------------------------------------------------------------

ANY_JSON_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**20, max_value=10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    ANY_TEXT,
)
ANY_VALUE = st.one_of(
    ANY_JSON_SCALAR,
    st.lists(ANY_JSON_SCALAR, max_size=3),
    st.dictionaries(ANY_TEXT, ANY_JSON_SCALAR, max_size=2),
)
CALL_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "id": st.one_of(st.none(), st.text("abcdef0123456789", min_size=1, max_size=8), ANY_VALUE),
    "ended_at": st.one_of(AT_TEXT, ANY_VALUE),
    "difficulty": st.one_of(st.integers(min_value=0, max_value=6), NUMBER_TEXT, ANY_VALUE),
    "tags": st.one_of(TAGS, ANY_VALUE),
    "duration_s": st.one_of(st.none(), st.integers(min_value=-5, max_value=90_000), ANY_VALUE),
    "note": st.one_of(st.none(), ANY_TEXT, ANY_VALUE),
    "source": st.one_of(st.sampled_from(["cli", "tray", "api", "import"]), ANY_VALUE),
    "extra": ANY_VALUE,
}


@st.composite
def a_call(draw: st.DrawFn) -> dict[str, Any]:
    """A call dict; most fields plausible, any of them possibly anything at all."""
    plausible = {
        "id": draw(st.one_of(st.none(), st.uuids().map(lambda u: u.hex))),
        "ended_at": (
            NOW.astimezone(UTC) - timedelta(minutes=draw(st.integers(0, 10**6)))
        ).isoformat(),
        "difficulty": draw(st.integers(min_value=1, max_value=5)),
        "tags": draw(st.lists(st.sampled_from([tag.value for tag in Tag]), max_size=2)),
    }
    wild = draw(st.dictionaries(st.sampled_from(list(CALL_FIELDS)), st.just(None), max_size=2))
    for key in wild:
        plausible[key] = draw(CALL_FIELDS[key])
    return plausible


@EXAMPLES
@given(
    calls=st.lists(a_call(), max_size=4),
    raw=st.one_of(st.none(), st.binary(max_size=40)),
)
def test_import_of_any_file_exits_0_once_and_for_all_or_2_and_writes_nothing(
    calls: list[dict[str, Any]], raw: bytes | None
) -> None:
    with seeded_store() as data, tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.json"
        document = {"schema": "wellbeing.export/1", "calls": calls}
        source.write_bytes(raw if raw is not None else json.dumps(document).encode())
        before = snapshot(data)
        code, _, err = cli("--data-dir", str(data), "import", "--file", str(source))
        event(f"exit {code}")
        if code != 0:
            assert_refused_cleanly(code, err, before, data)
            return
        after = snapshot(data)
        code, _, err = cli("--data-dir", str(data), "import", "--file", str(source))
        assert code == 0, err
        assert snapshot(data) == after  # a second import adds nothing, not even id-less calls
        ids = {call["id"] for call in exported_calls(data)}
        named = {call["id"] for call in calls if call.get("id") is not None}
        assert named <= ids
        assert 1 + len(named) <= len(ids) <= 1 + len(calls)
        assert_export_reimports(data)


# --- the defects that the properties found, as plain examples ------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--difficulty=²"],
        ["--difficulty=³"],
        ["--difficulty=٣"],
        ["--difficulty=३"],
        ["--difficulty=-+3"],
        ["--difficulty=" + "9" * 5000],
        ["--difficulty=3", "--duration=²"],
        ["--difficulty=3", "--at=0001-01-01T00:00:00+00:00"],
        ["--difficulty=3", "--at=9999-12-31T23:59:59+00:00"],
        ["--difficulty=3", "--at=0001-01-01T00:00"],
        ["--difficulty=3", "--note=bad \udcff\udcfe"],
    ],
)
def test_bad_log_call_values_exit_2_in_one_line_and_write_nothing(args: list[str]) -> None:
    with seeded_store() as data:
        before = snapshot(data)
        code, _, err = cli("--data-dir", str(data), "log-call", *args)
        assert_refused_cleanly(code, err, before, data)


def test_a_local_time_in_a_daylight_saving_gap_is_refused_saying_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tzlocal, "get_localzone", lambda: ZoneInfo("Europe/Berlin"))
    with seeded_store() as data:
        before = snapshot(data)
        code, _, err = cli("--data-dir", str(data), "log-call", "--difficulty=3",
                           "--at=2026-03-29T02:30")  # fmt: skip
        assert_refused_cleanly(code, err, before, data)
        assert "daylight saving" in err


def test_the_machine_s_zone_comes_from_tz(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "WELLBEING_DATA_DIR"}
    done = subprocess.run(
        [sys.executable, "-m", "wellbeing", "--data-dir", str(tmp_path / "d"), "log-call",
         "--difficulty", "3", "--at", "2026-03-29T02:30"],
        capture_output=True, text=True, env={**env, "TZ": "Europe/Berlin"}, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stderr.count("\n")) == (2, 1), done.stderr
    assert "does not exist in Europe/Berlin" in done.stderr
    assert not (tmp_path / "d").exists()


IMPORT_DEFECTS = [
    {"ended_at": "0001-01-01T00:00:00+00:00"},
    {"ended_at": "9999-12-31T23:59:59+00:00"},
    {"ended_at": "2026-11-18T10:00"},
    {"difficulty": "3"},
    {"difficulty": "٣"},
    {"difficulty": 10**40},
    {"duration_s": "60"},
    {"tags": {"angry": 1}},
    {"note": "bad \udcff\udcfe"},
    {"colour": "red"},
]


@pytest.mark.parametrize("changes", IMPORT_DEFECTS, ids=repr)
def test_bad_values_in_an_import_file_exit_2_and_write_nothing(changes: dict[str, Any]) -> None:
    call = {"id": "a1", "ended_at": "2026-11-18T10:00:00+01:00", "difficulty": 4, **changes}
    assert_import_refused(json.dumps({"schema": "wellbeing.export/1", "calls": [call]}))


@pytest.mark.parametrize(
    "text",
    [
        '{"schema": "wellbeing.export/1", "calls": [{"difficulty": ' + "9" * 5000 + "}]}",
        '{"schema": "wellbeing.export/1", "prompts": [{"id": "p", "kind": "break", '
        '"created_at": "2026-11-18T10:00:00+01:00", "severe": "no"}]}',
        '{"schema": "wellbeing.export/1", "breaks": [{"id": "b", "pattern": "box", '
        '"started_at": "9999-12-31T23:59:00+00:00", "planned_s": 3600, "completed_s": 3600}]}',
    ],
)
def test_bad_records_of_other_kinds_exit_2_and_write_nothing(text: str) -> None:
    assert_import_refused(text)


def assert_import_refused(text: str) -> None:
    with seeded_store() as data, tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.json"
        source.write_text(text, encoding="utf-8")
        before = snapshot(data)
        code, _, err = cli("--data-dir", str(data), "import", "--file", str(source))
        assert_refused_cleanly(code, err, before, data)


def test_importing_a_file_of_calls_without_ids_three_times_keeps_one_copy() -> None:
    call = {"ended_at": "2026-11-18T10:00:00+01:00", "difficulty": 4, "tags": ["angry"]}
    with seeded_store() as data, tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.json"
        source.write_text(json.dumps({"schema": "wellbeing.export/1", "calls": [
            {**call, "id": None}, call]}))  # fmt: skip
        for _ in range(3):
            assert cli("--data-dir", str(data), "import", "--file", str(source))[0] == 0
        assert len(exported_calls(data)) == 2  # the seed and the imported call
