"""The strain levels the tray shows, apart from the rules that choose them.

Kept in a module of its own so the tray icon can be drawn before the rest
of the domain is imported (the app shows its tray first, then loads).
"""

from enum import StrEnum


class StrainLevel(StrEnum):
    CALM = "calm"
    ELEVATED = "elevated"
    HIGH = "high"
    PAUSED = "paused"
