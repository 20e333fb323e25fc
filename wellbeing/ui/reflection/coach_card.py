"""The coach card: de-escalation phrases for each L.A.S.T. step, and the
boundaries protocol for an abusive caller, to glance at during a call.

One tab per step (Listen, Acknowledge, Solve, Thank) and one for the
boundaries, so the agent reads one short list at a time in large text. The
words live in ``coach_text``.

Choices where the design was silent:

- It is an ordinary window, not modal and not a tool window: the agent
  opens it from the tray on purpose, and a tool window would vanish on some
  platforms when the softphone has focus. Esc closes it; closing only hides
  it (its owner decides whether to delete it).
- Keyboard: Alt+L, Alt+A, Alt+S, Alt+T and Alt+B open the tabs (the letters
  spell L.A.S.T.), Ctrl+Tab moves between them, Alt+P toggles "Stay on top".
- "Stay on top" is remembered nowhere: the card emits
  ``stay_on_top_changed`` and the owner may persist it and pass it back as
  ``stay_on_top``. Changing a window flag hides a visible window, so the
  card shows itself again where it was.
- The phrases are selectable with the mouse, for agents who answer in chat.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.core.records import LastStep
from wellbeing.ui.reflection import coach_text
from wellbeing.ui.theme import Colors, colors, palette, system_is_dark, text_label

PHRASE_SCALE = 1.25
"""Phrases are read mid-call, at a glance: a size up from the body text."""


class CoachCard(QWidget):
    stay_on_top_changed = Signal(bool)

    def __init__(
        self,
        colors: Colors | None = None,
        *,
        stay_on_top: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._colors = colors or _system_colors()
        self.setWindowTitle(self.tr("Coach card"))
        self.setAccessibleName(self.tr("Coach card: phrases for Listen, Acknowledge, Solve, Thank"))
        self.setPalette(palette(self._colors))
        self.setAutoFillBackground(True)
        self.resize(500, 560)

        self._tabs = QTabWidget()
        self._tabs.setObjectName("sections")
        self._tabs.setDocumentMode(True)
        self._tabs.setAccessibleName(self.tr("Coach card sections"))
        self._tabs.tabBar().setAccessibleName(self.tr("Steps and boundaries"))
        self._tabs.tabBar().setExpanding(False)
        self._tabs.setUsesScrollButtons(False)  # every tab in view: the window grows instead
        self._tabs.setElideMode(Qt.TextElideMode.ElideNone)
        tab_font = self._tabs.tabBar().font()
        tab_font.setPointSizeF(tab_font.pointSizeF() * 1.1)
        self._tabs.tabBar().setFont(tab_font)
        for step in LastStep:
            page = self._page(
                coach_text.step_name(step),
                coach_text.step_hint(step),
                [coach_text.quoted(phrase) for phrase in coach_text.phrases(step)],
                numbered=False,
            )
            page.setObjectName(f"step_{step.value}")
            self._tabs.addTab(page, coach_text.step_tab(step))
        boundaries = self._page(
            coach_text.boundary_title(),
            coach_text.boundary_intro(),
            list(coach_text.boundary_steps()),
            numbered=True,
            footer=coach_text.boundary_footer(),
        )
        boundaries.setObjectName("boundaries")
        self._tabs.addTab(boundaries, coach_text.boundary_tab())

        self._on_top = QCheckBox(self.tr("Stay on to&p"))
        self._on_top.setObjectName("stay_on_top")
        self._on_top.setAccessibleName(self.tr("Stay on top of other windows"))
        self._on_top.setChecked(stay_on_top)
        self._on_top.toggled.connect(self.set_stay_on_top)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        outer.addWidget(self._tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self._on_top)
        row.addStretch(1)
        hint = text_label(self.tr("Esc closes"), self._colors, muted=True, scale=0.9)
        hint.setWordWrap(False)
        row.addWidget(hint)
        outer.addLayout(row)
        # Room for every tab, however long the translation (no scroll arrows).
        self.setMinimumSize(max(400, outer.totalMinimumSize().width()), 440)
        if stay_on_top:
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._tabs.tabBar().setFocus()

    # --- public ---------------------------------------------------------------

    def stays_on_top(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)

    def set_stay_on_top(self, on: bool) -> None:
        """Keep the card above other windows, or not; emit the change once."""
        if self._on_top.isChecked() != on:
            self._on_top.setChecked(on)  # re-enters through toggled
            return
        if self.stays_on_top() == on:
            return
        visible = self.isVisible()
        position = self.pos()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)  # hides the window
        if visible:
            self.move(position)
            self.show()
        self.stay_on_top_changed.emit(on)

    def show_section(self, index: int) -> None:
        """Open a tab: 0 to 3 are Listen to Thank, 4 the boundaries."""
        self._tabs.setCurrentIndex(index)

    def current_section(self) -> int:
        return self._tabs.currentIndex()

    # --- events ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # --- building -------------------------------------------------------------

    def _page(
        self,
        title: str,
        intro: str,
        items: list[str],
        *,
        numbered: bool,
        footer: str = "",
    ) -> QWidget:
        """A scrollable page: a heading, one line of intro, the items in large text."""
        body = QWidget()
        body.setAutoFillBackground(False)
        box = QVBoxLayout(body)
        box.setContentsMargins(4, 14, 10, 8)
        box.setSpacing(12)
        box.addWidget(text_label(title, self._colors, scale=1.35, bold=True))
        box.addWidget(text_label(intro, self._colors, muted=True))
        box.addSpacing(2)
        for number, item in enumerate(items, start=1):
            box.addWidget(self._item(number if numbered else None, item))
        if footer:
            box.addSpacing(4)
            box.addWidget(text_label(footer, self._colors, muted=True))
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setAccessibleName(title)
        return scroll

    def _item(self, number: int | None, text: str) -> QWidget:
        """One phrase or step on a card of the surface colour, with a number if any."""
        card = QFrame()
        card.setObjectName("item")
        card.setStyleSheet(
            f"QFrame#item {{ background: {self._colors.surface};"
            f" border-left: 4px solid {self._colors.accent}; border-radius: 6px; }}"
        )
        row = QHBoxLayout(card)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(10)
        if number is not None:
            mark = text_label(f"{number}.", self._colors, scale=PHRASE_SCALE, bold=True)
            mark.setWordWrap(False)
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        label = text_label(text, self._colors, scale=PHRASE_SCALE)
        label.setObjectName("phrase")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1)
        return card


def _system_colors() -> Colors:
    return colors("system", system_is_dark())
