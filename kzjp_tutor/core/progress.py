"""Series and tables for the progress screen, computed off the UI thread.

UI-free (it returns plain dataclasses): the review calendar and weekly retention come from the
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
from .store import ExamRecord, Store

__all__ = [
    "CALENDAR_WEEKS",
    "HISTORY_DAYS",
    "HardCard",
    "ProgressData",
    "ReviewCalendar",
    "build_progress",
    "exam_trend",
    "review_calendar",
]

HISTORY_DAYS = 30
"""Days of due forecast shown."""
RETENTION_WEEKS = 8
"""Weeks of retention history shown."""
CALENDAR_WEEKS = 20
"""Weeks in the review calendar: a whole semester, and it fits beside the charts at 100 columns."""
LEVELS = 4
"""Shades of a day with reviews in the calendar (0 is a day without any)."""


@dataclass(frozen=True, slots=True)
class ReviewCalendar:
    """Reviews per UTC day over whole weeks, Monday first: the data of a calendar heatmap.

    Why whole weeks and levels here, not in the widget: which day falls in which column and how
    busy counts as "busiest" are facts a test can check without a terminal.
    """

    first_day: dt.date
    """The Monday the calendar starts on."""
    today: dt.date
    counts: dict[dt.date, int]
    """Reviews per day; days without reviews are absent."""

    @property
    def weeks(self) -> int:
        """Columns: weeks from ``first_day`` up to and including the week of ``today``."""
        return (self.today - self.first_day).days // 7 + 1

    @property
    def busiest(self) -> int:
        """The most reviews on any one day shown (0 if none)."""
        return max(self.counts.values(), default=0)

    def day(self, week: int, weekday: int) -> dt.date:
        """The date in column ``week`` and row ``weekday`` (0 is Monday)."""
        return self.first_day + dt.timedelta(days=7 * week + weekday)

    def count(self, day: dt.date) -> int | None:
        """Reviews on ``day``; None for a day after today (drawn blank)."""
        return None if day > self.today else self.counts.get(day, 0)

    def level(self, count: int) -> int:
        """Shade 0–4: 0 for no reviews, else the count's quarter of the busiest day (rounded up)."""
        if count <= 0 or self.busiest <= 0:
            return 0
        return max(1, min(LEVELS, -(-count * LEVELS // self.busiest)))

    @property
    def total(self) -> int:
        """Reviews over the whole calendar."""
        return sum(self.counts.values())

    @property
    def active_days(self) -> int:
        """Days with at least one review."""
        return len(self.counts)

    @property
    def streak(self) -> int:
        """Days in a row with reviews, ending today (or yesterday, when today has none yet)."""
        day = self.today if self.counts.get(self.today) else self.today - dt.timedelta(days=1)
        run = 0
        while self.counts.get(day):
            run += 1
            day -= dt.timedelta(days=1)
        return run


def review_calendar(store: Store, today: dt.date, weeks: int = CALENDAR_WEEKS) -> ReviewCalendar:
    """The last ``weeks`` weeks of reviews, ending with the week of ``today``."""
    first = today - dt.timedelta(days=today.weekday() + 7 * (weeks - 1))
    return ReviewCalendar(first, today, store.reviews_by_day(first, today))


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
    retention_per_week: list[float | None]
    """Share of learned-card reviews passed per week, oldest first (None: no such reviews)."""
    due_forecast: list[int]
    """Cards falling due on each of the next :data:`HISTORY_DAYS` days (today includes overdue)."""
    calendar: ReviewCalendar
    """Reviews per day over the last :data:`CALENDAR_WEEKS` weeks."""
    hardest: list[HardCard] = field(default_factory=list)
    exams: list[ExamRecord] = field(default_factory=list)
    """Every practice exam kept, oldest first (the history and its trend)."""


TREND_EXAMS = 3
"""How many latest exams the trend compares with as many before them."""


def exam_trend(exams: Sequence[ExamRecord]) -> float | None:
    """Percentage points the latest exams score above (negative: below) the ones before them.

    The mean of the latest ``min(TREND_EXAMS, n // 2)`` exams minus the mean of as many before
    them: one lucky draw moves it less than comparing the last two exams would. None with fewer
    than two exams (no trend yet).
    """
    count = min(TREND_EXAMS, len(exams) // 2)
    if count == 0:
        return None
    latest = exams[-count:]
    before = exams[-2 * count : -count]
    return sum(e.percent for e in latest) / count - sum(e.percent for e in before) / count


def build_progress(
    store: Store, decks: Sequence[Deck], settings: Settings, now: dt.datetime, *, hardest: int = 10
) -> ProgressData:
    """Gather the progress screen's numbers as of ``now``."""
    today = now.astimezone(dt.UTC).date()
    planner = Planner(settings, enable_fuzzing=False)
    stats = compute_stats(store, decks, planner, settings, now)
    calendar = review_calendar(store, today)
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
    return ProgressData(stats, weekly, forecast, calendar, hard[:hardest], store.exams())
