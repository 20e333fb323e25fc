"""The tray app's entry point: show the tray at once, then load the rest.

Showing the icon is the first thing an agent sees, so ``launch`` builds only
the tray and its menu (Qt, the SVG icons, the actions), shows the app's own
icon, and returns to the event loop; ``finish`` then opens the store, claims
the single instance, builds the ``Companion`` (services, windows) and turns
the icon to the real strain level a fraction of a second later. The menu's
actions do nothing until then, which no hand is quick enough to notice.

The app never runs half-built: when the store or the companion cannot be
built (a data directory that cannot be used, a bug), ``finish`` says why on
stderr and in a message box, and the app exits with 1, rather than staying
as a tray whose menu does nothing.

Problems found while opening the store go to the ``MessageChannel``, which
holds them until the companion shows them, once the tray is up.

Widgets translate their texts when they are built, so the translators are
installed in ``launch`` before the menu exists, from ``--lang`` or the
system's language; ``finish`` reads the ``language`` setting from the store
and, when it asks for another language, reinstalls them and retranslates the
menu before anything else is built.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wellbeing.app.source_cache import (
    forget_sources,
    forget_sources_on_import,
    stop_forgetting_sources,
)
from wellbeing.services import ipc_client
from wellbeing.services.messages import MessageChannel
from wellbeing.store.paths import resolve_data_dir
from wellbeing.ui.translations import choose_language, install_translators
from wellbeing.ui.tray.actions import AgentActions
from wellbeing.ui.tray.icons import app_icon
from wellbeing.ui.tray.tray import Tray

if TYPE_CHECKING:
    from wellbeing.app.companion import Companion
    from wellbeing.services.clock import Clock
    from wellbeing.services.instance import InstanceServer
    from wellbeing.store.store import Store

EXIT_FAILURE = 1
log = logging.getLogger(__name__)


def warn(message: str) -> None:
    """One line on stderr for a problem the app works around (both windowed entry points)."""
    print(f"wellbeing: warning: {message}", file=sys.stderr)


def _stderr_and_channel(channel: MessageChannel) -> Callable[[str], None]:
    """Store problems: one line on stderr now, and to the agent once the tray shows."""

    def report(message: str) -> None:
        warn(message)
        channel.report(message)

    return report


class Launch:
    """The app between its tray showing and its companion being ready."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        clock: Clock | None,
        *,
        lang: str | None = None,
        language: str = "en",
    ) -> None:
        """``lang`` is ``--lang``; ``language`` the code installed for it in ``launch``."""
        self.app = app
        self.data_dir = data_dir
        self.clock = clock
        self.lang = lang
        self.language = language
        self.actions = AgentActions()
        self.tray = Tray(self.actions)
        self.channel = MessageChannel()
        self.companion: Companion | None = None
        self.exit_code: int | None = None
        self.on_ready: Callable[[Companion], None] | None = None
        self._show_starting()

    @classmethod
    def tell_failure(cls, text: str) -> None:
        """Say, in a window, why the app cannot start (tests replace this)."""
        QMessageBox.critical(
            None, QCoreApplication.translate("Launch", "wellbeing cannot start"), text
        )

    def _show_starting(self) -> None:
        if Tray.available():
            self.tray.show_starting(QCoreApplication.translate("Launch", "wellbeing is starting…"))

    def finish(self) -> None:
        """Build the rest, or say why it cannot be built and leave with exit code 1."""
        from wellbeing.services.instance import InstanceServer, start_or_activate

        server = InstanceServer(self.data_dir)
        try:
            alone = start_or_activate(server)
        except OSError as error:
            print(f"wellbeing: error: {error}", file=sys.stderr)
            alone = None
        if not alone:
            if alone is False:
                print("wellbeing is already running; it has been brought forward", file=sys.stderr)
            self.tray.hide()
            self.exit_code = 0 if alone is False else 1
            self.app.exit(self.exit_code)
            return
        companion: Companion | None = None
        try:
            companion = self._build(server)
            companion.start()
        except Exception as error:  # any failure here would leave an inert tray
            server.close()
            for window in companion.windows.all() if companion is not None else []:
                window.hide()  # the no-tray window refuses to close
            self._fail(error)
            return
        self.companion = companion
        if self.on_ready is not None:
            self.on_ready(companion)

    def _build(self, server: InstanceServer) -> Companion:
        from wellbeing.app.companion import Companion
        from wellbeing.services.clock import SystemClock
        from wellbeing.store.store import Store

        store = Store.open(self.data_dir, on_problem=_stderr_and_channel(self.channel))
        self.follow_language_setting(store)
        companion = Companion(
            self.app,
            store,
            self.clock or SystemClock(),
            channel=self.channel,
            instance=server,
            actions=self.actions,
            tray=self.tray,
        )
        if not companion.use_tray:
            print(
                "wellbeing: no system tray on this desktop; showing a small window instead",
                file=sys.stderr,
            )
        return companion

    def _fail(self, error: Exception) -> None:
        from wellbeing.store.errors import StoreError

        if not isinstance(error, StoreError | OSError):
            log.error("wellbeing could not start", exc_info=error)
        reason = " ".join(str(error).split()) or type(error).__name__
        print(f"wellbeing: error: cannot start: {reason}", file=sys.stderr)
        self.tray.hide()
        type(self).tell_failure(reason)
        self.exit_code = EXIT_FAILURE
        self.app.exit(EXIT_FAILURE)

    def follow_language_setting(self, store: Store) -> None:
        """Switch to the saved language when ``--lang`` did not choose and it
        differs from the system's, which ``launch`` assumed."""
        setting = "" if self.lang else _saved_language(store)
        if not setting:
            return
        wanted = choose_language(None, setting, QLocale.system().uiLanguages())
        if wanted == self.language:
            return
        self.language = install_translators(self.app, None, setting=setting, on_problem=warn)
        self.actions.retranslate()
        self._show_starting()


def _saved_language(store: Store) -> str:
    """The ``language`` setting; "" (the system's) when the settings are unreadable,
    which the companion reports."""
    from wellbeing.core.errors import InvalidInput
    from wellbeing.core.settings import Settings

    try:
        return Settings.from_dict(store.load_settings()).language
    except InvalidInput:
        return ""


def launch(data_dir: Path, clock: Clock | None = None, *, lang: str | None = None) -> Launch | int:
    """Show the tray and schedule the rest; or, when an app already runs for
    ``data_dir``, ask it to come forward and return the exit code. ``lang`` is
    ``--lang``: it wins over the setting and the system."""
    forget_sources_on_import()
    forget_sources()
    try:
        running = ipc_client.send(data_dir, {"activate": True})
    except ipc_client.ForeignInstance as error:
        print(f"wellbeing: error: {error}", file=sys.stderr)
        return 1
    if running:
        print("wellbeing is already running; it has been brought forward", file=sys.stderr)
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("wellbeing")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())
    language = install_translators(app, lang, on_problem=warn)
    started = Launch(app, data_dir, clock, lang=lang, language=language)
    QTimer.singleShot(0, started.finish)
    return started


def run(args: argparse.Namespace) -> int:
    started = launch(resolve_data_dir(args.data_dir, os.environ), lang=args.lang)
    if isinstance(started, int):
        return started
    try:
        code = started.app.exec()
    finally:
        if started.companion is not None:
            started.companion.stop()
        stop_forgetting_sources()
    return started.exit_code if started.exit_code is not None else code
