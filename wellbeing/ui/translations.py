"""Which language the windows speak, and the Qt translators that make it so.

The Qt way (STYLE.md): ``i18n/wellbeing_<code>.ts`` are the sources that
translators edit in Qt Linguist; ``.qm`` files compiled from them by Qt's
``lrelease`` are loaded with ``QTranslator``, together with Qt's own
``qtbase_<code>.qm`` so that standard buttons (OK, Cancel, Apply) speak
the same language as ours.

Choices:

- The language is, in order: ``--lang``, the ``language`` setting, then the
  system's preferred UI languages (the first we have wins). A code is matched
  ignoring case and ``-`` versus ``_``; a regional code we have no catalogue
  for falls back to its language (``es_MX`` → ``es``, ``pt_PT`` → ``pt_BR``,
  our only Portuguese). An explicit code we do not know means English,
  reported, never a crash.
- An installed wheel or bundle carries compiled ``.qm`` files. A development
  checkout has only the ``.ts``: the language in use is compiled into the
  per-user cache the first time and whenever its ``.ts`` is newer (about
  20 ms for one file), never into the repository.
- ``pseudo`` wraps and lengthens every string by about 40 %, accents its
  letters and keeps ``{placeholders}``, ``%n``, ``&`` mnemonics and tags, so a
  clipped layout shows before a translator ever finds it. Qt's key names
  (context ``QShortcut``) are left alone: shortcuts must still parse.
- ``QLocale.setDefault`` follows the language, so dates and numbers do too;
  it keeps the system's region when the language is the system's own.
"""

from __future__ import annotations

import logging
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellbeing import resources

ENGLISH = "en"
PSEUDO = "pseudo"
SUPPORTED = (ENGLISH, "es", "fr", "pt_BR", "de")
"""The languages we ship (English is the source and needs no catalogue)."""
TRANSLATOR_NAME = "wellbeing-translator"
"""The objectName of every translator installed here, so they can be found and removed."""
COMPILE_TIMEOUT_S = 30

Report = Callable[[str], None]

_log = logging.getLogger(__name__)


# --- choosing the language -----------------------------------------------------


def match_language(code: str) -> str | None:
    """The supported code for ``code`` (``"es-MX"`` → ``"es"``), ``"pseudo"``, or None."""
    clean = code.strip().replace("-", "_").lower()
    if clean == PSEUDO:
        return PSEUDO
    for supported in SUPPORTED:
        if supported.lower() == clean:
            return supported
    base = clean.partition("_")[0]
    for supported in SUPPORTED:
        if base and supported.lower().partition("_")[0] == base:
            return supported
    return None


def choose_language(requested: str | None, setting: str, ui_languages: Sequence[str]) -> str:
    """``requested`` (``--lang``) first, then ``setting``, then the system's list."""
    for wanted in (requested, setting):
        if wanted:
            return match_language(wanted) or ENGLISH
    for wanted in ui_languages:
        found = match_language(wanted)
        if found is not None and found != PSEUDO:
            return found
    return ENGLISH


# --- installing the translators ------------------------------------------------


def install_translators(
    app: QCoreApplication,
    language: str | None = None,
    *,
    setting: str = "",
    system: QLocale | None = None,
    source_dir: Path | None = None,
    cache_dir: Path | None = None,
    on_problem: Report | None = None,
) -> str:
    """Install the translators for ``language`` (``--lang``, else ``setting``, else
    the system's) in place of any installed before; return the code in use.

    Call it before any widget text is made: widgets translate when built.
    ``source_dir`` (where the ``.ts``/``.qm`` are) and ``cache_dir`` (where a
    checkout's ``.qm`` are compiled) are for tests; they default to the
    installation's ``i18n`` folder and the per-user cache.
    """
    report = on_problem or _log.warning
    system = system or QLocale.system()
    code = choose_language(language, setting, system.uiLanguages())
    wanted = language or setting
    if wanted and match_language(wanted) is None:
        report(f"no translation for language {wanted!r}; the windows use English")
    remove_translators(app)
    if code == PSEUDO:
        _install(app, PseudoTranslator())
    elif code != ENGLISH:
        ours = _load_ours(code, source_dir, cache_dir, report)
        if ours is None:
            code = ENGLISH
        else:
            _install(app, ours)
            qtbase = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qtbase.load(f"qtbase_{code}", qt_dir):
                _install(app, qtbase)
    QLocale.setDefault(locale_for(code, system))
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Remove every translator ``install_translators`` installed."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def locale_for(code: str, system: QLocale) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``code``."""
    if code == PSEUDO:
        return system
    wanted = QLocale(code)
    return system if system.language() == wanted.language() else wanted


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    translator.setObjectName(TRANSLATOR_NAME)
    translator.setParent(app)  # keeps it alive, and findable by remove_translators
    app.installTranslator(translator)


