"""Every window, walked: no interactive widget a screen reader cannot name.

Each window is built as the app builds it, shown offscreen (so lazily built
parts exist), and every widget a person can operate — anything that takes
keyboard focus, and every button, field, list, slider and box — must carry
an accessible name. Keyboard-only use of the quick-log popup, the breathing
window and the reflection dialog is driven in their own test modules
(test_quick_log, test_breathing_window, test_reflection_dialog).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wellbeing.core.history import History
from wellbeing.core.records import Call, Tag
from wellbeing.core.settings import Settings
from wellbeing.core.winddown import DaySummary
from wellbeing.services.records import Records
from wellbeing.services.sharing import SharingService
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.store.store import Store

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=timezone(timedelta(hours=1)))
OPERABLE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def nameless(window: QWidget) -> list[str]:
    """Operable widgets without an accessible name, described for the failure message."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        if _named_by_qt(widget):
            continue
        operable = isinstance(widget, OPERABLE) or (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget is not window
        )
        if operable and not widget.accessibleName().strip():
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return found


def _named_by_qt(widget: QWidget) -> bool:
    """Parts that a screen reader names from elsewhere: a label by its text, a
    header by its model's section titles, a scroll bar by its orientation and
    value, a view's viewport by the view."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QLabel | QHeaderView | QScrollBar)
        or widget.objectName().startswith("qt_")
        or (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget)
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "data")
    store.calls.add(Call.create(ended_at=NOW - timedelta(days=8), difficulty=5, tags=[Tag.ABUSIVE]))
    store.calls.add(Call.create(ended_at=NOW - timedelta(hours=1), difficulty=2))
    return store


def windows(
    store: Store, clock: FakeClock, tmp_path: Path
) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    from wellbeing.ui.breathing.breathing_window import BreathingWindow
    from wellbeing.ui.history.history_window import HistoryWindow
    from wellbeing.ui.prompts.prompt_card import PromptCard
    from wellbeing.ui.prompts.quick_log import QuickLogPopup
    from wellbeing.ui.reflection.checkin_window import CheckInWindow
    from wellbeing.ui.reflection.coach_card import CoachCard
    from wellbeing.ui.reflection.reflection_dialog import ReflectionDialog
    from wellbeing.ui.reflection.wind_down import WindDownWindow
    from wellbeing.ui.settings.settings_dialog import SettingsDialog
    from wellbeing.ui.sharing.sharing_dialog import SharingDialog
    from wellbeing.ui.tray.actions import AgentActions
    from wellbeing.ui.tray.fallback_window import FallbackWindow

    call = store.calls.all()[0]
    summary = DaySummary(NOW.date(), 40, 6, 2, 7.5)
    runner = SharingRunner(SharingService(store.data_dir), clock=clock)
    yield "quick-log popup", QuickLogPopup
    yield "prompt card", PromptCard
    yield "fallback window", lambda: FallbackWindow(AgentActions())
    yield (
        "breathing window",
        lambda: BreathingWindow(clock, pattern_id="box", seconds=60, reduced_motion=False),
    )
    yield "reflection dialog", lambda: ReflectionDialog(call, clock)
    yield "check-in window", lambda: CheckInWindow(clock)
    yield "coach card", CoachCard
    yield "wind-down", lambda: WindDownWindow(summary, clock, reduced_motion=False)
    yield "settings", lambda: SettingsDialog(Settings(), store.data_dir)
    yield "team sharing", lambda: SharingDialog(runner, History(), clock)
    yield "history and journal", lambda: HistoryWindow(Records(store), clock)


def test_every_operable_widget_of_every_window_has_an_accessible_name(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    problems: dict[str, list[str]] = {}
    for name, build in windows(store, clock, tmp_path):
        window = build()
        qtbot.addWidget(window)
        window.show()
        if missing := nameless(window):
            problems[name] = missing
        window.hide()
    assert problems == {}


def test_the_walk_would_catch_a_nameless_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(QPushButton("OK"))
    window.show()
    assert nameless(window) == ["QPushButton '' 'OK'"]
