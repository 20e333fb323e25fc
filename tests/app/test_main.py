"""The app never runs half-built: if it cannot be built it says why and exits 1."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from PySide6.QtWidgets import QApplication

from wellbeing.app import main
from wellbeing.store.errors import StoreError
from wellbeing.store.store import Store

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (StoreError("cannot use /x as the data directory: Permission denied"), "Permission denied"),
        (OverflowError("date value out of range"), "date value out of range"),
    ],
)
def test_when_the_store_cannot_be_opened_the_app_says_why_and_exits_1(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: Exception,
    said: str,
) -> None:
    def refuse(*_: object, **__: object) -> Store:
        raise error

    told: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(Store, "open", refuse)
    monkeypatch.setattr(
        main.Launch, "tell_failure", classmethod(lambda _cls, text: told.append(text))
    )
    monkeypatch.setattr(qapp, "exit", exits.append)
    started = main.Launch(qapp, tmp_path / "data", FakeClock(NOW))

    started.finish()

    assert exits == [1] and started.exit_code == 1
    assert started.companion is None
    assert not started.tray.icon.isVisible()
    assert told and said in told[0]
    err = capsys.readouterr().err
    (line,) = [line for line in err.splitlines() if "cannot start" in line]
    assert line.startswith("wellbeing: error: cannot start: ") and said in line


def test_a_failed_start_frees_the_single_instance_for_the_next_try(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellbeing.services.instance import InstanceServer

    def refuse(*_: object, **__: object) -> Store:
        raise StoreError("locked")

    monkeypatch.setattr(Store, "open", refuse)
    monkeypatch.setattr(main.Launch, "tell_failure", classmethod(lambda _cls, _text: None))
    monkeypatch.setattr(qapp, "exit", lambda _code: None)
    main.Launch(qapp, tmp_path / "data", FakeClock(NOW)).finish()

    server = InstanceServer(tmp_path / "data")
    try:
        assert server.claim()
    finally:
        server.close()


def test_when_the_first_reading_of_the_records_fails_the_app_exits_1_too(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellbeing.services.prompting import PromptService

    def overflow(_self: PromptService) -> None:
        raise OverflowError("date value out of range")

    told: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(PromptService, "tick", overflow)
    monkeypatch.setattr(main.Launch, "tell_failure", classmethod(lambda _cls, t: told.append(t)))
    monkeypatch.setattr(qapp, "exit", exits.append)
    started = main.Launch(qapp, tmp_path / "data", FakeClock(NOW))

    started.finish()

    assert exits == [1] and started.companion is None
    assert told == ["date value out of range"]
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]
