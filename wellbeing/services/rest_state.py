"""The end-of-shift rest, kept on disk so that it survives a restart.

"End my shift" rests the prompts until the next shift starts. Held only in
memory, a restart in the evening (a logout, an update) would bring the
prompts back; so the end of the rest is written to ``rest.json`` in the data
folder, atomically, and read when the app starts.

Choices where the design was silent:

- Only the end-of-shift rest is kept; a short pause from the menu still
  lives in memory (a restart errs towards offering care).
- A file that cannot be read or understood is taken as no rest: losing a
  rest means a prompt may come early, never that data is lost.
- When the agent ended a shift says something about them: "Delete all my
  data" removes the file (its name is ``layout.REST``, which
  ``layout.private_files`` lists), and the running app forgets the rest
  (``PromptService.forget``).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from wellbeing.store.files import read_bounded, write_atomically
from wellbeing.store.layout import REST

FILE_NAME = REST


class RestState:
    """Reads and writes the end of the rest in one small file."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / FILE_NAME

    def load(self) -> datetime | None:
        try:
            data = json.loads(read_bounded(self._path, 4096))
            until = datetime.fromisoformat(data["rest_until"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return until if until.tzinfo is not None else None

    def save(self, until: datetime | None) -> None:
        """Keep ``until``; ``None`` ends the rest (the file is removed)."""
        if until is None:
            self._path.unlink(missing_ok=True)
            return
        payload = json.dumps({"rest_until": until.isoformat()}).encode("utf-8")
        write_atomically(self._path, payload)
