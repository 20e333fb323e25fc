"""The wheel as a new user gets it: built from the checkout, installed into a fresh
virtual environment, and run from there.

To stay fast and need no network, the wheel is built without build isolation
(the test environment has setuptools and PySide6's ``lrelease``), and the new
environment borrows the test environment's installed packages (PySide6 and the
rest) through a ``.pth`` file written after the wheel is installed with
``--no-deps``. Everything runs from a copy of the checkout and in a temporary
folder, so the checkout gets no ``build/`` or ``.qm`` litter and the package
that runs is the installed one, not the checkout's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from wellbeing import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "wellbeing", "assets", "i18n", "packaging")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "screenshots", ".*")
# Used only when the checkout has no translations yet, so that compiling is still tested.
THROWAWAY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx">
<context><name>Launch</name>
<message><source>wellbeing is starting…</source><translation>xx</translation></message>
</context>
</TS>
"""

CHECK_INSTALLED = """
import json, sys
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
import wellbeing
from wellbeing import resources
from wellbeing.ui.tray.icons import app_icon

app = QApplication([])
folder = resources.translations_dir()
catalogues = sorted(folder.glob("*.qm"))
print(json.dumps({
    "package": wellbeing.__file__,
    "calm": str(resources.asset("icons", "calm.svg")),
    "i18n": str(folder),
    "qm": [path.name for path in catalogues],
    "loaded": [path.name for path in catalogues if QTranslator().load(str(path))],
    "icon_drawn": not app_icon().pixmap(32, 32).isNull(),
}))
"""

# What a build frontend does with the backend (without an isolated environment).
BUILD_SDIST = """
import sys
sys.path.insert(0, "packaging")
import build_backend
print(build_backend.build_sdist(sys.argv[1]))
"""


def _bin(env: Path, name: str) -> Path:
    if sys.platform == "win32":
        return env / "Scripts" / f"{name}.exe"
    return env / "bin" / name


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environ["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    return result


def _pip_wheel(source: Path, out: Path, cwd: Path) -> Path:
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "--wheel-dir",
        out,
        source,
        cwd=cwd,
    )
    (wheel,) = out.glob("wellbeing-*.whl")
    return wheel


def _ts_names(folder: Path) -> set[str]:
    return {path.stem for path in folder.glob("*.ts")}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout's files that go into a package."""
    copy = tmp_path_factory.mktemp("checkout")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, copy / name, ignore=IGNORED)
        else:
            shutil.copy2(path, copy / name)
    if not _ts_names(copy / "i18n"):
        (copy / "i18n" / "wellbeing_xx.ts").write_text(THROWAWAY_TS, encoding="utf-8")
    return copy


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pip_wheel(source, tmp_path_factory.mktemp("wheel"), cwd=source)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel, and the test environment's
    packages in place of downloading its dependencies."""
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=False, symlinks=sys.platform != "win32")
    python = _bin(env, "python")
    _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--quiet",
        "--no-deps",
        "--no-index",
        wheel,
        cwd=env,
    )
    site = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=env
    ).stdout.strip()
    # After the install, so that pip saw only the new environment. A .pth line only
    # appends a folder: the test environment's own .pth files (its editable
    # install of wellbeing) stay unread.
    borrowed = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (Path(site) / "test-environment.pth").write_text("\n".join(borrowed) + "\n", encoding="utf-8")
    return env


def test_the_wheel_carries_the_icons_and_the_compiled_translations(
    source: Path, wheel: Path
) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    assets = {
        "wellbeing/assets/" + path.relative_to(source / "assets").as_posix()
        for path in (source / "assets").rglob("*")
        if path.is_file()
    }
    assert "wellbeing/assets/icons/calm.svg" in assets
    assert assets <= names
    assert {f"wellbeing/i18n/{stem}.qm" for stem in _ts_names(source / "i18n")} <= names
    assert not [name for name in names if name.endswith(".ts")]
    assert "wellbeing = wellbeing.cli:main" in scripts


def test_the_installed_command_answers_version(installed: Path) -> None:
    result = _run(_bin(installed, "wellbeing"), "--version", cwd=installed)

    assert result.stdout.strip() == f"wellbeing {__version__}"


def test_the_installed_app_finds_its_icons_and_translations(installed: Path, source: Path) -> None:
    python = _bin(installed, "python")

    found = json.loads(_run(python, "-c", CHECK_INSTALLED, cwd=installed).stdout)

    package = Path(found["package"]).parent
    assert package.is_relative_to(installed), "the checkout's package ran, not the wheel's"
    assert Path(found["calm"]) == package / "assets" / "icons" / "calm.svg"
    assert Path(found["i18n"]) == package / "i18n"
    expected = sorted(f"{stem}.qm" for stem in _ts_names(source / "i18n"))
    assert found["qm"] == expected
    assert found["loaded"] == expected
    assert found["icon_drawn"]


def test_a_wheel_built_from_the_sdist_has_the_same_files(
    source: Path, wheel: Path, tmp_path: Path
) -> None:
    """The sdist carries what the wheel is built from outside wellbeing/ (the backend,
    assets/, i18n/*.ts), as ``python -m build`` needs."""
    output = _run(sys.executable, "-c", BUILD_SDIST, tmp_path, cwd=source).stdout
    name = output.strip().splitlines()[-1]
    with tarfile.open(tmp_path / name) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    (unpacked,) = (tmp_path / "unpacked").iterdir()

    again = _pip_wheel(unpacked, tmp_path / "wheel", cwd=tmp_path)

    with zipfile.ZipFile(wheel) as first, zipfile.ZipFile(again) as second:
        assert sorted(second.namelist()) == sorted(first.namelist())
