"""The JSON API under ``/api/v1``: classes and join codes for the instructor, push and pull for devices.

Scope, route by route: a student key reaches only ``/me``, ``/events`` and ``/settings`` and only its own
rows (every query is filtered by the student id the key resolves to, never by an id in the
request); an instructor key reaches only ``/class/...`` of its own class; creating a class needs
the server's setup key. The field names and error strings are machine output and stay English;
the client puts them in the student's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Protocol, TypeVar

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..core.export import ProgressExport
from ..core.store.records import format_ts
from ..core.sync.events import SettingsEvent
from .cards import catch_up, class_exports, kept_settings, lock_student, replay_student
from .collector import collector_held
from .db import (
    arrays_insert,
    as_arrays,
    aware,
    card_states,
    classes,
    events,
    join_codes,
    settings_events,
    students,
)
from .keys import (
    INSTRUCTOR_PREFIX,
    STUDENT_PREFIX,
    digest,
    matches,
    new_join_code,
    new_key,
    normal_code,
    public_id,
)
from .limits import MAX_PULL, MAX_SETTINGS_EVENTS
from .models import (
    ClassCreate,
    ClassCreated,
    ClassInfo,
    CodeInfo,
    JoinCode,
    Joined,
    JoinRequest,
    Me,
    PullResponse,
    PushRequest,
    PushResponse,
    SequencedEvent,
    SettingsList,
    SettingsPush,
    StudentInfo,
)
from .rows import COLUMNS, event_of, row_of
from .state import Instructor, Student, bearer, instructor, limit_address, server, student

__all__ = ["class_exports", "router"]

router = APIRouter(prefix="/api/v1")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=_HasId)

Who = Annotated[Student, Depends(student)]
Teacher = Annotated[Instructor, Depends(instructor)]


@router.post("/classes", response_model=ClassCreated, status_code=201)
def create_class(body: ClassCreate, request: Request) -> ClassCreated:
    """Create a class; answers its instructor key and a first join code, each shown only now."""
    state = server(request)
    key = bearer(request)
    if state.setup_key_hash is None or key is None or not matches(state.setup_key_hash, key):
        limit_address(request)
        raise HTTPException(401, "creating a class needs the server's setup key")  # i18n: not text
    instructor_key = new_key(INSTRUCTOR_PREFIX)
    code = new_join_code()
    now = state.now()
    with state.engine.begin() as db:
        class_id = db.execute(
            sa.insert(classes)
            .values(name=body.name, instructor_key_hash=digest(instructor_key), created_at=now)
            .returning(classes.c.id)
        ).scalar_one()
        db.execute(
            sa.insert(join_codes).values(
                class_id=class_id, code_hash=digest(normal_code(code)), created_at=now
            )
        )
    return ClassCreated(class_id=class_id, name=body.name, instructor_key=instructor_key, join_code=code)


@router.get("/class", response_model=ClassInfo)
def class_info(teacher: Teacher, request: Request) -> ClassInfo:
    """The class's students (with their event counts) and join codes (never the codes themselves)."""
    with server(request).engine.connect() as db:
        counts: dict[int, int] = dict(
            db.execute(
                sa.select(events.c.student_id, sa.func.count())
                .where(events.c.class_id == teacher.class_id)
                .group_by(events.c.student_id)
            ).all()
        )
        people = db.execute(
            sa.select(students.c.id, students.c.public_id, students.c.name)
            .where(students.c.class_id == teacher.class_id)
            .order_by(students.c.name, students.c.id)
        ).all()
        codes = db.execute(
            sa.select(join_codes).where(join_codes.c.class_id == teacher.class_id).order_by(join_codes.c.id)
        ).all()
    return ClassInfo(
        class_id=teacher.class_id,
        name=teacher.name,
        students=[
            StudentInfo(student_id=p.public_id, name=p.name, events=counts.get(p.id, 0)) for p in people
        ],
        codes=[
            CodeInfo(code_id=c.id, created_at=aware(c.created_at), revoked=c.revoked_at is not None)
            for c in codes
        ],
    )


@router.post("/class/codes", response_model=JoinCode, status_code=201)
def add_code(teacher: Teacher, request: Request) -> JoinCode:
    """A new join code for the class (the old ones keep working until revoked)."""
    code = new_join_code()
    state = server(request)
    with state.engine.begin() as db:
        code_id = db.execute(
            sa.insert(join_codes)
            .values(class_id=teacher.class_id, code_hash=digest(normal_code(code)), created_at=state.now())
            .returning(join_codes.c.id)
        ).scalar_one()
    return JoinCode(code_id=code_id, join_code=code)


