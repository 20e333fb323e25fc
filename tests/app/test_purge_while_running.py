"""``wellbeing purge --yes`` while the tray app runs: the app lets go of what it
drew from the deleted records, as after "Delete all my data" in its Settings."""

from __future__ import annotations

import subprocess
import sys

from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.records import Source
from wellbeing.services.instance import InstanceServer
from wellbeing.store.layout import REST
from wellbeing.store.store import Store

COMMAND = [sys.executable, "-m", "wellbeing"]


def test_a_purge_from_the_command_line_ends_the_rest_the_running_app_kept(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion.service.log_call(5, source=Source.TRAY)
    companion.service.end_shift()
    assert companion.service.paused_until is not None
    assert (store.data_dir / REST).exists()
    server = InstanceServer(store.data_dir)
    assert server.claim()
    server.message.connect(companion.ipc.on_message)
    try:
        process = subprocess.Popen(
            [*COMMAND, "--data-dir", str(store.data_dir), "purge", "--yes"],
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=15_000)
        _, errors = process.communicate()
        assert process.returncode == 0, errors
        qtbot.waitUntil(lambda: companion.service.paused_until is None)
    finally:
        server.close()
    assert not (store.data_dir / REST).exists()
    assert store.calls.all() == []
    assert companion.service.state().streak == 0
    assert "paused" not in companion.tray.icon.toolTip().lower()
