"""The Qt binding must not leak or steal references: the tray runs all shift.

PySide6 6.12.0 on Python 3.11 gives back a reference to ``True`` for every
signal emitted into a Python slot, and one to ``None`` for every slot that
returns; within a shift the interpreter aborts. pyproject.toml keeps that
release out, and this test fails on any release that brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

EMITS = 20_000


class Emitter(QObject):
    ping = Signal()
    flag = Signal(bool)


def test_signals_and_void_calls_keep_true_and_none_alive(qtbot: QtBot) -> None:
    emitter = Emitter()
    received: list[bool] = []
    emitter.ping.connect(lambda: None)
    emitter.flag.connect(received.append)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(EMITS):
        emitter.ping.emit()
        emitter.flag.emit(True)
    widget = QWidget()
    for _ in range(EMITS):
        widget.update()  # a void method called from Python returns None
    received.clear()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert abs(after[0] - before[0]) < 100
    assert abs(after[1] - before[1]) < 100
