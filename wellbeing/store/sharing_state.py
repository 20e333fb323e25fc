"""The agent's sharing state: ``sharing.json`` in the data directory.

```
{"schema": "wellbeing.sharing/1", "enabled": true, "folder": "/mnt/team",
 "shared": {"2026-W47": "2026-W47/<token>.json", ...}}
```

``shared`` lists every pulse this machine wrote, by week, as a path
relative to ``folder``, so that turning sharing off deletes exactly those
files and a week is never sent twice. Tokens are fresh for every week, so
the pulses themselves cannot be linked; this file, the only link between
them, never leaves the machine (0600, like every file of the store).

Choices where the design was silent:

- The state is changed under the store's one lock (``StoreLock``, with a
  longer timeout): a publish holds it across reading the state, writing
  pulses and recording them, and the store's upkeep, which removes the temp
  files a crash left, can never remove the temp file of a sharing write in
  progress. The lock is reentrant in a thread, so a publish may write to
  the store while it holds it.
- The file is read through the store's bounded read: anything but a
  regular file of a sane size is moved aside like one that does not parse.
- A ``sharing.json`` that does not parse is moved aside like any store file
  and reported; sharing then reads as off, so nothing is sent twice
  automatically, and the pulses it listed can no longer be retracted by the
  app (the report says so).
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
from wellbeing.store.layout import make_private_dir
from wellbeing.store.lock import StoreLock

SHARING_FILE = "sharing.json"
SHARING_SCHEMA = "wellbeing.sharing/1"
SIZE_CAP = 16 * 1024 * 1024
"""Years of weekly entries take a few kilobytes."""
LOCK_TIMEOUT_S = 60.0
"""A publish to a slow network share may take a while; a hang becomes an error."""


@dataclass(frozen=True, slots=True)
class SharingState:
    """Whether sharing is on, the team folder, and the pulses written there."""

    enabled: bool = False
    folder: str | None = None
    shared: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def with_shared(self, week: str, path: str) -> SharingState:
        return replace(self, shared=MappingProxyType({**self.shared, week: path}))

    def without_shared(self, week: str) -> SharingState:
        rest = {w: p for w, p in self.shared.items() if w != week}
        return replace(self, shared=MappingProxyType(rest))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SHARING_SCHEMA,
            "enabled": self.enabled,
            "folder": self.folder,
            "shared": dict(sorted(self.shared.items())),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SharingState:
        """Raises ValueError (with a reason) for anything but a state this module wrote."""
        if data.get("schema") != SHARING_SCHEMA:
            raise ValueError(f"schema is not {SHARING_SCHEMA}")
        enabled, folder, shared = data.get("enabled"), data.get("folder"), data.get("shared")
        if not isinstance(enabled, bool):
            raise ValueError("enabled is not true or false")
        if folder is not None and not isinstance(folder, str):
            raise ValueError("folder is not a string")
        if enabled and folder is None:
            raise ValueError("enabled without a folder")
        if not isinstance(shared, dict) or not all(
            isinstance(week, str) and isinstance(path, str) and _is_pulse_path(week, path)
            for week, path in shared.items()
        ):
            raise ValueError("shared is not a map of weeks to pulse paths")
        return cls(enabled=enabled, folder=folder, shared=MappingProxyType(dict(shared)))


def pulse_path(week: str, token: str) -> str:
    """Where a pulse lives, relative to the team folder: ``<week>/<token>.json``."""
    return f"{week}/{token}.json"


def _is_pulse_path(week: str, path: str) -> bool:
    try:
        parse_week(week)
    except ValueError:
        return False
    name = path.removeprefix(f"{week}/")
    return name != path and name.endswith(".json") and is_token(name.removesuffix(".json"))


class SharingStateFile:
    """Reads and writes ``sharing.json`` in one data directory."""

    def __init__(self, data_dir: Path, on_problem: Callable[[str], None] | None = None) -> None:
        self.path = data_dir / SHARING_FILE
        self._data_dir = data_dir
        self._on_problem = on_problem

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the sharing lock (a read-modify-write of the state and the folder)."""
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
            "is off, and pulses it listed must be deleted from the team folder by hand"
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
