"""The rating card and the "Logged · 4 Difficult" confirmation follow the theme.

Both painted fixed light colours: a bright card and a dark-blue strip on a
dark desktop, whatever the agent chose. They now take the theme's colours,
the rating buttons the quick log's fill per difficulty, and repaint when the
desktop switches light or dark while they show. Contrast is measured on the
pixels they paint: for each piece of text, its darkest or lightest pixel
against the colour behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from doubles import FakeClock
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from wellbeing.core.records import Call, Source, Tag
from wellbeing.ui import theme
from wellbeing.ui.popup_style import difficulty_fills
from wellbeing.ui.prompts.log_confirmation import LogConfirmation
from wellbeing.ui.prompts.quick_log import QuickLogPopup
from wellbeing.ui.prompts.rating_card import RatingCard
from wellbeing.ui.theme import DARK, LIGHT, Colors, apply_theme, contrast_ratio
from wellbeing.ui.windows import Windows

ENDED = datetime(2026, 12, 1, 10, 5, tzinfo=UTC)
INSET = 4
"""Pixels left out at each edge of a control: its border is not its text."""


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[str], Colors]]:
    before = (qapp.palette(), qapp.styleSheet())
    yield lambda name: apply_theme(qapp, name)
    qapp.setPalette(before[0])
    qapp.setStyleSheet(before[1])


def _detected() -> Call:
    return Call.create(ended_at=ENDED, difficulty=None, duration_s=250, source=Source.DETECTED)


def _logged(difficulty: int) -> Call:
    return Call.create(ended_at=ENDED, difficulty=difficulty, source=Source.POPUP)


def _rating_card(qtbot: QtBot) -> RatingCard:
    card = RatingCard()
    qtbot.addWidget(card)
    card.show_call(_detected())
    card.chips[Tag.ESCALATED].setChecked(True)
    return card


def _confirmation(qtbot: QtBot) -> LogConfirmation:
    confirmation = LogConfirmation()
    qtbot.addWidget(confirmation)
    confirmation.confirm(_logged(4))
    return confirmation


def _hex(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def _area(card: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` is drawn in a grab of ``card``, without its edges."""
    return QRect(widget.mapTo(card, QPoint(0, 0)), widget.size()).adjusted(
        INSET, INSET, -INSET, -INSET
    )


def _painted_contrast(image: QImage, area: QRect) -> tuple[str, str, float]:
    """(ink, ground, ratio): the most common colour of ``area`` is the ground,
    the pixel that differs most from it is the ink."""
    seen = Counter(
        _hex(image, x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    )
    ground = seen.most_common(1)[0][0]
    ink = max(seen, key=lambda colour: contrast_ratio(colour, ground))
    return ink, ground, contrast_ratio(ink, ground)


def _texts(card: QWidget) -> list[QWidget]:
    widgets = [*card.findChildren(QLabel), *card.findChildren(QPushButton)]
    return [w for w in widgets if w.isVisible() and (w.text() if hasattr(w, "text") else "")]


def _assert_text_meets_aa(card: QWidget) -> int:
    image = card.grab().toImage()
    texts = _texts(card)
    assert texts
    for widget in texts:
        ink, ground, ratio = _painted_contrast(image, _area(card, widget))
        assert ratio >= 4.5, f"{widget.text()!r}: {ink} on {ground} is {ratio:.2f}"
    return len(texts)


def _ground(card: QWidget) -> str:
    """The card's own background, just inside its top edge, clear of the corners."""
    return _hex(card.grab().toImage(), card.width() // 2, 3)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_rating_card_is_painted_in_the_theme(
    name: str, themed: Callable[[str], Colors], qtbot: QtBot
) -> None:
    c = themed(name)
    card = _rating_card(qtbot)
    assert _ground(card) == c.surface
    assert _assert_text_meets_aa(card) >= 2 + 5 + len(Tag)  # title, detail, buttons, chips


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_rating_buttons_wear_the_quick_log_colours(
    name: str, themed: Callable[[str], Colors], qtbot: QtBot
) -> None:
    c = themed(name)
    card = _rating_card(qtbot)
    popup = QuickLogPopup()
    qtbot.addWidget(popup)
    popup.show()
    for level, button in enumerate(card.buttons, start=1):
        twin = popup.findChild(QPushButton, f"difficulty{level}")
        assert twin is not None
        fill = _hex(button.grab().toImage(), button.width() // 2, INSET)
        assert fill == _hex(twin.grab().toImage(), twin.width() // 2, INSET)
        assert fill == difficulty_fills(c)[level][0].lower(), level


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_log_confirmation_is_painted_in_the_theme(
    name: str, themed: Callable[[str], Colors], qtbot: QtBot
) -> None:
    c = themed(name)
    confirmation = _confirmation(qtbot)
    assert _ground(confirmation) == c.surface
    assert _assert_text_meets_aa(confirmation) == 2  # "Logged · 4 Difficult", Undo
    image = confirmation.grab().toImage()
    undo, _, _ = _painted_contrast(image, _area(confirmation, confirmation.undo_button))
    assert undo == c.accent  # a link, told apart from the words by colour as well


@pytest.fixture
def windows(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, themed: Callable[[str], Colors]
) -> Iterator[Windows]:
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    shown = Windows(FakeClock(ENDED))
    shown.apply_theme("system")
    yield shown
    for window in shown.all():
        window.close()
        window.deleteLater()
    shown.deleteLater()


def _switch_desktop(monkeypatch: pytest.MonkeyPatch, *, dark: bool) -> None:
    monkeypatch.setattr(theme, "system_is_dark", lambda: dark)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)


def test_both_cards_repaint_when_the_desktop_switches_while_they_show(
    windows: Windows, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    windows.open_rating(_detected())
    windows.confirm_log(_logged(4))
    rating, confirmation = windows.rating, windows.log_confirmation
    assert rating is not None and confirmation is not None
    assert rating.isVisible() and confirmation.isVisible()
    assert _ground(rating) == _ground(confirmation) == LIGHT.surface

    for dark, c in ((True, DARK), (False, LIGHT)):
        _switch_desktop(monkeypatch, dark=dark)
        assert windows.colors is c
        qtbot.waitUntil(lambda c=c: _ground(rating) == _ground(confirmation) == c.surface)
        button = rating.buttons[4]
        fill = _hex(button.grab().toImage(), button.width() // 2, INSET)
        assert fill == difficulty_fills(c)[5][0].lower()
        _assert_text_meets_aa(rating)
        _assert_text_meets_aa(confirmation)
