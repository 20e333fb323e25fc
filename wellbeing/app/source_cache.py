"""Let go of the source text PySide6 reads while the app imports its modules.

PySide6's ``__feature__`` import hook asks, for every module imported
after it, whether that module uses PySide6, by reading the module's whole
source through ``inspect.getsource``; ``linecache`` then keeps every line
of every module for the life of the process: about 3 MB at start-up, and
more each time a window's modules are first imported. A traceback reads
the lines it needs afresh, so emptying the cache changes nothing anyone
sees and leaves that memory for the objects built next.

``forget_sources`` empties the cache after a burst of imports.
``forget_sources_on_import`` keeps it empty while the app runs: a finder
placed first on ``sys.meta_path`` empties the cache each time Python looks
for a module not yet imported (the moment after the hook read the previous
one) and then lets the real finders do the finding. So the cache never
holds more than the few modules of one nested import.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


def forget_sources() -> None:
    """Empty ``linecache``: call it after a burst of imports."""
    linecache.clearcache()


class SourceForgetter:
    """A meta path finder that finds nothing and empties ``linecache``."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        linecache.clearcache()
        return None


_FORGETTER = SourceForgetter()


def forget_sources_on_import() -> None:
    """Keep ``linecache`` empty of imported sources from now on (once per process)."""
    if _FORGETTER not in sys.meta_path:
        sys.meta_path.insert(0, _FORGETTER)


def stop_forgetting_sources() -> None:
    if _FORGETTER in sys.meta_path:
        sys.meta_path.remove(_FORGETTER)
