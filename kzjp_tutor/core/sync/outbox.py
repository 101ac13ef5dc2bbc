"""The outbox: events written on this device and not yet accepted by the class server.

Table ``outbox`` (migration ``m004_outbox``) holds them oldest first. The store writes an
answer's event in the answer's own transaction (:func:`enqueue`, called from
:mod:`kzjp_tutor.core.store.writes`), so an answer is never recorded without its event; a pushed
batch is deleted only after the server said it has it, and a push is idempotent, so a push cut
off anywhere loses nothing and duplicates nothing.

This module imports only the store's records and the events, so the store can call it.
"""

from __future__ import annotations

import sqlite3

from pydantic import TypeAdapter, ValidationError

from ..store.records import REVIEW_COLUMNS, Review, review_from_row
from .events import Event, ReviewEvent, UndoEvent, review_event, undo_event

__all__ = [
    "drop_outbox",
    "enqueue",
    "enqueue_review",
    "enqueue_undo",
    "outbox_batch",
    "outbox_size",
    "rebuild_outbox",
]

_EVENT: TypeAdapter[Event] = TypeAdapter(Event)


def enqueue(db: sqlite3.Connection, event: ReviewEvent | UndoEvent) -> None:
    """Add one event to the outbox (the store calls this in the answer's own transaction)."""
    db.execute("INSERT INTO outbox (event) VALUES (?)", (event.model_dump_json(),))


def enqueue_review(db: sqlite3.Connection, review: Review) -> None:
    """Queue a review's event (called by the store inside the answer's transaction)."""
    enqueue(db, review_event(review))


def enqueue_undo(db: sqlite3.Connection, review_id: str) -> None:
    """Queue the undo of ``review_id`` (called by the store inside the undo's transaction)."""
    enqueue(db, undo_event(review_id))


def outbox_size(db: sqlite3.Connection) -> int:
    """How many events wait to be pushed."""
    return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def outbox_batch(db: sqlite3.Connection, limit: int) -> tuple[int, list[ReviewEvent | UndoEvent], int]:
    """The oldest ``limit`` waiting events, the outbox position of the last one (0 if none), and
    how many of them were left out because the server would refuse them (see :func:`~.events.review_event`)."""
    rows = db.execute("SELECT seq, event FROM outbox ORDER BY seq LIMIT ?", (limit,)).fetchall()
    events: list[ReviewEvent | UndoEvent] = []
    for _seq, text in rows:
        try:
            events.append(_EVENT.validate_json(text))
        except ValidationError:
            continue
    return (rows[-1][0] if rows else 0), events, len(rows) - len(events)


def drop_outbox(db: sqlite3.Connection, upto: int) -> None:
    """Forget the events up to outbox position ``upto``: the server has them."""
    db.execute("DELETE FROM outbox WHERE seq <= ?", (upto,))


def rebuild_outbox(db: sqlite3.Connection) -> int:
    """Refill the outbox with the device's whole log (joining a class sends the history too).

    Returns:
        How many events wait now.
    """
    db.execute("DELETE FROM outbox")
    undone: list[str] = []
    for row in db.execute(
        f"SELECT {REVIEW_COLUMNS}, undone FROM review ORDER BY reviewed_at, rowid"  # i18n: not text
    ).fetchall():
        enqueue(db, review_event(review_from_row(row[:-1])))
        if row[-1]:
            undone.append(row[0])
    for review_id in undone:
        enqueue(db, undo_event(review_id))
    return outbox_size(db)
