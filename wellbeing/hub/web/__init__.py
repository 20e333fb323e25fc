"""The team lead's web page, served by the hub under ``/lead/``.

The hub includes ``routes(access, secure_cookies=...)`` in its Starlette app
and implements ``access.ViewerAccess`` (whose docstring fixes the shape of
the released figures). ``secure_cookies`` is True whenever the hub is not on
a loopback address, so the session cookie is only ever sent over HTTPS.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from wellbeing.hub.web.access import Viewer, ViewerAccess
from wellbeing.hub.web.pages import PREFIX, Pages
from wellbeing.hub.web.security import SecureStatic
from wellbeing.hub.web.sessions import Sessions

__all__ = ["PREFIX", "Viewer", "ViewerAccess", "routes"]


def routes(
    access: ViewerAccess,
    *,
    secure_cookies: bool,
    clock: Callable[[], float] = time.monotonic,
) -> list[BaseRoute]:
    """The page's routes and its static files; ``clock`` times sessions out."""
    pages = Pages(access, Sessions(clock), secure_cookies=secure_cookies)
    static = StaticFiles(directory=Path(__file__).with_name("static"))
    return [
        # The hub's own address leads to the page: a lead types only the host name.
        Route("/", pages.to_home, methods=["GET"]),
        Route(PREFIX, pages.home, methods=["GET"]),
        Route(PREFIX + "/", pages.home, methods=["GET"]),
        Route(PREFIX + "/sign-in", pages.sign_in, methods=["POST"]),
        Route(PREFIX + "/sign-out", pages.sign_out, methods=["POST"]),
        Route(PREFIX + "/teams/{team}", pages.team, methods=["GET"]),
        Route(PREFIX + "/teams/{team}/figures.csv", pages.csv, methods=["GET"]),
        Mount(PREFIX + "/static", app=SecureStatic(static), name="lead-static"),
    ]
