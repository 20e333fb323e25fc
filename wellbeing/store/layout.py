"""The names inside a data directory, and making its folders private.

Every name the desktop app and the ``wellbeing`` command line write into
the data directory is defined here and nowhere else: a module that writes a
file here takes its name from this one, so ``private_files`` (what "Delete
all my data" and ``purge --yes`` remove) cannot miss a file added later.

```
<data dir>/            0700
  meta.json            {"schema": 1}
  settings.json        the settings dict
  sharing.json         the sharing state (sharing_state.py)
  reflection-drafts.json  reflections being written, by call (drafts.py)
  rest.json            the end of "End my shift"'s rest (services/rest_state.py)
  api-token            the loopback API's access key (services/local_api/token.py)
  notices.json         notices already said once (services/said_notices.py)
  .lock                the lock file of the one lock for every change here (lock.py)
  .instance.lock       held by the running tray app (services/instance.py)
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
SHARING = "sharing.json"
DRAFTS = "reflection-drafts.json"
REST = "rest.json"
API_TOKEN = "api-token"
NOTICES = "notices.json"
LOCK = ".lock"
INSTANCE_LOCK = ".instance.lock"
KINDS = ("calls", "breaks", "prompts", "reflections", "checkins")
SUMMARIES = "summaries"
EVENTS_SUFFIX = ".events"
PERSONAL = (SETTINGS, DRAFTS, REST)
"""The files beside the records that say something about the agent: purged."""
KEPT = (META, SHARING, API_TOKEN, NOTICES, LOCK, INSTANCE_LOCK)
"""The files of the data directory that ``purge`` leaves (see ``private_files``)."""
MOVED_ASIDE = (*PERSONAL, META, SHARING, API_TOKEN)
"""The files whose unreadable copies (``<name>.corrupt-<time>``) ``purge`` removes."""
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
    """Every file that holds something the agent recorded, as purge removes them.

    "Delete all my data" promises that every call, break, reflection and
    check-in goes, and anything shared is withdrawn. What each name here
    becomes:

    - removed: the week files of every kind (``calls/`` ... ``checkins/``),
      the week summaries and their events (``summaries/``, counts derived
      from the records), ``settings.json``, ``reflection-drafts.json``
      (reflections half written), ``rest.json`` (when the agent ended the
      shift), every ``*.corrupt-*`` copy of a name the store writes (an
      unreadable copy still holds what it held, ``sharing.json``'s
      credential and receipts included), and every leftover temp file;
    - kept, as machinery that records nothing about the agent: ``meta.json``
      (the schema the directory follows), ``.lock`` and ``.instance.lock``
      (empty lock files, held while this runs), and ``api-token`` (a random
      access key the agent's browser page, or the organisation's deployment,
      holds: removing it would only cut off the page while the app runs),
      and ``notices.json`` (which machine notices, such as "calls are not
      detected here", were already said);
    - ``sharing.json`` is not listed: it holds the credential and the
      receipts that withdraw the shared pulses, so the sharing service
      deletes it itself once they are withdrawn
      (``SharingService.retract_all``); until then it stays, so that
      ``share off`` can finish the withdrawal later.

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
                original = name.split(CORRUPT_MARK)[0]
                if name in PERSONAL or (original != name and original in MOVED_ASIDE):
                    yield path
            elif folder.name == SUMMARIES:
                if name.endswith((".json", EVENTS_SUFFIX)):
                    yield path
            elif week_monday(name.split(CORRUPT_MARK)[0]) is not None:
                yield path
