"""Team folders: atomic writes, and a reader that no file can crash or fool."""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wellbeing.core.checkin import Scores
from wellbeing.core.errors import InvalidInput
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import Pulse, validate_pulse
from wellbeing.core.team import aggregate
from wellbeing.services.team_folder import (
    SIZE_CAP,
    FsspecFolder,
    LocalFolder,
    TeamFolder,
    open_folder,
    report,
    scan,
)

W47, W48 = "2026-W47", "2026-W48"


def make(week: str, n: int, **changes: Any) -> dict[str, Any]:
    """A valid pulse object, its numbers varied by ``n``."""
    indicators = WeeklyIndicators(
        calls=10 + n,
        difficult=n % 7,
        severe=n % 3 if n % 7 >= n % 3 else 0,
        max_streak=min(n % 4, n % 7),
        breaks_prompted=n % 5,
        breaks_taken=n % 4,
        breathing_minutes=n / 2,
        mean_stress=None if n % 3 == 0 else n % 10,
        checkin=Scores(None, float(n * 7 % 101), 50.0 if n % 2 else None),
    ).to_dict()
    indicators.update(changes)
    return {
        "schema": "wellbeing.pulse/1",
        "week": week,
        "token": uuid.UUID(int=n + 10**6 * (week == W48)).hex,
        "indicators": indicators,
    }


def put(root: Path, relpath: str, content: bytes | str) -> None:
    path = root / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)


def put_pulse(root: Path, obj: dict[str, Any], group: str = "") -> None:
    prefix = f"{group}/" if group else ""
    put(root, f"{prefix}{obj['week']}/{obj['token']}.json", json.dumps(obj))


# --- writing -------------------------------------------------------------------


