"""Reflections being written: kept as the agent types, so Esc never loses one.

Issue 15: closing the reflection dialog threw away what was typed. The
dialog's answers are now saved here as they change (debounced, by
``services.reflection_drafts``), and read back when it opens again for
the same call. One small private file
in the data directory (0600, through the store's one atomic write) holds
the drafts by call id ("" for a reflection on no call); a draft is deleted
when its reflection is saved or the agent discards it.

Choices where the design was silent:

- At most ``KEPT`` drafts are kept, the newest; an older one is dropped
  when a new one is written, as nobody returns to a call from last month.
- A draft file that cannot be read (cut short, hand-edited) counts as no
  drafts: a draft is a convenience, not a record, and the next keystroke
  writes a good file over it.
- Drafts are private text like the journal: "Delete all my data" removes
  the file (``layout.private_files``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wellbeing.core.records import LastStep, StepRating
from wellbeing.core.reflection import ReflectionDraft
from wellbeing.store.files import dump, read_bounded, write_atomically
from wellbeing.store.layout import DRAFTS

KEPT = 20


class ReflectionDrafts:
    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / DRAFTS

    @property
    def path(self) -> Path:
        return self._path

    def load(self, call_id: str | None) -> ReflectionDraft | None:
        """The draft kept for this call, if any."""
        found = self._read().get(call_id or "")
        return None if found is None else _from_dict(found)

    def save(self, call_id: str | None, draft: ReflectionDraft) -> None:
        drafts = {k: v for k, v in self._read().items() if k != (call_id or "")}
        drafts[call_id or ""] = _to_dict(draft)
        self._write(dict(list(drafts.items())[-KEPT:]))

    def delete(self, call_id: str | None) -> None:
        drafts = self._read()
        if drafts.pop(call_id or "", None) is not None:
            self._write(drafts)

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(read_bounded(self._path))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)}

    def _write(self, drafts: Mapping[str, dict[str, Any]]) -> None:
        if drafts:
            write_atomically(self._path, dump(dict(drafts)))
        else:
            self._path.unlink(missing_ok=True)


def _to_dict(draft: ReflectionDraft) -> dict[str, Any]:
    return {
        "stress": draft.stress,
        "emotions": list(draft.emotions),
        "caller_problem": draft.caller_problem,
        "caller_emotion": draft.caller_emotion,
        "steps": {step.value: rating.value for step, rating in draft.steps.items()},
        "boundary_crossed": draft.boundary_crossed,
        "boundary_action": draft.boundary_action,
        "carry_forward": draft.carry_forward,
        "journal": draft.journal,
    }


def _from_dict(data: Mapping[str, Any]) -> ReflectionDraft | None:
    """The draft as written; None for one this version cannot read back."""
    try:
        stress = data.get("stress")
        crossed = data.get("boundary_crossed")
        return ReflectionDraft(
            stress=stress if isinstance(stress, int) and not isinstance(stress, bool) else None,
            emotions=tuple(str(word) for word in data.get("emotions", ())),
            caller_problem=str(data.get("caller_problem", "")),
            caller_emotion=str(data.get("caller_emotion", "")),
            steps={LastStep(k): StepRating(v) for k, v in dict(data.get("steps", {})).items()},
            boundary_crossed=crossed if isinstance(crossed, bool) else None,
            boundary_action=str(data.get("boundary_action", "")),
            carry_forward=str(data.get("carry_forward", "")),
            journal=str(data.get("journal", "")),
        )
    except (TypeError, ValueError):
        return None
