"""Sharing, the agent's side: only whitelisted numbers leave, and opting out takes them back."""

from __future__ import annotations

import getpass
import json
import os
import socket
import string
import tempfile
import threading
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing.core.history import History
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import INDICATOR_KEYS, PULSE_KEYS, make_pulse
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    Prompt,
    PromptKind,
    Reflection,
    Tag,
    new_id,
)
from wellbeing.services import team_folder
from wellbeing.services.sharing import (
    SharingOff,
    SharingService,
    TeamFolderUnavailable,
    preview,
)
from wellbeing.services.team_folder import LocalFolder, report
from wellbeing.store.sharing_state import SHARING_FILE, SharingState
from wellbeing.store.store import Store

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=CET)  # Wednesday of 2026-W48
LAST_WEEK = datetime(2026, 11, 16, tzinfo=CET)  # Monday of 2026-W47
W46, W47 = "2026-W46", "2026-W47"


def pulse_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.json"))


def calls_in(week_monday: datetime, n: int, note: str | None = None) -> list[Call]:
    return [
        Call.create(ended_at=week_monday + timedelta(hours=9 + i), difficulty=4, note=note)
        for i in range(n)
    ]


def two_weeks(before_last: int, last: int) -> History:
    """Calls in 2026-W46 and 2026-W47."""
    return History.of(
        calls=[*calls_in(LAST_WEEK - timedelta(days=7), before_last), *calls_in(LAST_WEEK, last)]
    )


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    return folder


@pytest.fixture
def service(tmp_path: Path) -> SharingService:
    return SharingService(tmp_path / "data")


# --- the property: no text ever leaves ---------------------------------------------

SKELETON = json.dumps(make_pulse(WeeklyIndicators(), W47, "0" * 32))
HEX_LETTERS = set("abcdef")


def leakable(text: str) -> bool:
    """Whether ``text`` could be found in a pulse by chance, leak or not.

    A pulse's only letters are its fixed key words and the hex letters of its
    token, so a word of at least 4 letters that is no part of the former and
    not made only of the latter can appear in the file only if it leaked.
    """
    return text in SKELETON or set(text) <= HEX_LETTERS


words = st.text(alphabet=string.ascii_letters + "éøßжü", min_size=4, max_size=24).filter(
    lambda text: not leakable(text)
)
minutes = st.integers(min_value=0, max_value=7 * 24 * 60 - 1)


