"""Take the history window's screenshots in ``packaging/screenshots/``.

Run it as ``python tests/screenshots/shoot_history.py`` (needs Xvfb). It
starts its own X server (display :92, 1280x800), writes two years of
generated history (``tests/benchmarks/generate_history.py``, ending on a
fixed Friday afternoon so the pictures do not move) into a temporary store,
opens the ``HistoryWindow`` in the light theme and a British English
locale (dates as an agent in the UK sees them) and saves, with
``QWidget.grab()``:

- ``history-pattern.png``: "Your pattern", the last 90 days;
- ``history-journal.png``: "Journal", filtered by the tag "abusive", with a
  reflection opened in the side panel.

Each file must stay under 300 KB. This is a script, not a test: it waits
on the wall clock for the X server and the first paints.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from xdisplay import settle, virtual_display  # noqa: E402

OUT = ROOT / "packaging" / "screenshots"
DISPLAY = ":92"
WIDTH, HEIGHT = 1280, 800
MAX_BYTES = 300_000
NOW = datetime(2026, 11, 20, 16, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def generator() -> ModuleType:
    path = ROOT / "tests" / "benchmarks" / "generate_history.py"
    spec = importlib.util.spec_from_file_location("generate_history", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def shoot() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from doubles import FakeClock
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QWidget

    from wellbeing.services.records import Records
    from wellbeing.store.store import Store
    from wellbeing.ui.history.history_window import HistoryWindow
    from wellbeing.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

    def save(widget: QWidget, name: str) -> Path:
        path = OUT / name
        if not widget.grab().save(str(path), "PNG", 0):  # 0: the most compression
            raise SystemExit(f"could not save {path}")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"{path.name} is {size} bytes, over {MAX_BYTES}")
        print(f"{path.relative_to(ROOT)}: {widget.width()}x{widget.height()}, {size:,} bytes")
        return path

    OUT.mkdir(parents=True, exist_ok=True)
    gen = generator()
    colors = apply_theme(app, "light")  # type: ignore[arg-type]
    saved = []
    with tempfile.TemporaryDirectory(prefix="wellbeing-history-") as data_dir:
        store = Store.open(data_dir)
        gen.write(store, gen.generate(NOW))
        window = HistoryWindow(Records(store), FakeClock(NOW), colors=colors)
        window.resize(1200, 780)
        window.move(40, 10)
        window.show()
        window.ensure_charts()
        settle()
        saved.append(save(window, "history-pattern.png"))

        journal = window.journal
        window.tabs.setCurrentWidget(journal)
        for chip in journal.filters.tags.chips():
            if chip.accessibleName() == "abusive":
                chip.setChecked(True)
        journal.apply_filters()
        rows = journal.model.entries()
        reflection = next(n for n, entry in enumerate(rows) if entry.kind == "reflection")
        journal.open_entry(reflection)
        journal.list.setFocus()
        settle()
        saved.append(save(window, "history-journal.png"))
        window.close()
    return saved


def main() -> int:
    with virtual_display(DISPLAY, f"{WIDTH}x{HEIGHT}x24"):
        shoot()
    return 0


if __name__ == "__main__":
    sys.exit(main())
