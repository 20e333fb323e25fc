"""Failed attempts slow guessing, and never lock out someone who has not failed."""

from __future__ import annotations

from datetime import UTC, datetime

from wellbeing.hub.ratelimit import FailureLimit

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


def test_an_address_that_keeps_failing_is_refused() -> None:
    limit = FailureLimit(lambda: NOW, per_address=3, overall=100)
    for _ in range(3):
        assert not limit.blocked("10.0.0.1")
        limit.failed("10.0.0.1")
    assert limit.blocked("10.0.0.1")
    assert not limit.blocked("10.0.0.2")


def test_failing_on_purpose_from_many_addresses_locks_nobody_else_out() -> None:
    """Twenty addresses fail ten times each: the overall count is reached, yet an
    agent or a lead who never failed still gets in; a guesser who failed does not."""
    limit = FailureLimit(lambda: NOW, per_address=10, overall=200)
    for n in range(20):
        for _ in range(10):
            limit.failed(f"2001:db8::{n}")
    assert not limit.blocked("192.0.2.7")
    limit.failed("192.0.2.8")
    assert limit.blocked("192.0.2.8")
