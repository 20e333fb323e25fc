"""The agent's sharing state: ``sharing.json`` in the data directory.

```
{"schema": "wellbeing.sharing/2",
 "hub": {"url": "https://hub.example", "credential": "...", "operator": "Works council",
         "team": "support", "k": 5},
 "weeks": {"2026-W47": {"send_at": "2026-11-23T20:13:05+00:00",
                        "receipt": "...", "digest": "..."}},
 "legacy": {"folder": "/mnt/team", "pulses": ["2026-W47/<token>.json"]}}
```

``hub`` is the enrolment (sharing is on while it is set); the credential
is a secret, so the file stays 0600 like every file of the store. ``weeks``
holds, per finished week, the moment drawn once to send it (so a restart
never draws again, and send times cannot link weeks), and once sent, the
hub's receipt (to replace or retract it until the week closes) and a digest
of what was sent (so an unchanged week is never sent again). ``legacy``
lists pulse files the retired folder mode wrote, kept until ``share off``
deletes them; a ``wellbeing.sharing/1`` file is read as exactly that.

Choices where the design was silent:

- The state is changed under the store's one lock (``StoreLock``) and
  written atomically; callers never hold the lock across network I/O: they
  read, release, talk to the hub, then lock again to record the answer.
- The file is read through the store's bounded read: anything but a
  regular file of a sane size is moved aside like one that does not parse,
  reported, and sharing then reads as off, so nothing is sent automatically.
- ``purge`` (``Store.purge``) does not touch this file; the sharing service
  retracts the pulses and then deletes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from wellbeing.core.pulse import is_token
from wellbeing.core.weeks import parse_week
from wellbeing.store.errors import StoreLocked
from wellbeing.store.files import dump, move_aside, read_bounded, write_atomically
from wellbeing.store.layout import SHARING, make_private_dir
from wellbeing.store.lock import StoreLock

SHARING_FILE = SHARING
SHARING_SCHEMA = "wellbeing.sharing/2"
LEGACY_SCHEMA = "wellbeing.sharing/1"
SIZE_CAP = 16 * 1024 * 1024
"""Years of weekly entries take a few kilobytes."""
LOCK_TIMEOUT_S = 60.0
"""Only local reads and writes happen under the lock; a hang becomes an error."""
_HUB_KEYS = frozenset({"url", "credential", "operator", "team", "k"})


@dataclass(frozen=True, slots=True)
class Enrolled:
    """What enrolment with a hub gave this machine."""

    url: str
    credential: str
    operator: str
    team: str
    k: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "credential": self.credential,
            "operator": self.operator,
            "team": self.team,
            "k": self.k,
        }

    @classmethod
    def from_dict(cls, data: object) -> Enrolled:
        if not isinstance(data, dict) or set(data) != _HUB_KEYS:
            raise ValueError("hub is not an enrolment")
        url, credential, operator, team, k = (
            data[key] for key in ("url", "credential", "operator", "team", "k")
        )
        if not all(isinstance(value, str) and value for value in (url, credential, operator, team)):
            raise ValueError("hub has an empty or non-text field")
        if not isinstance(k, int) or isinstance(k, bool):
            raise ValueError("hub's k is not a whole number")
        return cls(url, credential, operator, team, k)


@dataclass(frozen=True, slots=True)
class WeekEntry:
    """When a week goes out, and once sent, the receipt and a digest of what went."""

    send_at: datetime
    receipt: str | None = None
    digest: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"send_at": self.send_at.isoformat(), "receipt": self.receipt, "digest": self.digest}

    @classmethod
    def from_dict(cls, data: object) -> WeekEntry:
        if not isinstance(data, dict) or set(data) != {"send_at", "receipt", "digest"}:
            raise ValueError("a week entry has the wrong keys")
        receipt, digest = data["receipt"], data["digest"]
        if not all(value is None or isinstance(value, str) for value in (receipt, digest)):
            raise ValueError("a week's receipt or digest is not text")
        send_at = datetime.fromisoformat(str(data["send_at"]))
        if send_at.tzinfo is None:
            raise ValueError("a week's send_at has no offset")
        return cls(send_at, receipt, digest)


@dataclass(frozen=True, slots=True)
class SharingState:
    """The enrolment (None: sharing is off), the weeks, and the folder mode's leftovers."""

    hub: Enrolled | None = None
    weeks: Mapping[str, WeekEntry] = field(default_factory=lambda: MappingProxyType({}))
    legacy_folder: str | None = None
    legacy_pulses: tuple[str, ...] = ()

    @property
    def enabled(self) -> bool:
        return self.hub is not None

    def with_week(self, week: str, entry: WeekEntry) -> SharingState:
        return replace(self, weeks=MappingProxyType({**self.weeks, week: entry}))

    def to_dict(self) -> dict[str, Any]:
        legacy = None
        if self.legacy_pulses:
            legacy = {"folder": self.legacy_folder, "pulses": list(self.legacy_pulses)}
        return {
            "schema": SHARING_SCHEMA,
            "hub": None if self.hub is None else self.hub.to_dict(),
            "weeks": {week: entry.to_dict() for week, entry in sorted(self.weeks.items())},
            "legacy": legacy,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SharingState:
        """Raises ValueError (with a reason) for anything but a state this module wrote."""
        if data.get("schema") == LEGACY_SCHEMA:
            return _from_legacy(data)
        if data.get("schema") != SHARING_SCHEMA:
            raise ValueError(f"schema is not {SHARING_SCHEMA}")
        hub = None if data.get("hub") is None else Enrolled.from_dict(data.get("hub"))
        weeks = data.get("weeks")
        if not isinstance(weeks, dict):
            raise ValueError("weeks is not a map")
        for week in weeks:
            parse_week(str(week))
        entries = {str(week): WeekEntry.from_dict(entry) for week, entry in weeks.items()}
        folder, pulses = _legacy(data.get("legacy"))
        return cls(hub, MappingProxyType(entries), folder, pulses)


def _legacy(data: object) -> tuple[str | None, tuple[str, ...]]:
    if data is None:
        return None, ()
    if not isinstance(data, dict) or not isinstance(data.get("folder"), str):
        raise ValueError("legacy is not a folder and its pulses")
    pulses = data.get("pulses")
    if not isinstance(pulses, list) or not all(_is_pulse_path(p) for p in pulses):
        raise ValueError("legacy pulses are not pulse paths")
    return data["folder"], tuple(pulses)


def _from_legacy(data: Mapping[str, Any]) -> SharingState:
    """A folder-mode file: only the pulses it wrote matter now, so that they can be deleted."""
    folder, shared = data.get("folder"), data.get("shared")
    if not isinstance(shared, dict) or not all(_is_pulse_path(p) for p in shared.values()):
        raise ValueError("shared is not a map of weeks to pulse paths")
    if not shared:
        return SharingState()
    if not isinstance(folder, str):
        raise ValueError("folder is not a string")
    return SharingState(legacy_folder=folder, legacy_pulses=tuple(sorted(shared.values())))


def _is_pulse_path(path: object) -> bool:
    if not isinstance(path, str) or path.count("/") != 1:
        return False
    week, name = path.split("/")
    try:
        parse_week(week)
    except ValueError:
        return False
    return name.endswith(".json") and is_token(name.removesuffix(".json"))


class SharingStateFile:
    """Reads and writes ``sharing.json`` in one data directory."""

    def __init__(self, data_dir: Path, on_problem: Callable[[str], None] | None = None) -> None:
        self.path = data_dir / SHARING_FILE
        self._data_dir = data_dir
        self._on_problem = on_problem

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's one lock for a read-modify-write of the state (no network I/O)."""
        make_private_dir(self._data_dir)
        try:
            with StoreLock(self._data_dir, LOCK_TIMEOUT_S):
                yield
        except StoreLocked:
            raise StoreLocked(
                f"another wellbeing process has held {self._data_dir} for too long; try again"
            ) from None

    def load(self) -> SharingState:
        """The saved state; the default (off) when none is saved or it is unreadable."""
        try:
            raw = read_bounded(self.path, SIZE_CAP)
        except FileNotFoundError:
            return SharingState()
        except OSError as error:
            return self._set_aside(error.strerror or str(error))
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return SharingState.from_dict(data)
        except ValueError as error:  # UnicodeDecodeError and JSONDecodeError included
            return self._set_aside(str(error))

    def _set_aside(self, problem: str) -> SharingState:
        """Move an unreadable state aside: a rename, safe without the lock."""
        try:
            target = move_aside(self.path, datetime.now())
        except FileNotFoundError:  # another process moved it first
            return SharingState()
        except OSError as error:
            self._report(
                f"cannot read {SHARING_FILE} ({problem}) nor move it aside ({error}); "
                "sharing is off"
            )
            return SharingState()
        self._report(
            f"moved unreadable {SHARING_FILE} aside to {target.name} ({problem}); sharing "
            "is off; pulses it listed can no longer be retracted by this machine"
        )
        return SharingState()

    def save(self, state: SharingState) -> None:
        make_private_dir(self._data_dir)
        write_atomically(self.path, dump(state.to_dict()))

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)

    def _report(self, message: str) -> None:
        if self._on_problem is not None:
            self._on_problem(message)
