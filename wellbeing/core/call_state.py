"""Whether the agent is on a call, and by which route we know it.

A pure state machine (DESIGN.md, Call state): explicit signals (the tray
toggle, ``on-call`` from a script or softphone hook, the loopback API) and
the microphone sensor feed it, with the time passed in; it answers
``on_call`` and ``call_source`` and returns the events that follow.

Choices where the design was silent:

- The microphone puts the agent on a call at once (so a prompt leaves the
  screen while the agent says hello), but only a use of ``min_call_s`` or
  more, from its first start to its last stop, is recorded as a call.
- When the microphone stops, the call lasts ``call_gap_s`` more (a hold, a
  transfer); a new use within that gap belongs to the same call. The call
  ends at the last stop, and is reported once the gap has passed: the
  owner asks for ``deadline()`` and calls ``tick`` then.
- An explicit start takes over from a microphone call in progress; that
  microphone use is then never recorded as a detected call (the explicit
  route reports its own call). After an explicit end, a microphone still
  in use is ignored until it goes quiet: the softphone that said "ended"
  may keep the device open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class CallSource(StrEnum):
    MENU = "menu"
    CLI = "cli"
    MICROPHONE = "microphone"
    API = "api"


EXPLICIT = frozenset({CallSource.MENU, CallSource.CLI, CallSource.API})


@dataclass(frozen=True, slots=True)
class CallStarted:
    source: CallSource
    at: datetime


@dataclass(frozen=True, slots=True)
class CallEnded:
    source: CallSource
    at: datetime


@dataclass(frozen=True, slots=True)
class DetectedCallEnded:
    """A microphone call long enough to record (unrated, source ``detected``)."""

    start: datetime
    end: datetime

    @property
    def duration_s(self) -> int:
        return int((self.end - self.start).total_seconds())


Event = CallStarted | CallEnded | DetectedCallEnded


class CallState:
    def __init__(self, min_call_s: int = 20, call_gap_s: int = 10) -> None:
        self.set_thresholds(min_call_s, call_gap_s)
        self._explicit: CallSource | None = None
        self._mic_in_use = False
        self._mic_ignored = False  # in use since before an explicit end
        self._mic_start: datetime | None = None  # the microphone call's first start
        self._mic_stop: datetime | None = None  # its last stop, while in the gap

    def set_thresholds(self, min_call_s: int, call_gap_s: int) -> None:
        """New thresholds (Settings applied), the call in progress kept: a
        microphone call is judged against them when it ends, and one already in
        its gap ends at its last stop plus the new gap (``deadline`` changes:
        the owner asks again)."""
        self.min_call = timedelta(seconds=min_call_s)
        self.gap = timedelta(seconds=call_gap_s)

    @property
    def on_call(self) -> bool:
        return self.call_source is not None

    @property
    def call_source(self) -> CallSource | None:
        if self._explicit is not None:
            return self._explicit
        return CallSource.MICROPHONE if self._mic_start is not None else None

    def deadline(self) -> datetime | None:
        """When ``tick`` must be called: the end of a microphone call's gap."""
        if self._explicit is None and self._mic_stop is not None:
            return self._mic_stop + self.gap
        return None

    def start(self, source: CallSource, now: datetime) -> list[Event]:
        """An explicit start (menu, cli, api); a microphone call in progress is dropped."""
        if source not in EXPLICIT:
            raise ValueError(f"not an explicit source: {source}")
        was = self.call_source
        self._explicit = source
        self._mic_start = self._mic_stop = None
        if was is None:
            return [CallStarted(source, now)]
        return []

    def end(self, now: datetime) -> list[Event]:
        """An explicit end; nothing when no explicit call is on."""
        source = self._explicit
        if source is None:
            return []
        self._explicit = None
        self._mic_ignored = self._mic_in_use
        return [CallEnded(source, now)]

    def microphone(self, in_use: bool, now: datetime) -> list[Event]:
        """The sensor says a phone program started or stopped using the microphone."""
        events = self.tick(now)
        if in_use == self._mic_in_use:
            return events
        self._mic_in_use = in_use
        if not in_use:
            self._mic_ignored = False
            if self._mic_start is not None:
                self._mic_stop = now
            return events
        if self._explicit is not None or self._mic_ignored:
            return events
        if self._mic_start is None:
            self._mic_start = now
            events.append(CallStarted(CallSource.MICROPHONE, now))
        self._mic_stop = None  # back within the gap: the same call
        return events

    def tick(self, now: datetime) -> list[Event]:
        """Close a microphone call whose gap has passed by ``now``."""
        deadline = self.deadline()
        if deadline is None or now < deadline:
            return []
        start, stop = self._mic_start, self._mic_stop
        assert start is not None and stop is not None
        self._mic_start = self._mic_stop = None
        events: list[Event] = []
        if stop - start >= self.min_call:
            events.append(DetectedCallEnded(start, stop))
        events.append(CallEnded(CallSource.MICROPHONE, stop))
        return events
