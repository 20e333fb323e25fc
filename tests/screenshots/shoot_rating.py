"""Take ``packaging/screenshots/rating-card.png``: the card after a detected call.

Run it as ``python tests/screenshots/shoot_rating.py`` (needs Xvfb). It
starts its own X server (display :93), builds the real ``Companion`` on a
temporary data directory with a fake clock and a fake microphone, lets the
microphone be used for 4 min 10 s, and shoots the rating card that follows
in the bottom-right corner. As in ``shoot.py`` there is no window manager,
so the card's own translucent rendering is painted over the backdrop, as a
compositing desktop shows it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from xdisplay import settle, virtual_display, wait_for  # noqa: E402

OUT = ROOT / "packaging" / "screenshots" / "rating-card.png"
DISPLAY = ":93"
WIDTH, HEIGHT = 1024, 768


def shoot() -> Path:
    sys.path.insert(0, str(ROOT))
    from call_doubles import FakeMicrophone
    from doubles import FakeClock
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QGuiApplication, QLinearGradient, QPainter
    from PySide6.QtWidgets import QApplication
    from shoot import last_weekday_1030

    from wellbeing.app.companion import Companion
    from wellbeing.services.call_detection import CallDetection
    from wellbeing.store.store import Store

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory(prefix="wellbeing-shots-") as data_dir:
        clock, mic = FakeClock(last_weekday_1030()), FakeMicrophone()
        calls = CallDetection(clock, sensor=mic)
        companion = Companion(
            app, Store.open(data_dir), clock, tray_available=False, desktop=[], calls=calls
        )
        companion.start()
        try:
            if companion.windows.fallback is not None:
                companion.windows.fallback.hide()
            mic.changed.emit(True)
            clock.advance(seconds=250)
            mic.changed.emit(False)
            clock.advance(seconds=10)
            calls.check()
            card = companion.windows.rating
            if card is None or not wait_for(app, card.isVisible):
                raise SystemExit("no rating card after a detected call")
            settle()
            screen = QGuiApplication.primaryScreen()
            region = (
                card.geometry().adjusted(-24, -24, 16, 16).intersected(QRect(0, 0, WIDTH, HEIGHT))
            )
            shot = screen.grabWindow(0, region.x(), region.y(), region.width(), region.height())
            painter = QPainter(shot)
            gradient = QLinearGradient(0, 0, region.width() * 0.4, region.height())
            gradient.setColorAt(0.0, QColor("#dfe6e4"))
            gradient.setColorAt(1.0, QColor("#b9c6c4"))
            painter.fillRect(shot.rect(), gradient)
            painter.drawPixmap(card.pos() - region.topLeft(), card.grab())
            painter.end()
            OUT.parent.mkdir(parents=True, exist_ok=True)
            if not shot.toImage().save(str(OUT), "PNG", 0):
                raise SystemExit(f"could not save {OUT}")
            print(f"{OUT.relative_to(ROOT)}: {shot.width()}x{shot.height()}")
        finally:
            companion.stop()
            for window in companion.windows.all():
                window.close()
            settle(100)
    return OUT


def main() -> int:
    if shutil.which("Xvfb") is None:
        print("missing: Xvfb (apt-get install xvfb)", file=sys.stderr)
        return 1
    with virtual_display(DISPLAY, f"{WIDTH}x{HEIGHT}x24", python=sys.executable):
        shoot()
    return 0


if __name__ == "__main__":
    sys.exit(main())
