"""Signed-in leads, kept on the server behind a random session id.

The cookie carries only a random id (256 bits); the viewer and the form
token live here, in memory. Nothing derived from the viewer credential ever
reaches the browser, and restarting the hub signs everyone out, which is
the safe direction. A session ends after ``LIFETIME_S`` (a working day) or
at sign-out.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from wellbeing.hub.web.access import Viewer

LIFETIME_S = 8 * 3600
MAX_SESSIONS = 10_000


@dataclass
class Session:
    """One signed-in browser: who it is, its form token, when it ends."""

    viewer: Viewer
    csrf: str
    expires: float


class Sessions:
    """The session table; ``clock`` is injected so tests need not wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._by_id: dict[str, Session] = {}

    def open(self, viewer: Viewer) -> tuple[str, Session]:
        """A new session for ``viewer``: its id (for the cookie) and itself."""
        self._prune()
        if len(self._by_id) >= MAX_SESSIONS:
            oldest = min(self._by_id, key=lambda key: self._by_id[key].expires)
            del self._by_id[oldest]
        session_id = secrets.token_urlsafe(32)
        session = Session(viewer, secrets.token_urlsafe(32), self.clock() + LIFETIME_S)
        self._by_id[session_id] = session
        return session_id, session

    def get(self, session_id: str | None) -> Session | None:
        """The live session with this id, or None (unknown or expired)."""
        if not session_id:
            return None
        session = self._by_id.get(session_id)
        if session is None:
            return None
        if session.expires <= self.clock():
            del self._by_id[session_id]
            return None
        return session

    def close(self, session_id: str | None) -> None:
        if session_id:
            self._by_id.pop(session_id, None)

    def _prune(self) -> None:
        now = self.clock()
        for key in [k for k, s in self._by_id.items() if s.expires <= now]:
            del self._by_id[key]


def same_token(expected: str, given: str | None) -> bool:
    """Constant-time comparison of a form token; an empty one never matches (with no
    session cookie the expected token is empty, and so would a forged form's be)."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())
