"""Why a prompt appeared: a code and its numbers, never a sentence.

DESIGN.md, principle 4: every prompt says why it appeared ("3 difficult
calls in a row"). The policy decides the reason as a ``Reason`` (a
``ReasonCode`` and its parameters, e.g. ``STREAK`` with ``{"streak": 3}``);
the UI words it in the agent's language (``ui.prompt_text``). A stored
prompt keeps the same code and parameters, so the history and an export
say why without fixing the words in one language.

Stored shape: ``{"code": "streak", "params": {"streak": 3}}``.

Choices where the design was silent:

- Each code has a fixed set of parameters (``PARAMS``); a reason with a
  missing, extra or mistyped one is refused, so the UI never meets a
  template it cannot fill.
- Prompts stored before reasons were codes held the English sentence the
  policy wrote. ``from_legacy_text`` turns each sentence that policy could
  write back into its code; any other text (hand-edited, or from a version
  we do not know) becomes ``LEGACY`` with the text kept as it was, shown as
  written. The data directory's migration and the import of an old export
  file both use it, so they agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import parse_enum, parse_json_int, parse_text

TEXT_MAX = 500
"""The longest legacy reason kept, as the English reasons were capped."""

STREAK_MAX = 100_000
"""Far above any streak a shift could hold."""


class ReasonCode(StrEnum):
    SEVERE_CALL = "severe_call"
    STREAK = "streak"
    ESCALATED = "escalated"
    MICRO_BREAK = "micro_break"
    CHECKIN = "checkin"
    WIND_DOWN = "wind_down"
    LEGACY = "legacy"  # an English reason stored by an older version, kept as text


PARAMS: Mapping[ReasonCode, Mapping[str, type]] = {
    ReasonCode.STREAK: {"streak": int},
    ReasonCode.LEGACY: {"text": str},
}
"""The parameters each code carries (none when not listed)."""

Params = Mapping[str, int | str]


def _params(code: ReasonCode, params: Mapping[Any, Any]) -> dict[str, int | str]:
    if not isinstance(params, Mapping):
        raise InvalidInput(f"reason params: expected an object, got {params!r}")
    wanted = PARAMS.get(code, {})
    if set(params) != set(wanted):
        names = ", ".join(sorted(wanted)) or "none"
        raise InvalidInput(f"reason params: {code.value} takes {names}, got {sorted(params)!r}")
    clean: dict[str, int | str] = {}
    for name, kind in wanted.items():
        if kind is int:
            clean[name] = parse_json_int(params[name], f"reason {name}", 1, STREAK_MAX)
        else:
            clean[name] = parse_text(params[name], f"reason {name}", limit=TEXT_MAX)
    return clean


@dataclass(frozen=True, slots=True)
class Reason:
    """A code and its parameters, validated when made."""

    code: ReasonCode
    params: Params = field(default_factory=dict)

    def __post_init__(self) -> None:
        code = parse_enum(ReasonCode, self.code, "reason code")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", _params(code, self.params))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))

    @classmethod
    def of(cls, code: ReasonCode, **params: int | str) -> Reason:
        return cls(code, params)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code.value, "params": dict(self.params)}

    @classmethod
    def from_stored(cls, value: Any) -> Reason:
        """A stored reason: the code shape, or an older version's English text."""
        if isinstance(value, str):
            return from_legacy_text(value)
        if not isinstance(value, Mapping) or "code" not in value:
            raise InvalidInput(f"reason: expected a code and its params, got {value!r}")
        return cls(value["code"], value.get("params", {}))


_STREAK_TEXT = re.compile(r"([0-9]{1,6}) difficult calls in a row")

_LEGACY_TEXTS = {
    "A severe call": ReasonCode.SEVERE_CALL,
    "An escalated call": ReasonCode.ESCALATED,
    "Time for a micro-break": ReasonCode.MICRO_BREAK,
    "Weekly check-in": ReasonCode.CHECKIN,
    "End of your shift": ReasonCode.WIND_DOWN,
}
"""Every fixed sentence the policy stored before reasons were codes."""


def from_legacy_text(text: str) -> Reason:
    """The code an older version's English reason stands for, or ``LEGACY``."""
    text = parse_text(text, "reason", limit=TEXT_MAX)
    code = _LEGACY_TEXTS.get(text)
    if code is not None:
        return Reason(code)
    match = _STREAK_TEXT.fullmatch(text)
    if match is not None and int(match[1]) >= 1:
        return Reason.of(ReasonCode.STREAK, streak=int(match[1]))
    return Reason.of(ReasonCode.LEGACY, text=text)
