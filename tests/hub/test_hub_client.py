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
