"""Take the lead's page screenshots in ``packaging/screenshots/lead-*.png``.

Run it as ``python tests/screenshots/shoot_lead.py``. It serves the page
over the fake hub of ``tests/hub/web`` (a department with two teams, weeks
below k, strain building in Billing) on 127.0.0.1 and drives Debian's
Chromium through Playwright:

- ``lead-light.png`` and ``lead-dark.png``: Billing at 1366x768, in English;
- ``lead-phone.png``: the same page 390 px wide (a phone), light;
- ``lead-charts.png``: Billing's charts (scrolled to them), 1366x768;
- ``lead-de.png``: Billing in German, 1366x768;
- ``lead-department.png``: the department page with its teams, 1366x768;
- ``lead-signin.png``: the sign-in form.

Each shows one screenful, as a lead sees it (the full pages are long).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "hub" / "web")]

from lead_fakes import CREDENTIALS  # noqa: E402
from lead_server import CHROMIUM, CHROMIUM_ARGS, lead_server  # noqa: E402
from playwright.sync_api import Browser, sync_playwright  # noqa: E402

OUT = ROOT / "packaging" / "screenshots"
DEPARTMENT_KEY = next(k for k, team in CREDENTIALS.items() if team == "Customer Care")


def shoot(
    browser: Browser,
    base: str,
    name: str,
    path: str,
    *,
    width: int = 1366,
    height: int = 768,
    scheme: str = "light",
    locale: str = "en-GB",
    full: bool = False,
    scroll_to: str = "",
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": height},
        color_scheme=scheme,  # type: ignore[arg-type]
        locale=locale,
        extra_http_headers={"Accept-Language": locale},
        device_scale_factor=1,
    )
    page = context.new_page()
    page.goto(base + "/lead/")
    if path != "/lead/":
        page.fill("#credential", DEPARTMENT_KEY)
        page.click("button[type=submit]")
        page.wait_for_url("**/teams/**")
        page.goto(base + path)
    if scroll_to:
        page.evaluate(
            "(id) => window.scrollTo(0, document.getElementById(id).offsetTop - 16)", scroll_to
        )
    page.screenshot(path=str(OUT / name), full_page=full)
    context.close()


def main() -> None:
    with lead_server() as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        shoot(browser, base, "lead-signin.png", "/lead/", width=1024, height=640)
        shoot(browser, base, "lead-light.png", "/lead/teams/Billing")
        shoot(browser, base, "lead-dark.png", "/lead/teams/Billing", scheme="dark")
        shoot(browser, base, "lead-phone.png", "/lead/teams/Billing", width=390, height=844)
        shoot(browser, base, "lead-charts.png", "/lead/teams/Billing", scroll_to="shares-title")
        shoot(browser, base, "lead-de.png", "/lead/teams/Billing", locale="de-DE")
        shoot(browser, base, "lead-department.png", "/lead/teams/Customer%20Care")
        browser.close()
    for png in sorted(OUT.glob("lead-*.png")):
        print(png.relative_to(ROOT), png.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
