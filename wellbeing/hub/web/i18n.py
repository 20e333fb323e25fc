"""The page's languages: gettext catalogs read straight from the ``.po`` files.

The desktop app's five languages (en, es, fr, pt_BR, de). The ``.po`` files
in ``locale/`` are read with Babel when the hub starts, so a checkout works
without a compile step and there is no ``.mo`` file to forget. The browser's
``Accept-Language`` picks the language; English is the source text. The page
has no plural messages (its numbers sit in sentences that need none), so
templates get ``gettext`` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent

LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES = ("en", "es", "fr", "pt_BR", "de")
DOMAIN = "web"


@dataclass(frozen=True)
class Language:
    """One language's messages and number format, as templates call them."""

    code: str
    messages: dict[str, str]

    @property
    def html_lang(self) -> str:
        return self.code.replace("_", "-")

    def gettext(self, message: str) -> str:
        return self.messages.get(message) or message

    def number(self, value: float, digits: int = 1) -> str:
        """``value`` in this language's notation, at most ``digits`` decimals."""
        pattern = "#,##0." + "#" * digits if digits else "#,##0"
        return format_decimal(value, format=pattern, locale=self.code)

    def percent(self, value: float) -> str:
        """A share given in whole percent (``Point.value``), as this language writes it."""
        return format_percent(value / 100, locale=self.code)


@cache
def language(code: str) -> Language:
    """The catalog for ``code`` (one of ``LANGUAGES``), read once."""
    if code == "en":
        return Language("en", {})
    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    messages = {
        str(message.id): str(message.string)
        for message in catalog
        if isinstance(message.id, str) and message.id and message.string and not message.fuzzy
    }
    return Language(code, messages)


def negotiate(accept_language: str | None) -> Language:
    """The best of ``LANGUAGES`` for an ``Accept-Language`` header, else English."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip().replace("-", "_").lower()))
    for _, _, tag in sorted(ranked):
        for code in LANGUAGES:
            if tag == code.lower():
                return language(code)
        base = tag.split("_")[0]
        for code in LANGUAGES:
            if code.lower().split("_")[0] == base:
                return language(code)
    return language("en")
