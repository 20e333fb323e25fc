"""A fake hub for the lead's page: a department with two teams, generated weeks.

``FakeAccess`` keeps ``ViewerAccess``'s promises (constant-time credential
check, ``teams_for`` in tree order, ``PermissionError`` outside the tree)
and serves released-figures documents built by ``make_weeks``: plausible
weeks from a seeded generator, some of them released as "not enough
participants", and strain building over the last weeks when asked.
"""

from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from typing import Any

DEPARTMENT = "Customer Care"
TEAMS = {DEPARTMENT: None, "Billing": DEPARTMENT, "Tech Support": DEPARTMENT, "Sales": None}
CREDENTIALS = {
    "view-department-0123456789abcdef": DEPARTMENT,
    "view-billing-0123456789abcdef": "Billing",
    "view-sales-0123456789abcdef": "Sales",
}
SECRET_FIGURE = 4321  # a number put only into hidden weeks of the fake, to catch any leak


@dataclass(frozen=True)
class FakeViewer:
    team: str


def _number(rng: random.Random, centre: float, spread: float) -> float:
    return round(max(centre + rng.uniform(-spread, spread), 0), 1)


def _figures(rng: random.Random, quartiles: bool, customer_answered: bool) -> dict[str, Any]:
    """The ``median`` and ``quartiles`` parts of a shown week, as the hub releases them."""
    centres = {
        "calls": (205, 20),
        "difficult": (28, 6),
        "severe": (2, 1),
        "max_streak": (3, 1),
        "breaks_prompted": (9, 2),
        "breaks_taken": (6, 2),
        "breathing_minutes": (14, 4),
        "mean_stress": (5, 1),
    }
    medians: dict[str, Any] = {key: _number(rng, *c) for key, c in centres.items()}
    medians["checkin"] = {
        "personal": _number(rng, 40, 8),
        "work": _number(rng, 48, 8),
        "customer": _number(rng, 55, 8) if customer_answered else None,
    }

    def spread(value: float | None) -> list[float] | None:
        if value is None or not quartiles:
            return None
        return [round(value * 0.8, 1), round(value * 1.2, 1)]

    quartile_part: dict[str, Any] = {k: spread(v) for k, v in medians.items() if k != "checkin"}
    quartile_part["checkin"] = {k: spread(v) for k, v in medians["checkin"].items()}
    return {"median": medians, "quartiles": quartile_part}


def make_weeks(
    seed: int,
    *,
    hidden: tuple[int, ...] = (),
    building: bool = False,
    count: int = 12,
    contributors: int = 12,
) -> list[dict[str, Any]]:
    """``count`` released weeks ending 2026-W48; the indices in ``hidden`` are below k."""
    rng = random.Random(seed)
    weeks: list[dict[str, Any]] = []
    for index in range(count):
        name = f"2026-W{48 - count + 1 + index:02d}"
        if index in hidden:
            weeks.append({"week": name, "shown": False})
            continue
        late = building and index >= count - 4
        step = index - (count - 4)
        percent = {
            "difficult_share": 18 + 4 * step if late else rng.randint(10, 16),
            "break_acceptance": 70 - 8 * step if late else rng.randint(72, 85),
            "high_checkin_share": 50 if late else rng.randint(15, 35),
        }
        indicators: dict[str, Any] = {key: value / 100 for key, value in percent.items()}
        indicators["difficult_share_trend"] = None
        indicators.update(_figures(rng, contributors >= 10, index % 5 != 1))
        weeks.append(
            {"week": name, "shown": True, "contributors": contributors, "indicators": indicators}
        )
    return weeks


def default_reports() -> dict[str, dict[str, Any]]:
    return {
        DEPARTMENT: {
            "team": DEPARTMENT,
            "min_group": 5,
            "weeks": make_weeks(1, hidden=(2,), contributors=24),
        },
        "Billing": {
            "team": "Billing",
            "min_group": 5,
            "weeks": make_weeks(2, hidden=(4, 5), building=True, contributors=12),
        },
        "Tech Support": {
            "team": "Tech Support",
            "min_group": 5,
            "weeks": make_weeks(3, hidden=(0, 7), contributors=7),
        },
        "Sales": {"team": "Sales", "min_group": 5, "weeks": make_weeks(4, contributors=9)},
    }


class FakeAccess:
    """``ViewerAccess`` over in-memory reports."""

    def __init__(self, reports: dict[str, dict[str, Any]] | None = None) -> None:
        self.reports = reports if reports is not None else default_reports()

    def authenticate(self, credential: str) -> FakeViewer | None:
        found = None
        for known, team in CREDENTIALS.items():
            if hmac.compare_digest(known.encode(), credential.encode()):
                found = FakeViewer(team)
        return found

    def teams_for(self, viewer: Any) -> list[str]:
        return [name for name in TEAMS if name == viewer.team or TEAMS[name] == viewer.team]

    def report(self, viewer: Any, team: str, weeks: int) -> dict[str, Any]:
        if team not in self.teams_for(viewer):
            raise PermissionError(team)
        report = self.reports[team]
        return {**report, "weeks": report["weeks"][-weeks:]}
