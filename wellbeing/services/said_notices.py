"""Notices the agent needs to read once, not every morning.

"Calls are not detected on this machine" is worth saying the first time the
app starts on a machine that cannot tell, and again only if the reason
changes; repeated at every start it would be the opposite of calm, and an
agent who starts the app each morning would learn to ignore the tray's
messages, the important ones included. The texts already said are kept in
``notices.json`` in the data folder.

Choices where the design was silent:

- A notice is remembered by its text, so a new reason (or a new language)
  is said once more.
- A file that cannot be read counts as nothing said, and a failed write is
  ignored: the worst case is a notice said again, never one kept back.
- Only the last ``KEPT`` texts are kept, so the file stays small.
"""

from __future__ import annotations

import json
from contextlib import suppress
from pathlib import Path

from wellbeing.services.messages import MessageChannel, Topic
from wellbeing.store.files import read_bounded, write_atomically
from wellbeing.store.layout import NOTICES

FILE_NAME = NOTICES
KEPT = 20


class SaidNotices:
    def __init__(self, folder: Path, channel: MessageChannel) -> None:
        self._path = folder / FILE_NAME
        self._channel = channel

    def notice_once(self, text: str, topic: Topic) -> None:
        """Pass ``text`` to the channel unless it was said before in this data folder."""
        said = self._load()
        if text in said:
            return
        self._channel.notice(text, topic)
        payload = json.dumps({"said": [*said, text][-KEPT:]}, ensure_ascii=False)
        with suppress(OSError):
            write_atomically(self._path, payload.encode("utf-8"))

    def _load(self) -> list[str]:
        try:
            said = json.loads(read_bounded(self._path, 64 * 1024))["said"]
        except (OSError, ValueError, KeyError, TypeError):
            return []
        if not isinstance(said, list):
            return []
        return [text for text in said if isinstance(text, str)]
