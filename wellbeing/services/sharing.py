"""Opt-in sharing, the agent's side: preview, publish and retract pulses.

``SharingService(data_dir)`` is what the command line, the tray app's
"Team sharing" dialog and its weekly scheduler job use::

    service = SharingService(store.data_dir, on_problem=warn)
    service.state()                      # SharingState: enabled, folder, shared
    service.preview(store.history(), now)  # [pulse dict, ...] not yet shared
    service.turn_on("/mnt/team")           # InvalidInput if the folder is unusable
    service.publish(store.history(), now)  # ["2026-W47/<token>.json", ...]
    service.turn_off()                     # deletes every pulse this machine wrote

Every method that changes something holds the sharing lock
(``SharingStateFile.locked``), so the scheduler and a ``wellbeing share
publish`` at the same moment cannot send one week twice. All of them block
on file I/O (a network share may be slow): run them off the UI thread, and
hand results back with a signal.

Choices where the design was silent:

- A publish records each pulse in ``sharing.json`` *before* writing it, and
  drops the entry again if the write fails. A crash in between leaves a
  week marked shared that never reached the folder: that week is lost,
  but a pulse that the machine could no longer retract, or a week counted
  twice, can never happen.
- ``preview`` draws tokens as a publish would, but a publish draws fresh
  ones: the tokens shown are examples of the format.
- ``turn_on`` with another folder while on first retracts the pulses in the
  old folder. A folder that cannot be reached when pulses must be deleted
  raises ``TeamFolderUnavailable`` and forgets nothing, so a later
  ``turn_off`` can finish the job.
- ``retract_all`` (for ``purge``) deletes the pulses and then
  ``sharing.json``; if the folder cannot be reached it turns sharing off,
  keeps the list of pulses for a later ``turn_off``, and raises.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.indicators import weekly_indicators
from wellbeing.core.pulse import make_pulse, weeks_to_share
from wellbeing.core.weeks import week_bounds
from wellbeing.services.team_folder import TeamFolder, open_folder
from wellbeing.store.sharing_state import SharingState, SharingStateFile, pulse_path

MARGIN = timedelta(days=2)
"""Wider than any UTC offset, so a week's records in any offset are all kept."""


class SharingOff(InvalidInput):
    """Publishing was asked for while sharing is off."""


class TeamFolderUnavailable(OSError):
    """The team folder cannot be reached now (a share not mounted, say)."""


def new_token() -> str:
    """A fresh random token: 32 lowercase hex digits, one per pulse."""
    return secrets.token_hex(16)


def week_history(history: History, week: str) -> History:
    """The part of ``history`` that can fall in ``week``, cheaply cut by time."""
    start, end = week_bounds(week, UTC)
    return history.between(start - MARGIN, end + MARGIN)


def preview(
    history: History,
    state: SharingState,
    now: datetime,
    token: Callable[[], str] = new_token,
) -> list[dict[str, Any]]:
    """The pulses a publish would write now, oldest week first."""
    return [
        make_pulse(weekly_indicators(week_history(history, week), week), week, token())
        for week in weeks_to_share(history, state.shared, now)
    ]


def encode(pulse: dict[str, Any]) -> bytes:
    """A pulse file's bytes: the JSON object on one line."""
    return (json.dumps(pulse) + "\n").encode("ascii")


class SharingService:
    """Sharing for one data directory; holds no state between calls but the paths.

    ``token`` makes the random tokens (tests pass a fixed one). ``on_problem``
    hears about a ``sharing.json`` that had to be moved aside.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        on_problem: Callable[[str], None] | None = None,
        token: Callable[[], str] = new_token,
    ) -> None:
        self._file = SharingStateFile(data_dir, on_problem)
        self._token = token

    def state(self) -> SharingState:
        return self._file.load()

    def preview(self, history: History, now: datetime) -> list[dict[str, Any]]:
        """What a publish would write now (whether or not sharing is on)."""
        return preview(history, self.state(), now, self._token)

    def turn_on(self, folder: str) -> SharingState:
        """Opt in to ``folder`` (a path or an fsspec URL); writes no pulse yet."""
        target = open_folder(folder)
        with self._file.locked():
            state = self._file.load()
            if state.folder != target.location and state.shared:
                self._retract(state)
                state = SharingState()
            state = SharingState(enabled=True, folder=target.location, shared=state.shared)
            self._file.save(state)
        return state

    def publish(self, history: History, now: datetime) -> list[str]:
        """Write a pulse for every completed week not yet shared; their relative paths."""
        written: list[str] = []
        with self._file.locked():
            state = self._file.load()
            if not state.enabled or state.folder is None:
                raise SharingOff("sharing is off; turn it on with: wellbeing share on --folder DIR")
            folder = self._reach(state.folder)
            for pulse in preview(history, state, now, self._token):
                path = pulse_path(pulse["week"], pulse["token"])
                state = state.with_shared(pulse["week"], path)
                self._file.save(state)
                try:
                    folder.write(path, encode(pulse))
                except BaseException:
                    state = state.without_shared(pulse["week"])
                    self._file.save(state)
                    raise
                written.append(path)
        return written

    def turn_off(self) -> int:
        """Delete every pulse this machine wrote and opt out; how many files were deleted."""
        with self._file.locked():
            state = self._file.load()
            deleted = self._retract(state)
            self._file.save(SharingState(enabled=False, folder=state.folder))
        return deleted

    def retract_all(self) -> int:
        """Like ``turn_off``, then delete ``sharing.json`` too (for ``purge``)."""
        with self._file.locked():
            state = self._file.load()
            try:
                deleted = self._retract(state)
            except TeamFolderUnavailable:
                self._file.save(
                    SharingState(enabled=False, folder=state.folder, shared=state.shared)
                )
                raise
            self._file.delete()
        return deleted

    def _retract(self, state: SharingState) -> int:
        """Delete ``state``'s pulses from its folder; how many were still there."""
        if not state.shared or state.folder is None:
            return 0
        folder = self._reach(state.folder)
        return sum(1 for path in sorted(state.shared.values()) if folder.delete(path))

    @staticmethod
    def _reach(location: str) -> TeamFolder:
        try:
            return open_folder(location)
        except InvalidInput as error:
            reason = str(error).removeprefix("--folder: ")
            raise TeamFolderUnavailable(f"cannot reach the team folder: {reason}") from None
