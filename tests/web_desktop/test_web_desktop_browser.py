"""A browser agent desktop puts the running app on a call and ends it (Debian's Chromium).

The page (``ccp.html``) plays Amazon Connect, Genesys Cloud or Twilio Flex:
it stands in for the vendor's library and loads the shipped snippet from
``packaging/softphones/`` unchanged. It is served from a second loopback
port, so it is another origin than the API's, as a real desktop is. The
app is built in process with the API on and that origin allowed; the same
page from ``localhost`` (another origin) is refused.

Skipped when ``/usr/bin/chromium`` or Playwright is missing, with "server
missing:" in the reason, which ``WELLBEING_REQUIRE_SERVERS=1`` (CI) turns
into a failure.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from call_doubles import FakeMicrophone
from doubles import FakeClock
from local_api_http import free_port
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.call_state import CallSource
from wellbeing.core.records import Source
from wellbeing.core.settings import Settings
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.local_api import token as tokens
from wellbeing.store.store import Store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SNIPPETS = Path(__file__).parents[2] / "packaging" / "softphones"
DESKTOPS = ["amazon-connect", "genesys-cloud", "twilio-flex-plugin"]
FRIDAY = datetime(2026, 11, 27, 10, 30, tzinfo=timezone(timedelta(hours=1)))

pytestmark = pytest.mark.slow


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"server missing: {CHROMIUM} (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "server missing: Playwright (pip install playwright)"
    return None


if (missing := _missing()) is not None:
    if os.environ.get("WELLBEING_REQUIRE_SERVERS") == "1":
        pytest.fail(f"{missing}, and WELLBEING_REQUIRE_SERVERS=1", pytrace=False)
    pytest.skip(
        f"{missing}; set WELLBEING_REQUIRE_SERVERS=1 to make this a failure",
        allow_module_level=True,
    )

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def page_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """The pretend desktop and the snippets, on a loopback port of their own."""
    root = tmp_path_factory.mktemp("desktop")
    shutil.copy(Path(__file__).with_name("ccp.html"), root / "ccp.html")
    for name in DESKTOPS:
        shutil.copy(SNIPPETS / f"{name}.js", root / f"{name}.js")
    handler = functools.partial(_Quiet, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path, page_port: int) -> Iterator[Companion]:
    store = Store.open(tmp_path / "data")
    allowed = (f"http://127.0.0.1:{page_port}",)
    store.save_settings(
        Settings(api_enabled=True, api_port=free_port(), api_origins=allowed).to_dict()
    )
    clock = FakeClock(FRIDAY)
    calls = CallDetection(clock, sensor=FakeMicrophone())
    companion = Companion(qapp, store, clock, tray_available=True, desktop=[], calls=calls)
    companion.start()
    companion.start_background()
    try:
        yield companion
    finally:
        companion.stop()
        for window in companion.windows.all():
            window.hide()
            window.deleteLater()
        companion.tray.hide()
        qapp.setStyleSheet("")
        qapp.setPalette(qapp.style().standardPalette())


def desktop_url(app: Companion, host: str, page_port: int, desktop: str) -> str:
    token = tokens.read_token(app.store.data_dir)
    api = f"http://127.0.0.1:{app.api.port}"
    return f"http://{host}:{page_port}/ccp.html?desktop={desktop}&api={api}&token={token}"


def _api_post(path: str) -> Any:
    return lambda response: response.url.endswith(path) and response.request.method == "POST"


@pytest.mark.parametrize("desktop", DESKTOPS)
def test_an_allowed_desktop_puts_the_app_on_a_call_and_ends_it(
    app: Companion, tab: Page, qtbot: QtBot, page_port: int, desktop: str
) -> None:
    tab.goto(desktop_url(app, "127.0.0.1", page_port, desktop))
    with tab.expect_response(_api_post("/v1/call/start")) as started:
        tab.evaluate("desktopCall.start('c-1')")
    assert started.value.status == 202
    qtbot.waitUntil(lambda: app.calls.call_source is CallSource.API)
    assert app.on_request({"request": "status"})["call_source"] == "api"

    with tab.expect_response(_api_post("/v1/call/end")) as ended:
        tab.evaluate("desktopCall.end('c-1')")
    assert ended.value.status == 202
    qtbot.waitUntil(lambda: not app.calls.on_call)
    qtbot.waitUntil(lambda: len(app.store.history().calls) == 1)
    (call,) = app.store.history().calls
    assert (call.source, call.difficulty) == (Source.API, None)


def test_a_desktop_from_another_origin_is_refused(
    app: Companion, tab: Page, qtbot: QtBot, page_port: int
) -> None:
    tab.goto(desktop_url(app, "localhost", page_port, "amazon-connect"))
    with (
        qtbot.assertNotEmitted(app.api.start_requested, wait=300),
        tab.expect_console_message(lambda m: m.text.startswith("wellbeing:")) as warned,
    ):
        tab.evaluate("desktopCall.start('c-2')")
    assert "could not reach" in warned.value.text
    assert not app.calls.on_call
