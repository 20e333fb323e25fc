"""Take the screenshots in ``packaging/screenshots/`` from the real app.

Run it as ``python tests/screenshots/shoot.py`` (needs Xvfb and trayer).
It starts its own X server (display :91) with a system tray, builds the
real ``Companion`` on a temporary data directory with a fake clock fixed at
a weekday 10:30, and saves:

- ``tray-menu.png``: the tray icon with its context menu open;
- ``quick-log.png``: the quick-log popup opened from the tray;
- ``log-confirmation.png``: "Logged · 4 Difficult" with Undo, after a log
  from the popup (then undone, so the calls below start clean);
- ``prompt.png``: the prompt card after three difficult calls, with the
  tray icon showing the raised strain;
- ``breathing-light.png`` / ``breathing-dark.png``: the breathing window
  2.5 s after it opened (it breathes at once) in each theme.

The theme is chosen the way an agent chooses it, through
``Companion.on_settings_applied``; desktop notifications are turned off
there too, so the tray balloon does not cover the icon in ``prompt.png``.

There is no window manager, so nothing composites: the prompt card's
rounded corners would show black (see ``ui/prompt_card.py``). The shot
puts the card's own translucent rendering over the backdrop instead, as a
compositing desktop shows it.

This is a script, not a test: between steps it lets the event loop run
(``xdisplay.settle``) so that repaints and the tray's docking happen.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from xdisplay import settle, virtual_display, wait_for  # noqa: E402

OUT = ROOT / "packaging" / "screenshots"
DISPLAY = ":91"
WIDTH, HEIGHT = 1024, 768
MAX_BYTES = 300_000


def last_weekday_1030() -> datetime:
    """10:30 local time on the most recent Tuesday, so the figures do not move."""
    today = datetime.now().astimezone().replace(hour=10, minute=30, second=0, microsecond=0)
    return today - timedelta(days=(today.weekday() - 1) % 7)


def shoot() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from doubles import FakeClock
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QLinearGradient, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from wellbeing.app.companion import Companion
    from wellbeing.services.call_detection import CallDetection
    from wellbeing.store.store import Store
    from wellbeing.ui.tray.icons import app_icon
    from wellbeing.ui.tray.tray import Tray

    app = QApplication([sys.argv[0]])
    app.setApplicationName("wellbeing")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())

    if not wait_for(app, Tray.available):
        raise SystemExit("trayer gave no system tray")

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
        # No microphone sensor: the shots show the windows, not the notice that a
        # machine without a sound server cannot detect calls.
        calls = CallDetection(clock)
        companion = Companion(app, Store.open(data_dir), clock, calls=calls)
        companion.start()

        def choose(theme: str) -> None:
            settings = companion.service.settings
            companion.settings.apply(replace(settings, theme=theme, notifications=False))

        try:
            choose("light")
            tray = companion.tray
            if not wait_for(app, lambda: not tray.icon.geometry().isEmpty()):
                raise SystemExit("the tray icon has no geometry: is trayer running?")
            settle()
            icon_rect = tray.icon.geometry()
            below = QPoint(icon_rect.center().x(), icon_rect.bottom() + 4)

            # a. The tray menu.
            tray.menu.popup(below)
            settle()
            tray_strip = QRect(WIDTH - 200, 0, 200, 32)
            saved.append(save(grab(around(tray_strip, tray.menu.geometry())), "tray-menu.png"))
            tray.menu.hide()
            settle()

            # b. The quick-log popup.
            companion.windows.quick_log.popup_at(below)
            settle()
            popup = companion.windows.quick_log.geometry()
            saved.append(save(grab(around(tray_strip, popup)), "quick-log.png"))
            companion.windows.quick_log.hide()
            settle()

            # b2. A log from the popup is confirmed, with Undo.
            companion.windows.quick_log.log_requested.emit(4, [], "")
            confirmation = companion.windows.log_confirmation
            if confirmation is None or not wait_for(app, confirmation.isVisible):
                raise SystemExit("no confirmation after a log")
            settle()
            shown = confirmation.geometry()
            corner = QRect(
                shown.x() - 160, shown.y() - 90, shown.width() + 160, shown.height() + 90
            )
            saved.append(save(grab(around(corner, shown, pad=0)), "log-confirmation.png"))
            confirmation.undo_button.click()
            settle()

            # c. Three difficult calls: the prompt card and the tray icon turn "high".
            for _ in range(3):
                companion.service.log_call(4)
                clock.advance(minutes=4)
            card = companion.windows.card
            if not wait_for(app, card.isVisible):
                raise SystemExit("no prompt card after three difficult calls")
            settle()
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
                clock.advance(seconds=2.5)
                window.tick()
                settle()
                saved.append(save(window.grab(), f"breathing-{theme}.png"))
                window.hide()
                window.deleteLater()
                settle(200)
        finally:
            companion.stop()
            companion.tray.hide()
            backdrop.close()
            settle(100)
    return saved


def main() -> int:
    missing = [tool for tool in ("Xvfb", "trayer") if shutil.which(tool) is None]
    if missing:
        print(f"missing: {', '.join(missing)} (apt-get install xvfb trayer)", file=sys.stderr)
        return 1
    with virtual_display(DISPLAY, f"{WIDTH}x{HEIGHT}x24", tray=True, python=sys.executable):
        shoot()
    return 0


if __name__ == "__main__":
    sys.exit(main())
