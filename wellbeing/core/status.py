"""The ``wellbeing status`` document: the running app's state, for scripts and support.

Keys (DESIGN.md, Command line): ``on_call``, ``call_source`` (``menu``,
``cli``, ``microphone``, ``api`` or null), ``level`` (``calm``,
``elevated``, ``high``, ``paused``), ``streak``, ``unrated_today`` and
``paused_until`` (ISO 8601 or null).
"""

from __future__ import annotations

from typing import Any

from wellbeing.core.call_state import CallSource
from wellbeing.core.strain import StrainState


def status_document(state: StrainState, call_source: CallSource | None) -> dict[str, Any]:
    return {
        "on_call": state.on_call,
        "call_source": None if call_source is None else call_source.value,
        "level": state.level.value,
        "streak": state.streak,
        "unrated_today": state.unrated_today,
        "paused_until": None if state.paused_until is None else state.paused_until.isoformat(),
    }


def status_text(document: dict[str, Any]) -> str:
    """A few lines for the terminal."""
    call = "no" if not document.get("on_call") else f"yes ({document.get('call_source')})"
    paused = document.get("paused_until") or "no"
    return "\n".join(
        [
            f"On a call:      {call}",
            f"Level:          {document.get('level')}",
            f"Streak:         {document.get('streak')}",
            f"Not rated today: {document.get('unrated_today')}",
            f"Paused until:   {paused}",
        ]
    )
