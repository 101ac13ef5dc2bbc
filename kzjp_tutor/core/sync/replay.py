"""A card's state rebuilt from its answers, so that devices which studied apart agree.

Why replay rather than merge states: each device computed its own states from the answers it
saw, and with answers from another device interleaved in time no stored state is right any
more. The answers are the truth; the state is a function of them. Replaying a card's answers in
time order (ties by id) through the one scheduler (:class:`~kzjp_tutor.core.scheduling.Planner`,
called, never copied) gives the same state on every device that holds the same answers.

Fuzzing is off while replaying: fsrs spreads long intervals with Python's global ``random``, so
two replays of the same answers would differ. The student's live answer is still fuzzed; the
first sync that touches the card settles it on the unfuzzed schedule, on every device alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import fsrs

from ..scheduling import Planner
from ..settings import Settings
from ..store.records import CardState, format_ts

__all__ = ["Answer", "Replayed", "replay_card", "replay_planner"]


@dataclass(frozen=True, slots=True)
class Answer:
    """What replay needs of one answer."""

    id: str
    time: dt.datetime
    rating: int
    duration_ms: int | None = None

    @property
    def order(self) -> tuple[str, str]:
        """Time order, ties broken by id: the same on every device."""
        return (format_ts(self.time), self.id)


@dataclass(frozen=True, slots=True)
class Replayed:
    """A card after replay: its state and, for each answer in order, the state before it."""

    state: CardState
    before: list[tuple[str, CardState | None]]
    """(review id, state before it; None for the first answer), in replay order."""


def replay_planner(settings: Settings) -> Planner:
    """The scheduler replay uses: the student's settings, without fuzzing (see the module docstring)."""
    return Planner(settings, enable_fuzzing=False)


def replay_card(planner: Planner, deck_id: str, card_id: str, answers: Iterable[Answer]) -> Replayed | None:
    """Rebuild one card from its (not undone) answers; None if it has none.

    Args:
        planner: From :func:`replay_planner`.
        deck_id: The card's deck.
        card_id: The card.
        answers: Its answers in any order; they are sorted here.
    """
    ordered = sorted(answers, key=lambda a: a.order)
    if not ordered:
        return None
    state = planner.new_state(deck_id, card_id, ordered[0].time)
    before: list[tuple[str, CardState | None]] = []
    for number, answer in enumerate(ordered):
        before.append((answer.id, state if number else None))
        state = planner.review(
            state, fsrs.Rating(answer.rating), answer.time, duration_ms=answer.duration_ms
        ).state
    return Replayed(state, before)
