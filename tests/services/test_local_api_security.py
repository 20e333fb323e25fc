"""The loopback API against the web: only the allowed page, with the token, gets in.

A real server on a free loopback port, spoken to in raw HTTP so each test
chooses every header (a rebinding ``Host``, a form post, a chunked body).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_api_http import ALLOWED, EVIL, free_port, good_headers, request
from pytestqt.qtbot import QtBot

from wellbeing.core.api_rules import CallEnd
from wellbeing.core.settings import Settings
from wellbeing.core.tags import Tag
from wellbeing.services.local_api import token as tokens
from wellbeing.services.local_api.controller import LocalApi


@pytest.fixture
def api(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[LocalApi, int, str]]:
    port = free_port()
    controller = LocalApi(tmp_path)
    controller.apply(Settings(api_enabled=True, api_port=port, api_origins=(ALLOWED,)))
    assert controller.port == port
    try:
        yield controller, port, tokens.read_token(tmp_path) or ""
    finally:
        controller.stop()


def test_the_allowed_page_with_the_token_starts_a_call(
    api: tuple[LocalApi, int, str], qtbot: QtBot
) -> None:
    controller, port, token = api
    with qtbot.waitSignal(controller.start_requested):
        answer = request(port, "POST", "/v1/call/start", headers=good_headers(token), body=b"{}")
    assert answer.status == 202
    assert answer.headers["access-control-allow-origin"] == ALLOWED
    assert "set-cookie" not in answer.headers


def test_the_custom_header_carries_the_token_too(
    api: tuple[LocalApi, int, str], qtbot: QtBot
) -> None:
    controller, port, token = api
    headers = {"X-Wellbeing-Token": token, "Content-Type": "application/json"}
    body = b'{"difficulty": 4, "tags": ["escalated"], "duration_s": 300}'
    with qtbot.waitSignal(controller.end_requested) as ended:
        assert request(port, "POST", "/v1/call/end", headers=headers, body=body).status == 202
    assert ended.args == [CallEnd(4, (Tag.ESCALATED,), 300)]


@pytest.mark.parametrize("token", [None, "", "wrong-token-of-the-same-length-xx", "Bearer"])
def test_a_request_without_the_right_token_is_refused(
    api: tuple[LocalApi, int, str], qtbot: QtBot, token: str | None
) -> None:
    controller, port, _ = api
    headers = {"Content-Type": "application/json", "Origin": ALLOWED}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    with qtbot.assertNotEmitted(controller.start_requested, wait=50):
        assert request(port, "POST", "/v1/call/start", headers=headers, body=b"{}").status == 401


@pytest.mark.parametrize(
    "host",
    [None, "evil.example", "evil.example:{port}", "127.0.0.1", "127.0.0.1:1", "0.0.0.0:{port}"],
)
def test_a_rebinding_host_is_refused_even_with_the_token(
    api: tuple[LocalApi, int, str], qtbot: QtBot, host: str | None
) -> None:
    controller, port, token = api
    headers = good_headers(token, origin=None)
    with qtbot.assertNotEmitted(controller.start_requested, wait=50):
        answer = request(
            port,
            "POST",
            "/v1/call/start",
            headers=headers,
            body=b"{}",
            host="" if host is None else host.format(port=port),
        )
    assert answer.status in (421, 403)


@pytest.mark.parametrize("host", ["localhost:{port}", "LOCALHOST:{port}", "[::1]:{port}"])
def test_every_loopback_name_is_a_good_host(api: tuple[LocalApi, int, str], host: str) -> None:
    _, port, token = api
    answer = request(
        port,
        "POST",
        "/v1/call/start",
        headers=good_headers(token),
        body=b"",
        host=host.format(port=port),
    )
    assert answer.status == 202


@pytest.mark.parametrize(
    "origin", [EVIL, "null", ALLOWED + ":8443", "http://example.my.connect.aws"]
)
def test_another_origin_is_refused_and_told_nothing(
    api: tuple[LocalApi, int, str], qtbot: QtBot, origin: str
) -> None:
    controller, port, token = api
    with qtbot.assertNotEmitted(controller.start_requested, wait=50):
        answer = request(
            port, "POST", "/v1/call/start", headers=good_headers(token, origin), body=b"{}"
        )
    assert answer.status == 403
    assert "access-control-allow-origin" not in answer.headers


def test_a_preflight_is_answered_for_the_allowed_origin_with_private_network(
    api: tuple[LocalApi, int, str],
) -> None:
    _, port, _ = api
    asks = {
        "Origin": ALLOWED,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
        "Access-Control-Request-Private-Network": "true",
    }
    answer = request(port, "OPTIONS", "/v1/call/start", headers=asks)
    assert answer.status == 204
    assert answer.headers["access-control-allow-origin"] == ALLOWED
    assert answer.headers["access-control-allow-private-network"] == "true"
    assert "Authorization" in answer.headers["access-control-allow-headers"]
    assert "access-control-allow-credentials" not in answer.headers
    without = request(port, "OPTIONS", "/v1/call/start", headers={"Origin": ALLOWED})
    assert "access-control-allow-private-network" not in without.headers


def test_a_preflight_from_another_origin_gets_no_cors_headers(
    api: tuple[LocalApi, int, str],
) -> None:
    _, port, _ = api
    asks = {"Origin": EVIL, "Access-Control-Request-Private-Network": "true"}
    answer = request(port, "OPTIONS", "/v1/call/start", headers=asks)
    assert answer.status == 403
    assert not [name for name in answer.headers if name.startswith("access-control-")]
    without = request(port, "OPTIONS", "/v1/call/start", headers={})
    assert without.status == 403
    assert not [name for name in without.headers if name.startswith("access-control-")]


def test_a_cross_site_form_post_is_refused(api: tuple[LocalApi, int, str], qtbot: QtBot) -> None:
    """What a form on any page can send: a simple request, no custom header."""
    controller, port, token = api
    form = {"Origin": EVIL, "Content-Type": "application/x-www-form-urlencoded"}
    same = {"Origin": ALLOWED, "Content-Type": "text/plain"}
    with qtbot.assertNotEmitted(controller.end_requested, wait=50):
        assert (
            request(port, "POST", "/v1/call/end", headers=form, body=b"difficulty=5").status == 403
        )
        assert request(port, "POST", "/v1/call/end", headers=same, body=b"{}").status == 401
        typed = {**same, "Authorization": f"Bearer {token}"}
        assert request(port, "POST", "/v1/call/end", headers=typed, body=b"{}").status == 415


def test_a_large_body_is_refused_before_it_is_read(api: tuple[LocalApi, int, str]) -> None:
    _, port, token = api
    headers = {**good_headers(token), "Content-Length": "5000"}
    answer = request(port, "POST", "/v1/call/end", headers=headers, body=b"{")
    assert answer.status == 413


def test_a_chunked_body_is_refused(api: tuple[LocalApi, int, str]) -> None:
    _, port, token = api
    headers = {**good_headers(token), "Transfer-Encoding": "chunked"}
    answer = request(port, "POST", "/v1/call/end", headers=headers, body=b"2\r\n{}\r\n0\r\n\r\n")
    assert answer.status == 411


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b'{"difficulty": 4, "difficulty": 1}', 400),
        (b'{"duration_s": NaN}', 400),
        (b"[4]", 422),
        (b'{"difficulty": "4"}', 422),
        (b'{"difficulty": 6}', 422),
        (b'{"difficulty": true}', 422),
        (b'{"duration_s": 86401}', 422),
        (b'{"difficulty": 2, "tags": ["rude"]}', 422),
        (b'{"note": "the caller said her name was Ada"}', 422),
    ],
)
def test_a_bad_body_is_refused_with_log_calls_rules(
    api: tuple[LocalApi, int, str], qtbot: QtBot, body: bytes, status: int
) -> None:
    controller, port, token = api
    with qtbot.assertNotEmitted(controller.end_requested, wait=50):
        answer = request(port, "POST", "/v1/call/end", headers=good_headers(token), body=body)
    assert answer.status == status, answer.body


def test_the_log_never_holds_a_body(
    api: tuple[LocalApi, int, str], caplog: pytest.LogCaptureFixture
) -> None:
    _, port, token = api
    secret = b'{"note": "the caller said her name was Ada"}'
    with caplog.at_level(logging.DEBUG, logger="wellbeing.api"):
        request(port, "POST", "/v1/call/end", headers=good_headers(token), body=secret)
        request(port, "POST", "/v1/call/end", headers=good_headers(token), body=b"{}")
    assert caplog.records, "the access is logged"
    assert not [r for r in caplog.records if "Ada" in r.getMessage() or token in r.getMessage()]


def test_routes_and_methods(api: tuple[LocalApi, int, str]) -> None:
    _, port, token = api
    assert request(port, "POST", "/v1/nothing", headers=good_headers(token), body=b"").status == 404
    assert request(port, "GET", "/v1/call/start", headers=good_headers(token)).status == 405


def test_it_listens_on_the_loopback_only(api: tuple[LocalApi, int, str]) -> None:
    controller, port, _ = api
    bound = {server.server_address[0] for server in controller._server._servers}
    assert bound <= {"127.0.0.1", "::1"}
    other = _outside_address()
    if other is not None:
        with socket.socket() as sock, pytest.raises(OSError):
            sock.settimeout(1)
            sock.connect((other, port))


def _outside_address() -> str | None:
    """An address of this machine that is not the loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # no packet is sent
        except OSError:
            return None
        address: str = sock.getsockname()[0]
    return None if address.startswith("127.") else address


