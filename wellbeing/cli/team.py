"""``wellbeing team report|dashboard``: a team lead's view of a team hub.

Neither opens the data directory: a lead's machine needs no history of its
own. The viewer credential comes from ``--viewer-file`` or
``$WELLBEING_VIEWER``, never from the command line, where other users of the
machine could read it in the process list. ``dashboard`` opens the hub's
lead page in the default browser: the page is the one lead view.
"""

from __future__ import annotations

import json
import webbrowser
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from wellbeing.cli.context import Context
from wellbeing.cli.sharing import HubFailed
from wellbeing.core.errors import InvalidInput

VIEWER_ENV = "WELLBEING_VIEWER"
MAX_VIEWER_FILE = 4096


def viewer_credential(ctx: Context) -> str:
    path = ctx.args.viewer_file
    if path is not None:
        try:
            with Path(path).open("rb") as file:
                raw = file.read(MAX_VIEWER_FILE + 1)
        except OSError as error:
            raise InvalidInput(f"--viewer-file: {error.strerror or error}: {path}") from None
        if len(raw) > MAX_VIEWER_FILE:
            raise InvalidInput(f"--viewer-file: not a viewer credential: {path}")
        text = raw.decode("utf-8", errors="replace").strip()
    else:
        text = ctx.environ.get(VIEWER_ENV, "").strip()
    if not text:
        raise InvalidInput(
            f"team report: give the viewer credential in --viewer-file or ${VIEWER_ENV}"
        )
    return text


def team_report(ctx: Context) -> int:
    from wellbeing.services.hub_client import HubClient, HubError

    args = ctx.args
    client = HubClient(args.hub)
    viewer = viewer_credential(ctx)
    try:
        report = client.report(viewer, args.team, args.weeks)
    except HubError as error:
        raise HubFailed(f"the hub refused the report: {error.message}") from None
    print(json.dumps(report, indent=1) if args.json else as_text(report))
    return 0


def as_text(report: Mapping[str, Any]) -> str:
    lines = [f"team {report.get('team')} (weeks shown from {report.get('min_group')} contributors)"]
    weeks = report.get("weeks") or []
    if not weeks:
        lines.append("no week released yet")
    for week in weeks:
        if not week.get("shown"):
            lines.append(f"{week.get('week')}: not enough participants")
            continue
        lines.append(f"{week.get('week')}: {week.get('contributors')} contributors")
        for name, value in sorted((week.get("indicators") or {}).items()):
            lines.append(f"  {name}: {_figure(value)}")
    return "\n".join(lines)


def _figure(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict):
        return ", ".join(f"{k} {_figure(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " / ".join(_figure(v) for v in value)
    return str(value)


def team_dashboard(ctx: Context) -> int:
    """Open the hub's lead page; the lead signs in there with the viewer credential."""
    from wellbeing.services.hub_client import check_url

    url = check_url(ctx.args.hub) + "/lead/"
    if not webbrowser.open(url):
        print(f"open this address in a browser: {url}")
    else:
        print(f"opened {url} in the browser")
    return 0


COMMANDS: Mapping[str, Callable[[Context], int]] = {
    "team report": team_report,
    "team dashboard": team_dashboard,
}
