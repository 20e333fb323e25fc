"""``main``: parse, pick the command, and turn whatever it raises into an exit code.

This is the command line's one error path. Bad usage and bad input
(``InvalidInput``, which the domain raises before anything is written) are
exit 2; a store that cannot be used, a hub that refuses or cannot be reached, or a tray app
that is not running are exit 1; so is anything unforeseen, still as one
line, because a traceback tells a script's author nothing they can act on.
A reader that stops early (``wellbeing export | head``) ends the command
quietly, as it ends any Unix tool.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence

from wellbeing.cli import api, app, calls, hub, records, sharing, team
from wellbeing.cli.context import Context
from wellbeing.cli.output import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    fail,
)
from wellbeing.cli.parser import UsageError, build_parser
from wellbeing.core.errors import InvalidInput
from wellbeing.services.clock import Clock, SystemClock
from wellbeing.store.errors import StoreError

COMMANDS: Mapping[str, Callable[[Context], int]] = {
    **records.COMMANDS,
    **sharing.COMMANDS,
    **team.COMMANDS,
    **app.COMMANDS,
    **calls.COMMANDS,
    **api.COMMANDS,
}


def main(
    argv: Sequence[str] | None = None,
    *,
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Run one command; its exit code (0 ok, 2 bad usage or input, 1 other failure).

    ``clock`` and ``environ`` default to the real ones; tests pass their own
    so that a command runs at a known moment against a known data directory.
    """
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except UsageError as error:
        return fail(EXIT_USAGE, str(error))
    ctx = Context(args, os.environ if environ is None else environ, clock or SystemClock())
    if args.command == "hub":
        return hub.run(ctx)
    words = (args.command or "run", getattr(args, "share_command", None))
    more = (getattr(args, "team_command", None), getattr(args, "api_command", None))
    name = " ".join(w for w in (*words, *more) if w)
    return _run(COMMANDS[name], ctx)


def _run(command: Callable[[Context], int], ctx: Context) -> int:
    try:
        code = command(ctx)
        if sys.stdout is not None:  # None in a windowed app, which has no console
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except InvalidInput as error:
        return fail(EXIT_USAGE, str(error))
    except (app.NotRunning, StoreError, OSError) as error:  # HubFailed is an OSError
        return fail(EXIT_FAILURE, str(error))
    except Exception as error:
        return fail(EXIT_FAILURE, f"unexpected {type(error).__name__}: {error}")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return code


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush finds no closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # stdout is not a real file (a test's capture): nothing will flush into a pipe
