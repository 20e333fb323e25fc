"""Bring the ``.ts`` sources up to date with the code: ``python i18n/update.py``.

Runs Qt's ``lupdate`` (from PySide6) over every ``.py`` file under
``wellbeing/``: new strings are added as unfinished, translations already
made are kept, and strings the code no longer has are dropped
(``-no-obsolete``), so ``tests/i18n`` stays green once translators have
filled the new ones in. Works the same on Linux, macOS and Windows.
Extra arguments are passed to ``lupdate`` (for instance ``-silent``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("es", "fr", "pt_BR", "de")


def ts_files() -> list[Path]:
    return [I18N / f"wellbeing_{code}.ts" for code in LANGUAGES]


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file of the package, in a stable order (lupdate does not
    look into ``.py`` files when given a folder)."""
    return sorted((root / "wellbeing").rglob("*.py"))


def lupdate() -> str:
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    found = str(exe) if exe.is_file() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("Qt's lupdate was not found: install PySide6-Essentials")
    return found


def lupdate_command(targets: list[Path], *extra: str, root: Path = ROOT) -> list[str]:
    """The command that refreshes ``targets`` from the code under ``root``."""
    sources = [str(path.relative_to(root)) for path in source_files(root)]
    return [
        lupdate(),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        *extra,
        *sources,
        "-ts",
        *(str(path) for path in targets),
    ]


def main(argv: list[str]) -> int:
    return subprocess.call(lupdate_command(ts_files(), *argv), cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