@router.post("/class/codes/{code_id}/revoke", response_model=CodeInfo)
def revoke_code(code_id: int, teacher: Teacher, request: Request) -> CodeInfo:
    """Revoke a join code: nobody can join with it any more (students who joined stay)."""
    state = server(request)
    with state.engine.begin() as db:
        row = db.execute(
            sa.select(join_codes).where(join_codes.c.id == code_id, join_codes.c.class_id == teacher.class_id)
        ).first()
        if row is None:
            raise HTTPException(404, "no such join code in this class")  # i18n: not text
        db.execute(
            sa.update(join_codes)
            .where(join_codes.c.id == code_id, join_codes.c.revoked_at.is_(None))
            .values(revoked_at=state.now())
        )
    return CodeInfo(code_id=row.id, created_at=aware(row.created_at), revoked=True)


@router.delete("/class/students/{student_id}", status_code=204)
def delete_student(student_id: str, teacher: Teacher, request: Request) -> None:
    """Delete a student and every event of theirs (the instructor's answer to a deletion request)."""
    with server(request).engine.begin() as db:
        row = db.execute(
            sa.select(students.c.id).where(
                students.c.public_id == student_id, students.c.class_id == teacher.class_id
            )
        ).first()
        if row is None:
            raise HTTPException(404, "no such student in this class")  # i18n: not text
        db.execute(sa.delete(events).where(events.c.student_id == row.id))
        db.execute(sa.delete(card_states).where(card_states.c.student_id == row.id))
        db.execute(sa.delete(settings_events).where(settings_events.c.student_id == row.id))
        db.execute(sa.delete(students).where(students.c.id == row.id))


@router.get("/class/exports", response_model=list[ProgressExport])
def exports(teacher: Teacher, request: Request) -> list[ProgressExport]:
    """Every student's progress as the export their device would write (for ``report --server``)."""
    with collector_held():
        return class_exports(server(request), teacher.class_id)


@router.post("/join", response_model=Joined, status_code=201)
def join(body: JoinRequest, request: Request) -> Joined:
    """Join a class with a join code; answers the student's own key, shown only now."""
    limit_address(request)
    state = server(request)
    code_hash = digest(normal_code(body.code))
    with state.engine.begin() as db:
        row = db.execute(
            sa.select(join_codes.c.class_id, join_codes.c.code_hash, join_codes.c.revoked_at, classes.c.name)
            .join(classes, classes.c.id == join_codes.c.class_id)
            .where(join_codes.c.code_hash == code_hash)
        ).first()
        if row is None or row.revoked_at is not None or not matches(row.code_hash, normal_code(body.code)):
            refused = "this join code is not valid (mistyped, or revoked by the instructor)"  # i18n: not text
            raise HTTPException(403, refused)
        key = new_key(STUDENT_PREFIX)
        public = public_id()
        db.execute(
            sa.insert(students).values(
                class_id=row.class_id,
                public_id=public,
                name=body.student,
                key_hash=digest(key),
                created_at=state.now(),
                replayed=True,
            )
        )
    return Joined(student_key=key, student_id=public, class_name=row.name)


@router.get("/me", response_model=Me)
def me(who: Who, request: Request) -> Me:
    """Who this student key is (a second device checks the key with this)."""
    with server(request).engine.connect() as db:
        count = db.execute(sa.select(sa.func.count()).where(events.c.student_id == who.id)).scalar_one()
        name = db.execute(sa.select(classes.c.name).where(classes.c.id == who.class_id)).scalar_one()
    return Me(student_id=who.public_id, name=who.name, class_name=name, events=count)


def _insert_ignoring_duplicates(dialect: str, table: sa.Table = events) -> Any:
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=["student_id", "event_id"])


def _once(pushed: Iterable[E]) -> dict[str, E]:
    """The pushed events by id, each id once (the first copy; a batch may repeat one)."""
    fresh: dict[str, E] = {}
    for event in pushed:
        fresh.setdefault(event.id, event)
    return fresh


def _new_events(db: Any, table: sa.Table, who: Student, pushed: Iterable[E]) -> list[E]:
    """The pushed events the student's rows in ``table`` do not have yet, each id once (a retried
    push sends them again)."""
    fresh = _once(pushed)
    known = db.execute(
        sa.select(table.c.event_id).where(table.c.student_id == who.id, table.c.event_id.in_(list(fresh)))
    ).scalars()
    for event_id in known:
        fresh.pop(event_id, None)
    return list(fresh.values())


_STORE = {
    "postgresql": arrays_insert(events, COLUMNS)
    .on_conflict_do_nothing(index_elements=["student_id", "event_id"])
    .returning(events.c.event_id),
    "sqlite": _insert_ignoring_duplicates("sqlite").returning(events.c.event_id),
}
"""The one statement that stores a push, per engine: new rows in, known ids skipped, new ids back."""


def _store(db: Connection, rows: list[dict[str, Any]]) -> set[str]:
    """Store a push's rows with one statement (one round trip); the ids that were new."""
    if db.dialect.name == "postgresql":
        return set(db.execute(_STORE["postgresql"], as_arrays(rows, COLUMNS)).scalars())
    return set(db.execute(_STORE["sqlite"], rows).scalars())


