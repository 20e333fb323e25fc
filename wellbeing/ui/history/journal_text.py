"""What the journal says about an entry, in the agent's language.

The core's ``Entry`` holds no words; the window composes them here from
the structured fields: the list's
columns (``when``, ``kind_names``, ``difficulty_text``, ``tags_text``,
``summary``) and the side panel (``details_html``: every field of the
record, one labelled line each, in plain words).

What the agent wrote is shown as written (escaped for the panel's rich
text); the vocabularies (feelings, the caller's emotion, tags, steps) are
shown through the labels the reflection dialog uses, so a translation never
changes what was stored. An id that is not in a vocabulary (an old or
imported word) is shown as it is.

Every string is a literal inside ``QCoreApplication.translate("JournalText",
...)``, so pyside6-lupdate extracts it.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from wellbeing.core.breathing import PATTERNS
from wellbeing.core.journal import Entry, EntryKind
from wellbeing.core.records import Break, Call, Reflection, Source, Tag
from wellbeing.ui.breathing.breathing_text import pattern_title
from wellbeing.ui.date_text import day_and_clock
from wellbeing.ui.duration_text import duration_text
from wellbeing.ui.reflection.reflection_fields import (
    call_context,
    caller_emotion_labels,
    feeling_labels,
    rating_labels,
    step_labels,
    tag_labels,
)

# --- short words ---------------------------------------------------------------


def difficulty_words() -> dict[int, str]:
    """DESIGN.md, Calls: the meaning of each difficulty."""
    return {
        1: QCoreApplication.translate("JournalText", "routine"),
        2: QCoreApplication.translate("JournalText", "a bit tense"),
        3: QCoreApplication.translate("JournalText", "tough"),
        4: QCoreApplication.translate("JournalText", "difficult"),
        5: QCoreApplication.translate("JournalText", "severe"),
    }


def difficulty_text(difficulty: int | None) -> str:
    """ "4 · difficult", or "" for an entry without a difficulty."""
    if difficulty is None:
        return ""
    return QCoreApplication.translate("JournalText", "{n} · {word}").format(
        n=QLocale().toString(difficulty), word=difficulty_words()[difficulty]
    )


def call_difficulty_text(difficulty: int | None) -> str:
    """A call's difficulty, or "not rated" for a call the agent has not rated yet."""
    if difficulty is None:
        return QCoreApplication.translate("JournalText", "not rated")
    return difficulty_text(difficulty)


def kind_names() -> dict[EntryKind, str]:
    """One entry's kind, as the list's "Kind" column shows it."""
    return {
        EntryKind.CALL: QCoreApplication.translate("JournalText", "Call"),
        EntryKind.REFLECTION: QCoreApplication.translate("JournalText", "Reflection"),
        EntryKind.BREAK: QCoreApplication.translate("JournalText", "Break"),
    }


def kind_filter_names() -> dict[str, str]:
    """The kind filter's chips, by ``EntryKind`` value."""
    return {
        EntryKind.CALL.value: QCoreApplication.translate("JournalText", "Calls"),
        EntryKind.REFLECTION.value: QCoreApplication.translate("JournalText", "Reflections"),
        EntryKind.BREAK.value: QCoreApplication.translate("JournalText", "Breaks"),
    }


def tags_text(tags: tuple[Tag, ...]) -> str:
    names = tag_labels()
    return QCoreApplication.translate("JournalText", ", ").join(names[tag] for tag in tags)


def when(at: datetime) -> str:
    """The date and time of a record in the one day format (``date_text``), in its own offset."""
    return day_and_clock(at)


def _long_when(at: datetime) -> str:
    """ "Friday, 20 November 2026, 15:43": the long date and the short time."""
    locale = QLocale()
    day = locale.toString(QDate(at.year, at.month, at.day), QLocale.FormatType.LongFormat)
    moment = locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("JournalText", "{date}, {time}").format(date=day, time=moment)


def _pattern_name(pattern_id: str) -> str:
    pattern = PATTERNS.get(pattern_id)
    return pattern_title(pattern) if pattern is not None else pattern_id


def _one_line(text: str, limit: int = 140) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _stress_change(pause: Break) -> str:
    before, after = pause.stress_before, pause.stress_after
    if before is not None and after is not None:
        return QCoreApplication.translate("JournalText", "stress {before} → {after}").format(
            before=before, after=after
        )
    if before is not None:
        return QCoreApplication.translate("JournalText", "stress before {n}").format(n=before)
    if after is not None:
        return QCoreApplication.translate("JournalText", "stress after {n}").format(n=after)
    return ""


