"""Opt-in sharing with a team hub, the agent's side: enrol, preview, send, retract.

``SharingService(data_dir)`` is what the command line, the tray app's "Team
sharing" dialog and its background sender use::

    service = SharingService(store.data_dir, on_problem=warn)
    service.enroll(url, invite)              # Enrolled: operator, team, k; sends nothing
    service.preview(store.history(), now)    # [pulse/2 dict, ...] a publish would send
    service.publish(store.history(), now)    # Published: weeks sent, closed, refused
    service.publish(history, now, due_only=True)  # only weeks whose drawn moment came
    service.turn_off()                       # Stopped: retracted, released, old files

Every call may block on the network: run it off the GUI thread. The store's
one lock is held only to read and write ``sharing.json``, never across a
request.

Choices where the design was silent:

- The hub tells the agent its team but not the team's time zone, so the
  sending window is the part of every zone's window that all zones share:
  from 14 h after the week's end in UTC (every zone's week has ended) to
  48 h after it (well before the earliest close, 72 h after the week's end
  in UTC+14). The moment is drawn once per week and stored.
- A week is sent once. It is sent again, as a replacement (the hub keeps
  one pulse per credential and week), only if its figures changed since (a
  call logged late) and only before its close; after a 410 it is never
  sent again.
- Weeks that closed before the agent enrolled are never sent: the hub
  would refuse them, and they would only tell it when the agent started.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.hub_pulse import make_hub_pulse
from wellbeing.core.indicators import weekly_indicators
from wellbeing.core.pulse import weeks_to_share
from wellbeing.core.weeks import week_bounds
from wellbeing.services.hub_client import HubClient, HubError
from wellbeing.services.old_pulses import delete_old_pulses
from wellbeing.store.sharing_state import Enrolled, SharingState, SharingStateFile, WeekEntry

MARGIN = timedelta(days=2)
"""Wider than any UTC offset, so a week's records in any offset are all kept."""
SEND_FROM = timedelta(hours=14)
SEND_UNTIL = timedelta(hours=48)
EARLIEST_CLOSE = timedelta(hours=72 - 14)
"""After this (from the week's end in UTC) the week may be closed in some zone."""
CLOSED = "closed"
"""The digest stored for a week the hub refused as closed: never sent again."""

ClientFactory = Callable[[str], HubClient]


class SharingOff(InvalidInput):
    """Publishing was asked for while sharing is off."""


@dataclass(frozen=True)
class Published:
    sent: list[str] = field(default_factory=list)
    closed: list[str] = field(default_factory=list)
    """One line per week the hub refused as closed (its own message)."""
    waiting: list[str] = field(default_factory=list)
    """Weeks the hub will take later (not ended yet in the team's time zone)."""


@dataclass(frozen=True)
class Stopped:
    retracted: int = 0
    released: int = 0
    """Pulses whose week had closed: they exist only inside the team's aggregate."""
    old_files: int = 0


def week_history(history: History, week: str) -> History:
    """The part of ``history`` that can fall in ``week``, cheaply cut by time."""
    start, end = week_bounds(week, UTC)
    return history.between(start - MARGIN, end + MARGIN)


def week_end(week: str) -> datetime:
    return week_bounds(week, UTC)[1]


def open_weeks(history: History, now: datetime) -> list[str]:
    """The finished weeks with records that no zone has closed yet, oldest first."""
    return [w for w in weeks_to_share(history, (), now) if now < week_end(w) + EARLIEST_CLOSE]


def digest(pulse: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(pulse, sort_keys=True).encode()).hexdigest()


def pulse_for(history: History, week: str) -> dict[str, Any]:
    return make_hub_pulse(weekly_indicators(week_history(history, week), week), week)


