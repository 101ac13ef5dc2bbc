"""What the progress database holds, as Python values: card states, reviews, day counts.

Why a module of its own: these records and their row mappings are what every reader of the store
(session, stats, exports, the UI) sees, while opening, checking and repairing the file is a
different concern (``health.py``). Each table row has ONE mapper here with a named column list,
so a column added to a query cannot silently shift a positional index.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from fsrs import Card as FsrsCard
from fsrs import Rating, State

from ..errors import StoreError

__all__ = [
    "MAX_STORED_ANSWER",
    "REVIEW_COLUMNS",
    "STATE_COLUMNS",
    "CardState",
    "DayCounts",
    "Review",
    "StateChanged",
    "UnreadableState",
    "add_daily",
    "bump_daily",
    "cap_answer",
    "day_of",
    "format_ts",
    "parse_ts",
    "placeholders",
    "previous_json",
    "put_state",
    "review_from_row",
    "state_from_row",
]

MAX_COMMENT = 2000
"""Longest flag comment kept, in characters (a comment is a sentence, not a file)."""
MAX_STORED_ANSWER = 4000
"""Longest answer kept in the review log, in characters.

Grading reads only the first 2,000 characters, so nothing the grader saw is lost; without a cap a
pasted 100 MB line was stored whole, exported whole and copied into seven daily backups.
"""


def format_ts(when: dt.datetime) -> str:
    """A time as fixed-width UTC text, so text order is time order in SQL."""
    if when.tzinfo is None:
        raise ValueError("store times must be timezone-aware")  # i18n: not text
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(text: str) -> dt.datetime:
    """The inverse of :func:`format_ts` (accepts any ISO form with an offset or ``Z``)."""
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def day_of(when: dt.datetime) -> str:
    """The UTC day of ``when`` as ``YYYY-MM-DD``: the key of the ``daily`` roll-up."""
    return when.astimezone(dt.UTC).date().isoformat()


def cap_answer(answer: str) -> str:
    """``answer`` cut to :data:`MAX_STORED_ANSWER` characters, ending in "…" when it was cut."""
    if len(answer) <= MAX_STORED_ANSWER:
        return answer
    return answer[: MAX_STORED_ANSWER - 1] + "…"


def placeholders(values: Collection[Any]) -> str:
    """``?,?,…`` for an ``IN (…)`` over ``values``."""
    return ",".join("?" * len(values))


@dataclass(frozen=True, slots=True)
class CardState:
    """What the store knows about one card: its fsrs schedule and counters.

    ``fsrs`` is a py-fsrs ``Card``; treat it as read-only (the scheduler returns copies).
    """

    deck_id: str
    card_id: str
    fsrs: FsrsCard
    reps: int
    lapses: int
    leech: bool
    first_seen: dt.datetime

    @property
    def due(self) -> dt.datetime:
        """When the card is next due (UTC)."""
        return self.fsrs.due.astimezone(dt.UTC)

    @property
    def state(self) -> State:
        """Learning, Review or Relearning."""
        return self.fsrs.state

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; what a review row keeps as ``previous`` for undo."""
        return {
            "fsrs": self.fsrs.to_dict(),
            "state": int(self.fsrs.state),
            "due": format_ts(self.fsrs.due),
            "reps": self.reps,
            "lapses": self.lapses,
            "leech": self.leech,
            "first_seen": format_ts(self.first_seen),
        }

    @classmethod
    def from_dict(cls, deck_id: str, card_id: str, data: dict[str, Any]) -> CardState:
        """Rebuild a state saved with :meth:`to_dict`."""
        return cls(
            deck_id=deck_id,
            card_id=card_id,
            fsrs=FsrsCard.from_dict(data["fsrs"]),
            reps=int(data["reps"]),
            lapses=int(data["lapses"]),
            leech=bool(data["leech"]),
            first_seen=parse_ts(data["first_seen"]),
        )

    def same_as(self, other: CardState | None) -> bool:
        """Whether ``other`` is the same state (used to detect a concurrent change)."""
        return other is not None and self.to_dict() == other.to_dict()


@dataclass(frozen=True, slots=True)
class Review:
    """One answer as recorded: what was typed, how it was judged, how it was rated."""

    id: str
    """Made by the caller (uuid4 hex) so that retrying a write cannot record it twice."""
    deck_id: str
    card_id: str
    reviewed_at: dt.datetime
    answer: str
    """What was typed; the log keeps at most :data:`MAX_STORED_ANSWER` characters of it."""
    correct: bool
    """The grader's judgement."""
    score: float
    feedback: str
    suggested: str
    """The grader's suggested rating (again/hard/good/easy)."""
    rating: int
    """The final fsrs rating (1 again … 4 easy) after any override by the student."""
    duration_ms: int | None = None
    state_before: int | None = None
    """The card's fsrs state before this answer (None for a new card); filled when read back."""


