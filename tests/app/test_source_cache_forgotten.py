"""The source text read at import is let go, and tracebacks still show their lines."""

from __future__ import annotations

import linecache
import traceback

from wellbeing.app.source_cache import forget_sources


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
