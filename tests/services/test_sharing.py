"""Sharing with a hub, the agent's side: only whitelisted numbers leave, one week per
request at a drawn moment, and opting out retracts what is still open."""

from __future__ import annotations

import getpass
import json
import random
import socket
import string
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hub_double import FakeHub
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from served_hub import HubClock, ServedHub, served_hub
from sqlalchemy import create_engine, func, select

from wellbeing.core.history import History
from wellbeing.core.hub_pulse import HUB_PULSE_KEYS, make_hub_pulse
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import INDICATOR_KEYS
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
from wellbeing.hub import schema
from wellbeing.services.hub_client import HubClient, HubError
from wellbeing.services.sharing import SEND_FROM, SEND_UNTIL, SharingOff, SharingService
from wellbeing.store.lock import StoreLock
from wellbeing.store.sharing_state import SHARING_FILE, SharingState
from wellbeing.store.store import Store

UTC0 = UTC
CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC0)  # Monday after 2026-W47
LAST_WEEK = datetime(2026, 11, 16, tzinfo=CET)  # Monday of 2026-W47
W47_END = datetime(2026, 11, 23, tzinfo=UTC0)
W46, W47 = "2026-W46", "2026-W47"


def calls_in(week_monday: datetime, n: int, note: str | None = None) -> list[Call]:
    return [
        Call.create(ended_at=week_monday + timedelta(hours=9 + i), difficulty=4, note=note)
        for i in range(n)
    ]


def lock_is_free(data_dir: Path) -> bool:
    """Whether another thread (another process, as the lock sees it) could take the lock now."""
    free: list[bool] = []

    def take() -> None:
        try:
            with StoreLock(data_dir, 0.05):
                free.append(True)
        except Exception:
            free.append(False)

    thread = threading.Thread(target=take)
    thread.start()
    thread.join()
    return free == [True]


# --- the property: no text ever leaves ---------------------------------------------

SKELETON = json.dumps(make_hub_pulse(WeeklyIndicators(), W47))


def leakable(text: str) -> bool:
    """Whether ``text`` could be found in a pulse by chance, leak or not.

    A pulse's only letters are its fixed key words, so a word of at least 4
    letters that is no part of them can appear in the pulse only if it leaked.
    """
    return text in SKELETON


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
        store = Store.open(root / "data")
        store.import_history(history)
        hub = FakeHub()
        service = SharingService(store.data_dir, client=hub.client)
        service.enroll("https://hub.example", "invite")
        service.publish(store.history(), NOW)

        ((_, pulse),) = hub.sent
        data = json.dumps(pulse).encode()
        assert set(pulse) == HUB_PULSE_KEYS and pulse["week"] == W47
        assert set(pulse["indicators"]) == INDICATOR_KEYS
        assert set(pulse["indicators"]["checkin"]) == {"personal", "work", "customer"}
        for text in [*texts, *(tag.value for tag in Tag)]:
            assert text.encode() not in data, text
            assert json.dumps(text).encode() not in data, text
        for name in (getpass.getuser(), socket.gethostname()):
            if len(name) >= 4 and not leakable(name):
                assert name.encode() not in data

        assert service.turn_off().retracted == 1
        assert hub.open == {}


# --- against a real hub ------------------------------------------------------------


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ServedHub]:
    with served_hub(tmp_path, HubClock(NOW)) as served:
        yield served


def pending(hub: ServedHub) -> int:
    engine = create_engine(hub.db)
    with engine.connect() as conn:
        count = int(conn.execute(select(func.count()).select_from(schema.pulses)).scalar_one())
    engine.dispose()
    return count


def agent_with_calls(tmp_path: Path, name: str, n: int = 3) -> Store:
    store = Store.open(tmp_path / name)
    store.import_history(History.of(calls=calls_in(LAST_WEEK, n)))
    return store


def test_enrolling_keeps_the_credential_privately_and_sends_nothing(
    hub: ServedHub, tmp_path: Path
) -> None:
    store = agent_with_calls(tmp_path, "agent")
    service = SharingService(store.data_dir)
    enrolled = service.enroll(hub.url, hub.invites[0])
    assert (enrolled.operator, enrolled.team, enrolled.k) == (
        "Works council, Lyon site",
        "support",
        5,
    )
    path = store.data_dir / SHARING_FILE
    assert path.stat().st_mode & 0o777 == 0o600
    assert enrolled.credential in path.read_text()
    assert pending(hub) == 0
    assert [p["week"] for p in service.preview(store.history(), NOW)] == [W47]


def test_publish_sends_each_week_once_and_replaces_it_only_when_it_changed(
    hub: ServedHub, tmp_path: Path
) -> None:
    store = agent_with_calls(tmp_path, "agent")
    service = SharingService(store.data_dir)
    service.enroll(hub.url, hub.invites[0])
    assert service.publish(store.history(), NOW).sent == [W47]
    assert service.publish(store.history(), NOW).sent == []
    assert service.preview(store.history(), NOW) == []
    store.import_history(History.of(calls=calls_in(LAST_WEEK + timedelta(days=1), 1)))
    assert [p["indicators"]["calls"] for p in service.preview(store.history(), NOW)] == [4]
    assert service.publish(store.history(), NOW).sent == [W47]
    assert pending(hub) == 1


def test_share_off_retracts_the_open_pulse(hub: ServedHub, tmp_path: Path) -> None:
    store = agent_with_calls(tmp_path, "agent")
    service = SharingService(store.data_dir)
    service.enroll(hub.url, hub.invites[0])
    service.publish(store.history(), NOW)
    stopped = service.turn_off()
    assert (stopped.retracted, stopped.released) == (1, 0)
    assert pending(hub) == 0
    assert service.state() == SharingState()


