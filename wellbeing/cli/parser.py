"""The ``wellbeing`` command's arguments, checked before any command runs.

Numbers are plain ASCII digits and nothing else: ``int()`` also takes ``²``'s
neighbours such as ``٣`` and ``३``, signs and underscores, and a 5000-digit
string fails inside it; a script that sends any of those has a bug worth
hearing about, so each is refused here as bad usage (exit 2) before the data
directory is touched. Every bound is checked here too, so that a value too
far out for date arithmetic (``stats --days 1000000``) never reaches it.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import NoReturn

from wellbeing import __version__
from wellbeing.core.fields import DIFFICULTY_MAX, DIFFICULTY_MIN, MAX_DURATION_S, is_unicode
from wellbeing.core.tags import Tag
from wellbeing.hub.cli import add_hub_parser

MAX_DAYS = 100 * 366
"""``stats --days``: a century is more than any history; beyond it date
arithmetic overflows, so a bigger number is refused rather than guessed at."""
MAX_WEEKS = 100 * 53
_DIGITS = re.compile(r"[0-9]{1,18}")


class UsageError(Exception):
    """Bad usage found by argparse; carries its one-line message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type``: ASCII digits only, between ``low`` and ``high``."""

    def parse(text: str) -> int:
        if not _DIGITS.fullmatch(text):
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}")
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be {low} to {high}, got {value}")
        return value

    return parse


def not_empty(text: str) -> str:
    """A path given as ``--out=`` is a slip (an unset variable), not a wish for stdout."""
    if not text:
        raise argparse.ArgumentTypeError("empty path")
    return text


def unicode_text(text: str) -> str:
    """Text that will be stored and exported: bytes that were not UTF-8 in argv
    arrive as lone surrogates, which no export could write and no import read."""
    if not is_unicode(text):
        raise argparse.ArgumentTypeError("not valid UTF-8 text")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wellbeing",
        description="A private companion for contact-centre agents.",
    )
    parser.add_argument("--version", action="version", version=f"wellbeing {__version__}")
    parser.add_argument(
        "--data-dir",
        type=not_empty,
        help="where records live (default: $WELLBEING_DATA_DIR, "
        "else the platform's user data directory)",
    )
    parser.add_argument("--lang", help="language code for the windows (e.g. es, de, pseudo)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("run", help="start the tray app (the default)")
    _add_record_parsers(commands)
    on_call = commands.add_parser("on-call", help="tell the running app a call began or ended")
    on_call.add_argument("state", choices=["start", "end"])
    _add_call_parsers(commands)
    _add_share_parsers(commands)
    _add_team_parsers(commands)
    add_hub_parser(commands)
    _add_api_parsers(commands)
    return parser


def _add_api_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    api = commands.add_parser("api", help="the loopback API for browser agent desktops")
    actions = api.add_subparsers(
        dest="api_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    on = actions.add_parser("on", help="turn it on for the pages given")
    on.add_argument(
        "--origin",
        action="append",
        required=True,
        type=unicode_text,
        help="a page allowed to call it, e.g. https://example.my.connect.aws (repeatable)",
    )
    on.add_argument("--port", type=whole_number(1024, 65535), help="default 17733")
    actions.add_parser("off", help="turn it off (no port open)")
    token = actions.add_parser("token", help="print the token pages send")
    which = token.add_mutually_exclusive_group()
    which.add_argument("--new", action="store_true", help="replace it with a new one")
    which.add_argument(
        "--set", action="store_true", help="read the organisation's token from standard input"
    )


def _add_record_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    log = commands.add_parser("log-call", help="record a call that just ended")
    log.add_argument(
        "--difficulty",
        required=True,
        type=whole_number(DIFFICULTY_MIN, DIFFICULTY_MAX),
        help="1 routine … 5 severe",
    )
    log.add_argument(
        "--tag",
        action="append",
        default=[],
        choices=[t.value for t in Tag],
        metavar="TAG",
        help=f"repeatable; one of: {', '.join(t.value for t in Tag)}",
    )
    log.add_argument("--note", type=unicode_text, help="a private note")
    log.add_argument(
        "--duration", type=whole_number(0, MAX_DURATION_S), help="call length in seconds"
    )
    log.add_argument("--at", help="when the call ended (ISO 8601; default now)")

    stats = commands.add_parser("stats", help="totals, streaks and breaks")
    stats.add_argument("--days", type=whole_number(1, MAX_DAYS), help="only the last N days")
    stats.add_argument("--json", action="store_true", help="one JSON object on stdout")

    export = commands.add_parser("export", help="write every record to stdout or a file")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument(
        "--kind",
        choices=["calls", "breaks", "prompts", "reflections", "checkins"],
        default="calls",
        help="for CSV",
    )
    export.add_argument("--out", type=not_empty, help="a file to write instead of stdout")

    imp = commands.add_parser("import", help="merge records from an export file")
    imp.add_argument("--file", required=True, type=not_empty)

    purge = commands.add_parser("purge", help="delete every record")
    purge.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def _add_tag(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--tag",
        action="append",
        default=[],
        choices=[t.value for t in Tag],
        metavar="TAG",
        help=f"repeatable; one of: {', '.join(t.value for t in Tag)}",
    )


def _add_call_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    rate = commands.add_parser("rate-last", help="rate the last call not rated yet")
    rate.add_argument(
        "--difficulty",
        required=True,
        type=whole_number(DIFFICULTY_MIN, DIFFICULTY_MAX),
        help="1 routine … 5 severe",
    )
    _add_tag(rate)
    status = commands.add_parser("status", help="the running app's state")
    status.add_argument("--json", action="store_true", help="one JSON object on stdout")


def _add_share_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    share = commands.add_parser("share", help="opt in to a team hub, preview, publish, opt out")
    actions = share.add_subparsers(
        dest="share_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    share_on = actions.add_parser("on", help="enrol with a team hub (sends nothing yet)")
    share_on.add_argument("--hub", type=not_empty, help="the hub's https:// address")
    share_on.add_argument("--invite", type=not_empty, help="the invitation the operator gave you")
    share_on.add_argument("--folder", help=argparse.SUPPRESS)
    actions.add_parser("preview", help="show exactly what would be sent")
    actions.add_parser("publish", help="send the finished weeks now")
    actions.add_parser("off", help="stop sharing and retract the pulses still open")


def _add_team_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    team = commands.add_parser("team", help="the team lead's view of a team hub")
    team_actions = team.add_subparsers(
        dest="team_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    report = team_actions.add_parser("report", help="the released weekly figures")
    report.add_argument("--hub", required=True, type=not_empty, help="the hub's address")
    report.add_argument("--team", help="a team under yours (default: your own)")
    report.add_argument(
        "--weeks", type=whole_number(1, MAX_WEEKS), default=12, help="the N latest weeks"
    )
    report.add_argument(
        "--viewer-file",
        type=not_empty,
        help="a file holding the viewer credential (default: $WELLBEING_VIEWER)",
    )
    report.add_argument("--json", action="store_true", help="one JSON object on stdout")

    dashboard = team_actions.add_parser("dashboard", help="open the hub's lead page in a browser")
    dashboard.add_argument("--hub", required=True, type=not_empty, help="the hub's address")
