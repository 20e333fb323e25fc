"""``wellbeing share …`` and ``wellbeing team report``: sharing from the terminal.

Like the other headless commands they validate before they write (a bad
``--folder`` or ``--min-group`` exits 2 with nothing written, not even the
data directory) and never import Qt. ``team report`` does not open the data
directory at all: a team lead's machine needs no history of its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping

from wellbeing.core.errors import InvalidInput
from wellbeing.services.sharing import SharingService
from wellbeing.store.paths import resolve_data_dir


def dispatch(command: str, args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    if command == "team":
        return {"report": team_report}[args.team_command](args)
    service = SharingService(resolve_data_dir(args.data_dir, environ), on_problem=_warn)
    handlers = {
        "on": share_on,
        "preview": share_preview,
        "publish": share_publish,
        "off": share_off,
    }
    return handlers[args.share_command](service, args, environ)


def _warn(message: str) -> None:
    print(f"wellbeing: warning: {message}", file=sys.stderr)


def _print_pulses(pulses: list[dict[str, object]]) -> None:
    print(json.dumps(pulses, indent=1))


def share_on(service: SharingService, args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from wellbeing.commands import now, open_store

    state = service.turn_on(args.folder)
    pulses = service.preview(open_store(args, environ).history(), now())
    print(f"sharing is on: weekly pulses go to {state.folder}")
    if pulses:
        print(
            f"{len(pulses)} completed week(s) are ready to share; `wellbeing share publish` "
            "writes them now (tokens are drawn afresh), exactly this and nothing else:"
        )
        _print_pulses(pulses)
    else:
        print("nothing to share yet: pulses are written for completed weeks only")
    return 0


def share_preview(
    service: SharingService, args: argparse.Namespace, environ: Mapping[str, str]
) -> int:
    from wellbeing.commands import now, open_store

    pulses = service.preview(open_store(args, environ).history(), now())
    if pulses:
        _print_pulses(pulses)
    else:
        print("nothing to share: every completed week with records has been shared")
    return 0


def share_publish(
    service: SharingService, args: argparse.Namespace, environ: Mapping[str, str]
) -> int:
    from wellbeing.commands import now, open_store

    state = service.state()
    if not state.enabled:
        raise InvalidInput("sharing is off; turn it on with: wellbeing share on --folder DIR")
    written = service.publish(open_store(args, environ).history(), now())
    if written:
        print(f"wrote {len(written)} pulse(s) to {state.folder}: {', '.join(written)}")
    else:
        print("nothing to share: every completed week with records has been shared")
    return 0


def share_off(service: SharingService, args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    state = service.state()
    if not state.enabled and not state.shared:
        print("sharing is already off")
        return 0
    deleted = service.turn_off()
    where = f" from {state.folder}" if state.folder else ""
    print(f"sharing is off; deleted {deleted} pulse(s) this machine wrote{where}")
    return 0


def team_report(args: argparse.Namespace) -> int:
    from wellbeing.core.team import check_min_group
    from wellbeing.services.team_folder import report

    check_min_group(args.min_group)
    team = report(args.folder, min_group=args.min_group, weeks=args.weeks)[""]
    print(team.to_json() if args.json else team.to_text())
    return 0
