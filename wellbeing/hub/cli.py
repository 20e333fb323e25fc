"""``wellbeing hub …``: the operator's command line, importable without Qt.

``add_hub_parser(subparsers)`` adds the ``hub`` command to the main parser
and ``run_hub(args)`` runs it: exit 0, 2 for bad input (one line on stderr,
nothing written), 1 for any other failure. ``main(argv)`` runs it alone
(``python -m wellbeing.hub``).

The database is ``--db URL``, else ``$WELLBEING_HUB_DB``, else SQLite in
the hub's data directory (``--hub-dir``, ``$WELLBEING_HUB_DIR``, else the
platform's data directory for ``wellbeing-hub``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.weeks import parse_week

Clock = Callable[[], datetime]


def add_hub_parser(subparsers: Any) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="SQLAlchemy URL (default: SQLite in the hub's data dir)")
    common.add_argument("--hub-dir", type=Path, help="the hub's data directory")
    hub: argparse.ArgumentParser = subparsers.add_parser(
        "hub", help="run and administer a team hub"
    )
    commands = hub.add_subparsers(dest="hub_command", required=True)

    serve = commands.add_parser("serve", parents=[common], help="serve the hub over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--cert", type=Path, help="TLS certificate (PEM)")
    serve.add_argument("--key", type=Path, help="TLS private key (PEM)")
    serve.add_argument("--behind-proxy", action="store_true", help="HTTPS ends at a local proxy")
    serve.add_argument("--access-log", action="store_true", help="log client addresses (warned)")

    init = commands.add_parser("init", parents=[common], help="set the hub up")
    init.add_argument("--operator", required=True, help="who runs the hub, as agents see it")

    team = commands.add_parser("team", help="teams").add_subparsers(dest="team_command")
    team.required = True
    add = team.add_parser("add", parents=[common], help="add a team or raise its k")
    add.add_argument("name")
    add.add_argument("--parent")
    add.add_argument("--min-group", type=int, help="k: fewest contributors shown (>= 5)")
    add.add_argument("--timezone", help="IANA time zone of the team's weeks (default UTC)")
    add.add_argument("--invites", type=int, default=0, help="also print N invitations")
    add.add_argument("--viewer", action="store_true", help="also print a viewer credential")

    invite = commands.add_parser("invite", parents=[common], help="single-use invitations")
    invite.add_argument("--team", required=True)
    invite.add_argument("--count", type=int, required=True)
    invite.add_argument("--expires", type=int, default=14, help="days (default 14)")

    viewer = commands.add_parser("viewer", help="lead credentials").add_subparsers(
        dest="viewer_command"
    )
    viewer.required = True
    vadd = viewer.add_parser("add", parents=[common], help="a viewer credential for a team")
    vadd.add_argument("--team", required=True)

    close = commands.add_parser("close", parents=[common], help="release a week now")
    close.add_argument("--team", required=True)
    close.add_argument("--week", required=True, help="like 2026-W47")

    commands.add_parser("status", parents=[common], help="counts only")
    return hub


def run_hub(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Run a parsed ``hub`` command; the exit status."""
    try:
        return _run(args, clock)
    except InvalidInput as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ImportError as error:
        print(f"error: the hub needs the wellbeing[hub] extra ({error.name})", file=sys.stderr)
        return 1
    except Exception as error:
        from wellbeing.hub.errors import HubError

        if isinstance(error, HubError):
            print(f"error: {error.message}", file=sys.stderr)
            return 2
        print(f"error: {type(error).__name__}: {error}".splitlines()[0], file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wellbeing")
    add_hub_parser(parser.add_subparsers(dest="command", required=True))
    return run_hub(parser.parse_args(argv), clock)


def database_url(args: argparse.Namespace) -> str:
    from wellbeing.hub.db import default_url

    if args.db:
        return str(args.db)
    if os.environ.get("WELLBEING_HUB_DB"):
        return os.environ["WELLBEING_HUB_DB"]
    hub_dir = args.hub_dir or os.environ.get("WELLBEING_HUB_DIR")
    if not hub_dir:
        import platformdirs

        hub_dir = platformdirs.user_data_dir("wellbeing-hub", appauthor=False)
    return default_url(Path(hub_dir))


def _team_add(engine: Any, args: argparse.Namespace, now: datetime) -> None:
    from wellbeing.hub import operator

    if args.invites:
        operator.check_count(args.invites, "--invites")
    said = operator.add_team(
        engine, args.name, parent=args.parent, k=args.min_group, timezone=args.timezone
    )
    print(said)
    for code in operator.invite(engine, args.name, args.invites, now) if args.invites else []:
        print(f"invitation: {code}")
    if args.viewer:
        print(f"viewer: {operator.add_viewer(engine, args.name)}")


def _run(args: argparse.Namespace, clock: Clock | None) -> int:
    from wellbeing.hub import operator
    from wellbeing.hub.db import open_engine
    from wellbeing.hub.service import Hub, utc_now

    now = clock or utc_now
    command = args.hub_command
    if command == "close":
        parse_week(args.week)
    engine = open_engine(database_url(args))
    try:
        hub = Hub(engine, now)
        if command == "serve":
            from wellbeing.hub.serve import ServeOptions, serve

            serve(
                hub,
                ServeOptions(
                    args.host, args.port, args.cert, args.key, args.behind_proxy, args.access_log
                ),
            )
        elif command == "init":
            operator.init(engine, args.operator)
            print(f"hub set up; agents will see it is run by: {hub.info()['operator']}")
        elif command == "team":
            _team_add(engine, args, now())
        elif command == "invite":
            print("\n".join(operator.invite(engine, args.team, args.count, now(), args.expires)))
        elif command == "viewer":
            print(operator.add_viewer(engine, args.team))
        elif command == "close":
            shown = hub.close(args.team, args.week)
            for team, is_shown in shown.items():
                print(
                    f"{args.week} {team}: {'released' if is_shown else 'not enough participants'}"
                )
        elif command == "status":
            print(json.dumps(operator.status(engine, now()), indent=2))
        return 0
    finally:
        engine.dispose()
