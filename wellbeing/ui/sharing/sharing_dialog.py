"""The "Team sharing" dialog: who runs the hub, exactly what is sent, and the agent's choices.

Thin, as every widget here: it shows the ``SharingRunner``'s state and
asks it to join a hub, send now, or stop; the runner does the work on the
app's one background worker and its signals bring the results back.
Nothing here waits on the network.

Choices:

- Joining takes the hub's address and the invitation the operator gave
  the agent. It enrols and sends nothing: the dialog then shows who runs
  the hub, the team, k and the exact preview, and each finished week goes
  by itself at a random moment before it closes ("Share now" sends it at
  once). The preview is shown before joining too.
- "Stop sharing" asks first (``confirm_off``, which tests replace); the safe
  answer is the default. It retracts every pulse still open and says,
  truthfully, that released weeks exist only inside the team's figures.
- While the runner works, the action buttons are disabled and a calm line
  says so; Close always works (the runner carries on without the dialog).
- Failures are shown under the buttons in the runner's one line (the hub's
  own message when it sent one), after a translated lead-in; no red.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.history import History
from wellbeing.services.clock import Clock
from wellbeing.services.sharing import Published, Stopped
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.store.sharing_state import SharingState
from wellbeing.ui.settings.settings_fields import Notice
from wellbeing.ui.sharing.sharing_words import explanation, hub_summary
from wellbeing.ui.theme import Colors, colors, primary_button, system_is_dark, text_label


class SharingDialog(QDialog):
    """Join a team hub, see exactly what is sent, send now, or stop and retract."""

    def __init__(
        self,
        runner: SharingRunner,
        history: History,
        clock: Clock,
        *,
        colors: Colors | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team sharing"))
        self._runner = runner
        self._history = _provider(history)
        """Hands the history to the runner's worker without a reference to this dialog."""
        self._clock = clock
        self._c = colors or _default_colors()
        self._state = SharingState()
        self.pulses: list[dict[str, Any]] | None = None
        """The preview last shown (None until the first one arrives)."""

        explain = self._explanation()
        where = self._where()
        preview = self._preview()
        self.notice = Notice()
        self.notice.label.setAccessibleName(self.tr("Sharing status message"))

        self.share_button = primary_button(self.tr("&Join the team hub"))
        self.share_button.setAccessibleName(self.tr("Join the team hub"))
        self.share_now_button = QPushButton(self.tr("Share &now"))
        self.share_now_button.setAccessibleName(self.tr("Share now"))
        self.stop_button = QPushButton(self.tr("S&top sharing"))
        self.stop_button.setAccessibleName(self.tr("Stop sharing and retract open weeks"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.share_button, self.share_now_button, self.stop_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.close_button.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(explain)
        left.addWidget(where)
        left.addStretch(1)
        columns.addLayout(left, 5)
        columns.addWidget(preview, 6)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        self.share_button.clicked.connect(self.on_share_clicked)
        self.share_now_button.clicked.connect(self.on_share_now_clicked)
        self.stop_button.clicked.connect(self.on_stop_clicked)
        self.close_button.clicked.connect(self.accept)
        for edit in (self.hub_edit, self.invite_edit):
            edit.textChanged.connect(self._sync_buttons)
            edit.returnPressed.connect(self._on_return)
        runner.enrolled.connect(self.on_enrolled)
        runner.published.connect(self.on_published)
        runner.turned_off.connect(self.on_turned_off)
        runner.previewed.connect(self.on_previewed)
        runner.failed.connect(self.on_failed)
        runner.busy_changed.connect(self._sync_buttons)

        self.refresh()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # --- public ---------------------------------------------------------------

    @property
    def state(self) -> SharingState:
        return self._state

    def refresh(self) -> None:
        """Read the state again and ask for a fresh preview."""
        self._show_state(self._runner.state())
        self._runner.preview(self._history)

    def preview_text(self) -> str:
        return self.preview_edit.toPlainText()

    @classmethod
    def confirm_off(cls, parent: QWidget | None) -> bool:
        """Ask before stopping (going on sharing is the default). Tests replace it."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("SharingDialog", "Stop sharing?"))
        box.setText(
            QCoreApplication.translate(
                "SharingDialog", "Stop sharing and take back the weeks that are still open?"
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "SharingDialog",
                "Weeks already released exist only inside your team's figures and cannot "
                "be taken out. Your own records on this computer are not touched.",
            )
        )
        stop = box.addButton(
            QCoreApplication.translate("SharingDialog", "Stop sharing"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("SharingDialog", "Keep sharing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    # --- slots ----------------------------------------------------------------

    def on_share_clicked(self) -> None:
        url, invite = self.hub_edit.text().strip(), self.invite_edit.text().strip()
        if not url or not invite:
            self.notice.show_text(self.tr("Please enter the hub's address and your invitation."))
            (self.hub_edit if not url else self.invite_edit).setFocus()
            return
        self._working(self.tr("Joining the team hub… nothing is sent yet."))
        self._runner.enroll(url, invite)

    def on_share_now_clicked(self) -> None:
        self._working(self.tr("Sending your finished weeks…"))
        self._runner.publish(self._history)

    def on_stop_clicked(self) -> None:
        if not type(self).confirm_off(self):
            return
        self._working(self.tr("Taking back your open weeks…"))
        self._runner.turn_off()

    def on_enrolled(self, state: SharingState) -> None:
        self.invite_edit.clear()
        self.notice.show_text(
            self.tr(
                "You joined the team hub. Nothing has been sent: each finished week goes by "
                "itself at a random moment before it closes, exactly as shown."
            )
        )
        self._show_state(state)
        self._runner.preview(self._history)

    def on_published(self, published: Published) -> None:
        if published.sent:
            self.notice.show_text(
                self.tr("Sent to your team's hub. Weeks sent just now: {n}.").format(
                    n=len(published.sent)
                )
            )
        elif not published.closed:
            self.notice.show_text(
                self.tr("Nothing new to send: every finished week still open is already sent.")
            )
        self.refresh()

    def on_turned_off(self, stopped: Stopped) -> None:
        self.notice.show_text(
            self.tr(
                "Sharing is off. Open weeks taken back: {n}. Weeks already released exist "
                "only inside your team's figures, never as yours."
            ).format(n=stopped.retracted)
        )
        self.refresh()

    def on_previewed(self, pulses: list[dict[str, Any]]) -> None:
        self.pulses = pulses
        if pulses:
            self.preview_edit.setPlainText(json.dumps(pulses, indent=2))
        else:
            self.preview_edit.setPlainText(self.tr("Nothing to send yet"))

    def on_failed(self, reason: str) -> None:
        self._show_state(self._runner.state())
        self.notice.show_text(self.tr("That did not work: {reason}").format(reason=reason))

    # --- building -------------------------------------------------------------

    def _explanation(self) -> QGroupBox:
        box = QGroupBox(self.tr("What your team sees"))
        column = QVBoxLayout(box)
        column.setSpacing(8)
        self.explanation_labels = []
        for number, text in enumerate(explanation()):
            label = text_label(text, self._c, muted=number == 3)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(text.replace("<b>", "").replace("</b>", ""))
            column.addWidget(label)
            self.explanation_labels.append(label)
        self.shared_label, self.never_label, self.codes_label, self.stop_label = (
            self.explanation_labels
        )
        return box

    def _where(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where it goes"))
        column = QVBoxLayout(box)
        self.status_label = text_label("", self._c, bold=True)
        self.status_label.setAccessibleName(self.tr("Sharing status"))
        self.hub_label = text_label("", self._c)
        self.hub_label.setAccessibleName(self.tr("Who runs the hub"))
        self.hub_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hub_edit = QLineEdit()
        self.hub_edit.setAccessibleName(self.tr("Hub address"))
        self.hub_edit.setPlaceholderText(self.tr("https://wellbeing-hub.example.org"))
        self.invite_edit = QLineEdit()
        self.invite_edit.setAccessibleName(self.tr("Invitation"))
        self.invite_edit.setPlaceholderText(self.tr("The invitation your hub's operator gave you"))
        self.invite_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._form = QFormLayout()
        self._form.addRow(self.tr("Hub &address:"), self.hub_edit)
        self._form.addRow(self.tr("&Invitation:"), self.invite_edit)
        column.addWidget(self.status_label)
        column.addWidget(self.hub_label)
        column.addLayout(self._form)
        return box

    def _preview(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exactly what is sent"))
        column = QVBoxLayout(box)
        self.preview_edit = QPlainTextEdit()
        self.preview_edit.setReadOnly(True)
        self.preview_edit.setAccessibleName(self.tr("Preview of what is sent"))
        self.preview_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview_edit.setPlainText(self.tr("Preparing the preview…"))
        self.preview_edit.setMinimumSize(380, 300)
        hint = text_label(
            self.tr(
                "One message per finished week, each sent alone at a random moment, "
                "with nothing that names you or links your weeks."
            ),
            self._c,
            muted=True,
        )
        column.addWidget(self.preview_edit, 1)
        column.addWidget(hint)
        return box

    # --- helpers --------------------------------------------------------------

    def _show_state(self, state: SharingState) -> None:
        self._state = state
        sent = sum(1 for entry in state.weeks.values() if entry.receipt)
        if state.hub is not None:
            self.status_label.setText(
                self.tr("Sharing is on. Weeks sent and still open: {n}.").format(n=sent)
            )
            self.hub_edit.setText(state.hub.url)
        elif state.legacy_pulses:
            self.status_label.setText(
                self.tr("Sharing is off, but files shared to a folder earlier are still there.")
            )
        else:
            self.status_label.setText(self.tr("Sharing is off."))
        self.hub_label.setText(hub_summary(state.hub))
        self.hub_label.setVisible(state.hub is not None)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        busy, on = self._runner.busy, self._state.enabled
        filled = bool(self.hub_edit.text().strip() and self.invite_edit.text().strip())
        self.hub_edit.setReadOnly(on or busy)
        self.invite_edit.setEnabled(not on and not busy)
        self.share_button.setEnabled(not on and not busy and filled)
        self.share_button.setVisible(not on)
        self._form.setRowVisible(self.invite_edit, not on)
        self.share_now_button.setEnabled(on and not busy)
        self.stop_button.setEnabled((on or bool(self._state.legacy_pulses)) and not busy)

    def _working(self, text: str) -> None:
        self.notice.show_text(text)
        self._sync_buttons()

    def _on_return(self) -> None:
        if self.share_button.isEnabled():
            self.on_share_clicked()


def _provider(history: History) -> Callable[[], History]:
    """A provider that holds the history alone: if a job held this dialog (a bound
    method), the worker could drop its wrapper last, and shiboken 6.12 crashes
    deleting a widget from there."""
    return lambda: history


def _default_colors() -> Colors:
    return colors("system", system_is_dark())
