"""Tell the agent something through the first notifier that really works.

A prompt itself — its reason and its Start, Snooze and Dismiss buttons — is
always the in-app card (ui.prompt_card, the toast that never takes focus).
The chain carries what needs no answer (a file moved aside at start-up,
"already running", a failed share) and, only when the agent turned on
desktop notifications, announces prompts too: showing the same prompt twice
by default would not be calm. It tries, in order:

1. plyer's desktop notification. On Linux plyer fails silently when no
   notification service is on the session bus (it returns None and shows
   nothing), so we first ask the bus whether ``org.freedesktop.Notifications``
   is there.
2. the tray icon's balloon, only when a tray exists and supports messages;
3. the in-app toast (``ui.toast``), a small card that never takes focus
   and never fails: the last link, so a message always reaches the screen.

Every exception of an adapter is caught and the next is tried; which
adapter spoke is returned, so tests and logs can tell. Prompts, which the
card already shows, are announced through a chain without the toast.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

LOG = logging.getLogger(__name__)
APP_NAME = "wellbeing"


class Unavailable(Exception):
    """This adapter cannot show anything here."""


class Notifier(Protocol):
    name: str

    def notify(self, title: str, message: str) -> None: ...


def session_bus_address_known(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether a session bus can be found at all, as D-Bus finds it: its address
    in the environment, or the user's bus socket. Without one, Qt's D-Bus module
    (a third of a megabyte) is not loaded just to hear that there is no bus."""
    if environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and runtime != "" and Path(runtime, "bus").exists()


def session_bus_has_notifications() -> bool:
    if not session_bus_address_known():
        return False
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    interface = bus.interface()
    reply = interface.isServiceRegistered("org.freedesktop.Notifications")
    return bool(reply.value()) if reply.isValid() else False


class PlyerNotifier:
    name = "plyer"

    def __init__(self, bus_check: Callable[[], bool] = session_bus_has_notifications) -> None:
        self._bus_check = bus_check

    def notify(self, title: str, message: str) -> None:
        if sys.platform.startswith("linux") and not self._bus_check():
            raise Unavailable("no notification service on the session bus")
        from plyer import notification

        notification.notify(title=title, message=message, app_name=APP_NAME, timeout=10)


class Balloon(Protocol):
    def supportsMessages(self) -> bool: ...  # noqa: N802 - Qt's name

    def isSystemTrayAvailable(self) -> bool: ...  # noqa: N802 - Qt's name

    def showMessage(self, title: str, message: str) -> None: ...  # noqa: N802 - Qt's name


class TrayBalloonNotifier:
    name = "tray"

    def __init__(self, tray: Balloon) -> None:
        self._tray = tray

    def notify(self, title: str, message: str) -> None:
        if not (self._tray.isSystemTrayAvailable() and self._tray.supportsMessages()):
            raise Unavailable("no system tray with balloon messages")
        self._tray.showMessage(title, message)


class NotifierChain:
    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self._notifiers = list(notifiers)

    def notify(self, title: str, message: str) -> str | None:
        """Announce through the first adapter that works; its name, or None if none did."""
        for notifier in self._notifiers:
            try:
                notifier.notify(title, message)
            except Exception as error:  # any adapter failure means: try the next one
                LOG.info("notifier %s unavailable: %s", notifier.name, error)
                continue
            return notifier.name
        LOG.warning("no notifier could show: %s: %s", title, message)
        return None
