"""The store's write transactions: one answer, its undo, and resetting unreadable cards.

Why these are plain functions over a connection: :class:`~kzjp_tutor.core.store.Store` runs each
inside ONE ``BEGIN IMMEDIATE`` transaction with its busy retries, so everything a function does
here commits together or not at all; that is what makes ``kill -9`` at any moment safe.
"""

from __future__ import annotations

import json
import sqlite3

from ..i18n import gettext as _
from .events import later_step
from .records import (
    REVIEW_COLUMNS,
    STATE_COLUMNS,
    CardState,
    Review,
    StateChanged,
    UnreadableState,
    bump_daily,
    cap_answer,
    format_ts,
    previous_json,
    put_state,
    review_from_row,
    state_from_row,
)

__all__ = ["record_in", "repair_in", "undo_in"]


def record_in(db: sqlite3.Connection, review: Review, previous: CardState | None, new: CardState) -> bool:
    """The body of :meth:`Store.record`, run inside its transaction."""
    if db.execute("SELECT 1 FROM review WHERE id = ?", (review.id,)).fetchone():
        return False
    rows = db.execute(
        f"SELECT {STATE_COLUMNS} FROM card_state WHERE deck_id = ? AND card_id = ?",
        (review.deck_id, review.card_id),
    ).fetchall()
    try:
        current = state_from_row(review.deck_id, rows[0]) if rows else None
    except UnreadableState:
        current = None
    if (current is None) != (previous is None) or (previous is not None and not previous.same_as(current)):
        raise StateChanged(
            _("card {card} changed since it was read").format(card=f"{review.deck_id}/{review.card_id}")
        )
    db.execute(
        "INSERT OR IGNORE INTO review (id, deck_id, card_id, reviewed_at, answer, correct, score, feedback,"
        " suggested, rating, duration_ms, previous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            review.id,
            review.deck_id,
            review.card_id,
            format_ts(review.reviewed_at),
            cap_answer(review.answer),
            int(review.correct),
            float(review.score),
            review.feedback,
            review.suggested,
            int(review.rating),
            review.duration_ms,
            previous_json(previous),
        ),
    )
    put_state(db, new)
    bump_daily(db, review, previous, +1)
    from ..sync.outbox import enqueue_review  # here: core.sync imports the store's records

    enqueue_review(db, review)  # the sync outbox, in the answer's own transaction
    return True


def undo_in(db: sqlite3.Connection, review_id: str) -> Review | None:
    """The body of :meth:`Store.undo`, run inside its transaction."""
    row = db.execute(
        "SELECT deck_id, card_id, previous FROM review WHERE id = ? AND undone = 0", (review_id,)
    ).fetchone()
    if row is None:
        return None
    deck_id, card_id, previous_text = row
    latest = db.execute(
        "SELECT id FROM review WHERE deck_id = ? AND card_id = ? AND undone = 0"
        " ORDER BY reviewed_at DESC, rowid DESC LIMIT 1",
        (deck_id, card_id),
    ).fetchone()
    if latest is None or latest[0] != review_id:
        return None
    if later_step(db, deck_id, card_id, after_review=review_id):
        return None  # the card was reset since: that step is the one to undo first
    previous = CardState.from_dict(deck_id, card_id, json.loads(previous_text)) if previous_text else None
    if previous is None:
        db.execute("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
    else:
        put_state(db, previous)
    db.execute("UPDATE review SET undone = 1 WHERE id = ?", (review_id,))
    undone = review_from_row(
        db.execute(f"SELECT {REVIEW_COLUMNS} FROM review WHERE id = ?", (review_id,)).fetchone()
    )
    bump_daily(db, undone, previous, -1)
    from ..sync.outbox import enqueue_undo

    enqueue_undo(db, review_id)
    return undone


def repair_in(db: sqlite3.Connection) -> list[tuple[str, str]]:
    """The body of :meth:`Store.repair`, run inside its transaction."""
    bad: list[tuple[str, str]] = []
    for deck_id, *row in db.execute(f"SELECT deck_id, {STATE_COLUMNS} FROM card_state"):
        try:
            state_from_row(deck_id, tuple(row))
        except UnreadableState:
            bad.append((deck_id, row[0]))
    db.executemany("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?", bad)
    return sorted(bad)
