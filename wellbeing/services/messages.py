"""One channel for what the agent must be told, from any layer and any thread.

Modelled on qutebrowser's ``utils/message.py``: a layer that finds a problem
(the store moving a corrupt file aside, sharing failing on its worker
thread, starting at login that cannot be changed) calls ``report`` or
``notice`` and goes on. The UI ``attach``es one listener when it is ready
to show things; whatever came before that (a file quarantined while the
store opened, before the tray existed) is held and handed over then, in
order. Nothing here knows Qt: the listener the UI attaches is a bridge that
re-emits each message as a signal, which Qt delivers in the GUI thread.

Pass ``channel.report`` wherever a layer takes an ``on_problem`` callback.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

HELD_MAX = 100
"""Messages held before a listener attaches; beyond this the oldest go (a loop of
failures must not grow the app's memory for ever)."""


class Topic(Enum):
    """What a message is about: the UI words its title from this."""

    DATA = "data"  # a file moved aside, a setting ignored: data kept safe
    SHARING = "sharing"
    AUTOSTART = "autostart"
    RUNNING = "running"  # another start of the app was answered
    CALLS = "calls"  # how calls are (or cannot be) noticed on this machine


@dataclass(frozen=True)
class Message:
    topic: Topic
    text: str
    problem: bool = True


Listener = Callable[[Message], None]


class MessageChannel:
    """Thread-safe: ``report`` and ``notice`` may be called from any thread."""

    def __init__(self) -> None:
        self._lock = threading.RLock()  # a listener may report in turn
        self._held: deque[Message] = deque(maxlen=HELD_MAX)
        self._listener: Listener | None = None

    def report(self, text: str, topic: Topic = Topic.DATA) -> None:
        """Something went wrong and the agent should know; the app carries on."""
        self._send(Message(topic, text, problem=True))

    def notice(self, text: str, topic: Topic) -> None:
        """Something worth saying that is not a problem."""
        self._send(Message(topic, text, problem=False))

    def attach(self, listener: Listener) -> None:
        """From now on every message goes to ``listener``, the held ones first."""
        with self._lock:
            self._listener = listener
            held = list(self._held)
            self._held.clear()
            for message in held:
                listener(message)

    def detach(self) -> None:
        """Hold messages again (the UI is going away)."""
        with self._lock:
            self._listener = None

    def _send(self, message: Message) -> None:
        with self._lock:
            if self._listener is None:
                self._held.append(message)
            else:
                self._listener(message)
