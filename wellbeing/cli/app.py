"""``wellbeing run``, ``on-call`` and the hand-over to the windows.

This is the only module of the command line that reaches the Qt side, and
it does so inside a function, after the arguments are checked: importing
the command line must not load Qt, so that ``log-call`` from a softphone's
hook starts in a blink and works on a machine with no display.
``pyproject.toml``'s import contracts allow exactly these hand-overs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from wellbeing.cli.context import Context


class NotRunning(Exception):
    """The tray app is not running, so there is nothing to tell."""


def run(ctx: Context) -> int:
    """Start the tray app; it reads its own clock, as a long-running app must."""
    from wellbeing import app as tray_app

    return tray_app.run(ctx.args)


def on_call(ctx: Context) -> int:
    """Tell the running app a call began or ended, over its local socket (no Qt here)."""
    from wellbeing.services.ipc_client import send

    if not send(ctx.data_dir(), {"on_call": ctx.args.state == "start"}):
        raise NotRunning("the wellbeing tray app is not running for this data directory")
    return 0


COMMANDS: Mapping[str, Callable[[Context], int]] = {"run": run, "on-call": on_call}
