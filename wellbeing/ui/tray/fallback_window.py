"""A small window for desktops without a system tray (GNOME without an
AppIndicator extension, some kiosks): the same actions, in plain sight.

It says clearly why it is there, instead of the app running invisibly.
Closing it minimises it, because the companion must keep running through
the shift; Quit quits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.strain import StrainState
from wellbeing.ui.tray.actions import AgentActions
from wellbeing.ui.tray.icons import app_icon, tray_icon


def _button(parent: QWidget, action: QAction | None = None) -> QToolButton:
    button = QToolButton(parent)
    if action is not None:
        button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setMinimumHeight(34)
    return button


class FallbackWindow(QWidget):
    def __init__(self, actions: AgentActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.status_icon = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.log_label = QLabel(self)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status, 1)

        difficulty_row = QHBoxLayout()
        self.difficulty_buttons = []
        for action in actions.difficulty:
            button = _button(self, action)
            difficulty_row.addWidget(button)
            self.difficulty_buttons.append(button)

        grid = QGridLayout()
        self.on_call_button = _button(self, actions.on_call)
        self.break_button = _button(self, actions.take_break)
        self.pause_button = _button(self)
        self.pause_button.setMenu(actions.pause_menu)
        self.pause_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.settings_button = _button(self, actions.settings)
        self.quit_button = _button(self, actions.quit)
        self.action_buttons = [
            self.on_call_button,
            self.break_button,
            _button(self, actions.reflect),
            _button(self, actions.coach),
            self.pause_button,
            _button(self, actions.checkin),
            _button(self, actions.history),
            _button(self, actions.wind_down),
            _button(self, actions.sharing),
            self.settings_button,
        ]
        for index, button in enumerate(self.action_buttons):
            grid.addWidget(button, index // 2, index % 2)
        grid.addWidget(self.quit_button, len(self.action_buttons) // 2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        layout.addWidget(self.notice)
        layout.addLayout(status_row)
        layout.addWidget(self.log_label)
        layout.addLayout(difficulty_row)
        layout.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("wellbeing"))
        self.notice.setText(
            self.tr(
                "Your desktop shows no system tray, so wellbeing lives in this small window. "
                "Closing it only minimises it: your breaks keep being looked after."
            )
        )
        self.log_label.setText(self.tr("Log the call that just ended:"))
        self.pause_button.setText(self._actions.pause_menu.title())
        for button in [*self.action_buttons, self.quit_button]:
            button.setAccessibleName(button.text())
        for button in self.difficulty_buttons:
            button.setAccessibleName(self.tr("Log call: {label}").format(label=button.text()))

    def show_state(self, state: StrainState, tooltip: str) -> None:
        self.status_icon.setPixmap(tray_icon(state.level, state.on_call).pixmap(32, 32))
        self.status.setText(tooltip)
        self.status_icon.setAccessibleName(tooltip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.showMinimized()
