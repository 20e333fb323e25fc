"""Two apps started at the same moment: exactly one runs, the other activates it.

The first holds the lock a moment before it listens; a second app that
asks in that moment waits for the socket instead of giving up silently.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.services.instance_helpers import private_runtime
from wellbeing.services import ipc_client
from wellbeing.services.instance import InstanceServer, NotAnswering, start_or_activate
from wellbeing.store.os_lock import OsLock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets")

RACER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from wellbeing.services.instance import InstanceServer, start_or_activate

app = QCoreApplication([])
server = InstanceServer(Path(sys.argv[1]))
if start_or_activate(server):
    print("won", flush=True)
    server.message.connect(lambda message: app.quit())
    app.exec()
    server.close()
else:
    print("activated", flush=True)
"""


class FirstApp:
    """An app that holds the lock and starts listening only when told."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.lock = OsLock(data_dir / ".instance.lock")
        assert self.lock.acquire(0)
        self.address = ipc_client.server_name(data_dir)
        self.received: list[object] = []
        self.listener: socket.socket | None = None
        self.thread: threading.Thread | None = None

    def listen(self) -> None:
        if self.listener is not None:
            return
        Path(self.address).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(self.address)
        self.listener.listen(1)
        self.thread = threading.Thread(target=self.answer_one)
        self.thread.start()

    def answer_one(self) -> None:
        assert self.listener is not None
        connection, _ = self.listener.accept()
        with connection:
            self.received.append(json.loads(connection.makefile("rb").readline()))
            connection.sendall(b"ok\n")

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.join()
        if self.listener is not None:
            self.listener.close()
        self.lock.release()


def test_a_second_app_waits_for_the_first_to_listen_then_activates_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    private_runtime(monkeypatch, tmp_path)
    first = FirstApp(tmp_path / "data")
    pauses: list[float] = []

    def pause(seconds: float) -> None:
        pauses.append(seconds)
        first.listen()  # the first app gets to listen while the second waits

    try:
        alone = start_or_activate(InstanceServer(tmp_path / "data"), pause=pause)
    finally:
        first.stop()
    assert alone is False
    assert first.received == [{"activate": True}]
    assert len(pauses) == 1


def test_a_holder_that_never_answers_is_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    private_runtime(monkeypatch, tmp_path)
    first = FirstApp(tmp_path / "data")
    now = [0.0]

    def pause(seconds: float) -> None:
        now[0] += seconds

    try:
        with pytest.raises(NotAnswering, match="does not answer"):
            start_or_activate(
                InstanceServer(tmp_path / "data"), pause=pause, monotonic=lambda: now[0]
            )
    finally:
        first.stop()


def test_two_apps_started_together_make_exactly_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    runtime = private_runtime(monkeypatch, tmp_path)
    data_dir = tmp_path / "new-data"  # not there yet: both create it
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "offscreen"}
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    try:
        results = [racer.communicate(timeout=60) for racer in racers]
    finally:
        for racer in racers:
            if racer.poll() is None:
                racer.kill()
                racer.wait()
    assert sorted(out.strip() for out, _err in results) == ["activated", "won"]
    assert [racer.returncode for racer in racers] == [0, 0]
    assert [err for _out, err in results] == ["", ""]
