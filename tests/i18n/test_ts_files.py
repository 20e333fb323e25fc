"""The translation sources: complete, faithful to their placeholders, and up to date.

Every ``i18n/wellbeing_*.ts`` must have a finished, non-empty translation
for every message; each translation must keep the source's ``{name}``
placeholders and Qt's ``%n``/``%1`` arguments (``&`` mnemonics may move
and are not counted); and the set of (context, source) pairs must be
exactly what ``lupdate`` finds in the code today, with no obsolete or
vanished entries left behind. ``python i18n/update.py`` refreshes them.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
LANGUAGES = ("es", "fr", "pt_BR", "de")
TS_FILES = [I18N / f"wellbeing_{code}.ts" for code in LANGUAGES]
SHOWN = 25
"""How many offending messages a failure lists."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    """One text, or one per plural form."""
    kind: str
    """The translation's ``type``: "" (finished), unfinished, obsolete or vanished."""

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                forms = translation.findall("numerusform")
                parts = forms if forms else [translation]
                texts = tuple(part.text or "" for part in parts)
                kind = translation.get("type", "")
            messages.append(Message(name, message.findtext("source", ""), texts, kind))
    return messages


_BRACES = re.compile(r"\{([^{}]*)\}")
_QT_ARGS = re.compile(r"%L?(?:n|\d+)")


def placeholders(text: str) -> tuple[set[str], list[str]]:
    """``{name}`` placeholders (a set: one may be used twice) and Qt's ``%n``/``%1``."""
    return set(_BRACES.findall(text)), sorted(_QT_ARGS.findall(text))


def load_updater() -> ModuleType:
    """``i18n/update.py``: the same lupdate command translators run."""
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def listing(messages: list[Message] | list[str]) -> str:
    shown = "\n".join(f"  {m}" for m in messages[:SHOWN])
    more = f"\n  … and {len(messages) - SHOWN} more" if len(messages) > SHOWN else ""
    return shown + more


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The (context, source) pairs lupdate finds in the code now."""
    target = tmp_path_factory.mktemp("lupdate") / "wellbeing_xx.ts"
    command = load_updater().lupdate_command([target], "-silent")
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=120)
    return {(m.context, m.source) for m in read_ts(target)}


@pytest.mark.parametrize("ts", TS_FILES, ids=LANGUAGES)
def test_every_message_is_translated(ts: Path) -> None:
    messages = read_ts(ts)
    assert messages, f"{ts.name} holds no messages"
    missing = [
        m
        for m in messages
        if m.kind == "unfinished"
        or not m.translations
        or not all(t.strip() for t in m.translations)
    ]
    assert not missing, (
        f"{len(missing)} of {len(messages)} messages in {ts.name} are unfinished or empty "
        f"(translate them and mark them finished; see i18n/README.md):\n{listing(missing)}"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=LANGUAGES)
def test_translations_keep_the_placeholders(ts: Path) -> None:
    wrong = [
        f"{m} → {text!r}"
        for m in read_ts(ts)
        for text in m.translations
        if text.strip() and placeholders(text) != placeholders(m.source)
    ]
    assert not wrong, (
        f"{len(wrong)} translations in {ts.name} change their placeholders "
        f"({{name}} and %n must stay exactly as in the source):\n{listing(wrong)}"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=LANGUAGES)
def test_the_ts_file_matches_the_code(ts: Path, in_code: set[tuple[str, str]]) -> None:
    messages = read_ts(ts)
    gone = [m for m in messages if m.kind in ("obsolete", "vanished")]
    kept = {(m.context, m.source) for m in messages if m not in gone}
    new = sorted(f"{c}: {s!r}" for c, s in in_code - kept)
    stale = sorted(f"{c}: {s!r}" for c, s in kept - in_code)
    assert not (new or stale or gone), (
        f"{ts.name} is out of date with the code; run `python i18n/update.py`, then translate.\n"
        f"In the code, not in {ts.name} ({len(new)}):\n{listing(new)}\n"
        f"In {ts.name}, no longer in the code ({len(stale)}):\n{listing(stale)}\n"
        f"Obsolete or vanished entries ({len(gone)}):\n{listing(gone)}"
    )


def test_placeholders_are_read_as_translators_see_them() -> None:
    assert placeholders("Snooze {n} min · {n}") == ({"n"}, [])
    assert placeholders("%Ln entries, %1 of %2, 100% sure") == (set(), ["%1", "%2", "%Ln"])
    assert placeholders("&Breaks") == placeholders("Pau&sen")
