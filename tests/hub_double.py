"""A team hub double for the agent's side where no server is needed: what was sent, what is open."""

from __future__ import annotations

from collections.abc import Callable

from wellbeing.services.hub_client import Enrolment, HubError


class FakeHub:
    """A hub double for what needs no server: what was sent, and where the lock was."""

    def __init__(self, on_submit: Callable[[], bool] | None = None) -> None:
        self.sent: list[tuple[str, dict[str, object]]] = []
        self.open: dict[str, str] = {}
        self.lock_free_while_sending: list[bool] = []
        self._on_submit = on_submit
        self.fail_with: HubError | None = None

    def client(self, url: str) -> FakeHub:
        self.url = url.rstrip("/")
        return self

    def enroll(self, invite: str) -> Enrolment:
        return Enrolment("wba_credential", "support", "Works council", 5)

    def submit(self, credential: str, pulse: dict[str, object]) -> str:
        if self.fail_with is not None:
            raise self.fail_with
        if self._on_submit is not None:
            self.lock_free_while_sending.append(self._on_submit())
        self.sent.append((credential, pulse))
        receipt = f"wbr_{len(self.sent)}"
        self.open[str(pulse["week"])] = receipt
        return receipt

    def retract(self, credential: str, receipt: str) -> None:
        self.open = {w: r for w, r in self.open.items() if r != receipt}
