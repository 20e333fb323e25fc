"""What other wellbeing processes ask of the running app, read into typed commands.

``ipc_client.send`` delivers one JSON object per message over the
single-instance socket: ``{"on_call": true}`` from ``wellbeing on-call
start``, ``{"settings_changed": true}`` from ``wellbeing api on|off|token``,
``{"activate": true}`` from a second start, ``{"purged": true}`` from
``wellbeing purge --yes``. ``decode_message`` turns one
into the commands it holds, in that order; ``IpcCommands`` emits each as a
signal, so the composition root only connects them to the services.
``answer`` replies to a request (``{"request": "status"}`` from
``wellbeing status``).

Choices where the design was silent:

- A message may hold several commands (an older sender combined them);
  each is read on its own, and whatever does not fit (an unknown key, a
  string where a boolean belongs) is ignored, not guessed at: the socket
  only takes this user's processes, and a newer sender may add keys.
- ``on_call`` comes from the command line unless ``"source": "api"`` says
  the loopback API sent it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from wellbeing.core.call_state import CallSource

UNKNOWN_REQUEST: dict[str, object] = {"error": "unknown request"}


@dataclass(frozen=True, slots=True)
class SetOnCall:
    """The agent is (or is no longer) on a call, by an explicit route."""

    source: CallSource
    on_call: bool


@dataclass(frozen=True, slots=True)
class ReloadSettings:
    """Another process saved the settings (or replaced the API token): apply them."""


@dataclass(frozen=True, slots=True)
class Activate:
    """A second start: show the running app rather than start another."""


@dataclass(frozen=True, slots=True)
class Purged:
    """Every record was deleted from the command line: let go of what was drawn from them."""


Command = SetOnCall | ReloadSettings | Activate | Purged


def decode_message(message: Mapping[str, object]) -> tuple[Command, ...]:
    """The commands ``message`` holds; none for one this app does not understand."""
    commands: list[Command] = []
    on_call = message.get("on_call")
    if isinstance(on_call, bool):
        source = CallSource.API if message.get("source") == "api" else CallSource.CLI
        commands.append(SetOnCall(source, on_call))
    if message.get("settings_changed") is True:
        commands.append(ReloadSettings())
    if message.get("activate") is True:
        commands.append(Activate())
    if message.get("purged") is True:
        commands.append(Purged())
    return tuple(commands)


def answer(request: Mapping[str, object], status: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The reply to ``request``: ``status()`` for ``{"request": "status"}``."""
    if request.get("request") == "status":
        return status()
    return dict(UNKNOWN_REQUEST)


class IpcCommands(QObject):
    """Each command of a message, as the signal its service listens to."""

    on_call_reported = Signal(object, bool)
    """A ``CallSource`` and whether the agent is now on a call."""
    settings_changed = Signal()
    activate_requested = Signal()
    purged = Signal()

    def on_message(self, message: Mapping[str, object]) -> None:
        for command in decode_message(message):
            if isinstance(command, SetOnCall):
                self.on_call_reported.emit(command.source, command.on_call)
            elif isinstance(command, ReloadSettings):
                self.settings_changed.emit()
            elif isinstance(command, Purged):
                self.purged.emit()
            else:
                self.activate_requested.emit()
