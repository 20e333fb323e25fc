"""The tray app's composition root: it builds the long-lived objects and connects them.

Nothing here decides or remembers anything: the rules are in ``core``, the
side effects in ``services``, the drawing in ``ui``; the prompt on screen
is the ``PromptPresenter``'s, the windows are ``Windows``', settings are
applied by the ``SettingsApplier``, and whatever the agent must be told
goes through the ``MessageChannel``. ``Companion`` builds those and wires
intents (signals of the widgets) to services and service signals back to
widgets, in one place, as qutebrowser's ``_connect_signals`` does.
``main`` shows the tray first and builds this afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QApplication

from wellbeing.core.call_state import CallSource
from wellbeing.core.records import Source, Tag
from wellbeing.core.settings import Settings
from wellbeing.core.status import status_document
from wellbeing.core.strain import StrainState
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.clock import Clock
from wellbeing.services.daily_share import DailyShare
from wellbeing.services.instance import InstanceServer
from wellbeing.services.ipc_commands import IpcCommands, answer
from wellbeing.services.messages import MessageChannel, Topic
from wellbeing.services.notifier import Notifier, NotifierChain, PlyerNotifier, TrayBalloonNotifier
from wellbeing.services.prompting import PromptService
from wellbeing.services.records import Records
from wellbeing.services.reflection_drafts import DraftKeeper
from wellbeing.services.said_notices import SaidNotices
from wellbeing.services.scheduler import Scheduler
from wellbeing.services.settings_apply import SettingsApplier, load_settings
from wellbeing.services.sharing import SharingService
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.services.worker import SerialWorker
from wellbeing.store.drafts import ReflectionDrafts
from wellbeing.store.store import Store
from wellbeing.ui.prompts.prompt_presenter import PromptPresenter
from wellbeing.ui.tray.actions import AgentActions
from wellbeing.ui.tray.message_bridge import MessageBridge
from wellbeing.ui.tray.strain_text import tooltip
from wellbeing.ui.tray.tray import Tray
from wellbeing.ui.windows import Windows

if TYPE_CHECKING:
    from concurrent.futures import Future

    from wellbeing.services.local_api.calls import ApiCalls
    from wellbeing.services.local_api.controller import LocalApi

CALLS_SETTLE_MS = 150
"""Wait this long after the calls folder changes, so one write is read once."""
QUIT_WAIT_MS = 2000
"""At quit, how long a background job (a share) may take to finish; a hung
network share must not hold the app open."""


class Companion(QObject):
    """Every long-lived object of the tray app, and the wiring between them."""

    def __init__(
        self,
        app: QApplication,
        store: Store,
        clock: Clock,
        *,
        channel: MessageChannel | None = None,
        instance: InstanceServer | None = None,
        tray_available: bool | None = None,
        scheduler: Scheduler | None = None,
        actions: AgentActions | None = None,
        tray: Tray | None = None,
        desktop: Sequence[Notifier] | None = None,
        calls: CallDetection | None = None,
    ) -> None:
        """``actions`` and ``tray`` may already exist: the app shows its tray before
        it loads the rest (see ``main``). ``channel`` is the one the store reports
        to; ``desktop`` the desktop notifiers, before the in-app toast; ``calls``
        the call detection (by default with the microphone sensor, if any)."""
        super().__init__()
        self.app = app
        app.setQuitOnLastWindowClosed(False)
        self.store = store
        self.clock = clock
        self.channel = channel or MessageChannel()
        self.instance = instance
        self.actions = actions or AgentActions(self)
        self.tray = tray or Tray(self.actions, self)
        self.use_tray = Tray.available() if tray_available is None else tray_available
        settings = load_settings(store, self.channel)
        self.service = PromptService(store, clock, settings, parent=self)
        self.scheduler = scheduler or Scheduler(self)
        self.calls = calls or CallDetection.following(settings, clock, parent=self)
        self.settings = SettingsApplier(
            store, self.service, self.scheduler, self.channel, calls=self.calls, parent=self
        )
        self.records = Records(store, self)
        self.worker = SerialWorker(self)
        self.sharing = SharingRunner(
            SharingService(store.data_dir, on_problem=self.channel.report),
            clock=clock,
            worker=self.worker,
            parent=self,
        )
        self.daily_share = DailyShare(self.sharing, store.history, clock)
        self.windows = Windows(clock, self)
        self.drafts = DraftKeeper(ReflectionDrafts(store.data_dir), parent=self)
        self.windows.reflection_drafts = self.drafts
        if desktop is None:
            desktop = [PlyerNotifier(), TrayBalloonNotifier(self.tray.icon)]
        self.messages = MessageBridge(
            self.channel, NotifierChain([*desktop, self.windows.toast_notifier]), self
        )
        self.prompts = PromptPresenter(
            self.service, self.windows, self.actions, NotifierChain(desktop), self
        )
        self.said = SaidNotices(store.data_dir, self.channel)
        self._api: LocalApi | None = None
        self._api_calls: ApiCalls | None = None
        self.ipc = IpcCommands(self)
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self, singleShot=True, interval=CALLS_SETTLE_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        actions, service, windows, prompts = self.actions, self.service, self.windows, self.prompts
        actions.log_requested.connect(partial(service.log_call, source=Source.TRAY))
        actions.on_call_toggled.connect(partial(self.calls.set_explicit, CallSource.MENU))
        actions.rate_last_requested.connect(service.rate_last)
        self.calls.on_call_changed.connect(service.set_on_call)
        self.calls.detected_call_ended.connect(service.record_detected)
        self.calls.unavailable.connect(partial(self.said.notice_once, topic=Topic.CALLS))
        self.calls.status_changed.connect(self.on_calls_status_changed)
        service.on_call_changed.connect(prompts.on_call_changed)
        service.detected_call_recorded.connect(windows.open_rating)
        service.call_logged.connect(windows.on_call_recorded)
        windows.call_rated.connect(service.rate_call)
        actions.break_requested.connect(prompts.on_break_requested)
        actions.pause_requested.connect(service.pause)
        actions.resume_requested.connect(service.resume)
        actions.reflect_requested.connect(prompts.on_reflect_requested)
        actions.coach_requested.connect(windows.open_coach)
        actions.checkin_requested.connect(windows.open_checkin)
        actions.wind_down_requested.connect(prompts.on_wind_down_requested)
        actions.sharing_requested.connect(self.on_sharing_requested)
        actions.history_requested.connect(partial(windows.open_history, self.records))
        actions.settings_requested.connect(self.on_settings_requested)
        actions.quit_requested.connect(self.on_quit)
        actions.prompt_start_requested.connect(prompts.on_start)
        actions.prompt_snooze_requested.connect(prompts.on_snooze)
        actions.prompt_dismiss_requested.connect(prompts.on_dismiss)
        self.tray.quick_log_requested.connect(windows.open_quick_log)
        self.tray.activated_from_message.connect(prompts.on_card_wanted)
        windows.logged_from_popup.connect(self.on_log_from_popup)
        windows.prompt_started.connect(prompts.on_start)
        windows.prompt_snoozed.connect(prompts.on_snooze)
        windows.prompt_dismissed.connect(prompts.on_dismiss)
        windows.prompt_reflect.connect(prompts.on_reflect)
        windows.break_finished.connect(service.record_break)
        windows.reflection_saved.connect(service.record_reflection)
        windows.checkin_saved.connect(service.record_checkin)
        windows.left_behind.connect(prompts.on_left_behind)
        windows.shift_done.connect(prompts.on_shift_done)
        windows.settings_applied.connect(self.settings.apply)
        windows.delete_all_requested.connect(self.on_delete_all)
        windows.undo_log_requested.connect(service.undo_log)
        service.logged_here.connect(windows.confirm_log)
        self.settings.applied.connect(self.on_settings_applied)
        service.strain_changed.connect(self.on_strain_changed)
        service.prompt_ready.connect(prompts.on_ready)
        service.prompt_withdrawn.connect(prompts.on_withdrawn)
        self.scheduler.heartbeat.connect(service.tick)
        self.scheduler.heartbeat.connect(self.daily_share.on_heartbeat)
        self.scheduler.wake.connect(service.tick)
        self.scheduler.prompt_due.connect(service.offer_scheduled)
        self.sharing.failed.connect(partial(self.channel.report, topic=Topic.SHARING))
        self.drafts.failed.connect(partial(self.channel.report, topic=Topic.DATA))
        self.records.changed.connect(service.check_new_calls)
        self.watcher.directoryChanged.connect(self.settle.start)
        self.settle.timeout.connect(service.check_new_calls)
        self.settings.applied.connect(self.apply_api)
        self.ipc.on_call_reported.connect(self.calls.set_explicit)
        self.ipc.settings_changed.connect(self.settings.reload)
        self.ipc.activate_requested.connect(self.on_activate)
        self.ipc.purged.connect(self.on_purged_elsewhere)
        if self.instance is not None:
            self.instance.message.connect(self.ipc.on_message)
            self.instance.answer = self.on_request
        # After the records are saved (slots run in the order connected):
        service.call_logged.connect(windows.reload_history)
        service.break_recorded.connect(windows.reload_history)
        service.log_undone.connect(windows.reload_history)
        windows.reflection_saved.connect(windows.reload_history)
        windows.checkin_saved.connect(windows.reload_history)

    @property
    def api(self) -> LocalApi:
        """The loopback API, built when first turned on: with it off, its modules
        are never imported."""
        if self._api is None:
            from wellbeing.services.local_api.calls import ApiCalls
            from wellbeing.services.local_api.controller import LocalApi

            api = LocalApi(self.store.data_dir, self)
            calls = ApiCalls(self.calls, self.store, self.clock, self)
            api.start_requested.connect(calls.on_start)
            api.end_requested.connect(calls.on_end)
            api.failed.connect(partial(self.channel.report, topic=Topic.RUNNING))
            api.status_requested.connect(self.on_api_status)
            calls.stored.connect(self.service.check_new_calls)
            calls.unrated_recorded.connect(self.windows.open_rating)
            self._api, self._api_calls = api, calls
        return self._api

    @property
    def api_calls(self) -> ApiCalls:
        """The calls the loopback API starts and ends (built with it)."""
        calls = self._api_calls
        if calls is None:
            self.api  # noqa: B018 - builds both
            calls = self._api_calls
        assert calls is not None
        return calls

    def apply_api(self, settings: Settings) -> None:
        """Start, update or stop the loopback API as ``settings`` say."""
        if settings.api_enabled or self._api is not None:
            self.api.apply(settings)

    def start(self) -> None:
        calls_dir = self.store.calls.folder
        calls_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.watcher.addPath(str(calls_dir))
        self.windows.apply_theme(self.service.settings.theme)
        if self.use_tray:
            self.tray.show()
        else:
            self.windows.open_fallback(self.actions)
        self.service.tick()
        QTimer.singleShot(0, self.start_background)
        self.calls.start()

    def start_background(self) -> None:
        """What can wait until the tray shows: the scheduler, sharing, the messages held."""
        self.settings.start()
        self.service.tick()
        self.daily_share.on_heartbeat()
        self.messages.attach()
        self.apply_api(self.service.settings)

    def stop(self) -> None:
        """After the event loop: stop the timers and the socket, give a running
        background job a moment to end, and hold messages again."""
        self.scheduler.shutdown()
        self.drafts.flush()
        self.calls.stop()
        self.settle.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self._api is not None:
            self._api.stop()
        if self.instance is not None:
            self.instance.close()
        self.worker.wait(QUIT_WAIT_MS)
        self.messages.detach()

    # --- slots that only forward ----------------------------------------------------

    def on_quit(self) -> None:
        """Close the windows first (a break in progress is still recorded), then leave:
        ``exit`` rather than ``quit``, which the no-tray window would refuse."""
        for window in self.windows.all():
            window.close()
        self.app.exit(0)

    def on_log_from_popup(self, difficulty: int, tags: list[Tag], note: str) -> None:
        self.service.log_call(difficulty, tags, note, source=Source.POPUP)

    def on_calls_status_changed(self) -> None:
        self.windows.show_calls_status(
            detecting=self.calls.detecting, not_detected=self.calls.not_detected
        )

    def on_settings_requested(self) -> None:
        calls = self.calls
        self.windows.open_settings(
            self.service.settings,
            self.store.data_dir,
            detecting=calls.detecting,
            not_detected=calls.not_detected,
        )

    def on_settings_applied(self, settings: Settings) -> None:
        self.windows.apply_theme(settings.theme)

    def on_sharing_requested(self) -> None:
        self.windows.open_sharing(self.sharing, self.store.history())

    def on_delete_all(self) -> None:
        """Every record goes, and so do the pulses this computer shared (DESIGN.md);
        the pause and offers drawn from the records go before the files do."""
        self.sharing.retract_all()
        self.service.forget()
        self.records.delete_all()

    def on_purged_elsewhere(self) -> None:
        """``wellbeing purge --yes`` deleted the records (and the rest) while the app ran:
        the pause and offers drawn from them go, as after "Delete all my data"."""
        self.service.forget()
        self.service.check_new_calls()

    def on_activate(self) -> None:
        """A second start: the no-tray window comes forward, or the agent is told where
        the icon is."""
        if not self.windows.bring_fallback_forward():
            self.channel.notice(self.tr("Its icon is in the system tray."), Topic.RUNNING)

    def on_request(self, request: dict[str, object]) -> dict[str, object]:
        """A question from ``wellbeing status``: the state, as the tray shows it."""
        return answer(request, self.status_document)

    def status_document(self) -> dict[str, object]:
        return status_document(self.service.state(), self.calls.call_source)

    def on_api_status(self, reply: Future[dict[str, object]]) -> None:
        """A page asks ``GET /v1/status``: the same document as ``wellbeing status``."""
        self.api.answer(reply, self.status_document())

    def on_strain_changed(self, state: StrainState) -> None:
        self.actions.show_unrated(self.service.unrated_call() is not None)
        now = self.clock.now()
        text = tooltip(state, now)
        self.tray.show_state(state, text, now)
        if self.windows.fallback is not None:
            self.windows.fallback.show_state(state, text)
        self.scheduler.wake_at(self.service.next_wake())
