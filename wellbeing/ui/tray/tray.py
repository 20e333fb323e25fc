"""The tray icon: shows the strain level, opens the quick-log popup, carries the menu.

The menu is rebuilt each time it is about to show (as Vorta does), so it
never shows a stale state. A left click asks for the quick-log popup; the
right click opens the menu. Everything else is an intent of AgentActions.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from wellbeing.core.levels import StrainLevel

if TYPE_CHECKING:
    from wellbeing.core.strain import StrainState
from wellbeing.ui.tray.actions import AgentActions
from wellbeing.ui.tray.icons import app_icon, tray_icon
from wellbeing.ui.tray.moment_text import pause_end_text


class Tray(QObject):
    quick_log_requested = Signal(QPoint)
    activated_from_message = Signal()

    def __init__(self, actions: AgentActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.icon = QSystemTrayIcon(tray_icon(StrainLevel.CALM, False), self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.on_menu_about_to_show)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self.on_activated)
        self.icon.messageClicked.connect(self.activated_from_message)
        actions.build_menu(self.menu)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def show_starting(self, tooltip: str) -> None:
        """The app's own icon, for the moment before the strain level is known."""
        self.icon.setIcon(app_icon())
        self.icon.setToolTip(tooltip)
        self.icon.show()

    def show_state(self, state: StrainState, tooltip: str, now: datetime | None = None) -> None:
        """``now`` words the end of a pause in the menu ("10:30", "tomorrow 09:00")."""
        self.icon.setIcon(tray_icon(state.level, state.on_call))
        self.icon.setToolTip(f"wellbeing — {tooltip}")
        until = state.paused_until
        words = pause_end_text(until, now) if until is not None and now is not None else ""
        self._actions.show_state(state.on_call, until is not None, words)

    def on_menu_about_to_show(self) -> None:
        self._actions.build_menu(self.menu)

    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.quick_log_requested.emit(QCursor.pos())
