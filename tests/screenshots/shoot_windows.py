"""Take the screenshots of the everyday windows in light and dark, at 1366×768.

Run it as ``python tests/screenshots/shoot_windows.py`` (needs Xvfb and
trayer). Like ``shoot.py`` it builds the real ``Companion`` on a temporary
data directory with a fake clock, on its own X server (display :93) with a
system tray, and saves into ``packaging/screenshots/``, for each theme
(``-light`` / ``-dark``): the settings, team sharing with its notice, the
weekly check-in, the coach card, the end of the shift, the history's
pattern, the prompt card, and the tray menu while prompts are paused.
Each window opens where the app opens it (fitted to the screen); the shot
is the window's own rendering, as there is no window manager.
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
DISPLAY = ":93"
WIDTH, HEIGHT = 1366, 768
MAX_BYTES = 300_000


def last_weekday_1030() -> datetime:
    today = datetime.now().astimezone().replace(hour=10, minute=30, second=0, microsecond=0)
    return today - timedelta(days=(today.weekday() - 1) % 7)


def shoot() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from doubles import FakeClock
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QGuiApplication, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from wellbeing.app.companion import Companion
    from wellbeing.core.pause import PauseChoice
    from wellbeing.core.records import Tag
    from wellbeing.store.store import Store
    from wellbeing.ui.tray.tray import Tray

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    if not wait_for(app, Tray.available):
        raise SystemExit("trayer gave no system tray")
    saved: list[Path] = []

    def save(pixmap: QPixmap, name: str) -> None:
        path = OUT / name
        if not pixmap.toImage().save(str(path), "PNG", 0):
            raise SystemExit(f"could not save {path}")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"{path.name} is {size} bytes, over {MAX_BYTES}")
        print(f"{path.relative_to(ROOT)}: {pixmap.width()}x{pixmap.height()}, {size:,} bytes")
        saved.append(path)

    def window_shot(window: QWidget | None, name: str) -> None:
        assert window is not None
        settle()
        save(window.grab(), name)
        window.hide()
        settle(100)

    with tempfile.TemporaryDirectory(prefix="wellbeing-shots-") as data_dir:
        clock = FakeClock(last_weekday_1030())
        companion = Companion(app, Store.open(data_dir), clock)
        companion.start()
        for minutes in (50, 40, 30):
            clock.advance(minutes=3)
            companion.service.log_call(4 if minutes != 40 else 2, [Tag.ESCALATED])
        try:
            for theme in ("light", "dark"):
                settings = companion.service.settings
                companion.settings.apply(replace(settings, theme=theme, notifications=False))
                settle()
                card = companion.windows.card
                if card.isVisible():
                    save(card.grab(), f"prompt-{theme}.png")
                actions, windows = companion.actions, companion.windows
                for name in ("settings", "sharing", "checkin", "coach", "history"):
                    setattr(windows, name, None)
                actions.settings.trigger()
                window_shot(windows.settings, f"settings-{theme}.png")
                actions.sharing.trigger()
                sharing = windows.sharing
                assert sharing is not None
                sharing.notice.show_text(
                    sharing.tr(
                        "Sharing is on. Nothing new to share: every finished week is already sent."
                    )
                )
                window_shot(sharing, f"team-sharing-{theme}.png")
                actions.checkin.trigger()
                window_shot(windows.checkin, f"checkin-{theme}.png")
                actions.coach.trigger()
                window_shot(windows.coach, f"coach-card-{theme}.png")
                actions.history.trigger()
                history = windows.history
                assert history is not None
                history.ensure_charts()
                window_shot(history, f"history-pattern-{theme}.png")
                windows.wind_down = None
                actions.wind_down.trigger()
                window_shot(windows.wind_down, f"wind-down-{theme}.png")
                companion.service.pause(PauseChoice.HALF_HOUR)
                tray = companion.tray
                wait_for(app, lambda t=tray: not t.icon.geometry().isEmpty())
                icon = tray.icon.geometry()
                tray.menu.popup(QPoint(icon.center().x(), icon.bottom() + 4))
                settle()
                area = tray.menu.geometry().adjusted(-8, -40, 8, 8)
                area = area.intersected(QRect(0, 0, WIDTH, HEIGHT))
                shot = QGuiApplication.primaryScreen().grabWindow(
                    0, area.x(), area.y(), area.width(), area.height()
                )
                save(shot,
                     f"tray-menu-paused-{theme}.png")  # fmt: skip
                tray.menu.hide()
                companion.service.resume()
                settle(100)
        finally:
            companion.stop()
            companion.tray.hide()
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
