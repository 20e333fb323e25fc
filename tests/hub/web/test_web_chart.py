"""The server-drawn charts: gaps for hidden weeks, broken lines, bands from 10."""

from __future__ import annotations

from typing import Any

from wellbeing.hub.web.chart import chart, nice_ceiling
from wellbeing.hub.web.figures import FIGURES, Series, point, series


def shown(
    n: int, calls: float | None, quartiles: list[float] | None = None, share: float | None = 0.2
) -> dict[str, Any]:
    return {
        "week": f"2026-W{n:02d}",
        "shown": True,
        "contributors": 12,
        "indicators": {
            "difficult_share": share,
            "median": {"calls": calls},
            "quartiles": {"calls": quartiles},
        },
    }


def by_key(weeks: list[dict[str, Any]], key: str) -> Series:
    return next(s for s in series(weeks) if s.figure.key == key)


def test_a_hidden_week_is_a_gap_with_no_value_even_if_the_hub_sent_one() -> None:
    hidden = {"week": "2026-W41", "shown": False, "indicators": {"median": {"calls": 999}}}
    assert all(point(hidden, f).value is None for f in FIGURES)
    weeks = [shown(40, 200), hidden, shown(42, 210)]
    drawn = chart(by_key(weeks, "calls"))
    assert len(drawn.gaps) == 1
    assert len(drawn.dots) == 2
    assert drawn.lines == ()  # no line is drawn across the gap


def test_the_line_breaks_at_gaps_and_joins_consecutive_weeks() -> None:
    weeks = [shown(n, 200 + n) for n in range(40, 44)]
    weeks.insert(2, {"week": "2026-W41b", "shown": False})
    drawn = chart(by_key(weeks, "calls"))
    assert len(drawn.lines) == 2 and all(line.count("L") == 1 for line in drawn.lines)


def test_quartile_bands_only_where_the_hub_released_quartiles() -> None:
    weeks = [shown(40, 200), shown(41, 200, [180, 230])]
    drawn = chart(by_key(weeks, "calls"))
    assert len(drawn.bands) == 1
    assert chart(by_key([shown(40, 200)], "calls")).bands == ()


def test_a_figure_nobody_answered_is_missing_not_zero() -> None:
    weeks = [shown(40, None, share=None), shown(41, 5, share=0.3)]
    assert [p.state for p in by_key(weeks, "difficult_share").points] == ["missing", "value"]
    assert [p.state for p in by_key(weeks, "calls").points] == ["missing", "value"]


def test_a_share_is_shown_in_whole_percent() -> None:
    weeks = [shown(40, 200, share=0.29), shown(41, 200, share=1.07)]
    assert [p.value for p in by_key(weeks, "difficult_share").points] == [29, 107]


def test_shares_use_a_fixed_0_to_100_scale_and_counts_a_round_one() -> None:
    weeks = [shown(40, 212, [180, 263], share=0.12)]
    assert chart(by_key(weeks, "difficult_share")).ticks[-1].value == 100
    assert chart(by_key(weeks, "calls")).ticks[-1].value == 500
    assert [nice_ceiling(v) for v in (0, 1, 3, 7, 12, 26, 263)] == [1, 1, 5, 10, 20, 50, 500]


def test_a_share_above_100_percent_widens_the_scale_instead_of_being_cut() -> None:
    weeks = [shown(40, 200, share=0.8), shown(41, 200, share=1.07)]
    drawn = chart(by_key(weeks, "difficult_share"))
    assert drawn.ticks[-1].value == 200
    assert all(drawn.plot_top <= dot.y <= drawn.plot_bottom for dot in drawn.dots)
