"""The notifier chain: the first adapter that really works speaks, failures fall through."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from wellbeing.services.notifier import (
    NotifierChain,
    PlyerNotifier,
    TrayBalloonNotifier,
    Unavailable,
    session_bus_address_known,
)
from wellbeing.ui.tray.toast import Toast


class Recorder:
    def __init__(self, name: str, fail: Exception | None = None) -> None:
        self.name = name
        self.fail = fail
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        if self.fail is not None:
            raise self.fail
        self.sent.append((title, message))


class FakeTray:
    def __init__(self, available: bool, messages: bool) -> None:
        self.available, self.messages = available, messages
        self.shown: list[tuple[str, str]] = []

    def isSystemTrayAvailable(self) -> bool:
        return self.available

    def supportsMessages(self) -> bool:
        return self.messages

    def showMessage(self, title: str, message: str) -> None:
        self.shown.append((title, message))


def test_the_first_working_adapter_speaks_and_only_it() -> None:
    first, second = Recorder("a"), Recorder("b")
    assert NotifierChain([first, second]).notify("T", "M") == "a"
    assert first.sent == [("T", "M")]
    assert second.sent == []


def test_any_failure_falls_through_to_the_next() -> None:
    broken = Recorder("plyer", NotImplementedError("No usable implementation found!"))
    tray = Recorder("tray")
    assert NotifierChain([broken, tray]).notify("T", "M") == "tray"
    assert tray.sent == [("T", "M")]


def test_when_the_desktop_cannot_speak_the_in_app_toast_shows_without_taking_focus(
    qtbot: QtBot,
) -> None:
    toast = Toast()
    qtbot.addWidget(toast)
    chain = NotifierChain(
        [Recorder("plyer", OSError("no bus")), Recorder("tray", Unavailable()), toast]
    )
    assert chain.notify("Team sharing did not work", "the folder is gone") == "toast"
    assert toast.isVisible()
    assert "the folder is gone" in toast.findChild(QLabel).text()
    assert toast.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert toast.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.focusWidget() is None


def test_when_nothing_works_nothing_is_raised() -> None:
    chain = NotifierChain([Recorder("plyer", OSError("no bus")), Recorder("tray", Unavailable())])
    assert chain.notify("T", "M") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bus check is Linux's")
def test_plyer_is_not_trusted_without_a_notification_service_on_the_bus() -> None:
    with pytest.raises(Unavailable):
        PlyerNotifier(bus_check=lambda: False).notify("T", "M")


def test_the_balloon_needs_a_tray_that_supports_messages() -> None:
    for available, messages in [(False, True), (True, False)]:
        tray = FakeTray(available, messages)
        with pytest.raises(Unavailable):
            TrayBalloonNotifier(tray).notify("T", "M")
        assert tray.shown == []
    tray = FakeTray(True, True)
    TrayBalloonNotifier(tray).notify("T", "M")
    assert tray.shown == [("T", "M")]


def test_a_session_bus_is_looked_for_where_d_bus_looks(tmp_path: Path) -> None:
    assert session_bus_address_known({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1/bus"})
    assert not session_bus_address_known({"XDG_RUNTIME_DIR": str(tmp_path)})
    assert not session_bus_address_known({})
    (tmp_path / "bus").touch()
    assert session_bus_address_known({"XDG_RUNTIME_DIR": str(tmp_path)})


def test_without_a_session_bus_qt_d_bus_is_not_loaded(tmp_path: Path) -> None:
    probe = (
        "import sys; from wellbeing.services.notifier import session_bus_has_notifications; "
        "print(session_bus_has_notifications(), 'PySide6.QtDBus' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    said = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert said.stdout.split() == ["False", "False"]
