"""The prompt service: where the pure policy meets the store and the clock.

It owns the agent's live state (on a call, paused until), the prompt queue
and a window of recent history, and turns every event — a call logged here
or by another process, a break finished, a tick, a scheduled prompt — into
the same three steps: ask the core, record what it decided, emit signals
for the windows. It decides nothing itself.

Choices where the design was silent:

- Recent history is the last 14 days: enough for the streak, the cooldown
  and "last break", and cheap to reload after every change.
- The on-call state and a pause live in memory: a restarted app starts off
  a call and unpaused, which errs towards offering care rather than silence.
  The end-of-shift rest is the exception: it is kept on disk
  (``RestState``) and still holds after a restart, so the evening stays
  quiet until the next shift.
- The app starting counts as activity for the shift (``core.shift``).
- A call reported by another process (``wellbeing log-call``) drives the
  policy exactly like a click in the tray; each call is considered once,
  and once more when an unrated call is rated (here or by ``rate-last``).
- A manual log within five minutes after a detected call rates that call
  (``core.rating``); the tray, the popup and the command line all do so.
- Undoing a log from the app (``undo_log``, issue 15) removes exactly that
  call. An offer that call made and the agent has not answered yet (still
  queued, or on the card right now) goes with it: it leaves the queue, its
  prompt record is deleted (a mistaken click must not count as a prompt,
  nor start a cooldown) and ``prompt_withdrawn`` takes it off the screen.
  An offer the agent already answered stays recorded, as it happened.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from wellbeing.core.history import History
from wellbeing.core.offer_route import OpenReflection
from wellbeing.core.pause import PauseChoice, pause_end
from wellbeing.core.policy import Offer, PromptQueue, offer_after_call, scheduled_offer
from wellbeing.core.rating import last_unrated, log_or_rate, logged_during, rate, unrate
from wellbeing.core.records import (
    Break,
    Call,
    CheckIn,
    PromptKind,
    PromptOutcome,
    Reflection,
    Source,
    Tag,
)
from wellbeing.core.reflection import last_call
from wellbeing.core.settings import Settings
from wellbeing.core.strain import StrainState, strain
from wellbeing.core.winddown import DaySummary, day_summary, left_behind, rest_until
from wellbeing.services.clock import Clock
from wellbeing.services.rest_state import RestState
from wellbeing.store.store import Store

RECENT = timedelta(days=14)


UNDO_UNRATES = frozenset({Source.DETECTED, Source.API})
"""Calls the app only rated: Undo takes the rating back instead of deleting them."""


class PromptService(QObject):
    strain_changed = Signal(object)  # StrainState
    prompt_ready = Signal(object)  # Offer: show it now
    prompt_withdrawn = Signal(str)  # offer id: it expired while shown
    call_logged = Signal(object)  # Call
    break_recorded = Signal(object)  # Break
    on_call_changed = Signal(bool)
    detected_call_recorded = Signal(object)  # Call, unrated
    logged_here = Signal(object)  # Call: logged from this app, to be confirmed
    log_undone = Signal(str)  # call id: removed by Undo

    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: Settings,
        *,
        shown_kinds: frozenset[PromptKind] = frozenset(PromptKind),
        parent: QObject | None = None,
    ) -> None:
        """``shown_kinds``: the prompts the app has a window for; others are not offered."""
        super().__init__(parent)
        self._shown_kinds = shown_kinds
        self._store = store
        self._clock = clock
        self._settings = settings
        self._queue = PromptQueue()
        self._on_call = False
        self._started_at = clock.now()
        self._rest = RestState(store.data_dir)
        self._paused_until: datetime | None = self._rest.load()
        self._rest_kept = self._paused_until is not None
        self._history = History()
        self._seen: set[tuple[str, int | None]] = set()
        self._reload()
        self._seen = {(call.id, call.difficulty) for call in self._history.calls}

    # --- state the windows read ---------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def on_call(self) -> bool:
        return self._on_call

    @property
    def paused_until(self) -> datetime | None:
        return self._paused_until

    @property
    def queue(self) -> PromptQueue:
        return self._queue

    def state(self) -> StrainState:
        return strain(
            self._history,
            self._settings,
            self._clock.now(),
            on_call=self._on_call,
            paused_until=self._paused_until,
            started_at=self._started_at,
        )

    # --- intents --------------------------------------------------------------

    def log_call(
        self,
        difficulty: int,
        tags: Iterable[Tag] = (),
        note: str = "",
        source: Source = Source.TRAY,
    ) -> Call:
        """Log a call, or rate the detected call that just ended (core.rating)."""
        now = self._clock.now()
        self._reload()
        logged = Call.create(
            ended_at=now, difficulty=difficulty, tags=tags, note=note or None, source=source
        )
        write = log_or_rate(self._history.calls, logged, now)
        if write.rates:
            self._store.calls.update(write.call)
        else:
            self._store.calls.add(write.call)
        self.check_new_calls()
        self.logged_here.emit(write.call)
        return write.call

    def undo_log(self, call_id: str) -> bool:
        """Remove the call just logged, and the unanswered offer it made; see the
        module docstring. A call the app did not add (detected, or from the API)
        was only rated here: Undo takes the rating back and keeps the call.
        False if the call was not there (already removed)."""
        logged = self.call(call_id)
        if logged is not None and logged.source in UNDO_UNRATES:
            self._store.calls.update(unrate(logged))
        elif not self._store.calls.delete(call_id):
            return False
        offers = [*self._queue.pending, *filter(None, [self._queue.open])]
        for offer in offers:
            if offer.call_id == call_id:
                self._queue.close(offer)
                self._store.prompts.delete(offer.id)
                self.prompt_withdrawn.emit(offer.id)
        self._reload()
        self.log_undone.emit(call_id)
        self.tick()
        return True

    def record_detected(self, start: datetime, end: datetime) -> Call | None:
        """A call the microphone saw, recorded unrated when it ended; None when
        the agent already logged it by hand during the call (core.rating)."""
        self._reload()
        if logged_during(self._history.calls, start, self._clock.now()) is not None:
            return None
        seconds = int((end - start).total_seconds())
        call = Call.create(
            ended_at=end, difficulty=None, duration_s=seconds, source=Source.DETECTED
        )
        self._store.calls.add(call)
        self.check_new_calls()
        self.detected_call_recorded.emit(call)
        return call

    def rate_last(self, difficulty: int, tags: Iterable[Tag] = ()) -> Call | None:
        """Rate the most recent unrated call; None when there is none."""
        self._reload()
        call = last_unrated(self._history.calls)
        if call is None:
            return None
        rated = self._rate(call, difficulty, tags)
        self.logged_here.emit(rated)
        return rated

    def rate_call(self, call_id: str, difficulty: int, tags: Iterable[Tag] = ()) -> Call | None:
        """Rate the call the rating card showed; None if it is gone (deleted, purged)."""
        self._reload()
        call = self.call(call_id)
        if call is None:
            return None
        rated = self._rate(call, difficulty, tags)
        self.logged_here.emit(rated)
        return rated

    def unrated_call(self) -> Call | None:
        return last_unrated(self._history.calls)

    def _rate(self, call: Call, difficulty: int, tags: Iterable[Tag]) -> Call:
        rated = rate(call, difficulty, tags)
        self._store.calls.update(rated)
        self.check_new_calls()
        return rated

    def check_new_calls(self) -> None:
        """Consider every call not seen yet (or just rated), in the order the calls ended."""
        self._reload()
        fresh = [c for c in self._history.calls if (c.id, c.difficulty) not in self._seen]
        for call in fresh:
            self._seen.add((call.id, call.difficulty))
            offer = offer_after_call(call, self._history, self._settings, self._clock.now())
            if offer is not None:
                self._enqueue(offer)
            self.call_logged.emit(call)
        self.tick()

    def set_on_call(self, on_call: bool) -> None:
        """Stale offers are dropped (the tick) before the held one is shown again."""
        changed, self._on_call = on_call != self._on_call, on_call
        self.tick()
        if changed:
            self.on_call_changed.emit(on_call)

    def pause(self, choice: PauseChoice) -> datetime:
        self._set_pause(pause_end(choice, self._clock.now()), kept=False)
        self.tick()
        assert self._paused_until is not None
        return self._paused_until

    def resume(self) -> None:
        self._set_pause(None, kept=False)
        self.tick()

    def forget(self) -> None:
        """Drop what the records put in memory: "Delete all my data" is next.

        The rest (its file too), a pause, the offers waiting or shown (each
        is a stored prompt the purge removes: answering one later would find
        no record) and the calls already seen go, as in an app just started;
        the on-call state is the desktop's, not a record, and stays. Call it
        before the purge, whose ``Records.changed`` reloads the empty history.
        """
        shown = self._queue.open
        self._queue = PromptQueue()
        self._set_pause(None, kept=False)
        self._seen = set()
        self._started_at = self._clock.now()
        if shown is not None:
            self.prompt_withdrawn.emit(shown.id)
        self.tick()

    def offer_scheduled(self, kind: PromptKind) -> None:
        offer = scheduled_offer(kind, self._history, self._settings, self._clock.now())
        if offer is not None:
            self._enqueue(offer)
        self.tick()

    def answer(self, offer: Offer, outcome: PromptOutcome) -> None:
        """The agent took or dismissed the offer shown."""
        self._queue.close(offer)
        self._record_outcome(offer, outcome)
        self.tick()

    def snooze(self, offer: Offer, minutes: int) -> datetime:
        later = self._queue.snooze(offer, minutes, self._clock.now())
        self._record_outcome(offer, PromptOutcome.SNOOZED)
        self.tick()
        return later.not_before

    def record_reflection(self, reflection: Reflection) -> None:
        self._store.reflections.add(reflection)
        self._reload()

    def record_checkin(self, checkin: CheckIn) -> None:
        self._store.checkins.add(checkin)
        self._reload()
        self.tick()

    def leave_behind(self, text: str) -> None:
        """What the agent leaves behind at the end of a shift (core.winddown)."""
        self.record_reflection(left_behind(text, self._clock.now()))

    def end_shift(self) -> None:
        """The agent is done for today: the prompts rest until the next shift,
        across a restart."""
        self.pause_until(self.rest_until())

    def pause_until(self, moment: datetime) -> None:
        """Rest the prompts until ``moment`` (the wind-down: until the next shift),
        kept on disk so that a restart still rests."""
        self._set_pause(moment, kept=True)
        self.tick()

    def call(self, call_id: str | None) -> Call | None:
        return next((call for call in self._history.calls if call.id == call_id), None)

    def last_call(self) -> Call | None:
        return last_call(self._history.calls, self._clock.now())

    def reflection_call(self, route: OpenReflection) -> Call | None:
        """The call a reflection is on: the one the offer named, or the last one."""
        return self.last_call() if route.last_call else self.call(route.call_id)

    def day_summary(self) -> DaySummary:
        return day_summary(self._history, self._clock.now())

    def rest_until(self) -> datetime:
        return rest_until(self._settings, self._clock.now())

    def record_break(self, taken: Break) -> None:
        self._store.breaks.add(taken)
        self._reload()
        self.break_recorded.emit(taken)
        self.tick()

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.tick()

    def tick(self) -> None:
        """Expire stale offers, show a due one if the agent is free, refresh the state."""
        now = self._clock.now()
        if self._paused_until is not None and now >= self._paused_until:
            self._set_pause(None, kept=False)
        released = self._queue.release(now, on_call=self._on_call, paused_until=self._paused_until)
        for offer in released.expired:
            self._record_outcome(offer, PromptOutcome.EXPIRED)
            self.prompt_withdrawn.emit(offer.id)
        for offer in released.show:
            self.prompt_ready.emit(offer)
        self.strain_changed.emit(self.state())

    def next_wake(self) -> datetime | None:
        """The next moment a tick could change something: a snooze or a pause ending."""
        moments = [offer.not_before for offer in self._queue.pending]
        moments += [offer.expires_at for offer in self._queue.pending]
        if self._paused_until is not None:
            moments.append(self._paused_until)
        now = self._clock.now()
        return min((moment for moment in moments if moment > now), default=None)

    # --- plumbing -------------------------------------------------------------

    def _set_pause(self, until: datetime | None, *, kept: bool) -> None:
        had_rest = self._rest_kept
        self._paused_until = until
        self._rest_kept = kept and until is not None
        if self._rest_kept or had_rest:
            with suppress(OSError):  # the rest holds in memory; a restart may prompt early
                self._rest.save(until if kept else None)

    def _enqueue(self, offer: Offer) -> None:
        if offer.kind not in self._shown_kinds:
            return
        self._store.prompts.add(offer.to_prompt())
        self._queue.add(offer)
        self._reload()

    def _record_outcome(self, offer: Offer, outcome: PromptOutcome) -> None:
        self._store.prompts.update(offer.to_prompt(outcome, self._clock.now()))
        self._reload()

    def _reload(self) -> None:
        self._history = self._store.history(self._clock.now() - RECENT, None)
