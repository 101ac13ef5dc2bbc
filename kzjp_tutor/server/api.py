"""The JSON API under ``/api/v1``: classes and join codes for the instructor, push and pull for devices.

Scope, route by route: a student key reaches only ``/me``, ``/events`` and ``/settings`` and only its own
rows (every query is filtered by the student id the key resolves to, never by an id in the
request); an instructor key reaches only ``/class/...`` of its own class; creating a class needs
the server's setup key. The field names and error strings are machine output and stay English;
the client puts them in the student's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Any, Protocol, TypeVar

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..core.export import ProgressExport
from ..core.settings import Settings
from ..core.store.records import format_ts, parse_ts
from ..core.sync.events import AnyEvent, ExamEvent, ReviewEvent, SettingsEvent, StepEvent, UndoEvent
from ..core.sync.exports import export_from_events
from ..core.sync.replay import replay_planner
from .db import aware, classes, events, join_codes, settings_events, students
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
        db.execute(sa.delete(settings_events).where(settings_events.c.student_id == row.id))
        db.execute(sa.delete(students).where(students.c.id == row.id))


@router.get("/class/exports", response_model=list[ProgressExport])
def exports(teacher: Teacher, request: Request) -> list[ProgressExport]:
    """Every student's progress as the export their device would write (for ``report --server``)."""
    return class_exports(request, teacher.class_id)


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

_COLUMNS = ("student_id", "class_id", "event_id", "kind", *_EMPTY_ROW)
"""Every column a pushed row fills (all but ``seq``)."""


def _arrays_insert() -> Any:
    """PostgreSQL's form of storing a push: one array per column, unnested into rows.

    Why not a VALUES list: ten events are 150 parameters, and psycopg caches the conversion of
    a query only up to 50 (then re-parses it on every push), while PostgreSQL plans each new
    query text; fifteen arrays are one query text for any batch size, prepared once per
    connection. Measured 2026-12-02: about 0.6 ms less client CPU per push of ten (docs/scaling.md).
    """
    arrays = [sa.bindparam(name, type_=postgresql.ARRAY(events.c[name].type)) for name in _COLUMNS]
    pushed = (
        sa.func.unnest(*arrays)
        .table_valued(*(sa.column(name, events.c[name].type) for name in _COLUMNS))
        .render_derived(name="pushed")
    )
    return (
        postgresql.insert(events)
        .from_select(_COLUMNS, sa.select(*(pushed.c[name] for name in _COLUMNS)))
        .on_conflict_do_nothing(index_elements=["student_id", "event_id"])
        .returning(events.c.event_id)
    )


_STORE = {
    "postgresql": _arrays_insert(),
    "sqlite": _insert_ignoring_duplicates("sqlite").returning(events.c.event_id),
}
"""The one statement that stores a push, per engine: new rows in, known ids skipped, new ids back."""


def _store(db: Connection, rows: list[dict[str, Any]]) -> int:
    """Store a push's rows with one statement (one round trip, its own transaction); how many were new."""
    if db.dialect.name == "postgresql":
        columns = {name: [row[name] for row in rows] for name in _COLUMNS}
        return len(db.execute(_STORE["postgresql"], columns).all())
    return len(db.execute(_STORE["sqlite"], rows).all())


def _row(who: Student, event: AnyEvent) -> dict[str, Any]:
    row: dict[str, Any] = {**_EMPTY_ROW, "student_id": who.id, "class_id": who.class_id, "event_id": event.id}
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


@router.post("/events", response_model=PushResponse)
def push(body: PushRequest, who: Who, request: Request) -> PushResponse:
    """Store a device's events; an event the server already has (same student, same id) is skipped.

    That is what makes a retried push safe: the device may not know whether its last push
    arrived, so it sends it again and nothing is counted twice.

    Why one statement (:func:`_store`): ``INSERT … ON CONFLICT DO NOTHING RETURNING event_id``
    over all the rows stores the new events, skips the known ones and says which were new, in
    one round trip; as a single statement it is its own transaction (all or nothing, committed
    before the answer), so it runs without BEGIN and COMMIT round trips. Only an exam date that
    differs from the stored one adds an UPDATE, and then both run in one explicit transaction.
    On PostgreSQL a push with its key check was ten round trips and is four (docs/scaling.md).
    """
    state = server(request)
    rows = [_row(who, event) for event in _once(body.events).values()]
    new_date = body.exam_date is not None and body.exam_date != who.exam_date
    accepted = 0
    with state.engine.begin() if new_date else state.autocommit.connect() as db:
        if rows:
            accepted = _store(db, rows)
        if new_date:
            db.execute(sa.update(students).where(students.c.id == who.id).values(exam_date=body.exam_date))
    return PushResponse(accepted=accepted, duplicates=len(body.events) - accepted)


@router.post("/settings", response_model=PushResponse)
def push_settings(body: SettingsPush, who: Who, request: Request) -> PushResponse:
    """Keep a device's scheduling settings changes (kzjp_tutor.core.sync.schedule); one the server
    already has is skipped, as with answers. Their values were checked against the settings' own
    bounds by the body's model."""
    state = server(request)
    with state.engine.begin() as db:
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


def _event(row: Any) -> AnyEvent:
    """A stored row as its event; rows were validated on the way in, so no second validation
    of answers (a million of them); steps and exams are read back from their JSON."""
    if row.kind == "step":
        return StepEvent.model_validate_json(row.payload)
    if row.kind == "exam":
        return ExamEvent.model_validate_json(row.payload)
    if row.kind == "undo":
        return UndoEvent.model_construct(kind="undo", id=row.event_id, review=row.target)
    return ReviewEvent.model_construct(
        kind="review",
        id=row.event_id,
        time=parse_ts(row.time),
        deck=row.deck,
        card=row.card,
        answer=row.answer,
        correct=bool(row.correct),
        score=float(row.score),
        suggested=row.suggested,
        rating=int(row.rating),
        duration_ms=row.duration_ms,
    )


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
        events=[SequencedEvent(seq=row.seq, event=_event(row)) for row in page],
        cursor=page[-1].seq if page else after,
        more=len(rows) > limit,
    )


def class_exports(request: Request, class_id: int) -> list[ProgressExport]:
    """Every student of the class as an export, rebuilt from the events (the report's input)."""
    state = server(request)
    with state.engine.connect() as db:
        people = db.execute(
            sa.select(students.c.id, students.c.public_id, students.c.name, students.c.exam_date)
            .where(students.c.class_id == class_id)
            .order_by(students.c.id)
        ).all()
        by_student: dict[int, list[AnyEvent]] = {p.id: [] for p in people}
        for row in db.execute(sa.select(events).where(events.c.class_id == class_id).order_by(events.c.seq)):
            by_student.setdefault(row.student_id, []).append(_event(row))
    planner = replay_planner(Settings())
    now = state.now()
    return [
        export_from_events(
            by_student[p.id], planner, now, student=p.name, student_id=p.public_id, exam_date=p.exam_date
        )
        for p in people
        if by_student[p.id]
    ]


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)
