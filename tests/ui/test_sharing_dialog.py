"""The "Team sharing" dialog: says what is shared, previews it exactly, and does what it says."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from doubles import FakeClock
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from wellbeing.core.history import History
from wellbeing.core.records import Call, Tag
from wellbeing.services.sharing import SharingService
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.ui.sharing_dialog import SharingDialog
from wellbeing.ui.theme import LIGHT

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=CET)  # Wednesday of 2026-W48
W46_MONDAY = datetime(2026, 11, 9, tzinfo=CET)
SECRET = "Mrs Example from Leeds shouted at me"
TIMEOUT_MS = 5000


def history() -> History:
    calls = [
        Call.create(
            ended_at=monday + timedelta(hours=9 + i),
            difficulty=1 + i % 5,
            note=SECRET,
            tags=[Tag.ANGRY],
        )
        for monday in (W46_MONDAY, W46_MONDAY + timedelta(days=7))
        for i in range(6)
    ]
    return History.of(calls=calls)


def pulse_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    return folder


@pytest.fixture
def service(tmp_path: Path) -> SharingService:
    return SharingService(tmp_path / "data")


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


def share_with(qtbot: Any, dialog: SharingDialog, runner: SharingRunner, folder: Path) -> list[str]:
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    with (
        qtbot.waitSignal(runner.previewed, timeout=TIMEOUT_MS),  # the preview after publishing
        qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published,
    ):
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    paths: list[str] = published.args[0]
    return paths


def test_the_preview_is_exactly_what_the_service_would_write(qtbot: Any, tmp_path: Path) -> None:
    service = SharingService(tmp_path / "data", token=lambda: "0123456789abcdef" * 2)
    runner = SharingRunner(service, clock=FakeClock(NOW))
    dialog = open_dialog(qtbot, runner)
    expected = service.preview(history(), NOW)
    assert dialog.preview_text() == json.dumps(expected, indent=2)  # key order too
    assert [p["week"] for p in expected] == ["2026-W46", "2026-W47"]
    assert dialog.preview_edit.isReadOnly()
    assert dialog.preview_edit.font().fixedPitch() or dialog.preview_edit.font().styleHint()
    assert SECRET not in dialog.preview_text() and "angry" not in dialog.preview_text()


def test_nothing_to_share_yet_when_no_week_is_finished(qtbot: Any, runner: SharingRunner) -> None:
    this_week = History.of(calls=[Call.create(ended_at=NOW - timedelta(hours=1), difficulty=3)])
    dialog = open_dialog(qtbot, runner, this_week)
    assert dialog.preview_text() == "Nothing to share yet"
    assert dialog.pulses == []


def test_sharing_writes_exactly_the_previewed_weeks_with_fresh_codes(
    qtbot: Any, runner: SharingRunner, team: Path
) -> None:
    dialog = open_dialog(qtbot, runner)
    previewed = json.loads(dialog.preview_text())
    assert not dialog.share_now_button.isEnabled()

    paths = share_with(qtbot, dialog, runner, team)

    written = [json.loads(path.read_text()) for path in pulse_files(team)]
    assert sorted(paths) == [str(p.relative_to(team)) for p in pulse_files(team)]
    assert [p["week"] for p in written] == [p["week"] for p in previewed]
    for pulse, shown in zip(written, previewed, strict=True):
        assert pulse["token"] != shown["token"]  # drawn afresh when shared
        assert {**pulse, "token": None} == {**shown, "token": None}
    assert len({p["token"] for p in written}) == len(written)
    assert dialog.state.enabled
    assert dialog.preview_text() == "Nothing to share yet"
    assert "Weeks shared so far: 2" in dialog.status_label.text()
    assert dialog.folder_edit.isReadOnly() and not dialog.share_button.isEnabled()
    assert dialog.share_now_button.isEnabled() and dialog.stop_button.isEnabled()


def test_share_now_says_when_there_is_nothing_new(
    qtbot: Any, runner: SharingRunner, team: Path
) -> None:
    dialog = open_dialog(qtbot, runner)
    share_with(qtbot, dialog, runner, team)
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published:
        qtbot.mouseClick(dialog.share_now_button, Qt.MouseButton.LeftButton)
    assert published.args == [[]]
    assert "Nothing new to share" in dialog.notice.label.text()
    assert len(pulse_files(team)) == 2


def test_stop_sharing_after_confirming_deletes_the_shared_files(
    qtbot: Any, runner: SharingRunner, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, runner)
    share_with(qtbot, dialog, runner, team)
    asked: list[object] = []
    monkeypatch.setattr(
        SharingDialog, "confirm_off", classmethod(lambda cls, p: asked.append(p) or True)
    )
    with (
        qtbot.waitSignal(runner.previewed, timeout=TIMEOUT_MS),
        qtbot.waitSignal(runner.turned_off, timeout=TIMEOUT_MS) as turned_off,
    ):
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert asked == [dialog]
    assert turned_off.args == [2]
    assert pulse_files(team) == []
    assert not dialog.state.enabled and "Sharing is off" in dialog.status_label.text()
    assert "Files deleted from the team folder: 2" in dialog.notice.label.text()
    assert [p["week"] for p in json.loads(dialog.preview_text())] == ["2026-W46", "2026-W47"]
    assert dialog.share_button.isEnabled() and not dialog.stop_button.isEnabled()


def test_refusing_to_confirm_deletes_nothing(
    qtbot: Any, runner: SharingRunner, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, runner)
    share_with(qtbot, dialog, runner, team)
    monkeypatch.setattr(SharingDialog, "confirm_off", classmethod(lambda cls, p: False))
    called: list[object] = []
    monkeypatch.setattr(runner, "turn_off", lambda: called.append("turn_off"))
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert called == [] and not runner.busy
    assert len(pulse_files(team)) == 2
    assert dialog.state.enabled


def test_the_folder_can_be_chosen(
    qtbot: Any, runner: SharingRunner, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, runner)
    assert not dialog.share_button.isEnabled()  # no folder yet
    monkeypatch.setattr(SharingDialog, "ask_folder", classmethod(lambda cls, p: str(team)))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(team)
    assert dialog.share_button.isEnabled()
    monkeypatch.setattr(SharingDialog, "ask_folder", classmethod(lambda cls, p: None))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(team)  # cancelling keeps the folder


def test_an_fsspec_url_can_be_typed(qtbot: Any, runner: SharingRunner) -> None:
    pytest.importorskip("fsspec")
    import fsspec

    dialog = open_dialog(qtbot, runner)
    fs = fsspec.filesystem("memory")
    fs.mkdir("/dialog-team")
    try:
        dialog.folder_edit.setText("memory://dialog-team")
        with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS) as published:
            qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Return)  # Enter shares
        assert len(published.args[0]) == 2
        assert len(fs.find("/dialog-team")) == 2
    finally:
        fs.rm("/dialog-team", recursive=True)
        qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)


def test_a_folder_that_cannot_be_reached_is_said_calmly(
    qtbot: Any, runner: SharingRunner, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, runner)
    dialog.folder_edit.setText(str(tmp_path / "share not mounted"))
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    text = dialog.notice.label.text()
    assert text.startswith("That did not work: no such folder (is the share mounted?)")
    assert dialog.notice.isVisibleTo(dialog)
    assert not dialog.state.enabled and dialog.share_button.isEnabled()
    assert dialog.folder_edit.text() == str(tmp_path / "share not mounted")  # kept to fix


def test_buttons_wait_while_the_runner_works(qtbot: Any, runner: SharingRunner, team: Path) -> None:
    dialog = open_dialog(qtbot, runner)
    dialog.folder_edit.setText(str(team))
    with qtbot.waitSignal(runner.published, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
        assert runner.busy
        assert not dialog.share_button.isEnabled() and not dialog.stop_button.isEnabled()
        assert not dialog.share_now_button.isEnabled() and dialog.close_button.isEnabled()
        assert "Turning sharing on" in dialog.notice.label.text()


def test_the_explanation_says_what_is_and_is_never_shared(
    qtbot: Any, runner: SharingRunner
) -> None:
    dialog = open_dialog(qtbot, runner)
    never = dialog.never_label.accessibleName()
    assert never.startswith("Never shared:")
    for word in (
        "name",
        "notes",
        "reflections",
        "journal",
        "tags",
        "times of day",
        "anything you write",
    ):
        assert word in never
    shared = dialog.shared_label.accessibleName()
    for word in ("calls", "difficult", "breaks offered and taken", "minutes breathed", "stress"):
        assert word in shared
    codes = dialog.codes_label.accessibleName()
    assert "new random code" in codes and "at least 5 people" in codes


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
