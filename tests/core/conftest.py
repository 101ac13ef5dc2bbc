"""Fixtures for the core tests: a throwaway home, a fixed UTC time, small decks, an open store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

T0 = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
"""The tests' "now": a Tuesday morning at the start of term."""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh home folder; KZJP_TUTOR_HOME points at it so nothing touches the real one."""
    path = tmp_path / "home"
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(path))
    return path


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    """An open store in ``home``."""
    with Store.open(home, now=T0) as opened:
        yield opened


class MovableClock:
    """A fixed clock the test moves by hand."""

    def __init__(self, when: dt.datetime) -> None:
        self.when = when

    def advance(self, **delta: float) -> None:
        """Move time forward."""
        self.when += dt.timedelta(**delta)

    def clock(self) -> Clock:
        """A Clock reading this object's time."""
        return Clock(lambda: self.when)


@pytest.fixture
def moving() -> MovableClock:
    """A clock at T0 that the test advances."""
    return MovableClock(T0)


def planner(**settings: Any) -> Planner:
    """A planner without fuzzing, so intervals are exact."""
    return Planner(Settings(**settings), enable_fuzzing=False)


def make_deck(deck_id: str = "demo", sections: dict[str, list[dict[str, Any]]] | None = None) -> Deck:
    """A deck from {section id: [card dicts]}; text cards need only id, prompt and answer."""
    if sections is None:
        sections = {
            "s1": [
                {"id": "capital", "prompt": "What is the capital of Japan?", "answer": "Tokyo"},
                {"id": "founded", "prompt": "In which year was the embassy opened?", "answer": "1992"},
                {"id": "river", "prompt": "Name the longest river of Kazakhstan.", "answer": "Irtysh"},
            ],
            "s2": [
                {"id": "pm", "prompt": "Who proposed Silk Road diplomacy?", "answer": "Hashimoto"},
                {"id": "steppe", "prompt": "Which animal is on the state emblem?", "answer": "Tulpar"},
            ],
        }
    return Deck.model_validate(
        {
            "format": 1,
            "deck": {"id": deck_id, "title": f"Deck {deck_id}", "language": "en"},
            "sections": [
                {"id": sid, "title": f"Section {sid}", "cards": cards} for sid, cards in sections.items()
            ],
        }
    )


DeckFactory = Callable[..., Deck]


@pytest.fixture
def deck() -> Deck:
    """The default five-card, two-section deck."""
    return make_deck()


@pytest.fixture
def t0() -> dt.datetime:
    """The tests' fixed "now"."""
    return T0


@pytest.fixture(name="make_deck")
def make_deck_fixture() -> Callable[..., Deck]:
    """The :func:`make_deck` factory."""
    return make_deck


@pytest.fixture(name="make_planner")
def make_planner_fixture() -> Callable[..., Planner]:
    """The :func:`planner` factory (fuzzing off)."""
    return planner
