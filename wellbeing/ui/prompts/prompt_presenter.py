"""The prompt on screen: shown once, answered exactly once, and taken where it leads.

``PromptService`` decides when to offer care; this object is the UI side
of one offer. It shows it (the card, the tray menu's prompt section and,
when the agent asked for them, a desktop notification), holds it while
shown, and turns the first answer from any place (the card's buttons, the
menu) into one outcome: a second click, a late click after the offer was
withdrawn, or the card and the menu both answering, do nothing. Taking an
offer opens what its kind leads to (``core.offer_route``): a breathing
break, a reflection, the weekly check-in or the wind-down. The same routing
serves the tray menu's own entries (a break, reflecting on the last call,
"End my shift").

Nothing breaks into a call (DESIGN.md, Call state): when a call starts by
any route, the card goes back into the tray menu at once and Start (or
Reflect) is refused until the call ends; then the card comes back, unless
the offer went stale meanwhile and the service withdrew it. A window the
agent already opened stays open.

A break taken for a hard call ends by offering *Reflect on this call*; a
reflection taken from a severe call's card ends by offering its breathing
reset (issue 15): the route says so, this object only opens the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from wellbeing.core.offer_route import (
    OpenBreathing,
    OpenCheckIn,
    OpenReflection,
    OpenWindDown,
    can_reflect,
    offer_route,
)
from wellbeing.core.policy import Offer
from wellbeing.core.records import PromptKind, PromptOutcome
from wellbeing.core.settings import Settings
from wellbeing.services.notifier import NotifierChain
from wellbeing.services.prompting import PromptService
from wellbeing.ui.prompts import prompt_text
from wellbeing.ui.tray.actions import AgentActions
from wellbeing.ui.windows import Windows


class PromptPresenter(QObject):
    def __init__(
        self,
        service: PromptService,
        windows: Windows,
        actions: AgentActions,
        announce: NotifierChain,
        parent: QObject | None = None,
    ) -> None:
        """``announce``: the desktop notifiers for a prompt (the card already shows it)."""
        super().__init__(parent)
        self._service = service
        self._windows = windows
        self._actions = actions
        self._announce = announce
        self._shown: Offer | None = None
        self._on_call = False

    # --- offers from the service ----------------------------------------------

    def on_ready(self, offer: Offer) -> None:
        self._shown = offer
        title, reason = prompt_text.title(offer), prompt_text.reason(offer)
        self._windows.card.show_prompt(
            title,
            reason,
            prompt_text.suggestion(offer),
            start_text=prompt_text.start_label(offer),
            can_reflect=can_reflect(offer),
        )
        self._actions.show_prompt(f"{title} · {reason}")
        if self._service.settings.notifications:
            self._announce.notify(title, reason)

    def on_withdrawn(self, offer_id: str) -> None:
        if self._shown is not None and self._shown.id == offer_id:
            self._take()

    def on_card_wanted(self) -> None:
        """The agent clicked a notification: show the card again, if an offer is waiting."""
        if self._shown is not None and not self._on_call:
            self._windows.card.show()

    def on_call_changed(self, on_call: bool) -> None:
        self._on_call = on_call
        self._actions.hold_prompt(on_call)
        if self._shown is None:
            return
        if on_call:
            self._windows.card.hide_prompt()
        else:
            self._windows.card.show()

    # --- answers from the card and the menu -----------------------------------------

    def on_start(self) -> None:
        if self._on_call:
            return
        offer = self._take()
        if offer is not None:
            self._service.answer(offer, PromptOutcome.TAKEN)
            self.open(offer.kind, offer)

    def on_reflect(self) -> None:
        """The second way to take an offer after a hard call: reflect instead of a break."""
        if self._on_call:
            return
        offer = self._take()
        if offer is not None:
            self._service.answer(offer, PromptOutcome.TAKEN)
            self.open(PromptKind.REFLECT, offer)

    def on_snooze(self, minutes: int) -> None:
        offer = self._take()
        if offer is not None:
            self._service.snooze(offer, minutes)

    def on_dismiss(self) -> None:
        offer = self._take()
        if offer is not None:
            self._service.answer(offer, PromptOutcome.DISMISSED)

    # --- where each kind leads ---------------------------------------------------

    def open(self, kind: PromptKind, offer: Offer | None = None) -> None:
        """Open what ``kind`` leads to; ``offer`` is the prompt taken, None from the menu."""
        service, windows = self._service, self._windows
        settings = service.settings
        match offer_route(kind, offer, settings):
            case OpenReflection() as route:
                then = _breathing_args(settings, route.then_breathe)
                windows.open_reflection(service.reflection_call(route), then_breathe=then)
            case OpenCheckIn():
                windows.open_checkin()
            case OpenWindDown():
                windows.open_wind_down(service.day_summary(), settings, service.rest_until())
            case OpenBreathing(seconds, trigger, reflect_on):
                windows.open_breathing(settings, seconds, trigger, service.call(reflect_on))

    def on_break_requested(self) -> None:
        self.open(PromptKind.BREAK)

    def on_reflect_requested(self) -> None:
        self.open(PromptKind.REFLECT)

    def on_wind_down_requested(self) -> None:
        self.open(PromptKind.WIND_DOWN)

    def on_left_behind(self, text: str) -> None:
        self._service.leave_behind(text)

    def on_shift_done(self) -> None:
        self._service.end_shift()

    def _take(self) -> Offer | None:
        """The offer being answered, once: the card and the menu both stop showing it."""
        offer, self._shown = self._shown, None
        self._windows.card.hide_prompt()
        self._actions.show_prompt(None)
        return offer


def _breathing_args(
    settings: Settings, route: OpenBreathing | None
) -> tuple[Settings, int, str] | None:
    """``Windows.open_reflection``'s ``then_breathe``: the break offered after."""
    return None if route is None else (settings, route.seconds, route.trigger)
