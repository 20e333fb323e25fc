"""``api on|off|token``: the loopback API for browser agent desktops, from a terminal.

``api on`` and ``api off`` change the saved settings, exactly as the
Settings dialog would, and tell a running app to apply them (over its
local socket, ``{"settings_changed": true}``); an app that is not running
applies them at its next start. ``--origin`` gives the whole allowlist
(repeat it for several pages). ``api token`` prints the token a page sends,
making one if there is none; ``--new`` replaces it (pages must then be
given the new one); ``--set`` reads an organisation's token from standard
input. No Qt here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

from wellbeing.cli.context import Context, tell_app
from wellbeing.core.settings import Settings
from wellbeing.services.local_api import token as tokens


def _change(ctx: Context, **changes: object) -> tuple[Settings, bool]:
    """Save the changed settings; whether a running app was told."""
    store = ctx.open_store()
    settings = Settings.from_dict(store.load_settings()).replace(**changes)
    store.save_settings(settings.to_dict())
    return settings, tell_app(ctx.data_dir(), {"settings_changed": True})


def api_on(ctx: Context) -> int:
    changes: dict[str, object] = {"api_enabled": True, "api_origins": tuple(ctx.args.origin)}
    if ctx.args.port is not None:
        changes["api_port"] = ctx.args.port
    Settings().replace(**changes)  # refuse a bad origin before the store is opened
    settings, told = _change(ctx, **changes)
    tokens.load_or_create(ctx.data_dir())
    print(f"The local API is on at http://127.0.0.1:{settings.api_port}/v1/")
    print(f"Pages allowed: {', '.join(settings.api_origins)}")
    print("The token: wellbeing api token")
    if not told:
        print("wellbeing is not running: the API opens when it starts.")
    return 0


def api_off(ctx: Context) -> int:
    _change(ctx, api_enabled=False)
    print("The local API is off.")
    return 0


def api_token(ctx: Context) -> int:
    data_dir = ctx.data_dir()
    given = tokens.check_token(sys.stdin.readline()) if ctx.args.set else None
    ctx.open_store()  # makes the data directory private before a secret goes in it
    if given is not None:
        tokens.save_token(data_dir, given)
        print("The token is saved.")
    else:
        print(tokens.new_token(data_dir) if ctx.args.new else tokens.load_or_create(data_dir))
    if given is not None or ctx.args.new:
        tell_app(data_dir, {"settings_changed": True})  # a running API takes the new token
    return 0


COMMANDS: Mapping[str, Callable[[Context], int]] = {
    "api on": api_on,
    "api off": api_off,
    "api token": api_token,
}
