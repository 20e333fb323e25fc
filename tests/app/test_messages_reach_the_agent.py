"""Problems found at any time, in any thread, reach the agent on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.services.messages import MessageChannel
from wellbeing.store.store import Store

Build = Callable[..., Companion]
CET = timezone(timedelta(hours=1))
LATE = datetime(2026, 11, 26, 23, 30, tzinfo=CET)
"""Half past eleven: an hour later it is the next day, when the daily share runs."""


def toast_text(companion: Companion) -> str:
    label = companion.windows.toast.findChild(QLabel)
    assert label is not None
    return label.text() if companion.windows.toast.isVisible() else ""


@pytest.fixture
def started(build: Build, tmp_path: Path) -> tuple[Companion, FakeClock]:
    channel = MessageChannel()
    store = Store.open(tmp_path / "data", on_problem=channel.report)
    clock = FakeClock(LATE)
    return build(store, clock, channel=channel), clock


def test_a_corrupt_sharing_file_found_an_hour_after_start_up_reaches_the_agent(
    started: tuple[Companion, FakeClock], qtbot: QtBot
) -> None:
    companion, clock = started
    with qtbot.waitSignal(companion.sharing.busy_changed):
        pass  # the deferred start runs today's share
    qtbot.waitUntil(lambda: not companion.sharing.busy)
    assert toast_text(companion) == ""

    (companion.store.data_dir / "sharing.json").write_text("{ not json")
    clock.advance(hours=1)
    companion.scheduler.heartbeat.emit()  # the next publish, on the worker thread

    qtbot.waitUntil(lambda: "sharing.json" in toast_text(companion))
    assert "wellbeing kept your data safe" in toast_text(companion)


def test_a_problem_found_before_the_tray_exists_is_shown_once_it_does(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    channel = MessageChannel()
    calls = tmp_path / "data" / "calls"
    calls.mkdir(parents=True)
    (calls / "2026-W47.json").write_text("{ torn")
    store = Store.open(tmp_path / "data", on_problem=channel.report)
    store.history()  # reading finds the torn file and moves it aside
    companion = Companion(
        qapp, store, FakeClock(LATE), channel=channel, tray_available=True, desktop=[]
    )
    try:
        assert not companion.windows.toast.isVisible()
        companion.start()
        qtbot.waitUntil(lambda: "2026-W47" in toast_text(companion))
    finally:
        companion.stop()
        for window in companion.windows.all():
            window.close()
        companion.tray.hide()
        qapp.setStyleSheet("")
        qapp.setPalette(qapp.style().standardPalette())
