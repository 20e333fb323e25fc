"""Counted phrases through Qt's plural forms ("%Ln entries"), right in English too.

Every language's catalogue gives each count its proper form ("1 Eintrag",
"2 Einträge"; French says "0 pause" in the singular). English is the source
language and has no catalogue, so Qt would print the source as it stands:
"1 entries shown". ``english_singular`` falls back to the English singular
given by the caller when no catalogue translated the phrase and the count is one.

lupdate only finds a plural message in ``self.tr(text, "", count)``, so
widgets translate there and hand the result to ``english_singular``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def english_singular(translated: str, text: str, count: int, one: str) -> str:
    """``translated`` (what ``tr(text, "", count)`` gave), or ``one`` filled in
    when no catalogue translated ``text`` and ``count`` is 1."""
    if count == 1 and translated == _filled(text, count):
        return _filled(one, count)
    return translated


def _filled(text: str, count: int) -> str:
    return text.replace("%Ln", QLocale().toString(count)).replace("%n", str(count))
