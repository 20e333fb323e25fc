"""What a lead's viewer credential opens: the interface the lead's web page is built on.

``ViewerAccess`` is all the web page may ask of the hub: who a credential
is, which teams it covers (its team and every team under it, in tree
order), and a team's released figures over its latest ``weeks`` (1 to 520)
released weeks (DESIGN's document; ``PermissionError`` for a team the
viewer does not cover, ``wellbeing.hub.errors.Invalid`` for ``weeks`` out of
range). Each call may first close weeks that are due. There is no call that returns a
pulse: raw pulses never leave the database, and are deleted at close.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from wellbeing.hub.service import Hub


@dataclass(frozen=True, slots=True)
class Viewer:
    """A signed-in lead: the team whose tree they may see."""

    team: str


class ViewerAccess(Protocol):
    def authenticate(self, credential: str) -> Viewer | None: ...

    def teams_for(self, viewer: Viewer) -> list[str]: ...

    def report(self, viewer: Viewer, team: str, weeks: int) -> dict[str, Any]: ...


class HubViewers:
    """``ViewerAccess`` over a ``Hub``."""

    def __init__(self, hub: Hub) -> None:
        self._hub = hub

    def authenticate(self, credential: str) -> Viewer | None:
        return self._hub.viewer(credential)

    def teams_for(self, viewer: Viewer) -> list[str]:
        return self._hub.teams_for(viewer)

    def report(self, viewer: Viewer, team: str, weeks: int) -> dict[str, Any]:
        return self._hub.report(viewer, team, weeks)