def test_a_flood_is_answered_429_and_the_allowed_page_keeps_its_own_bucket(tmp_path: Path) -> None:
    from wellbeing.services.local_api.server import ApiConfig, ApiServer

    delivered: list[str] = []
    config = ApiConfig(
        free_port(), "t" * 32, frozenset({ALLOWED}), lambda kind, *_: delivered.append(kind)
    )
    config.monotonic = lambda: 100.0  # time stands still: no bucket refills
    server = ApiServer(config)
    server.start()
    try:
        port = server.port
        flood = [request(port, "POST", "/v1/call/start", body=b"{}").status for _ in range(12)]
        assert flood[:10] == [401] * 10
        assert flood[10:] == [429, 429]
        page = request(port, "POST", "/v1/call/start", headers=good_headers("t" * 32), body=b"{}")
        assert page.status == 202
        assert delivered == ["start"]
    finally:
        server.close()


def test_a_broken_request_line_gets_a_short_answer(api: tuple[LocalApi, int, str]) -> None:
    _, port, _ = api
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 400")
    assert b"NONSENSE" not in answer


def test_the_ipv6_loopback_answers_too(api: tuple[LocalApi, int, str]) -> None:
    controller, port, token = api
    if not any(server.address_family == socket.AF_INET6 for server in controller._server._servers):
        pytest.skip("this machine has no IPv6 loopback")
    answer = request(
        port,
        "POST",
        "/v1/call/start",
        headers=good_headers(token),
        body=b"{}",
        host=f"[::1]:{port}",
        address="::1",
    )
    assert answer.status == 202


