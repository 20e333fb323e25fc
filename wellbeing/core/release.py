"""Release rules of the team hub: what a closed week may show, and about whom.

A week of a team tree (a department and the teams under it) is released
once, at its close, and never changes afterwards, so no two reports can be
subtracted. ``release_week`` decides, from the pulses each team received,
which teams are shown and with which figures:

- a team is shown only with at least its ``k`` contributors (its own pulses
  and those of every team under it); otherwise it says "not enough
  participants" and nothing else, not even how many took part;
- subtraction protection: a shown team minus its largest shown sub-teams
  leaves a *residual* of contributors; when that residual is 1..k-1 the
  enclosing team is hidden (a lead of the parent could otherwise subtract
  the sub-team's figures from the parent's), and the check repeats, since
  hiding a team grows its parent's residual;
- figures: ``difficult_share`` (Σ difficult ÷ Σ calls), ``break_acceptance``
  (Σ taken ÷ Σ prompted; it can exceed 1, a break from the menu is taken
  without a prompt), ``high_checkin_share`` (among contributors who answered
  a check-in, those with any part at 50 or more), all rounded to a whole
  percent; the median of every pulse number (to 1 decimal), and the
  quartiles ``[q1, q3]`` only from ``QUARTILES_FROM`` (10) values.

Choices where the design was silent:

- Figures over only those who answered (``mean_stress``, each check-in
  part, ``high_checkin_share``) are null unless at least k answered: a
  median over fewer answers would be a person's score.
- A parent's residual is checked against the parent's own k.
- ``difficult_share_trend`` (points since the previous week, both shown) is
  computed when a report is read, from released figures only.
- A tree's week closes at the latest close among its teams (each team's
  week ends at midnight on Monday in its own time zone, and closes
  ``CLOSE_AFTER`` later), so no team's window is cut short.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from statistics import median, quantiles
from typing import Any

from wellbeing.core.checkin import Part, is_high
from wellbeing.core.errors import InvalidInput
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import COUNT_KEYS
from wellbeing.core.weeks import iso_week, parse_week, previous_week, week_bounds

MIN_GROUP = 5
"""The default and the floor of k: never fewer contributors in a shown week."""
QUARTILES_FROM = 10
CLOSE_AFTER = timedelta(hours=72)
NUMBER_KEYS = (*COUNT_KEYS, "breathing_minutes")
NOT_ENOUGH = "not enough participants"

Figures = dict[str, Any]
"""A shown week: ``{"contributors": n, "indicators": {...}}``."""


@dataclass(frozen=True, slots=True)
class TeamNode:
    """A team in the hub's tree: its parent (None for a root) and its k."""

    name: str
    parent: str | None
    k: int


def check_k(k: int, *, current: int | None = None, released: bool = False) -> int:
    """``k`` if it may be set: at least ``MIN_GROUP``, never lowered once released."""
    if k < MIN_GROUP:
        raise InvalidInput(
            f"--min-group: must be at least {MIN_GROUP} (a smaller group could expose "
            f"one person), got {k}"
        )
    if released and current is not None and k < current:
        raise InvalidInput(
            f"--min-group: cannot go below {current}: weeks were already released with it"
        )
    return k


# --- the tree -------------------------------------------------------------------


def children(nodes: Mapping[str, TeamNode], name: str) -> list[str]:
    return sorted(n.name for n in nodes.values() if n.parent == name)


def subtree(nodes: Mapping[str, TeamNode], name: str) -> list[str]:
    """``name`` and every team under it, in tree order (depth first, by name)."""
    out = [name]
    for child in children(nodes, name):
        out.extend(subtree(nodes, child))
    return out


def root_of(nodes: Mapping[str, TeamNode], name: str) -> str:
    while (parent := nodes[name].parent) is not None:
        name = parent
    return name


def _depth(nodes: Mapping[str, TeamNode], name: str) -> int:
    depth = 0
    while (parent := nodes[name].parent) is not None:
        name, depth = parent, depth + 1
    return depth


# --- the calendar ---------------------------------------------------------------


def has_ended(week: str, tz: tzinfo, now: datetime) -> bool:
    """Whether ``week`` is over in ``tz`` at ``now`` (compared by name: any year is safe)."""
    return parse_week(week) < parse_week(iso_week(now.astimezone(tz)))


def opens_at(week: str, tz: tzinfo) -> datetime:
    """When a team's week ends and starts to accept pulses (a week that has ended)."""
    return week_bounds(week, tz)[1]


def closes_at(week: str, zones: Iterable[tzinfo]) -> datetime:
    """When a tree's week closes: the latest of its teams' ends, plus ``CLOSE_AFTER``.

    Only for a week that ``has_ended`` in every zone: a week near year 9999
    has no end that ``datetime`` can hold.
    """
    return max(opens_at(week, tz) for tz in zones) + CLOSE_AFTER


# --- release --------------------------------------------------------------------


