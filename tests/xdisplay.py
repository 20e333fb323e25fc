"""A virtual X display for the screenshot and start-up scripts (not the tests,
which run offscreen).

``virtual_display`` starts Xvfb and returns once the server says it is ready
(``-displayfd``: it writes its display number when it accepts clients), and
can dock trayer on it; ``wait_for`` and ``settle`` run a Qt event loop until a
condition holds or a repaint has had its turn, instead of sleeping.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TRAYER = shlex.split(
    "trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel"
    " --height 32 --transparent false --SetDockType true"
)
TRAY_PROBE = """
from PySide6.QtCore import QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication([])
deadline = QDeadlineTimer(10_000)
while not QSystemTrayIcon.isSystemTrayAvailable() and not deadline.hasExpired():
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
raise SystemExit(0 if QSystemTrayIcon.isSystemTrayAvailable() else 1)
"""


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def virtual_display(
    display: str, size: str = "1280x800x24", *, tray: bool = False, python: str = "python3"
) -> Iterator[None]:
    """Xvfb on ``display`` (and trayer docked top-right if ``tray``), with
    DISPLAY and QT_QPA_PLATFORM=xcb set in ``os.environ`` while open."""
    number = display.lstrip(":")
    if Path(f"/tmp/.X{number}-lock").exists():
        raise SystemExit(f"display {display} is in use (/tmp/.X{number}-lock exists)")
    ready, announce = os.pipe()
    null = subprocess.DEVNULL
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp", "-displayfd", str(announce)],
        stdout=null,
        stderr=null,
        pass_fds=(announce,),
    )
    os.close(announce)
    trayer = None
    saved = {key: os.environ.get(key) for key in ("DISPLAY", "QT_QPA_PLATFORM")}
    try:
        with os.fdopen(ready) as said:
            if not said.readline().strip():
                raise SystemExit("Xvfb did not start")
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        if tray:
            trayer = subprocess.Popen(TRAYER, stdout=null, stderr=null)
            if subprocess.run([python, "-c", TRAY_PROBE], check=False).returncode:
                raise SystemExit("trayer gave no system tray")
        yield
    finally:
        _stop(trayer)
        _stop(xvfb)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def wait_for(app: Any, condition: Callable[[], bool], timeout_ms: int = 10_000) -> bool:
    """Handle events as they come until ``condition`` holds; False on timeout."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return True


def settle(ms: int = 300) -> None:
    """Run the event loop for ``ms``: repaints, the X server's round trips and
    the tray's docking happen in it, as they do while a person looks."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
