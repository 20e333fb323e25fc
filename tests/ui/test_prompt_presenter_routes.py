"""The presenter opens the window a route names, with the route's arguments,
and hands the end of a shift to the service."""

from __future__ import annotations

import inspect
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.core.offer_route import can_reflect
from wellbeing.core.policy import Offer
from wellbeing.core.records import PromptKind, PromptOutcome
from wellbeing.core.settings import Settings
from wellbeing.services.notifier import NotifierChain
from wellbeing.services.prompting import PromptService
from wellbeing.store.store import Store
from wellbeing.ui.prompts.prompt_presenter import PromptPresenter
from wellbeing.ui.tray.actions import AgentActions
from wellbeing.ui.windows import Windows as RealWindows

START = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))
SETTINGS = Settings(default_break_min=2, reset_s=120)


class Card:
    def __init__(self) -> None:
        self.shown: dict[str, Any] = {}

    def show_prompt(self, *args: Any, **kwargs: Any) -> None:
        self.shown = kwargs

    def hide_prompt(self) -> None:
        pass

    def show(self) -> None:
        pass


class Windows:
    """Records each ``open_*`` call, bound to the real method's parameters,
    instead of opening a window."""

    def __init__(self) -> None:
        self.card = Card()
        self.opened: list[tuple[str, dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("open_"):
            raise AttributeError(name)
        signature = inspect.signature(getattr(RealWindows, name))

        def record(*args: Any, **kwargs: Any) -> None:
            bound = signature.bind(self, *args, **kwargs)
            bound.apply_defaults()
            self.opened.append((name, dict(list(bound.arguments.items())[1:])))

        return record


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path)


@pytest.fixture
def service(store: Store, clock: FakeClock) -> PromptService:
    return PromptService(store, clock, SETTINGS)


@pytest.fixture
def windows() -> Windows:
    return Windows()


@pytest.fixture
def presenter(
    qtbot: QtBot, service: PromptService, windows: Windows, clock: FakeClock
) -> PromptPresenter:
    actions = AgentActions()
    made = PromptPresenter(service, windows, actions, NotifierChain([]))
    service.prompt_ready.connect(made.on_ready)
    return made


def breathing(seconds: int, trigger: str, reflect_on: object) -> dict[str, object]:
    return {"settings": SETTINGS, "seconds": seconds, "trigger": trigger, "reflect_on": reflect_on}


def severe_offer(service: PromptService) -> Offer:
    shown: list[Offer] = []
    service.prompt_ready.connect(shown.append)
    service.log_call(5)
    (offer,) = shown
    return offer


def test_a_break_from_the_menu_breathes_for_the_default(
    presenter: PromptPresenter, windows: Windows
) -> None:
    presenter.on_break_requested()
    assert windows.opened == [("open_breathing", breathing(120, "manual", None))]


def test_start_on_a_severe_card_breathes_then_offers_that_call(
    presenter: PromptPresenter, service: PromptService, windows: Windows
) -> None:
    offer = severe_offer(service)
    assert windows.card.shown["can_reflect"] is can_reflect(offer) is True
    presenter.on_start()
    call = service.call(offer.call_id)
    assert call is not None
    assert windows.opened == [("open_breathing", breathing(120, "reset", call))]


def test_reflect_on_a_severe_card_reflects_then_offers_the_reset(
    presenter: PromptPresenter, service: PromptService, windows: Windows
) -> None:
    offer = severe_offer(service)
    presenter.on_reflect()
    call = service.call(offer.call_id)
    then = (SETTINGS, 120, "reset")
    assert windows.opened == [("open_reflection", {"call": call, "then_breathe": then})]


def test_reflecting_from_the_menu_is_on_the_last_call(
    presenter: PromptPresenter, service: PromptService, windows: Windows
) -> None:
    last = service.log_call(2)
    presenter.on_reflect_requested()
    assert windows.opened == [("open_reflection", {"call": last, "then_breathe": None})]


def test_the_wind_down_and_the_end_of_the_shift(
    presenter: PromptPresenter, service: PromptService, store: Store, windows: Windows
) -> None:
    presenter.on_wind_down_requested()
    ((name, args),) = windows.opened
    assert name == "open_wind_down"
    assert (args["settings"], args["rest_until"]) == (SETTINGS, service.rest_until())
    presenter.on_left_behind("A long day.")
    presenter.on_shift_done()
    assert service.paused_until == service.rest_until()
    assert [r.journal for r in store.reflections.all()] == ["A long day."]


def test_a_taken_offer_is_answered_once(
    presenter: PromptPresenter, service: PromptService, store: Store, windows: Windows
) -> None:
    severe_offer(service)
    presenter.on_start()
    presenter.on_start()
    assert len(windows.opened) == 1
    assert [(p.kind, p.outcome) for p in store.prompts.all()] == [
        (PromptKind.RESET, PromptOutcome.TAKEN)
    ]
