"""A card's state rebuilt from its answers and steps, so that devices which studied apart agree.

Why replay rather than merge states: each device computed its own states from the answers it
saw, and with answers from another device interleaved in time no stored state is right any
more. The answers are the truth; the state is a function of them. Replaying a card's answers in
time order (ties by id) through the one scheduler (:class:`~kzjp_tutor.core.scheduling.Planner`,
called, never copied) gives the same state on every device that holds the same answers.

The card steps that change a schedule take part in the same order: a ``reset`` forgets the
state (the next answer starts the card again, as on the device that reset it) and a ``shown``
gives a card without a state its showing schedule (:meth:`~kzjp_tutor.core.scheduling.Planner.shown`);
a showing of a card that already has a state — it was answered on another device first —
changes nothing. Suspension is not a schedule: the latest suspend or unsuspend in the same order
decides it (:func:`suspended_by`).

Fuzzing is off while replaying: fsrs spreads long intervals with Python's global ``random``, so
two replays of the same answers would differ. The student's live answer is still fuzzed; the
first sync that touches the card settles it on the unfuzzed schedule, on every device alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

import fsrs

from ..deck import Deck
from ..scheduling import Planner
from ..settings import Settings
from ..store.records import CardState, format_ts

__all__ = ["Answer", "Replayed", "Step", "StepBefore", "replay_card", "replay_planner", "suspended_by"]


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
class Step:
    """What replay needs of one card step. Only shown and reset change a schedule; the others are
    placed in the order too, so that each step's record of the answer before it is the same on
    every device."""

    id: str
    time: dt.datetime
    kind: Literal["shown", "suspend", "unsuspend", "flag", "reset"]

    @property
    def order(self) -> tuple[str, str]:
        """The same order as :attr:`Answer.order`."""
        return (format_ts(self.time), self.id)


@dataclass(frozen=True, slots=True)
class StepBefore:
    """A step as replay met it: the state before it and the card's latest answer before it."""

    id: str
    state: CardState | None
    after_review: str | None


@dataclass(frozen=True, slots=True)
class Replayed:
    """A card after replay: its state and, for each answer in order, the state before it."""

    state: CardState | None
    """None when the card's last schedule step was a reset."""
    before: list[tuple[str, CardState | None]]
    """(review id, state before it; None for a card's first answer or the first after a reset), in replay order."""
    steps: list[StepBefore] = field(default_factory=list)
    """Each step in replay order (what undo needs to put back)."""


def replay_planner(
    settings: Settings, decks: Iterable[Deck] = (), *, deck_sizes: Mapping[str, int] | None = None
) -> Planner:
    """The scheduler replay uses: the student's settings, without fuzzing (see the module docstring).

    It knows the decks' sizes as the live one does (:meth:`~kzjp_tutor.core.scheduling.Planner.know_decks`,
    called by the study queue): a deck too big for ``exam_window_days`` of ``max_reviews_per_day``
    has a longer window, and an answer in its extra days keeps fsrs's due where a planner that
    did not know the size would cut it to the eve, so a sync of a device with itself moved dues.
    ``deck_sizes`` carries sizes already counted (a planner's own) over to new settings.
    """
    planner = Planner(settings, enable_fuzzing=False, deck_sizes=deck_sizes)
    planner.know_decks(decks)
    return planner


def replay_card(
    planner: Planner,
    deck_id: str,
    card_id: str,
    answers: Iterable[Answer],
    steps: Iterable[Step] = (),
) -> Replayed | None:
    """Rebuild one card from its (not undone) answers and schedule steps; None if it has neither.

    Args:
        planner: From :func:`replay_planner`.
        deck_id: The card's deck.
        card_id: The card.
        answers: Its answers in any order; they are sorted here.
        steps: Its steps in any order, merged with the answers by time.
    """
    timeline: list[Answer | Step] = sorted([*answers, *steps], key=lambda item: item.order)
    if not timeline:
        return None
    state: CardState | None = None
    before: list[tuple[str, CardState | None]] = []
    met: list[StepBefore] = []
    latest: str | None = None
    for item in timeline:
        if isinstance(item, Answer):
            before.append((item.id, state))
            base = state if state is not None else planner.new_state(deck_id, card_id, item.time)
            state = planner.review(
                base, fsrs.Rating(item.rating), item.time, duration_ms=item.duration_ms
            ).state
            latest = item.id
            continue
        met.append(StepBefore(item.id, state, latest))
        if item.kind == "reset":
            state = None
        elif item.kind == "shown" and state is None:
            state = planner.shown(deck_id, card_id, item.time)
    return Replayed(state, before, met)


def suspended_by(changes: Iterable[tuple[dt.datetime, str, bool]]) -> tuple[bool, dt.datetime | None]:
    """Whether a card is suspended after these (time, event id, suspend?) changes, and since when.

    The latest in replay order (time, then id) decides, so every device agrees however the
    events reached it.
    """
    ordered = sorted(changes, key=lambda change: (format_ts(change[0]), change[1]))
    if not ordered or not ordered[-1][2]:
        return False, None
    return True, ordered[-1][0]
