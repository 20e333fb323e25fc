"""The "Team sharing" dialog: what is shared, where, and exactly what is written.

Thin, as every widget here: it shows the ``SharingRunner``'s state and
asks it to turn sharing on, publish, or turn off; the runner does the work
on a worker thread and its signals bring the results back. Nothing here
blocks on the team folder.

Choices:

- The preview is the exact JSON a publish would write now (one object per
  file, listed together), shown whether sharing is on or off, so an agent
  sees it before opting in. It is asked for again after every change.
- "Share with my team" turns sharing on and publishes in one go; a folder
  can be chosen (``ask_folder``, which tests replace) or typed, fsspec URLs
  included. While sharing is on the folder is fixed: moving to another one
  means stopping (which deletes the files already shared) and starting
  again, so nothing is deleted behind the agent's back.
- "Stop sharing" asks first (``confirm_off``, which tests replace); the safe
  answer is the default.
- While the runner works, the action buttons are disabled and a calm line
  says so; Close always works (the runner carries on without the dialog).
- Failures are shown under the buttons in the runner's one line, after a
  translated lead-in; no red, no pop-up.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.history import History
from wellbeing.services.clock import Clock
from wellbeing.services.sharing_runner import SharingRunner
from wellbeing.store.sharing_state import SharingState
from wellbeing.ui.settings_fields import Notice
from wellbeing.ui.theme import Colors, colors, primary_button, system_is_dark, text_label


class SharingDialog(QDialog):
    """Opt in to a team folder, see what is shared, share now, or opt out."""

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

        self.share_button = primary_button(self.tr("&Share with my team"))
        self.share_button.setAccessibleName(self.tr("Share with my team"))
        self.share_now_button = QPushButton(self.tr("Share &now"))
        self.share_now_button.setAccessibleName(self.tr("Share now"))
        self.stop_button = QPushButton(self.tr("S&top sharing and delete my shared files"))
        self.stop_button.setAccessibleName(self.tr("Stop sharing and delete my shared files"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        for button in (self.share_button, self.share_now_button, self.stop_button):
            button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.share_now_button)
        buttons.addWidget(self.stop_button)
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
        self.choose_button.clicked.connect(self.on_choose_clicked)
        self.folder_edit.textChanged.connect(self._sync_buttons)
        self.folder_edit.returnPressed.connect(self._on_return_in_folder)
        runner.turned_on.connect(self.on_turned_on)
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
    def ask_folder(cls, parent: QWidget | None) -> str | None:
        """Pick the team folder with the desktop's chooser; None if cancelled. Tests replace it."""
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SharingDialog", "Choose your team's folder")
        )
        return folder or None

    @classmethod
    def confirm_off(cls, parent: QWidget | None) -> bool:
        """Ask before deleting the shared files (keeping them is the default). Tests replace it."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("SharingDialog", "Stop sharing?"))
        box.setText(
            QCoreApplication.translate(
                "SharingDialog", "Stop sharing and delete the files this computer shared?"
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "SharingDialog",
                "Your lead will no longer see your weeks in the team's figures. "
                "Your own records on this computer are not touched.",
            )
        )
        stop = box.addButton(
            QCoreApplication.translate("SharingDialog", "Stop and delete"),
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

    def on_choose_clicked(self) -> None:
        folder = type(self).ask_folder(self)
        if folder:
            self.folder_edit.setText(folder)
            self.share_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_share_clicked(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.notice.show_text(self.tr("Please choose your team's folder first."))
            self.folder_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._working(self.tr("Turning sharing on and sharing your finished weeks…"))
        self._runner.turn_on(folder, then_publish=self._history)

    def on_share_now_clicked(self) -> None:
        self._working(self.tr("Sharing your finished weeks…"))
        self._runner.publish(self._history)

    def on_stop_clicked(self) -> None:
        if not type(self).confirm_off(self):
            return
        self._working(self.tr("Deleting your shared files…"))
        self._runner.turn_off()

    def on_turned_on(self, state: SharingState) -> None:
        self._show_state(state)

    def on_published(self, written: list[str]) -> None:
        if written:
            self.notice.show_text(
                self.tr("Shared with your team. Weeks sent just now: {n}.").format(n=len(written))
            )
        else:
            self.notice.show_text(
                self.tr("Sharing is on. Nothing new to share: every finished week is already sent.")
            )
        self.refresh()

    def on_turned_off(self, deleted: int) -> None:
        self.notice.show_text(
            self.tr("Sharing is off. Files deleted from the team folder: {n}.").format(n=deleted)
        )
        self.refresh()

    def on_previewed(self, pulses: list[dict[str, Any]]) -> None:
        self.pulses = pulses
        if pulses:
            self.preview_edit.setPlainText(json.dumps(pulses, indent=2))
        else:
            self.preview_edit.setPlainText(self.tr("Nothing to share yet"))

    def on_failed(self, reason: str) -> None:
        self._show_state(self._runner.state())
        self.notice.show_text(self.tr("That did not work: {reason}").format(reason=reason))

    # --- building -------------------------------------------------------------

    def _explanation(self) -> QGroupBox:
        box = QGroupBox(self.tr("What your team sees"))
        column = QVBoxLayout(box)
        column.setSpacing(8)
        self.shared_label = text_label(
            self.tr(
                "<b>Shared, once a week:</b> how many calls, how many were difficult or "
                "severe, your longest run of difficult calls, breaks offered and taken, "
                "minutes breathed, average stress, check-in scores."
            ),
            self._c,
        )
        self.never_label = text_label(
            self.tr(
                "<b>Never shared:</b> your name, notes, reflections, journal, tags, times "
                "of day, or anything you write."
            ),
            self._c,
        )
        self.codes_label = text_label(
            self.tr(
                "Each week gets a new random code, so weeks can't be linked to each other "
                "or to you. Your lead only sees a week when at least 5 people shared it "
                "(never fewer than 3, whatever their settings)."
            ),
            self._c,
        )
        self.stop_label = text_label(
            self.tr(
                "Only finished weeks are shared. Stopping deletes every file this computer shared."
            ),
            self._c,
            muted=True,
        )
        for label in (self.shared_label, self.never_label, self.codes_label, self.stop_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(label.text().replace("<b>", "").replace("</b>", ""))
            column.addWidget(label)
        return box

    def _where(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where it goes"))
        column = QVBoxLayout(box)
        self.status_label = text_label("", self._c, bold=True)
        self.status_label.setAccessibleName(self.tr("Sharing status"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Team folder"))
        self.folder_edit.setPlaceholderText(self.tr("A folder, or a URL such as s3://bucket/team"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the team folder"))
        self.choose_button.setAutoDefault(False)
        folder_label = QLabel(self.tr("Team &folder:"))
        folder_label.setBuddy(self.folder_edit)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        hint = text_label(
            self.tr(
                "A folder everyone in your team can reach: a network share, a synced "
                "folder, or your organisation's cloud storage."
            ),
            self._c,
            muted=True,
        )
        column.addWidget(self.status_label)
        column.addWidget(folder_label)
        column.addLayout(row)
        column.addWidget(hint)
        return box

    def _preview(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exactly what the next share writes"))
        column = QVBoxLayout(box)
        self.preview_edit = QPlainTextEdit()
        self.preview_edit.setReadOnly(True)
        self.preview_edit.setAccessibleName(self.tr("Preview of the shared files"))
        self.preview_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview_edit.setPlainText(self.tr("Preparing the preview…"))
        self.preview_edit.setMinimumSize(380, 300)
        hint = text_label(
            self.tr(
                "One file per finished week. The codes shown are examples: each week gets "
                "a fresh one when it is shared."
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
        if state.enabled:
            self.status_label.setText(
                self.tr("Sharing is on. Weeks shared so far: {n}.").format(n=len(state.shared))
            )
        elif state.shared:
            self.status_label.setText(
                self.tr("Sharing is off, but files shared earlier are still in the folder.")
            )
        else:
            self.status_label.setText(self.tr("Sharing is off."))
        if state.folder and (state.enabled or not self.folder_edit.text().strip()):
            self.folder_edit.setText(state.folder)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        busy, on = self._runner.busy, self._state.enabled
        self.folder_edit.setReadOnly(on or busy)
        self.choose_button.setEnabled(not on and not busy)
        self.share_button.setEnabled(not on and not busy and bool(self.folder_edit.text().strip()))
        self.share_now_button.setEnabled(on and not busy)
        self.stop_button.setEnabled((on or bool(self._state.shared)) and not busy)

    def _working(self, text: str) -> None:
        self.notice.show_text(text)
        self._sync_buttons()

    def _on_return_in_folder(self) -> None:
        if self.share_button.isEnabled():
            self.on_share_clicked()


def _provider(history: History) -> Callable[[], History]:
    """A provider that holds the history alone: if a job held this dialog (a bound
    method), the worker could drop its wrapper last, and shiboken 6.12 crashes
    deleting a widget from there."""
    return lambda: history


def _default_colors() -> Colors:
    return colors("system", system_is_dark())
