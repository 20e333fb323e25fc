"""The headless commands behind ``wellbeing``: validate first, then touch the store.

Every command parses and validates all of its input before it opens the
store, so bad input writes nothing (not even the data directory). Warnings
from the store (a corrupt file moved aside) go to stderr as they happen, and
the command goes on with what it can read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from wellbeing.core.errors import InvalidInput
from wellbeing.core.exchange import parse_export_text
from wellbeing.core.fields import parse_local_time
from wellbeing.core.records import Call, Source
from wellbeing.core.stats import summarize
from wellbeing.services.export import export_text, export_to_file
from wellbeing.store.paths import resolve_data_dir
from wellbeing.store.store import Store

IMPORT_SIZE_LIMIT = 512 * 1024 * 1024
"""An export of decades of history stays far below this; a bigger file is
not an export, and reading it whole could exhaust memory."""


class NotRunning(Exception):
    """The tray app is not running, so there is nothing to tell."""


def now() -> datetime:
    return datetime.now().astimezone()


def _warn(message: str) -> None:
    print(f"wellbeing: warning: {message}", file=sys.stderr)


def open_store(args: argparse.Namespace, environ: Mapping[str, str]) -> Store:
    return Store.open(resolve_data_dir(args.data_dir, environ), on_problem=_warn)


def dispatch(command: str, args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    handlers = {
        "log-call": log_call,
        "stats": stats,
        "export": export,
        "import": import_,
        "purge": purge,
        "on-call": on_call,
    }
    return handlers[command](args, environ)


def local_zone() -> tzinfo:
    """The machine's zone with its daylight-saving rules, so a skipped hour is caught.

    A ``TZ`` that names no zone of the database falls back to today's offset.
    """
    import tzlocal

    try:
        return tzlocal.get_localzone()
    except (LookupError, ValueError, OSError):
        return now().tzinfo or UTC


def parse_at(text: str | None, at: datetime) -> datetime:
    """``--at``: an ISO 8601 time; one without an offset is taken as local time."""
    if text is None:
        return at
    return parse_local_time(text, "--at", zone=local_zone(), now=at)


def log_call(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    duration = args.duration
    if duration is not None and not duration.strip().isdigit():
        raise InvalidInput(f"--duration: expected whole seconds, got {duration!r}")
    moment = now()
    call = Call.create(
        ended_at=parse_at(args.at, moment),
        difficulty=args.difficulty,
        tags=args.tag,
        duration_s=duration,
        note=args.note,
        source=Source.CLI,
        now=moment,
    )
    open_store(args, environ).calls.add(call)
    print(call.id)
    return 0


def stats(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    store = open_store(args, environ)
    summary = summarize(store.history(), now(), args.days)
    if args.json:
        print(json.dumps(summary.to_dict()))
    else:
        print(summary.to_text())
    return 0


def export(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    out = Path(args.out) if args.out else None
    if out is not None and out.is_dir():
        raise InvalidInput(f"--out: is a directory: {out}")
    history = open_store(args, environ).history()
    if out is None:
        sys.stdout.write(export_text(history, args.format, args.kind))
    else:
        export_to_file(history, out, args.format, args.kind)
    return 0


def import_(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    path = Path(args.file)
    try:
        if path.stat().st_size > IMPORT_SIZE_LIMIT:
            raise InvalidInput(f"--file: too large to be an export: {path}")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"--file: no such file: {path}") from None
    except (UnicodeDecodeError, IsADirectoryError):
        raise InvalidInput(f"--file: not a wellbeing export: {path}") from None
    history = parse_export_text(text, now())
    added = open_store(args, environ).import_history(history)
    total = sum(len(getattr(history, kind)) for kind in added)
    print(
        f"imported {sum(added.values())} of {total} records "
        f"({', '.join(f'{kind} {count}' for kind, count in added.items())}); "
        "the others were already here"
    )
    return 0


def purge(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    if not args.yes:
        raise InvalidInput("purge deletes every record; add --yes to confirm")
    from wellbeing.services.sharing import SharingService, TeamFolderUnavailable

    store = open_store(args, environ)
    unreachable = None
    try:
        retracted = SharingService(store.data_dir, on_problem=_warn).retract_all()
    except TeamFolderUnavailable as error:
        unreachable = error  # the records go anyway; the pulses wait for `share off`
    store.purge()
    if unreachable is not None:
        raise TeamFolderUnavailable(
            f"deleted every record, but {unreachable}; sharing is off: run "
            "`wellbeing share off` to delete your pulses once the folder is reachable"
        )
    print(f"deleted every record{f' and {retracted} shared pulse(s)' if retracted else ''}")
    return 0


def on_call(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from wellbeing.services.ipc_client import send

    data_dir = resolve_data_dir(args.data_dir, environ)
    if not send(data_dir, {"on_call": args.state == "start"}):
        raise NotRunning("the wellbeing tray app is not running for this data directory")
    return 0
