"""The names inside a data directory, and making its folders private.

```
<data dir>/            0700
  meta.json            {"schema": 1}
  settings.json        the settings dict
  sharing.json         the sharing state (sharing_state.py)
  reflection-drafts.json  reflections being written, by call (drafts.py)
  .lock                filelock's lock file: the one lock for every change here
  calls/2026-W47.json  one TinyDB file per kind and ISO week, 0600
  breaks/ prompts/ reflections/ checkins/
  summaries/calls.json, calls-<token>.events: the week summaries behind `stats`
```

A file that did not parse sits beside the original as
``<name>.corrupt-<time>``; a leftover ``.<name>.tmp-<pid>-<random>`` is a
write that a crash interrupted and is removed at the next open.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from wellbeing.store.files import CORRUPT_MARK, is_temp_name
from wellbeing.store.weeks import week_monday

META = "meta.json"
SETTINGS = "settings.json"
DRAFTS = "reflection-drafts.json"
KINDS = ("calls", "breaks", "prompts", "reflections", "checkins")
SUMMARIES = "summaries"
DIR_MODE = 0o700


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` 0700, or take group and others' access away (POSIX).

    Permissions are only ever narrowed: a folder the user made 0500 (read
    only) stays 0500, a 0750 one becomes 0700, none is made writable.
    """
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name != "posix":
        return
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & ~DIR_MODE:
        folder.chmod(mode & DIR_MODE)


def folders(root: Path) -> Iterator[Path]:
    """The data directory, each kind's folder and the summaries' folder that exist."""
    yield root
    for kind in (*KINDS, SUMMARIES):
        if (root / kind).is_dir():
            yield root / kind


def temp_files(root: Path) -> Iterator[Path]:
    for folder in folders(root):
        yield from (path for path in folder.iterdir() if is_temp_name(path.name))


def has_data(root: Path) -> bool:
    """Whether any record or the settings are stored (to tell old from new)."""
    if (root / SETTINGS).exists():
        return True
    return any(
        week_monday(path.name) is not None
        for kind in KINDS
        if (root / kind).is_dir()
        for path in (root / kind).iterdir()
    )


def private_files(root: Path) -> Iterator[Path]:
    """Every file that holds the agent's records or settings, as purge removes them.

    Only names the store writes are listed, so a data directory that the
    user pointed at a busy folder loses nothing else; a folder is never
    listed, whatever its name.
    """
    for folder in folders(root):
        for path in folder.iterdir():
            name = path.name
            if path.is_dir() and not path.is_symlink():
                continue
            if is_temp_name(name):
                yield path
            elif folder == root:
                if name in (SETTINGS, DRAFTS) or name.startswith(SETTINGS + CORRUPT_MARK):
                    yield path
            elif folder.name == SUMMARIES:
                if name.endswith((".json", ".events")):
                    yield path
            elif week_monday(name.split(CORRUPT_MARK)[0]) is not None:
                yield path
