"""The page's catalogs: every language complete, placeholders intact, negotiation."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from wellbeing.hub.web.i18n import LANGUAGES, LOCALE_DIR, language, negotiate

PLACEHOLDER = re.compile(r"%\(\w+\)s")


def source_ids() -> set[str]:
    with (LOCALE_DIR / "web.pot").open("rb") as handle:
        return {str(m.id) for m in read_po(handle) if m.id}


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_message_is_translated_with_the_same_placeholders(code: str) -> None:
    catalog = language(code)
    for message in source_ids():
        translated = catalog.gettext(message)
        assert translated != message or message in {"Median", "Team"}, (code, message)
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(message))


def test_the_catalogs_hold_the_templates_current_messages() -> None:
    """A template string changed without re-extracting would show in English."""
    templates = "".join(p.read_text() for p in (LOCALE_DIR.parent / "templates").glob("*.html"))
    for message in re.findall(r'_\("([^"]+)"\)', templates):
        assert message in source_ids(), message


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("de-AT,de;q=0.9", "de"),
        ("en-US,en;q=0.9,de;q=0.8", "en"),
        ("nl,fr;q=0.7,de;q=0.6", "fr"),
        ("pt-PT", "pt_BR"),
        ("es-419", "es"),
        ("de;q=0.2,es;q=0.9", "es"),
        ("de;q=0", "en"),
        ("", "en"),
        (None, "en"),
        ("*", "en"),
    ],
)
def test_the_browsers_language_picks_the_catalog(header: str | None, code: str) -> None:
    assert negotiate(header).code == code


def test_numbers_are_written_the_readers_way() -> None:
    assert language("de").number(5.25) == "5,2"
    assert language("en").percent(40) == "40%"
    assert language("fr").percent(40).startswith("40") and language("fr").percent(40) != "40%"
