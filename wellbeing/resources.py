"""Where the shipped files (icons, translations) are, in a checkout or an install.

A development checkout keeps them at the top of the repository
(``assets/``, ``i18n/``); an installed wheel carries them inside the
package (``wellbeing/assets``, ``wellbeing/i18n``). Looking in both keeps
``pip install -e .`` and a real install working from one code path.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"wellbeing's {name} folder is missing from this installation")


def asset(*parts: str) -> Path:
    path = _first_existing("assets").joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"missing asset: {'/'.join(parts)}")
    return path


def translations_dir() -> Path:
    return _first_existing("i18n")
