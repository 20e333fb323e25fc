"""Fixtures for the store's tests: a real data directory, opened fresh for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellbeing.store.store import Store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def reported() -> list[str]:
    """What the store passed to ``on_problem``, in order."""
    return []


@pytest.fixture
def store(data_dir: Path, reported: list[str]) -> Store:
    return Store.open(data_dir, on_problem=reported.append)
