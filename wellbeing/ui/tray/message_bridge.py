"""The Qt end of the message channel: messages from any thread, shown in the GUI thread.

``services.messages.MessageChannel`` holds what layers report until the UI
attaches; ``MessageBridge.attach`` is that moment (once the tray shows).
Each message is re-emitted as ``arrived``, which Qt queues to the GUI
thread when the report came from a worker, then worded (a title per topic)
and shown through the notifier chain, whose last link, the in-app toast,
never fails.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from wellbeing.services.messages import Message, MessageChannel, Topic
from wellbeing.services.notifier import NotifierChain


class MessageBridge(QObject):
    arrived = Signal(object)
    """A ``Message``, in the GUI thread."""

    def __init__(
        self, channel: MessageChannel, notifier: NotifierChain, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._channel = channel
        self._notifier = notifier
        self.arrived.connect(self.on_arrived)

    def attach(self) -> None:
        """Start showing: what was held comes now, the rest as it is reported."""
        self._channel.attach(self.arrived.emit)

    def detach(self) -> None:
        self._channel.detach()

    def on_arrived(self, message: Message) -> None:
        self._notifier.notify(self.title(message.topic), message.text)

    def title(self, topic: Topic) -> str:
        titles = {
            Topic.DATA: self.tr("wellbeing kept your data safe"),
            Topic.SHARING: self.tr("Team sharing did not work"),
            Topic.AUTOSTART: self.tr("Starting at login could not be changed"),
            Topic.RUNNING: self.tr("wellbeing is already running"),
            Topic.CALLS: self.tr("Noticing your calls"),
        }
        return titles[topic]
