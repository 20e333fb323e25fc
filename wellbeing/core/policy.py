"""When to offer a prompt, and the queue that holds offers until they may show.

The policy answers two questions from the history, the settings and ``now``:
what a logged call calls for (``offer_after_call``) and whether a scheduled
prompt is due (``scheduled_offer``). Either gives an ``Offer``: what to
suggest, why (a ``Reason``: a code and its numbers, which the UI words), and
how long it stays worth showing. The
``PromptQueue`` then holds offers while the agent is on a call or has paused
prompts, shows them one at a time, and hands back the stale ones so the
caller records them as ``expired``. Nothing here reads the clock, so a long
sleep is simply a large step of ``now``: old offers come back expired, never
in a burst.

The cooldown reads ``history.prompts``, so the caller records an offer as a
``Prompt`` (``offer.to_prompt()``) as soon as it is made, and again with the
outcome once the agent answers (same id: the store keeps the latest).

Choices made where the design was silent:

- One offer per logged call at most, the most urgent: severe (reset),
  streak (break), escalated (reflect). A break for an escalated call also
  offers the reflection.
- A call that ended longer ago than the stale window (back-filled from the
  command line) triggers nothing: its prompt would be stale on arrival.
- No micro-break when a completed break ended less than the micro-break
  interval ago, and at most one wind-down a day.
- A snoozed offer keeps its id and ``created_at``: it is one prompt whose
  outcome is updated, and the cooldown counts from when it was first made.
- An offer once shown stays open for one more stale window, then expires,
  so a notification the agent never saw cannot hold the queue for ever.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from wellbeing.core.classify import is_severe, last_completed_break_end, streak
from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import Call, Prompt, PromptKind, PromptOutcome, Tag, new_id
from wellbeing.core.settings import Settings, in_work_hours, shift_end
from wellbeing.core.shift import shift_gap

SHORT_BREAK_S = 60
"""The length of a micro-break or a wind-down: a minute, not a session."""

WIND_DOWN_GRACE = timedelta(minutes=15)
"""How long after the shift ends a wind-down may still be offered."""

SCHEDULED_KINDS = frozenset({PromptKind.MICRO_BREAK, PromptKind.CHECKIN, PromptKind.WIND_DOWN})


@dataclass(frozen=True, slots=True)
class Offer:
    """A prompt the policy suggests, not yet answered."""

    id: str
    kind: PromptKind
    created_at: datetime
    reason: Reason
    severe: bool
    call_id: str | None
    offers_reflection: bool
    break_s: int
    not_before: datetime
    expires_at: datetime

    @property
    def stale_window(self) -> timedelta:
        return self.expires_at - self.not_before

    def to_prompt(
        self, outcome: PromptOutcome | None = None, resolved_at: datetime | None = None
    ) -> Prompt:
        return Prompt(
            id=self.id,
            kind=self.kind,
            created_at=self.created_at,
            reason=self.reason,
            severe=self.severe,
            call_id=self.call_id,
            outcome=outcome,
            resolved_at=resolved_at,
        )


def _break_s(kind: PromptKind, settings: Settings) -> int:
    if kind is PromptKind.RESET:
        return settings.reset_s
    if kind is PromptKind.BREAK:
        return settings.break_s
    if kind in (PromptKind.MICRO_BREAK, PromptKind.WIND_DOWN):
        return SHORT_BREAK_S
    return 0


def _offer(
    kind: PromptKind,
    reason: Reason,
    settings: Settings,
    now: datetime,
    *,
    severe: bool = False,
    call_id: str | None = None,
    offers_reflection: bool = False,
) -> Offer:
    return Offer(
        id=new_id(),
        kind=kind,
        created_at=now,
        reason=reason,
        severe=severe,
        call_id=call_id,
        offers_reflection=offers_reflection,
        break_s=_break_s(kind, settings),
        not_before=now,
        expires_at=now + timedelta(minutes=settings.prompt_stale_min),
    )


def in_cooldown(history: History, settings: Settings, now: datetime) -> bool:
    """Whether a prompt was made less than ``cooldown_min`` before ``now``."""
    since = now - timedelta(minutes=settings.cooldown_min)
    return any(since < prompt.created_at <= now for prompt in history.prompts)


def offer_after_call(
    call: Call, history: History, settings: Settings, now: datetime
) -> Offer | None:
    """The one prompt a just-logged call calls for, if any (``history`` holds ``call``).

    An unrated call calls for none: nothing is known of it yet; its rating
    is considered when it comes."""
    if call.difficulty is None or now - call.ended_at > timedelta(
        minutes=settings.prompt_stale_min
    ):
        return None
    severe, escalated = is_severe(call), Tag.ESCALATED in call.tags
    count = streak(history.calls, history.breaks, now, shift_gap(settings))
    if severe:
        kind, reason = PromptKind.RESET, Reason(ReasonCode.SEVERE_CALL)
    elif count >= settings.streak_threshold:
        kind, reason = PromptKind.BREAK, Reason.of(ReasonCode.STREAK, streak=count)
    elif escalated:
        kind, reason = PromptKind.REFLECT, Reason(ReasonCode.ESCALATED)
    else:
        return None
    if not severe and in_cooldown(history, settings, now):
        return None
    return _offer(
        kind,
        reason,
        settings,
        now,
        severe=severe,
        call_id=call.id,
        offers_reflection=severe or escalated,
    )


def scheduled_offer(
    kind: PromptKind, history: History, settings: Settings, now: datetime
) -> Offer | None:
    """A micro-break, check-in reminder or wind-down, if it is due at ``now``."""
    if kind not in SCHEDULED_KINDS:
        raise ValueError(f"not a scheduled prompt kind: {kind}")
    if kind is PromptKind.MICRO_BREAK:
        due = (
            settings.micro_breaks
            and in_work_hours(settings, now)
            and not _recent_break(history, now, timedelta(minutes=settings.micro_break_every_min))
        )
        reason = Reason(ReasonCode.MICRO_BREAK)
    elif kind is PromptKind.CHECKIN:
        due = settings.checkin_reminder and in_work_hours(settings, now)
        due = due and not _checked_in_this_week(history, now)
        reason = Reason(ReasonCode.CHECKIN)
    else:
        due = settings.wind_down and _in_wind_down_window(settings, now)
        due = due and not _wound_down_today(history, now)
        reason = Reason(ReasonCode.WIND_DOWN)
    if not due or in_cooldown(history, settings, now):
        return None
    return _offer(kind, reason, settings, now)


def _recent_break(history: History, now: datetime, within: timedelta) -> bool:
    end = last_completed_break_end(history.breaks, now)
    return end is not None and now - end < within


def _checked_in_this_week(history: History, now: datetime) -> bool:
    week = now.isocalendar()[:2]
    return any(
        c.created_at.astimezone(now.tzinfo).isocalendar()[:2] == week for c in history.checkins
    )


def _in_wind_down_window(settings: Settings, now: datetime) -> bool:
    end = shift_end(settings, now)
    return in_work_hours(settings, now) or (end is not None and end <= now <= end + WIND_DOWN_GRACE)


def _wound_down_today(history: History, now: datetime) -> bool:
    return any(
        p.kind is PromptKind.WIND_DOWN and p.created_at.astimezone(now.tzinfo).date() == now.date()
        for p in history.prompts
    )


# --- the queue ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Released:
    """What one ``release`` decided: at most one offer to show, and the stale ones."""

    show: list[Offer]
    expired: list[Offer]


def _priority(offer: Offer) -> tuple[bool, float, str]:
    return (not offer.severe, -offer.created_at.timestamp(), offer.id)


class PromptQueue:
    """Offers waiting to be shown, and the one that is shown ("open").

    A small mutable object with no I/O and no clock: the service that owns it
    calls ``release(now, ...)`` on every tick and after every change of call
    or pause state. ``release`` opens the offer it shows; the caller ``close``s
    it once the agent answers (or ``snooze``s it). Nothing new shows while one
    is open, so prompts never stack.

    Among due offers a severe one comes first, then the most recently made:
    the freshest reason is the one the agent will recognise. The others wait
    their turn, or their expiry.
    """

    def __init__(self, offers: Iterable[Offer] = ()) -> None:
        self._waiting: list[Offer] = list(offers)
        self._open: Offer | None = None
        self._open_until: datetime | None = None

    @property
    def pending(self) -> tuple[Offer, ...]:
        """The waiting offers, in the order they would be shown."""
        return tuple(sorted(self._waiting, key=_priority))

    @property
    def open(self) -> Offer | None:
        return self._open

    def add(self, offer: Offer) -> None:
        self._drop(offer.id)
        self._waiting.append(offer)

    def close(self, offer: Offer) -> None:
        """Forget an offer, open or waiting: the agent answered it."""
        self._drop(offer.id)

    def snooze(self, offer: Offer, minutes: int, now: datetime) -> Offer:
        """Put an offer back for later; returns the re-queued offer."""
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
            raise InvalidInput(f"snooze: minutes must be a positive whole number, got {minutes!r}")
        not_before = now + timedelta(minutes=minutes)
        later = dataclasses.replace(
            offer, not_before=not_before, expires_at=not_before + offer.stale_window
        )
        self.add(later)
        return later

    def release(
        self, now: datetime, *, on_call: bool = False, paused_until: datetime | None = None
    ) -> Released:
        """Expire stale offers, then open the next due one if nothing holds it back."""
        expired = [offer for offer in self._waiting if now >= offer.expires_at]
        self._waiting = [offer for offer in self._waiting if now < offer.expires_at]
        if self._open is not None and self._open_until is not None and now >= self._open_until:
            expired.append(self._open)
            self._open = self._open_until = None
        paused = paused_until is not None and now < paused_until
        due = [offer for offer in self._waiting if offer.not_before <= now]
        if on_call or paused or self._open is not None or not due:
            return Released(show=[], expired=expired)
        chosen = min(due, key=_priority)
        self._waiting.remove(chosen)
        self._open, self._open_until = chosen, now + chosen.stale_window
        return Released(show=[chosen], expired=expired)

    def _drop(self, offer_id: str) -> None:
        self._waiting = [offer for offer in self._waiting if offer.id != offer_id]
        if self._open is not None and self._open.id == offer_id:
            self._open = self._open_until = None