def summary(entry: Entry) -> str:
    """One line for the list's "Summary" column."""
    record = entry.record
    if isinstance(record, Call):
        return _one_line(record.note or "")  # the tags have their own column
    if isinstance(record, Reflection):
        for text in (record.journal, record.carry_forward, record.caller_problem):
            if text.strip():
                return _one_line(text)
        feelings = feeling_labels()
        return QCoreApplication.translate("JournalText", ", ").join(
            feelings.get(word, word) for word in record.emotions
        )
    parts = [_pattern_name(record.pattern)]
    if not record.completed:
        parts.append(QCoreApplication.translate("JournalText", "left early"))
    change = _stress_change(record)
    if change:
        parts.append(change)
    return QCoreApplication.translate("JournalText", " · ").join(parts)


# --- the side panel ---------------------------------------------------------------


_minutes = duration_text


def _stress(value: int | None) -> str:
    if value is None:
        return QCoreApplication.translate("JournalText", "not recorded")
    return QCoreApplication.translate("JournalText", "{n} of 10").format(n=value)


def source_names() -> dict[Source, str]:
    return {
        Source.TRAY: QCoreApplication.translate("JournalText", "the tray menu"),
        Source.POPUP: QCoreApplication.translate("JournalText", "the quick-log popup"),
        Source.HOTKEY: QCoreApplication.translate("JournalText", "a keyboard shortcut"),
        Source.CLI: QCoreApplication.translate("JournalText", "the command line"),
        Source.API: QCoreApplication.translate("JournalText", "another program"),
    }


def trigger_names() -> dict[str, str]:
    """What started a break (``Break.trigger``: a prompt kind, or ``manual``)."""
    return {
        "manual": QCoreApplication.translate("JournalText", "you, from the menu"),
        "reset": QCoreApplication.translate("JournalText", "a reset offered after a severe call"),
        "break": QCoreApplication.translate(
            "JournalText", "a break offered after difficult calls in a row"
        ),
        "micro_break": QCoreApplication.translate("JournalText", "a scheduled micro-break"),
        "wind_down": QCoreApplication.translate("JournalText", "the end-of-shift wind-down"),
    }


def _yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("JournalText", "Not answered")
    if value:
        return QCoreApplication.translate("JournalText", "Yes")
    return QCoreApplication.translate("JournalText", "No")


def _written(text: str | None) -> str:
    """The agent's words as rich text: escaped, line breaks kept."""
    if not text:
        return ""
    return escape(text).replace("\n", "<br>")


def _rows(title: str, rows: list[tuple[str, str]]) -> str:
    """A heading, then each label over its value (a side panel is narrow); empty
    values are left out."""
    lines = "".join(
        f'<p style="margin: 10px 0 0 0;"><b>{escape(label)}</b><br>{value}</p>'
        for label, value in rows
        if value
    )
    return f'<h3 style="margin-bottom: 4px;">{escape(title)}</h3>{lines}'


def _call_rows(call: Call) -> tuple[str, list[tuple[str, str]]]:
    title = QCoreApplication.translate("JournalText", "Call: {difficulty}").format(
        difficulty=call_difficulty_text(call.difficulty)
    )
    duration = "" if call.duration_s is None else escape(_minutes(call.duration_s))
    return title, [
        (QCoreApplication.translate("JournalText", "Ended"), escape(_long_when(call.ended_at))),
        (
            QCoreApplication.translate("JournalText", "Difficulty"),
            escape(call_difficulty_text(call.difficulty)),
        ),
        (QCoreApplication.translate("JournalText", "Tags"), escape(tags_text(call.tags))),
        (QCoreApplication.translate("JournalText", "Duration"), duration),
        (QCoreApplication.translate("JournalText", "Note"), _written(call.note)),
        (
            QCoreApplication.translate("JournalText", "Logged from"),
            escape(source_names().get(call.source, call.source.value)),
        ),
    ]


