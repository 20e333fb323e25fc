"""Messages from other wellbeing processes become typed commands, decoded in one place,
and settings saved elsewhere are read back by the same function as at start."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.core.call_state import CallSource
from wellbeing.core.settings import Settings
from wellbeing.services.ipc_commands import (
    Activate,
    IpcCommands,
    Purged,
    ReloadSettings,
    SetOnCall,
    answer,
    decode_message,
)
from wellbeing.services.messages import Message, MessageChannel
from wellbeing.services.prompting import PromptService
from wellbeing.services.scheduler import Scheduler
from wellbeing.services.settings_apply import SettingsApplier
from wellbeing.store.store import Store

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("message", "commands"),
    [
        ({"on_call": True}, (SetOnCall(CallSource.CLI, True),)),  # wellbeing on-call start
        ({"on_call": False}, (SetOnCall(CallSource.CLI, False),)),
        ({"on_call": True, "source": "api"}, (SetOnCall(CallSource.API, True),)),
        ({"settings_changed": True}, (ReloadSettings(),)),  # wellbeing api on|off|token
        ({"activate": True}, (Activate(),)),  # a second start
        ({"purged": True}, (Purged(),)),  # wellbeing purge --yes
        (
            {"activate": True, "on_call": False, "settings_changed": True},
            (SetOnCall(CallSource.CLI, False), ReloadSettings(), Activate()),
        ),
    ],
)
def test_each_message_becomes_its_commands(
    message: dict[str, object], commands: tuple[object, ...]
) -> None:
    assert decode_message(message) == commands


@pytest.mark.parametrize(
    "message",
    [
        {},
        {"on_call": "yes"},
        {"on_call": 1},
        {"settings_changed": "true"},
        {"activate": 1},
        {"something_newer": True},
    ],
)
def test_what_does_not_fit_is_ignored(message: dict[str, object]) -> None:
    assert decode_message(message) == ()


def test_only_a_status_request_is_answered_with_the_status() -> None:
    def status() -> dict[str, object]:
        return {"on_call": False}

    assert answer({"request": "status"}, status) == {"on_call": False}
    assert answer({"request": "secrets"}, status) == {"error": "unknown request"}


def test_each_command_is_emitted_for_its_service(qtbot: QtBot) -> None:
    commands = IpcCommands()
    heard: list[object] = []
    commands.on_call_reported.connect(lambda source, on: heard.append((source, on)))
    commands.settings_changed.connect(lambda: heard.append("reload"))
    commands.activate_requested.connect(lambda: heard.append("activate"))
    commands.on_message({"on_call": True, "source": "api", "settings_changed": True})
    commands.on_message({"activate": True})
    assert heard == [(CallSource.API, True), "reload", "activate"]


def make(tmp_path: Path, settings: Settings) -> tuple[SettingsApplier, Store, list[Message]]:
    store = Store.open(tmp_path / "data")
    channel = MessageChannel()
    shown: list[Message] = []
    channel.attach(shown.append)
    prompts = PromptService(store, FakeClock(NOW), settings)
    return SettingsApplier(store, prompts, Scheduler(), channel), store, shown


def test_settings_saved_elsewhere_are_applied(tmp_path: Path, qtbot: QtBot) -> None:
    applier, store, shown = make(tmp_path, Settings())
    saved = Settings().replace(api_enabled=True, api_origins=("https://example.org",))
    store.save_settings({**saved.to_dict(), "kept_as_written": True})
    with qtbot.waitSignal(applier.applied) as applied:
        applier.reload()
    assert applied.args == [saved]
    assert shown == []
    assert store.load_settings()["kept_as_written"] is True  # read, not written back


def test_unreadable_settings_saved_elsewhere_keep_those_in_force_and_the_file(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """Told once; the file is not overwritten, so a hand edit can still be mended."""
    in_force = Settings().replace(streak_threshold=4)
    applier, store, shown = make(tmp_path, in_force)
    store.save_settings({"streak_threshold": "many"})
    with qtbot.assertNotEmitted(applier.applied):
        applier.reload()
    assert store.load_settings() == {"streak_threshold": "many"}
    assert len(shown) == 1
    assert shown[0].text.startswith("settings ignored, those in force kept: streak_threshold")
