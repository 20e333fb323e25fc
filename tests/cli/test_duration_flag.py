"""``log-call --duration`` takes at most the core's longest call."""

from __future__ import annotations

import pytest

from wellbeing.cli.parser import UsageError, build_parser
from wellbeing.core.fields import MAX_DURATION_S


def test_log_call_takes_a_duration_of_a_day() -> None:
    args = build_parser().parse_args(
        ["log-call", "--difficulty", "3", "--duration", str(MAX_DURATION_S)]
    )
    assert args.duration == MAX_DURATION_S


def test_log_call_refuses_a_duration_over_a_day() -> None:
    with pytest.raises(UsageError, match="duration"):
        build_parser().parse_args(
            ["log-call", "--difficulty", "3", "--duration", str(MAX_DURATION_S + 1)]
        )