def _load_ours(
    code: str, source_dir: Path | None, cache_dir: Path | None, report: Report
) -> QTranslator | None:
    try:
        folder = source_dir or resources.translations_dir()
        qm = compiled_catalogue(code, folder, cache_dir or default_cache_dir())
    except (OSError, subprocess.SubprocessError) as error:
        report(f"the {code} translation could not be prepared ({error}); the windows use English")
        return None
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        report(f"the {code} translation is missing from this installation; the windows use English")
        return None
    return translator


# --- .qm files -----------------------------------------------------------------


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir  # only a development checkout needs it

    return Path(user_cache_dir("wellbeing", appauthor=False)) / "translations"


def compiled_catalogue(code: str, source_dir: Path, cache_dir: Path) -> Path | None:
    """The ``.qm`` to load for ``code``: the shipped one when it is at least as new
    as its ``.ts``, else one compiled into ``cache_dir`` (only when stale).
    None when there is neither a ``.ts`` nor a ``.qm``."""
    name = f"wellbeing_{code}"
    ts, shipped = source_dir / f"{name}.ts", source_dir / f"{name}.qm"
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    written = ts.stat().st_mtime_ns
    if shipped.is_file() and shipped.stat().st_mtime_ns >= written:
        return shipped
    # One folder per checkout, so two checkouts never share a stale file.
    key = f"{zlib.crc32(str(source_dir.resolve()).encode()):08x}"
    cached = cache_dir / key / f"{name}.qm"
    if not cached.is_file() or cached.stat().st_mtime_ns < written:
        compile_catalogue(ts, cached)
    return cached


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` with Qt's lrelease; the file appears whole or not at all."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{qm.stem}-", suffix=".qm", dir=qm.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        subprocess.run(
            [*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(temp)],
            check=True,
            capture_output=True,
            timeout=COMPILE_TIMEOUT_S,
        )
        temp.replace(qm)
    finally:
        temp.unlink(missing_ok=True)


def qt_tool(name: str) -> list[str]:
    """The command for Qt's ``lrelease`` or ``lupdate`` as PySide6 ships them.

    The binary itself, not the ``pyside6-*`` wrapper: that one starts a second
    Python first and takes eight times as long.
    """
    import PySide6

    exe = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if exe.is_file():
        return [str(exe)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"Qt's {name} was not found (it comes with PySide6)")
    return [found]


# --- the pseudo-locale -----------------------------------------------------------

_KEEP = re.compile(
    r"\{[^{}]*\}"  # {placeholder}
    r"|%L?(?:n|\d+)"  # %n, %Ln, %1
    r"|&(?:[A-Za-z]+;|#\d+;|.)"  # &amp; and the like, or a mnemonic and its letter
    r"|<[^<>]*>",  # a rich-text tag
    re.DOTALL,
)
_ACCENTS = str.maketrans(
    "aceginostuyzACEGINOSTUYZ",
    "áçéğïñöšţüýžÁÇÉĞÏÑÖŠŢÜÝŽ",
)
STRETCH = 0.4
"""How much longer a pseudo-translated string is: translations often run this long."""
UNTOUCHED_CONTEXTS = frozenset({"QShortcut"})


def pseudo(text: str) -> str:
    """``"Snooze {n} min"`` → ``"[Šñööžé {n} mïñ ~~~]"``: accented, about 40 % longer,
    with placeholders, mnemonics and tags kept as they were."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for kept in _KEEP.finditer(text):
        parts.append(text[last : kept.start()].translate(_ACCENTS))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTS))
    padding = "~" * max(1, math.ceil(len(text) * STRETCH) - 3)
    return f"[{''.join(parts)} {padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string, Qt's own included, into the pseudo-locale."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context in UNTOUCHED_CONTEXTS:
            return None
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False
