"""What the lead's page needs from the hub: the ``ViewerAccess`` contract.

The hub implements it over its database; the page's tests use a fake. The
page never reads anything else, so it can show nothing the hub did not
release.

``report(viewer, team, weeks)`` returns DESIGN.md's released-figures
document, newest week last::

    {"team": "Support", "min_group": 5, "weeks": [
        {"week": "2026-W46", "shown": False},
        {"week": "2026-W47", "shown": True, "contributors": 12, "indicators": {
            "difficult_share": 15,        # whole percent, or None
            "break_acceptance": 67,       # whole percent, or None
            "high_checkin_share": 40,     # whole percent, or None
            "calls": {"median": 210, "q1": 180, "q3": 240},
            "difficult": {...}, "severe": {...}, "max_streak": {...},
            "breaks_prompted": {...}, "breaks_taken": {...},
            "breathing_minutes": {...}, "mean_stress": {...},
            "checkin": {"personal": {...}, "work": {...}, "customer": {...}},
        }},
    ]}

Each pulse number is ``{"median": x}`` from k contributors and
``{"median": x, "q1": a, "q3": b}`` from 10; a number nobody answered
(``mean_stress``, a check-in part) is ``None`` or absent. A week not shown
has neither ``contributors`` nor ``indicators``. ``report`` raises
``PermissionError`` for a team outside the viewer's tree.
"""

from __future__ import annotations

from typing import Any, Protocol


class Viewer(Protocol):
    """A signed-in lead: the team their credential was issued for."""

    @property
    def team(self) -> str: ...


class ViewerAccess(Protocol):
    """The hub's side of the page."""

    def authenticate(self, credential: str) -> Viewer | None:
        """The viewer holding ``credential`` (compared in constant time), or None."""
        ...

    def teams_for(self, viewer: Viewer) -> list[str]:
        """The viewer's team and every team under it, in tree order."""
        ...

    def report(self, viewer: Viewer, team: str, weeks: int) -> dict[str, Any]:
        """The released figures of ``team``'s latest ``weeks`` weeks."""
        ...
