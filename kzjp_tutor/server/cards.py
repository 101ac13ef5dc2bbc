"""Each card's replay, kept up to date by pushes, so the report never replays the whole class.

Why: a card's state is a function of its events and the student's scheduling settings
(:mod:`kzjp_tutor.core.sync.replay`), and the report needs every card of every student.
Replaying them all at each report took 2.5–3.0 s for 300 students of 100 answers (docs/scaling.md);
a push touches a few cards, and replaying those few then costs the push a millisecond or two.
So ``card_states`` keeps each card's :class:`~kzjp_tutor.core.sync.exports.CardReplay` and
``through``, the newest event ``seq`` it includes, and the report assembles exports from it
(the same :func:`~kzjp_tutor.core.sync.exports.assemble` the devices' own path uses).

Why it stays right:

* **One writer per student at a time.** A push locks the student's row before it stores its
  events (PostgreSQL; SQLite has one writer anyway), so a student's ``seq`` grow in commit
  order and a card's replay always includes every event up to its ``through``: two devices
  pushing the same card at once cannot both replay without the other's answer.
* **A report never trusts a row that is behind.** It reads the kept rows first and the events
  after; a card with an event newer than its ``through`` (a push that landed in between) is
  replayed there and then, so the report equals a full replay of what it read.
* **Settings.** The student's merged scheduling settings are kept on their row
  (``students.settings``); a change replays all their cards.
* **Old data.** Students whose events predate the kept replays (``students.replayed`` false)
  are replayed whole the first time a push or a report meets them.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from pydantic import TypeAdapter
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..core.export import ExportCard, ProgressExport
from ..core.scheduling import Planner
from ..core.settings import Settings
from ..core.sync.events import SettingsEvent
from ..core.sync.exports import CardReplay, Event, Gathered, assemble, gather, replay_cards
from ..core.sync.replay import replay_planner
from ..core.sync.schedule import merged, with_values
from .db import card_states, events, settings_events, students
from .rows import READ, record_of
from .state import ServerState

__all__ = [
    "Kept",
    "Key",
    "catch_up",
    "class_exports",
    "current_replays",
    "kept_replays",
    "kept_settings",
    "lock_student",
    "planner_for",
    "replay_student",
    "settings_text",
]

Key = tuple[str, str]
"""(deck, card)."""
_READ = [events.c[name] for name in READ]
PLANNERS_KEPT = 256
"""Distinct settings whose planner a server process keeps (a class shares a few)."""


@dataclass(frozen=True, slots=True)
class Kept:
    """A kept card replay and the newest event it includes."""

    replay: CardReplay
    through: int


def settings_text(values: Mapping[str, Any]) -> str | None:
    """The merged scheduling values as ``students.settings`` keeps them (None: all defaults)."""
    return json.dumps(values, sort_keys=True, separators=(",", ":")) if values else None


def kept_settings(db: Connection, student_id: int) -> str | None:
    """The student's scheduling settings merged from every change they pushed, as kept."""
    payloads = db.execute(
        sa.select(settings_events.c.payload).where(settings_events.c.student_id == student_id)
    ).scalars()
    return settings_text(merged(SettingsEvent.model_validate_json(text) for text in payloads))


def planner_for(state: ServerState, settings: str | None) -> Planner:
    """The replay planner for a student's kept settings, made once per distinct settings.

    Why cached: a planner knows the decks' sizes, and counting them for every push would cost
    more than the push; planners are not changed after they are made, so threads share them.
    """
    planner = state.planners.get(settings)
    if planner is None:
        values = json.loads(settings) if settings else {}
        planner = replay_planner(with_values(Settings(), values), state.decks)
        if len(state.planners) >= PLANNERS_KEPT:
            state.planners.clear()
        state.planners[settings] = planner
    return planner


def _lock_statements() -> dict[str, Any]:
    returned = (students.c.settings, students.c.replayed)
    who = students.c.id == sa.bindparam("student")
    return {
        "postgresql": sa.select(*returned).where(who).with_for_update(),
        "sqlite": sa.update(students).where(who).values(replayed=students.c.replayed).returning(*returned),
    }


