"""The source text read at import is let go, and tracebacks still show their lines."""

from __future__ import annotations

import linecache
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - its import hook is what reads every module's source
import pytest

from wellbeing.app.source_cache import (
    forget_sources,
    forget_sources_on_import,
    stop_forgetting_sources,
)


def test_forgetting_sources_empties_the_cache_and_tracebacks_read_them_again() -> None:
    linecache.getlines(__file__)
    assert __file__ in linecache.cache

    forget_sources()

    assert linecache.cache == {}
    try:
        raise ValueError("shown with its line")
    except ValueError as error:
        text = "".join(traceback.format_exception(error))
    assert 'raise ValueError("shown with its line")' in text


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    """Three fresh modules that mention PySide6, as every window module does; and no
    forgetter left by a test that launched the app."""
    stop_forgetting_sources()
    for name in ("wb_first_window", "wb_second_window", "wb_third_window"):
        (tmp_path / f"{name}.py").write_text(f'"""Uses PySide6."""\nNAME = "{name}"\n')
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("wb_first_window", "wb_second_window", "wb_third_window"):
        sys.modules.pop(name, None)
    stop_forgetting_sources()


def test_without_the_forgetter_every_imported_source_stays(modules: Path) -> None:
    __import__("wb_first_window")
    __import__("wb_second_window")

    assert str(modules / "wb_first_window.py") in linecache.cache


def test_while_the_app_runs_an_import_lets_go_of_the_sources_read_before(modules: Path) -> None:
    forget_sources_on_import()
    forget_sources_on_import()  # a second launch in the same process installs nothing more

    __import__("wb_first_window")
    __import__("wb_second_window")

    assert str(modules / "wb_first_window.py") not in linecache.cache
    assert __import__("wb_second_window").NAME == "wb_second_window"

    stop_forgetting_sources()
    __import__("wb_third_window")
    __import__("json.tool")
    assert str(modules / "wb_third_window.py") in linecache.cache
