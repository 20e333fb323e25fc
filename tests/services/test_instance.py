"""One app per data directory, reachable from plain processes."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wellbeing.services import ipc_client
from wellbeing.services.instance import InstanceServer


@pytest.fixture
def server(tmp_path: Path, qtbot: QtBot) -> Iterator[InstanceServer]:
    server = InstanceServer(tmp_path)
    assert server.claim()
    yield server
    server.close()


def send_in_background(data_dir: Path, message: dict[str, object]) -> list[bool]:
    """ipc_client.send blocks for the reply, so it runs beside the event loop."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(ipc_client.send(data_dir, message)))
    thread.start()
    return result


def test_a_message_reaches_the_running_app(
    server: InstanceServer, tmp_path: Path, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(server.message) as received:
        result = send_in_background(tmp_path, {"on_call": True})
    assert received.args == [{"on_call": True}]
    qtbot.waitUntil(lambda: result == [True])


def test_on_call_from_the_command_line_reaches_the_app(
    server: InstanceServer, tmp_path: Path, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(server.message, timeout=10_000) as received:
        process = subprocess.Popen(
            [sys.executable, "-m", "wellbeing", "--data-dir", str(tmp_path), "on-call", "end"]
        )
    assert received.args == [{"on_call": False}]
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10_000)
    assert process.returncode == 0


def test_a_second_app_for_the_same_data_cannot_claim_it(
    server: InstanceServer, tmp_path: Path
) -> None:
    second = InstanceServer(tmp_path)
    assert not second.claim()


def test_apps_with_different_data_do_not_see_each_other(
    server: InstanceServer, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    assert ipc_client.server_name(other) != ipc_client.server_name(tmp_path)
    assert ipc_client.send(other, {"on_call": True}) is False
    elsewhere = InstanceServer(other)
    assert elsewhere.claim()
    elsewhere.close()


def test_no_app_means_send_fails_quietly(tmp_path: Path) -> None:
    assert ipc_client.send(tmp_path / "nobody", {"activate": True}) is False
