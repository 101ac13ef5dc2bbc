"""Series and tables for the progress screen, computed off the UI thread.

UI-free (it returns plain dataclasses): per-day review counts and weekly retention come from the
store's ``daily`` roll-up, the due forecast and the hardest cards from the card states, exam
readiness from :func:`kzjp_tutor.core.stats.compute_stats` (the numbers ``kzjp-tutor stats``
prints), so the screen and the command never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from .deck import Deck
from .scheduling import Planner
from .settings import Settings
from .stats import Stats, compute_stats
from .store import Store

__all__ = ["HISTORY_DAYS", "HardCard", "ProgressData", "build_progress"]

HISTORY_DAYS = 30
"""Days of review history and of due forecast shown."""
RETENTION_WEEKS = 8
"""Weeks of retention history shown."""


@dataclass(frozen=True, slots=True)
class HardCard:
    """A card the student keeps forgetting."""

    deck_id: str
    card_id: str
    prompt: str
    lapses: int
    reps: int
    leech: bool


@dataclass(frozen=True, slots=True)
class ProgressData:
    """Everything the progress screen shows."""

    stats: Stats
    reviews_per_day: list[int]
    """Reviews on each of the last :data:`HISTORY_DAYS` days, oldest first."""
    retention_per_week: list[float | None]
    """Share of learned-card reviews passed per week, oldest first (None: no such reviews)."""
    due_forecast: list[int]
    """Cards falling due on each of the next :data:`HISTORY_DAYS` days (today includes overdue)."""
    hardest: list[HardCard] = field(default_factory=list)


def build_progress(
    store: Store, decks: Sequence[Deck], settings: Settings, now: dt.datetime, *, hardest: int = 10
) -> ProgressData:
    """Gather the progress screen's numbers as of ``now``."""
    today = now.astimezone(dt.UTC).date()
    planner = Planner(settings, enable_fuzzing=False)
    stats = compute_stats(store, decks, planner, settings, now)
    per_day = [
        store.counts(None, since=day, until=day).reviews
        for day in (today - dt.timedelta(days=HISTORY_DAYS - 1 - n) for n in range(HISTORY_DAYS))
    ]
    weekly: list[float | None] = []
    for week in range(RETENTION_WEEKS - 1, -1, -1):
        end = today - dt.timedelta(days=7 * week)
        counts = store.counts(None, since=end - dt.timedelta(days=6), until=end)
        weekly.append(counts.mature_correct / counts.mature if counts.mature else None)
    forecast = [0] * HISTORY_DAYS
    hard: list[HardCard] = []
    for deck in decks:
        for card_id, state in store.states(deck.deck.id).items():
            offset = (state.due.date() - today).days
            if offset < HISTORY_DAYS:
                forecast[max(0, offset)] += 1
            if state.lapses:
                card = deck.card(card_id)
                if card is not None:
                    hard.append(
                        HardCard(deck.deck.id, card_id, card.prompt, state.lapses, state.reps, state.leech)
                    )
    hard.sort(key=lambda h: (-h.lapses, -h.reps, h.deck_id, h.card_id))
    return ProgressData(stats, per_day, weekly, forecast, hard[:hardest])
