"""One lock and one atomic write for everything in the data directory.

The sharing state and the records are changed under the same lock, so the
store's upkeep (removing temp files a crash left) can never remove the temp
file of a sharing write in progress, in another thread or process.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from wellbeing.store.errors import StoreLocked
from wellbeing.store.sharing_state import SharingState, SharingStateFile
from wellbeing.store.storage import temp_name
from wellbeing.store.store import Store

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def in_thread(action: object) -> BaseException | None:
    """Run ``action`` in another thread; what it raised, if anything."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            action()  # type: ignore[operator]
        except BaseException as error:
            raised.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return raised[0] if raised else None


def test_opening_the_store_waits_for_a_sharing_write_in_progress(data_dir: Path) -> None:
    Store.open(data_dir)
    sharing = SharingStateFile(data_dir)
    with sharing.locked():
        in_progress = data_dir / temp_name("sharing.json")
        in_progress.write_text("{")
        error = in_thread(lambda: Store.open(data_dir, lock_timeout=0.05))
        assert isinstance(error, StoreLocked)
        assert in_progress.exists()
        in_progress.unlink()
        sharing.save(SharingState())
    assert sharing.load() == SharingState()


def test_the_sharing_lock_is_reentrant_with_the_store_lock(data_dir: Path) -> None:
    store = Store.open(data_dir)
    with SharingStateFile(data_dir).locked():
        store.save_settings({"a": 1})
    assert store.load_settings() == {"a": 1}
