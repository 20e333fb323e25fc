"""The settings dialog's "Calls" page: how the microphone sensor notices calls.

Built by the dialog through two of its own helpers, so these rows are
editors like any other (validated, applied and explained the same way):
``add`` registers an editor for a setting and lays it out, ``only_when``
greys the dependent rows while detection is off.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from wellbeing.ui.settings.settings_fields import (
    BoolEditor,
    DurationEditor,
    ProgramsEditor,
    new_form,
)

AddEditor = Callable[[str, QWidget, QFormLayout], QWidget]


def calls_status(*, detecting: bool, not_detected: str | None) -> str:
    """Whether calls are noticed on this machine, in the words the Calls page shows:
    the sensor's own reason when it gave up (said once as a notice, kept here)."""
    if not_detected:
        return not_detected
    if detecting:
        return QCoreApplication.translate(
            "SettingsDialog", "Calls are noticed when a phone program uses your microphone."
        )
    return QCoreApplication.translate(
        "SettingsDialog",
        "Calls are noticed only when you tick “On a call” in the menu or your softphone "
        "tells wellbeing.",
    )


def calls_section(
    add: AddEditor,
    only_when: Callable[..., None],
    labels: Mapping[str, str],
    status: str = "",
) -> QGroupBox:
    """``status`` (see ``calls_status``) heads the page; as the app runs, not as edited."""
    calls = QGroupBox(QCoreApplication.translate("SettingsDialog", "Calls"))
    form = new_form(calls)
    said = QLabel(status)
    said.setObjectName("calls_status")
    said.setWordWrap(True)
    said.setContentsMargins(0, 0, 0, 6)
    said.setVisible(bool(status))
    form.addRow(said)
    detect = add("detect_calls", BoolEditor(labels["detect_calls"]), form)
    programs = add("phone_programs", ProgramsEditor(), form)
    programs.setToolTip(
        QCoreApplication.translate(
            "SettingsDialog", "Separated by commas; leave it empty to count any program."
        )
    )
    minutes = QCoreApplication.translate("SettingsDialog", " min")
    shortest = add("min_call_s", DurationEditor(5, 600, minutes, step=5), form)
    gap = add("call_gap_s", DurationEditor(0, 300, minutes, step=5), form)
    only_when(detect, programs, shortest, gap)
    return calls