def shown_teams(nodes: Mapping[str, TeamNode], own: Mapping[str, int]) -> set[str]:
    """The teams shown, given how many pulses each team received directly."""
    total = {name: sum(own.get(t, 0) for t in subtree(nodes, name)) for name in nodes}
    shown = {name for name in nodes if total[name] >= nodes[name].k}
    changed = True
    while changed:
        changed = False
        for name in sorted(shown, key=lambda n: -_depth(nodes, n)):
            largest = _largest_shown(nodes, name, shown)
            residual = total[name] - sum(total[d] for d in largest)
            covered = {team for d in largest for team in subtree(nodes, d)}
            rest = [team for team in subtree(nodes, name) if team not in covered]
            # The residual is the count of every hidden team in ``rest`` together:
            # below the largest k among them it could be one hidden team's count.
            if 0 < residual < max(nodes[team].k for team in rest):
                shown.discard(name)
                changed = True
    return shown


def _largest_shown(nodes: Mapping[str, TeamNode], name: str, shown: set[str]) -> list[str]:
    out: list[str] = []
    for child in children(nodes, name):
        out.extend([child] if child in shown else _largest_shown(nodes, child, shown))
    return out


def release_week(
    nodes: Mapping[str, TeamNode], pulses: Mapping[str, Sequence[WeeklyIndicators]]
) -> dict[str, Figures | None]:
    """Every team's release for one week: its figures, or None (not shown)."""
    shown = shown_teams(nodes, {name: len(got) for name, got in pulses.items()})
    out: dict[str, Figures | None] = {}
    for name in nodes:
        if name not in shown:
            out[name] = None
            continue
        members = [p for team in subtree(nodes, name) for p in pulses.get(team, ())]
        out[name] = {
            "contributors": len(members),
            "indicators": week_figures(members, nodes[name].k),
        }
    return out


def week_figures(pulses: Sequence[WeeklyIndicators], k: int) -> dict[str, Any]:
    """The indicators of a shown week over its contributors' pulses."""
    columns: dict[str, list[float]] = {
        key: [getattr(p, key) for p in pulses] for key in NUMBER_KEYS
    }
    stress = [p.mean_stress for p in pulses if p.mean_stress is not None]
    parts = {
        part.value: [s for p in pulses if (s := p.checkin.of(part)) is not None] for part in Part
    }
    answered = [p.checkin for p in pulses if any(p.checkin.of(part) is not None for part in Part)]
    high = sum(1 for scores in answered if any(is_high(scores.of(part)) for part in Part))
    # A share is shown only when at least k pulses have its denominator: four
    # agents with no calls beside one who had 40 would show that one's ratio.
    calls = sum(p.calls for p in pulses)
    prompted = sum(p.breaks_prompted for p in pulses)
    on_phone = sum(1 for p in pulses if p.calls)
    offered = sum(1 for p in pulses if p.breaks_prompted)
    return {
        "difficult_share": whole_percent(sum(p.difficult for p in pulses), calls)
        if on_phone >= k
        else None,
        "break_acceptance": whole_percent(sum(p.breaks_taken for p in pulses), prompted)
        if offered >= k
        else None,
        "high_checkin_share": whole_percent(high, len(answered)) if len(answered) >= k else None,
        "median": {
            **{key: _median(values, k) for key, values in columns.items()},
            "mean_stress": _median(stress, k),
            "checkin": {part: _median(values, k) for part, values in parts.items()},
        },
        "quartiles": {
            **{key: _quartiles(values, k) for key, values in columns.items()},
            "mean_stress": _quartiles(stress, k),
            "checkin": {part: _quartiles(values, k) for part, values in parts.items()},
        },
    }


def whole_percent(part: int, whole: int) -> float | None:
    """``part / whole`` rounded half up to a whole percent, as a fraction (0.17)."""
    if not whole:
        return None
    return ((200 * part + whole) // (2 * whole)) / 100


def _median(values: Sequence[float], k: int) -> float | None:
    return round(float(median(values)), 1) if len(values) >= k else None


def _quartiles(values: Sequence[float], k: int) -> list[float] | None:
    """From 10 values, and never from fewer than k (a team may raise k above 10)."""
    if len(values) < max(QUARTILES_FROM, k):
        return None
    low, _, high = quantiles(values, n=4, method="inclusive")
    return [round(low, 1), round(high, 1)]


# --- the report -----------------------------------------------------------------


def report_document(
    team: str, k: int, weeks: Sequence[tuple[str, Figures | None]]
) -> dict[str, Any]:
    """DESIGN's released-figures document for ``team``, weeks oldest first."""
    by_week = dict(weeks)
    out = []
    for week, figures in sorted(weeks):
        if figures is None:
            out.append({"week": week, "shown": False})
            continue
        indicators = dict(figures["indicators"])
        previous = _previous(week)
        before = None if previous is None else by_week.get(previous)
        indicators["difficult_share_trend"] = _trend(indicators, before)
        out.append(
            {
                "week": week,
                "shown": True,
                "contributors": figures["contributors"],
                "indicators": indicators,
            }
        )
    return {"team": team, "min_group": k, "weeks": out}


def _previous(week: str) -> str | None:
    try:
        return previous_week(week)
    except OverflowError:
        return None


def _trend(now: Mapping[str, Any], before: Figures | None) -> float | None:
    if before is None:
        return None
    then = before["indicators"]["difficult_share"]
    if now["difficult_share"] is None or then is None:
        return None
    change: float = now["difficult_share"] - then
    return round(change, 2)
