"""A team folder: where agents' pulses meet, and how the team view reads them.

```
<folder>/2026-W47/<token>.json          the team's own pulses
<folder>/<sub>/2026-W47/<token>.json    a sub-team (a group of its own, inside the team)
```

``open_folder`` takes a local path (anything the OS mounts: a network
share, a synced folder) or, with the optional ``fsspec`` extra installed,
an fsspec URL (``s3://``, ``gcs://``, ``abfs://``, ``memory://``,
``file://``). ``scan`` reads every pulse under it into groups for
``core.team.aggregate_groups``, validating each file and counting the bad
ones; no file, however broken or hostile, makes it fail.

Choices where the design was silent:

- Writes: on a local path, through the store's one atomic write (a hidden
  temp file beside the target, fsynced and renamed over it, then the folder
  fsynced). On fsspec's local file
  system the same, with ``mv``; on other fsspec file systems (object stores,
  memory) one ``pipe_file``, since an object store makes an object visible
  whole or not at all.
- A pulse is made 0644 whatever the umask, not 0600 like the private
  store: it is written to be read by the team lead, and holds nothing
  private. Week folders are created with the default mode so that other
  agents can write into them; the team folder itself must already exist (a
  share that is not mounted is an error, not a new local folder).
- Reading: only ``*.json`` files directly inside a folder named like a week
  (``2026-W47``) are pulses; hidden names (a temp file mid-write, ``.git``)
  and other files are ignored, not counted. A pulse is refused if it is
  larger than ``SIZE_CAP`` (checked from the listing, before reading, and
  again on the bytes read), holds more than ``MAX_CONTAINERS`` braces and
  brackets (a valid pulse has 3; this stops deep nesting before the parser
  sees it), repeats a key, is not a valid pulse, names another week than
  its folder, or is not named ``<its token>.json``.
- A token seen twice in one week (a copied file, a synced folder's
  conflict copy) counts once, for the first path in sorted order; the other
  copies count as invalid. A file that vanishes between listing and reading
  (an agent turning sharing off) is skipped, not counted.
- Sub-folders are followed at most ``MAX_DEPTH`` levels down. Symbolic
  links are never followed, to folders (no loops) or to files (a pulse is a
  regular file an agent wrote; a link could point at a device or a pipe).
- fsspec's local file system has no fsync: a ``file://`` write is atomic
  (rename) but not forced to disk; a plain path gets both.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.pulse import InvalidPulse, Pulse, validate_pulse
from wellbeing.core.team import DEFAULT_MIN_GROUP, TeamReport, aggregate_groups
from wellbeing.core.weeks import parse_week
from wellbeing.store.files import read_bounded, temp_name, write_atomically

SIZE_CAP = 4096
"""A valid pulse is about 300 bytes; even pretty-printed it stays far below."""
MAX_CONTAINERS = 8
MAX_DEPTH = 8
PULSE_MODE = 0o644

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")


class TeamFolder:
    """One team folder: list, read, write and delete files by relative path.

    Relative paths use ``/`` on every platform: ``"sub/2026-W47/<token>.json"``.
    """

    location: str

    def files(self) -> Iterator[tuple[str, int]]:
        """Every candidate pulse file and its size in bytes (see ``is_pulse_name``)."""
        raise NotImplementedError

    def read(self, relpath: str, limit: int) -> bytes:
        """At most ``limit`` bytes of a file."""
        raise NotImplementedError

    def write(self, relpath: str, payload: bytes) -> None:
        """Create or replace a file atomically; its week folder is created if needed."""
        raise NotImplementedError

    def delete(self, relpath: str) -> bool:
        """Remove a file; False when it was already gone."""
        raise NotImplementedError


def is_url(location: str) -> bool:
    return _URL.match(location) is not None


def open_folder(location: str) -> TeamFolder:
    """The folder at a path or fsspec URL; ``InvalidInput`` when it cannot be used."""
    if not location.strip():
        raise InvalidInput("--folder: empty")
    if is_url(location):
        return FsspecFolder.open(location)
    root = Path(location).expanduser()
    if not root.is_dir():
        raise InvalidInput(f"--folder: no such folder (is the share mounted?): {location}")
    return LocalFolder(root.resolve())


def is_pulse_name(parts: list[str]) -> bool:
    """Whether a relative path (split on ``/``) names a pulse: ``[group…, week, *.json]``."""
    if len(parts) < 2 or len(parts) > MAX_DEPTH + 2 or any(p.startswith(".") for p in parts):
        return False
    if not parts[-1].endswith(".json"):
        return False
    try:
        parse_week(parts[-2])
    except InvalidInput:
        return False
    return True


class LocalFolder(TeamFolder):
    def __init__(self, root: Path) -> None:
        self.root = root
        self.location = str(root)

    def files(self) -> Iterator[tuple[str, int]]:
        yield from self._walk(self.root, [])

    def _walk(self, folder: Path, parts: list[str]) -> Iterator[tuple[str, int]]:
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            here = [*parts, entry.name]
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if len(here) <= MAX_DEPTH + 1 and not _is_week(parts[-1:]):
                        yield from self._walk(Path(entry.path), here)
                elif entry.is_file(follow_symlinks=False) and is_pulse_name(here):
                    yield "/".join(here), entry.stat(follow_symlinks=False).st_size
            except OSError:
                continue

    def read(self, relpath: str, limit: int) -> bytes:
        """Refuses (``OSError``) anything but a regular file, without following a symlink
        or waiting on a pipe that someone put in place of a pulse."""
        return read_bounded(self.root / relpath, limit)

    def write(self, relpath: str, payload: bytes) -> None:
        if not self.root.is_dir():
            raise FileNotFoundError(f"team folder not found (is the share mounted?): {self.root}")
        path = self.root / relpath
        path.parent.mkdir(exist_ok=True)
        write_atomically(path, payload, PULSE_MODE)

    def delete(self, relpath: str) -> bool:
        path = self.root / relpath
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True


class FsspecFolder(TeamFolder):
    def __init__(self, fs: Any, root: str, location: str) -> None:
        self.fs = fs
        self.root = root.rstrip("/")
        self.location = location

    @classmethod
    def open(cls, url: str) -> FsspecFolder:
        try:
            import fsspec
        except ImportError:
            raise InvalidInput(
                f"--folder: a URL needs the optional fsspec extra "
                f"(pip install 'wellbeing[fsspec]'): {url}"
            ) from None
        try:
            fs, root = fsspec.core.url_to_fs(url)
        except (ImportError, ValueError) as error:
            raise InvalidInput(f"--folder: cannot open {url}: {error}") from None
        return cls(fs, root, url)

    def _full(self, relpath: str) -> str:
        return f"{self.root}/{relpath}"

    def files(self) -> Iterator[tuple[str, int]]:
        try:
            found = self.fs.find(self.root, detail=True, withdirs=False)
        except FileNotFoundError:
            return
        prefix = self.root + "/"
        for path, info in sorted(found.items()):
            if not path.startswith(prefix):
                continue
            parts = path[len(prefix) :].split("/")
            if is_pulse_name(parts):
                yield "/".join(parts), int(info.get("size") or 0)

    def read(self, relpath: str, limit: int) -> bytes:
        data: bytes = self.fs.cat_file(self._full(relpath), start=0, end=limit)
        return data

    def write(self, relpath: str, payload: bytes) -> None:
        path = self._full(relpath)
        parent = path.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        if _is_local(self.fs):
            temp = f"{parent}/{temp_name(path.rsplit('/', 1)[1])}"
            self.fs.pipe_file(temp, payload)
            try:
                self.fs.mv(temp, path)
            except BaseException:
                self.fs.rm_file(temp)
                raise
        else:
            self.fs.pipe_file(path, payload)

    def delete(self, relpath: str) -> bool:
        try:
            self.fs.rm_file(self._full(relpath))
        except FileNotFoundError:
            return False
        return True


def _is_local(fs: Any) -> bool:
    protocol = fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)
    return "file" in protocol or "local" in protocol


def _is_week(parts: list[str]) -> bool:
    if not parts:
        return False
    try:
        parse_week(parts[0])
    except InvalidInput:
        return False
    return True


# --- reading the whole folder -------------------------------------------------


@dataclass
class FolderScan:
    """Valid pulses per group (folder path, ``""`` the root) and bad files per group."""

    groups: dict[str, list[Pulse]] = field(default_factory=dict)
    invalid: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    """Why each invalid file was refused, by relative path (for a log, never shown in a report)."""

    @property
    def invalid_files(self) -> int:
        return sum(self.invalid.values())


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise InvalidPulse("a key appears twice")
    return dict(pairs)


def _no_constant(name: str) -> None:
    raise InvalidPulse(f"{name} is not a number")


def parse_pulse_file(raw: bytes, relpath: str) -> Pulse:
    """The pulse in a file's bytes, checked against its path; ``InvalidPulse`` if not."""
    if len(raw) > SIZE_CAP:
        raise InvalidPulse(f"larger than {SIZE_CAP} bytes")
    if raw.count(b"{") + raw.count(b"[") > MAX_CONTAINERS:
        raise InvalidPulse("nested too deeply")
    try:
        obj = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_unique_keys, parse_constant=_no_constant
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InvalidPulse("not valid UTF-8 JSON") from None
    pulse = validate_pulse(obj)
    *_, week, name = relpath.split("/")
    if pulse.week != week:
        raise InvalidPulse(f"week {pulse.week} in the folder of {week}")
    if name != f"{pulse.token}.json":
        raise InvalidPulse("file name is not <token>.json")
    return pulse


