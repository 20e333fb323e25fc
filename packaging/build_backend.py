"""wellbeing's PEP 517 build backend: setuptools, plus the files kept outside the package.

The icons live in ``assets/`` and the translations in ``i18n/`` at the top of
the repository (DESIGN.md, "Layout"), not inside ``wellbeing/``, and the
``.qm`` files Qt loads are compiled from the ``.ts`` sources, never committed.
This module is ``setuptools.build_meta`` unchanged, plus two commands that
pyproject.toml swaps in (``[tool.setuptools] cmdclass``); pyproject.toml names
this folder in ``backend-path`` so that they can be imported.

- ``build_py`` copies ``assets/`` to ``wellbeing/assets`` and compiles
  ``i18n/*.ts`` to ``wellbeing/i18n/*.qm`` in the build tree, so the wheel
  carries both where ``wellbeing.resources`` looks first. An editable install
  adds nothing: the checkout's own ``assets/`` serve, and the app compiles the
  ``.ts`` it needs into the user's cache (``wellbeing.ui.translations``), so
  no build product lands in the repository.
- ``sdist`` adds ``assets/``, ``i18n/*.ts`` and ``packaging/`` to the source
  archive, so that a wheel built from it equals one built from the checkout.

Compiling needs ``lrelease`` from PySide6-Essentials, so building a wheel
requires it (``get_requires_for_build_wheel``, with the same version range as
the app's own dependency). An editable install or an sdist compiles nothing
and does not download it.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from compile_translations import compile_translations
from setuptools import build_meta
from setuptools.build_meta import (
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

__all__ = [
    "BuildPy",
    "Sdist",
    "build_editable",
    "build_sdist",
    "build_wheel",
    "get_requires_for_build_editable",
    "get_requires_for_build_sdist",
    "get_requires_for_build_wheel",
    "prepare_metadata_for_build_editable",
    "prepare_metadata_for_build_wheel",
]

PACKAGE = "wellbeing"
# Left out when assets/ is copied into the package: hidden files, caches, editor backups.
_IGNORED = shutil.ignore_patterns(".*", "__pycache__", "*~")


def get_requires_for_build_wheel(config_settings: dict[str, object] | None = None) -> list[str]:
    """setuptools' own, plus PySide6-Essentials for ``lrelease``."""
    return [*build_meta.get_requires_for_build_wheel(config_settings), _qt_requirement()]


def _qt_requirement() -> str:
    """The app's PySide6-Essentials requirement, as pyproject.toml states it."""
    with (_project_root() / "pyproject.toml").open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    for requirement in dependencies:
        if requirement.lower().startswith("pyside6-essentials"):
            return str(requirement)
    return "PySide6-Essentials"


def _project_root() -> Path:
    """setuptools runs every command from the project's folder (the checkout or the
    unpacked sdist)."""
    return Path.cwd()


class BuildPy(build_py):
    """The standard ``build_py``, then the icons and the compiled translations."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        root = _project_root()
        target = Path(self.build_lib) / PACKAGE
        assets = target / "assets"
        if assets.exists():
            shutil.rmtree(assets)
        shutil.copytree(root / "assets", assets, ignore=_IGNORED)
        i18n = target / "i18n"
        if i18n.exists():
            shutil.rmtree(i18n)
        compile_translations(root / "i18n", i18n)


class Sdist(sdist):
    """The standard ``sdist``, plus what the wheel is built from outside ``wellbeing/``."""

    def make_distribution(self) -> None:
        root = _project_root()
        extra = [
            *_files(root, "assets", "*"),
            *_files(root, "i18n", "*.ts"),
            *_files(root, "packaging", "*"),
        ]
        self.filelist.extend(extra)
        self.filelist.sort()
        self.filelist.remove_duplicates()
        super().make_distribution()


def _files(root: Path, folder: str, pattern: str) -> list[str]:
    """Files under ``root/folder`` matching ``pattern``, as POSIX paths relative to
    ``root``, without hidden files, caches or build products."""
    found = []
    for path in sorted((root / folder).rglob(pattern)):
        relative = path.relative_to(root)
        if not path.is_file() or any(
            part.startswith(".") or part == "__pycache__" for part in relative.parts
        ):
            continue
        if path.suffix in (".qm", ".pyc"):
            continue
        found.append(relative.as_posix())
    return found
