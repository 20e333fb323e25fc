"""The Linux sensor: PulseAudio's (or PipeWire's pipewire-pulse) own events.

``pactl subscribe`` runs as a child process (a QProcess: no thread, no
polling) and prints one line per change on the server. On a change of a
recording stream (a ``source-output``), the sensor asks ``pactl -f json list
source-outputs`` in another child, without blocking the loop, and decides with
``pulse_streams.any_call``. The sources (to tell monitors from microphones)
are asked again only when a source comes or goes. An idle desktop prints
no such lines, so an idle sensor costs nothing.

Where no server answers (pactl missing, or no PulseAudio or PipeWire
running), ``fallback`` takes over if given (polling /proc/asound), else
``unavailable`` says so once. A server that goes away later (a restart of
PipeWire) is asked again after ``RETRY_MS``.

Needs pactl 16 or later for ``-f json`` (Debian 12, Ubuntu 22.04, Fedora 36).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from wellbeing.services.mic_sensor.base import MicrophoneSensor, not_detected_reason
from wellbeing.services.mic_sensor.child import Child
from wellbeing.services.mic_sensor.pulse_streams import any_call

_EVENT = re.compile(rb"Event '(\w+)' on (source-output|source) #\d+")
RETRY_MS = 5000


class PulseSensor(MicrophoneSensor):
    def __init__(
        self,
        programs: Iterable[str],
        parent: QObject | None = None,
        *,
        pactl: str = "pactl",
        fallback: Callable[[QObject], MicrophoneSensor] | None = None,
    ) -> None:
        super().__init__(parent)
        self._programs = tuple(programs)
        self._pactl = pactl
        self._fallback = fallback
        self._subscriber: Child | None = None
        self._query: Child | None = None
        self._replacement: MicrophoneSensor | None = None
        self._pending = b""
        self._sources = "[]"
        self._sources_stale = True
        self._again = False
        self._connected = False
        self._failed = False
        self._running = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._subscribe)

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._connected = False
        if shutil.which(self._pactl) is None:
            self._fail()
            return
        self._subscribe()

    def stop(self) -> None:
        self._running = False
        self._retry.stop()
        self._end_children()
        if self._replacement is not None:
            self._replacement.stop()
        self._report(False)

    # --- the event stream -----------------------------------------------------

    def _subscribe(self) -> None:
        if not self._running or self._failed:
            return
        self._pending = b""
        self._sources_stale = True
        self._subscriber = Child(
            self, self._pactl, ["subscribe"], self._on_subscriber_done, self._on_events
        )
        self._refresh()  # a call may be on already

    def _on_events(self, child: Child) -> None:
        data = self._pending + child.read()
        *lines, self._pending = data.split(b"\n")
        relevant = False
        for line in lines:
            match = _EVENT.search(line)
            if match is None:
                continue
            relevant = True
            if match[2] == b"source" and match[1] in (b"new", b"remove"):
                self._sources_stale = True
        if relevant:
            self._refresh()

    def _on_subscriber_done(self, child: Child, _code: int) -> None:
        child.end()
        if child is not self._subscriber:
            return
        self._subscriber = None
        if not self._connected:
            self._fail()
            return
        self._connected = False  # the server went away: ask again in a while
        self._report(False)
        self._retry.start()

    # --- the queries ----------------------------------------------------------

    def _refresh(self) -> None:
        if self._query is not None:
            self._again = True
            return
        self._ask("sources" if self._sources_stale else "source-outputs")

    def _ask(self, what: str) -> None:
        def done(child: Child, code: int) -> None:
            self._on_answer(child, what, code)

        self._query = Child(self, self._pactl, ["-f", "json", "list", what], done)

    def _on_answer(self, child: Child, what: str, code: int) -> None:
        text = child.read().decode("utf-8", "replace")
        child.end()
        if child is not self._query:
            return
        self._query = None
        if code != 0:
            if not self._connected:
                self._fail()
            return
        self._connected = True
        if what == "sources":
            self._sources, self._sources_stale = text, False
            self._ask("source-outputs")
            return
        self._report(any_call(self._sources, text, self._programs, self.own_pid))
        if self._again:
            self._again = False
            self._refresh()

    # --- giving up ------------------------------------------------------------

    def _fail(self) -> None:
        if self._failed:
            return
        self._failed = True
        self._end_children()
        if self._fallback is None:
            why = QCoreApplication.translate(
                "MicrophoneSensor", "no PulseAudio or PipeWire answers"
            )
            self._give_up(not_detected_reason(why))
            return
        self._replacement = self._fallback(self)  # owned by this sensor: no cycle
        self._replacement.changed.connect(self._report)
        self._replacement.unavailable.connect(self.unavailable)
        self._replacement.start()

    def _end_children(self) -> None:
        """Forget the children first, so that their last signals find no one."""
        children = (self._subscriber, self._query)
        self._subscriber = self._query = None
        for child in children:
            if child is not None:
                child.end()
