"""The ``wellbeing`` command: the tray app's entry point and the headless commands.

Commands that need no window (``log-call``, ``stats``, ``export``, ``import``,
``purge``, ``share``, ``team report``) never import Qt, so they start fast on a
server or from a softphone's hook script. Exit codes are a contract: 0 ok, 2 bad usage or bad
input (one line on stderr, nothing written), 1 any other failure.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from wellbeing import __version__
from wellbeing.core.errors import InvalidInput
from wellbeing.core.tags import Tag

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage found by argparse; carries its one-line message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wellbeing",
        description="A private companion for contact-centre agents.",
    )
    parser.add_argument("--version", action="version", version=f"wellbeing {__version__}")
    parser.add_argument(
        "--data-dir",
        help="where records live (default: $WELLBEING_DATA_DIR, "
        "else the platform's user data directory)",
    )
    parser.add_argument("--lang", help="language code for the windows (e.g. es, de, pseudo)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("run", help="start the tray app (the default)")

    log = commands.add_parser("log-call", help="record a call that just ended")
    log.add_argument("--difficulty", required=True, help="1 routine … 5 severe")
    log.add_argument(
        "--tag",
        action="append",
        default=[],
        choices=[t.value for t in Tag],
        metavar="TAG",
        help=f"repeatable; one of: {', '.join(t.value for t in Tag)}",
    )
    log.add_argument("--note", help="a private note")
    log.add_argument("--duration", help="call length in seconds")
    log.add_argument("--at", help="when the call ended (ISO 8601; default now)")

    stats = commands.add_parser("stats", help="totals, streaks and breaks")
    stats.add_argument("--days", type=_positive_int, help="only the last N days")
    stats.add_argument("--json", action="store_true", help="one JSON object on stdout")

    export = commands.add_parser("export", help="write every record to stdout or a file")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument(
        "--kind",
        choices=["calls", "breaks", "prompts", "reflections", "checkins"],
        default="calls",
        help="for CSV",
    )
    export.add_argument("--out", help="a file to write instead of stdout")

    imp = commands.add_parser("import", help="merge records from an export file")
    imp.add_argument("--file", required=True)

    purge = commands.add_parser("purge", help="delete every record")
    purge.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    on_call = commands.add_parser("on-call", help="tell the running app a call began or ended")
    on_call.add_argument("state", choices=["start", "end"])

    _add_share_parsers(commands)
    return parser


def _add_share_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    share = commands.add_parser("share", help="opt in to a team folder, preview, publish, opt out")
    actions = share.add_subparsers(
        dest="share_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    share_on = actions.add_parser("on", help="share weekly numbers with a team folder")
    share_on.add_argument("--folder", required=True, help="a path, or an fsspec URL")
    actions.add_parser("preview", help="show exactly what would be shared")
    actions.add_parser("publish", help="write the pulses of completed weeks now")
    actions.add_parser("off", help="stop sharing and delete this machine's pulses")

    team = commands.add_parser("team", help="the team lead's view of a team folder")
    team_actions = team.add_subparsers(
        dest="team_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    # `team dashboard` (a window) is routed to the Qt side in main() before
    # `team` reaches share_commands.
    report = team_actions.add_parser("report", help="weekly team figures in the terminal")
    report.add_argument("--folder", required=True, help="a path, or an fsspec URL")
    report.add_argument("--weeks", type=_positive_int, help="only the N latest weeks")
    report.add_argument(
        "--min-group",
        type=_whole_number,
        default=5,
        metavar="K",
        help="contributors needed to show a week (default 5, never below 3)",
    )
    report.add_argument("--json", action="store_true", help="one JSON object on stdout")

    dashboard = team_actions.add_parser("dashboard", help="a window: weekly table and trends")
    dashboard.add_argument("--folder", required=True, help="a path, or an fsspec URL")
    dashboard.add_argument(
        "--min-group",
        type=_whole_number,
        default=5,
        metavar="K",
        help="contributors needed to show a week (default 5, never below 3)",
    )


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
    except UsageError as error:
        return _fail(EXIT_USAGE, str(error))
    command = args.command or "run"
    if command == "run":
        return _run_app(args)
    if command == "team" and args.team_command == "dashboard":
        return _run_dashboard(args)

    from wellbeing import commands
    from wellbeing.store.store import StoreError

    try:
        if command in ("share", "team"):
            from wellbeing import share_commands

            return share_commands.dispatch(command, args, os.environ)
        return commands.dispatch(command, args, os.environ)
    except InvalidInput as error:
        return _fail(EXIT_USAGE, str(error))
    except commands.NotRunning as error:
        return _fail(EXIT_FAILURE, str(error))
    except (StoreError, OSError) as error:
        return _fail(EXIT_FAILURE, str(error))


def _run_app(args: argparse.Namespace) -> int:
    from wellbeing.app import run

    return run(args)


def _run_dashboard(args: argparse.Namespace) -> int:
    """Check ``--min-group`` and the folder without Qt; only then import it."""
    from wellbeing.core.team import check_min_group
    from wellbeing.services.team_folder import open_folder

    try:
        check_min_group(args.min_group)
        location = open_folder(args.folder).location
    except InvalidInput as error:
        return _fail(EXIT_USAGE, str(error))
    from wellbeing.dashboard import run_dashboard

    return run_dashboard(location, args.min_group, args.lang)


def _fail(code: int, message: str) -> int:
    print(f"wellbeing: error: {message}", file=sys.stderr)
    return code
