"""The lead's page in a real browser: Debian's Chromium against a real uvicorn.

Signs in as a department's lead, sees the charts and the notice, switches
to a team, downloads the CSV, signs out; and checks that the browser never
asked any other host for anything (the hub may have no internet, and a
lead's browser must not tell a third party which page it shows).

Skipped when ``/usr/bin/chromium`` or Playwright is missing, unless
``WELLBEING_REQUIRE_SERVERS=1`` (CI), which makes a missing browser a failure.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lead_fakes import CREDENTIALS
from lead_server import CHROMIUM, CHROMIUM_ARGS, lead_server

pytestmark = pytest.mark.slow


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "Playwright is not installed (pip install playwright)"
    return None


if (missing := _missing()) is not None:
    if os.environ.get("WELLBEING_REQUIRE_SERVERS") == "1":
        pytest.fail(f"{missing}, and WELLBEING_REQUIRE_SERVERS=1", pytrace=False)
    pytest.skip(
        f"{missing}; set WELLBEING_REQUIRE_SERVERS=1 to make this a failure",
        allow_module_level=True,
    )

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

DEPARTMENT_KEY = next(k for k, team in CREDENTIALS.items() if team == "Customer Care")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with lead_server() as url:
        yield url


@pytest.fixture
def page(base_url: str) -> Iterator[tuple[Page, list[str]]]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport={"width": 1366, "height": 768}, accept_downloads=True, locale="en-GB"
        )
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        try:
            yield page, requested
        finally:
            context.close()
            browser.close()


def test_a_lead_signs_in_reads_the_page_downloads_the_csv_and_signs_out(
    base_url: str, page: tuple[Page, list[str]], tmp_path: Path
) -> None:
    tab, requested = page
    tab.goto(base_url + "/lead/")
    expect(tab.get_by_role("heading", name="Your team's wellbeing")).to_be_visible()
    tab.get_by_label("Viewer credential").fill(DEPARTMENT_KEY)
    tab.keyboard.press("Enter")
    expect(tab).to_have_url(base_url + "/lead/teams/Customer%20Care")
    expect(tab.get_by_role("heading", name="Customer Care", exact=True)).to_be_visible()
    assert DEPARTMENT_KEY not in tab.url
    assert tab.locator("svg[role=img]").count() == 14
    overview = tab.get_by_role("table").filter(has_text="Newest released week")
    expect(overview).to_contain_text("Billing")

    tab.get_by_role("navigation", name="Teams you can see").get_by_role(
        "link", name="Billing"
    ).click()
    expect(tab).to_have_url(base_url + "/lead/teams/Billing")
    expect(tab.get_by_role("heading", name="Strain may be building in this team")).to_be_visible()
    expect(tab.get_by_text("Rotate the hardest queues")).to_be_visible()
    expect(tab.locator(".gap-label").first).to_have_text("not enough participants")

    first_table = tab.locator("details").first
    first_table.locator("summary").click()
    expect(first_table.get_by_role("table")).to_contain_text("not enough participants")

    with tab.expect_download() as info:
        tab.get_by_role("link", name="Download these figures (CSV)").click()
    saved = tmp_path / "figures.csv"
    info.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("week,status,contributors")
    assert len(lines) == 13
    assert sum("not enough participants" in line for line in lines) == 2

    tab.get_by_role("navigation", name="Teams you can see").get_by_role(
        "link", name="Customer Care"
    ).click()
    expect(tab).to_have_url(base_url + "/lead/teams/Customer%20Care")
    expect(tab.get_by_role("heading", name="The teams under this one")).to_be_visible()

    tab.get_by_role("button", name="Sign out").click()
    expect(tab.get_by_label("Viewer credential")).to_be_visible()
    tab.goto(base_url + "/lead/teams/Billing")
    expect(tab.get_by_label("Viewer credential")).to_be_visible()

    hosts = {urlsplit(url).netloc for url in requested}
    assert hosts == {urlsplit(base_url).netloc}, hosts


def test_the_page_is_usable_from_the_keyboard(base_url: str, page: tuple[Page, list[str]]) -> None:
    tab, _ = page
    tab.goto(base_url + "/lead/")
    tab.keyboard.press("Tab")
    expect(tab.get_by_role("link", name="Skip to the content")).to_be_focused()
    tab.keyboard.press("Tab")
    expect(tab.get_by_label("Viewer credential")).to_be_focused()
    tab.keyboard.type(DEPARTMENT_KEY)
    tab.keyboard.press("Tab")
    expect(tab.get_by_role("button", name="Sign in")).to_be_focused()
    tab.keyboard.press("Enter")
    expect(tab).to_have_url(base_url + "/lead/teams/Customer%20Care")
    summary = tab.locator("summary").first
    summary.focus()
    tab.keyboard.press("Enter")
    expect(tab.locator("details").first.get_by_role("table")).to_be_visible()


def test_on_a_phone_nothing_is_wider_than_the_screen(
    base_url: str, page: tuple[Page, list[str]]
) -> None:
    tab, _ = page
    tab.set_viewport_size({"width": 390, "height": 844})
    tab.goto(base_url + "/lead/")
    tab.get_by_label("Viewer credential").fill(DEPARTMENT_KEY)
    tab.keyboard.press("Enter")
    expect(tab).to_have_url(base_url + "/lead/teams/Customer%20Care")
    tab.goto(base_url + "/lead/teams/Billing")
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
