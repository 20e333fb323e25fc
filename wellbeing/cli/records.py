"""``log-call``, ``stats``, ``export``, ``import``, ``purge``: the agent's records.

Every command parses and validates all of its input before it opens the
store, so bad input writes nothing (not even the data directory). Warnings
from the store (a corrupt file moved aside) go to stderr as they happen, and
the command goes on with what it can read.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.cli.context import Context, tell_app
from wellbeing.cli.output import warn
from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import parse_local_time
from wellbeing.core.rating import RATE_WINDOW, log_or_rate
from wellbeing.core.records import Call, Source

if TYPE_CHECKING:
    from wellbeing.core.stats import Stats
    from wellbeing.store.store import Store

# Each command imports what only it needs inside its function: ``log-call``,
# run from a softphone's hook on every call, must not pay for stats, export
# and sharing.

IMPORT_SIZE_LIMIT = 512 * 1024 * 1024
"""An export of decades of history stays far below this; a bigger file is
not an export, and reading it whole could exhaust memory."""
_CHUNK = 1024 * 1024


def local_zone(fallback: datetime) -> tzinfo:
    """The machine's zone with its daylight-saving rules, so a skipped hour is caught.

    A ``TZ`` that names no zone of the database falls back to the offset of
    ``fallback`` (the command's own moment).
    """
    import tzlocal

    try:
        return tzlocal.get_localzone()
    except (LookupError, ValueError, OSError):
        return fallback.tzinfo or UTC


def parse_at(text: str | None, ctx: Context) -> datetime:
    """``--at``: an ISO 8601 time; one without an offset is taken as local time."""
    moment = ctx.now()
    if text is None:
        return moment
    return parse_local_time(text, "--at", zone=local_zone(moment), now=moment)


def log_call(ctx: Context) -> int:
    """Record a call; without ``--at``, rate a detected call that ended in the
    last five minutes instead (core.rating). Input is checked before the store opens."""
    args = ctx.args
    call = Call.create(
        ended_at=parse_at(args.at, ctx),
        difficulty=args.difficulty,
        tags=args.tag,
        duration_s=args.duration,
        note=args.note,
        source=Source.CLI,
        now=ctx.now(),
    )
    store = ctx.open_store()
    now = ctx.now()
    recent = store.calls.between(now - RATE_WINDOW, None)
    write = log_or_rate(recent, call, now, backdated=args.at is not None)
    if write.rates:
        store.calls.update(write.call)
    else:
        store.calls.add(write.call)
    print(write.call.id)
    return 0


def summarize(store: Store, now: datetime, days: int | None) -> Stats:
    """The stats from the week summaries; the window's records for ``--days``."""
    from wellbeing.core.errors import InvalidInput
    from wellbeing.core.settings import Settings
    from wellbeing.core.shift import shift_gap
    from wellbeing.core.stats import from_totals, since_of, summarize_window
    from wellbeing.core.summary import streaks

    try:  # the agent's own shift gap, as the tray counts streaks
        gap = shift_gap(Settings.from_dict(store.load_settings()))
    except InvalidInput:
        gap = shift_gap(Settings())
    since = since_of(now, days)
    totals = store.totals()
    if since is None:
        return from_totals(totals, now, gap)
    window = store.history(since, None)
    return summarize_window(window, now, days, streaks(totals, now, gap)[0], gap)


def stats(ctx: Context) -> int:
    summary = summarize(ctx.open_store(), ctx.now(), ctx.args.days)
    print(json.dumps(summary.to_dict()) if ctx.args.json else summary.to_text())
    return 0


def export(ctx: Context) -> int:
    out = Path(ctx.args.out) if ctx.args.out is not None else None
    if out is not None:
        if out.is_dir():
            raise InvalidInput(f"--out: is a directory: {out}")
        if not out.parent.is_dir():
            raise InvalidInput(f"--out: no such directory: {out.parent}")
    from wellbeing.services.export import export_text, export_to_file

    history = ctx.open_store().history()
    if out is None:
        sys.stdout.write(export_text(history, ctx.args.format, ctx.args.kind))
    else:
        export_to_file(history, out, ctx.args.format, ctx.args.kind)
    return 0


def import_(ctx: Context) -> int:
    from wellbeing.core.exchange import parse_export_text

    path = Path(ctx.args.file)
    history = parse_export_text(read_export_file(path), ctx.now())
    added = ctx.open_store().import_history(history)
    total = sum(len(getattr(history, kind)) for kind in added)
    print(
        f"imported {sum(added.values())} of {total} records "
        f"({', '.join(f'{kind} {count}' for kind, count in added.items())}); "
        "the others were already here"
    )
    return 0


def read_export_file(path: Path, limit: int = IMPORT_SIZE_LIMIT) -> str:
    """The text of ``path`` if it is a regular file of at most ``limit`` bytes.

    A device (``/dev/zero``), a FIFO or a directory is refused at once: the
    file is opened without blocking (a FIFO with no writer would hang) and
    checked with ``fstat`` on the open descriptor, so a symlink swapped in
    between cannot slip past. ``st_size`` is only a hint (a file can grow
    while it is read), so the read itself stops after ``limit + 1`` bytes.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InvalidInput(f"--file: no such file: {path}") from None
    except (IsADirectoryError, PermissionError) as error:
        raise InvalidInput(f"--file: cannot read {path}: {error.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InvalidInput(f"--file: not a regular file: {path}")
    with os.fdopen(fd, "rb") as file:
        data = _read_at_most(file.read, limit + 1)
    if len(data) > limit:
        raise InvalidInput(f"--file: too large to be an export: {path}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"--file: not a wellbeing export: {path}") from None


def _read_at_most(read: Callable[[int], bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = read(min(left, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _tell_app_purged(data_dir: Path) -> None:
    """A running app lets go of the rest and the offers it drew from the records.
    The records are gone either way, so a failure here is a warning."""
    try:
        tell_app(data_dir, {"purged": True})
    except OSError as error:
        warn(f"the running app was not told: {error}")


def purge(ctx: Context) -> int:
    if not ctx.args.yes:
        raise InvalidInput("purge deletes every record; add --yes to confirm")
    from wellbeing.services.hub_client import HubError
    from wellbeing.services.old_pulses import FolderUnreachable
    from wellbeing.services.sharing import SharingService

    store = ctx.open_store()
    problem: str | None = None
    retracted = 0
    try:
        retracted = SharingService(store.data_dir, on_problem=warn).retract_all().retracted
    except HubError as error:
        problem = error.message  # the records go anyway; the pulses wait for `share off`
    except FolderUnreachable as error:
        problem = str(error)
    store.purge()
    _tell_app_purged(store.data_dir)
    if problem is not None:
        raise OSError(
            f"deleted every record, but could not retract your shared pulses ({problem}); "
            "run `wellbeing share off` once the hub or folder can be reached"
        )
    print(
        f"deleted every record{f' and retracted {retracted} shared pulse(s)' if retracted else ''}"
    )
    return 0


COMMANDS: Mapping[str, Callable[[Context], int]] = {
    "log-call": log_call,
    "stats": stats,
    "export": export,
    "import": import_,
    "purge": purge,
}
