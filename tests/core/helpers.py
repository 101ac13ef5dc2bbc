"""What the core tests share besides fixtures: the fixed "now", a clock the test moves, small decks.

Test modules import these from here; the fixtures in ``conftest.py`` are built on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.settings import Settings

T0 = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
"""The tests' "now": a Tuesday morning at the start of term."""


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
"""What the ``make_deck`` fixture returns."""
PlannerFactory = Callable[..., Planner]
"""What the ``make_planner`` fixture returns."""
