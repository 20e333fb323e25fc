"""``wellbeing share on|preview|publish|off``: an agent's opt-in to a team folder.

Like the record commands they validate before they write (a bad
``--folder`` exits 2 with nothing written, not even the data directory).
The folder-based sharing is to be replaced by a team hub, so this module
only moves it under the command line's one error path and clock.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from wellbeing.cli.context import Context
from wellbeing.cli.output import warn
from wellbeing.core.errors import InvalidInput

if TYPE_CHECKING:
    from wellbeing.services.sharing import SharingService


def _service(ctx: Context) -> SharingService:
    from wellbeing.services.sharing import SharingService

    return SharingService(ctx.data_dir(), on_problem=warn)


def _print_pulses(pulses: list[dict[str, object]]) -> None:
    print(json.dumps(pulses, indent=1))


def share_on(ctx: Context) -> int:
    service = _service(ctx)
    state = service.turn_on(ctx.args.folder)
    pulses = service.preview(ctx.open_store().history(), ctx.now())
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


def share_preview(ctx: Context) -> int:
    pulses = _service(ctx).preview(ctx.open_store().history(), ctx.now())
    if pulses:
        _print_pulses(pulses)
    else:
        print("nothing to share: every completed week with records has been shared")
    return 0


def share_publish(ctx: Context) -> int:
    service = _service(ctx)
    state = service.state()
    if not state.enabled:
        raise InvalidInput("sharing is off; turn it on with: wellbeing share on --folder DIR")
    written = service.publish(ctx.open_store().history(), ctx.now())
    if written:
        print(f"wrote {len(written)} pulse(s) to {state.folder}: {', '.join(written)}")
    else:
        print("nothing to share: every completed week with records has been shared")
    return 0


def share_off(ctx: Context) -> int:
    service = _service(ctx)
    state = service.state()
    if not state.enabled and not state.shared:
        print("sharing is already off")
        return 0
    deleted = service.turn_off()
    where = f" from {state.folder}" if state.folder else ""
    print(f"sharing is off; deleted {deleted} pulse(s) this machine wrote{where}")
    return 0


COMMANDS: Mapping[str, Callable[[Context], int]] = {
    "share on": share_on,
    "share preview": share_preview,
    "share publish": share_publish,
    "share off": share_off,
}
