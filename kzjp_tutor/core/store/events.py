"""Card steps that are not answers: shown, suspend/unsuspend, flag, reset; and undoing them.

Why a log of events and not just columns on ``card_state``: the schedule and the reports must
know that a card was *shown* (not answered), who reported it as wrong and why, and that its
progress was reset, and undo must put back exactly what a step changed. Each step is ONE row of
``card_event`` written in ONE ``BEGIN IMMEDIATE`` transaction together with what it changes (the
card's state, its suspension, the day's new-card count), like an answer.

Undo rule, shared with answers (one home: :func:`later_step`): only a card's latest step that
changed its state can be undone, so undo never throws away an answer or a reset built on it.
Suspend, unsuspend and flag change no state; their undo only re-reads the card's suspension.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

from ..i18n import gettext as _
from .records import (
    MAX_COMMENT,
    STATE_COLUMNS,
    CardState,
    StateChanged,
    UnreadableState,
    add_daily,
    day_of,
    format_ts,
    parse_ts,
    previous_json,
    put_state,
    state_from_row,
)

__all__ = [
    "EVENT_COLUMNS",
    "STATE_STEPS",
    "CardEvent",
    "EventKind",
    "event_from_row",
    "event_in",
    "later_step",
    "undo_event_in",
]

EventKind = Literal["shown", "suspend", "unsuspend", "flag", "reset"]

STATE_STEPS: tuple[EventKind, ...] = ("shown", "reset")
"""The event kinds that change a card's schedule (and so take part in the undo order)."""

_SUSPENSION: tuple[EventKind, ...] = ("suspend", "unsuspend")


@dataclass(frozen=True, slots=True)
class CardEvent:
    """One recorded card step that is not an answer."""

    id: str
    """Made by the caller (uuid4 hex), so a retried write cannot record it twice."""
    deck_id: str
    card_id: str
    kind: EventKind
    at: dt.datetime
    comment: str | None = None
    """The student's words for a flag (None when they gave none, and for other kinds)."""


EVENT_COLUMNS = "id, deck_id, card_id, kind, at, comment"
"""The ``card_event`` columns :func:`event_from_row` reads, in its order."""


def event_from_row(row: tuple[Any, ...]) -> CardEvent:
    """A :data:`EVENT_COLUMNS` row as a :class:`CardEvent`."""
    event_id, deck_id, card_id, kind, at, comment = row
    return CardEvent(event_id, deck_id, card_id, kind, parse_ts(at), comment)


def _current(db: sqlite3.Connection, deck_id: str, card_id: str) -> CardState | None:
    rows = db.execute(
        f"SELECT {STATE_COLUMNS} FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
    ).fetchall()
    try:
        return state_from_row(deck_id, rows[0]) if rows else None
    except UnreadableState:
        return None


def _latest_review(db: sqlite3.Connection, deck_id: str, card_id: str) -> str | None:
    row = db.execute(
        "SELECT id FROM review WHERE deck_id = ? AND card_id = ? AND undone = 0"
        " ORDER BY reviewed_at DESC, rowid DESC LIMIT 1",
        (deck_id, card_id),
    ).fetchone()
    return None if row is None else str(row[0])


def later_step(db: sqlite3.Connection, deck_id: str, card_id: str, *, after_review: str | None) -> bool:
    """Whether a state-changing event of the card was recorded after its answer ``after_review``.

    The one home of the rule "undo only the card's latest step": an answer cannot be undone once
    the card was reset (or shown) after it, and :func:`undo_event_in` asks the same of events.
    """
    found = db.execute(
        f"SELECT 1 FROM card_event WHERE deck_id = ? AND card_id = ? AND undone = 0"
        f" AND kind IN ({','.join('?' * len(STATE_STEPS))}) AND after_review IS ?",
        (deck_id, card_id, *STATE_STEPS, after_review),
    ).fetchone()
    return found is not None