@dataclass(frozen=True, slots=True)
class DayCounts:
    """Review counts summed over some days and decks, from the ``daily`` roll-up."""

    reviews: int = 0
    correct: int = 0
    """Answers whose final rating was not Again."""
    new_cards: int = 0
    mature: int = 0
    """Reviews of cards in the Review state; the base of true retention."""
    mature_correct: int = 0


class StateChanged(StoreError):
    """The card's state changed since it was read (another program answered it); re-read and retry."""


class UnreadableState(ValueError):
    """A ``card_state`` row whose stored schedule cannot be decoded (hand-edited or damaged JSON)."""


STATE_COLUMNS = "card_id, fsrs, reps, lapses, leech, first_seen"
"""The ``card_state`` columns :func:`state_from_row` reads, in its order."""


def state_from_row(deck_id: str, row: tuple[Any, ...]) -> CardState:
    """A :data:`STATE_COLUMNS` row as a :class:`CardState`.

    Raises:
        UnreadableState: the row's fsrs JSON (or a time) cannot be decoded; quick_check does not
            look inside values, so this is the one place such damage shows.
    """
    card_id, fsrs_json, reps, lapses, leech, first_seen = row
    try:
        fsrs = FsrsCard.from_json(fsrs_json)
        seen = parse_ts(first_seen)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # JSONDecodeError is a ValueError
        raise UnreadableState(f"{deck_id}/{card_id}: {type(exc).__name__}: {exc}") from None
    return CardState(
        deck_id=deck_id,
        card_id=card_id,
        fsrs=fsrs,
        reps=reps,
        lapses=lapses,
        leech=bool(leech),
        first_seen=seen,
    )


REVIEW_COLUMNS = (
    "id, deck_id, card_id, reviewed_at, answer, correct, score, feedback, suggested, rating, duration_ms,"
    " json_extract(previous, '$.state')"  # i18n: not text
)
"""The ``review`` columns :func:`review_from_row` reads, in its order (the last is ``state_before``)."""


def review_from_row(row: tuple[Any, ...]) -> Review:
    """A :data:`REVIEW_COLUMNS` row as a :class:`Review`."""
    (review_id, deck_id, card_id, at, answer, correct, score, feedback, suggested, rating, ms, before) = row
    return Review(
        id=review_id,
        deck_id=deck_id,
        card_id=card_id,
        reviewed_at=parse_ts(at),
        answer=answer,
        correct=bool(correct),
        score=score,
        feedback=feedback,
        suggested=suggested,
        rating=rating,
        duration_ms=ms,
        state_before=before,
    )


def previous_json(state: CardState | None) -> str | None:
    """What a review row keeps in ``previous``: the whole state before the answer, for undo."""
    return json.dumps(state.to_dict()) if state else None


def put_state(db: sqlite3.Connection, state: CardState) -> None:
    """Write ``state`` as its ``card_state`` row (insert or replace)."""
    db.execute(
        "INSERT OR REPLACE INTO card_state (deck_id, card_id, fsrs, state, due, reps, lapses, leech, first_seen)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            state.deck_id,
            state.card_id,
            state.fsrs.to_json(),
            int(state.fsrs.state),
            format_ts(state.fsrs.due),
            state.reps,
            state.lapses,
            int(state.leech),
            format_ts(state.first_seen),
        ),
    )


def add_daily(
    db: sqlite3.Connection,
    deck_id: str,
    day: str,
    *,
    reviews: int = 0,
    correct: int = 0,
    new_cards: int = 0,
    mature: int = 0,
    mature_correct: int = 0,
) -> None:
    """Add these counts (negative to take back) to one deck's day in the ``daily`` roll-up."""
    db.execute(
        "INSERT INTO daily (deck_id, day, reviews, correct, new_cards, mature, mature_correct)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (deck_id, day) DO UPDATE SET"
        " reviews = reviews + excluded.reviews, correct = correct + excluded.correct,"
        " new_cards = new_cards + excluded.new_cards, mature = mature + excluded.mature,"
        " mature_correct = mature_correct + excluded.mature_correct",
        (deck_id, day, reviews, correct, new_cards, mature, mature_correct),
    )


def bump_daily(db: sqlite3.Connection, review: Review, previous: CardState | None, sign: int) -> None:
    """Add (``sign`` +1) or take back (-1, for undo) ``review`` in its day's ``daily`` roll-up."""
    passed = int(review.rating) > int(Rating.Again)
    mature = previous is not None and previous.state == State.Review
    add_daily(
        db,
        review.deck_id,
        day_of(review.reviewed_at),
        reviews=sign,
        correct=sign * passed,
        new_cards=sign * (previous is None),
        mature=sign * mature,
        mature_correct=sign * (mature and passed),
    )
