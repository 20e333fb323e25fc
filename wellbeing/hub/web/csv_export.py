"""The released figures as CSV, one row per week, for a lead's own spreadsheet.

Built from the same ``Point`` values as the page, so a week released as
"not enough participants" has that phrase and empty cells: no count, no
share, no median. Column names are English and stable, whatever the page's
language, so a spreadsheet made from one download reads the next.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from wellbeing.hub.web.figures import NUMBERS, SHARES, point

NOT_ENOUGH = "not enough participants"


def _cell(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:g}"


def header() -> list[str]:
    columns = ["week", "status", "contributors"] + [f.key + "_percent" for f in SHARES]
    for figure in NUMBERS:
        columns += [figure.key + "_median", figure.key + "_q1", figure.key + "_q3"]
    return columns


def row(week: Mapping[str, Any]) -> list[str]:
    name = str(week.get("week", ""))
    if week.get("shown") is not True:
        return [name, NOT_ENOUGH] + [""] * (len(header()) - 2)
    contributors = week.get("contributors")
    cells = [name, "shown", str(contributors) if isinstance(contributors, int) else ""]
    cells += [_cell(point(week, f).value) for f in SHARES]
    for figure in NUMBERS:
        p = point(week, figure)
        cells += [_cell(p.value), _cell(p.q1), _cell(p.q3)]
    return cells


def to_csv(weeks: Sequence[Mapping[str, Any]]) -> str:
    """``weeks`` (oldest first) as CSV text with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header())
    for week in weeks:
        writer.writerow(row(week))
    return out.getvalue()