def test_a_closed_week_is_reported_with_the_hubs_message_and_never_sent_again(
    hub: ServedHub, tmp_path: Path
) -> None:
    from wellbeing.hub.cli import main as hub_main

    assert (
        hub_main(["hub", "close", "--db", hub.db, "--team", "support", "--week", W47], hub.clock)
        == 0
    )
    store = agent_with_calls(tmp_path, "agent")
    service = SharingService(store.data_dir)
    service.enroll(hub.url, hub.invites[0])
    published = service.publish(store.history(), NOW)
    assert published.sent == [] and len(published.closed) == 1
    assert published.closed[0].startswith(f"{W47}: ") and "closed" in published.closed[0]
    assert service.preview(store.history(), NOW) == []


def test_an_unreachable_hub_keeps_sharing_on_so_that_share_off_can_retry(
    hub: ServedHub, tmp_path: Path
) -> None:
    store = agent_with_calls(tmp_path, "agent")
    service = SharingService(store.data_dir)
    service.enroll(hub.url, hub.invites[0])
    service.publish(store.history(), NOW)
    unreachable = SharingService(store.data_dir, client=lambda url: HubClient("http://127.0.0.1:9"))
    with pytest.raises(HubError) as failed:
        unreachable.turn_off()
    assert failed.value.retry
    assert service.state().enabled
    assert service.turn_off().retracted == 1


# --- when a week goes ----------------------------------------------------------------


def test_each_week_gets_one_moment_drawn_in_its_window_and_kept_across_restarts(
    tmp_path: Path,
) -> None:
    store = agent_with_calls(tmp_path, "agent")
    hub = FakeHub()
    service = SharingService(store.data_dir, client=hub.client, rng=random.Random(7))
    service.enroll("https://hub.example", "invite")
    assert service.publish(store.history(), NOW, due_only=True).sent == []
    moment = service.state().weeks[W47].send_at
    assert W47_END + SEND_FROM <= moment <= W47_END + SEND_UNTIL
    again = SharingService(store.data_dir, client=hub.client, rng=random.Random(99))
    again.publish(store.history(), NOW, due_only=True)
    assert again.state().weeks[W47].send_at == moment
    assert again.publish(store.history(), moment - timedelta(seconds=1), due_only=True).sent == []
    assert again.publish(store.history(), moment, due_only=True).sent == [W47]
    assert [pulse["week"] for _, pulse in hub.sent] == [W47]


def test_weeks_already_closed_when_enrolling_are_never_sent(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "agent")
    store.import_history(
        History.of(calls=[*calls_in(LAST_WEEK - timedelta(days=7), 2), *calls_in(LAST_WEEK, 2)])
    )
    hub = FakeHub()
    service = SharingService(store.data_dir, client=hub.client)
    service.enroll("https://hub.example", "invite")
    assert [p["week"] for p in service.preview(store.history(), NOW)] == [W47]


def test_the_store_lock_is_free_while_a_pulse_is_on_the_wire(tmp_path: Path) -> None:
    store = agent_with_calls(tmp_path, "agent")
    hub = FakeHub(lambda: lock_is_free(store.data_dir))
    service = SharingService(store.data_dir, client=hub.client)
    service.enroll("https://hub.example", "invite")
    service.publish(store.history(), NOW)
    assert hub.lock_free_while_sending == [True]


def test_publish_while_off_says_how_to_turn_it_on(tmp_path: Path) -> None:
    store = agent_with_calls(tmp_path, "agent")
    with pytest.raises(SharingOff, match="share on --hub"):
        SharingService(store.data_dir).publish(store.history(), NOW)


# --- the state file ------------------------------------------------------------------


def test_a_corrupt_state_file_is_moved_aside_reported_and_reads_as_off(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / SHARING_FILE).write_text('{"schema": "wellbeing.sharing/2", "hub": tru')
    problems: list[str] = []
    state = SharingService(data, on_problem=problems.append).state()
    assert state == SharingState()
    assert len(problems) == 1 and "moved unreadable sharing.json aside" in problems[0]
    assert [p.name.split(".corrupt-")[0] for p in data.iterdir()] == [SHARING_FILE]


def test_a_folder_mode_state_keeps_only_the_files_to_delete(tmp_path: Path) -> None:
    data, folder = tmp_path / "data", tmp_path / "team"
    token = "0f" * 16
    (folder / W46).mkdir(parents=True)
    (folder / W46 / f"{token}.json").write_text("{}")
    (folder / W46 / "someone-else.json").write_text("{}")
    data.mkdir()
    old = {
        "schema": "wellbeing.sharing/1",
        "enabled": True,
        "folder": str(folder),
        "shared": {W46: f"{W46}/{token}.json"},
    }
    (data / SHARING_FILE).write_text(json.dumps(old))
    service = SharingService(data)
    assert not service.state().enabled
    assert service.turn_off().old_files == 1
    assert [p.name for p in folder.rglob("*.json")] == ["someone-else.json"]


def test_a_tampered_folder_state_cannot_make_share_off_delete_other_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    old = {
        "schema": "wellbeing.sharing/1",
        "enabled": True,
        "folder": str(tmp_path),
        "shared": {W46: "../../etc/passwd"},
    }
    (data / SHARING_FILE).write_text(json.dumps(old))
    problems: list[str] = []
    assert SharingService(data, on_problem=problems.append).state() == SharingState()
    assert len(problems) == 1