def test_local_write_is_atomic_readable_by_the_team_and_leaves_no_temp(tmp_path: Path) -> None:
    folder = open_folder(str(tmp_path))
    obj = make(W47, 1)
    folder.write(f"{W47}/{obj['token']}.json", json.dumps(obj).encode())
    files = list((tmp_path / W47).iterdir())
    assert [f.name for f in files] == [f"{obj['token']}.json"]
    if os.name == "posix":
        assert files[0].stat().st_mode & 0o077 == 0o044 & ~_umask()
    assert scan(folder).groups == {"": [validate_pulse(obj)]}
    assert folder.delete(f"{W47}/{obj['token']}.json") is True
    assert folder.delete(f"{W47}/{obj['token']}.json") is False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_writing_to_a_folder_that_went_away_fails_instead_of_creating_it(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    folder = open_folder(str(share))
    share.rmdir()  # the network share was unmounted
    with pytest.raises(FileNotFoundError):
        folder.write(f"{W47}/{'a' * 32}.json", b"{}")
    assert not share.exists()


def test_open_folder_refuses_a_missing_folder_and_an_unknown_url(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such folder"):
        open_folder(str(tmp_path / "nope"))
    with pytest.raises(InvalidInput):
        open_folder("nosuchprotocol://bucket/team")
    with pytest.raises(InvalidInput):
        open_folder("  ")


def test_a_url_without_fsspec_installed_is_a_clear_input_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "fsspec", None)
    with pytest.raises(InvalidInput, match=r"fsspec extra"):
        open_folder("s3://bucket/team")


# --- reading: 200 malformed files beside valid ones --------------------------------


def malformed(root: Path, valid: list[dict[str, Any]]) -> dict[str, str]:
    """Write 200 bad files of 20 kinds into ``root``: relative path → why it is bad.

    Each file is valid but for its one flaw, so each is refused for that flaw.
    """
    expected: dict[str, str] = {}
    for i in range(10):
        good = make(W47, 1000 + i)
        token, text = good["token"], json.dumps(good)
        calls = f'"calls": {good["indicators"]["calls"]}'

        def bad(good: dict[str, Any] = good, **changes: Any) -> str:
            return json.dumps({**good, "indicators": {**good["indicators"], **changes}})

        kinds: list[tuple[str, bytes | str, str]] = [
            ("truncated", text[: 20 + i * 13], "not valid UTF-8 JSON"),
            ("string count", bad(calls="12"), "calls: expected a whole number"),
            ("negative", bad(breaks_taken=-1 - i), "breaks_taken: out of range"),
            ("difficult > calls", bad(calls=1, difficult=5, max_streak=0), "more than calls"),
            ("huge", text[:-1] + " " * (SIZE_CAP + i) + "}", f"larger than {SIZE_CAP}"),
            ("string stress", bad(mean_stress="5.2"), "mean_stress: expected a number"),
            ("deep", "[" * (1000 + 50 * i) + "]" * (1000 + 50 * i), "nested too deeply"),
            ("extra key", json.dumps({**good, "user": "sam"}), "unexpected keys ['user']"),
            ("extra indicator", bad(host="pc"), "unexpected keys ['host']"),
            ("bad week", json.dumps({**good, "week": "2026-W99"}), "has no week 99"),
            ("other week", json.dumps({**good, "week": W48}), "in the folder of"),
            ("bad token", json.dumps({**good, "token": token.upper()}), "token: expected"),
            ("bool count", bad(calls=True), "calls: expected a whole number"),
            ("NaN", text.replace(calls, '"calls": NaN'), "NaN is not a number"),
            ("not UTF-8", b"\xff\xfe" + os.urandom(50 + i), "not valid UTF-8 JSON"),
            ("key twice", text.replace(calls, f"{calls}, {calls}"), "a key appears twice"),
            ("empty", "", "not valid UTF-8 JSON"),
            ("score", bad(checkin={"personal": None, "work": 150, "customer": None}), "work"),
            ("a list", json.dumps([good]), "pulse: expected an object"),
        ]
        for number, (_, content, reason) in enumerate(kinds):
            relpath = f"bad-{i}-{number}/{W47}/{token}.json"
            put(root, relpath, content)
            expected[relpath] = reason
        wrong_name = f"bad-{i}-name/{W47}/not-the-token-{i}.json"
        put(root, wrong_name, text)
        expected[wrong_name] = "file name is not <token>.json"
        copy = valid[i % 6]  # a copy of a valid pulse, in a sub-folder sorted after it
        duplicate = f"copies-{i}/{W47}/{copy['token']}.json"
        put(root, duplicate, json.dumps(copy))
        expected[duplicate] = "token already seen this week"
    return expected


def test_two_hundred_malformed_files_are_counted_and_change_no_figure(tmp_path: Path) -> None:
    valid = [make(W47, n) for n in range(6)] + [make(W48, n) for n in range(4)]
    for obj in valid:
        put_pulse(tmp_path, obj)
    expected = malformed(tmp_path, valid)
    assert len(expected) == 210
    put(tmp_path, f"{W47}/.{'a' * 32}.json.tmp-1-abcdef12", "half a write")  # ignored
    put(tmp_path, f"{W47}/notes.txt", "not a pulse")  # ignored
    put(tmp_path, "README.json", "{}")  # not in a week folder: ignored

    reasons = scan(open_folder(str(tmp_path))).reasons
    assert set(reasons) == set(expected)
    for relpath, reason in expected.items():
        assert reason in reasons[relpath], relpath
    found = report(str(tmp_path))[""]
    assert found.invalid_files == 210
    alone = aggregate([validate_pulse(obj) for obj in valid], invalid_files=210)
    assert found.to_dict() == alone.to_dict()
    assert [w.shown for w in found.weeks] == [True, False]


def test_the_size_cap_is_checked_before_a_file_is_read() -> None:
    class Huge(TeamFolder):
        location = "huge"

        def files(self) -> Iterator[tuple[str, int]]:
            yield f"{W47}/{'a' * 32}.json", 10**12

        def read(self, relpath: str, limit: int) -> bytes:
            raise AssertionError("read a file over the cap")

    assert scan(Huge()).invalid_files == 1


def test_a_file_that_vanishes_between_listing_and_reading_is_skipped(tmp_path: Path) -> None:
    class Vanishing(LocalFolder):
        def read(self, relpath: str, limit: int) -> bytes:
            raise FileNotFoundError(relpath)

    put_pulse(tmp_path, make(W47, 1))
    result = scan(Vanishing(tmp_path))
    assert result.groups == {} and result.invalid_files == 0


def test_sub_folders_are_groups_and_week_folders_are_not_descended(tmp_path: Path) -> None:
    for n in range(3):
        put_pulse(tmp_path, make(W47, n))
    for n in range(3, 8):
        put_pulse(tmp_path, make(W47, n), group="night/shift-b")
    put(tmp_path, f"{W47}/{W48}/{'b' * 32}.json", json.dumps(make(W48, 50)))
    found = scan(open_folder(str(tmp_path)))
    assert sorted(found.groups) == ["", "night/shift-b"]
    assert len(found.groups["night/shift-b"]) == 5
    reports = report(str(tmp_path))
    assert reports[""].weeks[0].contributors == 8
    assert reports[""].weeks[0].shown is False  # 8 − 5 = 3 < 5
    assert reports["night/shift-b"].weeks[0].shown is True


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name != "posix", reason="POSIX symlinks")
def test_a_symlink_loop_does_not_hang_the_reader(tmp_path: Path) -> None:
    put_pulse(tmp_path, make(W47, 1))
    (tmp_path / "loop").symlink_to(tmp_path)
    assert len(scan(open_folder(str(tmp_path))).groups[""]) == 1


