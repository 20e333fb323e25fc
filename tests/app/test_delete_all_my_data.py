"""Settings → "Delete all my data" keeps its promise: "This deletes every call, break,
reflection and check-in you have recorded, and withdraws anything shared with your team."

A data directory is filled the way an agent fills it (calls from the tray, a
break, a reflection half written, a check-in, "End my shift", team sharing
with a hub double, the browser desktop's token, a file that did not parse),
then deleted from the settings dialog: what is left is listed exactly, and
the running app reads as one just started.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path

import pytest
from doubles import FakeClock
from hub_double import FakeHub
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.history import History
from wellbeing.core.settings import Settings
from wellbeing.core.strain import StrainLevel
from wellbeing.services.hub_client import HubError
from wellbeing.services.local_api import token as tokens
from wellbeing.services.sharing import SharingService
from wellbeing.store.store import Store

Build = Callable[..., Companion]
CET = timezone(timedelta(hours=1))
THURSDAY = datetime(2026, 11, 19, 14, 0, tzinfo=CET)
"""In 2026-W47, the week shared once it has ended."""
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=CET)
TIMEOUT_MS = 5000
EMPTY_STORE = [
    ".lock",
    "api-token",
    "breaks",
    "calls",
    "checkins",
    "meta.json",
    "prompts",
    "reflections",
    "summaries",
]
"""All that is left: the folders, the schema, the lock, and the API's access key."""


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> FakeHub:
    hub = FakeHub()
    monkeypatch.setattr(
        "wellbeing.app.companion.SharingService", partial(SharingService, client=hub.client)
    )
    return hub


def everything_in(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))


def card_button(companion: Companion, text: str) -> QPushButton:
    (button,) = [b for b in companion.windows.card.findChildren(QPushButton) if b.text() == text]
    return button


def use_for_a_week(companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot) -> None:
    """A week of the app's own writes, and a few the agent's commands make."""
    data = store.data_dir
    companion.actions.difficulty[0].trigger()
    clock.advance(minutes=5)
    companion.actions.difficulty[4].trigger()  # 5 · Severe: the card offers a breather
    qtbot.mouseClick(card_button(companion, "Breathe now"), Qt.MouseButton.LeftButton)
    window = companion.windows.breathing
    assert window is not None
    clock.advance(seconds=91)
    window.tick()
    severe = store.calls.all()[-1]
    companion.windows.open_reflection(severe)
    reflection = companion.windows.reflection
    assert reflection is not None
    reflection.show_more()
    reflection.journal.setPlainText("He shouted.")
    reflection.reject()  # Esc: kept as a draft

    companion.actions.checkin.trigger()
    checkin = companion.windows.checkin
    assert checkin is not None
    for item_id in ("p1", "p2", "p3"):
        checkin.findChild(QRadioButton, f"{item_id}_75").click()
    with qtbot.waitSignal(checkin.saved):
        checkin.finish()

    (data / "calls" / "2026-W40.json").write_text("{broken")
    store.calls.all()  # moved aside as *.corrupt-*
    (data / "sharing.json").write_text('{"schema": "wellbeing.sharing/2", "hub": tru')
    companion.sharing.state()  # moved aside too
    store.save_settings(Settings().to_dict())
    store.totals()  # the week summaries behind `wellbeing stats`
    tokens.load_or_create(data)  # the browser desktop switched on

    clock.set(MONDAY)
    with qtbot.waitSignal(companion.sharing.enrolled, timeout=TIMEOUT_MS):
        companion.sharing.enroll("https://hub.example", "wbi_invite")
    sent = companion.sharing.published  # the daily sender's empty rounds come out here too
    with qtbot.waitSignal(sent, timeout=TIMEOUT_MS, check_params_cb=lambda p: bool(p.sent)):
        companion.sharing.publish(store.history)

    companion.actions.difficulty[4].trigger()  # a card waiting on screen
    companion.actions.wind_down.trigger()  # "End my shift"
    wind_down = companion.windows.wind_down
    assert wind_down is not None
    wind_down.findChild(QPlainTextEdit, "left_behind").setPlainText("The refund caller.")
    with qtbot.waitSignal(wind_down.done):
        wind_down.finish()


