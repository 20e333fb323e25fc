"""Team aggregation: weekly figures over many pulses, never about one agent.

``aggregate`` turns the valid pulses of one team folder into a
``TeamReport``; ``aggregate_groups`` does the same for a folder split into
sub-folders (sub-teams), each group's report counting its sub-groups'
pulses too. ``TeamReport.to_dict`` is the ``team report --json`` document
of DESIGN.md; ``to_text`` is the terminal table.

A week is shown only when at least ``min_group`` (k, default 5, never below
3) distinct tokens sent a pulse for it. A shown week's ``indicators``:

- ``difficult_share``: Σ difficult ÷ Σ calls over the week's pulses (null
  when nobody logged a call);
- ``break_acceptance``: Σ breaks_taken ÷ Σ breaks_prompted (null when no
  break was prompted). It can exceed 1: a break started from the menu is
  taken without a prompt;
- ``high_checkin_share``: among contributors who answered a check-in (any
  part scored), the share with any part at 50 or more;
- ``difficult_share_trend``: this week's ``difficult_share`` minus the
  previous ISO week's, only when both weeks are shown (null otherwise, and
  across a gap of a week with no pulses);
- ``median``: the median of each pulse indicator, same keys and nesting as a
  pulse's ``indicators``;
- ``spread``: the interquartile range ``[q1, q3]`` of each (inclusive
  quartiles), same keys. Chosen over min–max because an extreme is one
  person's exact number; the middle half is not.

Shares are rounded to 3 decimals, medians and quartiles to 1.

Choices where the design was silent:

- Figures over only those who answered (``mean_stress``, each check-in part,
  ``high_checkin_share``) are null unless at least k contributors answered:
  otherwise the median of a single answer would be that person's score.
- ``weeks=N`` keeps the N latest weeks that have any valid pulse in the
  group (the core reads no clock). Trends are computed before cutting.
- A week without a week before it in the calendar (``0001-W01``; the
  pulse gate refuses such weeks anyway) has no trend.
- If one token appears twice in a week (the folder reader already drops
  such copies), the first pulse counts and the rest are ignored.

Subtraction protection. Group keys are folder paths relative to the
report's root, ``""`` being the root and ``"a/b"`` a sub-folder of ``"a"``;
each group's contributors are its own pulses plus its sub-groups'. Shown
groups nest, so what a reader can compute from them is exactly the unions of
their *residuals*: a shown group's contributors minus those of its largest
shown sub-groups. The rule, per week: a group is shown only when it has at
least k contributors and its residual is either empty or at least k; a group
that fails is hidden and the check repeats (hiding a group grows its parent's
residual) until nothing changes. Groups are checked deepest first, and it is
the *enclosing* group that is hidden, never the sub-group: anyone who can
read the team folder can also run a report on the sub-folder alone, so only
hiding the parent actually protects. Example: team 7 contributors, sub-team
5: the residual is 2 < 5, so the team's week is hidden and the sub-team's
shown; the same result whichever folder the report starts from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import median, quantiles
from typing import Any

from wellbeing.core.checkin import Part, is_high
from wellbeing.core.errors import InvalidInput
from wellbeing.core.pulse import COUNT_KEYS, Pulse
from wellbeing.core.weeks import previous_week

DEFAULT_MIN_GROUP = 5
MIN_GROUP_FLOOR = 3
NUMBER_KEYS = (*COUNT_KEYS, "breathing_minutes")
NOT_ENOUGH = "not enough participants"


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """One week of a report; ``indicators`` is None when the week is hidden."""

    week: str
    contributors: int
    indicators: Mapping[str, Any] | None = None

    @property
    def shown(self) -> bool:
        return self.indicators is not None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "week": self.week,
            "contributors": self.contributors,
            "shown": self.shown,
        }
        if self.indicators is not None:
            out["indicators"] = dict(self.indicators)
        return out


@dataclass(frozen=True, slots=True)
class TeamReport:
    """The weeks of one folder (oldest first), as ``team report`` shows them."""

    min_group: int
    invalid_files: int
    weeks: tuple[WeekSummary, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "min_group": self.min_group,
            "invalid_files": self.invalid_files,
            "weeks": [week.to_dict() for week in self.weeks],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    def to_text(self) -> str:
        lines = [
            f"team report: {len(self.weeks)} week(s), at least {self.min_group} "
            f"contributors to show a week, {self.invalid_files} invalid file(s) skipped"
        ]
        head = ("week", "people", "difficult", "trend", "breaks", "high check-in", "calls")
        lines.append("{:<9} {:>6}  {:>9} {:>7} {:>7} {:>13} {:>7}".format(*head))
        if not self.weeks:
            lines.append("no valid pulses in this folder yet")
        for week in self.weeks:
            if week.indicators is None:
                lines.append(f"{week.week:<9} {week.contributors:>6}  {NOT_ENOUGH}")
                continue
            ind = week.indicators
            lines.append(
                f"{week.week:<9} {week.contributors:>6}  {_pct(ind['difficult_share']):>9} "
                f"{_signed(ind['difficult_share_trend']):>7} {_pct(ind['break_acceptance']):>7} "
                f"{_pct(ind['high_checkin_share']):>13} {ind['median']['calls']:>7g}"
            )
        lines.append(
            "difficult: share of calls that were difficult; trend: change since the week "
            "before, in points; breaks: taken per prompted; high check-in: share with a "
            "check-in part of 50 or more; calls: median per person."
        )
        return "\n".join(lines)


def check_min_group(min_group: int) -> int:
    if min_group < MIN_GROUP_FLOOR:
        raise InvalidInput(
            f"--min-group: must be at least {MIN_GROUP_FLOOR} (a smaller group "
            f"could expose one person), got {min_group}"
        )
    return min_group


def aggregate(
    pulses: Iterable[Pulse],
    *,
    min_group: int = DEFAULT_MIN_GROUP,
    weeks: int | None = None,
    invalid_files: int = 0,
) -> TeamReport:
    """The report over one flat group of pulses."""
    return aggregate_groups(
        {"": list(pulses)}, min_group=min_group, weeks=weeks, invalid_files={"": invalid_files}
    )[""]


def aggregate_groups(
    groups: Mapping[str, Sequence[Pulse]],
    *,
    min_group: int = DEFAULT_MIN_GROUP,
    weeks: int | None = None,
    invalid_files: Mapping[str, int] | None = None,
) -> dict[str, TeamReport]:
    """A report per group, with subtraction protection across them.

    ``groups`` maps a folder path to the pulses found directly in it (not in
    its sub-folders); ``invalid_files`` likewise. Every ancestor of a key is
    a group too, and each group counts its whole sub-tree.
    """
    check_min_group(min_group)
    if weeks is not None and weeks < 1:
        raise InvalidInput(f"--weeks: must be at least 1, got {weeks}")
    own: dict[str, list[Pulse]] = {}
    for key, pulses in groups.items():
        own.setdefault(_clean(key), []).extend(pulses)
    names = _with_ancestors(own)
    members: dict[str, dict[str, dict[str, Pulse]]] = {name: {} for name in names}
    for name, pulses in sorted(own.items()):
        for pulse in pulses:
            for owner in names:
                if _within(name, owner):
                    members[owner].setdefault(pulse.week, {}).setdefault(pulse.token, pulse)
    all_weeks = sorted({week for by_week in members.values() for week in by_week})
    shown = {week: _protect(names, members, week, min_group) for week in all_weeks}
    bad = invalid_files or {}
    return {
        name: _report(
            members[name],
            {week for week, names_shown in shown.items() if name in names_shown},
            min_group,
            weeks,
            sum(count for key, count in bad.items() if _within(_clean(key), name)),
        )
        for name in names
    }


# --- subtraction protection ---------------------------------------------------


def _clean(name: str) -> str:
    return "/".join(part for part in name.split("/") if part)


def _within(name: str, owner: str) -> bool:
    return owner == "" or name == owner or name.startswith(owner + "/")


def _depth(name: str) -> int:
    return 0 if name == "" else name.count("/") + 1


def _with_ancestors(groups: Iterable[str]) -> list[str]:
    names = {""}
    for name in groups:
        parts = name.split("/") if name else []
        names.update("/".join(parts[:end]) for end in range(1, len(parts) + 1))
    return sorted(names)


def _protect(
    names: Sequence[str],
    members: Mapping[str, Mapping[str, Mapping[str, Pulse]]],
    week: str,
    k: int,
) -> set[str]:
    """The groups shown for ``week``: enough contributors, no small residual."""
    tokens = {name: set(members[name].get(week, {})) for name in names}
    shown = {name for name in names if len(tokens[name]) >= k}
    changed = True
    while changed:
        changed = False
        for name in sorted(shown, key=_depth, reverse=True):
            inside = [d for d in shown if d != name and _within(d, name)]
            largest = [
                d
                for d in inside
                if not any(o != d and _within(d, o) and o in inside for o in inside)
            ]
            residual = tokens[name].difference(*(tokens[d] for d in largest))
            if 0 < len(residual) < k:
                shown.discard(name)
                changed = True
    return shown


# --- figures ------------------------------------------------------------------


def _report(
    by_week: Mapping[str, Mapping[str, Pulse]],
    shown: set[str],
    k: int,
    last: int | None,
    invalid_files: int,
) -> TeamReport:
    figures = {week: _figures(list(by_week[week].values()), k) for week in shown}
    summaries = []
    for week in sorted(by_week):
        indicators = figures.get(week)
        if indicators is not None:
            before = figures.get(_previous(week))
            indicators["difficult_share_trend"] = _trend(indicators, before)
        summaries.append(WeekSummary(week, len(by_week[week]), indicators))
    kept = summaries if last is None else summaries[-last:]
    return TeamReport(min_group=k, invalid_files=invalid_files, weeks=tuple(kept))


def _previous(week: str) -> str:
    """The week before ``week``, or ``""`` (no week) at the calendar's start."""
    try:
        return previous_week(week)
    except OverflowError:
        return ""


