"""The device's side of sync inside its progress database: applying pulled events and replaying cards.

Every function here takes a connection that is already inside ONE write transaction
(:meth:`~kzjp_tutor.core.store.Store.transaction`), so pulling a batch — new reviews, undone
reviews, the rebuilt cards and their day counts — is applied wholly or not at all, and a kill
at any moment leaves the device before or after the batch.

The outbox itself is :mod:`.outbox`. The student's scheduling settings changes
(:mod:`.schedule`) are kept in ``settings_event``, read and written here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..scheduling import Planner
from ..store.events import STATE_STEPS
from ..store.records import (
    REVIEW_COLUMNS,
    CardState,
    add_daily,
    bump_daily,
    cap_answer,
    day_of,
    format_ts,
    parse_ts,
    previous_json,
    put_state,
    review_from_row,
)
from .events import AnyEvent, ExamEvent, ReviewEvent, SettingsEvent, StepEvent, UndoEvent
from .replay import Answer, Step, replay_card, suspended_by

__all__ = [
    "Applied",
    "add_settings_events",
    "all_cards",
    "apply_events",
    "cards_of",
    "mark_settings_pushed",
    "replay_cards",
    "settings_events",
]

Key = tuple[str, str]
"""(deck id, card id)."""


@dataclass
class Applied:
    """What applying a pulled batch changed."""

    reviews: int = 0
    """Reviews new to this device."""
    undone: int = 0
    """Reviews and card steps taken back here because another device took them back."""
    steps: int = 0
    """Card steps (shown, suspend, unsuspend, flag, reset) new to this device."""
    exams: int = 0
    """Practice exams new to this device."""
    cards: set[Key] = field(default_factory=set)
    """Cards whose answers or steps changed (to be replayed)."""


def _insert_review(db: sqlite3.Connection, event: ReviewEvent) -> bool:
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
    return bool(cursor.rowcount)


def _insert_step(db: sqlite3.Connection, event: StepEvent) -> bool:
    """A step from another device; ``previous`` and ``after_review`` are filled by the replay."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO card_event (id, deck_id, card_id, kind, at, comment, previous, after_review)"
        " VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)",
        (event.id, event.deck, event.card, event.step, format_ts(event.time), event.comment),
    )
    return bool(cursor.rowcount)


