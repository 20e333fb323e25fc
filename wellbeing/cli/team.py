"""``wellbeing team report|dashboard``: a team lead's view of a team folder.

Neither opens the data directory: a team lead's machine needs no history of
its own. ``dashboard`` checks ``--min-group`` and the folder here, without
Qt, so a bad argument is exit 2 before a window toolkit is even loaded; only
then does it hand over to the window. The folder-based team view is to be
replaced by a team hub, so it is moved here as it was, not polished.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from wellbeing.cli.app import open_dashboard
from wellbeing.cli.context import Context


def team_report(ctx: Context) -> int:
    from wellbeing.core.team import check_min_group
    from wellbeing.services.team_folder import report

    args = ctx.args
    check_min_group(args.min_group)
    team = report(args.folder, min_group=args.min_group, weeks=args.weeks)[""]
    print(team.to_json() if args.json else team.to_text())
    return 0


def team_dashboard(ctx: Context) -> int:
    from wellbeing.core.team import check_min_group
    from wellbeing.services.team_folder import open_folder

    args = ctx.args
    check_min_group(args.min_group)
    location = open_folder(args.folder).location
    return open_dashboard(location, args.min_group, args.lang)


COMMANDS: Mapping[str, Callable[[Context], int]] = {
    "team report": team_report,
    "team dashboard": team_dashboard,
}
