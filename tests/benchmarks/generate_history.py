"""Two years of realistic history for one agent, for benchmarks and screenshots.

``generate(now, seed=7)`` returns a ``History`` ending at ``now``: about
40,000 calls, 5,000 breaks, the prompts that offered them, 1,000
reflections and 100 weekly check-ins. The same ``now`` and seed give the
same records, ids included.

    python tests/benchmarks/generate_history.py --data-dir DIR [--now ISO] [--seed N]

writes it into the store at ``DIR`` (one ``add_many`` per kind; ids already
there are skipped, so running it twice adds nothing).

How the agent's two years are modelled (so the charts have something true
to show):

- **Calendar.** Monday to Friday, minus fixed public holidays, a summer
  fortnight and a week in spring or autumn off each year, a few single days
  off and the odd sick spell. A shift starts between 8:00 and 9:00, lasts
  eight hours with half an hour for lunch, in ``now``'s time zone.
- **Calls.** Back to back, about five and a half minutes from one end to
  the next, so about 85 a day. Difficulty is mostly 1 to 3. Hard days come
  in clusters (a Markov chain over days), there is one rough season of six
  weeks (a billing migration), and within a day difficult calls bunch up.
  Duration grows with difficulty; tags follow it (``resolved`` on easy
  calls, ``angry`` / ``escalated`` / ``abusive`` / ``threatening`` on hard
  ones, ``long`` exactly when a call ran over 15 minutes). Notes on some
  calls, more often on hard ones, from a few dozen templates.
- **Prompts and breaks** follow the app's policy (core.policy): a reset
  after a severe call, a break when three difficult calls run in a row, a
  reflection offer after an escalated call, a 15-minute cooldown except for
  severe calls, a micro-break every 35 minutes without a break, a wind-down
  at the end of the shift once the agent turned it on. Each prompt is
  taken, snoozed, dismissed or expired; a taken break prompt starts a break
  with that ``trigger``, and the agent also starts breaks from the menu
  (``manual``). Four patterns, the favourite changing over time. Most
  breaks record stress before and after, the after usually lower, by an
  amount that depends on the pattern; a break left early has no "after".
- **Reflections** follow a taken reflection offer (after an escalated call)
  or, sometimes, a reset break after a severe call, and are linked to that
  call; their words come from templates keyed to what happened.
- **Check-ins** come on the last work day of the week, after the check-in
  prompt, answering all 12 items; the answers rise with the week's share of
  difficult calls.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TypeVar
from zoneinfo import ZoneInfo

from wellbeing.core.breathing import PATTERNS, get_pattern, planned_seconds
from wellbeing.core.checkin import ITEMS, Part
from wellbeing.core.classify import is_difficult, is_severe
from wellbeing.core.history import History
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    CheckIn,
    LastStep,
    Prompt,
    PromptKind,
    PromptOutcome,
    Reflection,
    Source,
    StepRating,
    Tag,
)
from wellbeing.store.store import Store

R = TypeVar("R", Call, Break, Prompt, Reflection, CheckIn)

DAYS = 730
SHIFT = timedelta(hours=8)
LUNCH = timedelta(minutes=30)
COOLDOWN = timedelta(minutes=15)
MICRO_EVERY = timedelta(minutes=35)
SNOOZE = timedelta(minutes=10)
STREAK_THRESHOLD = 3
HOLIDAYS = {(1, 1), (5, 1), (10, 3), (12, 24), (12, 25), (12, 26), (12, 31)}

# --- words -------------------------------------------------------------------

TOPICS = (
    "a late refund",
    "a double charge on the card",
    "the broadband outage",
    "a delivery that never came",
    "cancelling the contract",
    "roaming charges",
    "a locked account",
    "the price rise letter",
    "a missed engineer visit",
    "the new billing system",
    "a direct debit taken twice",
    "a faulty router",
    "moving house",
    "a debt collection letter",
    "a bereavement and the account",
    "a complaint that was never answered",
    "the early termination fee",
    "a password reset loop",
    "an unexpected final bill",
    "a porting delay",
)
NOTES: dict[str, tuple[str, ...]] = {
    # Which templates fit a call: "any" always, the others by its tags and
    # difficulty, so a note never says "sorted" on an unresolved call.
    "any": (
        "Caller upset about {topic}.",
        "Called about {topic}; third time this week.",
        "Long one about {topic}, had to check with billing.",
        "Elderly caller, confused about {topic}. Took it slowly.",
        "Business customer, {topic}.",
        "Transferred twice before reaching me, about {topic}.",
        "Caller recorded the call, about {topic}.",
        "Had to put them on hold three times ({topic}).",
        "Checked the notes: {topic} promised fixed last month.",
        "Language barrier, {topic}. Used the interpreter line.",
    ),
    "resolved": (
        "{topic} again. Sorted it in the end.",
        "{topic}: refund raised, reference in CRM.",
        "Sorted {topic} in five minutes.",
        "Found the fault behind {topic}, fixed while they waited.",
    ),
    "unresolved": (
        "About {topic}. Could not fix it today, promised a call back.",
        "Follow-up on {topic}, ticket still open.",
        "{topic}: policy says no, caller did not accept it.",
        "Second line could not help with {topic}.",
        "Hung up on me mid-sentence ({topic}).",
    ),
    "easy": (
        "Nice caller despite {topic}.",
        "Really kind caller, {topic} was our fault.",
        "Quick one, {topic}. Grateful caller.",
    ),
    "hard": (
        "Customer shouted about {topic}, calmed down after a while.",
        "Caller blamed me personally for {topic}.",
        "Crying on the phone about {topic}.",
        "Supervisor took over; it was about {topic}.",
        "Wants {topic} escalated to a manager.",
    ),
    "abusive": (
        "Swore at me over {topic}. Warned once.",
        "Threatened to go to the press over {topic}.",
        "Personal insults over {topic}. Ended the call after the warning.",
        "Said he knows where our office is (about {topic}). Logged it.",
    ),
}


def sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def note_pool(difficulty: int, tags: Sequence[Tag]) -> list[str]:
    pool = list(NOTES["any"])
    if Tag.RESOLVED in tags:
        pool += NOTES["resolved"]
    if Tag.UNRESOLVED in tags:
        pool += NOTES["unresolved"]
    if difficulty <= 2 and Tag.ANGRY not in tags:
        pool += NOTES["easy"]
    if difficulty >= 4 or Tag.ESCALATED in tags:
        pool += NOTES["hard"]
    if Tag.ABUSIVE in tags or Tag.THREATENING in tags:
        pool += NOTES["abusive"] * 3
    return pool


CALLER_PROBLEMS = (
    "Their {topic} had been dragging on for weeks.",
    "{topic}, and nobody had called them back.",
    "They had been promised a fix for {topic} twice.",
    "Money is tight and {topic} hit them hard.",
    "They felt cheated over {topic}.",
    "{topic}; they could not get through for an hour.",
    "They needed {topic} sorted before a deadline.",
)
CALLER_EMOTIONS = (
    "furious",
    "scared",
    "desperate",
    "humiliated",
    "confused",
    "exhausted",
    "betrayed",
    "panicking",
    "grieving",
    "fed up",
)
EMOTION_WORDS = (
    "drained",
    "shaken",
    "frustrated",
    "angry",
    "sad",
    "anxious",
    "numb",
    "tense",
    "relieved",
    "calm",
    "proud",
    "guilty",
)
BOUNDARY_ACTIONS = (
    "Warned once, then ended the call politely.",
    "Told them I would end the call if the swearing went on.",
    "Offered a supervisor; they took it.",
    "Ended the call and logged it as abusive.",
    "Put them on hold and asked my lead to listen in.",
    "Said I would not accept being spoken to like that.",
    "Stayed calm, repeated the warning, the caller stopped.",
)
CARRY_FORWARD = (
    "Name the feeling before jumping to the fix.",
    "It was not about me.",
    "Offer the supervisor earlier next time.",
    "Take the reset straight away, not after the next call.",
    "Slow my voice down when they speed up.",
    "Write the promise in the notes so the next agent sees it.",
    "I did what I could; the policy is not mine.",
    "Ask for a minute to check instead of guessing.",
    "Drink some water between calls.",
    "Thank them for waiting, every time.",
    "Tell my lead about the billing problem.",
    "Stop replaying it on the way home.",
)
JOURNALS = (
    "Hands were shaking after this one. The breathing helped a bit.",
    "Felt blamed for something I had nothing to do with.",
    "I kept my voice steady even though my heart was racing.",
    "They were scared, not really angry at me. I see it now.",
    "Third one like this today. I need to talk to my lead about the queue.",
    "Proud of how I handled the warning. Clear and calm.",
    "I should have offered the supervisor sooner.",
    "Could not stop thinking about it during the next call.",
    "The caller apologised at the end, which I did not expect.",
    "This billing migration is making every call a fight.",
    "Went for a walk at lunch and it helped more than I thought.",
    "I took it personally. It was not personal.",
    "Felt numb afterwards, just went on to the next call.",
    "I am tired of being the face of decisions I did not make.",
    "Good teamwork with second line today.",
    "My throat is tight. Going to take the full three minutes.",
    "I explained it four times. Maybe I should try a different way.",
    "He threatened me. I ended the call and logged it. Still shaken.",
    "She was crying about her late husband's account. I stayed with her.",
    "Angry at the system, not the caller.",
    "Relieved it is over. Next one.",
    "The script did not fit this call at all.",
    "I noticed I was clenching my jaw again.",
    "Nobody should be spoken to like that. I did the right thing.",
    "Felt useless because I could not fix it.",
    "Talked it through with a colleague, feel lighter now.",
    "Need an early night.",
    "Remember: warn once, offer a supervisor, end respectfully.",
    "Kept thinking of the call at the dinner table yesterday; not today.",
    "It went better than the last one like it.",
)

# --- the model ---------------------------------------------------------------

BASE_WEIGHTS = (48, 31, 14, 5.5, 1.5)
HARD_WEIGHTS = (26, 28, 24, 15, 7)
BURST_WEIGHTS = (10, 18, 30, 30, 12)
DURATION_MEDIAN_S = {1: 140, 2: 180, 3: 250, 4: 330, 5: 400}
PATTERN_EFFECT = {"cyclic_sigh": 2.3, "box": 1.8, "coherent": 1.6, "four_seven_eight": 1.2}
TAKE = {
    # kind: (taken, snoozed, dismissed); the rest expire
    PromptKind.RESET: (0.75, 0.05, 0.15),
    PromptKind.BREAK: (0.65, 0.12, 0.15),
    PromptKind.REFLECT: (0.7, 0.05, 0.2),
    PromptKind.MICRO_BREAK: (0.68, 0.12, 0.13),
    PromptKind.WIND_DOWN: (0.5, 0.05, 0.35),
    PromptKind.CHECKIN: (0.96, 0.01, 0.02),
}
BREAK_MINUTES = {
    PromptKind.RESET: 2,
    PromptKind.BREAK: 3,
    PromptKind.MICRO_BREAK: 1,
    PromptKind.WIND_DOWN: 1,
}


_FIELD = {
    Call: "calls",
    Break: "breaks",
    Prompt: "prompts",
    Reflection: "reflections",
    CheckIn: "checkins",
}


@dataclass
class _Out:
    calls: list[Call] = field(default_factory=list)
    breaks: list[Break] = field(default_factory=list)
    prompts: list[Prompt] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)


class _Agent:
    """One agent living through the days, writing records into ``out``."""

    def __init__(self, rng: random.Random, tz: tzinfo, first: date, last: date) -> None:
        self.rng = rng
        self.tz = tz
        self.first = first
        self.last = last
        self.out = _Out()
        span = (last - first).days
        season_start = first + timedelta(days=int(span * 0.6))
        self.rough = (season_start, season_start + timedelta(weeks=6))
        self.wind_down_from = first + timedelta(days=int(span * 0.45))
        self.hard_day = False
        self.topics: dict[str, str] = {}  # what each call was about, for its reflection

    # ids and small draws

    def id(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def favourite(self, day: date) -> str:
        share = (day - self.first).days / max(1, (self.last - self.first).days)
        if share < 0.35:
            return "box"
        if share < 0.7:
            return "cyclic_sigh"
        return "coherent" if share < 0.85 else "cyclic_sigh"

    # the calendar

    def work_days(self) -> list[date]:
        off: set[date] = set()
        for year in range(self.first.year, self.last.year + 1):
            summer = date(year, 7, 1) + timedelta(days=self.rng.randrange(45))
            other = date(year, self.rng.choice((4, 10)), 1) + timedelta(days=self.rng.randrange(20))
            off |= {summer + timedelta(days=n) for n in range(12)}
            off |= {other + timedelta(days=n) for n in range(7)}
            for _ in range(4):
                off.add(date(year, 1, 1) + timedelta(days=self.rng.randrange(365)))
        days = []
        day = self.first
        while day <= self.last:
            sick = self.chance(0.012)
            if sick:
                off |= {day + timedelta(days=n) for n in range(self.rng.randint(1, 3))}
            if day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS and day not in off:
                days.append(day)
            day += timedelta(days=1)
        return days

    # one day

    def live(self, day: date, checkin_day: bool) -> None:
        rng = self.rng
        self.hard_day = self.chance(0.55 if self.hard_day else 0.09)
        rough = self.rough[0] <= day < self.rough[1]
        hard_share = 0.8 if rough else (0.45 if self.hard_day else 0.0)
        start = datetime.combine(day, time(8), tzinfo=self.tz) + timedelta(
            minutes=rng.choice((0, 0, 15, 30, 30, 60))
        )
        end = start + SHIFT
        lunch_at = start + timedelta(hours=4, minutes=rng.randint(-30, 30))
        t = start + timedelta(minutes=rng.randint(3, 12))
        streak = 0
        last_prompt: datetime | None = None
        last_break_end = start
        previous_difficult = False
        lunched = checked_in = False
        snoozed: PromptKind | None = None
        snoozed_until = start
        calls_today = difficult_today = 0
        checkin_at = datetime.combine(day, time(15, rng.randint(0, 59)), tzinfo=self.tz)
        favourite = self.favourite(day)
        while t < end - timedelta(minutes=4):
            if not lunched and t >= lunch_at:
                t += LUNCH + timedelta(minutes=rng.randint(0, 10))
                lunched, last_break_end = True, t
                continue
            if checkin_day and not checked_in and t >= checkin_at:
                checked_in = True
                t = self.checkin(t, day)
                continue
            burst = previous_difficult and self.chance(0.45)
            call = self.call(t, burst, self.chance(hard_share))
            t = call.ended_at
            previous_difficult = is_difficult(call)
            calls_today += 1
            difficult_today += previous_difficult
            streak = streak + 1 if previous_difficult else 0
            stress = min(10.0, 2.5 + 0.9 * streak + (1.5 if self.hard_day or rough else 0.0))

            kind: PromptKind | None = None
            cooled = last_prompt is None or t - last_prompt >= COOLDOWN
            if is_severe(call):
                kind, stress = PromptKind.RESET, stress + 2.5
            elif streak >= STREAK_THRESHOLD and cooled:
                kind = PromptKind.BREAK
            elif Tag.ESCALATED in call.tags and cooled:
                kind = PromptKind.REFLECT
            elif snoozed is not None and t >= snoozed_until:
                kind, snoozed = snoozed, None
            elif t - last_break_end >= MICRO_EVERY and cooled:
                kind, stress = PromptKind.MICRO_BREAK, stress - 0.5
            if kind is not None:
                last_prompt = t
                t, took_break, outcome = self.prompt(kind, t, call, stress, favourite)
                if took_break:
                    streak, last_break_end = 0, t
                if outcome is PromptOutcome.SNOOZED and kind in BREAK_MINUTES:
                    snoozed, snoozed_until = kind, t + SNOOZE
            elif self.chance(0.12 if previous_difficult else 0.022):
                pause = self.pause(t, "manual", 60 * rng.choice((2, 3, 3, 5)), stress, favourite)
                t = pause.ended_at + timedelta(seconds=20)
                if pause.completed:
                    streak, last_break_end = 0, t
            t += timedelta(seconds=rng.randint(10, 60) + int(rng.expovariate(1 / 33)))
        t = max(t, end)
        if calls_today and difficult_today / calls_today >= 0.18 and self.chance(0.3):
            t = self.checkin(t, day, prompted=False)  # a hard day: from the menu
        if day >= self.wind_down_from:
            self.prompt(PromptKind.WIND_DOWN, t, None, 3.0, favourite)

    def call(self, t: datetime, burst: bool, hard: bool) -> Call:
        rng = self.rng
        weights = BURST_WEIGHTS if burst else HARD_WEIGHTS if hard else BASE_WEIGHTS
        difficulty = rng.choices((1, 2, 3, 4, 5), weights)[0]
        median = DURATION_MEDIAN_S[difficulty]
        duration = int(min(3600, max(30, rng.lognormvariate(math.log(median), 0.45))))
        tags = self.tags(difficulty, duration)
        note_p = (0.04, 0.05, 0.25, 0.5, 0.7)[difficulty - 1]
        note = None
        topic = rng.choice(TOPICS)
        if self.chance(note_p):
            note = sentence(rng.choice(note_pool(difficulty, tags)).format(topic=topic))
        call_id = self.id()
        self.topics[call_id] = topic
        return self.keep(
            Call.create(
                id=call_id,
                ended_at=t + timedelta(seconds=duration),
                difficulty=difficulty,
                tags=tags,
                duration_s=duration,
                note=note,
                source=rng.choices((Source.TRAY, Source.POPUP, Source.HOTKEY), (5, 3, 2))[0],
            )
        )

    def tags(self, difficulty: int, duration: int) -> list[Tag]:
        d = difficulty - 1
        tags = []
        if self.chance((0.0, 0.12, 0.4, 0.65, 0.75)[d]):
            tags.append(Tag.ANGRY)
        if self.chance((0.0, 0.0, 0.05, 0.35, 0.55)[d]):
            tags.append(Tag.ESCALATED)
        if self.chance((0.0, 0.0, 0.0, 0.0, 0.5)[d]):
            tags.append(Tag.ABUSIVE)
        elif self.chance((0.0, 0.0, 0.0, 0.0, 0.25)[d]):
            tags.append(Tag.THREATENING)
        if self.chance((0.92, 0.8, 0.6, 0.4, 0.25)[d]):
            tags.append(Tag.RESOLVED)
        elif self.chance(0.8):
            tags.append(Tag.UNRESOLVED)
        if duration > 900:
            tags.append(Tag.LONG)
        return tags

    def prompt(
        self, kind: PromptKind, t: datetime, call: Call | None, stress: float, favourite: str
    ) -> tuple[datetime, bool, PromptOutcome]:
        """Offer ``kind`` at ``t``: when the agent is free again, whether a break
        was completed, and what the agent did with the offer."""
        rng = self.rng
        taken, snoozed, dismissed = TAKE[kind]
        draw = rng.random()
        if draw < taken:
            outcome, delay = PromptOutcome.TAKEN, rng.randint(5, 90)
        elif draw < taken + snoozed:
            outcome, delay = PromptOutcome.SNOOZED, rng.randint(5, 40)
        elif draw < taken + snoozed + dismissed:
            outcome, delay = PromptOutcome.DISMISSED, rng.randint(3, 60)
        else:
            outcome, delay = PromptOutcome.EXPIRED, 30 * 60
        reason = {
            PromptKind.RESET: Reason(ReasonCode.SEVERE_CALL),
            PromptKind.BREAK: Reason.of(ReasonCode.STREAK, streak=STREAK_THRESHOLD),
            PromptKind.REFLECT: Reason(ReasonCode.ESCALATED),
            PromptKind.MICRO_BREAK: Reason(ReasonCode.MICRO_BREAK),
            PromptKind.WIND_DOWN: Reason(ReasonCode.WIND_DOWN),
            PromptKind.CHECKIN: Reason(ReasonCode.CHECKIN),
        }[kind]
        resolved = t + timedelta(seconds=delay)
        self.keep(
            Prompt(
                id=self.id(),
                kind=kind,
                created_at=t,
                reason=reason,
                severe=kind is PromptKind.RESET,
                call_id=None if call is None else call.id,
                outcome=outcome,
                resolved_at=resolved,
            )
        )
        if outcome is not PromptOutcome.TAKEN:
            return t, False, outcome
        free, took_break = resolved, False
        if kind in BREAK_MINUTES:
            pause = self.pause(resolved, kind.value, 0, stress, favourite, BREAK_MINUTES[kind])
            free, took_break = pause.ended_at + timedelta(seconds=20), pause.completed
        if call is not None and (
            kind is PromptKind.REFLECT or (kind is PromptKind.RESET and self.chance(0.5))
        ):
            free = self.reflect(free, call)
        return free, took_break, outcome

    def pause(
        self,
        t: datetime,
        trigger: str,
        seconds: int,
        stress: float,
        favourite: str,
        minutes: int | None = None,
    ) -> Break:
        rng = self.rng
        pattern = favourite if self.chance(0.7) else rng.choice(list(PATTERNS))
        planned = planned_seconds(get_pattern(pattern), minutes or max(1, seconds // 60))
        completed = self.chance(0.9)
        done = planned if completed else rng.randint(5, planned - 1)
        before = int(min(10, max(0, round(rng.gauss(stress, 1.3)))))
        effect = PATTERN_EFFECT[pattern] * min(1.0, before / 5) * rng.uniform(0.3, 1.6)
        after = int(min(10, max(0, round(before - effect + rng.gauss(0, 0.8)))))
        draw = rng.random()
        return self.keep(
            Break(
                id=self.id(),
                started_at=t,
                pattern=pattern,
                planned_s=planned,
                completed_s=done,
                outcome=BreakOutcome.COMPLETED if completed else BreakOutcome.SKIPPED,
                trigger=trigger,
                stress_before=before if draw < 0.92 else None,
                stress_after=after if completed and draw < 0.85 else None,
            )
        )

    def reflect(self, t: datetime, call: Call) -> datetime:
        rng = self.rng
        crossed_line = Tag.ABUSIVE in call.tags or Tag.THREATENING in call.tags
        topic = self.topics[call.id]
        steps = {
            step: rng.choices(
                (StepRating.WELL, StepRating.HARD, StepRating.NOT_RELEVANT),
                (3, 4, 1) if crossed_line else (6, 3, 1),
            )[0]
            for step in LastStep
            if self.chance(0.9)
        }
        crossed = True if crossed_line and self.chance(0.85) else rng.choice((False, None))
        written = t + timedelta(seconds=rng.randint(40, 110))
        self.keep(
            Reflection(
                id=self.id(),
                created_at=written,
                call_id=call.id,
                stress=int(min(10, max(0, round(rng.gauss(4 + call.difficulty * 0.7, 1.5))))),
                emotions=tuple(rng.sample(EMOTION_WORDS, rng.randint(1, 3))),
                caller_problem=sentence(rng.choice(CALLER_PROBLEMS).format(topic=topic))
                if self.chance(0.8)
                else "",
                caller_emotion=rng.choice(CALLER_EMOTIONS) if self.chance(0.75) else "",
                steps=steps,
                boundary_crossed=crossed,
                boundary_action=rng.choice(BOUNDARY_ACTIONS) if crossed else "",
                carry_forward=rng.choice(CARRY_FORWARD) if self.chance(0.7) else "",
                journal=rng.choice(JOURNALS) if self.chance(0.8) else "",
            )
        )
        return written + timedelta(seconds=10)

    def checkin(self, t: datetime, day: date, *, prompted: bool = True) -> datetime:
        free = t
        if prompted:
            free, _, outcome = self.prompt(PromptKind.CHECKIN, t, None, 0.0, "box")
            if outcome is not PromptOutcome.TAKEN:
                return t
        week_start = day - timedelta(days=day.weekday())
        week = [c for c in self.out.calls[-600:] if c.ended_at.date() >= week_start]
        share = sum(map(is_difficult, week)) / max(1, len(week))
        rough = self.rough[0] <= day < self.rough[1] + timedelta(weeks=2)
        level = {Part.PERSONAL: 30.0, Part.WORK: 35.0, Part.CUSTOMER: 40.0}
        answers = {}
        for item in ITEMS:
            mean = level[item.part] + 180 * (share - 0.12) + (18 if rough else 0)
            value = 25 * round(min(100, max(0, self.rng.gauss(mean, 18))) / 25)
            answers[item.id] = value
        written = free + timedelta(seconds=self.rng.randint(45, 100))
        self.keep(CheckIn(id=self.id(), created_at=written, answers=answers))
        return written

    def keep(self, record: R) -> R:
        bucket: list[R] = getattr(self.out, _FIELD[type(record)])
        bucket.append(record)
        return record


def generate(now: datetime, seed: int = 7) -> History:
    """Two years of one agent's records ending at ``now`` (aware), all before it.

    Times are in ``now``'s time zone; with a ``ZoneInfo`` the offsets follow
    daylight saving, as a real agent's would.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    tz = now.tzinfo
    rng = random.Random(seed)
    last = now.date()
    first = last - timedelta(days=DAYS - 1)
    agent = _Agent(rng, tz, first, last)
    days = agent.work_days()
    for index, day in enumerate(days):
        ends_week = (
            index + 1 == len(days) or days[index + 1].isocalendar()[:2] != (day.isocalendar()[:2])
        )
        agent.live(day, checkin_day=ends_week)
    out = agent.out

    def before(records: Sequence[R]) -> list[R]:
        return [record for record in records if record.at < now]

    return History.of(
        calls=before(out.calls),
        breaks=[b for b in out.breaks if b.ended_at < now],
        prompts=[
            p for p in out.prompts if p.at < now and (p.resolved_at is None or p.resolved_at < now)
        ],
        reflections=before(out.reflections),
        checkins=before(out.checkins),
    )


def write(store: Store, history: History) -> dict[str, int]:
    """Add ``history`` to ``store``, one ``add_many`` per kind; the number added."""
    return {
        "calls": store.calls.add_many(history.calls),
        "breaks": store.breaks.add_many(history.breaks),
        "prompts": store.prompts.add_many(history.prompts),
        "reflections": store.reflections.add_many(history.reflections),
        "checkins": store.checkins.add_many(history.checkins),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="the store to write into")
    parser.add_argument("--now", help="ISO time the history ends at (default: now)")
    parser.add_argument(
        "--tz",
        help="IANA time zone of the agent, e.g. Europe/Berlin (default: this machine's offset)",
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    zone = ZoneInfo(args.tz) if args.tz else None
    now = datetime.fromisoformat(args.now) if args.now else datetime.now(zone)
    if now.tzinfo is None:  # a bare --now is a wall-clock time in the zone
        now = now.replace(tzinfo=zone) if zone else now.astimezone()
    elif zone is not None:
        now = now.astimezone(zone)
    history = generate(now, args.seed)
    added = write(Store.open(args.data_dir), history)
    print(", ".join(f"{count:,} {kind}" for kind, count in added.items()) + " added")
    return 0


if __name__ == "__main__":
    sys.exit(main())
