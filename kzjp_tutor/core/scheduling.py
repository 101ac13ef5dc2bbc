"""Scheduling: a thin layer over ``fsrs.Scheduler`` that knows our settings, ids and exams.

All the spaced-repetition mathematics is py-fsrs's; this module only

* builds the fsrs scheduler from :class:`~kzjp_tutor.core.settings.Settings` (desired retention,
  learning steps, maximum interval; fuzzing switchable so tests can assert exact intervals);
* gives every card a stable integer fsrs id derived from deck id + card id with blake2b
  (``fsrs.Card()`` without an id sleeps 1 ms and uses the wall clock; Python's ``hash`` is
  randomised per process);
* maps the grader's :class:`~kzjp_tutor.core.grading.SuggestedRating` to ``fsrs.Rating``;
* counts lapses and flags leeches;
* plans for an exam: no studied card's next due may jump past the day before the exam, recall
  on exam day is forecast with ``get_card_retrievability``, and in the last :data:`CRAM_DAYS`
  days the cards most at risk are offered again (the cram queue).

Time is always passed in, timezone-aware UTC; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import fsrs

from .grading import SuggestedRating
from .settings import Settings
from .store import CardState

__all__ = [
    "CRAM_DAYS",
    "Outcome",
    "Planner",
    "exam_start",
    "fsrs_card_id",
    "new_cards_left",
    "to_fsrs_rating",
]

CRAM_DAYS = 3
"""The cram queue opens this many days before the exam (and closes when it starts)."""

_RATINGS = {
    SuggestedRating.AGAIN: fsrs.Rating.Again,
    SuggestedRating.HARD: fsrs.Rating.Hard,
    SuggestedRating.GOOD: fsrs.Rating.Good,
    SuggestedRating.EASY: fsrs.Rating.Easy,
}

K = TypeVar("K")


def fsrs_card_id(deck_id: str, card_id: str) -> int:
    """A stable positive 63-bit fsrs card id for a deck card: the same in every process and run."""
    digest = hashlib.blake2b(f"{deck_id}\x1f{card_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


def to_fsrs_rating(suggested: SuggestedRating) -> fsrs.Rating:
    """The fsrs rating for the grader's suggestion (again→Again, hard→Hard, good→Good, easy→Easy)."""
    return _RATINGS[suggested]


def exam_start(exam_date: dt.date) -> dt.datetime:
    """The moment an exam day starts, taken as 00:00 UTC of that date (the store's day boundary)."""
    return dt.datetime.combine(exam_date, dt.time(), tzinfo=dt.UTC)


def new_cards_left(settings: Settings, *, introduced_today: int, unseen: int) -> int:
    """How many new cards a deck may still introduce today.

    The one home of the daily limit: the session, the home screen's counts and ``stats`` all ask
    here, so "new left today" cannot mean three different things.
    """
    return min(unseen, max(0, settings.new_per_day - introduced_today))


