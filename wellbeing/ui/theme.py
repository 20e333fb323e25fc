"""The app's two calm palettes, and how they reach Qt.

A muted teal accent on warm neutral backgrounds, in a light and a dark
variant. Every text colour is checked against every background it is drawn
on (``TEXT_PAIRS``, WCAG AA: 4.5:1), and the edges that tell a control apart
from its background against theirs (``NON_TEXT_PAIRS``, WCAG 1.4.11: 3:1);
``tests/ui/test_theme.py`` holds the palettes to that.

Choices where the design was silent:

- ``apply_theme`` switches the app to the Fusion style. Native styles ignore
  parts of a QPalette (Windows 11, macOS), and a calm look that changes
  colour on one platform only is not calm.
- "system" follows ``QStyleHints.colorScheme()``; an unknown scheme counts
  as light. ``SchemeFollower`` applies the theme again when the system
  scheme changes, so "system" follows it live.
- Dialog buttons carry words, not stock icons (OK, Cancel, Apply): the
  dialogs that use standard buttons clear the icons the desktop's style
  adds. A proxy style in Python would do it in one place, but every call
  Qt makes into the style would then pass through Python, and its binding
  cost 1.3 MB at start-up, for three buttons in one dialog.
- An unknown theme name raises ValueError: settings validate the name
  before it gets here, so reaching this is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from wellbeing.ui.popup_style import popup_rules

THEMES = ("system", "light", "dark")


@dataclass(frozen=True, slots=True)
class Colors:
    """One palette, as ``#rrggbb`` strings."""

    window: str  # the window background
    surface: str  # cards, inputs, secondary buttons
    text: str
    muted_text: str  # hints and secondary lines
    accent: str  # primary buttons, focus, the slider; also used as text
    accent_hover: str
    accent_text: str  # text on an accent background
    border: str  # edges of buttons and inputs
    circle_fill: str
    circle_edge: str
    dark: bool


LIGHT = Colors(
    window="#f5f1ea",
    surface="#fffcf7",
    text="#1f2b29",
    muted_text="#55615d",
    accent="#26766a",
    accent_hover="#1f6358",
    accent_text="#ffffff",
    border="#8f887c",
    circle_fill="#cfe6e0",
    circle_edge="#26766a",
    dark=False,
)

DARK = Colors(
    window="#1c2120",
    surface="#262d2b",
    text="#ebe6dd",
    muted_text="#a9b1ab",
    accent="#6cbfae",
    accent_hover="#82cdbd",
    accent_text="#10231f",
    border="#6f7a76",
    circle_fill="#2c5a52",
    circle_edge="#6cbfae",
    dark=True,
)

TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "circle_fill"),
    ("muted_text", "window"),
    ("muted_text", "surface"),
    ("accent", "window"),
    ("accent", "surface"),
    ("accent_text", "accent"),
    ("accent_text", "accent_hover"),
)
"""Every (text, background) pair of ``Colors`` fields the app draws."""

NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("border", "window"),
    ("border", "surface"),
    ("accent", "window"),
    ("circle_edge", "window"),
)
"""Edges and marks that must stand out from their background (3:1)."""


