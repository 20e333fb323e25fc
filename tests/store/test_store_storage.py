"""AtomicJSONStorage: whole-file replace, private files, quarantine of bad files."""

from __future__ import annotations

import errno
import json
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from wellbeing.store.storage import AtomicJSONStorage, dump, move_aside

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def storage(path: Path, problems: list[str], **options: Any) -> AtomicJSONStorage:
    return AtomicJSONStorage(path, on_problem=problems.append, root=path.parent, **options)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_round_trip_is_compact_utf8(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    storage(path, []).write({"_default": {"1": {"note": "wütend 😤", "n": [1, 2]}}})
    assert path.read_bytes() == '{"_default":{"1":{"note":"wütend 😤","n":[1,2]}}}'.encode()
    assert storage(path, []).read() == {"_default": {"1": {"note": "wütend 😤", "n": [1, 2]}}}


@pytest.mark.parametrize("content", [None, b"", b"  \n"])
def test_missing_or_empty_file_reads_as_none(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "w.json"
    if content is not None:
        path.write_bytes(content)
    problems: list[str] = []
    assert storage(path, problems).read() is None
    assert problems == []


def test_text_utf8_cannot_encode_is_escaped_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    data = {"note": "byte \udcff from argv"}
    storage(path, []).write(data)
    path.read_bytes().decode("utf-8")  # still valid UTF-8
    assert storage(path, []).read() == data
    assert dump({"a": "é"}) == '{"a":"é"}'.encode()


@posix_only
def test_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    old = os.umask(0)
    try:
        storage(path, []).write({})
        assert mode(path) == 0o600
        path.chmod(0o644)
        storage(path, []).write({"a": {}})  # a rewrite narrows it again
    finally:
        os.umask(old)
    assert mode(path) == 0o600


def test_a_write_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    for round_ in range(3):
        storage(path, []).write({"round": {"1": {"n": round_}}})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.json"]


def test_failed_rename_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    storage(path, []).write({"_default": {"1": {"id": "old"}}})
    before = path.read_bytes()

    def crash(*args: object) -> None:
        raise OSError(errno.EIO, "simulated crash before the rename")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="simulated crash"):
        storage(path, []).write({"_default": {"1": {"id": "old"}, "2": {"id": "new"}}})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert storage(path, []).read() == {"_default": {"1": {"id": "old"}}}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.json"]


def test_full_disk_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    storage(path, []).write({"kept": {}})

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        storage(path, []).write({"lost": {}})
    monkeypatch.undo()
    assert storage(path, []).read() == {"kept": {}}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.json"]


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b'{"_default": {"1": {"id": "a"}}}garbage', "not valid JSON"),
        (b'{"_default": {"1": {"id": "a"', "not valid JSON"),
        (b"\xff\xfe not utf-8", "not valid JSON"),
        (b"[1, 2, 3]", "not a JSON object"),
    ],
)
def test_unreadable_file_is_moved_aside_reported_and_reads_as_empty(
    tmp_path: Path, content: bytes, why: str
) -> None:
    path = tmp_path / "2026-W47.json"
    path.write_bytes(content)
    problems: list[str] = []
    assert storage(path, problems).read() is None

    assert not path.exists()
    [moved] = [p for p in tmp_path.iterdir() if p.name.startswith("2026-W47.json.corrupt-")]
    assert moved.read_bytes() == content
    [message] = problems
    assert message.startswith(f"moved unreadable file 2026-W47.json aside to {moved.name} (")
    assert why in message


def test_check_refuses_json_of_the_wrong_shape(tmp_path: Path) -> None:
    path = tmp_path / "meta.json"
    path.write_text('{"schema": "one"}')
    problems: list[str] = []
    bad = storage(path, problems, check=lambda data: None if "version" in data else "no schema")
    assert bad.read() is None
    assert "(no schema)" in problems[0]


def test_moving_aside_never_overwrites_an_earlier_copy(tmp_path: Path) -> None:
    when = datetime(2026, 11, 23, 10, 15, 0)
    names = []
    for content in (b"first", b"second", b"third"):
        path = tmp_path / "2026-W47.json"
        path.write_bytes(content)
        names.append(move_aside(path, when).name)
    assert names == [
        "2026-W47.json.corrupt-20261123T101500",
        "2026-W47.json.corrupt-20261123T101500-2",
        "2026-W47.json.corrupt-20261123T101500-3",
    ]
    assert [(tmp_path / name).read_bytes() for name in names] == [b"first", b"second", b"third"]


def test_without_a_callback_the_problem_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "w.json"
    path.write_text("{")
    assert AtomicJSONStorage(path).read() is None
    assert "moved unreadable file" in caplog.text


def test_tinydb_runs_on_it(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        db.insert({"id": "a"})
        db.insert({"id": "b"})
        db.remove(doc_ids=[1])
    assert json.loads(path.read_text()) == {"_default": {"2": {"id": "b"}}}


def test_a_read_is_bounded(tmp_path: Path) -> None:
    from wellbeing.store.files import FileTooLarge, read_bounded

    path = tmp_path / "w.json"
    path.write_bytes(b"x" * 10)
    assert read_bounded(path, 10) == b"x" * 10
    with pytest.raises(FileTooLarge):
        read_bounded(path, 9)
