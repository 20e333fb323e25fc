"""A notice that is not a problem is said once per data folder, not at every start."""

from __future__ import annotations

from pathlib import Path

from wellbeing.services.messages import Message, MessageChannel, Topic
from wellbeing.services.said_notices import FILE_NAME, KEPT, SaidNotices

NOT_DETECTED = "Calls are not detected on this machine (no sound server, no microphone)."


def heard(folder: Path, *texts: str) -> list[str]:
    """What one start of the app says of ``texts``, told in that order."""
    channel = MessageChannel()
    said: list[Message] = []
    channel.attach(said.append)
    notices = SaidNotices(folder, channel)
    for text in texts:
        notices.notice_once(text, Topic.CALLS)
    assert all(m.topic is Topic.CALLS and not m.problem for m in said)
    return [m.text for m in said]


def test_the_first_start_says_it_and_the_next_mornings_do_not(tmp_path: Path) -> None:
    assert heard(tmp_path, NOT_DETECTED) == [NOT_DETECTED]
    assert heard(tmp_path, NOT_DETECTED) == []
    assert heard(tmp_path, NOT_DETECTED, NOT_DETECTED) == []


def test_a_new_reason_is_said_once_more(tmp_path: Path) -> None:
    heard(tmp_path, NOT_DETECTED)
    other = "Calls are not detected on this machine (the sound server stopped answering)."
    assert heard(tmp_path, other, NOT_DETECTED) == [other]


def test_the_file_is_private_and_stays_small(tmp_path: Path) -> None:
    heard(tmp_path, *(f"notice {n}" for n in range(KEPT + 5)))
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o777 == 0o600
    assert heard(tmp_path, "notice 0") == ["notice 0"]  # the oldest was let go
    assert heard(tmp_path, f"notice {KEPT + 4}") == []


def test_an_unreadable_file_means_saying_it_again_never_keeping_it_back(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"said": "not a list"')
    assert heard(tmp_path, NOT_DETECTED) == [NOT_DETECTED]
    assert heard(tmp_path, NOT_DETECTED) == []


def test_a_file_that_cannot_be_written_still_lets_it_be_heard(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).mkdir()
    assert heard(tmp_path, NOT_DETECTED) == [NOT_DETECTED]
    assert heard(tmp_path, NOT_DETECTED) == [NOT_DETECTED]