def _figures(pulses: Sequence[Pulse], k: int) -> dict[str, Any]:
    ind = [pulse.indicators for pulse in pulses]
    columns: dict[str, list[float]] = {key: [getattr(i, key) for i in ind] for key in NUMBER_KEYS}
    stress = [i.mean_stress for i in ind if i.mean_stress is not None]
    parts = {part.value: [s for i in ind if (s := i.checkin.of(part)) is not None] for part in Part}
    answered = [i.checkin for i in ind if any(i.checkin.of(part) is not None for part in Part)]
    high = sum(1 for scores in answered if any(is_high(scores.of(part)) for part in Part))
    calls, prompted = sum(i.calls for i in ind), sum(i.breaks_prompted for i in ind)
    return {
        "difficult_share": _share(sum(i.difficult for i in ind), calls),
        "break_acceptance": _share(sum(i.breaks_taken for i in ind), prompted),
        "high_checkin_share": _share(high, len(answered)) if len(answered) >= k else None,
        "difficult_share_trend": None,
        "median": {
            **{key: _median(values, k) for key, values in columns.items()},
            "mean_stress": _median(stress, k),
            "checkin": {part: _median(values, k) for part, values in parts.items()},
        },
        "spread": {
            **{key: _quartiles(values, k) for key, values in columns.items()},
            "mean_stress": _quartiles(stress, k),
            "checkin": {part: _quartiles(values, k) for part, values in parts.items()},
        },
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _median(values: Sequence[float], k: int) -> float | None:
    return round(float(median(values)), 1) if len(values) >= k else None


def _quartiles(values: Sequence[float], k: int) -> list[float] | None:
    if len(values) < k:
        return None
    low, _, high = quantiles(values, n=4, method="inclusive")
    return [round(low, 1), round(high, 1)]


def _trend(now: Mapping[str, Any], before: Mapping[str, Any] | None) -> float | None:
    if before is None or now["difficult_share"] is None or before["difficult_share"] is None:
        return None
    change: float = now["difficult_share"] - before["difficult_share"]
    return round(change, 3)


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def _signed(change: float | None) -> str:
    return "–" if change is None else f"{change * 100:+.1f}"
