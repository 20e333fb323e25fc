"""Reflections being written, kept as the agent types so that Esc never loses one.

Issue 15: closing the reflection dialog threw away what was typed. The
dialog holds no file: it emits its answers as they change
(``draft_changed``), when it closes without saving (``draft_kept``) and
when they are saved or discarded (``draft_dropped``), and is given the
draft to restore when it opens. ``DraftKeeper`` takes those intents and
writes through ``store.drafts.ReflectionDrafts`` (one private file, one
atomic write).

Choices:

- Typing is never held up by the disk: a change is written ``DRAFT_MS``
  after the last one (once per pause in typing); closing the dialog, and
  the app's stop, write at once what is still waiting.
- A draft with nothing in it (``core.reflection.is_empty``) is not kept:
  the agent cleared every answer, so the kept one goes.
- A draft that cannot be written (a full disk, a folder made read-only) is
  told once per dialog through ``failed``, not raised into a keystroke; the
  dialog keeps the answers on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing.core.reflection import ReflectionDraft, is_empty
from wellbeing.store.drafts import ReflectionDrafts

DRAFT_MS = 800
"""How long after the last change a draft is written."""


class DraftKeeper(QObject):
    failed = Signal(str)
    """A draft could not be written: one line for the agent."""

    def __init__(
        self, drafts: ReflectionDrafts, *, delay_ms: int = DRAFT_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._waiting: tuple[str | None, ReflectionDraft] | None = None
        self._told = False
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def waiting(self) -> bool:
        """Whether a change is held for its pause in typing."""
        return self._waiting is not None

    def load(self, call_id: str | None) -> ReflectionDraft | None:
        """The draft kept for this call (None: the reflection on no call), if any."""
        return self._drafts.load(call_id)

    def on_changed(self, call_id: str | None, draft: ReflectionDraft) -> None:
        """The answers changed: written after the pause in typing."""
        if self._waiting is not None and self._waiting[0] != call_id:
            self.flush()
        self._waiting = (call_id, draft)
        self._timer.start()

    def on_kept(self, call_id: str | None, draft: ReflectionDraft) -> None:
        """The dialog closed without saving: its answers are written now."""
        self._waiting = (call_id, draft)
        self.flush()
        self._told = False

    def on_dropped(self, call_id: str | None) -> None:
        """Saved or discarded on purpose: the draft goes, and so does any change held."""
        if self._waiting is not None and self._waiting[0] == call_id:
            self._timer.stop()
            self._waiting = None
        self._write(lambda: self._drafts.delete(call_id))
        self._told = False

    def flush(self) -> None:
        """Write the change held, if any."""
        self._timer.stop()
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            return
        call_id, draft = waiting
        if is_empty(draft):
            self._write(lambda: self._drafts.delete(call_id))
        else:
            self._write(lambda: self._drafts.save(call_id, draft))

    def _write(self, write: Callable[[], None]) -> None:
        try:
            write()
        except OSError as error:
            if not self._told:
                self._told = True
                self.failed.emit(
                    self.tr("Your reflection draft could not be kept: {reason}").format(
                        reason=error.strerror or error
                    )
                )
