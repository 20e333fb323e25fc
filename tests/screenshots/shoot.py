"""Take the screenshots in ``packaging/screenshots/`` from the real app.

Run it as ``python tests/screenshots/shoot.py`` (needs Xvfb and trayer).
It starts its own X server (display :91) with a system tray, builds the
real ``Companion`` on a temporary data directory with a fake clock fixed at
a weekday 10:30, and saves:

- ``tray-menu.png``: the tray icon with its context menu open;
- ``quick-log.png``: the quick-log popup opened from the tray;
- ``prompt.png``: the prompt card after three difficult calls, with the
  tray icon showing the raised strain;
- ``breathing-light.png`` / ``breathing-dark.png``: the breathing window
  mid-breath in each theme.

The theme is chosen the way an agent chooses it, through
``Companion.on_settings_applied``; desktop notifications are turned off
there too, so the tray balloon does not cover the icon in ``prompt.png``.

There is no window manager, so nothing composites: the prompt card's
rounded corners would show black (see ``ui/prompt_card.py``). The shot
puts the card's own translucent rendering over the backdrop instead, as a
compositing desktop shows it.

This is a script, not a test: it waits on the wall clock between steps.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "packaging" / "screenshots"
DISPLAY = ":91"
WIDTH, HEIGHT = 1024, 768
MAX_BYTES = 300_000
TRAYER = shlex.split(
    "trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel"
    " --height 32 --transparent false --SetDockType true"
)


@contextmanager
def xvfb_with_tray(display: str) -> Iterator[None]:
    """An Xvfb server with trayer docked top-right; DISPLAY and xcb set while open."""
    number = display.lstrip(":")
    if Path(f"/tmp/.X{number}-lock").exists():
        raise SystemExit(f"display {display} is in use (/tmp/.X{number}-lock exists)")
    null = subprocess.DEVNULL
    screen = f"{WIDTH}x{HEIGHT}x24"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp"], stdout=null, stderr=null
    )
    trayer = None
    saved = {key: os.environ.get(key) for key in ("DISPLAY", "QT_QPA_PLATFORM")}
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if xvfb.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("Xvfb did not start")
            time.sleep(0.05)
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        trayer = subprocess.Popen(TRAYER, stdout=null, stderr=null)
        time.sleep(0.5)
        yield
    finally:
        for process in (trayer, xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def last_weekday_1030() -> datetime:
    """10:30 local time on the most recent Tuesday, so the figures do not move."""
    today = datetime.now().astimezone().replace(hour=10, minute=30, second=0, microsecond=0)
    return today - timedelta(days=(today.weekday() - 1) % 7)


def shoot() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QLinearGradient, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from wellbeing.app import Companion
    from wellbeing.services.clock import FakeClock
    from wellbeing.store.store import Store
    from wellbeing.ui.icons import app_icon
    from wellbeing.ui.theme import apply_theme
    from wellbeing.ui.tray import Tray

    app = QApplication([sys.argv[0]])
    app.setApplicationName("wellbeing")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    deadline = time.monotonic() + 10
    while not Tray.available():
        if time.monotonic() > deadline:
            raise SystemExit("trayer gave no system tray")
        settle(0.1)

    class Backdrop(QWidget):
        """A calm, full-screen desktop behind everything, so shots are not on black."""

        def __init__(self) -> None:
            super().__init__(
                None,
                Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnBottomHint
                | Qt.WindowType.WindowDoesNotAcceptFocus,
            )
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            self.setGeometry(0, 0, WIDTH, HEIGHT)

        def paintEvent(self, event: object) -> None:
            painter = QPainter(self)
            gradient = QLinearGradient(0, 0, WIDTH * 0.4, HEIGHT)
            gradient.setColorAt(0.0, QColor("#dfe6e4"))
            gradient.setColorAt(1.0, QColor("#b9c6c4"))
            painter.fillRect(self.rect(), gradient)

    backdrop = Backdrop()
    backdrop.show()
    backdrop.lower()  # below trayer: there is no window manager to keep it down
    settle()

    screen = QGuiApplication.primaryScreen()

    def save(image_source: QPixmap, name: str) -> Path:
        path = OUT / name
        image = image_source.toImage()
        if not image.save(str(path), "PNG", 0):  # 0: the most compression
            raise SystemExit(f"could not save {path}")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"{path.name} is {size} bytes, over {MAX_BYTES}")
        print(f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}, {size:,} bytes")
        return path

    def grab(region: QRect) -> QPixmap:
        return screen.grabWindow(0, region.x(), region.y(), region.width(), region.height())

    def around(*rects: QRect, pad: int = 24) -> QRect:
        united = rects[0]
        for rect in rects[1:]:
            united = united.united(rect)
        return united.adjusted(-pad, -pad, pad, pad).intersected(QRect(0, 0, WIDTH, HEIGHT))

    OUT.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="wellbeing-shots-") as data_dir:
        clock = FakeClock(last_weekday_1030())
        companion = Companion(app, Store.open(data_dir), clock)
        companion.windows.colors = apply_theme(app, "light")  # as ``run`` does
        companion.start()

        def choose(theme: str) -> None:
            settings = companion.service.settings
            companion.on_settings_applied(replace(settings, theme=theme, notifications=False))

        try:
            choose("light")
            settle(0.8)
            tray = companion.tray
            icon_rect = tray.icon.geometry()
            if icon_rect.isEmpty():
                raise SystemExit("the tray icon has no geometry: is trayer running?")
            below = QPoint(icon_rect.center().x(), icon_rect.bottom() + 4)

            # a. The tray menu.
            tray.menu.popup(below)
            settle()
            tray_strip = QRect(WIDTH - 200, 0, 200, 32)
            saved.append(save(grab(around(tray_strip, tray.menu.geometry())), "tray-menu.png"))
            tray.menu.hide()
            settle()

            # b. The quick-log popup.
            companion.quick_log.popup_at(below)
            settle()
            popup = companion.quick_log.geometry()
            saved.append(save(grab(around(tray_strip, popup)), "quick-log.png"))
            companion.quick_log.hide()
            settle()

            # c. Three difficult calls: the prompt card and the tray icon turn "high".
            for _ in range(3):
                companion.service.log_call(4)
                clock.advance(minutes=4)
                settle(0.2)
            settle()
            card = companion.card
            if not card.isVisible():
                raise SystemExit("no prompt card after three difficult calls")
            shot = grab(QRect(0, 0, WIDTH, HEIGHT))
            painter = QPainter(shot)
            painter.drawPixmap(card.pos(), backdrop.grab(card.geometry()))
            painter.drawPixmap(card.pos(), card.grab())
            painter.end()
            column = QRect(card.x() - 24, 0, WIDTH - card.x() + 24, HEIGHT)
            saved.append(save(shot.copy(column), "prompt.png"))
            card.hide_prompt()
            settle()

            # d. The breathing window mid-breath, light then dark.
            for theme in ("light", "dark"):
                choose(theme)
                windows = companion.windows
                windows.breathing = None
                windows.open_breathing(companion.service.settings, 180, "break")
                window = windows.breathing
                assert window is not None
                window.move((WIDTH - window.width()) // 2, (HEIGHT - window.height()) // 2)
                window.start()
                clock.advance(seconds=2.5)
                window.tick()
                settle()
                saved.append(save(window.grab(), f"breathing-{theme}.png"))
                window.hide()
                window.deleteLater()
                settle(0.2)
        finally:
            companion.stop()
            companion.tray.hide()
            backdrop.close()
            settle(0.1)
    return saved


def main() -> int:
    missing = [tool for tool in ("Xvfb", "trayer") if shutil.which(tool) is None]
    if missing:
        print(f"missing: {', '.join(missing)} (apt-get install xvfb trayer)", file=sys.stderr)
        return 1
    with xvfb_with_tray(DISPLAY):
        shoot()
    return 0


if __name__ == "__main__":
    sys.exit(main())
