"""Signing in and out of the lead's page: cookies, form tokens, expiry, 403."""

from __future__ import annotations

import pytest
from lead_client import BILLING_KEY, DEPARTMENT_KEY, Clock, csrf_of, make_client, sign_in, signed_in
from starlette.testclient import TestClient

from wellbeing.hub.web.limits import MAX_FAILURES, WINDOW_S
from wellbeing.hub.web.sessions import LIFETIME_S

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


def test_signing_in_leads_to_the_viewers_team_and_sets_a_strict_session_cookie() -> None:
    client = make_client(secure=True)
    token = csrf_of(client.get("/lead/").text)
    response = client.post("/lead/sign-in", data={"csrf": token, "credential": BILLING_KEY})
    assert response.status_code == 303
    assert response.headers["location"] == "/lead/teams/Billing"
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith("__Host-wellbeing_lead=")
    )
    flags = [part.strip().lower() for part in cookie.split(";")]
    assert {"httponly", "secure", "samesite=strict", "path=/"} <= set(flags)
    assert f"max-age={LIFETIME_S}" in flags
    assert BILLING_KEY not in response.headers.get("location", "")
    assert all(BILLING_KEY not in c for c in response.headers.get_list("set-cookie"))
    assert client.get("/lead/teams/Billing").status_code == 200


def test_on_loopback_without_https_the_cookie_is_not_marked_secure() -> None:
    client = make_client(secure=False)
    token = csrf_of(client.get("/lead/").text)
    response = client.post("/lead/sign-in", data={"csrf": token, "credential": BILLING_KEY})
    cookie = next(c for c in response.headers.get_list("set-cookie") if "wellbeing_lead=" in c)
    assert "secure" not in cookie.lower()
    assert "samesite=strict" in cookie.lower() and "httponly" in cookie.lower()


def test_the_sign_in_form_posts_the_credential_and_never_puts_it_in_a_url() -> None:
    html = make_client().get("/lead/").text
    assert 'method="post"' in html and 'type="password"' in html


def test_an_unknown_credential_is_refused_and_opens_no_session() -> None:
    client = make_client()
    token = csrf_of(client.get("/lead/").text)
    response = client.post("/lead/sign-in", data={"csrf": token, "credential": "guess"})
    assert response.status_code == 401
    assert "not known to the hub" in response.text
    assert client.get("/lead/teams/Billing").status_code == 303


def test_a_sign_in_without_the_form_token_is_refused() -> None:
    client = make_client()
    client.get("/lead/")
    response = client.post("/lead/sign-in", data={"csrf": "forged", "credential": BILLING_KEY})
    assert response.status_code == 403
    assert client.get("/lead/teams/Billing").status_code == 303


def test_a_cross_site_sign_in_with_an_empty_token_and_no_cookie_is_refused() -> None:
    """Login CSRF: a page elsewhere posts the attacker's viewer credential with an
    empty token; a browser that never opened the page has no cookie to match."""
    client = make_client()
    response = client.post("/lead/sign-in", data={"csrf": "", "credential": BILLING_KEY})
    assert response.status_code == 403
    assert client.get("/lead/teams/Billing").status_code == 303


def test_pages_without_a_session_send_the_browser_to_sign_in() -> None:
    client = make_client()
    for path in ("/lead/teams/Billing", "/lead/teams/Billing/figures.csv"):
        response = client.get(path)
        assert response.status_code == 303
        assert response.headers["location"] == "/lead/"


def test_a_viewer_cannot_open_a_team_outside_their_tree() -> None:
    client = signed_in(BILLING_KEY)
    for path in (
        "/lead/teams/Sales",
        "/lead/teams/Customer%20Care",
        "/lead/teams/Tech%20Support/figures.csv",
        "/lead/teams/No%20such%20team",
    ):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "not yours to see" in response.text


def test_a_department_viewer_sees_the_department_and_its_teams_only() -> None:
    client = signed_in(DEPARTMENT_KEY)
    page = client.get("/lead/teams/Customer%20Care")
    assert page.status_code == 200
    assert 'href="/lead/teams/Billing"' in page.text
    assert 'href="/lead/teams/Tech%20Support"' in page.text
    assert "Sales" not in page.text
    assert client.get("/lead/teams/Tech%20Support").status_code == 200
    assert client.get("/lead/teams/Sales").status_code == 403


def test_signing_out_ends_the_session_and_needs_the_form_token() -> None:
    client = make_client()
    sign_in(client, BILLING_KEY)
    page = client.get("/lead/teams/Billing").text
    assert client.post("/lead/sign-out", data={"csrf": "forged"}).status_code == 403
    assert client.get("/lead/teams/Billing").status_code == 200
    response = client.post("/lead/sign-out", data={"csrf": csrf_of(page)})
    assert response.status_code == 303
    assert client.get("/lead/teams/Billing").status_code == 303


def test_a_stolen_session_id_is_useless_after_sign_out() -> None:
    client = make_client()
    sign_in(client, BILLING_KEY)
    session_id = client.cookies["wellbeing_lead"]
    client.post("/lead/sign-out", data={"csrf": csrf_of(client.get("/lead/teams/Billing").text)})
    other = TestClient(client.app, base_url="http://127.0.0.1", follow_redirects=False)
    other.cookies.set("wellbeing_lead", session_id)
    assert other.get("/lead/teams/Billing").status_code == 303


def test_a_session_expires_after_its_lifetime() -> None:
    clock = Clock()
    client = make_client(clock=clock)
    sign_in(client, BILLING_KEY)
    clock.now += LIFETIME_S - 1
    assert client.get("/lead/teams/Billing").status_code == 200
    clock.now += 1
    assert client.get("/lead/teams/Billing").status_code == 303


def test_every_answer_carries_a_strict_content_security_policy() -> None:
    client = signed_in()
    for path in ("/lead/", "/lead/teams/Billing", "/lead/teams/Sales", "/lead/static/lead.css"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in csp
        assert "style-src 'self'" in csp and "unsafe-inline" not in csp
        assert "script-src" not in csp  # falls back to default-src 'none': no script at all
        assert "frame-ancestors 'none'" in csp
    page = client.get("/lead/teams/Billing")
    assert page.headers["cache-control"] == "no-store"
    assert "<script" not in page.text and "style=" not in page.text and "<style" not in page.text


def test_many_wrong_credentials_from_one_address_are_slowed_down() -> None:
    clock = Clock()
    client = make_client(clock=clock)
    token = csrf_of(client.get("/lead/").text)
    for _ in range(MAX_FAILURES):
        wrong = client.post("/lead/sign-in", data={"csrf": token, "credential": "guess"})
        assert wrong.status_code == 401
        token = csrf_of(wrong.text)
    refused = client.post("/lead/sign-in", data={"csrf": token, "credential": BILLING_KEY})
    assert refused.status_code == 429
    assert "Too many wrong credentials" in refused.text
    clock.now += WINDOW_S + 1
    token = csrf_of(client.get("/lead/").text)
    right = client.post("/lead/sign-in", data={"csrf": token, "credential": BILLING_KEY})
    assert right.status_code == 303


def test_the_hubs_own_address_leads_to_the_sign_in_page() -> None:
    client = make_client()
    response = client.get("/")
    assert response.status_code == 303 and response.headers["location"] == "/lead/"
    assert "Viewer credential" in client.get("/lead").text