def _luminance(color: str) -> float:
    qcolor = QColor(color)
    if not qcolor.isValid():
        raise ValueError(f"not a colour: {color!r}")

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (qcolor.redF(), qcolor.greenF(), qcolor.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(fg: str, bg: str) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1.0 to 21.0."""
    lighter, darker = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def colors(theme: str, system_is_dark: bool) -> Colors:
    """The palette for a theme setting ("system", "light" or "dark")."""
    if theme not in THEMES:
        raise ValueError(f"theme: unknown {theme!r} (one of: {', '.join(THEMES)})")
    if theme == "system":
        return DARK if system_is_dark else LIGHT
    return DARK if theme == "dark" else LIGHT


def palette(c: Colors) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: c.accent_text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.Accent: c.accent,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.LinkVisited: c.accent,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted_text,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Dark: c.border,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted_text))
    return pal


def stylesheet(c: Colors) -> str:
    """Rounded buttons with room to breathe, and controls whose edges show.

    A disabled control is drawn flat on the window colour with a dashed
    edge and muted text, so it never looks pressable. The pop-up surfaces
    (card, toast, quick log, tray balloon) follow the theme through
    ``popup_style``.

    Fusion draws radio buttons, sliders and progress bars from shades of the
    window colour, which all but vanish on the dark palette; these rules draw
    them in ``border`` and ``accent`` instead. A button is primary when its
    ``primary`` property is true, a chip when its ``chip`` property is; a
    slider whose ``answered`` property is false shows no accent fill, so an
    untouched answer does not look given. Every focusable control shows its
    focus in the accent colour, radio buttons and check boxes included.
    """
    return f"""
QPushButton {{
    background: {c.surface}; color: {c.text};
    border: 1px solid {c.border}; border-radius: 10px;
    padding: 9px 22px; min-height: 22px;
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; padding: 8px 21px; }}
QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.accent_text}; border: 2px solid {c.accent};
    padding: 8px 21px;
}}
QPushButton[primary="true"]:hover {{
    background: {c.accent_hover}; border-color: {c.accent_hover};
}}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.text}; }}
QBalloonTip QPushButton {{ padding: 0; min-height: 0; border: none; background: transparent; }}
QRadioButton {{ spacing: 10px; }}
QRadioButton::indicator {{
    width: 14px; height: 14px; border-radius: 9px;
    border: 2px solid {c.border}; background: {c.surface};
}}
QRadioButton::indicator:hover {{ border-color: {c.accent}; }}
QRadioButton::indicator:checked {{ border: 5px solid {c.accent}; width: 8px; height: 8px; }}
QSlider:horizontal {{ min-height: 28px; }}
QSlider::groove:horizontal {{ height: 6px; border-radius: 3px; background: {c.border}; }}
QSlider::sub-page:horizontal {{ border-radius: 3px; background: {c.accent}; }}
QSlider[answered="false"]::sub-page:horizontal {{ background: {c.border}; }}
QSlider::handle:horizontal {{
    width: 18px; margin: -8px 0; border-radius: 11px;
    border: 2px solid {c.accent}; background: {c.surface};
}}
QSlider::handle:horizontal:focus {{ border-color: {c.text}; background: {c.accent}; }}
QProgressBar {{
    border: 1px solid {c.border}; border-radius: 5px; background: {c.surface};
}}
QProgressBar::chunk {{ border-radius: 4px; background: {c.accent}; }}
QRadioButton {{ padding: 2px 6px 2px 4px; border-radius: 8px; border: 2px solid transparent; }}
QRadioButton:focus {{ border-color: {c.accent}; }}
QCheckBox {{ spacing: 8px; }}
QCheckBox::indicator {{
    width: 14px; height: 14px; border-radius: 3px;
    border: 2px solid {c.border}; background: {c.surface};
}}
QCheckBox::indicator:hover, QCheckBox::indicator:focus {{ border-color: {c.accent}; }}
QCheckBox::indicator:checked {{ border-color: {c.accent}; background: {c.accent}; }}
QLineEdit, QPlainTextEdit {{
    background: {c.surface}; color: {c.text};
    border: 1px solid {c.border}; border-radius: 6px; padding: 4px 6px;
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {c.accent}; padding: 3px 5px; }}
QLineEdit:disabled {{ background: {c.window}; }}
QPushButton[chip="true"] {{
    background: {c.surface}; color: {c.text};
    border: 1px solid {c.border}; border-radius: 13px;
    padding: 4px 12px; min-height: 18px;
}}
QPushButton[chip="true"]:hover {{ border-color: {c.accent}; }}
QPushButton[chip="true"]:checked {{
    background: {c.circle_fill}; color: {c.text}; border: 1px solid {c.accent};
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {c.accent}; padding: 3px 11px; }}
QPushButton:disabled, QPushButton[primary="true"]:disabled, QPushButton[chip="true"]:disabled {{
    background: {c.window}; color: {c.muted_text}; border: 1px dashed {c.border};
}}
QRadioButton:disabled, QCheckBox:disabled {{ color: {c.muted_text}; }}
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {{
    background: {c.window}; border: 2px dotted {c.border};
}}
QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 8px; top: -1px; }}
QTabBar::tab {{
    background: {c.window}; color: {c.muted_text};
    border: 1px solid {c.border}; border-bottom: none;
    border-top-left-radius: 8px; border-top-right-radius: 8px;
    padding: 6px 14px; margin-right: 3px;
}}
QTabBar::tab:hover {{ color: {c.text}; }}
QTabBar::tab:selected {{
    background: {c.surface}; color: {c.text}; border: 2px solid {c.accent}; border-bottom: none;
}}
QTabBar::tab:disabled {{ color: {c.muted_text}; border-style: dashed; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
""" + popup_rules(c)


def apply_theme(app: QApplication, theme: str) -> Colors:
    """Give the whole app the palette for ``theme``; return it for custom painting."""
    chosen = colors(theme, system_is_dark())
    if app.style().name() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(chosen))
    app.setStyleSheet(stylesheet(chosen))
    return chosen


def color_names() -> tuple[str, ...]:
    """The colour fields of ``Colors`` (everything but ``dark``)."""
    return tuple(f.name for f in fields(Colors) if f.name != "dark")


def text_label(
    text: str,
    c: Colors,
    *,
    scale: float = 1.0,
    bold: bool = False,
    muted: bool = False,
    centred: bool = False,
) -> QLabel:
    """A word-wrapped label, its font ``scale`` times the app's, muted if asked."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)
    if muted:
        pal = widget.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(c.muted_text))
        widget.setPalette(pal)
    if centred:
        widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return widget


def primary_button(text: str) -> QPushButton:
    """A button in the accent colour (see ``stylesheet``): the one to press next."""
    button = QPushButton(text)
    button.setProperty("primary", True)
    button.setMinimumWidth(120)
    return button


class SchemeFollower(QObject):
    """Applies the theme again when the desktop switches light or dark.

    ``changed`` carries the new ``Colors`` for windows that paint their own.
    """

    changed = Signal(object)

    def __init__(self, app: QApplication, theme: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.theme = theme
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self.on_scheme_changed)

    def on_scheme_changed(self, *_: object) -> None:
        if self.theme == "system":
            self.changed.emit(apply_theme(self._app, self.theme))
