"""Per-deck and per-section counts for the home screen, computed off the UI thread.

UI-free: it reads the store and asks the planner, and returns plain dataclasses the home
screen only displays. "Mastered" follows the common "mature card" convention (a card in the
Review state whose fsrs stability is at least :data:`MASTERED_DAYS`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import fsrs

from .catalog import DeckEntry
from .deck import Deck
from .scheduling import ExamPlan, Planner, new_cards_left
from .settings import Settings
from .store import CardState, Store

__all__ = ["MASTERED_DAYS", "Counts", "DeckOverview", "build_overview", "estimate_session", "extra_cards"]

MASTERED_DAYS = 21.0
"""Stability (days) from which a reviewed card counts as mastered."""


@dataclass(slots=True)
class Counts:
    """How many cards of a section (or deck) are in each bucket."""

    due: int = 0
    new: int = 0
    learning: int = 0
    mastered: int = 0
    total: int = 0

    def add(self, other: Counts) -> None:
        """Sum another section's counts into this one (for deck totals)."""
        self.due += other.due
        self.new += other.new
        self.learning += other.learning
        self.mastered += other.mastered
        self.total += other.total


@dataclass(slots=True)
class DeckOverview:
    """One good deck's counts by section id, its totals and its exam forecast."""

    deck_id: str
    sections: dict[str, Counts] = field(default_factory=dict)
    totals: Counts = field(default_factory=Counts)
    exam_date: dt.date | None = None
    exam_recall: float | None = None
    """Mean predicted recall on the exam day (0 for unseen cards), when an exam date is set."""
    extra: int = 0
    """Of ``totals.total``, the cards tagged ``extra`` (counted apart: core facts first)."""
    plan: ExamPlan | None = None
    """The final-review window, reviews per day until the exam and cards too late to learn."""


def extra_cards(deck: Deck) -> int:
    """How many of a deck's cards are tagged ``extra``: the one count home and ``stats`` show."""
    return sum(1 for _section, card in deck.cards() if card.is_extra)


def _classify(state: CardState | None, now: dt.datetime) -> Counts:
    counts = Counts(total=1)
    if state is None:
        counts.new = 1
        return counts
    if state.due <= now:
        counts.due = 1
    if state.state in (fsrs.State.Learning, fsrs.State.Relearning):
        counts.learning = 1
    elif (state.fsrs.stability or 0.0) >= MASTERED_DAYS:
        counts.mastered = 1
    return counts


def build_overview(
    entries: Sequence[DeckEntry], store: Store, settings: Settings, now: dt.datetime
) -> dict[str, DeckOverview]:
    """Counts for every good deck, keyed by deck id.

    Args:
        entries: The loaded catalog (bad decks are skipped).
        store: Progress to read.
        settings: For exam dates and the scheduler used to forecast recall.
        now: The time the counts are for.
    """
    planner = Planner(settings, enable_fuzzing=False)
    result: dict[str, DeckOverview] = {}
    for entry in entries:
        deck = entry.deck
        if deck is None or deck.deck.id in result:
            continue
        states = store.states(deck.deck.id)
        overview = DeckOverview(deck.deck.id)
        for section in deck.sections:
            counts = Counts()
            for card in section.cards:
                counts.add(_classify(states.get(card.id), now))
            overview.sections[section.id] = counts
            overview.totals.add(counts)
        overview.extra = extra_cards(deck)
        exam = settings.exam_date_for(deck.deck.id)
        if exam is not None:
            overview.exam_date = exam
            overview.exam_recall = planner.exam_recall(
                (states.get(card.id) for _s, card in deck.cards()), exam
            )
            suspended = store.suspended_ids(deck.deck.id)
            today = store.counts([deck.deck.id], since=now.date(), until=now.date())
            overview.plan = planner.exam_plan(
                deck,
                (state for card_id, state in states.items() if card_id not in suspended),
                now,
                introduced_today=today.new_cards,
                answered=planner.window_answers(store, deck.deck.id, now),
            )
        result[deck.deck.id] = overview
    return result


def estimate_session(
    decks: Sequence[Deck], store: Store, settings: Settings, now: dt.datetime, section: str | None = None
) -> int:
    """Roughly how many answers a session over ``decks`` will ask, for its progress bar.

    Due cards plus the new cards still allowed today; an estimate (cards due later in the
    session, learning steps and undo move it), so the bar's total is adjusted as it goes.
    """
    total = 0
    today = now.date()
    for deck in decks:
        deck_id = deck.deck.id
        ids = [c.id for s, c in deck.cards() if section is None or s.id == section]
        if not ids:
            continue
        seen = store.seen_ids(deck_id)
        unseen = sum(1 for card_id in ids if card_id not in seen)
        done_today = store.counts([deck_id], since=today, until=today)
        new_left = new_cards_left(
            settings, introduced_today=done_today.new_cards, unseen=unseen, deck_id=deck_id, now=now
        )
        due = store.count_due([deck_id], now) if section is None else _due_in(store, deck_id, ids, now)
        total += min(due, settings.max_reviews_per_day) + new_left
    return total


def _due_in(store: Store, deck_id: str, ids: list[str], now: dt.datetime) -> int:
    states = store.states(deck_id, ids)
    return sum(1 for state in states.values() if state.due <= now)
