"""What the lead's page needs from the hub: the ``ViewerAccess`` contract.

The hub implements it over its database; the page's tests use a fake. The
page never reads anything else, so it can show nothing the hub did not
release.

``report(viewer, team, weeks)`` returns DESIGN.md's released-figures
document (the ``team report --hub --json`` shape, as ``core.release``
builds it), weeks oldest first::

    {"team": "Support", "min_group": 5, "weeks": [
        {"week": "2026-W46", "shown": False},
        {"week": "2026-W47", "shown": True, "contributors": 12, "indicators": {
            "difficult_share": 0.15,      # a whole percent, as a fraction; or None
            "break_acceptance": 0.67,     # may exceed 1 (breaks from the menu); or None
            "high_checkin_share": 0.4,    # or None (fewer than k answered)
            "difficult_share_trend": 0.02,
            "median": {"calls": 210.0, "difficult": ..., "severe": ..., "max_streak": ...,
                       "breaks_prompted": ..., "breaks_taken": ...,
                       "breathing_minutes": ..., "mean_stress": ...,
                       "checkin": {"personal": ..., "work": ..., "customer": ...}},
            "quartiles": {"calls": [180.0, 240.0], ...same keys...},
        }},
    ]}

A median is None when fewer than k answered; quartiles are ``[q1, q3]``
from 10 values and None below. A week not shown has neither
``contributors`` nor ``indicators``, and the page reads nothing but
``shown`` from it. ``report`` raises ``PermissionError`` for a team
outside the viewer's tree.
"""

from __future__ import annotations

from wellbeing.hub.viewers import Viewer, ViewerAccess

__all__ = ["Viewer", "ViewerAccess"]
