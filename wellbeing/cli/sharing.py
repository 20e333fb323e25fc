"""``wellbeing share on|preview|publish|off``: an agent's opt-in to a team hub.

``share on --hub URL --invite CODE`` enrols and shows who runs the hub, the
team, k and exactly what would be sent, and sends nothing; ``publish``
sends the finished weeks now; ``off`` retracts every pulse still open. The
folder mode is retired: ``share on --folder`` exits 2 saying why. Network
failures are exit 1 with the hub's own one-line message.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from wellbeing.cli.context import Context
from wellbeing.cli.output import warn
from wellbeing.core.errors import InvalidInput

if TYPE_CHECKING:
    from wellbeing.services.sharing import SharingService, Stopped

# The network client (urllib, ssl) is imported by the commands that use it:
# ``log-call``, run from a softphone's hook on every call, must not pay for it.

FOLDER_RETIRED = (
    "--folder: sharing through a shared folder is retired: whoever reads the folder can read "
    "and identify every pulse; ask for an invitation to a team hub and use "
    "`wellbeing share on --hub URL --invite CODE`"
)
RELEASED_NOTE = (
    "weeks already released exist only inside the team's aggregate figures; "
    "no pulse of yours is kept there"
)


class HubFailed(OSError):
    """The hub refused or could not be reached: exit 1 with its one line."""


def _service(ctx: Context) -> SharingService:
    from wellbeing.services.sharing import SharingService

    return SharingService(ctx.data_dir(), on_problem=warn)


def _print_pulses(pulses: list[dict[str, Any]]) -> None:
    print(json.dumps(pulses, indent=1))


def share_on(ctx: Context) -> int:
    from wellbeing.services.hub_client import HubError

    args = ctx.args
    if args.folder is not None:
        raise InvalidInput(FOLDER_RETIRED)
    if args.hub is None or args.invite is None:
        raise InvalidInput("share on: give --hub URL and --invite CODE")
    service = _service(ctx)
    try:
        enrolled = service.enroll(args.hub, args.invite)
    except HubError as error:
        raise HubFailed(f"enrolment failed: {error.message}") from None
    print(f"sharing is on with the hub at {enrolled.url}")
    print(f"operated by: {enrolled.operator}")
    print(f"team: {enrolled.team}")
    print(f"a week is shown only with at least {enrolled.k} contributors")
    pulses = service.preview(ctx.open_store().history(), ctx.now())
    if pulses:
        print(
            "nothing is sent yet; each finished week goes by itself at a random moment "
            "before it closes (or now with `wellbeing share publish`), exactly this:"
        )
        _print_pulses(pulses)
    else:
        print("nothing is sent yet: only finished weeks are sent, one at a time")
    return 0


def share_preview(ctx: Context) -> int:
    pulses = _service(ctx).preview(ctx.open_store().history(), ctx.now())
    if pulses:
        _print_pulses(pulses)
    else:
        print("nothing to send: every finished week still open has been sent")
    return 0


def share_publish(ctx: Context) -> int:
    from wellbeing.services.hub_client import HubError

    service = _service(ctx)
    try:
        published = service.publish(ctx.open_store().history(), ctx.now())
    except HubError as error:
        raise HubFailed(f"sending failed: {error.message}") from None
    for week in published.sent:
        print(f"sent {week}")
    for line in published.closed:
        warn(line)
    for week in published.waiting:
        print(f"{week} has not ended yet in the team's time zone; it goes later")
    if not (published.sent or published.closed or published.waiting):
        print("nothing to send: every finished week still open has been sent")
    return 0


def share_off(ctx: Context) -> int:
    from wellbeing.services.hub_client import HubError

    service = _service(ctx)
    state = service.state()
    if not state.enabled and not state.legacy_pulses:
        print("sharing is already off")
        return 0
    try:
        stopped = service.turn_off()
    except HubError as error:
        raise HubFailed(
            f"could not retract your open pulses ({error.message}); sharing stays on: "
            "run `wellbeing share off` again when the hub can be reached"
        ) from None
    print(describe_stop(stopped))
    return 0


def describe_stop(stopped: Stopped) -> str:
    parts = [f"sharing is off; retracted {stopped.retracted} open pulse(s)"]
    if stopped.old_files:
        parts.append(f"deleted {stopped.old_files} old pulse file(s) from the team folder")
    return "; ".join(parts) + "; " + RELEASED_NOTE


COMMANDS: Mapping[str, Callable[[Context], int]] = {
    "share on": share_on,
    "share preview": share_preview,
    "share publish": share_publish,
    "share off": share_off,
}
