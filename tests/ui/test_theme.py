"""The palettes are calm and readable: every pair the app draws meets WCAG AA."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from wellbeing.ui.theme import (
    DARK,
    LIGHT,
    NON_TEXT_PAIRS,
    TEXT_PAIRS,
    Colors,
    apply_theme,
    color_names,
    colors,
    contrast_ratio,
)


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


def test_contrast_ratio_refuses_what_is_not_a_colour() -> None:
    with pytest.raises(ValueError, match="not a colour"):
        contrast_ratio("teal-ish", "#ffffff")


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_every_text_pair_meets_aa(palette: Colors, pair: tuple[str, str]) -> None:
    fg, bg = (getattr(palette, name) for name in pair)
    assert contrast_ratio(fg, bg) >= 4.5, f"{pair}: {fg} on {bg}"


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("pair", NON_TEXT_PAIRS, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_control_edges_stand_out(palette: Colors, pair: tuple[str, str]) -> None:
    fg, bg = (getattr(palette, name) for name in pair)
    assert contrast_ratio(fg, bg) >= 3.0, f"{pair}: {fg} on {bg}"


def test_the_pairs_name_only_real_colours() -> None:
    for fg, bg in TEXT_PAIRS + NON_TEXT_PAIRS:
        assert fg in color_names()
        assert bg in color_names()


def test_the_accent_is_a_muted_teal() -> None:
    for palette in (LIGHT, DARK):
        red, green, blue = (int(palette.accent[i : i + 2], 16) for i in (1, 3, 5))
        assert green > red and blue > red, palette.accent


@pytest.mark.parametrize(
    ("theme", "system_dark", "expected"),
    [
        ("system", False, LIGHT),
        ("system", True, DARK),
        ("light", True, LIGHT),
        ("dark", False, DARK),
    ],
)
def test_colors_follow_the_setting_then_the_system(
    theme: str, system_dark: bool, expected: Colors
) -> None:
    assert colors(theme, system_dark) is expected


def test_an_unknown_theme_is_a_bug_that_says_so() -> None:
    with pytest.raises(ValueError, match="theme"):
        colors("neon", False)


def test_apply_theme_sets_the_palette(qapp: QApplication) -> None:
    before = (qapp.palette(), qapp.styleSheet(), qapp.style().name())
    try:
        chosen = apply_theme(qapp, "dark")
        assert chosen is DARK
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == DARK.accent
        assert "border-radius" in qapp.styleSheet()
    finally:
        qapp.setStyle(before[2])
        qapp.setPalette(before[0])
        qapp.setStyleSheet(before[1])