def scan(folder: TeamFolder) -> FolderScan:
    """Read and validate every pulse under ``folder``; never raises for a bad file."""
    result = FolderScan()
    seen: set[tuple[str, str]] = set()
    for relpath, size in sorted(folder.files()):
        group = relpath.rsplit("/", 2)[0] if relpath.count("/") >= 2 else ""
        try:
            if size > SIZE_CAP:
                raise InvalidPulse(f"larger than {SIZE_CAP} bytes")
            pulse = parse_pulse_file(folder.read(relpath, SIZE_CAP + 1), relpath)
            if (pulse.week, pulse.token) in seen:
                raise InvalidPulse("token already seen this week")
        except FileNotFoundError:
            continue
        except (InvalidPulse, OSError) as error:
            result.invalid[group] = result.invalid.get(group, 0) + 1
            result.reasons[relpath] = getattr(error, "reason", None) or str(error)
            continue
        seen.add((pulse.week, pulse.token))
        result.groups.setdefault(group, []).append(pulse)
    return result


def report(
    location: str, *, min_group: int = DEFAULT_MIN_GROUP, weeks: int | None = None
) -> dict[str, TeamReport]:
    """Every group's report for the folder at ``location`` (``""`` is the folder itself)."""
    found = scan(open_folder(location))
    groups: dict[str, list[Pulse]] = {"": [], **found.groups}
    return aggregate_groups(groups, min_group=min_group, weeks=weeks, invalid_files=found.invalid)
