"""The settings dialog: one editor per setting in ``SPECS``, and "Your data".

Thin, as every widget here: it shows a ``Settings`` and, on Apply or OK,
builds a new one with ``Settings.from_dict`` from its editors. The core
validates; a refusal (``InvalidInput``) is shown calmly under the tabs, the
editor it names gets the focus, and nothing is emitted. A valid result is
emitted as ``settings_applied``; the caller saves it and applies it.

Choices:

- Apply is enabled only after an edit, and a press that changes nothing
  emits nothing, so the caller never saves an identical copy.
- The core's message starts with the setting's key ("work_hours mon: ...");
  the dialog puts the label the agent sees in its place ("Please check Work
  hours, Monday: ...").
- Opening the data folder and deleting the data are intents (signals): the
  dialog touches neither the desktop nor the store. ``ask`` wires the
  folder to the desktop for callers that want a one-liner.
- Editors that only matter when a switch is on (micro-break interval,
  check-in day and time, a day's hours) are disabled while it is off, but
  keep their values.
- A new language shows at the next start, and the dialog says so: the
  windows translate their texts when they are built.
- "pseudo" (the layout-testing locale) is never offered: it is for
  ``--lang`` only, and the setting's validator refuses it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.breathing import PATTERNS
from wellbeing.core.errors import InvalidInput
from wellbeing.core.settings import WEEKDAYS, Settings, changed
from wellbeing.ui.breathing.breathing_text import pattern_title
from wellbeing.ui.settings.delete_confirm import confirm_delete_all
from wellbeing.ui.settings.settings_api import ApiSection
from wellbeing.ui.settings.settings_calls import calls_section
from wellbeing.ui.settings.settings_fields import (
    LANGUAGES,
    BoolEditor,
    ChoiceEditor,
    ClockEditor,
    DurationEditor,
    Editor,
    IntEditor,
    Notice,
    WorkHoursEditor,
    day_names,
    new_form,
    page,
    plain_labels,
)


class SettingsDialog(QDialog):
    """Edit every setting; emit the new ``Settings`` on Apply or OK."""

    settings_applied = Signal(object)
    """The new ``Settings``, valid and different from the last applied."""
    open_data_folder_requested = Signal()
    delete_all_requested = Signal()
    """Emitted only once the agent has confirmed."""

    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        calls_status: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._data_dir = data_dir
        self._labels = plain_labels()
        self.editors: dict[str, QWidget] = {}
        """One editor per setting name; each also offers ``value``/``set_value``."""
        self._page_of: dict[str, int] = {}
        self._switches: list[tuple[BoolEditor, QWidget]] = []

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Settings sections"))
        self._add_page(self.tr("&Breaks"), self._breaks_page())
        self._add_page(self.tr("&Work hours"), self._work_hours_page())
        self._add_page(self.tr("Co&mfort"), self._comfort_page())
        self._add_page(
            self.tr("Ca&lls"),
            page(calls_section(self._editor, self._only_when, self._labels, calls_status)),
        )
        self.api = ApiSection(data_dir)  # the loopback API's rows: ui/settings_api.py
        self._labels = {**self._labels, **self.api.labels}
        self.editors.update(self.api.editors)
        self._add_page(self.tr("&Connections"), page(self.api))
        self._add_page(self.tr("Your d&ata"), self._data_page())
        self.notice = Notice()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        for kind, text in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Save and close")),
            (QDialogButtonBox.StandardButton.Apply, self.tr("Apply")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Close")),
        ):
            self.buttons.button(kind).setText(text)
            self.buttons.button(kind).setAccessibleName(text)
            self.buttons.button(kind).setIcon(QIcon())  # the words say it (see ui.theme)
        self.buttons.clicked.connect(self._on_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)

        self._show(settings)
        for editor in self.editors.values():
            cast(Editor, editor).edited.connect(self._on_edited)
        for switch, _ in self._switches:
            switch.toggled.connect(self._sync_enabled)
        self.setMinimumSize(self.sizeHint())

    # --- public ---------------------------------------------------------------

    def show_calls_status(self, status: str) -> None:
        """The Calls page's first line, as call detection changes while this is open."""
        said = self.findChild(QLabel, "calls_status")
        if said is not None:
            said.setText(status)
            said.setVisible(bool(status))

    @property
    def settings(self) -> Settings:
        """The settings last applied, or those the dialog opened with."""
        return self._settings

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def editor_values(self) -> dict[str, Any]:
        return {name: cast(Editor, editor).value() for name, editor in self.editors.items()}

    def apply(self) -> bool:
        """Build and emit the new settings; False, with the reason shown, if refused."""
        try:
            new = Settings.from_dict(self.editor_values())
        except InvalidInput as error:
            self.show_message(self._explain(str(error)))
            return False
        self.notice.clear()
        self._apply_button.setEnabled(False)
        if changed(self._settings, new):
            self._settings = new
            self.settings_applied.emit(new)
            self.api.refresh_token()  # applied: a token the API needed now exists
        return True

    def show_message(self, text: str) -> None:
        """Show a calm line under the tabs, e.g. the caller's "Your data was deleted"."""
        self.notice.show_text(text)  # the dialog grows to fit it

    @classmethod
    def confirm_delete(cls, parent: QWidget | None) -> bool:
        """Ask before deleting everything (the safe answer is the default); tests replace it."""
        return confirm_delete_all(parent)

    @classmethod
    def ask(
        cls,
        settings: Settings,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        on_delete_all: Callable[[], None] | None = None,
    ) -> Settings | None:
        """Show the dialog modally; return the last settings applied, or None.

        "Open folder" opens the desktop's file manager. "Delete all my data"
        calls ``on_delete_all``; without one the button is disabled.
        """
        dialog = cls(settings, data_dir, parent)
        applied: list[Settings] = []
        dialog.settings_applied.connect(applied.append)
        dialog.open_data_folder_requested.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        if on_delete_all is None:
            dialog.delete_button.setEnabled(False)
        else:
            dialog.delete_all_requested.connect(on_delete_all)
        dialog.exec()
        dialog.deleteLater()
        return applied[-1] if applied else None

    # --- slots ----------------------------------------------------------------

    def _on_button(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            if self.apply():
                self.accept()
        elif role == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply()
        else:
            self.reject()

    def _on_edited(self) -> None:
        self._apply_button.setEnabled(True)

    def _on_delete_clicked(self) -> None:
        if type(self).confirm_delete(self):
            self.delete_all_requested.emit()

    def _sync_enabled(self) -> None:
        for switch, dependent in self._switches:
            dependent.setEnabled(switch.value())

    # --- building -------------------------------------------------------------

    @property
    def _apply_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Apply)

    def _add_page(self, title: str, widget: QWidget) -> None:
        index = self.tabs.addTab(widget, title)
        for name in self.editors.keys() - self._page_of.keys():
            self._page_of[name] = index

    def _show(self, settings: Settings) -> None:
        for name, editor in self.editors.items():
            cast(Editor, editor).set_value(getattr(settings, name))
        self._sync_enabled()
        self._apply_button.setEnabled(False)

    def _explain(self, message: str) -> str:
        """Put the plain label in place of the setting's key, and focus its editor."""
        key, sep, rest = message.partition(":")
        name, _, detail = key.partition(" ")
        if not sep or name not in self.editors:
            return message
        self.tabs.setCurrentIndex(self._page_of[name])
        label = self._labels[name]
        editor = self.editors[name]
        if isinstance(editor, WorkHoursEditor) and detail[:3] in WEEKDAYS:
            day = WEEKDAYS.index(detail[:3])
            label = self.tr("{hours}, {day}").format(hours=label, day=day_names()[day])
            editor = editor.ends[day] if "start" not in detail else editor.starts[day]
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.tr("Please check {label}:{detail}").format(label=label, detail=rest)

    def _editor(self, name: str, editor: QWidget, form: QFormLayout) -> QWidget:
        editor.setAccessibleName(self._labels[name])
        self.editors[name] = editor
        if isinstance(editor, BoolEditor | WorkHoursEditor):
            form.addRow(editor)  # says what it is itself
        else:
            form.addRow(self._labels[name], editor)
        return editor

    def _only_when(self, switch: QWidget, *dependents: QWidget) -> None:
        self._switches.extend((cast(BoolEditor, switch), widget) for widget in dependents)

    def _breaks_page(self) -> QWidget:
        minutes = self.tr(" min")
        breaks = QGroupBox(self.tr("Breaks"))
        form = new_form(breaks)
        self._editor("streak_threshold", IntEditor(2, 10, self.tr(" calls")), form)
        self._editor("break_s", DurationEditor(60, 900, minutes, step=30), form)
        self._editor("reset_s", DurationEditor(30, 600, minutes, step=15), form)
        self._editor("default_break_min", IntEditor(1, 5, minutes), form)
        patterns = [(pattern_title(p), p.id) for p in PATTERNS.values()]
        self._editor("default_pattern", ChoiceEditor(patterns), form)

        prompts = QGroupBox(self.tr("Prompts"))
        form = new_form(prompts)
        cooldown = self._editor("cooldown_min", IntEditor(0, 240, minutes, step=5), form)
        cooldown.setToolTip(self.tr("A severe call is always answered at once."))
        stale = self._editor("prompt_stale_min", IntEditor(5, 240, minutes, step=5), form)
        stale.setToolTip(
            self.tr("Prompts wait while you are on a call or paused; after this long they go.")
        )
        gap = self._editor("shift_gap_h", IntEditor(2, 16, self.tr(" h")), form)
        gap.setToolTip(self.tr("After this long without calls, the next shift starts calm."))
        micro = self._editor("micro_breaks", BoolEditor(self._labels["micro_breaks"]), form)
        every = self._editor("micro_break_every_min", IntEditor(20, 240, minutes, step=5), form)
        self._only_when(micro, every)
        return page(breaks, prompts)

    def _work_hours_page(self) -> QWidget:
        hours = QGroupBox(self.tr("When I work"))
        form = new_form(hours)
        note = QLabel(
            self.tr(
                "Micro-breaks, the check-in reminder and the wind-down come only in these hours."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        editor = WorkHoursEditor(
            day_names(),
            until=self.tr("to"),
            start_name=self.tr("{day}: start time"),
            end_name=self.tr("{day}: end time"),
        )
        self._editor("work_hours", editor, form)
        for day in editor.days:
            day.setAccessibleName(self.tr("I work on {day}").format(day=day.text()))

        checkin = QGroupBox(self.tr("Weekly check-in"))
        form = new_form(checkin)
        remind = self._editor(
            "checkin_reminder", BoolEditor(self._labels["checkin_reminder"]), form
        )
        days = list(zip(day_names(), WEEKDAYS, strict=True))
        on_day = self._editor("checkin_day", ChoiceEditor(days), form)
        at = self._editor("checkin_time", ClockEditor(), form)
        self._only_when(remind, on_day, at)

        shift = QGroupBox(self.tr("End of the shift"))
        form = new_form(shift)
        self._editor("wind_down", BoolEditor(self._labels["wind_down"]), form)
        return page(hours, checkin, shift)

    def _comfort_page(self) -> QWidget:
        calm = QGroupBox(self.tr("Prompts and motion"))
        form = new_form(calm)
        for name in ("reduced_motion", "notifications", "sound"):
            self._editor(name, BoolEditor(self._labels[name]), form)

        look = QGroupBox(self.tr("Look and language"))
        form = new_form(look)
        themes = [
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ]
        self._editor("theme", ChoiceEditor(themes), form)
        languages = [(self.tr("System language"), ""), *((n, c) for c, n in LANGUAGES)]
        language = self._editor("language", ChoiceEditor(languages), form)
        later = self.tr("A new language shows the next time wellbeing starts.")
        language.setAccessibleDescription(later)
        self.language_note = QLabel(later)
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)

        start = QGroupBox(self.tr("Starting"))
        form = new_form(start)
        self._editor("autostart", BoolEditor(self._labels["autostart"]), form)
        return page(calm, look, start)

    def _data_page(self) -> QWidget:
        where = QGroupBox(self.tr("Where your data is"))
        column = QVBoxLayout(where)
        note = QLabel(
            self.tr(
                "Everything this app records stays in this folder on your computer, "
                "readable by you alone."
            )
        )
        note.setWordWrap(True)
        self.data_path = QLineEdit(str(self._data_dir))
        self.data_path.setReadOnly(True)
        self.data_path.setCursorPosition(0)
        self.data_path.setToolTip(str(self._data_dir))
        self.data_path.setAccessibleName(self.tr("Data folder"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_data_folder_requested)
        row = QHBoxLayout()
        row.addWidget(self.data_path, 1)
        row.addWidget(self.open_button)
        column.addWidget(note)
        column.addLayout(row)

        delete = QGroupBox(self.tr("Start afresh"))
        column = QVBoxLayout(delete)
        warning = QLabel(
            self.tr(
                "Deletes every call, break, reflection and check-in on this computer. "
                "You will be asked to confirm."
            )
        )
        warning.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete all my data…"))
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        column.addWidget(warning)
        column.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page(where, delete)
