"""Compile the Qt Linguist sources (``i18n/*.ts``) into the ``.qm`` files Qt loads.

The ``.qm`` files are build products, never committed and never written into
the repository: the build backend compiles them into the wheel
(``wellbeing/i18n``), the PyInstaller spec into the bundle, and a development
checkout compiles the language in use into the user's cache at run time
(``wellbeing.ui.translations``). By hand, into a folder of your choice::

    python packaging/compile_translations.py OUT_DIR [TS_DIR]

The compiler is ``lrelease`` from PySide6-Essentials. It is found inside the
installed PySide6 package rather than on PATH, because pip's isolated build
environment does not always put ``pyside6-lrelease`` on PATH.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def lrelease() -> str:
    """The path of Qt's ``lrelease``, from PySide6-Essentials if it is installed."""
    spec = importlib.util.find_spec("PySide6")
    folders = (spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        for name in ("lrelease.exe", "lrelease"):
            if (Path(folder) / name).is_file():
                return str(Path(folder) / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError(
            "Qt's lrelease was not found: install PySide6-Essentials, which ships it"
        )
    return found


def compile_translations(ts_dir: Path, qm_dir: Path) -> list[Path]:
    """Write ``qm_dir/<name>.qm`` for every ``ts_dir/<name>.ts``; return the files written."""
    sources = sorted(ts_dir.glob("*.ts")) if ts_dir.is_dir() else []
    if not sources:
        return []
    tool = lrelease()
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sources:
        target = qm_dir / f"{source.stem}.qm"
        result = subprocess.run(
            [tool, "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not target.is_file():
            raise RuntimeError(
                f"lrelease failed on {source.name}:\n{result.stdout}{result.stderr}".rstrip()
            )
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    """``compile_translations.py OUT_DIR [TS_DIR]``; TS_DIR defaults to the checkout's
    ``i18n/``."""
    if not 1 <= len(argv) <= 2:
        print("usage: compile_translations.py OUT_DIR [TS_DIR]", file=sys.stderr)
        return 2
    qm_dir = Path(argv[0])
    ts_dir = Path(argv[1]) if len(argv) > 1 else REPO / "i18n"
    for path in compile_translations(ts_dir, qm_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
