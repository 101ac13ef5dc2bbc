"""The device's side of sync inside its progress database: applying pulled events and replaying cards.

Every function here takes a connection that is already inside ONE write transaction
(:meth:`~kzjp_tutor.core.store.Store.transaction`), so pulling a batch — new reviews, undone
reviews, the rebuilt cards and their day counts — is applied wholly or not at all, and a kill
at any moment leaves the device before or after the batch.

The outbox itself is :mod:`.outbox`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..scheduling import Planner
from ..store.records import (
    REVIEW_COLUMNS,
    CardState,
    bump_daily,
    cap_answer,
    day_of,
    format_ts,
    parse_ts,
    previous_json,
    put_state,
    review_from_row,
)
from .events import ReviewEvent, UndoEvent
from .replay import Answer, replay_card

__all__ = [
    "Applied",
    "apply_events",
    "cards_of",
    "replay_cards",
]

Key = tuple[str, str]
"""(deck id, card id)."""


@dataclass
class Applied:
    """What applying a pulled batch changed."""

    reviews: int = 0
    """Reviews new to this device."""
    undone: int = 0
    """Reviews taken back here because another device took them back."""
    cards: set[Key] = field(default_factory=set)
    """Cards whose answers changed (to be replayed)."""


def apply_events(db: sqlite3.Connection, events: Iterable[ReviewEvent | UndoEvent]) -> Applied:
    """Insert the reviews this device lacks and mark the undone ones; replay is the caller's next step.

    A review arriving with an id this device already has is the same review (ids are random
    128-bit numbers made where the answer was given), so it is skipped.
    """
    applied = Applied()
    for event in events:
        if isinstance(event, ReviewEvent):
            cursor = db.execute(
                "INSERT OR IGNORE INTO review (id, deck_id, card_id, reviewed_at, answer, correct, score,"
                " feedback, suggested, rating, duration_ms, previous) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, NULL)",
                (
                    event.id,
                    event.deck,
                    event.card,
                    format_ts(event.time),
                    cap_answer(event.answer),
                    int(event.correct),
                    event.score,
                    event.suggested,
                    event.rating,
                    event.duration_ms,
                ),
            )
            if cursor.rowcount:
                applied.reviews += 1
                applied.cards.add((event.deck, event.card))
        else:
            row = db.execute(
                "SELECT deck_id, card_id FROM review WHERE id = ? AND undone = 0", (event.review,)
            ).fetchone()
            if row is not None:
                db.execute("UPDATE review SET undone = 1 WHERE id = ?", (event.review,))
                applied.undone += 1
                applied.cards.add((row[0], row[1]))
    return applied


def cards_of(db: sqlite3.Connection, events: Iterable[ReviewEvent | UndoEvent]) -> set[Key]:
    """The cards these events answer or take an answer back from (an unknown undo names none)."""
    cards: set[Key] = set()
    for event in events:
        if isinstance(event, ReviewEvent):
            cards.add((event.deck, event.card))
        else:
            row = db.execute("SELECT deck_id, card_id FROM review WHERE id = ?", (event.review,)).fetchone()
            if row is not None:
                cards.add((row[0], row[1]))
    return cards


def replay_cards(db: sqlite3.Connection, planner: Planner, cards: Iterable[Key]) -> int:
    """Rebuild these cards from their answers: state, each review's state-before, the day counts.

    Returns:
        How many cards were rebuilt.
    """
    days: set[tuple[str, str]] = set()
    count = 0
    for deck_id, card_id in sorted(set(cards)):
        rows = db.execute(
            "SELECT id, reviewed_at, rating, duration_ms, undone FROM review WHERE deck_id = ? AND card_id = ?",
            (deck_id, card_id),
        ).fetchall()
        days.update((deck_id, day_of(parse_ts(at))) for _id, at, _r, _ms, _u in rows)
        answers = [Answer(rid, parse_ts(at), int(r), ms) for rid, at, r, ms, undone in rows if not undone]
        replayed = replay_card(planner, deck_id, card_id, answers)
        if replayed is None:
            db.execute("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
            continue
        db.executemany(
            "UPDATE review SET previous = ? WHERE id = ?",
            [(previous_json(before), rid) for rid, before in replayed.before],
        )
        put_state(db, replayed.state)
        count += 1
    _recount_days(db, days)
    return count


def _recount_days(db: sqlite3.Connection, days: Sequence[tuple[str, str]] | set[tuple[str, str]]) -> None:
    """Rebuild the ``daily`` roll-up of these (deck, day)s from the log, with the store's own rule."""
    for deck_id, day in sorted(days):
        db.execute("DELETE FROM daily WHERE deck_id = ? AND day = ?", (deck_id, day))
        rows = db.execute(
            f"SELECT {REVIEW_COLUMNS}, previous FROM review WHERE undone = 0 AND deck_id = ?"  # i18n: not text
            " AND reviewed_at >= ? AND reviewed_at < ?",
            (deck_id, day, day + "\x7f"),
        ).fetchall()
        for row in rows:
            review = review_from_row(row[:-1])
            previous = CardState.from_dict(deck_id, review.card_id, json.loads(row[-1])) if row[-1] else None
            bump_daily(db, review, previous, +1)
