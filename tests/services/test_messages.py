"""The message channel: nothing reported is lost, whatever the thread and however early."""

from __future__ import annotations

import threading

from wellbeing.services.messages import HELD_MAX, Message, MessageChannel, Topic


def test_what_comes_before_the_ui_is_held_and_handed_over_in_order() -> None:
    channel = MessageChannel()
    channel.report("moved calls/2026-W47.json aside")
    channel.notice("Its icon is in the system tray.", Topic.RUNNING)
    shown: list[Message] = []
    channel.attach(shown.append)
    assert shown == [
        Message(Topic.DATA, "moved calls/2026-W47.json aside", problem=True),
        Message(Topic.RUNNING, "Its icon is in the system tray.", problem=False),
    ]
    channel.report("later", Topic.SHARING)
    assert shown[-1] == Message(Topic.SHARING, "later")


def test_reports_from_many_threads_all_arrive() -> None:
    channel = MessageChannel()
    shown: list[Message] = []
    lock = threading.Lock()

    def listener(message: Message) -> None:
        with lock:
            shown.append(message)

    def reporter(n: int) -> None:
        for i in range(50):
            channel.report(f"{n}-{i}")
            if n == 0 and i == 25:
                channel.attach(listener)

    threads = [threading.Thread(target=reporter, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(m.text for m in shown) == sorted(f"{n}-{i}" for n in range(4) for i in range(50))


def test_once_detached_messages_are_held_again() -> None:
    channel = MessageChannel()
    shown: list[Message] = []
    channel.attach(shown.append)
    channel.detach()
    channel.report("while no one listens")
    assert shown == []
    channel.attach(shown.append)
    assert [m.text for m in shown] == ["while no one listens"]


def test_a_listener_may_report_in_turn() -> None:
    channel = MessageChannel()
    shown: list[str] = []

    def listener(message: Message) -> None:
        shown.append(message.text)
        if message.text == "first":
            channel.report("second")

    channel.attach(listener)
    channel.report("first")
    assert shown == ["first", "second"]


def test_held_messages_are_bounded_keeping_the_newest() -> None:
    channel = MessageChannel()
    for i in range(HELD_MAX + 10):
        channel.report(str(i))
    shown: list[Message] = []
    channel.attach(shown.append)
    assert len(shown) == HELD_MAX
    assert shown[-1].text == str(HELD_MAX + 9)
