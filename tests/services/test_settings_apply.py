"""Settings are saved and applied at once; what cannot be applied is told, not raised."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.core.settings import Settings
from wellbeing.services.messages import Message, MessageChannel, Topic
from wellbeing.services.prompting import PromptService
from wellbeing.services.scheduler import Scheduler
from wellbeing.services.settings_apply import SettingsApplier, load_settings
from wellbeing.store.store import Store

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def make(tmp_path: Path, set_autostart: object) -> tuple[SettingsApplier, Store, list[Message]]:
    store = Store.open(tmp_path / "data")
    channel = MessageChannel()
    shown: list[Message] = []
    channel.attach(shown.append)
    prompts = PromptService(store, FakeClock(NOW), Settings())
    applier = SettingsApplier(
        store,
        prompts,
        Scheduler(),
        channel,
        set_autostart=set_autostart,  # type: ignore[arg-type]
    )
    return applier, store, shown


def test_applied_settings_are_saved_and_in_force(tmp_path: Path, qtbot: QtBot) -> None:
    applier, store, shown = make(tmp_path, lambda _on: None)
    new = Settings().replace(streak_threshold=2, theme="dark")
    with qtbot.waitSignal(applier.applied) as applied:
        applier.apply(new)
    assert applied.args == [new]
    assert store.load_settings()["streak_threshold"] == 2
    assert shown == []


def test_start_at_login_that_cannot_be_changed_is_told(tmp_path: Path) -> None:
    def refuse(_on: bool) -> None:
        raise PermissionError("autostart folder is read-only")

    applier, _store, shown = make(tmp_path, refuse)
    applier.apply(Settings().replace(autostart=True))
    assert shown == [Message(Topic.AUTOSTART, "autostart folder is read-only")]


def test_unreadable_settings_give_the_defaults_and_are_reported(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    store.save_settings({"streak_threshold": "many"})
    channel = MessageChannel()
    shown: list[Message] = []
    channel.attach(shown.append)
    assert load_settings(store, channel) == Settings()
    assert len(shown) == 1 and "settings ignored" in shown[0].text
