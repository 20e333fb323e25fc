"""WCAG AA contrast of the stylesheet's colour pairs, light and dark.

Text needs 4.5:1 against what it sits on; lines, focus rings and chart
marks need 3:1 (WCAG 1.4.11). The colours are read from the stylesheet's
custom properties, so a later edit that breaks a pair fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import wellbeing.hub.web

CSS = (Path(wellbeing.hub.web.__file__).parent / "static" / "lead.css").read_text()
TEXT_PAIRS = [
    ("text", "bg"),
    ("text", "card"),
    ("muted", "bg"),
    ("muted", "card"),
    ("accent", "bg"),
    ("accent", "card"),
    ("accent-text", "accent"),
    ("notice-text", "notice-bg"),
    ("gap-text", "gap"),
    ("gap-text", "card"),
]
GRAPHIC_PAIRS = [("line", "card"), ("focus", "bg"), ("focus", "card"), ("notice-border", "bg")]


def palette(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))


def schemes() -> dict[str, dict[str, str]]:
    dark_at = CSS.index("@media (prefers-color-scheme: dark)")
    dark_block = CSS[dark_at : CSS.index("}\n}", dark_at)]
    light = palette(CSS[:dark_at])
    return {"light": light, "dark": {**light, **palette(dark_block)}}


def luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_colours_reach_aa(scheme: str) -> None:
    colours = schemes()[scheme]
    for fg, bg in TEXT_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 4.5, (scheme, fg, bg)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_lines_and_focus_rings_reach_3_to_1(scheme: str) -> None:
    colours = schemes()[scheme]
    for fg, bg in GRAPHIC_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 3, (scheme, fg, bg)


def test_dark_scheme_redefines_every_colour() -> None:
    dark_at = CSS.index("@media (prefers-color-scheme: dark)")
    light = palette(CSS[:dark_at])
    dark = palette(CSS[dark_at:])
    assert set(light) <= set(dark)
