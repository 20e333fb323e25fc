"""What the theme paints: disabled controls look disabled, pop-ups follow the
dark theme, the system scheme is followed live, dialog buttons carry words
and no stock icons, and every colour the stylesheet paints meets WCAG AA."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wellbeing.core.settings import Settings
from wellbeing.ui import theme
from wellbeing.ui.prompts.prompt_card import PromptCard
from wellbeing.ui.settings.settings_dialog import SettingsDialog
from wellbeing.ui.theme import DARK, LIGHT, SchemeFollower, apply_theme, contrast_ratio
from wellbeing.ui.tray.toast import Toast

THEMES = ["light", "dark"]


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    before = (qapp.palette(), qapp.styleSheet())
    yield lambda name: apply_theme(qapp, name) and None
    qapp.setPalette(before[0])
    qapp.setStyleSheet(before[1])


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _controls() -> list[QWidget]:
    primary = QPushButton("Share now")
    primary.setProperty("primary", True)
    chip = QPushButton("abusive")
    chip.setProperty("chip", True)
    chip.setCheckable(True)
    line = QLineEdit("folder")
    spin = QSpinBox()
    combo = QComboBox()
    combo.addItem("Box breathing")
    return [QPushButton("Stop sharing…"), primary, chip, QCheckBox("Remind me"),
            QRadioButton("Yes"), line, spin, combo]  # fmt: skip


def _drawn_differently(widget: QWidget) -> bool:
    widget.setEnabled(True)
    enabled = _image(widget)
    widget.setEnabled(False)
    return _image(widget) != enabled


@pytest.mark.parametrize("name", THEMES)
def test_every_kind_of_control_looks_different_when_disabled(
    name: str, themed: Callable[[str], None], qtbot: QtBot
) -> None:
    themed(name)
    for widget in _controls():
        qtbot.addWidget(widget)
        widget.resize(widget.sizeHint())
        assert _drawn_differently(widget), type(widget).__name__


@pytest.mark.parametrize("name", THEMES)
def test_every_disabled_control_of_the_settings_is_drawn_differently(
    name: str, themed: Callable[[str], None], qtbot: QtBot, tmp_path: Path
) -> None:
    themed(name)
    dialog = SettingsDialog(Settings(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    disabled = [w for w in dialog.findChildren(QWidget) if w.isVisible() and not w.isEnabled()]
    disabled = [w for w in disabled if w.parentWidget() is None or w.parentWidget().isEnabled()]
    assert disabled  # Apply, the check-in day and time, days off
    for widget in disabled:
        assert _drawn_differently(widget), (type(widget).__name__, widget.accessibleName())


class _IconsOnDialogButtons(QProxyStyle):
    """What KDE's platform theme tells every style: put stock icons on dialog buttons."""

    def styleHint(self, hint, option=None, widget=None, data=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_dialog_buttons_carry_words_not_stock_icons(
    themed: Callable[[str], None], qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    themed("light")
    qapp.setStyle(_IconsOnDialogButtons("Fusion"))
    try:
        stock = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        qtbot.addWidget(stock)
        assert not stock.buttons()[0].icon().isNull()  # the desktop would add icons here
        dialog = SettingsDialog(Settings(), tmp_path)
        qtbot.addWidget(dialog)
    finally:
        qapp.setStyle("Fusion")

    words = [b.text() for b in dialog.buttons.buttons()]
    assert "OK" not in words and all(b.icon().isNull() for b in dialog.buttons.buttons())


@pytest.mark.parametrize("name", THEMES)
def test_tabs_are_styled(name: str, themed: Callable[[str], None], qtbot: QtBot) -> None:
    themed(name)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Words")
    tabs.addTab(QWidget(), "Steps")
    tabs.resize(300, 120)
    tabs.show()
    selected = tabs.tabBar().tabRect(0).center()
    other = tabs.tabBar().tabRect(1).topLeft() + tabs.tabBar().tabRect(1).center()
    image = tabs.tabBar().grab().toImage()
    colours = theme.colors(name, False)
    assert image.pixelColor(selected.x(), 4).name() == colours.surface
    assert image.pixelColor(other.x() // 2, 4).name() == colours.window


# --- the dark theme reaches the pop-ups ---------------------------------------------


def _dark(colour: QColor) -> bool:
    return colour.lightnessF() < 0.35


def test_the_toast_and_the_card_follow_the_dark_theme(
    themed: Callable[[str], None], qtbot: QtBot
) -> None:
    themed("dark")
    toast = Toast()
    qtbot.addWidget(toast)
    toast.notify("Logged", "4 Difficult")
    image = _image(toast)
    assert _dark(image.pixelColor(4, 4)), image.pixelColor(4, 4).name()
    card = PromptCard()
    qtbot.addWidget(card)
    card.resize(360, 200)
    card.ensurePolished()
    image = _image(card)
    assert _dark(image.pixelColor(180, 8)), image.pixelColor(180, 8).name()


def test_the_quick_log_buttons_follow_the_dark_theme(
    themed: Callable[[str], None], qtbot: QtBot
) -> None:
    from wellbeing.ui.prompts.quick_log import QuickLogPopup

    themed("dark")
    popup = QuickLogPopup()
    qtbot.addWidget(popup)
    popup.show()
    for level in range(1, 6):
        button = popup.findChild(QPushButton, f"difficulty{level}")
        assert button is not None
        image = _image(button)
        assert _dark(image.pixelColor(button.width() // 2, 4)), level


def test_the_theme_follows_the_system_scheme_live(
    qapp: QApplication, themed: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    themed("system")
    follower = SchemeFollower(qapp, "system")
    seen: list[object] = []
    follower.changed.connect(seen.append)
    for dark, expected in ((True, DARK), (False, LIGHT)):
        monkeypatch.setattr(theme, "system_is_dark", lambda dark=dark: dark)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == expected.window
    assert seen == [DARK, LIGHT]
    follower.theme = "light"
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    follower.on_scheme_changed()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    follower.deleteLater()


# --- contrast of what is actually painted -------------------------------------------

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    for selector, body in _RULE.findall(sheet):
        props = {}
        for declaration in body.split(";"):
            key, _, value = declaration.partition(":")
            if key.strip():
                props[key.strip()] = value.strip()
        yield " ".join(selector.split()), props


@pytest.mark.parametrize("name", THEMES)
def test_every_colour_the_stylesheet_paints_meets_aa(
    name: str, qapp: QApplication, themed: Callable[[str], None]
) -> None:
    themed(name)
    pal = qapp.palette()
    grounds = [
        pal.color(QPalette.ColorRole.Window).name(),
        pal.color(QPalette.ColorRole.Base).name(),
    ]
    checked = 0
    for selector, props in _rules(qapp.styleSheet()):
        if ":disabled" in selector or "color" not in props:
            continue  # WCAG 1.4.3 exempts disabled controls
        fg = props["color"]
        background = _COLOUR.search(props.get("background", ""))
        for bg in [background.group()] if background else grounds:
            ratio = contrast_ratio(fg, bg)
            assert ratio >= 4.5, f"{selector}: {fg} on {bg} is {ratio:.2f}"
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("WindowText", "Window"),
        ("Text", "Base"),
        ("ButtonText", "Button"),
        ("ToolTipText", "ToolTipBase"),
        ("HighlightedText", "Highlight"),
        ("PlaceholderText", "Base"),
    ],
)
def test_every_palette_pair_meets_aa(
    name: str, text: str, ground: str, qapp: QApplication, themed: Callable[[str], None]
) -> None:
    themed(name)
    pal = qapp.palette()
    fg = pal.color(getattr(QPalette.ColorRole, text)).name()
    bg = pal.color(getattr(QPalette.ColorRole, ground)).name()
    assert contrast_ratio(fg, bg) >= 4.5, f"{text} {fg} on {ground} {bg}"
