"""Take ``packaging/screenshots/rating-card.png`` (and ``rating-card-dark.png``):
the card after a detected call, in the light and the dark theme, and
``log-confirmation-dark.png``, the confirmation of a log in the dark theme.

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
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QLinearGradient, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from xdisplay import settle, virtual_display, wait_for  # noqa: E402

SHOTS = ROOT / "packaging" / "screenshots"
BACKDROPS = {"light": ("#dfe6e4", "#b9c6c4"), "dark": ("#2b3236", "#1c2124")}
DISPLAY = ":93"
WIDTH, HEIGHT = 1024, 768


def shoot() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from call_doubles import FakeMicrophone
    from doubles import FakeClock
    from shoot import last_weekday_1030

    from wellbeing.app.companion import Companion
    from wellbeing.services.call_detection import CallDetection
    from wellbeing.store.store import Store

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    saved: list[Path] = []
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
            for theme, name in (("light", "rating-card.png"), ("dark", "rating-card-dark.png")):
                companion.settings.apply(replace(companion.service.settings, theme=theme))
                mic.changed.emit(True)
                clock.advance(seconds=250)
                mic.changed.emit(False)
                clock.advance(seconds=10)
                calls.check()
                card = companion.windows.rating
                if card is None or not wait_for(app, card.isVisible):
                    raise SystemExit("no rating card after a detected call")
                settle()
                saved.append(save_over_backdrop(card, theme, name))
                card.hide()
                settle()
            companion.windows.quick_log.log_requested.emit(4, [], "")
            confirmation = companion.windows.log_confirmation
            if confirmation is None or not wait_for(app, confirmation.isVisible):
                raise SystemExit("no confirmation after a log")
            settle()
            saved.append(save_over_backdrop(confirmation, "dark", "log-confirmation-dark.png"))
        finally:
            companion.stop()
            for window in companion.windows.all():
                window.close()
            settle(100)
    return saved


def save_over_backdrop(card: QWidget, theme: str, name: str) -> Path:
    """The card as the desktop shows it: its own translucent rendering painted
    over a backdrop of the theme's kind (no compositor runs under Xvfb)."""
    screen = QGuiApplication.primaryScreen()
    region = card.geometry().adjusted(-24, -24, 16, 16).intersected(QRect(0, 0, WIDTH, HEIGHT))
    shot = screen.grabWindow(0, region.x(), region.y(), region.width(), region.height())
    painter = QPainter(shot)
    gradient = QLinearGradient(0, 0, region.width() * 0.4, region.height())
    top, bottom = BACKDROPS[theme]
    gradient.setColorAt(0.0, QColor(top))
    gradient.setColorAt(1.0, QColor(bottom))
    painter.fillRect(shot.rect(), gradient)
    painter.drawPixmap(card.pos() - region.topLeft(), card.grab())
    painter.end()
    out = SHOTS / name
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shot.toImage().save(str(out), "PNG", 0):
        raise SystemExit(f"could not save {out}")
    print(f"{out.relative_to(ROOT)}: {shot.width()}x{shot.height()}")
    return out


def main() -> int:
    if shutil.which("Xvfb") is None:
        print("missing: Xvfb (apt-get install xvfb)", file=sys.stderr)
        return 1
    with virtual_display(DISPLAY, f"{WIDTH}x{HEIGHT}x24", python=sys.executable):
        shoot()
    return 0


if __name__ == "__main__":
    sys.exit(main())
