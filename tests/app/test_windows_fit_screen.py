"""Every window fits a small laptop screen with its taskbar, opens on the screen
under the cursor, and cuts off none of its text, even in the long pseudo-locale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from doubles import FakeClock
from PySide6.QtCore import QLocale, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.store.store import Store
from wellbeing.ui import placement
from wellbeing.ui.placement import FRAME, fit_into
from wellbeing.ui.translations import install_translators, remove_translators

Build = Callable[..., Companion]
TASKBAR = 48
SCREENS = [QRect(0, 0, 1280, 720 - TASKBAR), QRect(0, 0, 1366, 768 - TASKBAR)]
OWN = ("CheckInWindow", "CoachCard", "WindDownWindow", "SettingsDialog", "SharingDialog",
       "HistoryWindow")  # fmt: skip
"""The windows whose every label is checked here (the others have their own tests)."""


@pytest.fixture(params=["en", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    install_translators(qapp, request.param, system=QLocale("en_US"), cache_dir=tmp_path / "qm")
    yield request.param
    remove_translators(qapp)


def open_every_window(companion: Companion) -> list[QWidget]:
    actions = companion.actions
    every = (actions.take_break, actions.reflect, actions.coach, actions.checkin)
    every += (actions.wind_down, actions.sharing, actions.history, actions.settings)
    for action in every:
        action.trigger()
    windows = [w for w in companion.windows.all() if w is not None and w.isVisible()]
    return [w for w in windows if type(w).__name__ not in ("Toast", "PromptCard")]


def clipped(window: QWidget) -> list[str]:
    """The labels and buttons of ``window`` drawn smaller than their text needs."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                found.append(label.text())
        elif label.width() < label.minimumSizeHint().width():
            found.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.width() < button.minimumSizeHint().width() - 1:
            found.append(button.text())
    return found


@pytest.mark.parametrize("area", SCREENS, ids=["1280x720", "1366x768"])
def test_every_window_fits_the_screen_and_cuts_off_nothing(
    build: Build, store: Store, clock: FakeClock, qapp: QApplication, language: str, area: QRect
) -> None:
    companion = build(store, clock)
    windows = open_every_window(companion)
    opened = {type(window).__name__ for window in windows}
    assert {*OWN, "BreathingWindow", "ReflectionDialog"} <= opened
    for window in windows:
        fit_into(window, area)
        qapp.processEvents()
        name = type(window).__name__
        assert window.width() + FRAME.width() <= area.width(), name
        assert window.height() + FRAME.height() <= area.height(), name
        assert window.minimumSizeHint().height() + FRAME.height() <= area.height(), name
        assert area.contains(QRect(window.pos(), window.size())), name
        if name in OWN:
            assert clipped(window) == [], name


def test_a_window_opens_on_the_screen_under_the_cursor(
    build: Build, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = QRect(1920, 0, 1366, 768 - TASKBAR)
    monkeypatch.setattr(placement, "cursor_area", lambda: second)
    companion = build(store, clock)
    companion.actions.history.trigger()
    window = companion.windows.history
    assert window is not None
    assert second.contains(QRect(window.pos(), window.size()))


def test_the_sharing_dialog_grows_when_a_notice_appears(
    build: Build, store: Store, clock: FakeClock, qapp: QApplication, language: str, qtbot: QtBot
) -> None:
    companion = build(store, clock)
    companion.actions.sharing.trigger()
    dialog = companion.windows.sharing
    assert dialog is not None
    before = dialog.height()
    dialog.notice.show_text(
        "Sharing is on. Nothing new to share: every finished week is already sent. "
        "Your team sees only the weekly numbers described above, never a call or a note."
    )
    qapp.processEvents()
    assert dialog.height() >= before
    assert clipped(dialog) == []
