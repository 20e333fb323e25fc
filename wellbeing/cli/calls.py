"""``rate-last`` and ``status``: the calls the app saw, from a script or a key.

``rate-last`` works through the store, so it needs no running app (a
desktop keyboard shortcut runs it; on Wayland no app may grab keys, so the
desktop's own shortcut settings are the way). A running app notices the
rated call within two seconds, as it notices ``log-call``. ``status`` asks
the running app over its local socket. Neither imports Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from wellbeing.cli.app import NotRunning
from wellbeing.cli.context import Context
from wellbeing.core.errors import InvalidInput
from wellbeing.core.rating import last_unrated, rate
from wellbeing.core.status import status_text


def rate_last(ctx: Context) -> int:
    store = ctx.open_store()
    call = last_unrated(store.history().calls)
    if call is None:
        raise InvalidInput("rate-last: no call is waiting for a rating")
    rated = rate(call, ctx.args.difficulty, ctx.args.tag)
    store.calls.update(rated)
    print(rated.id)
    return 0


def status(ctx: Context) -> int:
    from wellbeing.services.ipc_client import ask

    document = ask(ctx.data_dir(), {"request": "status"})
    if document is None or "error" in document:
        raise NotRunning("the wellbeing tray app is not running for this data directory")
    print(json.dumps(document) if ctx.args.json else status_text(document))
    return 0


COMMANDS: Mapping[str, Callable[[Context], int]] = {"rate-last": rate_last, "status": status}
