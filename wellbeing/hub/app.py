"""The hub's HTTP face (Starlette): ``/v1/`` JSON routes that parse, call ``Hub``, answer.

Routes (DESIGN, "Protocol"): ``GET /v1/hub`` (who operates it),
``POST /v1/enroll``, ``POST /v1/pulses``, ``DELETE /v1/pulses/{receipt}``,
``GET /v1/teams`` (the viewer's teams) and ``GET /v1/teams/{team}/report``.
Bodies are read up to 4 KB and parsed strictly; every error is
``{"error": one line}`` with its status. No route returns a pulse.

The lead's web page (``wellbeing.hub.web``) is mounted when it is installed.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from wellbeing.core.hub_pulse import MAX_BODY, InvalidJson, parse_json
from wellbeing.hub.errors import HubError, Invalid, TooMany, Unauthorized
from wellbeing.hub.ratelimit import FailureLimit
from wellbeing.hub.service import Hub
from wellbeing.hub.viewers import HubViewers, Viewer

Handler = Callable[[Request], Awaitable[Response]]
HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def create_app(
    hub: Hub,
    *,
    secure_cookies: bool = False,
    close_every: timedelta | None = None,
) -> Starlette:
    """The ASGI app; ``close_every`` runs the due closes on a timer too (``serve``)."""
    limit = FailureLimit(hub.clock)
    api = _Api(hub, limit)
    routes: list[BaseRoute] = [
        Route("/v1/hub", api.guard(api.info), methods=["GET"]),
        Route("/v1/enroll", api.guard(api.enroll, limited=True), methods=["POST"]),
        Route("/v1/pulses", api.guard(api.submit), methods=["POST"]),
        Route("/v1/pulses/{receipt}", api.guard(api.retract), methods=["DELETE"]),
        Route("/v1/teams", api.guard(api.teams, limited=True), methods=["GET"]),
        Route("/v1/teams/{team}/report", api.guard(api.report, limited=True), methods=["GET"]),
    ]
    routes.extend(_web_routes(hub, secure_cookies))

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        task = None if close_every is None else asyncio.create_task(_closer(hub, close_every))
        try:
            yield
        finally:
            if task is not None:
                task.cancel()

    return Starlette(routes=routes, lifespan=lifespan)


def _web_routes(hub: Hub, secure_cookies: bool) -> list[BaseRoute]:
    try:
        from wellbeing.hub import web  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return []
    found: list[BaseRoute] = list(web.routes(HubViewers(hub), secure_cookies=secure_cookies))
    mount_static = getattr(web, "mount_static", None)
    if mount_static is not None:
        found.append(mount_static())
    return found


async def _closer(hub: Hub, every: timedelta) -> None:
    while True:
        await asyncio.sleep(every.total_seconds())
        try:
            await run_in_threadpool(hub.close_due)
        except Exception as error:  # the next round tries again; the operator is told
            print(f"error: closing due weeks failed: {error}".splitlines()[0], file=sys.stderr)


class _Api:
    def __init__(self, hub: Hub, limit: FailureLimit) -> None:
        self.hub = hub
        self.limit = limit

    def guard(self, handler: Handler, *, limited: bool = False) -> Handler:
        """``handler`` with its errors as JSON, and failures counted on ``limited`` routes.

        Limited are the routes that try an invitation or a viewer credential.
        Agents' pulses are not: a whole office behind one address with stale
        credentials must not lock everyone out, and a credential is 192
        random bits.
        """

        async def guarded(request: Request) -> Response:
            address = request.client.host if request.client else ""
            if limited and self.limit.blocked(address):
                return _error(TooMany("too many failed attempts: wait a few minutes"))
            try:
                return await handler(request)
            except HubError as error:
                if limited and isinstance(error, Unauthorized):
                    self.limit.failed(address)
                return _error(error)

        return guarded

    async def info(self, request: Request) -> Response:
        return _json(await run_in_threadpool(self.hub.info))

    async def enroll(self, request: Request) -> Response:
        body = await _body(request)
        if not isinstance(body, dict) or set(body) != {"invite"}:
            raise Invalid('body: expected exactly {"invite": "..."}')
        return _json(await run_in_threadpool(self.hub.enroll, body["invite"]), 201)

    async def submit(self, request: Request) -> Response:
        credential = _bearer(request)
        body = await _body(request)
        receipt = await run_in_threadpool(self.hub.submit, credential, body)
        return _json({"receipt": receipt}, 201)

    async def retract(self, request: Request) -> Response:
        credential = _bearer(request)
        await run_in_threadpool(self.hub.retract, credential, request.path_params["receipt"])
        return Response(status_code=204, headers=HEADERS)

    async def teams(self, request: Request) -> Response:
        viewer = await self._viewer(request)
        teams = await run_in_threadpool(self.hub.teams_for, viewer)
        return _json({"team": viewer.team, "teams": teams})

    async def report(self, request: Request) -> Response:
        viewer = await self._viewer(request)
        raw = request.query_params.get("weeks", "12")
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 4):
            raise Invalid(f"weeks: expected a whole number, got {raw!r}")
        team = request.path_params["team"]
        try:
            doc = await run_in_threadpool(self.hub.report, viewer, team, int(raw))
        except PermissionError as error:
            return _json({"error": str(error)}, 403)
        return _json(doc)

    async def _viewer(self, request: Request) -> Viewer:
        viewer = await run_in_threadpool(self.hub.viewer, _bearer(request))
        if viewer is None:
            raise Unauthorized("unknown viewer credential: ask the hub's operator for one")
        return viewer


def _bearer(request: Request) -> str:
    scheme, _, credential = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credential.strip():
        raise Unauthorized("a credential is required (Authorization: Bearer ...)")
    return credential.strip()


async def _body(request: Request) -> object:
    length = request.headers.get("content-length", "0")
    if not length.isdigit() or int(length) > MAX_BODY:
        raise Invalid(f"body: larger than {MAX_BODY} bytes")
    data = b""
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY:
            raise Invalid(f"body: larger than {MAX_BODY} bytes")
    try:
        return parse_json(data)
    except InvalidJson as error:
        raise Invalid(str(error)) from None


def _json(content: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(content, status_code=status, headers=HEADERS)


def _error(error: HubError) -> JSONResponse:
    headers = dict(HEADERS)
    if isinstance(error, Unauthorized):
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse({"error": error.message}, status_code=error.status, headers=headers)