# --- fsspec --------------------------------------------------------------------------


def test_fsspec_memory_round_trip() -> None:
    pytest.importorskip("fsspec")
    url = f"memory://team-{uuid.uuid4().hex}"
    folder = open_folder(url)
    assert isinstance(folder, FsspecFolder)
    pulses = [make(W47, n) for n in range(5)]
    for obj in pulses:
        folder.write(f"night/{W47}/{obj['token']}.json", json.dumps(obj).encode())
    folder.fs.pipe_file(f"{folder.root}/{W47}/{'c' * 32}.json", b"[" * 5000)
    reports = report(url)
    assert reports[""].invalid_files == 1
    assert reports["night"].weeks[0].shown is True
    alone = aggregate(map(validate_pulse, pulses))
    assert reports[""].to_dict()["weeks"] == alone.to_dict()["weeks"]
    assert folder.delete(f"night/{W47}/{pulses[0]['token']}.json") is True
    assert folder.delete(f"night/{W47}/{pulses[0]['token']}.json") is False
    assert reports["night"].weeks[0].contributors == 5
    assert report(url)[""].weeks[0].contributors == 4


def test_fsspec_file_url_round_trip_writes_atomically(tmp_path: Path) -> None:
    pytest.importorskip("fsspec")
    folder = open_folder(tmp_path.as_uri())
    obj = make(W47, 3)
    folder.write(f"{W47}/{obj['token']}.json", json.dumps(obj).encode())
    assert [p.name for p in (tmp_path / W47).iterdir()] == [f"{obj['token']}.json"]
    assert scan(folder).groups == {"": [validate_pulse(obj)]}
    assert scan(open_folder(str(tmp_path))).groups == scan(folder).groups


def test_scan_reports_a_reason_for_each_bad_file(tmp_path: Path) -> None:
    put(tmp_path, f"{W47}/{'d' * 32}.json", json.dumps(make(W47, 1, difficult=500)))
    reasons = scan(open_folder(str(tmp_path))).reasons
    assert reasons == {f"{W47}/{'d' * 32}.json": "difficult: more than calls"}


def test_pulse_round_trips_as_pulse(tmp_path: Path) -> None:
    obj = make(W48, 2)
    put_pulse(tmp_path, obj)
    (got,) = scan(open_folder(str(tmp_path))).groups[""]
    assert isinstance(got, Pulse) and got.to_dict() == obj


@pytest.mark.skipif(os.name != "posix", reason="POSIX symlinks and pipes")
def test_links_and_pipes_in_place_of_pulses_are_ignored_and_never_block(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text(json.dumps(make(W47, 2)))
    team = tmp_path / "team"
    put_pulse(team, make(W47, 1))
    (team / W47 / f"{make(W47, 2)['token']}.json").symlink_to(outside)
    pipe = team / W47 / f"{'9' * 32}.json"
    os.mkfifo(pipe)
    folder = open_folder(str(team))
    found = scan(folder)
    assert len(found.groups[""]) == 1 and found.invalid_files == 0
    with pytest.raises(OSError, match="not a regular file"):
        folder.read(f"{W47}/{'9' * 32}.json", SIZE_CAP)  # a pipe swapped in after listing