def test_a_port_taken_by_another_program_is_told_and_nothing_is_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        controller = LocalApi(tmp_path)
        with qtbot.waitSignal(controller.failed) as failed:
            controller.apply(Settings(api_enabled=True, api_port=port))
    assert str(port) in failed.args[0]
    assert controller.port is None


def test_the_api_opens_again_on_its_port_right_after_it_served(
    api: tuple[LocalApi, int, str],
) -> None:
    controller, port, token = api
    assert request(port, "POST", "/v1/call/start", body=b"{}").status == 401  # server closes
    controller.stop()
    controller.apply(Settings(api_enabled=True, api_port=port, api_origins=(ALLOWED,)))
    assert controller.port == port
    assert (
        request(port, "POST", "/v1/call/start", headers=good_headers(token), body=b"").status == 202
    )


def test_a_request_still_running_at_quit_signals_nothing() -> None:
    """A request that passed every check just as the app closed the API must not
    reach the app, which may be tearing down the objects it would signal."""
    from wellbeing.services.local_api.server import ApiConfig, ApiServer

    delivered: list[str] = []
    config = ApiConfig(0, "t" * 32, frozenset(), lambda kind, *_: delivered.append(kind))
    api = ApiServer(config)
    api.start()
    assert config.hand_over("start", None, None)
    api.close()
    assert not config.hand_over("end", None, None)
    assert delivered == ["start"]