class SharingService:
    """Sharing for one data directory; holds no state between calls but the paths.

    ``client`` makes a hub client for an address (tests pass one that talks
    to an in-process hub); ``rng`` draws the sending moments.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        on_problem: Callable[[str], None] | None = None,
        client: ClientFactory = HubClient,
        rng: random.Random | None = None,
    ) -> None:
        self._file = SharingStateFile(data_dir, on_problem)
        self._client = client
        self._rng = rng or random.SystemRandom()

    def state(self) -> SharingState:
        return self._file.load()

    def enroll(self, url: str, invite: str) -> Enrolled:
        """Enrol with an invitation and keep the credential; sends no pulse."""
        if not invite.strip():
            raise InvalidInput("--invite: empty")
        client = self._client(url)
        if self.state().enabled:
            raise InvalidInput("sharing is already on; run `wellbeing share off` first")
        got = client.enroll(invite.strip())
        enrolled = Enrolled(client.url, got.credential, got.operator, got.team, got.k)
        with self._file.locked():
            state = self._file.load()
            self._file.save(SharingState(enrolled, {}, state.legacy_folder, state.legacy_pulses))
        return enrolled

    def preview(self, history: History, now: datetime) -> list[dict[str, Any]]:
        """Exactly the pulses a publish would send now, oldest week first."""
        weeks = self.state().weeks
        return [p for p in self._candidates(history, now) if _changed(weeks.get(p["week"]), p)]

    def publish(self, history: History, now: datetime, *, due_only: bool = False) -> Published:
        """Send each week due (one request each); ``HubError`` stops at the first failure."""
        state = self._plan(history, now)
        if state.hub is None:
            raise SharingOff(
                "sharing is off; turn it on with: wellbeing share on --hub URL --invite CODE"
            )
        client = self._client(state.hub.url)
        result = Published()
        for pulse in self._candidates(history, now):
            week = pulse["week"]
            entry = state.weeks.get(week) or WeekEntry(now)
            if not _changed(entry, pulse) or (due_only and entry.send_at > now):
                continue
            try:
                receipt = client.submit(state.hub.credential, pulse)
            except HubError as error:
                if error.closed:
                    self._record(state.hub, week, WeekEntry(entry.send_at, None, CLOSED))
                    result.closed.append(f"{week}: {error.message}")
                    continue
                if error.status == 422 and "not ended" in error.message:
                    result.waiting.append(week)
                    continue
                raise
            self._record(state.hub, week, WeekEntry(entry.send_at, receipt, digest(pulse)))
            result.sent.append(week)
        return result

    def turn_off(self) -> Stopped:
        """Retract every open pulse, forget the credential, delete old folder pulses."""
        state = self._file.load()
        retracted = released = 0
        if state.hub is not None:
            client = self._client(state.hub.url)
            for entry in state.weeks.values():
                if entry.receipt is None:
                    continue
                try:
                    client.retract(state.hub.credential, entry.receipt)
                    retracted += 1
                except HubError as error:
                    if not error.closed:
                        raise
                    released += 1
        old = 0
        if state.legacy_folder is not None and state.legacy_pulses:
            old = delete_old_pulses(state.legacy_folder, state.legacy_pulses)
        with self._file.locked():
            self._file.save(SharingState())
        return Stopped(retracted, released, old)

    def retract_all(self) -> Stopped:
        """Like ``turn_off``, then delete ``sharing.json`` too (for ``purge``)."""
        stopped = self.turn_off()
        with self._file.locked():
            self._file.delete()
        return stopped

    def _candidates(self, history: History, now: datetime) -> list[dict[str, Any]]:
        return [pulse_for(history, week) for week in open_weeks(history, now)]

    def _plan(self, history: History, now: datetime) -> SharingState:
        """Draw (once, stored) the sending moment of every open week that has none."""
        with self._file.locked():
            state = self._file.load()
            if state.hub is None:
                return state
            new = [w for w in open_weeks(history, now) if w not in state.weeks]
            for week in new:
                state = state.with_week(week, WeekEntry(self._draw(week, now)))
            if new:
                self._file.save(state)
            return state

    def _draw(self, week: str, now: datetime) -> datetime:
        start = max(week_end(week) + SEND_FROM, now)
        until = max(week_end(week) + SEND_UNTIL, start)
        seconds = self._rng.uniform(0.0, (until - start).total_seconds())
        return (start + timedelta(seconds=seconds)).replace(microsecond=0)

    def _record(self, hub: Enrolled, week: str, entry: WeekEntry) -> None:
        """Keep a receipt, unless sharing was turned off meanwhile (then retract it)."""
        with self._file.locked():
            state = self._file.load()
            if state.hub == hub:
                self._file.save(state.with_week(week, entry))
                return
        if entry.receipt is not None:
            self._client(hub.url).retract(hub.credential, entry.receipt)


def _changed(entry: WeekEntry | None, pulse: dict[str, Any]) -> bool:
    if entry is None or entry.digest is None:
        return True
    return entry.digest not in (CLOSED, digest(pulse))