def _refresh_suspension(db: sqlite3.Connection, deck_id: str, card_id: str) -> None:
    """Set the card's row in ``suspended`` from its latest suspend/unsuspend event (one rule)."""
    row = db.execute(
        "SELECT kind, at FROM card_event WHERE deck_id = ? AND card_id = ? AND undone = 0"
        " AND kind IN (?, ?) ORDER BY rowid DESC LIMIT 1",
        (deck_id, card_id, *_SUSPENSION),
    ).fetchone()
    if row is not None and row[0] == "suspend":
        db.execute(
            "INSERT OR REPLACE INTO suspended (deck_id, card_id, since) VALUES (?, ?, ?)",
            (deck_id, card_id, row[1]),
        )
    else:
        db.execute("DELETE FROM suspended WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))


def event_in(db: sqlite3.Connection, event: CardEvent, *, shown: CardState | None = None) -> bool:
    """Record ``event`` and what it changes, inside the caller's transaction.

    Args:
        db: The connection, inside ``BEGIN IMMEDIATE``.
        event: The step.
        shown: For a ``shown`` event, the card's schedule after the showing (it must have none yet).

    Returns:
        True if recorded; False if an event with this id was already recorded (a retry), or a
        reset of a card without progress (nothing to reset).

    Raises:
        StateChanged: a ``shown`` card already has a schedule (another program answered it).
    """
    if db.execute("SELECT 1 FROM card_event WHERE id = ?", (event.id,)).fetchone():
        return False
    previous = _current(db, event.deck_id, event.card_id)
    exists = (
        previous is not None
        or db.execute(
            "SELECT 1 FROM card_state WHERE deck_id = ? AND card_id = ?", (event.deck_id, event.card_id)
        ).fetchone()
    )
    if event.kind == "shown":
        if shown is None:
            raise ValueError("a shown event needs the card's new schedule")  # i18n: not text
        if exists:
            raise StateChanged(
                _("card {card} changed since it was read").format(card=f"{event.deck_id}/{event.card_id}")
            )
    if event.kind == "reset" and not exists:
        return False
    comment = event.comment[:MAX_COMMENT] if event.comment else None
    db.execute(
        "INSERT INTO card_event (id, deck_id, card_id, kind, at, comment, previous, after_review)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.id,
            event.deck_id,
            event.card_id,
            event.kind,
            format_ts(event.at),
            comment,
            previous_json(previous) if event.kind == "reset" else None,
            _latest_review(db, event.deck_id, event.card_id),
        ),
    )
    if event.kind == "shown" and shown is not None:
        put_state(db, shown)
        # Shown is when a card is introduced: the daily new-card limit counts it here, once.
        add_daily(db, event.deck_id, day_of(event.at), new_cards=1)
    elif event.kind == "reset":
        db.execute("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?", (event.deck_id, event.card_id))
    elif event.kind in _SUSPENSION:
        _refresh_suspension(db, event.deck_id, event.card_id)
    from ..sync.outbox import enqueue_step  # here: core.sync imports the store's records

    enqueue_step(db, event)  # the sync outbox, in the step's own transaction
    return True


def undo_event_in(db: sqlite3.Connection, event_id: str) -> CardEvent | None:
    """Undo an event inside the caller's transaction: put back what it changed, mark it undone.

    Returns:
        The undone event, or None if it does not exist, is already undone, or (for shown and
        reset) the card has had an answer or another such step since.
    """
    row = db.execute(
        f"SELECT {EVENT_COLUMNS}, previous, after_review, rowid FROM card_event WHERE id = ? AND undone = 0",
        (event_id,),
    ).fetchone()
    if row is None:
        return None
    event = event_from_row(row[:6])
    previous_text, after_review, rowid = row[6:]
    deck_id, card_id = event.deck_id, event.card_id
    if event.kind in STATE_STEPS:
        if _latest_review(db, deck_id, card_id) != after_review:
            return None  # answered since
        newer = db.execute(
            f"SELECT 1 FROM card_event WHERE deck_id = ? AND card_id = ? AND undone = 0 AND rowid > ?"
            f" AND kind IN ({','.join('?' * len(STATE_STEPS))})",
            (deck_id, card_id, rowid, *STATE_STEPS),
        ).fetchone()
        if newer is not None:
            return None
    db.execute("UPDATE card_event SET undone = 1 WHERE id = ?", (event_id,))
    if event.kind == "shown" and not previous_text:
        db.execute("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
        add_daily(db, deck_id, day_of(event.at), new_cards=-1)
    elif event.kind in STATE_STEPS and previous_text:
        # A reset; or a showing that sync's replay found already answered on another device
        # (it changed nothing, so undoing it changes nothing either).
        put_state(db, CardState.from_dict(deck_id, card_id, json.loads(previous_text)))
    elif event.kind in _SUSPENSION:
        _refresh_suspension(db, deck_id, card_id)
    from ..sync.outbox import enqueue_undo

    enqueue_undo(db, event_id)
    return event
