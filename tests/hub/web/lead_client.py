"""Clients of the lead's page over a fake hub, in process (Starlette's TestClient).

A module of its own, not ``conftest``: the hub's tests import their own
``conftest`` by name, and two modules of that name would shadow each other.
"""

from __future__ import annotations

import re

from lead_fakes import CREDENTIALS, FakeAccess
from starlette.applications import Starlette
from starlette.testclient import TestClient

from wellbeing.hub.web import routes

BILLING_KEY = next(k for k, team in CREDENTIALS.items() if team == "Billing")
DEPARTMENT_KEY = next(k for k, team in CREDENTIALS.items() if team == "Customer Care")


class Clock:
    """A settable monotonic clock for session expiry."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no form token"
    return found.group(1)


def make_client(
    access: FakeAccess | None = None, *, secure: bool = False, clock: Clock | None = None
) -> TestClient:
    app = Starlette(
        routes=routes(access or FakeAccess(), secure_cookies=secure, clock=clock or Clock())
    )
    scheme = "https" if secure else "http"
    return TestClient(app, base_url=f"{scheme}://127.0.0.1", follow_redirects=False)


def sign_in(client: TestClient, credential: str, language: str = "en") -> str:
    """Signs ``client`` in; returns the page the hub redirected to."""
    token = csrf_of(client.get("/lead/", headers={"Accept-Language": language}).text)
    response = client.post("/lead/sign-in", data={"csrf": token, "credential": credential})
    assert response.status_code == 303, response.text
    return str(response.headers["location"])


def signed_in(credential: str = BILLING_KEY, access: FakeAccess | None = None) -> TestClient:
    """A client already signed in with ``credential``."""
    client = make_client(access)
    sign_in(client, credential)
    return client
