"""The tray app built as ``main`` builds it, with an injected clock and no desktop notifier.

``build`` gives a started ``Companion`` and, at the end of the test, stops
it, closes every window it opened and takes back the theme it applied to
the whole application, so later tests see the app as they expect.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from doubles import FakeClock
from PySide6.QtWidgets import QApplication

from wellbeing.app.companion import Companion
from wellbeing.services.call_detection import CallDetection
from wellbeing.store.store import Store

CET = timezone(timedelta(hours=1))
FRIDAY = datetime(2026, 11, 27, 10, 30, tzinfo=CET)
"""A work day in the past: what the command line logs is never in its future."""

Build = Callable[..., Companion]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(FRIDAY)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "data")


@pytest.fixture
def build(qapp: QApplication) -> Iterator[Build]:
    built: list[Companion] = []

    def make(store: Store, clock: FakeClock, *, tray: bool = True, **options: Any) -> Companion:
        # No real microphone sensor unless a test brings one: a test must not
        # depend on whether this machine runs a sound server.
        options.setdefault("calls", CallDetection(clock))
        companion = Companion(qapp, store, clock, tray_available=tray, desktop=[], **options)
        companion.start()
        built.append(companion)
        return companion

    yield make
    for companion in built:
        companion.stop()
        for window in companion.windows.all():
            window.hide()
            window.deleteLater()
        companion.tray.hide()
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())


@pytest.fixture
def companion(build: Build, store: Store, clock: FakeClock) -> Companion:
    return build(store, clock)
