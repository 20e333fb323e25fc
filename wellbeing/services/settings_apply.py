"""Settings: read once at start-up, and applied everywhere they matter when changed.

The settings dialog emits the new ``Settings``; ``SettingsApplier.apply``
saves them and hands each part to the object it concerns: the prompt
service (thresholds, work hours), the scheduler (scheduled prompts),
starting at login, the call detection (the Calls page; it gets the old
settings too, so that only what changed is redone). What only the UI can
apply (the theme) it hears from ``applied``. A new language shows at the
next start (the dialog says so): widgets translate their texts when they
are built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from wellbeing.core.errors import InvalidInput
from wellbeing.core.settings import Settings
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.messages import MessageChannel, Topic
from wellbeing.services.prompting import PromptService
from wellbeing.services.scheduler import Scheduler
from wellbeing.store.store import Store

SetAutostart = Callable[[bool], None]


def set_autostart(enabled: bool) -> None:
    """``autostart.set_autostart``, its module (plistlib, subprocess) loaded only
    when the login entry is written, which most starts never do."""
    from wellbeing.services import autostart

    autostart.set_autostart(enabled)


def read_settings(store: Store, channel: MessageChannel, *, instead: str) -> Settings | None:
    """The saved settings; None when they are unreadable, reported with what is
    done ``instead``. The one place settings are read back, at start and later."""
    try:
        return Settings.from_dict(store.load_settings())
    except InvalidInput as error:
        channel.report(f"settings ignored, {instead}: {error}")
        return None


def load_settings(store: Store, channel: MessageChannel) -> Settings:
    """The saved settings, or the defaults when they are unreadable (reported)."""
    return read_settings(store, channel, instead="defaults used") or Settings()


class SettingsApplier(QObject):
    applied = Signal(object)
    """The ``Settings`` now in force, once saved and applied to the services."""

    def __init__(
        self,
        store: Store,
        prompts: PromptService,
        scheduler: Scheduler,
        channel: MessageChannel,
        *,
        set_autostart: SetAutostart = set_autostart,
        calls: CallDetection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._prompts = prompts
        self._scheduler = scheduler
        self._channel = channel
        self._set_autostart = set_autostart
        self._calls = calls

    def start(self) -> None:
        """At start-up, once the tray shows: start the scheduler, and renew the
        login entry (the app may have moved since it was turned on)."""
        settings = self._prompts.settings
        self._scheduler.start(settings)
        if settings.autostart:
            self._apply_autostart(True)

    def apply(self, settings: Settings) -> None:
        """Save ``settings`` and put them in force."""
        self._store.save_settings(settings.to_dict())
        self._take(settings)

    def reload(self) -> None:
        """Settings another process saved (``wellbeing api on|off|token``): put in
        force as the dialog's Apply would, without writing the file back; unreadable
        ones are told and those in force kept."""
        settings = read_settings(self._store, self._channel, instead="those in force kept")
        if settings is not None:
            self._take(settings)

    def _take(self, settings: Settings) -> None:
        old = self._prompts.settings
        self._prompts.apply_settings(settings)
        self._scheduler.rebuild(settings)
        if self._calls is not None:
            self._calls.apply_settings(old, settings)
        if settings.autostart != old.autostart:
            self._apply_autostart(settings.autostart)
        self.applied.emit(settings)

    def _apply_autostart(self, enabled: bool) -> None:
        """A failure is told, never raised."""
        try:
            self._set_autostart(enabled)
        except OSError as error:
            self._channel.report(str(error), Topic.AUTOSTART)
