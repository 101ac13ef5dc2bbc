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
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from ..store.records import REVIEW_COLUMNS, Review, parse_ts, review_from_row
from .events import AnyEvent, Event, exam_event, review_event, step_event, step_event_of, undo_event

if TYPE_CHECKING:  # the store calls this module: nothing of store.events at run time
    from ..store.events import CardEvent

__all__ = [
    "drop_outbox",
    "enqueue",
    "enqueue_exam",
    "enqueue_review",
    "enqueue_step",
    "enqueue_undo",
    "outbox_batch",
    "outbox_size",
    "rebuild_outbox",
]

_EVENT: TypeAdapter[Event] = TypeAdapter(Event)
MAX_BATCH_BYTES = 1024 * 1024
"""Most JSON one push carries (the server refuses bodies over 2 MB; an exam event can be large)."""


def enqueue(db: sqlite3.Connection, event: AnyEvent) -> None:
    """Add one event to the outbox (the store calls this in the answer's own transaction)."""
    db.execute("INSERT INTO outbox (event) VALUES (?)", (event.model_dump_json(),))


def enqueue_review(db: sqlite3.Connection, review: Review) -> None:
    """Queue a review's event (called by the store inside the answer's transaction)."""
    enqueue(db, review_event(review))


def enqueue_undo(db: sqlite3.Connection, review_id: str) -> None:
    """Queue the undo of ``review_id`` — an answer or a card step — (inside the undo's transaction)."""
    enqueue(db, undo_event(review_id))


def enqueue_step(db: sqlite3.Connection, event: CardEvent) -> None:
    """Queue a card step (shown, suspend, unsuspend, flag, reset) inside the step's own transaction."""
    enqueue(db, step_event(event))


def enqueue_exam(db: sqlite3.Connection, exam: dict[str, Any], answers: list[tuple[Any, ...]]) -> None:
    """Queue a kept practice exam inside the transaction that keeps it."""
    enqueue(db, exam_event(exam, answers))


def outbox_size(db: sqlite3.Connection) -> int:
    """How many events wait to be pushed."""
    return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def outbox_batch(
    db: sqlite3.Connection, limit: int, max_bytes: int = MAX_BATCH_BYTES
) -> tuple[int, list[AnyEvent], int]:
    """The oldest waiting events (at most ``limit``, and about ``max_bytes`` of JSON, at least one),
    the outbox position of the last one (0 if none), and how many of them were left out because
    the server would refuse them (see :func:`~.events.review_event`)."""
    rows = db.execute("SELECT seq, event FROM outbox ORDER BY seq LIMIT ?", (limit,)).fetchall()
    events: list[AnyEvent] = []
    size = 0
    last = 0
    taken = 0
    for seq, text in rows:
        size += len(text.encode())
        if taken and size > max_bytes:
            break
        last, taken = seq, taken + 1
        try:
            events.append(_EVENT.validate_json(text))
        except ValidationError:
            continue
    return last, events, taken - len(events)


def drop_outbox(db: sqlite3.Connection, upto: int) -> None:
    """Forget the events up to outbox position ``upto``: the server has them."""
    db.execute("DELETE FROM outbox WHERE seq <= ?", (upto,))


def rebuild_outbox(db: sqlite3.Connection) -> int:
    """Refill the outbox with the device's whole log (joining a class sends the history too):
    answers, card steps and practice exams, then the undos of whatever was taken back. The
    scheduling settings changes this device knows are marked unsent too (they have their own
    route, :mod:`.schedule`): a server joined anew has none of them.

    Returns:
        How many events wait now.
    """
    db.execute("DELETE FROM outbox")
    db.execute("UPDATE settings_event SET pushed = 0")
    undone: list[str] = []
    for row in db.execute(
        f"SELECT {REVIEW_COLUMNS}, undone FROM review ORDER BY reviewed_at, rowid"  # i18n: not text
    ).fetchall():
        enqueue(db, review_event(review_from_row(row[:-1])))
        if row[-1]:
            undone.append(row[0])
    for event_id, deck, card, kind, at, comment, was_undone in db.execute(
        "SELECT id, deck_id, card_id, kind, at, comment, undone FROM card_event ORDER BY at, rowid"
    ).fetchall():
        enqueue(db, step_event_of(event_id, deck, card, kind, parse_ts(at), comment))
        if was_undone:
            undone.append(event_id)
    for exam in db.execute(
        "SELECT id, started_at, finished_at, decks, section, seed, questions, minutes, timed_out, percent,"
        " mark FROM exam ORDER BY finished_at, rowid"
    ).fetchall():
        columns = ("id", "started_at", "finished_at", "decks", "section", "seed", "questions", "minutes")
        row = dict(zip((*columns, "timed_out", "percent", "mark"), exam, strict=True))
        row["started_at"], row["finished_at"] = parse_ts(exam[1]), parse_ts(exam[2])
        answers = db.execute(
            "SELECT position, deck_id, card_id, section_id, answer, correct, score, feedback, review_id"
            " FROM exam_answer WHERE exam_id = ? ORDER BY position",
            (exam[0],),
        ).fetchall()
        enqueue(db, exam_event(row, answers))
    for event_id in undone:
        enqueue(db, undo_event(event_id))
    return outbox_size(db)
