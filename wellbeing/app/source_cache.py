"""Let go of the source text PySide6 reads while the app imports its modules.

PySide6's ``__feature__`` import hook asks, for every module imported
after it, whether that module uses PySide6, by reading the module's whole
source through ``inspect.getsource``; ``linecache`` then keeps every line
of every module for the life of the process, several megabytes the app
never looks at again. A traceback reads the lines it needs afresh, so
emptying the cache after each burst of imports changes nothing anyone sees
and leaves that memory for the objects built next.
"""

from __future__ import annotations

import linecache


def forget_sources() -> None:
    """Empty ``linecache``: call it after a burst of imports."""
    linecache.clearcache()
