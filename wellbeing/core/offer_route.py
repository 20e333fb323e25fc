"""Where taking an offer leads: which window opens, and with what.

Every way into care ends here: Start or Reflect on a prompt card, and the
tray menu's own entries (a break, reflecting on the last call, "End my
shift"), which take no offer. The UI maps a ``Route`` to one window and
looks up the calls it names; it decides nothing.

- A breathing break lasts what the offer says (``Offer.break_s``); one asked
  for from the menu lasts the agent's ``default_break_min``, and its
  trigger is ``"manual"``.
- A break for a hard call (an offer that also offers a reflection) ends by
  offering *Reflect on this call* (issue 15).
- A reflection taken from a severe call's card, instead of its breathing
  reset, ends by offering that reset (issue 15). A reflection from the
  menu is on the agent's last call.
- Reflect is a second way to take an offer that offers a reflection, unless
  the offer is itself a reflection.
"""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing.core.policy import Offer
from wellbeing.core.records import PromptKind
from wellbeing.core.settings import Settings

MANUAL_TRIGGER = "manual"
"""A break's trigger when the agent asked for it, not a prompt."""


@dataclass(frozen=True, slots=True)
class OpenBreathing:
    """A breathing break of ``seconds``; ``trigger`` is its ``Break.trigger``."""

    seconds: int
    trigger: str
    reflect_on: str | None = None
    """The hard call offered for a reflection once the break is over."""


@dataclass(frozen=True, slots=True)
class OpenReflection:
    call_id: str | None = None
    """The call reflected on (None: no call, or the last one, below)."""
    last_call: bool = False
    """On the agent's last call (``core.reflection.last_call``): from the menu."""
    then_breathe: OpenBreathing | None = None
    """The break offered once the reflection is saved."""


@dataclass(frozen=True, slots=True)
class OpenCheckIn:
    pass


@dataclass(frozen=True, slots=True)
class OpenWindDown:
    pass


Route = OpenBreathing | OpenReflection | OpenCheckIn | OpenWindDown


def can_reflect(offer: Offer) -> bool:
    """Whether the card offers Reflect beside Start."""
    return offer.offers_reflection and offer.kind is not PromptKind.REFLECT


def offer_route(kind: PromptKind, offer: Offer | None, settings: Settings) -> Route:
    """Where ``kind`` leads; ``offer`` is the prompt taken, None from the menu."""
    if kind is PromptKind.REFLECT:
        if offer is None:
            return OpenReflection(last_call=True)
        severe = offer.severe and offer.kind is not PromptKind.REFLECT
        then = OpenBreathing(offer.break_s, offer.kind.value) if severe else None
        return OpenReflection(offer.call_id, then_breathe=then)
    if kind is PromptKind.CHECKIN:
        return OpenCheckIn()
    if kind is PromptKind.WIND_DOWN:
        return OpenWindDown()
    if offer is None:
        return OpenBreathing(settings.default_break_min * 60, MANUAL_TRIGGER)
    hard = offer.call_id if offer.offers_reflection else None
    return OpenBreathing(offer.break_s, offer.kind.value, reflect_on=hard)
