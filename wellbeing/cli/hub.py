"""``wellbeing hub …``: the operator's commands, handed to ``wellbeing.hub.cli``.

The hub's libraries (Starlette, uvicorn, SQLAlchemy) come with the
``wellbeing[hub]`` extra, which an agent's desktop does not install: they
are looked for before anything runs, so a missing extra is one line, not a
traceback, and importing the command line never loads them.
"""

from __future__ import annotations

import importlib.util

from wellbeing.cli.context import Context
from wellbeing.cli.output import EXIT_FAILURE, fail

HUB_LIBRARIES = ("starlette", "uvicorn", "sqlalchemy")


def run(ctx: Context) -> int:
    missing = [name for name in HUB_LIBRARIES if importlib.util.find_spec(name) is None]
    if missing:
        return fail(
            EXIT_FAILURE,
            f"`wellbeing hub` needs the hub's libraries ({', '.join(missing)} missing): "
            "install them with: pip install 'wellbeing[hub]'",
        )
    from wellbeing.hub.cli import run_hub

    return run_hub(ctx.args, ctx.clock.now)
