"""The end-of-shift wind-down: the day in three numbers, a breathing reset,
a box for what the agent leaves here tonight, then "Done for today".

Thin: the numbers come from ``core.winddown.day_summary``; the window only
emits intents, and the composition root acts on them:

- ``breathing_requested``: open the breathing window for 60 seconds
  (trigger ``wind_down``). The wind-down stays open underneath, so the agent
  can come back and write.
- ``left_behind(text)``: store the text as the journal of a reflection with
  no call. The box says so: it is saved, privately, on this computer, so
  the agent can look back on what they set down; leaving it empty keeps
  nothing. Text is stripped, never empty, and cut to ``NOTE_MAX``
  characters so that the store never refuses it.
- ``done``: pause prompts until ``rest_until`` (the next shift).
- ``dismissed``: the window was closed another way (Esc, the title bar):
  prompts carry on, as the agent may still be working. Whatever was written
  is still emitted first through ``left_behind``, so nothing typed is lost.

Each window finishes once: exactly one of ``done`` and ``dismissed`` is
emitted, preceded by at most one ``left_behind``. Open a new window for the
next shift.

Keyboard: the box takes focus; Tab leaves it (it does not type a tab);
Ctrl+Enter means "Done for today"; Esc closes (dismissed, as above).

``clock`` words the resume time ("tomorrow at 09:00", "Monday at 09:00");
``rest_until`` is the time itself, from ``core.winddown.rest_until``.
Nothing moves in this window, so ``reduced_motion`` changes nothing here;
it is kept for ``reduced_motion()``, which the owner may hand on to the
breathing window.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.fields import NOTE_MAX
from wellbeing.core.winddown import DaySummary
from wellbeing.services.clock import Clock
from wellbeing.ui.duration_text import duration_text
from wellbeing.ui.plural import english_singular
from wellbeing.ui.theme import Colors, colors, palette, primary_button, system_is_dark, text_label


class WindDownWindow(QWidget):
    breathing_requested = Signal()
    left_behind = Signal(str)
    done = Signal()
    dismissed = Signal()

    def __init__(
        self,
        summary: DaySummary,
        clock: Clock,
        *,
        reduced_motion: bool,
        colors: Colors | None = None,
        rest_until: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._summary = summary
        self._reduced_motion = reduced_motion
        self._colors = colors or _system_colors()
        self._finished = False
        self.setWindowTitle(self.tr("End of shift"))
        self.setPalette(palette(self._colors))
        self.setAutoFillBackground(True)
        self.setMinimumWidth(460)
        self.resize(500, 580)

        box = QVBoxLayout(self)
        box.setContentsMargins(36, 30, 36, 26)
        box.setSpacing(10)
        box.addWidget(text_label(self.tr("Leave work behind"), self._colors, scale=1.6, bold=True))
        box.addWidget(
            text_label(
                self.tr("Here is your day. You can set it down now."), self._colors, muted=True
            )
        )
        box.addSpacing(10)
        box.addLayout(self._numbers())
        if summary.breathing_minutes > 0:
            breathed = text_label(self._breathed_text(), self._colors, muted=True, scale=0.92)
            breathed.setObjectName("breathed")
            box.addWidget(breathed)
        box.addSpacing(14)

        breathe_row = QHBoxLayout()
        breathe_row.setSpacing(14)
        self._breathe = QPushButton(self.tr("60-second breathing reset"))
        self._breathe.setObjectName("breathe")
        self._breathe.setAccessibleName(self.tr("Start a 60-second breathing reset"))
        self._breathe.setAutoDefault(True)
        self._breathe.clicked.connect(self.breathing_requested.emit)
        breathe_row.addWidget(self._breathe)
        breathe_row.addWidget(
            text_label(self.tr("One quiet minute before you go."), self._colors, muted=True), 1
        )
        box.addLayout(breathe_row)
        box.addSpacing(18)

        heading = text_label(self.tr("What I leave here tonight"), self._colors, bold=True)
        note = text_label(
            self.tr(
                "Saved only in your private journal, on this computer. "
                "Leave it empty to keep nothing."
            ),
            self._colors,
            muted=True,
            scale=0.92,
        )
        self._text = QPlainTextEdit()
        self._text.setObjectName("left_behind")
        self._text.setTabChangesFocus(True)
        self._text.setPlaceholderText(
            self.tr("A call, a word, a worry. Write it down and leave it here.")
        )
        self._text.setAccessibleName(self.tr("What I leave here tonight"))
        self._text.setAccessibleDescription(
            self.tr("Optional. Saved only in your private journal on this computer.")
        )
        self._text.setMinimumHeight(90)
        heading.setBuddy(self._text)
        box.addWidget(heading)
        box.addWidget(note)
        box.addWidget(self._text, 1)
        box.addSpacing(14)

        row = QHBoxLayout()
        row.setSpacing(16)
        self._rest = text_label(self._rest_text(clock.now(), rest_until), self._colors, muted=True)
        self._rest.setObjectName("rest")
        row.addWidget(self._rest, 1)
        self._done = primary_button(self.tr("Done for today"))
        self._done.setObjectName("done")
        self._done.setAccessibleName(self.tr("Done for today: rest the prompts until next shift"))
        self._done.setAutoDefault(True)
        self._done.clicked.connect(self.finish)
        row.addWidget(self._done, 0, Qt.AlignmentFlag.AlignBottom)
        box.addLayout(row)
        self._text.setFocus()

    # --- public ---------------------------------------------------------------

    def summary_text(self) -> str:
        """The day in one line: "Today: 64 calls · 9 difficult · 2 breaks"."""
        return self.tr("Today: {calls} · {difficult} · {breaks}").format(
            calls=self._count_text("calls"),
            difficult=self._count_text("difficult"),
            breaks=self._count_text("breaks"),
        )

    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def finish(self) -> None:
        """ "Done for today": hand on the text, say done, close."""
        if self._finished:
            return
        self._finished = True
        self._emit_text()
        self.done.emit()
        self.close()

    # --- events ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.finish()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished:
            self._finished = True
            self._emit_text()
            self.dismissed.emit()
        super().closeEvent(event)

    # --- building -------------------------------------------------------------

    def _numbers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        s = self._summary
        tiles = (
            ("calls", s.calls, self.tr("call") if s.calls == 1 else self.tr("calls")),
            (
                "difficult",
                s.difficult,
                self.tr("difficult", "one call") if s.difficult == 1 else self.tr("difficult"),
            ),
            (
                "breaks",
                s.breaks,
                self.tr("break taken") if s.breaks == 1 else self.tr("breaks taken"),
            ),
        )
        for name, value, caption in tiles:
            row.addWidget(self._tile(name, value, caption))
        return row

    def _tile(self, name: str, value: int, caption: str) -> QFrame:
        tile = QFrame()
        tile.setObjectName(f"tile_{name}")
        tile.setStyleSheet(
            f"QFrame#tile_{name} {{ background: {self._colors.surface};"
            f" border: 1px solid {self._colors.border}; border-radius: 10px; }}"
        )
        tile.setAccessibleName(self._count_text(name))
        box = QVBoxLayout(tile)
        box.setContentsMargins(10, 12, 10, 12)
        box.setSpacing(2)
        number = text_label(QLocale().toString(value), self._colors, scale=2.2, centred=True)
        number.setObjectName("value")
        box.addWidget(number)
        box.addWidget(text_label(caption, self._colors, muted=True, centred=True))
        return tile

    def _count_text(self, name: str) -> str:
        s = self._summary
        if name == "calls":
            calls = self.tr("%Ln calls", "", s.calls)
            return english_singular(calls, "%Ln calls", s.calls, "%Ln call")
        if name == "difficult":
            difficult = self.tr("%Ln difficult", "", s.difficult)
            return english_singular(difficult, "%Ln difficult", s.difficult, "%Ln difficult")
        breaks = self.tr("%Ln breaks", "", s.breaks)
        return english_singular(breaks, "%Ln breaks", s.breaks, "%Ln break")

    def _breathed_text(self) -> str:
        seconds = self._summary.breathing_s
        if seconds is None:
            seconds = round(self._summary.breathing_minutes * 60)
        return self.tr("You breathed for {time} today.").format(time=duration_text(seconds))

    def _rest_text(self, now: datetime, until: datetime | None) -> str:
        if until is None:
            return self.tr("Prompts rest until your next shift.")
        local = until.astimezone(now.tzinfo)
        locale = QLocale()
        clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        days = (local.date() - now.date()).days
        if days <= 0:
            text = self.tr("Prompts rest until {time}.")
        elif days == 1:
            text = self.tr("Prompts rest until tomorrow at {time}.")
        elif days < 7:
            text = self.tr("Prompts rest until {day} at {time}.")
        else:
            text = self.tr("Prompts rest until {date} at {time}.")
        return text.format(
            time=clock,
            day=locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat),
            date=locale.toString(
                QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
            ),
        )

    def _emit_text(self) -> None:
        text = self._text.toPlainText().strip()
        if text:
            self.left_behind.emit(text[:NOTE_MAX])


def _system_colors() -> Colors:
    return colors("system", system_is_dark())