def _utc(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None:
        raise ValueError("scheduling needs timezone-aware datetimes")  # i18n: not text
    return when.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one review: the card's new state and what happened to it."""

    state: CardState
    lapsed: bool
    """A learned card (Review state) was forgotten."""
    became_leech: bool
    """This review crossed the leech threshold."""
    capped: bool
    """The due date was pulled in so as not to pass the exam."""

    @property
    def interval(self) -> dt.timedelta:
        """Time from this review to the next due."""
        last = self.state.fsrs.last_review
        assert last is not None
        return self.state.due - last


class Planner:
    """Schedules reviews with fsrs according to the settings, and plans for exam dates.

    Args:
        settings: Desired retention, learning steps, maximum interval, leech threshold, exams.
        enable_fuzzing: fsrs's random spread of long intervals; pass False in tests.
    """

    def __init__(self, settings: Settings, *, enable_fuzzing: bool = True) -> None:
        self.settings = settings
        self.scheduler = fsrs.Scheduler(
            desired_retention=settings.desired_retention,
            learning_steps=tuple(dt.timedelta(minutes=m) for m in settings.learning_steps),
            maximum_interval=settings.max_interval_days,
            enable_fuzzing=enable_fuzzing,
        )

    def new_state(self, deck_id: str, card_id: str, now: dt.datetime) -> CardState:
        """The state of a card never seen before: fsrs Learning, due ``now``."""
        now = _utc(now)
        card = fsrs.Card(card_id=fsrs_card_id(deck_id, card_id), due=now)
        return CardState(deck_id, card_id, card, reps=0, lapses=0, leech=False, first_seen=now)

    def shown(self, deck_id: str, card_id: str, now: dt.datetime) -> CardState:
        """The state of a new card just SHOWN (not answered): asked back after the first learning step.

        Why not an fsrs review: nothing was recalled, so no rating is honest. The card keeps
        fsrs's "never reviewed" memory (no stability, no difficulty, no last review); its first
        real answer starts the memory model as any first answer does. Only its due moves to
        ``now`` + the first learning step, so it comes back after a few other cards; with no
        learning steps it is due at once.
        """
        state = self.new_state(deck_id, card_id, now)
        steps = self.scheduler.learning_steps
        if steps:
            state.fsrs.due = _utc(now) + steps[0]
        return state

    def review(
        self,
        previous: CardState,
        rating: fsrs.Rating,
        now: dt.datetime,
        *,
        duration_ms: int | None = None,
    ) -> Outcome:
        """Apply one rating to a card at ``now``; the exam cap for its deck is applied.

        Args:
            previous: The card's state before the answer (from the store or :meth:`new_state`).
            rating: The final rating.
            now: When it was answered (UTC).
            duration_ms: How long the answer took, passed on to fsrs.
        """
        now = _utc(now)
        card, _log = self.scheduler.review_card(previous.fsrs, rating, now, duration_ms)
        lapsed = previous.state == fsrs.State.Review and rating == fsrs.Rating.Again
        lapses = previous.lapses + int(lapsed)
        leech = previous.leech or lapses >= self.settings.leech_threshold
        capped = False
        exam = self.settings.exam_date_for(previous.deck_id)
        if exam is not None:
            limit = self.due_limit(exam, now)
            if limit is not None and card.due > limit:
                card.due = limit
                capped = True
        state = replace(previous, fsrs=card, reps=previous.reps + 1, lapses=lapses, leech=leech)
        return Outcome(state, lapsed=lapsed, became_leech=leech and not previous.leech, capped=capped)

    def due_limit(self, exam_date: dt.date, now: dt.datetime) -> dt.datetime | None:
        """The latest due date allowed so a card is seen again before the exam, or None.

        A day before the exam starts, while that is still in the future; in the exam's last
        day nothing is capped (the cram queue takes over) and after the exam nothing either.
        """
        limit = exam_start(exam_date) - dt.timedelta(days=1)
        return limit if limit > _utc(now) else None

    def retrievability(self, state: CardState | None, when: dt.datetime) -> float:
        """Predicted probability of recalling the card at ``when`` (0 for a card never studied)."""
        if state is None:
            return 0.0
        return float(self.scheduler.get_card_retrievability(state.fsrs, _utc(when)))

    def exam_recall(self, states: Iterable[CardState | None], exam_date: dt.date) -> float:
        """Mean predicted recall on the exam day over cards (None = never studied, counts as 0)."""
        values = [self.retrievability(s, exam_start(exam_date)) for s in states]
        return sum(values) / len(values) if values else 0.0

    def in_cram(self, exam_date: dt.date | None, now: dt.datetime) -> bool:
        """Whether ``now`` is within the last :data:`CRAM_DAYS` days before the exam starts."""
        if exam_date is None:
            return False
        start = exam_start(exam_date)
        return start - dt.timedelta(days=CRAM_DAYS) <= _utc(now) < start

    def cram_order(
        self, candidates: Sequence[tuple[K, CardState]], exam_date: dt.date, *, below: float | None = None
    ) -> list[tuple[K, float]]:
        """Studied cards most at risk on exam day first: (key, predicted recall), lowest recall first.

        Args:
            candidates: (key, state) pairs; the key is whatever the caller uses to find the card.
            exam_date: The exam day.
            below: Keep only cards predicted under this recall (default: the desired retention).
        """
        threshold = self.settings.desired_retention if below is None else below
        when = exam_start(exam_date)
        scored = [(key, self.retrievability(state, when)) for key, state in candidates]
        at_risk = [(key, recall) for key, recall in scored if recall < threshold]
        at_risk.sort(key=lambda pair: pair[1])
        return at_risk
