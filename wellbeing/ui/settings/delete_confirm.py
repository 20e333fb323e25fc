"""The questions asked before anything is deleted, with buttons that say what they do.

A tired agent reads the button, not the sentence above it: "Yes" after a
question about deleting is easy to press by mistake, "Delete all my data"
is not. The safe answer is the default and what Esc chooses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _ask(parent: QWidget | None, title: str, text: str, info: str, act: str, keep: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if info:
        box.setInformativeText(info)
    delete = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    safe = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)
    box.exec()
    return box.clickedButton() is delete


def confirm_delete_all(parent: QWidget | None) -> bool:
    """Ask before deleting everything; True to delete."""
    return _ask(
        parent,
        QCoreApplication.translate("SettingsDialog", "Delete all your data?"),
        QCoreApplication.translate("SettingsDialog", "Delete all your data from this computer?"),
        QCoreApplication.translate(
            "SettingsDialog",
            "This deletes every call, break, reflection and check-in you have "
            "recorded, and withdraws anything shared with your team. "
            "It cannot be undone.",
        ),
        QCoreApplication.translate("SettingsDialog", "Delete all my data"),
        QCoreApplication.translate("SettingsDialog", "Keep my data"),
    )


def confirm_delete_entry(parent: QWidget | None) -> bool:
    """Ask before deleting one journal entry; True to delete."""
    return _ask(
        parent,
        QCoreApplication.translate("HistoryWindow", "Delete entry"),
        QCoreApplication.translate(
            "HistoryWindow", "Delete this entry for good? It cannot be brought back."
        ),
        "",
        QCoreApplication.translate("HistoryWindow", "Delete this entry"),
        QCoreApplication.translate("HistoryWindow", "Keep it"),
    )
