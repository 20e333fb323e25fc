"""What the "Team sharing" dialog says about the hub, kept apart from its layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing.store.sharing_state import Enrolled


def explanation() -> list[str]:
    """What is shared, what never is, how weeks stay unlinked, and what stopping does."""
    return [
        QCoreApplication.translate(
            "SharingDialog",
            "<b>Shared, once a week:</b> how many calls, how many were difficult or "
            "severe, your longest run of difficult calls, breaks offered and taken, "
            "minutes breathed, average stress, check-in scores.",
        ),
        QCoreApplication.translate(
            "SharingDialog",
            "<b>Never shared:</b> your name, notes, reflections, journal, tags, times "
            "of day, or anything you write.",
        ),
        QCoreApplication.translate(
            "SharingDialog",
            "Your weeks go to a team hub run by someone your team trusts, not to your "
            "lead. The hub keeps no link between you and your numbers, and your lead "
            "only sees a week's team figures once it closes, when enough people shared it.",
        ),
        QCoreApplication.translate(
            "SharingDialog",
            "Only finished weeks are sent. Stopping takes back every week that has not "
            "closed yet; closed weeks exist only inside the team's figures.",
        ),
    ]


def hub_summary(hub: Enrolled | None) -> str:
    if hub is None:
        return ""
    return QCoreApplication.translate(
        "SharingDialog",
        "Hub run by: {operator}\nYour team: {team}\n"
        "A week is shown only when at least {k} people shared it.",
    ).format(operator=hub.operator, team=hub.team, k=hub.k)
