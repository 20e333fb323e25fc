"""The API in the running app: a call source like the others, off by default, no port when off."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from call_doubles import FakeMicrophone
from doubles import FakeClock
from local_api_http import ALLOWED, free_port, good_headers, request
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.api_rules import RateLimiter, parse_end
from wellbeing.core.records import Source
from wellbeing.core.settings import Settings
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.local_api import token as tokens
from wellbeing.store.store import Store

CET = timezone(timedelta(hours=1))
FRIDAY = datetime(2026, 11, 27, 10, 30, tzinfo=CET)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(FRIDAY)


@pytest.fixture
def made(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[list[Companion]]:
    built: list[Companion] = []
    yield built
    for companion in built:
        companion.stop()
        for window in companion.windows.all():
            window.hide()
            window.deleteLater()
        companion.tray.hide()
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())


def app_with(
    made: list[Companion], qapp: QApplication, data: Path, clock: FakeClock, settings: Settings
) -> tuple[Companion, FakeMicrophone]:
    store = Store.open(data)
    store.save_settings(settings.to_dict())
    mic = FakeMicrophone()
    calls = CallDetection(clock, sensor=mic)
    companion = Companion(qapp, store, clock, tray_available=True, desktop=[], calls=calls)
    made.append(companion)
    companion.start()
    companion.start_background()
    return companion, mic


def test_with_the_api_off_no_port_is_open(
    made: list[Companion], qapp: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    companion, _ = app_with(made, qapp, tmp_path, clock, Settings(api_port=port))
    assert companion.api.port is None
    with pytest.raises(ConnectionRefusedError):
        request(port, "GET", "/v1/status")
    assert not (tmp_path / tokens.TOKEN_FILE).exists()


def test_the_app_with_the_api_off_imports_no_server() -> None:
    """Start-up cost unchanged: the composition root loads neither the server nor http.server."""
    code = (
        "import sys\n"
        "import wellbeing.app.companion\n"
        "loaded = [m for m in ('http.server', 'socketserver', 'concurrent.futures', "
        "'wellbeing.services.local_api.server') if m in sys.modules]\n"
        "sys.exit(f'loaded: {loaded}' if loaded else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_page_puts_the_app_on_a_call_over_the_microphone_and_ends_it_rated(
    made: list[Companion], qapp: QApplication, qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    settings = Settings(api_enabled=True, api_port=port, api_origins=(ALLOWED,))
    companion, mic = app_with(made, qapp, tmp_path, clock, settings)
    token = tokens.read_token(tmp_path) or ""
    mic.changed.emit(True)
    assert companion.calls.call_source.value == "microphone"

    request(port, "POST", "/v1/call/start", headers=good_headers(token), body=b"{}")
    qtbot.waitUntil(
        lambda: (
            companion.calls.call_source is not None and companion.calls.call_source.value == "api"
        )
    )
    assert companion.on_request({"request": "status"})["call_source"] == "api"
    with ThreadPoolExecutor(1) as pool:
        status = pool.submit(request, port, "GET", "/v1/status", headers=good_headers(token))
        qtbot.waitUntil(status.done)
    assert status.result().status == 200
    assert status.result().body["on_call"] is True
    assert status.result().body["call_source"] == "api"

    clock.advance(minutes=4)
    body = b'{"difficulty": 5, "tags": ["abusive"]}'
    request(port, "POST", "/v1/call/end", headers=good_headers(token), body=body)
    qtbot.waitUntil(lambda: not companion.calls.on_call)
    calls = companion.store.history().calls
    assert [(c.source, c.difficulty, c.duration_s) for c in calls] == [(Source.API, 5, 240)]


def test_an_end_without_a_rating_records_an_unrated_call_once(
    made: list[Companion], qapp: QApplication, qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    settings = Settings(api_enabled=True, api_port=port, api_origins=(ALLOWED,))
    companion, _ = app_with(made, qapp, tmp_path, clock, settings)
    token = tokens.read_token(tmp_path) or ""
    request(port, "POST", "/v1/call/start", headers=good_headers(token), body=b"")
    qtbot.waitUntil(lambda: companion.calls.on_call)
    clock.advance(seconds=90)
    with qtbot.waitSignal(companion.api_calls.unrated_recorded):
        request(port, "POST", "/v1/call/end", headers=good_headers(token), body=b"")
    request(
        port, "POST", "/v1/call/end", headers=good_headers(token), body=b""
    )  # onEnded after onACW
    with qtbot.waitSignal(companion.api.end_requested):
        request(port, "POST", "/v1/call/end", headers=good_headers(token), body=b"{}")
    calls = companion.store.history().calls
    assert [(c.source, c.difficulty, c.duration_s) for c in calls] == [(Source.API, None, 90)]
    assert companion.windows.rating is not None


def test_api_on_from_the_command_line_reaches_the_running_app(
    made: list[Companion], qapp: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    companion, _ = app_with(made, qapp, tmp_path, clock, Settings())
    port = free_port()
    settings = Settings(api_enabled=True, api_port=port, api_origins=(ALLOWED,))
    companion.store.save_settings(settings.to_dict())
    companion.ipc.on_message({"settings_changed": True})
    assert companion.api.port == port
    companion.store.save_settings(Settings().to_dict())
    companion.ipc.on_message({"settings_changed": True})
    assert companion.api.port is None


def test_the_rate_is_limited_per_origin() -> None:
    limiter = RateLimiter(burst=10, per_second=2)
    assert all(limiter.allow(ALLOWED, 0.0) for _ in range(10))
    assert not limiter.allow(ALLOWED, 0.0)
    assert limiter.allow("*", 0.0), "another bucket is not starved"
    assert limiter.allow(ALLOWED, 0.5)


def test_log_call_bounds_apply_to_an_end() -> None:
    end = parse_end({"difficulty": 3, "tags": ["long", "resolved"], "duration_s": 0})
    assert end.difficulty == 3
    assert [t.value for t in end.tags] == ["resolved", "long"]


def test_the_app_is_freed_once_stopped_and_dropped(
    qapp: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    """No reference cycle through the API: a stopped app left alive would keep
    answering signals into windows already deleted (a crash in the next test)."""
    store = Store.open(tmp_path)
    companion = Companion(qapp, store, clock, tray_available=True, desktop=[])
    companion.start()
    qapp.processEvents()  # the deferred start runs
    companion.stop()
    companion.tray.hide()
    alive = weakref.ref(companion)
    gc.disable()
    try:
        del companion
        assert alive() is None
    finally:
        gc.enable()
