"""A microphone sensor that says what the test tells it (the shape of ``services.mic_sensor``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakeMicrophone(QObject):
    changed = Signal(bool)
    unavailable = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.running = False

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False
