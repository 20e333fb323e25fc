"""How the surfaces that pop up over other work look: the prompt card, the
rating card, the log confirmation, the toast, the quick-log popup and the
tray's balloon, in both themes.

They used to carry their own light colours, so a dark desktop got a bright
pastel card and pale grey on pale yellow balloons. Their rules now live in
the app's one stylesheet (``theme.stylesheet``), built from the palette, so
the contrast test reads every colour they paint.

Choices where the design was silent:

- The quick-log buttons keep a calm cool-to-warm fill per difficulty in
  both themes: light pastels with dark ink, or deep tints with light ink.
  The number on each button carries the meaning; the colour supports it.
  The rating card's buttons are named like the quick log's, so they take
  the same fills.
- The log confirmation ("Logged · 4 Difficult", Undo) looks like the toast:
  the surface colour, with Undo as a bold link in the accent colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing.ui.theme import Colors

LIGHT_DIFFICULTY = {
    1: ("#E3F1E8", "#7DB394"),
    2: ("#E2EEF6", "#7FA9C9"),
    3: ("#F4EEDB", "#C4AE6E"),
    4: ("#F7E3D6", "#D19A78"),
    5: ("#F2DDE3", "#C0849A"),
}
DARK_DIFFICULTY = {
    1: ("#24382C", "#5F9A78"),
    2: ("#22323F", "#5F8FB3"),
    3: ("#3A3424", "#A8925A"),
    4: ("#3E2C22", "#B57F5E"),
    5: ("#3B2830", "#A86F86"),
}
"""(fill, edge) of each difficulty button in the quick-log popup."""


def difficulty_fills(c: Colors) -> dict[int, tuple[str, str]]:
    return DARK_DIFFICULTY if c.dark else LIGHT_DIFFICULTY


def popup_rules(c: Colors) -> str:
    """The stylesheet rules of the cards, the toast, the quick log and the balloon."""
    rules = [
        f"PromptCard QLabel {{ color: {c.text}; }}",
        f"PromptCard QLabel#reason {{ color: {c.muted_text}; }}",
        f"PromptCard QPushButton {{ color: {c.text}; background: {c.surface};"
        f" border: 1px solid {c.border}; border-radius: 6px; padding: 6px 10px; min-height: 0; }}",
        f"PromptCard QPushButton:hover {{ border-color: {c.accent}; }}",
        f"PromptCard QPushButton:pressed {{ background: {c.window}; }}",
        f"PromptCard QPushButton#start {{ color: {c.accent_text}; background: {c.accent};"
        f" border: 1px solid {c.accent}; font-weight: bold; }}",
        f"PromptCard QPushButton#start:hover {{ background: {c.accent_hover}; }}",
        f"QWidget#toast {{ background: {c.surface}; border: 1px solid {c.border}; }}",
        f"QWidget#toast QLabel {{ color: {c.text}; background: {c.surface}; }}",
        f"QBalloonTip {{ background: {c.surface}; color: {c.text};"
        f" border: 1px solid {c.border}; }}",
        f"QBalloonTip QLabel {{ color: {c.text}; background: {c.surface}; }}",
        f"RatingCard QLabel {{ color: {c.text}; }}",
        f"RatingCard QLabel#detail {{ color: {c.muted_text}; }}",
        f"QWidget#log_confirmation {{ background: {c.surface}; border: 1px solid {c.border};"
        " border-radius: 6px; }",
        f"QWidget#log_confirmation QLabel {{ color: {c.text}; font-weight: bold; }}",
        f"QWidget#log_confirmation QPushButton#undo {{ color: {c.accent}; background: transparent;"
        " border: none; font-weight: bold; padding: 4px 8px; min-height: 0; }",
        "QWidget#log_confirmation QPushButton#undo:hover { text-decoration: underline; }",
        f"#quickLogFrame {{ border: 1px solid {c.border}; border-radius: 8px; }}",
        f"QuickLogPopup QLabel#hint[urgent='true'] {{ color: {c.accent}; font-weight: bold; }}",
    ]
    for level, (fill, edge) in difficulty_fills(c).items():
        ink = c.text if c.dark else "#1F2A33"
        button = f"QPushButton#difficulty{level}"
        rules += [
            f"{button} {{ background: {fill}; color: {ink}; border: 1px solid {edge};"
            " border-radius: 8px; padding: 8px 6px; }",
            f"{button}:hover {{ border-color: {c.accent}; }}",
            f"{button}[chosen='true'] {{ border: 3px dashed {c.accent}; padding: 6px 4px; }}",
            f"{button}:focus {{ border: 3px solid {c.accent}; padding: 6px 4px; }}",
        ]
    return "\n".join(rules) + "\n"
