"""A snapshot of an agent's records, the one input the domain rules read.

The store builds it (for a time window or for everything); policies,
statistics, indicators and the export take it. Keeping it a plain immutable
value means every rule can be tested with a handful of records and no disk.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from wellbeing.core.records import Break, Call, CheckIn, Prompt, Record, Reflection

R = TypeVar("R", Call, Break, Prompt, Reflection, CheckIn)


def _sorted(records: Iterable[R]) -> tuple[R, ...]:
    return tuple(sorted(records, key=lambda record: record.at))


@dataclass(frozen=True, slots=True)
class History:
    """Records of every kind, each tuple sorted by time (oldest first)."""

    calls: tuple[Call, ...] = ()
    breaks: tuple[Break, ...] = ()
    prompts: tuple[Prompt, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    checkins: tuple[CheckIn, ...] = field(default=())

    @classmethod
    def of(
        cls,
        calls: Iterable[Call] = (),
        breaks: Iterable[Break] = (),
        prompts: Iterable[Prompt] = (),
        reflections: Iterable[Reflection] = (),
        checkins: Iterable[CheckIn] = (),
    ) -> History:
        """Build a history from records in any order."""
        return cls(
            calls=_sorted(calls),
            breaks=_sorted(breaks),
            prompts=_sorted(prompts),
            reflections=_sorted(reflections),
            checkins=_sorted(checkins),
        )

    def between(self, start: datetime | None, end: datetime | None) -> History:
        """The records with ``start <= at < end`` (either bound may be open)."""

        def keep(record: Record) -> bool:
            return (start is None or record.at >= start) and (end is None or record.at < end)

        return History(
            calls=tuple(filter(keep, self.calls)),
            breaks=tuple(filter(keep, self.breaks)),
            prompts=tuple(filter(keep, self.prompts)),
            reflections=tuple(filter(keep, self.reflections)),
            checkins=tuple(filter(keep, self.checkins)),
        )
