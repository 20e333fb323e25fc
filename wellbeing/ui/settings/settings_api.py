"""The settings dialog's "Browser desktop" section: the loopback API's switch, port, pages, token.

The dialog takes ``editors`` (one per setting, as its own) and ``labels``
(for its messages) from here, and shows ``group`` on a page of its own.
Copy puts the token on the clipboard for the agent desktop's configuration.

Nothing is written before the settings are applied: ticking the switch and
then pressing Close leaves the data folder as it was. The section only
reads the token there is; when there is none yet it says that one is made
when the agent applies (the app makes it as it starts the API, see
``services.local_api.controller``), and ``refresh_token`` shows it once the
dialog has applied.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from wellbeing.services.local_api import token as tokens
from wellbeing.ui.settings.settings_fields import BoolEditor, IntEditor, new_form


def api_labels() -> Mapping[str, str]:
    return {
        "api_enabled": QCoreApplication.translate(
            "SettingsDialog", "Let my browser agent desktop report calls"
        ),
        "api_port": QCoreApplication.translate("SettingsDialog", "Port on this computer"),
        "api_origins": QCoreApplication.translate("SettingsDialog", "Pages allowed (one per line)"),
    }


class OriginsEditor(QPlainTextEdit):
    """One origin per line; the core checks and normalises them."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText("https://example.my.connect.aws")
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(self.edited)

    def value(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.setPlainText("\n".join(value))


class ApiSection(QGroupBox):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SettingsDialog", "Browser agent desktop"), parent
        )
        self._data_dir = data_dir
        self.labels = api_labels()
        form = new_form(self)
        note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog",
                "Amazon Connect, Genesys Cloud or Twilio Flex can tell wellbeing when a call "
                "starts and ends. Only this computer can reach it, and only from the pages "
                "listed here, with the token below.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.enabled = BoolEditor(self.labels["api_enabled"])
        self.port = IntEditor(1024, 65535)
        self.origins = OriginsEditor()
        self.editors: dict[str, QWidget] = {
            "api_enabled": self.enabled,
            "api_port": self.port,
            "api_origins": self.origins,
        }
        form.addRow(self.enabled)
        for name in ("api_port", "api_origins"):
            self.editors[name].setAccessibleName(self.labels[name])
            form.addRow(self.labels[name], self.editors[name])
        self.enabled.setAccessibleName(self.labels["api_enabled"])

        self.token = QLineEdit()
        self.token.setReadOnly(True)
        self.token.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Token"))
        self.copy_button = QPushButton(QCoreApplication.translate("SettingsDialog", "Copy"))
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Copy the token")
        )
        self.copy_button.clicked.connect(self.on_copy)
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(self.copy_button)
        form.addRow(QCoreApplication.translate("SettingsDialog", "Token"), row)
        waiting = QCoreApplication.translate("SettingsDialog", "A token is made when you apply.")
        self.token.setPlaceholderText(waiting)
        metrics = self.token.fontMetrics()  # the whole token, or the whole sentence, shows
        self.token.setMinimumWidth(
            max(metrics.horizontalAdvance(waiting), metrics.averageCharWidth() * 40) + 16
        )
        self.enabled.toggled.connect(self.on_enabled)
        self.refresh_token()

    def refresh_token(self) -> None:
        """Show the token saved now (none before the API is first applied)."""
        self.token.setText(tokens.read_token(self._data_dir) or "")
        self.token.setCursorPosition(0)
        self.on_enabled(self.enabled.isChecked())

    def on_enabled(self, on: bool) -> None:
        for widget in (self.port, self.origins, self.token):
            widget.setEnabled(on)
        self.copy_button.setEnabled(on and bool(self.token.text()))

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.token.text())