def _insert_exam(db: sqlite3.Connection, event: ExamEvent) -> bool:
    """An exam kept on another device, for this device's exam history (no feedback text travels)."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO exam (id, started_at, finished_at, decks, section, seed, questions, minutes,"
        " timed_out, percent, mark) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.id,
            format_ts(event.started),
            format_ts(event.finished),
            json.dumps(sorted(event.decks)),
            event.section,
            event.seed,
            event.questions,
            event.minutes,
            int(event.timed_out),
            event.percent,
            event.mark,
        ),
    )
    if not cursor.rowcount:
        return False
    db.executemany(
        "INSERT OR IGNORE INTO exam_answer (exam_id, position, deck_id, card_id, section_id, answer, correct,"
        " score, feedback, review_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
        [
            (event.id, a.position, a.deck, a.card, a.section, a.answer, int(a.correct), a.score, a.review)
            for a in event.answers
        ],
    )
    return True


def _target(db: sqlite3.Connection, event_id: str, *, live: bool) -> tuple[str, Key] | None:
    """The table ("review" or "card_event") and card of the answer or step ``event_id``."""
    alive = " AND undone = 0" if live else ""
    for table in ("review", "card_event"):
        row = db.execute(f"SELECT deck_id, card_id FROM {table} WHERE id = ?{alive}", (event_id,)).fetchone()
        if row is not None:
            return table, (row[0], row[1])
    return None


def apply_events(db: sqlite3.Connection, events: Iterable[AnyEvent]) -> Applied:
    """Insert the answers, steps and exams this device lacks and mark the undone ones; replay is the
    caller's next step.

    An event arriving with an id this device already has is the same event (ids are random
    128-bit numbers made where it happened), so it is skipped.
    """
    applied = Applied()
    for event in events:
        if isinstance(event, ReviewEvent):
            if _insert_review(db, event):
                applied.reviews += 1
                applied.cards.add((event.deck, event.card))
        elif isinstance(event, StepEvent):
            if _insert_step(db, event):
                applied.steps += 1
                applied.cards.add((event.deck, event.card))
        elif isinstance(event, ExamEvent):
            applied.exams += int(_insert_exam(db, event))
        else:
            found = _target(db, event.review, live=True)
            if found is not None:
                table, card = found
                db.execute(f"UPDATE {table} SET undone = 1 WHERE id = ?", (event.review,))
                applied.undone += 1
                applied.cards.add(card)
    return applied


def cards_of(db: sqlite3.Connection, events: Iterable[AnyEvent]) -> set[Key]:
    """The cards these events answer, step or take something back from (an unknown undo names none)."""
    cards: set[Key] = set()
    for event in events:
        if isinstance(event, ReviewEvent | StepEvent):
            cards.add((event.deck, event.card))
        elif isinstance(event, UndoEvent):
            found = _target(db, event.review, live=False)
            if found is not None:
                cards.add(found[1])
    return cards


def all_cards(db: sqlite3.Connection) -> set[Key]:
    """Every card this device holds an answer or a card step of (a settings change replays them all)."""
    rows = db.execute("SELECT deck_id, card_id FROM review UNION SELECT deck_id, card_id FROM card_event")
    return {(deck, card) for deck, card in rows}


def settings_events(db: sqlite3.Connection, *, unpushed: bool = False) -> list[SettingsEvent]:
    """The scheduling settings changes this device knows (only those the server lacks, if ``unpushed``)."""
    where = " WHERE pushed = 0" if unpushed else ""
    rows = db.execute(f"SELECT event FROM settings_event{where} ORDER BY at, id").fetchall()
    return [SettingsEvent.model_validate_json(text) for (text,) in rows]


def add_settings_events(
    db: sqlite3.Connection, events: Iterable[SettingsEvent], *, pushed: bool
) -> list[SettingsEvent]:
    """Keep these settings changes; returns those new to this device (an id already here is skipped)."""
    new = []
    for event in events:
        cursor = db.execute(
            "INSERT OR IGNORE INTO settings_event (id, at, event, pushed) VALUES (?, ?, ?, ?)",
            (event.id, format_ts(event.time), event.model_dump_json(), int(pushed)),
        )
        if cursor.rowcount:
            new.append(event)
    return new


def mark_settings_pushed(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    """The server has these settings changes."""
    db.executemany("UPDATE settings_event SET pushed = 1 WHERE id = ?", [(event_id,) for event_id in ids])


def replay_cards(db: sqlite3.Connection, planner: Planner, cards: Iterable[Key]) -> int:
    """Rebuild these cards from their answers and steps: state, suspension, each review's
    state-before, each step's undo record, the day counts.

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
        events = db.execute(
            "SELECT id, kind, at FROM card_event WHERE deck_id = ? AND card_id = ? AND undone = 0",
            (deck_id, card_id),
        ).fetchall()
        days.update((deck_id, day_of(parse_ts(at))) for _id, kind, at in events if kind == "shown")
        steps = [Step(eid, parse_ts(at), kind) for eid, kind, at in events]
        _suspend(db, deck_id, card_id, [(parse_ts(at), eid, kind) for eid, kind, at in events])
        replayed = replay_card(planner, deck_id, card_id, answers, steps)
        if replayed is None or replayed.state is None:
            db.execute("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
        else:
            put_state(db, replayed.state)
        # an undone step is never undone again: what it would put back is the same nothing everywhere
        db.execute(
            "UPDATE card_event SET previous = NULL, after_review = NULL WHERE deck_id = ? AND card_id = ?"
            " AND undone = 1",
            (deck_id, card_id),
        )
        if replayed is None:
            continue
        db.executemany(
            "UPDATE review SET previous = ? WHERE id = ?",
            [(previous_json(before), rid) for rid, before in replayed.before],
        )
        kinds = {eid: kind for eid, kind, _at in events}
        db.executemany(
            "UPDATE card_event SET previous = ?, after_review = ? WHERE id = ?",
            [
                (
                    previous_json(step.state) if kinds[step.id] in STATE_STEPS else None,
                    step.after_review,
                    step.id,
                )
                for step in replayed.steps
            ],
        )

        count += 1
    _recount_days(db, days)
    return count


def _suspend(
    db: sqlite3.Connection, deck_id: str, card_id: str, events: list[tuple[dt.datetime, str, str]]
) -> None:
    """Set the card's suspension from its suspend/unsuspend steps in replay order."""
    changes = [(at, eid, kind == "suspend") for at, eid, kind in events if kind in ("suspend", "unsuspend")]
    suspended, since = suspended_by(changes)
    if suspended and since is not None:
        db.execute(
            "INSERT OR REPLACE INTO suspended (deck_id, card_id, since) VALUES (?, ?, ?)",
            (deck_id, card_id, format_ts(since)),
        )
    else:
        db.execute("DELETE FROM suspended WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))


def _recount_days(db: sqlite3.Connection, days: set[tuple[str, str]]) -> None:
    """Rebuild the ``daily`` roll-up of these (deck, day)s from the log, with the store's own rule:
    each answer by :func:`~kzjp_tutor.core.store.records.bump_daily`, and each showing that
    introduced a card (it had no state before: ``previous`` NULL) as one new card."""
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
        shown = db.execute(
            "SELECT count(*) FROM card_event WHERE undone = 0 AND kind = 'shown' AND previous IS NULL"
            " AND deck_id = ? AND at >= ? AND at < ?",
            (deck_id, day, day + "\x7f"),
        ).fetchone()[0]
        if shown:
            add_daily(db, deck_id, day, new_cards=int(shown))
