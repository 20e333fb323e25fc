"""The tray app's long-lived objects and the wiring between them.

Nothing here decides anything: the rules are in ``core``, the side effects
in ``services``, the drawing in ``ui``. ``Companion`` only wires intents
(signals of the widgets) to services and service signals back to widgets,
in one place, as qutebrowser's ``_connect_signals`` does. ``app.py`` shows
the tray first and builds this afterwards.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QFileSystemWatcher, QObject, QPoint, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing.core.errors import InvalidInput
from wellbeing.core.policy import Offer
from wellbeing.core.records import PromptKind, PromptOutcome, Reflection, Source, Tag, new_id
from wellbeing.core.settings import Settings
from wellbeing.core.strain import StrainState
from wellbeing.services import autostart
from wellbeing.services.clock import Clock
from wellbeing.services.instance import InstanceServer
from wellbeing.services.notifier import NotifierChain, PlyerNotifier, TrayBalloonNotifier
from wellbeing.services.prompting import PromptService
from wellbeing.services.scheduler import Scheduler
from wellbeing.services.sharing import SharingService
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.store.store import Store
from wellbeing.ui import prompt_text
from wellbeing.ui.actions import AgentActions
from wellbeing.ui.fallback_window import FallbackWindow
from wellbeing.ui.prompt_card import PromptCard
from wellbeing.ui.quick_log import QuickLogPopup
from wellbeing.ui.strain_text import tooltip
from wellbeing.ui.theme import apply_theme
from wellbeing.ui.tray import Tray
from wellbeing.ui.windows import Windows

CALLS_SETTLE_MS = 150
"""Wait this long after the calls folder changes, so one write is read once."""


def load_settings(store: Store) -> Settings:
    """The saved settings, or the defaults when they are unreadable (reported)."""
    try:
        return Settings.from_dict(store.load_settings())
    except InvalidInput as error:
        store.problems.append(f"settings ignored, defaults used: {error}")
        return Settings()


class Companion(QObject):
    """Every long-lived object of the tray app, and the wiring between them."""

    def __init__(
        self,
        app: QApplication,
        store: Store,
        clock: Clock,
        *,
        tray_available: bool | None = None,
        scheduler: Scheduler | None = None,
        actions: AgentActions | None = None,
        tray: Tray | None = None,
    ) -> None:
        """``actions`` and ``tray`` may already exist: the app shows its tray
        before it loads the rest (see app.py)."""
        super().__init__()
        self.app = app
        app.setQuitOnLastWindowClosed(False)
        self.store = store
        self.clock = clock
        settings = load_settings(store)
        self.service = PromptService(store, clock, settings, parent=self)
        self.scheduler = scheduler or Scheduler(self)
        self.actions = actions or AgentActions(self)
        self.tray = tray or Tray(self.actions, self)
        use_tray = Tray.available() if tray_available is None else tray_available
        self.fallback = None if use_tray else FallbackWindow(self.actions)
        self._quick_log: QuickLogPopup | None = None
        self._card: PromptCard | None = None
        self.notifier = NotifierChain([PlyerNotifier(), TrayBalloonNotifier(self.tray.icon)])
        self.windows = Windows(clock, self)
        self.instance: InstanceServer | None = None
        self.sharing = SharingRunner(
            SharingService(store.data_dir, on_problem=store.problems.append), clock=clock
        )
        self.sharing.setParent(self)
        self._shared_on: date | None = None
        self.shown_offer: Offer | None = None
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self, singleShot=True, interval=CALLS_SETTLE_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        actions, service = self.actions, self.service
        actions.log_requested.connect(self.on_log_from_menu)
        actions.on_call_toggled.connect(service.set_on_call)
        actions.break_requested.connect(self.on_break_requested)
        actions.pause_requested.connect(service.pause)
        actions.resume_requested.connect(service.resume)
        actions.reflect_requested.connect(self.on_reflect_on_last_call)
        actions.coach_requested.connect(self.windows.open_coach)
        actions.checkin_requested.connect(self.windows.open_checkin)
        actions.wind_down_requested.connect(self.on_wind_down_requested)
        actions.sharing_requested.connect(self.on_sharing_requested)
        actions.history_requested.connect(self.on_history_requested)
        actions.settings_requested.connect(self.on_settings_requested)
        actions.quit_requested.connect(self.on_quit)
        self.tray.quick_log_requested.connect(self.on_quick_log_requested)
        self.tray.activated_from_message.connect(self.on_card_wanted)
        actions.prompt_start_requested.connect(self.on_prompt_started)
        actions.prompt_snooze_requested.connect(self.on_prompt_snoozed)
        actions.prompt_dismiss_requested.connect(self.on_prompt_dismissed)
        service.strain_changed.connect(self.on_strain_changed)
        service.prompt_ready.connect(self.on_prompt_ready)
        service.prompt_withdrawn.connect(self.on_prompt_withdrawn)
        self.scheduler.heartbeat.connect(service.tick)
        self.scheduler.heartbeat.connect(self.on_heartbeat)
        self.sharing.failed.connect(self.on_sharing_failed)
        self.scheduler.wake.connect(service.tick)
        self.scheduler.prompt_due.connect(service.offer_scheduled)
        self.watcher.directoryChanged.connect(self.settle.start)
        self.settle.timeout.connect(service.check_new_calls)
        self.windows.break_finished.connect(service.record_break)
        self.windows.reflection_saved.connect(service.record_reflection)
        self.windows.checkin_saved.connect(service.record_checkin)
        self.windows.left_behind.connect(self.on_left_behind)
        self.windows.shift_done.connect(self.on_shift_done)
        # After the records are saved (slots run in the order connected):
        service.call_logged.connect(self.on_records_changed)
        service.break_recorded.connect(self.on_records_changed)
        self.windows.reflection_saved.connect(self.on_records_changed)
        self.windows.checkin_saved.connect(self.on_records_changed)

    @property
    def quick_log(self) -> QuickLogPopup:
        """Built at the first left click: a tray that is never clicked costs nothing."""
        if self._quick_log is None:
            self._quick_log = QuickLogPopup()
            self._quick_log.log_requested.connect(self.on_log_from_popup)
        return self._quick_log

    @property
    def card(self) -> PromptCard:
        """Built with the first prompt."""
        if self._card is None:
            self._card = PromptCard()
            self._card.start_requested.connect(self.on_prompt_started)
            self._card.snooze_requested.connect(self.on_prompt_snoozed)
            self._card.dismiss_requested.connect(self.on_prompt_dismissed)
            self._card.reflect_requested.connect(self.on_prompt_reflect)
        return self._card

    def widgets(self) -> list[QWidget]:
        """Every top-level widget built so far (for tests and a clean quit)."""
        built = [self._quick_log, self._card, self.fallback, *self.windows.all()]
        return [widget for widget in built if widget is not None]

    def start(self) -> None:
        calls_dir = self.store.calls.folder
        calls_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.watcher.addPath(str(calls_dir))
        if self.fallback is not None:
            self.fallback.show()
        else:
            self.tray.show()
        self.service.tick()
        QTimer.singleShot(0, self.start_background)

    def start_background(self) -> None:
        """What can wait until the tray shows: the scheduler, sharing, start-up messages."""
        self.scheduler.start(self.service.settings)
        self.service.tick()
        self.on_heartbeat()
        if self.service.settings.autostart:
            self.apply_autostart(True)  # the app may have moved since it was turned on
        for problem in self.store.problems:
            self.notifier.notify(self.tr("wellbeing kept your data safe"), problem)

    def stop(self) -> None:
        self.scheduler.shutdown()
        self.sharing.wait(2000)
        if self.instance is not None:
            self.instance.close()

    # --- intents from the widgets -------------------------------------------

    def on_quit(self) -> None:
        """Close the windows first (a break in progress is still recorded), then leave:
        ``exit`` rather than ``quit``, which the no-tray window would refuse."""
        for window in self.windows.all():
            window.close()
        self.app.exit(0)

    def on_log_from_menu(self, difficulty: int) -> None:
        self.service.log_call(difficulty, source=Source.TRAY)

    def on_log_from_popup(self, difficulty: int, tags: list[Tag], note: str) -> None:
        self.service.log_call(difficulty, tags, note, source=Source.POPUP)

    def on_quick_log_requested(self, where: QPoint) -> None:
        self.quick_log.popup_at(where)

    def on_break_requested(self) -> None:
        settings = self.service.settings
        self.windows.open_breathing(settings, settings.default_break_min * 60, "manual")

    def on_reflect_on_last_call(self) -> None:
        self.windows.open_reflection(self.service.last_call())

    def on_wind_down_requested(self) -> None:
        service = self.service
        self.windows.open_wind_down(service.day_summary(), service.settings, service.rest_until())

    def on_left_behind(self, text: str) -> None:
        reflection = Reflection(new_id(), self.clock.now(), journal=text)
        self.service.record_reflection(reflection)

    def on_shift_done(self) -> None:
        self.service.pause_until(self.service.rest_until())

    def on_prompt_started(self) -> None:
        offer = self._take_shown_offer()
        if offer is None:
            return
        self.service.answer(offer, PromptOutcome.TAKEN)
        if offer.kind is PromptKind.REFLECT:
            self.windows.open_reflection(self.service.call(offer.call_id))
        elif offer.kind is PromptKind.CHECKIN:
            self.windows.open_checkin()
        elif offer.kind is PromptKind.WIND_DOWN:
            self.on_wind_down_requested()
        else:
            self.windows.open_breathing(self.service.settings, offer.break_s, offer.kind.value)

    def on_prompt_reflect(self) -> None:
        offer = self._take_shown_offer()
        if offer is not None:
            self.service.answer(offer, PromptOutcome.TAKEN)
            self.windows.open_reflection(self.service.call(offer.call_id))

    def on_prompt_snoozed(self, minutes: int) -> None:
        offer = self._take_shown_offer()
        if offer is not None:
            self.service.snooze(offer, minutes)

    def on_prompt_dismissed(self) -> None:
        offer = self._take_shown_offer()
        if offer is not None:
            self.service.answer(offer, PromptOutcome.DISMISSED)

    def _take_shown_offer(self) -> Offer | None:
        """The offer being answered, once: the card and the menu both stop showing it."""
        offer, self.shown_offer = self.shown_offer, None
        self.card.hide_prompt()
        self.actions.show_prompt(None)
        return offer

    def on_card_wanted(self) -> None:
        if self.shown_offer is not None:
            self.card.show()

    def on_settings_requested(self) -> None:
        from wellbeing.ui.settings_dialog import SettingsDialog

        if self.windows.bring_forward("settings"):
            return
        dialog = SettingsDialog(self.service.settings, self.store.data_dir)
        dialog.settings_applied.connect(self.on_settings_applied)
        dialog.open_data_folder_requested.connect(self.on_open_data_folder)
        dialog.delete_all_requested.connect(self.on_delete_all)
        self.windows.keep("settings", dialog)
        dialog.show()

    def on_settings_applied(self, settings: Settings) -> None:
        """Save and apply at once; a new language shows at the next start (the
        dialog says so), as widgets translate their texts when built."""
        autostart_changed = settings.autostart != self.service.settings.autostart
        self.store.save_settings(settings.to_dict())
        self.service.apply_settings(settings)
        self.scheduler.rebuild(settings)
        self.windows.colors = apply_theme(self.app, settings.theme)
        if autostart_changed:
            self.apply_autostart(settings.autostart)

    def apply_autostart(self, enabled: bool) -> None:
        """Start at login, or stop doing so; a failure is told, never raised."""
        try:
            autostart.set_autostart(enabled)
        except OSError as error:
            self.notifier.notify(self.tr("Starting at login could not be changed"), str(error))

    def on_heartbeat(self) -> None:
        """Once a day, share the weeks that ended (nothing happens while sharing is off)."""
        today = self.clock.now().date()
        if self._shared_on != today:
            self._shared_on = today
            self.sharing.auto_publish(self.store.history)

    def on_sharing_requested(self) -> None:
        from wellbeing.ui.sharing_dialog import SharingDialog

        if self.windows.bring_forward("sharing"):
            return
        dialog = SharingDialog(
            self.sharing, self.store.history(), self.clock, colors=self.windows.colors
        )
        self.windows.keep("sharing", dialog)
        dialog.show()

    def on_history_requested(self) -> None:
        from wellbeing.ui.history_window import HistoryWindow

        if self.windows.bring_forward("history"):
            return
        window = HistoryWindow(self.store, self.clock, colors=self.windows.colors)
        window.record_deleted.connect(self.on_record_deleted)
        self.windows.keep("history", window)
        window.show()

    def on_record_deleted(self, kind: str, record_id: str) -> None:
        """A deleted call or break changes the streak: the tray must say so."""
        self.service.check_new_calls()

    def on_records_changed(self) -> None:
        history = self.windows.kept("history")
        if history is None or not history.isVisible():
            return
        from wellbeing.ui.history_window import HistoryWindow

        if isinstance(history, HistoryWindow):
            history.reload()

    def on_sharing_failed(self, message: str) -> None:
        self.notifier.notify(self.tr("Team sharing did not work"), message)

    def on_open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.data_dir)))

    def on_delete_all(self) -> None:
        """Every record goes, and so do the pulses this computer shared (DESIGN.md)."""
        self.sharing.turn_off()
        self.store.purge()
        self.service.check_new_calls()

    def on_message(self, message: dict[str, object]) -> None:
        """A message from another wellbeing process (``on-call``, a second start)."""
        if isinstance(message.get("on_call"), bool):
            self.service.set_on_call(bool(message["on_call"]))
        if message.get("activate") and self.fallback is not None:
            self.fallback.showNormal()
            self.fallback.raise_()
        elif message.get("activate"):
            self.notifier.notify(
                self.tr("wellbeing is already running"), self.tr("Its icon is in the system tray.")
            )

    # --- state from the services --------------------------------------------

    def on_strain_changed(self, state: StrainState) -> None:
        text = tooltip(state, self.clock.now())
        self.tray.show_state(state, text)
        if self.fallback is not None:
            self.fallback.show_state(state, text)
        self.scheduler.wake_at(self.service.next_wake())

    def on_prompt_ready(self, offer: Offer) -> None:
        self.shown_offer = offer
        title, reason = prompt_text.title(offer), prompt_text.reason(offer)
        self.card.show_prompt(
            title,
            reason,
            prompt_text.suggestion(offer),
            start_text=prompt_text.start_label(offer),
            can_reflect=offer.offers_reflection and offer.kind is not PromptKind.REFLECT,
        )
        self.actions.show_prompt(f"{title} · {reason}")
        if self.service.settings.notifications:
            self.notifier.notify(title, reason)

    def on_prompt_withdrawn(self, offer_id: str) -> None:
        if self.shown_offer is not None and self.shown_offer.id == offer_id:
            self._take_shown_offer()
