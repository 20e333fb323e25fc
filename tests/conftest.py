"""Shared test set-up: every test runs offscreen and in a private data directory."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# --- servers CI must have ------------------------------------------------------
# A test that needs a server (PostgreSQL, ...) skips with "server missing:" in its
# reason when the machine lacks it; CI sets WELLBEING_REQUIRE_SERVERS=1 so that
# such a skip fails instead of hiding a test that never ran.


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and os.environ.get("WELLBEING_REQUIRE_SERVERS") == "1":
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        if "server missing:" in reason:
            report.outcome = "failed"
            report.longrepr = f"WELLBEING_REQUIRE_SERVERS=1, but {reason}"
    return None
