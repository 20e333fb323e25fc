"""The desktop's hub client: never a credential in clear over a network, one line per failure."""

from __future__ import annotations

import pytest
from hub_servers import free_port

from wellbeing.core.errors import InvalidInput
from wellbeing.services.hub_client import HubClient, HubError


@pytest.mark.parametrize("url", ["http://hub.example.com", "ftp://127.0.0.1", "hub.example.com"])
def test_only_https_or_loopback_http(url: str) -> None:
    with pytest.raises(InvalidInput):
        HubClient(url)


def test_https_and_loopback_are_accepted() -> None:
    assert HubClient("https://hub.example.com/").url == "https://hub.example.com"
    assert HubClient("http://[::1]:8470").url == "http://[::1]:8470"


def test_an_unreachable_hub_is_a_retryable_error() -> None:
    client = HubClient(f"http://127.0.0.1:{free_port()}", timeout=5)
    with pytest.raises(HubError) as error:
        client.info()
    assert error.value.status == 0 and error.value.retry
    assert "could not be reached" in error.value.message


def test_a_redirect_never_carries_the_credential_elsewhere() -> None:
    """A hub address that answers with a redirect (a misconfigured proxy) must not
    make the client send the agent's credential to the address it names."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    seen: list[str | None] = []

    class Elsewhere(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # urllib turns a POST answered 303 into a GET
            seen.append(self.headers.get("Authorization"))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    other = HTTPServer(("127.0.0.1", 0), Elsewhere)
    target = f"http://127.0.0.1:{other.server_address[1]}/v1/pulses"

    class Redirecting(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(303)
            self.send_header("Location", target)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    hub = HTTPServer(("127.0.0.1", 0), Redirecting)
    for server in (hub, other):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = HubClient(f"http://127.0.0.1:{hub.server_address[1]}")
        with pytest.raises(HubError) as refused:
            client.submit("wba_" + "s" * 32, {"week": "2026-W47"})
        assert refused.value.status == 303
        assert seen == []
    finally:
        for server in (hub, other):
            server.shutdown()
            server.server_close()
