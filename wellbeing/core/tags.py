"""The fixed vocabulary of call tags, in a module of its own: the command line
builds its ``--tag`` choices from it without importing the rest of the domain.
"""

from enum import StrEnum


class Tag(StrEnum):
    """The fixed vocabulary of call tags (DESIGN.md, Calls)."""

    ANGRY = "angry"
    ABUSIVE = "abusive"
    THREATENING = "threatening"
    ESCALATED = "escalated"
    UNRESOLVED = "unresolved"
    RESOLVED = "resolved"
    LONG = "long"
