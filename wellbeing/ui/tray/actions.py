"""The agent's actions, once: the tray menu and the no-tray window both show them.

Each action only emits an intent signal; ``app.py`` connects the intents to
the services. Keeping one set of QActions means the tray menu and the
fallback window can never offer different things.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from wellbeing.core.pause import PauseChoice


def _emitter(signal: Any, value: object) -> Callable[[], None]:
    """A no-argument slot, so Qt does not pass ``checked`` on to the signal."""

    def emit() -> None:
        signal.emit(value)

    return emit


class AgentActions(QObject):
    log_requested = Signal(int)
    on_call_toggled = Signal(bool)
    break_requested = Signal()
    pause_requested = Signal(object)  # PauseChoice
    resume_requested = Signal()
    reflect_requested = Signal()
    coach_requested = Signal()
    checkin_requested = Signal()
    wind_down_requested = Signal()
    sharing_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    prompt_start_requested = Signal()
    prompt_snooze_requested = Signal(int)
    prompt_dismiss_requested = Signal()
    rate_last_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.difficulty = [self._make("", _emitter(self.log_requested, d)) for d in range(1, 6)]
        self.on_call = self._make("", None)
        self.on_call.setCheckable(True)
        self.on_call.toggled.connect(self.on_call_toggled)
        self.take_break = self._make("", self.break_requested.emit)
        self.pause = {
            choice: self._make("", _emitter(self.pause_requested, choice)) for choice in PauseChoice
        }
        self.resume = self._make("", self.resume_requested.emit)
        self.paused_label = self._make("", None)
        self.paused_label.setEnabled(False)
        self._paused_until = ""
        self.prompt_reason = self._make("", None)
        self.prompt_reason.setEnabled(False)
        self.prompt_start = self._make("", self.prompt_start_requested.emit)
        self.prompt_snooze = {
            minutes: self._make("", _emitter(self.prompt_snooze_requested, minutes))
            for minutes in (5, 10)
        }
        self.prompt_dismiss = self._make("", self.prompt_dismiss_requested.emit)
        self._prompt_shown = False
        self.reflect = self._make("", self.reflect_requested.emit)
        self.coach = self._make("", self.coach_requested.emit)
        self.checkin = self._make("", self.checkin_requested.emit)
        self.wind_down = self._make("", self.wind_down_requested.emit)
        self.sharing = self._make("", self.sharing_requested.emit)
        self.history = self._make("", self.history_requested.emit)
        self.settings = self._make("", self.settings_requested.emit)
        self.quit = self._make("", self.quit_requested.emit)
        self._held = False
        self.rate = [self._make("", _emitter(self.rate_last_requested, d)) for d in range(1, 6)]
        self.log_menu = QMenu()
        self.log_menu.addActions(self.difficulty)
        self.rate_menu = QMenu()
        self.rate_menu.addActions(self.rate)
        self.rate_menu.menuAction().setVisible(False)
        self.pause_menu = QMenu()
        self.pause_menu.addActions(list(self.pause.values()))
        self.pause_menu.addSeparator()
        self.pause_menu.addAction(self.resume)
        self.retranslate()

    def _make(self, text: str, slot: Callable[[], object] | None) -> QAction:
        action = QAction(text, self)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        labels = (
            self.tr("1 · Routine"),
            self.tr("2 · A bit tense"),
            self.tr("3 · Tough"),
            self.tr("4 · Difficult"),
            self.tr("5 · Severe"),
        )
        for action, label in zip(self.difficulty, labels, strict=True):
            action.setText(label)
        for action, label in zip(self.rate, labels, strict=True):
            action.setText(label)
        self.log_menu.setTitle(self.tr("Log call"))
        self.rate_menu.setTitle(self.tr("Rate the last call"))
        self.on_call.setText(self.tr("On a call"))
        self.take_break.setText(self.tr("Take a breathing break"))
        self.pause_menu.setTitle(self.tr("Pause prompts"))
        self.pause[PauseChoice.HALF_HOUR].setText(self.tr("For 30 minutes"))
        self.pause[PauseChoice.HOUR].setText(self.tr("For 1 hour"))
        self.pause[PauseChoice.TOMORROW].setText(self.tr("Until tomorrow"))
        self.resume.setText(self.tr("Resume prompts now"))
        self.prompt_start.setText(
            self.tr("Start now (waits until the call ends)") if self._held else self.tr("Start now")
        )
        self.prompt_snooze[5].setText(self.tr("Snooze 5 min"))
        self.prompt_snooze[10].setText(self.tr("Snooze 10 min"))
        self.prompt_dismiss.setText(self.tr("Dismiss"))
        self.reflect.setText(self.tr("Reflect on the last call…"))
        self.coach.setText(self.tr("Coach card"))
        self.checkin.setText(self.tr("Weekly check-in…"))
        self.wind_down.setText(self.tr("End my shift…"))
        self.sharing.setText(self.tr("Team sharing…"))
        self.history.setText(self.tr("History and journal…"))
        self.settings.setText(self.tr("Settings…"))
        self.quit.setText(self.tr("Quit"))

    def show_state(self, on_call: bool, paused: bool, until: str = "") -> None:
        """Reflect the live state without re-emitting intents.

        While paused the menu leads with "Paused until 10:30" (``until`` is
        the end, already worded) and offers Resume at the top level.
        """
        blocked = self.on_call.blockSignals(True)
        self.on_call.setChecked(on_call)
        self.on_call.blockSignals(blocked)
        self.resume.setEnabled(paused)
        self._paused_until = until if paused else ""
        if paused:
            text = self.tr("Paused until {time}") if until else self.tr("Prompts paused")
            self.paused_label.setText(text.format(time=until))

    def hold_prompt(self, on_call: bool) -> None:
        """Nothing breaks into a call: the prompt's Start waits, and says so."""
        self._held = on_call
        self.prompt_start.setEnabled(not on_call)
        self.retranslate()

    def show_unrated(self, unrated: bool) -> None:
        """*Rate the last call* is in the menu while a call waits for its rating."""
        self.rate_menu.menuAction().setVisible(unrated)

    def show_prompt(self, title: str | None) -> None:
        """Offer the shown prompt's answers in the menu too, for keyboard users:
        the prompt card never takes focus, so it cannot be reached by Tab."""
        self._prompt_shown = title is not None
        self.prompt_reason.setText(title or "")

    def build_menu(self, menu: QMenu) -> None:
        menu.clear()
        if self.resume.isEnabled():
            menu.addAction(self.paused_label)
            menu.addAction(self.resume)
            menu.addSeparator()
        if self._prompt_shown:
            menu.addAction(self.prompt_reason)
            menu.addAction(self.prompt_start)
            menu.addActions(list(self.prompt_snooze.values()))
            menu.addAction(self.prompt_dismiss)
            menu.addSeparator()
        menu.addMenu(self.log_menu)
        menu.addAction(self.rate_menu.menuAction())
        menu.addAction(self.on_call)
        menu.addAction(self.take_break)
        menu.addAction(self.reflect)
        menu.addAction(self.coach)
        menu.addMenu(self.pause_menu)
        menu.addSeparator()
        menu.addAction(self.checkin)
        menu.addAction(self.history)
        menu.addAction(self.wind_down)
        menu.addSeparator()
        menu.addAction(self.sharing)
        menu.addAction(self.settings)
        menu.addAction(self.quit)
