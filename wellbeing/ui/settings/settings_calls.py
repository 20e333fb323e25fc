"""The settings dialog's "Calls" page: how the microphone sensor notices calls.

Built by the dialog through two of its own helpers, so these rows are
editors like any other (validated, applied and explained the same way):
``add`` registers an editor for a setting and lays it out, ``only_when``
greys the dependent rows while detection is off.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from wellbeing.ui.settings.settings_fields import (
    BoolEditor,
    DurationEditor,
    ProgramsEditor,
    new_form,
)

AddEditor = Callable[[str, QWidget, QFormLayout], QWidget]


def calls_section(
    add: AddEditor, only_when: Callable[..., None], labels: Mapping[str, str]
) -> QGroupBox:
    calls = QGroupBox(QCoreApplication.translate("SettingsDialog", "Calls"))
    form = new_form(calls)
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