def _upserts() -> dict[str, Any]:
    """Why executemany and not :func:`~.db.arrays_insert` on PostgreSQL: a kept replay is JSON,
    full of quotes, and psycopg escapes text in arrays with a regular expression per quote;
    measured 2026-12-02 that cost a push more than the statement per row it saves."""
    made = {}
    for name, module in (("postgresql", postgresql), ("sqlite", sqlite)):
        insert = module.insert(card_states)
        made[name] = insert.on_conflict_do_update(
            index_elements=["student_id", "deck", "card"],
            set_={column: insert.excluded[column] for column in ("state", "before", "through")},
        )
    return made


_KEYS: sa.BindParameter[Any] = sa.bindparam("keys", expanding=True)
_UNAIMED = sa.and_(events.c.deck.is_(None), events.c.kind == "undo")
_OF_STUDENT = events.c.student_id == sa.bindparam("student")
_LOCK = _lock_statements()
_UPSERT = _upserts()
_CARDS_EVENTS = sa.select(*_READ).where(
    _OF_STUDENT, sa.or_(sa.tuple_(events.c.deck, events.c.card).in_(_KEYS), _UNAIMED)
)
_ALL_EVENTS = sa.select(*_READ).where(_OF_STUDENT, sa.or_(events.c.deck.is_not(None), _UNAIMED))
_AIM = (
    sa.update(events)
    .where(events.c.seq == sa.bindparam("at"))
    .values(deck=sa.bindparam("to_deck"), card=sa.bindparam("to_card"))
)
_FORGET = sa.delete(card_states).where(
    card_states.c.student_id == sa.bindparam("student"),
    sa.tuple_(card_states.c.deck, card_states.c.card).in_(_KEYS),
)
"""The statements of a push's replay, built once: building them per push cost more than running them."""


def lock_student(db: Connection, student_id: int) -> tuple[str | None, bool]:
    """Make this transaction the student's only writer until it ends (see the module docstring),
    and read their kept settings and replayed mark as they are under the lock. Call it first.

    PostgreSQL locks the student's row. SQLite lets one transaction write at a time, so there
    an update that changes nothing takes that lock before anything is read.
    """
    row = db.execute(_LOCK[db.dialect.name], {"student": student_id}).one()
    return row.settings, bool(row.replayed)


def replay_student(
    db: Connection, state: ServerState, student_id: int, settings: str | None, keys: Collection[Key] | None
) -> None:
    """Replay these cards of the student from their events and keep the result (every card when
    ``keys`` is None, and mark the student replayed). Call inside the transaction that holds
    :func:`lock_student`.

    An undo that came before what it takes back (a push can only aim an undo at an event the
    server has) is aimed here, when its target arrives: it gets the target's deck and card, so
    the card's replay and every later one include it.
    """
    if keys is None:
        rows = db.execute(_ALL_EVENTS, {"student": student_id})
    elif keys:
        rows = db.execute(_CARDS_EVENTS, {"student": student_id, "keys": sorted(keys)})
    else:
        return
    newest: dict[Key, int] = {}
    found: list[Event] = []
    cards: dict[str, Key] = {}
    waiting = []
    for row in rows:
        if row.deck is None:
            waiting.append(row)
            continue
        key = (row.deck, row.card)
        newest[key] = max(newest.get(key, 0), row.seq)
        found.append(record_of(row))
        cards[row.event_id] = key
    aim = []
    for row in waiting:
        target = cards.get(row.target)
        if target is not None:
            newest[target] = max(newest[target], row.seq)
            found.append(record_of(row))
            aim.append({"at": row.seq, "to_deck": target[0], "to_card": target[1]})
    if aim:
        db.execute(_AIM, aim)
    replays = replay_cards(gather(found), planner_for(state, settings), newest)
    if keys is None:
        db.execute(sa.delete(card_states).where(card_states.c.student_id == student_id))
        db.execute(sa.update(students).where(students.c.id == student_id).values(replayed=True))
    gone = [key for key in keys or () if key not in replays]
    if gone:
        db.execute(_FORGET, {"student": student_id, "keys": gone})
    kept = [
        {
            "student_id": student_id,
            "deck": deck,
            "card": card,
            "state": replay.card.model_dump_json() if replay.card is not None else None,
            "before": json.dumps(replay.before, separators=(",", ":")),
            "through": newest[(deck, card)],
        }
        for (deck, card), replay in replays.items()
    ]
    if kept:
        db.execute(_UPSERT[db.dialect.name], kept)


