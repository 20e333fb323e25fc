"""Every window of the tray app: opened on request, kept while open, reported back as signals.

One place opens and keeps them all: the breathing, reflection, check-in,
coach and wind-down windows, the settings, sharing and history dialogs,
the prompt card, the quick-log popup, the no-tray window and the toast.
One instance of each at a time: asking again brings the open one forward
instead of stacking copies. A parentless widget whose last Python
reference goes is deleted, and would vanish as it opens: holding them here
is what keeps them alive. Each window's module is imported when it first
opens, so the tray starts without paying for windows not yet used.

What a window produces (a break, a reflection, a check-in, an answer to a
prompt, new settings) comes back as a signal of this object, which the
composition root connects to the services and the prompt presenter.
Nothing here decides or stores anything.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing.core.history import History
from wellbeing.core.records import Call
from wellbeing.core.settings import Settings
from wellbeing.core.winddown import DaySummary
from wellbeing.services.clock import Clock
from wellbeing.ui.placement import show_on_cursor_screen
from wellbeing.ui.theme import Colors, SchemeFollower, apply_theme

if TYPE_CHECKING:
    from wellbeing.services.records import Records
    from wellbeing.services.reflection_drafts import DraftKeeper
    from wellbeing.services.sharing_runner import SharingRunner
    from wellbeing.ui.breathing.breathing_window import BreathingWindow
    from wellbeing.ui.history.history_window import HistoryWindow
    from wellbeing.ui.prompts.log_confirmation import LogConfirmation
    from wellbeing.ui.prompts.prompt_card import PromptCard
    from wellbeing.ui.prompts.quick_log import QuickLogPopup
    from wellbeing.ui.prompts.rating_card import RatingCard
    from wellbeing.ui.reflection.checkin_window import CheckInWindow
    from wellbeing.ui.reflection.coach_card import CoachCard
    from wellbeing.ui.reflection.reflection_dialog import ReflectionDialog
    from wellbeing.ui.reflection.wind_down import WindDownWindow
    from wellbeing.ui.settings.settings_dialog import SettingsDialog
    from wellbeing.ui.sharing.sharing_dialog import SharingDialog
    from wellbeing.ui.tray.actions import AgentActions
    from wellbeing.ui.tray.fallback_window import FallbackWindow
    from wellbeing.ui.tray.toast import Toast


def _bring_forward(window: QWidget | None) -> bool:
    if window is None or not window.isVisible():
        return False
    window.showNormal()
    window.raise_()
    window.activateWindow()
    return True


class ToastOnFirstUse:
    """A notifier that builds the toast when it first has something to show."""

    name = "toast"

    def __init__(self, windows: Windows) -> None:
        self._windows = windows

    def notify(self, title: str, message: str) -> None:
        self._windows.toast.notify(title, message)


class Windows(QObject):
    break_finished = Signal(object)  # Break
    reflection_saved = Signal(object)  # Reflection
    checkin_saved = Signal(object)  # CheckIn
    left_behind = Signal(str)
    shift_done = Signal()
    logged_from_popup = Signal(int, object, str)  # difficulty, tags, note
    prompt_started = Signal()
    prompt_snoozed = Signal(int)
    prompt_dismissed = Signal()
    prompt_reflect = Signal()
    settings_applied = Signal(object)  # Settings
    delete_all_requested = Signal()
    call_rated = Signal(str, int, object)  # call id, difficulty, list[Tag]
    undo_log_requested = Signal(str)  # the id of a call just logged from the app

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.colors: Colors | None = None
        self._follower: SchemeFollower | None = None
        self.breathing: BreathingWindow | None = None
        self.reflection: ReflectionDialog | None = None
        self.checkin: CheckInWindow | None = None
        self.coach: CoachCard | None = None
        self.wind_down: WindDownWindow | None = None
        self.settings: SettingsDialog | None = None
        self.sharing: SharingDialog | None = None
        self.history: HistoryWindow | None = None
        self.fallback: FallbackWindow | None = None
        self._card: PromptCard | None = None
        self.rating: RatingCard | None = None
        self._quick_log: QuickLogPopup | None = None
        self._toast: Toast | None = None
        self.reflection_drafts: DraftKeeper | None = None
        """Keeps a reflection's draft while it is written; set by the app."""
        self._log_confirmation: LogConfirmation | None = None

    def apply_theme(self, theme: str) -> None:
        """Colour the app and every window opened from now on."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.colors = apply_theme(app, theme)
        if self._follower is None:
            self._follower = SchemeFollower(app, theme, self)
            self._follower.changed.connect(self._on_scheme_colors)
        self._follower.theme = theme

    def _on_scheme_colors(self, chosen: Colors) -> None:
        self.colors = chosen

    # --- the surfaces that are always at hand -----------------------------------

    @property
    def toast(self) -> Toast:
        """Built with the first message the desktop could not show."""
        if self._toast is None:
            from wellbeing.ui.tray.toast import Toast

            self._toast = Toast()
        return self._toast

    @property
    def toast_notifier(self) -> ToastOnFirstUse:
        """The toast as the last of the notifiers, built only when a message reaches it."""
        return ToastOnFirstUse(self)

    @property
    def card(self) -> PromptCard:
        """Built with the first prompt."""
        if self._card is None:
            from wellbeing.ui.prompts.prompt_card import PromptCard

            self._card = PromptCard()
            self._card.start_requested.connect(self.prompt_started)
            self._card.snooze_requested.connect(self.prompt_snoozed)
            self._card.dismiss_requested.connect(self.prompt_dismissed)
            self._card.reflect_requested.connect(self.prompt_reflect)
        return self._card

    @property
    def quick_log(self) -> QuickLogPopup:
        """Built at the first left click: a tray that is never clicked costs nothing."""
        if self._quick_log is None:
            from wellbeing.ui.prompts.quick_log import QuickLogPopup

            self._quick_log = QuickLogPopup()
            self._quick_log.log_requested.connect(self.logged_from_popup)
        return self._quick_log

    def open_quick_log(self, where: QPoint) -> None:
        self.quick_log.popup_at(where)

    def confirm_log(self, call: Call) -> None:
        """Say a call logged from the app was stored, with an Undo (issue 15)."""
        if self._log_confirmation is None:
            from wellbeing.ui.prompts.log_confirmation import LogConfirmation

            self._log_confirmation = LogConfirmation()
            self._log_confirmation.undo_requested.connect(self.undo_log_requested)
        self._log_confirmation.confirm(call)

    @property
    def log_confirmation(self) -> LogConfirmation | None:
        return self._log_confirmation

    def open_fallback(self, actions: AgentActions) -> FallbackWindow:
        """The small window that stands in for a tray the desktop does not have."""
        if self.fallback is None:
            from wellbeing.ui.tray.fallback_window import FallbackWindow

            self.fallback = FallbackWindow(actions)
        self.fallback.show()
        return self.fallback

    def bring_fallback_forward(self) -> bool:
        """Raise the no-tray window; False when there is none (the tray is in use)."""
        if self.fallback is None:
            return False
        self.fallback.showNormal()
        self.fallback.raise_()
        return True

    # --- the windows opened on request --------------------------------------------

    def open_breathing(
        self, settings: Settings, seconds: int, trigger: str, reflect_on: Call | None = None
    ) -> None:
        """Breathe at once for exactly ``seconds``; ``reflect_on``: the hard call it
        followed, offered for a reflection when the break is over."""
        if _bring_forward(self.breathing):
            return
        from wellbeing.ui.breathing.breathing_window import BreathingWindow

        self.breathing = BreathingWindow(
            self._clock,
            pattern_id=settings.default_pattern,
            seconds=seconds,
            reduced_motion=settings.reduced_motion,
            trigger=trigger,
            offer_reflection=reflect_on is not None,
            colors=self.colors,
        )
        self.breathing.finished.connect(self.break_finished)
        self.breathing.reflect_requested.connect(lambda: self.open_reflection(reflect_on))
        show_on_cursor_screen(self.breathing)

    def open_reflection(
        self, call: Call | None, then_breathe: tuple[Settings, int, str] | None = None
    ) -> None:
        """``then_breathe``: the breathing (settings, seconds, trigger) offered once saved.
        The dialog's draft comes from, and goes to, ``reflection_drafts``."""
        if _bring_forward(self.reflection):
            return
        from wellbeing.ui.reflection.reflection_dialog import ReflectionDialog

        keeper = self.reflection_drafts
        self.reflection = ReflectionDialog(
            call,
            self._clock,
            colors=self.colors,
            draft=None if keeper is None else keeper.load(None if call is None else call.id),
            offer_breathing=then_breathe is not None,
        )
        self.reflection.saved.connect(self.reflection_saved)
        if keeper is not None:
            self.reflection.draft_changed.connect(keeper.on_changed)
            self.reflection.draft_kept.connect(keeper.on_kept)
            self.reflection.draft_dropped.connect(keeper.on_dropped)
        if then_breathe is not None:
            self.reflection.breathing_requested.connect(lambda: self.open_breathing(*then_breathe))
        self.reflection.present()

    def open_checkin(self) -> None:
        if _bring_forward(self.checkin):
            return
        from wellbeing.ui.reflection.checkin_window import CheckInWindow

        self.checkin = CheckInWindow(self._clock, colors=self.colors)
        self.checkin.saved.connect(self.checkin_saved)
        show_on_cursor_screen(self.checkin)

    def open_coach(self) -> None:
        if _bring_forward(self.coach):
            return
        from wellbeing.ui.reflection.coach_card import CoachCard

        self.coach = CoachCard(self.colors)
        show_on_cursor_screen(self.coach)

    def open_wind_down(self, summary: DaySummary, settings: Settings, rest_until: datetime) -> None:
        if _bring_forward(self.wind_down):
            return
        from wellbeing.ui.reflection.wind_down import WindDownWindow

        self.wind_down = WindDownWindow(
            summary,
            self._clock,
            reduced_motion=settings.reduced_motion,
            colors=self.colors,
            rest_until=rest_until,
        )
        self.wind_down.left_behind.connect(self.left_behind)
        self.wind_down.done.connect(self.shift_done)
        self.wind_down.breathing_requested.connect(
            lambda: self.open_breathing(settings, 60, "wind_down")
        )
        show_on_cursor_screen(self.wind_down)

    def show_calls_status(self, *, detecting: bool, not_detected: str | None) -> None:
        """Call detection changed (Apply, a sensor giving up): an open Settings says so."""
        if self.settings is None or not self.settings.isVisible():
            return
        from wellbeing.ui.settings.settings_calls import calls_status

        self.settings.show_calls_status(
            calls_status(detecting=detecting, not_detected=not_detected)
        )

    def open_settings(
        self,
        settings: Settings,
        data_dir: Path,
        *,
        detecting: bool = False,
        not_detected: str | None = None,
    ) -> None:
        """``detecting`` and ``not_detected`` (see ``CallDetection``) tell the Calls
        page whether calls are noticed on this machine."""
        if _bring_forward(self.settings):
            return
        from wellbeing.ui.settings.settings_calls import calls_status
        from wellbeing.ui.settings.settings_dialog import SettingsDialog

        status = calls_status(detecting=detecting, not_detected=not_detected)
        self.settings = SettingsDialog(settings, data_dir, calls_status=status)
        self.settings.settings_applied.connect(self.settings_applied)
        self.settings.delete_all_requested.connect(self.delete_all_requested)
        self.settings.open_data_folder_requested.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        show_on_cursor_screen(self.settings)

    def open_sharing(self, runner: SharingRunner, history: History) -> None:
        if _bring_forward(self.sharing):
            return
        from wellbeing.ui.sharing.sharing_dialog import SharingDialog

        self.sharing = SharingDialog(runner, history, self._clock, colors=self.colors)
        show_on_cursor_screen(self.sharing)

    def open_history(self, records: Records) -> None:
        if _bring_forward(self.history):
            return
        from wellbeing.ui.history.history_window import HistoryWindow

        self.history = HistoryWindow(records, self._clock, colors=self.colors)
        show_on_cursor_screen(self.history)

    def open_rating(self, call: Call) -> None:
        """The rating card for a call the microphone saw end (it never takes focus)."""
        if self.rating is None:
            from wellbeing.ui.prompts.rating_card import RatingCard

            self.rating = RatingCard()
            self.rating.rated.connect(self.call_rated)
        self.rating.show_call(call)

    def on_call_recorded(self, call: Call) -> None:
        """A call rated elsewhere (the menu, a log, ``rate-last``): its card leaves."""
        card = self.rating
        if card is not None and card.call_id == call.id and call.difficulty is not None:
            card.call_id = None
            card.timer.stop()
            card.hide()

    def reload_history(self) -> None:
        """Records changed: an open history window reads them again."""
        if self.history is not None and self.history.isVisible():
            self.history.reload()

    def all(self) -> list[QWidget]:
        """Every window built so far, shown or not."""
        windows = (
            self.breathing,
            self.reflection,
            self.checkin,
            self.coach,
            self.wind_down,
            self.settings,
            self.sharing,
            self.history,
            self._card,
            self.rating,
            self._quick_log,
            self._log_confirmation,
            self.fallback,
            self._toast,
        )
        return [window for window in windows if window is not None]