def delete_all(companion: Companion, qtbot: QtBot) -> None:
    companion.actions.settings.trigger()
    dialog = companion.windows.settings
    assert dialog is not None
    with qtbot.waitSignal(companion.sharing.turned_off, timeout=TIMEOUT_MS):
        dialog.delete_all_requested.emit()


def test_used_for_a_week_the_folder_holds_every_kind_of_file(
    build: Build, store: Store, hub: FakeHub, qtbot: QtBot
) -> None:
    clock = FakeClock(THURSDAY)
    use_for_a_week(build(store, clock), store, clock, qtbot)
    names = everything_in(store.data_dir)
    for expected in ("rest.json", "sharing.json", "reflection-drafts.json", "settings.json"):
        assert expected in names
    assert any(name.startswith("sharing.json.corrupt-") for name in names)
    assert any(name.startswith("calls/2026-W40.json.corrupt-") for name in names)
    assert any(name.startswith("summaries/") for name in names)
    assert list(hub.open) == ["2026-W47"]


def test_delete_all_leaves_no_personal_file_and_withdraws_the_shared_week(
    build: Build, store: Store, hub: FakeHub, qtbot: QtBot
) -> None:
    clock = FakeClock(THURSDAY)
    companion = build(store, clock)
    use_for_a_week(companion, store, clock, qtbot)

    delete_all(companion, qtbot)
    assert everything_in(store.data_dir) == EMPTY_STORE
    assert hub.open == {}
    assert store.history() == History()


def test_after_delete_all_the_tray_reads_as_a_fresh_start(
    build: Build, store: Store, hub: FakeHub, qtbot: QtBot
) -> None:
    clock = FakeClock(THURSDAY)
    companion = build(store, clock)
    use_for_a_week(companion, store, clock, qtbot)
    assert companion.service.paused_until == datetime(2026, 11, 24, 9, 0, tzinfo=CET)
    assert "paused until" in companion.tray.icon.toolTip()

    delete_all(companion, qtbot)
    service = companion.service
    assert service.paused_until is None
    assert service.queue.open is None and service.queue.pending == ()
    assert not companion.windows.card.isVisible()
    assert service.state().level is StrainLevel.CALM
    assert "paused" not in companion.tray.icon.toolTip()
    assert companion.sharing.state().hub is None
    assert not companion.actions.resume.isEnabled()

    companion.actions.difficulty[4].trigger()  # the app goes on working, with fresh records
    assert [c.difficulty for c in store.calls.all()] == [5]
    assert companion.windows.card.isVisible()
    companion.stop()
    assert build(store, clock).service.paused_until is None


def test_with_the_hub_out_of_reach_the_records_go_and_the_receipts_wait_for_share_off(
    build: Build, store: Store, hub: FakeHub, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(THURSDAY)
    companion = build(store, clock)
    use_for_a_week(companion, store, clock, qtbot)

    def unreachable(credential: str, receipt: str) -> None:
        raise HubError(0, "the hub did not answer")

    monkeypatch.setattr(hub, "retract", unreachable)
    companion.actions.settings.trigger()
    assert companion.windows.settings is not None
    with qtbot.waitSignal(companion.sharing.failed, timeout=TIMEOUT_MS) as failed:
        companion.windows.settings.delete_all_requested.emit()
    assert failed.args == ["the hub did not answer"]
    assert everything_in(store.data_dir) == sorted([*EMPTY_STORE, "sharing.json"])
    assert list(companion.sharing.state().weeks) == ["2026-W47"]  # `share off` retracts it later
    assert companion.service.paused_until is None