_BEFORE: TypeAdapter[dict[str, int]] = TypeAdapter(dict[str, int])
_CARD: TypeAdapter[ExportCard] = TypeAdapter(ExportCard)
_KEPT_OF_CLASS = (
    sa.select(
        card_states.c.student_id,
        card_states.c.deck,
        card_states.c.card,
        card_states.c.state,
        card_states.c.before,
        card_states.c.through,
    )
    .join(students, students.c.id == card_states.c.student_id)
    .where(students.c.class_id == sa.bindparam("class_id"))
)


def kept_replays(db: Connection, class_id: int) -> dict[int, dict[Key, Kept]]:
    """Every kept card replay of the class, by student id.

    Why pydantic for the plain ``before`` map and columns by position: the report reads a row
    per card of the class, and ``json.loads`` (13 µs a row) with named columns took a third of
    it on PostgreSQL (measured 2026-12-02, 15,000 cards).
    """
    kept: dict[int, dict[Key, Kept]] = {}
    card_of, before_of = _CARD.validate_json, _BEFORE.validate_json
    for student, deck, card, state, before, through in db.execute(_KEPT_OF_CLASS, {"class_id": class_id}):
        replay = CardReplay(card_of(state) if state is not None else None, before_of(before))
        kept.setdefault(student, {})[(deck, card)] = Kept(replay, through)
    return kept


def current_replays(
    gathered: Gathered, kept: Mapping[Key, Kept], newest: Mapping[Key, int], planner: Planner
) -> dict[Key, CardReplay]:
    """The kept replays of a student's gathered cards, with the cards whose kept row is missing
    or behind (an event newer than its ``through``, or an answer it does not know) replayed now.

    The last check costs a dict lookup per answer; it turns a kept row that is wrong for any
    reason (with the student's lock it cannot be) into a replay instead of a failed report.
    """
    behind = [key for key in gathered.cards if _behind(kept.get(key), newest.get(key, 0), gathered, key)]
    replays = {key: one.replay for key, one in kept.items()}
    replays.update(replay_cards(gathered, planner, behind))
    return replays


def _behind(kept: Kept | None, newest: int, gathered: Gathered, key: Key) -> bool:
    if kept is None or kept.through < newest:
        return True
    before = kept.replay.before
    return any(answer.id not in before for answer in gathered.answers.get(key, ()))


def _catch_up_class(state: ServerState, class_id: int) -> None:
    """Replay whole, once, the class's students whose events predate the kept replays."""
    with state.engine.connect() as db:
        stale = (
            db.execute(
                sa.select(students.c.id).where(
                    students.c.class_id == class_id, students.c.replayed.is_(False)
                )
            )
            .scalars()
            .all()
        )
    for student_id in stale:
        with state.engine.begin() as db:
            _settings, replayed = lock_student(db, student_id)
            if not replayed:
                catch_up(db, state, student_id)


def catch_up(db: Connection, state: ServerState, student_id: int) -> None:
    """Keep the merged settings and every card replay of a student whose data predates them
    (inside the transaction that holds :func:`lock_student`)."""
    settings = kept_settings(db, student_id)
    db.execute(sa.update(students).where(students.c.id == student_id).values(settings=settings))
    replay_student(db, state, student_id, settings, None)


def class_exports(state: ServerState, class_id: int) -> list[ProgressExport]:
    """Every student of the class as an export, from their events and kept card replays (the report's input)."""
    _catch_up_class(state, class_id)
    with state.engine.connect() as db:
        people = db.execute(
            sa.select(
                students.c.id,
                students.c.public_id,
                students.c.name,
                students.c.exam_date,
                students.c.settings,
            )
            .where(students.c.class_id == class_id)
            .order_by(students.c.id)
        ).all()
        kept = kept_replays(db, class_id)
        by_student: dict[int, list[Event]] = {p.id: [] for p in people}
        newest: dict[int, dict[Key, int]] = {p.id: {} for p in people}
        for row in db.execute(sa.select(*_READ).where(events.c.class_id == class_id).order_by(events.c.seq)):
            by_student.setdefault(row.student_id, []).append(record_of(row))
            if row.deck is not None:
                newest.setdefault(row.student_id, {})[(row.deck, row.card)] = row.seq
    now = state.now()
    exports = []
    for p in people:
        if not by_student[p.id]:
            continue
        gathered = gather(by_student[p.id])
        replays = current_replays(gathered, kept.get(p.id, {}), newest[p.id], planner_for(state, p.settings))
        exports.append(
            assemble(gathered, replays, now, student=p.name, student_id=p.public_id, exam_date=p.exam_date)
        )
    return exports