def _aim_undos(db: Connection, student_id: int, rows: list[dict[str, Any]]) -> None:
    """Give each undo row its target's deck and card (from this push, else from the stored
    events), so the kept replay of that card is redone. An undo of something the server never
    had keeps none: it takes nothing back."""
    undos = [row for row in rows if row["kind"] == "undo"]
    if not undos:
        return
    cards = {row["event_id"]: (row["deck"], row["card"]) for row in rows if row["deck"] is not None}
    unknown = {row["target"] for row in undos} - set(cards)
    if unknown:
        found = db.execute(
            sa.select(events.c.event_id, events.c.deck, events.c.card).where(
                events.c.student_id == student_id, events.c.event_id.in_(sorted(unknown))
            )
        )
        cards.update((found_id, (deck, card)) for found_id, deck, card in found)
    for row in undos:
        row["deck"], row["card"] = cards.get(row["target"], (None, None))


@router.post("/events", response_model=PushResponse)
def push(body: PushRequest, who: Who, request: Request) -> PushResponse:
    """Store a device's events; an event the server already has (same student, same id) is skipped.

    That is what makes a retried push safe: the device may not know whether its last push
    arrived, so it sends it again and nothing is counted twice.

    Why one INSERT (:func:`_store`): ``INSERT … ON CONFLICT DO NOTHING RETURNING event_id`` over
    all the rows stores the new events, skips the known ones and says which were new, in one
    round trip. The cards the new events touch are then replayed and kept (:mod:`.cards`) in
    the same transaction, under the student's lock, so the report never replays the class; a
    retried push that brings nothing new replays nothing.
    """
    state = server(request)
    rows = [row_of(who.id, who.class_id, event) for event in _once(body.events).values()]
    new_date = body.exam_date is not None and body.exam_date != who.exam_date
    new: set[str] = set()
    with state.engine.begin() as db:
        settings, replayed = lock_student(db, who.id)
        _aim_undos(db, who.id, rows)
        if rows:
            new = _store(db, rows)
        if new_date:
            db.execute(sa.update(students).where(students.c.id == who.id).values(exam_date=body.exam_date))
        touched = {(row["deck"], row["card"]) for row in rows if row["event_id"] in new and row["deck"]}
        if not replayed:
            catch_up(db, state, who.id)
        elif touched:
            replay_student(db, state, who.id, settings, touched)
    return PushResponse(accepted=len(new), duplicates=len(body.events) - len(new))


@router.post("/settings", response_model=PushResponse)
def push_settings(body: SettingsPush, who: Who, request: Request) -> PushResponse:
    """Keep a device's scheduling settings changes (kzjp_tutor.core.sync.schedule); one the server
    already has is skipped, as with answers. Their values were checked against the settings' own
    bounds by the body's model. When the merged settings change, every card of the student is
    replayed with them (the report shows what their devices show)."""
    state = server(request)
    with state.engine.begin() as db:
        settings, _replayed = lock_student(db, who.id)
        new = _new_events(db, settings_events, who, body.events)
        kept = db.execute(
            sa.select(sa.func.count()).where(settings_events.c.student_id == who.id)
        ).scalar_one()
        if kept + len(new) > MAX_SETTINGS_EVENTS:
            refused = f"a student keeps at most {MAX_SETTINGS_EVENTS} settings changes"  # i18n: not text
            raise HTTPException(403, refused)
        rows = [
            {
                "student_id": who.id,
                "event_id": e.id,
                "time": format_ts(e.time),
                "payload": e.model_dump_json(),
            }
            for e in new
        ]
        if rows:
            db.execute(_insert_ignoring_duplicates(state.engine.dialect.name, settings_events), rows)
            merged_now = kept_settings(db, who.id)
            if merged_now != settings:
                db.execute(sa.update(students).where(students.c.id == who.id).values(settings=merged_now))
                replay_student(db, state, who.id, merged_now, None)
    return PushResponse(accepted=len(rows), duplicates=len(body.events) - len(rows))


@router.get("/settings", response_model=SettingsList)
def pull_settings(who: Who, request: Request) -> SettingsList:
    """Every scheduling settings change of the student, oldest first (a device merges them all)."""
    with server(request).engine.connect() as db:
        payloads = db.execute(
            sa.select(settings_events.c.payload)
            .where(settings_events.c.student_id == who.id)
            .order_by(settings_events.c.seq)
        ).scalars()
        return SettingsList(events=[SettingsEvent.model_validate_json(text) for text in payloads])


@router.get("/events", response_model=PullResponse)
def pull(
    who: Who,
    request: Request,
    after: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL)] = MAX_PULL,
) -> PullResponse:
    """The student's own events after position ``after``, oldest first (every device's)."""
    with server(request).engine.connect() as db:
        rows = db.execute(
            sa.select(events)
            .where(events.c.student_id == who.id, events.c.seq > after)
            .order_by(events.c.seq)
            .limit(limit + 1)
        ).all()
    page = rows[:limit]
    return PullResponse(
        events=[SequencedEvent(seq=row.seq, event=event_of(row)) for row in page],
        cursor=page[-1].seq if page else after,
        more=len(rows) > limit,
    )