@st.composite
def last_week_history(draw: st.DrawFn) -> tuple[History, list[str]]:
    texts: list[str] = []

    def word() -> str:
        texts.append(draw(words))
        return texts[-1]

    def when() -> datetime:
        return LAST_WEEK + timedelta(minutes=draw(minutes))

    calls = [
        Call.create(
            ended_at=when(),
            difficulty=draw(st.integers(1, 5)),
            tags=draw(st.lists(st.sampled_from(list(Tag)), max_size=3, unique=True)),
            note=word(),
        )
        for _ in range(draw(st.integers(1, 6)))
    ]
    reflections = [
        Reflection(
            id=new_id(),
            created_at=when(),
            stress=draw(st.integers(0, 10)),
            emotions=(word(), word()),
            caller_problem=word(),
            caller_emotion=word(),
            boundary_action=word(),
            carry_forward=word(),
            journal=f"{word()} {word()}",
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    breaks = [
        Break(
            id=new_id(),
            started_at=when(),
            pattern=word(),
            planned_s=60,
            completed_s=draw(st.integers(0, 60)),
            outcome=BreakOutcome.COMPLETED,
            trigger=word(),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    prompts = [
        Prompt(
            id=new_id(),
            kind=PromptKind.BREAK,
            created_at=when(),
            reason=Reason(ReasonCode.STREAK, {"streak": 3}),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    this_week = calls_in(NOW - timedelta(hours=12), 2, note=word())  # not complete: not shared
    history = History.of(
        calls=[*calls, *this_week], breaks=breaks, prompts=prompts, reflections=reflections
    )
    return history, texts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(last_week_history())
def test_a_published_pulse_holds_only_the_whitelisted_numbers_and_no_text(
    drawn: tuple[History, list[str]],
) -> None:
    history, texts = drawn
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "team").mkdir()
        store = Store.open(root / "data")
        store.import_history(history)
        service = SharingService(store.data_dir)
        service.turn_on(str(root / "team"))
        service.publish(store.history(), NOW)

        (pulse_file,) = pulse_files(root / "team")
        assert pulse_file.parent.name == W47
        data = pulse_file.read_bytes()
        pulse = json.loads(data)
        assert set(pulse) == PULSE_KEYS
        assert set(pulse["indicators"]) == INDICATOR_KEYS
        assert set(pulse["indicators"]["checkin"]) == {"personal", "work", "customer"}
        assert pulse_file.name == f"{pulse['token']}.json"
        for text in [*texts, *(tag.value for tag in Tag)]:
            assert text.encode() not in data, text
            assert json.dumps(text).encode() not in data, text
        for name in (getpass.getuser(), socket.gethostname()):
            if len(name) >= 4 and not leakable(name):
                assert name.encode() not in data

        service.turn_off()
        assert pulse_files(root / "team") == []


# --- publish, preview, off -----------------------------------------------------------


def test_publish_writes_one_pulse_per_completed_week_with_fresh_tokens(
    service: SharingService, team: Path
) -> None:
    history = two_weeks(2, 3)
    service.turn_on(str(team))
    written = service.publish(history, NOW)
    assert [path.split("/")[0] for path in written] == [W46, W47]
    files = pulse_files(team)
    assert [f.parent.name for f in files] == [W46, W47]
    tokens = {json.loads(f.read_text())["token"] for f in files}
    assert len(tokens) == 2
    assert json.loads(files[1].read_text())["indicators"]["calls"] == 3
    state = service.state()
    assert state.enabled and dict(state.shared) == dict(zip([W46, W47], written, strict=True))
    if os.name == "posix":
        assert (team.parent / "data" / SHARING_FILE).stat().st_mode & 0o777 == 0o600

    assert service.publish(history, NOW) == []  # never twice
    assert service.preview(history, NOW) == []
    assert len(pulse_files(team)) == 2


def test_preview_is_exactly_what_publish_writes_but_for_the_token(
    service: SharingService, team: Path
) -> None:
    history = History.of(calls=calls_in(LAST_WEEK, 3))
    shown = service.preview(history, NOW)
    service.turn_on(str(team))
    service.publish(history, NOW)
    (written,) = [json.loads(f.read_text()) for f in pulse_files(team)]
    assert [{**p, "token": written["token"]} for p in shown] == [written]


def test_preview_is_pure_given_a_token_source() -> None:
    state = SharingState(enabled=True, folder="/x", shared={W46: f"{W46}/{'a' * 32}.json"})
    history = two_weeks(1, 1)
    (pulse,) = preview(history, state, NOW, token=lambda: "b" * 32)
    assert pulse["week"] == W47 and pulse["token"] == "b" * 32


def test_share_off_deletes_every_pulse_this_machine_wrote_and_only_those(
    service: SharingService, team: Path
) -> None:
    other = team / W47 / f"{'e' * 32}.json"
    other.parent.mkdir()
    other.write_text("another agent's pulse")
    history = two_weeks(2, 3)
    service.turn_on(str(team))
    service.publish(history, NOW)
    assert service.turn_off() == 2
    assert pulse_files(team) == [other]
    state = service.state()
    assert not state.enabled and not state.shared and state.folder == str(team.resolve())
    with pytest.raises(SharingOff):
        service.publish(history, NOW)


def test_turning_on_another_folder_takes_the_pulses_out_of_the_old_one(
    service: SharingService, tmp_path: Path, team: Path
) -> None:
    service.turn_on(str(team))
    service.publish(History.of(calls=calls_in(LAST_WEEK, 1)), NOW)
    new = tmp_path / "new-team"
    new.mkdir()
    state = service.turn_on(str(new))
    assert pulse_files(team) == []
    assert state.folder == str(new.resolve()) and not state.shared
    service.publish(History.of(calls=calls_in(LAST_WEEK, 1)), NOW)
    assert len(pulse_files(new)) == 1


def test_turn_on_refuses_a_missing_folder_and_writes_nothing(
    service: SharingService, tmp_path: Path
) -> None:
    with pytest.raises(team_folder.InvalidInput):
        service.turn_on(str(tmp_path / "not-mounted"))
    assert not (tmp_path / "data").exists()


def test_a_failed_write_leaves_the_week_unshared(
    service: SharingService, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.turn_on(str(team))

    def full_disk(self: LocalFolder, relpath: str, payload: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(LocalFolder, "write", full_disk)
    history = History.of(calls=calls_in(LAST_WEEK, 1))
    with pytest.raises(OSError, match="No space"):
        service.publish(history, NOW)
    assert not service.state().shared
    assert [p["week"] for p in service.preview(history, NOW)] == [W47]


def test_an_unreachable_folder_forgets_nothing_until_it_is_back(
    service: SharingService, team: Path
) -> None:
    service.turn_on(str(team))
    service.publish(History.of(calls=calls_in(LAST_WEEK, 1)), NOW)
    away = team.with_name("unmounted")
    team.rename(away)
    with pytest.raises(TeamFolderUnavailable):
        service.turn_off()
    assert len(service.state().shared) == 1
    with pytest.raises(TeamFolderUnavailable):
        service.retract_all()
    assert not service.state().enabled and len(service.state().shared) == 1
    away.rename(team)
    assert service.turn_off() == 1
    assert pulse_files(team) == []


def test_retract_all_deletes_the_pulses_and_the_state(service: SharingService, team: Path) -> None:
    service.turn_on(str(team))
    service.publish(History.of(calls=calls_in(LAST_WEEK, 1)), NOW)
    assert service.retract_all() == 1
    assert pulse_files(team) == []
    assert not (team.parent / "data" / SHARING_FILE).exists()
    assert service.state() == SharingState()


def test_a_corrupt_state_file_is_moved_aside_reported_and_reads_as_off(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / SHARING_FILE).write_text('{"schema": "wellbeing.sharing/1", "enabled": tru')
    problems: list[str] = []
    state = SharingService(data, on_problem=problems.append).state()
    assert state == SharingState()
    assert len(problems) == 1 and "moved unreadable sharing.json aside" in problems[0]
    assert [p.name.split(".corrupt-")[0] for p in data.iterdir()] == [SHARING_FILE]


def test_two_publishers_at_once_send_each_week_once(tmp_path: Path, team: Path) -> None:
    data = tmp_path / "data"
    SharingService(data).turn_on(str(team))
    history = two_weeks(2, 3)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def publish() -> None:
        try:
            start.wait()
            SharingService(data).publish(history, NOW)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=publish) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [f.parent.name for f in pulse_files(team)] == [W46, W47]


# --- fsspec ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["memory", "file"])
def test_sharing_through_fsspec_round_trips(
    kind: str, service: SharingService, tmp_path: Path
) -> None:
    pytest.importorskip("fsspec")
    if kind == "memory":
        url = f"memory://team-{uuid.uuid4().hex}"
    else:
        (tmp_path / "bucket").mkdir()
        url = (tmp_path / "bucket").as_uri()
    assert service.turn_on(url).folder == url
    history = History.of(calls=calls_in(LAST_WEEK, 3))
    (path,) = service.publish(history, NOW)
    (week,) = report(url, min_group=3)[""].weeks
    assert (week.week, week.contributors, week.shown) == (W47, 1, False)
    assert service.turn_off() == 1
    assert report(url)[""].weeks == ()
    assert path.startswith(f"{W47}/")


def test_a_tampered_state_cannot_make_share_off_delete_other_files(
    tmp_path: Path, team: Path
) -> None:
    victim = tmp_path / "precious.json"
    victim.write_text("keep me")
    data = tmp_path / "data"
    data.mkdir()
    (data / SHARING_FILE).write_text(
        json.dumps(
            {
                "schema": "wellbeing.sharing/1",
                "enabled": True,
                "folder": str(team),
                "shared": {W47: "../precious.json"},
            }
        )
    )
    problems: list[str] = []
    assert SharingService(data, on_problem=problems.append).turn_off() == 0
    assert victim.read_text() == "keep me"
    assert len(problems) == 1