def _reflection_rows(
    reflection: Reflection, call: Call | None, now: datetime
) -> tuple[str, list[tuple[str, str]]]:
    title = QCoreApplication.translate("JournalText", "Reflection")
    feelings = feeling_labels()
    caller = caller_emotion_labels()
    steps, ratings = step_labels(), rating_labels()
    separator = QCoreApplication.translate("JournalText", ", ")
    step_lines = "<br>".join(
        escape(
            QCoreApplication.translate("JournalText", "{step}: {rating}").format(
                step=name, rating=ratings[reflection.steps[step]]
            )
        )
        for step, name in steps.items()
        if step in reflection.steps
    )
    if reflection.call_id is None:
        linked = QCoreApplication.translate("JournalText", "not linked to a call")
    elif call is None:
        linked = QCoreApplication.translate("JournalText", "a call no longer in the journal")
    else:
        linked = call_context(call, now)
    return title, [
        (
            QCoreApplication.translate("JournalText", "Written"),
            escape(_long_when(reflection.created_at)),
        ),
        (QCoreApplication.translate("JournalText", "About"), escape(linked)),
        (
            QCoreApplication.translate("JournalText", "Stress after the call"),
            escape(_stress(reflection.stress)),
        ),
        (
            QCoreApplication.translate("JournalText", "How I felt"),
            escape(separator.join(feelings.get(word, word) for word in reflection.emotions)),
        ),
        (
            QCoreApplication.translate("JournalText", "The caller's problem"),
            _written(reflection.caller_problem),
        ),
        (
            QCoreApplication.translate("JournalText", "The caller's emotion"),
            escape(caller.get(reflection.caller_emotion, reflection.caller_emotion)),
        ),
        (
            QCoreApplication.translate("JournalText", "Listen, Acknowledge, Solve, Thank"),
            step_lines,
        ),
        (
            QCoreApplication.translate("JournalText", "A line was crossed"),
            escape(_yes_no(reflection.boundary_crossed)),
        ),
        (
            QCoreApplication.translate("JournalText", "What I did about it"),
            _written(reflection.boundary_action),
        ),
        (
            QCoreApplication.translate("JournalText", "What I carry forward"),
            _written(reflection.carry_forward),
        ),
        (QCoreApplication.translate("JournalText", "Journal"), _written(reflection.journal)),
    ]


def _break_rows(pause: Break) -> tuple[str, list[tuple[str, str]]]:
    title = QCoreApplication.translate("JournalText", "Break: {pattern}").format(
        pattern=_pattern_name(pause.pattern)
    )
    if pause.completed:
        outcome = QCoreApplication.translate("JournalText", "breathed to the end")
    else:
        outcome = QCoreApplication.translate("JournalText", "left early")
    return title, [
        (
            QCoreApplication.translate("JournalText", "Started"),
            escape(_long_when(pause.started_at)),
        ),
        (
            QCoreApplication.translate("JournalText", "Breathing pattern"),
            escape(_pattern_name(pause.pattern)),
        ),
        (QCoreApplication.translate("JournalText", "Planned"), escape(_minutes(pause.planned_s))),
        (
            QCoreApplication.translate("JournalText", "Breathed"),
            escape(_minutes(pause.completed_s)),
        ),
        (QCoreApplication.translate("JournalText", "How it ended"), escape(outcome)),
        (
            QCoreApplication.translate("JournalText", "Started by"),
            escape(trigger_names().get(pause.trigger, pause.trigger)),
        ),
        (
            QCoreApplication.translate("JournalText", "Stress before"),
            escape(_stress(pause.stress_before)),
        ),
        (
            QCoreApplication.translate("JournalText", "Stress after"),
            escape(_stress(pause.stress_after)),
        ),
    ]


def details_html(entry: Entry, linked_call: Call | None, now: datetime) -> str:
    """Every field of the entry's record, labelled, as rich text for the side panel.

    ``linked_call`` is the call a reflection is about, when it is loaded;
    ``now`` places that call's time ("Call at 14:32" today, with the date
    on another day).
    """
    record = entry.record
    if isinstance(record, Call):
        title, rows = _call_rows(record)
    elif isinstance(record, Reflection):
        title, rows = _reflection_rows(record, linked_call, now)
    else:
        title, rows = _break_rows(record)
    return _rows(title, rows)


def no_entry_html() -> str:
    text = QCoreApplication.translate(
        "JournalText",
        "Choose an entry and press Enter (or double-click it) to read all of it here.",
    )
    return f"<p>{escape(text)}</p>"
