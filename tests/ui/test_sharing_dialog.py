"""The "Team sharing" dialog: who runs the hub, the exact preview before anything is sent,
send now, stop and retract; the hub is a double (``hub_double.FakeHub``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from doubles import FakeClock
from hub_double import FakeHub
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from wellbeing.core.history import History
from wellbeing.core.records import Call, Tag
from wellbeing.services.hub_client import HubError
from wellbeing.services.sharing import SharingService
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.ui.sharing.sharing_dialog import SharingDialog
from wellbeing.ui.theme import LIGHT

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday after 2026-W47
W47_MONDAY = datetime(2026, 11, 16, tzinfo=CET)
SECRET = "Mrs Example from Leeds shouted at me"
TIMEOUT_MS = 5000
URL = "https://hub.example.org"


def history() -> History:
    calls = [
        Call.create(
            ended_at=W47_MONDAY + timedelta(hours=9 + i),
            difficulty=1 + i % 5,
            note=SECRET,
            tags=[Tag.ANGRY],
        )
        for i in range(6)
    ]
    return History.of(calls=calls)


@pytest.fixture
def hub() -> FakeHub:
    return FakeHub()


@pytest.fixture
def service(tmp_path: Path, hub: FakeHub) -> SharingService:
    return SharingService(tmp_path / "data", client=hub.client)


@pytest.fixture
def runner(qtbot: Any, service: SharingService) -> Iterator[SharingRunner]:
    made = SharingRunner(service, clock=FakeClock(NOW))
    yield made
    qtbot.waitUntil(lambda: not made.busy, timeout=TIMEOUT_MS)


def open_dialog(qtbot: Any, runner: SharingRunner, hist: History | None = None) -> SharingDialog:
    with qtbot.waitSignal(runner.previewed, timeout=TIMEOUT_MS):
        dialog = SharingDialog(
            runner, history() if hist is None else hist, FakeClock(NOW), colors=LIGHT
        )
    qtbot.addWidget(dialog)
    return dialog


def join(qtbot: Any, dialog: SharingDialog, runner: SharingRunner) -> None:
    qtbot.keyClicks(dialog.hub_edit, URL)
    qtbot.keyClicks(dialog.invite_edit, "wbi_invitation")
    with (
        qtbot.waitSignal(runner.enrolled, timeout=TIMEOUT_MS),
        qtbot.waitSignal(runner.previewed, timeout=TIMEOUT_MS),
    ):
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)


def test_joining_shows_the_operator_team_k_and_the_exact_preview_and_sends_nothing(
    qtbot: Any, runner: SharingRunner, service: SharingService, hub: FakeHub
) -> None:
    dialog = open_dialog(qtbot, runner)
    assert not dialog.share_now_button.isEnabled()
    join(qtbot, dialog, runner)
    assert hub.sent == []
    summary = dialog.hub_label.text()
    assert "Works council" in summary and "support" in summary and "at least 5" in summary
    assert dialog.pulses == service.preview(history(), NOW)
    assert json.loads(dialog.preview_text()) == dialog.pulses
    assert SECRET not in dialog.preview_text() and "angry" not in dialog.preview_text()
    assert dialog.invite_edit.text() == "" and dialog.share_now_button.isEnabled()
    assert "Nothing has been sent" in dialog.notice.label.text()


def test_share_now_sends_exactly_the_previewed_weeks(
    qtbot: Any, runner: SharingRunner, hub: FakeHub
) -> None:
    dialog = open_dialog(qtbot, runner)
    join(qtbot, dialog, runner)
    shown = dialog.pulses
    with (
        qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS),
        qtbot.waitSignal(runner.previewed, timeout=TIMEOUT_MS),
    ):
        qtbot.mouseClick(dialog.share_now_button, Qt.MouseButton.LeftButton)
    assert [pulse for _, pulse in hub.sent] == shown
    assert "Weeks sent just now: 1" in dialog.notice.label.text()
    assert dialog.preview_text() == "Nothing to send yet"


def test_stop_sharing_after_confirming_retracts_the_open_weeks(
    qtbot: Any, runner: SharingRunner, hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, runner)
    join(qtbot, dialog, runner)
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.share_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    monkeypatch.setattr(SharingDialog, "confirm_off", classmethod(lambda cls, parent: True))
    with qtbot.waitSignal(runner.turned_off, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert hub.open == {}
    text = dialog.notice.label.text()
    assert "Open weeks taken back: 1" in text and "only inside your team's figures" in text
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Sharing is off.", timeout=TIMEOUT_MS)


def test_refusing_to_confirm_retracts_nothing(
    qtbot: Any, runner: SharingRunner, hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, runner)
    join(qtbot, dialog, runner)
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.share_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    monkeypatch.setattr(SharingDialog, "confirm_off", classmethod(lambda cls, parent: False))
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert not runner.busy and len(hub.open) == 1 and runner.state().enabled


def test_the_hubs_refusal_is_said_calmly_in_its_own_words(
    qtbot: Any, runner: SharingRunner, hub: FakeHub
) -> None:
    dialog = open_dialog(qtbot, runner)
    join(qtbot, dialog, runner)
    hub.fail_with = HubError(410, "week 2026-W47 is closed")
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.share_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "week 2026-W47 is closed" in dialog.notice.label.text())
    assert dialog.notice.label.text().startswith("That did not work:")


def test_an_address_that_is_not_https_is_refused_in_one_line(qtbot: Any, tmp_path: Path) -> None:
    runner = SharingRunner(SharingService(tmp_path / "data"), clock=FakeClock(NOW))
    dialog = open_dialog(qtbot, runner)
    qtbot.keyClicks(dialog.hub_edit, "http://hub.example.org")
    qtbot.keyClicks(dialog.invite_edit, "wbi_invitation")
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS) as failed:
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert "https" in failed.args[0] and not runner.state().enabled
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)


def test_buttons_wait_while_the_runner_works(qtbot: Any, runner: SharingRunner) -> None:
    dialog = open_dialog(qtbot, runner)
    dialog.hub_edit.setText(URL)
    dialog.invite_edit.setText("wbi_invitation")
    with qtbot.waitSignal(runner.enrolled, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
        assert runner.busy
        assert not dialog.share_button.isEnabled() and not dialog.stop_button.isEnabled()
        assert not dialog.share_now_button.isEnabled() and dialog.close_button.isEnabled()
        assert "nothing is sent yet" in dialog.notice.label.text()


def test_the_explanation_says_what_is_and_is_never_shared(
    qtbot: Any, runner: SharingRunner
) -> None:
    dialog = open_dialog(qtbot, runner)
    never = dialog.never_label.accessibleName()
    assert never.startswith("Never shared:")
    for word in ("name", "notes", "reflections", "journal", "tags", "times of day"):
        assert word in never
    shared = dialog.shared_label.accessibleName()
    for word in ("calls", "difficult", "breaks offered and taken", "minutes breathed", "stress"):
        assert word in shared
    hub = dialog.codes_label.accessibleName()
    assert "not to your lead" in hub and "no link between you and your numbers" in hub


def test_every_control_has_an_accessible_name(qtbot: Any, runner: SharingRunner) -> None:
    dialog = open_dialog(qtbot, runner)
    controls = [
        *dialog.findChildren(QPushButton),
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QPlainTextEdit),
    ]
    assert len(controls) >= 7
    for control in controls:
        assert control.accessibleName(), control
        assert "&" not in control.accessibleName()
    assert dialog.close_button.isEnabled()


def test_escape_closes(qtbot: Any, runner: SharingRunner) -> None:
    dialog = open_dialog(qtbot, runner)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_jobs_hold_no_widget(
    qtbot: Any, runner: SharingRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job holding the dialog could free its wrapper on the worker: shiboken 6.12 crashes."""
    handed: list[Any] = []
    monkeypatch.setattr(runner, "preview", handed.append)
    dialog = SharingDialog(runner, history(), FakeClock(NOW), colors=LIGHT)
    qtbot.addWidget(dialog)
    (provider,) = handed
    assert not hasattr(provider, "__self__")
    held = [cell.cell_contents for cell in provider.__closure__ or ()]
    assert held and not any(isinstance(value, QObject) for value in held)
    assert isinstance(provider(), History)
