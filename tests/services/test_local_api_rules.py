"""The API's pure rules: origins as browsers send them, hosts, tokens, strict bodies."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core import api_rules as rules
from wellbeing.core.errors import InvalidInput


@pytest.mark.parametrize(
    ("given_origin", "sent"),
    [
        ("https://Example.my.connect.aws/", "https://example.my.connect.aws"),
        ("https://flex.twilio.com:443", "https://flex.twilio.com"),
        ("http://localhost:3000", "http://localhost:3000"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_an_origin_is_kept_as_a_browser_sends_it(given_origin: str, sent: str) -> None:
    assert rules.normalise_origin(given_origin) == sent


@pytest.mark.parametrize(
    "bad",
    ["null", "*", "https://", "https://a.example/ccp", "https://a.example?x=1", "file:///x", 3],
)
def test_anything_but_an_origin_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInput, match="api_origins"):
        rules.normalise_origin(bad)


def test_only_the_loopback_names_at_our_port_are_good_hosts() -> None:
    assert rules.host_allowed("[::1]:17733", 17733)
    assert not rules.host_allowed("[::1]:17734", 17733)
    assert not rules.host_allowed("127.0.0.1.evil.example:17733", 17733)
    assert not rules.host_allowed(None, 17733)


def test_the_token_comes_from_either_header_and_nothing_else() -> None:
    assert rules.token_of({"authorization": "Bearer abc"}) == "abc"
    assert rules.token_of({"authorization": "bearer  abc "}) == "abc"
    assert rules.token_of({"x-wellbeing-token": "abc"}) == "abc"
    assert rules.token_of({"authorization": "Basic abc"}) is None
    assert rules.token_of({"cookie": "token=abc"}) is None
    assert not rules.token_matches(None, "abc")
    assert not rules.token_matches("ab", "abc")
    assert rules.token_matches("abc", "abc")


@given(st.binary(max_size=300))
def test_any_body_is_either_an_end_or_one_clear_refusal(raw: bytes) -> None:
    try:
        end = rules.parse_end(rules.parse_body(raw))
    except InvalidInput as error:
        assert str(error)
    else:
        assert end.difficulty is None or 1 <= end.difficulty <= 5
