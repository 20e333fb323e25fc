"""The app's wiring: the lead's web page when it is installed, and the timed close in serve."""

from __future__ import annotations

import asyncio
import sys
import types
from datetime import timedelta
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import BaseRoute, Route
from starlette.testclient import TestClient

import wellbeing.hub
from wellbeing.hub.app import _closer, create_app
from wellbeing.hub.service import Hub
from wellbeing.hub.viewers import ViewerAccess


def test_the_web_page_is_mounted_when_installed(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def routes(access: ViewerAccess, *, secure_cookies: bool) -> list[BaseRoute]:
        seen["access"], seen["secure"] = access, secure_cookies

        async def page(request: Request) -> PlainTextResponse:
            viewer = access.authenticate(request.query_params["v"])
            return PlainTextResponse("none" if viewer is None else viewer.team)

        return [Route("/", page)]

    web = types.ModuleType("wellbeing.hub.web")
    web.routes = routes  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wellbeing.hub.web", web)
    monkeypatch.setattr(wellbeing.hub, "web", web, raising=False)
    client = TestClient(create_app(hub, secure_cookies=True))
    assert seen["secure"] is True
    assert client.get("/", params={"v": "wbv_" + "0" * 32}).text == "none"
    assert client.get("/v1/hub").json()["operator"] == "Works council, Lyon site"


def test_the_timed_close_goes_on_after_a_failure(capsys: pytest.CaptureFixture[str]) -> None:
    class Flaky:
        def __init__(self, loop: asyncio.AbstractEventLoop, done: asyncio.Event) -> None:
            self.calls, self.loop, self.done = 0, loop, done

        def close_due(self) -> None:
            self.calls += 1
            if self.calls == 1:
                raise RuntimeError("the database went away")
            self.loop.call_soon_threadsafe(self.done.set)

    async def run() -> int:
        done = asyncio.Event()
        flaky = Flaky(asyncio.get_running_loop(), done)
        task = asyncio.create_task(_closer(flaky, timedelta(0)))  # type: ignore[arg-type]
        await asyncio.wait_for(done.wait(), timeout=30)
        task.cancel()
        return flaky.calls

    assert asyncio.run(run()) == 2
    assert "closing due weeks failed: the database went away" in capsys.readouterr().err
