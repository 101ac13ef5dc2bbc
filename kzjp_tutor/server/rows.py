"""Events as the server's ``events`` rows and back: the one home of that mapping.

Why a module of its own: pushes write rows (:mod:`.api`), and pulls, the kept card replays and
the report read them back (:mod:`.api`, :mod:`.cards`); a column mapped in two places would drift.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from ..core.store.records import format_ts, parse_ts
from ..core.sync.events import AnyEvent, ExamEvent, ReviewEvent, StepEvent, UndoEvent
from ..core.sync.exports import Event

__all__ = ["COLUMNS", "READ", "StoredAnswer", "event_of", "record_of", "row_of"]

_EMPTY_ROW = dict.fromkeys(
    (
        "time",
        "deck",
        "card",
        "answer",
        "correct",
        "score",
        "suggested",
        "rating",
        "duration_ms",
        "target",
        "payload",
    )
)
"""Every optional column, so one executemany can mix reviews and undos."""

COLUMNS = ("student_id", "class_id", "event_id", "kind", *_EMPTY_ROW)
"""Every column a pushed row fills (all but ``seq``)."""


def row_of(student_id: int, class_id: int, event: AnyEvent) -> dict[str, Any]:
    """The row that keeps ``event``. An undo's deck and card are its target's, which the caller
    fills in when it knows them (so a card's events, undos included, are found by one index)."""
    row: dict[str, Any] = {**_EMPTY_ROW, "student_id": student_id, "class_id": class_id, "event_id": event.id}
    if isinstance(event, UndoEvent):
        row.update(kind="undo", target=event.review)
        return row
    if isinstance(event, StepEvent):
        row.update(kind="step", time=format_ts(event.time), deck=event.deck, card=event.card)
        row["payload"] = event.model_dump_json()
        return row
    if isinstance(event, ExamEvent):
        row.update(kind="exam", time=format_ts(event.finished), payload=event.model_dump_json())
        return row
    row.update(
        kind="review",
        time=format_ts(event.time),
        deck=event.deck,
        card=event.card,
        answer=event.answer,
        correct=event.correct,
        score=event.score,
        suggested=event.suggested,
        rating=event.rating,
        duration_ms=event.duration_ms,
    )
    return row


def event_of(row: Any) -> AnyEvent:
    """A stored row as its event, validated again as it is read back.

    Why validate rows the server wrote itself: pydantic-core validates one answer in about
    4 µs, and ``model_construct`` (which skips the checks) takes 7 µs in Python; a report
    reads every answer of the class (measured 2026-12-02, ``bench/bench_server.py``).
    """
    if row.kind == "step":
        return StepEvent.model_validate_json(row.payload)
    if row.kind == "exam":
        return ExamEvent.model_validate_json(row.payload)
    if row.kind == "undo":
        return UndoEvent.model_validate({"kind": "undo", "id": row.event_id, "review": row.target})
    return ReviewEvent.model_validate(
        {
            "kind": "review",
            "id": row.event_id,
            "time": row.time,
            "deck": row.deck,
            "card": row.card,
            "answer": row.answer,
            "correct": row.correct,
            "score": row.score,
            "suggested": row.suggested,
            "rating": row.rating,
            "duration_ms": row.duration_ms,
        }
    )


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """An answer row as the export reads it (:class:`~kzjp_tutor.core.sync.exports.Answered`),
    without building its event: the report reads the whole class's answers (see there)."""

    kind: Literal["review"]
    id: str
    time: dt.datetime
    deck: str
    card: str
    answer: str
    correct: bool
    score: float
    suggested: Literal["again", "hard", "good", "easy"]
    rating: int
    duration_ms: int | None
    order: tuple[str, str]
    """The stored time is already :func:`~kzjp_tutor.core.store.records.format_ts`'s text."""


READ = ("seq", "student_id", "event_id", "kind", *_EMPTY_ROW)
"""The columns :func:`record_of` reads, in its order: select them in this order
(``sa.select(*(events.c[name] for name in READ))``)."""


def record_of(row: Any) -> Event:
    """A stored row (its columns as :data:`READ`) as the export reads it: an answer as a
    :class:`StoredAnswer`, the rest as events.

    Why by position: reading eleven columns of a SQLAlchemy row by name took 180 ms of a
    30,000-answer report, by position a tenth of that (measured 2026-12-02).
    """
    (
        _seq,
        _student,
        event_id,
        kind,
        time,
        deck,
        card,
        answer,
        correct,
        score,
        suggested,
        rating,
        duration,
        *_,
    ) = row
    if kind != "review":
        return event_of(row)
    return StoredAnswer(
        "review",
        event_id,
        parse_ts(time),
        deck,
        card,
        answer,
        bool(correct),
        float(score),
        suggested,
        int(rating),
        duration,
        (time, event_id),
    )
