"""The class report shows each student exactly the export their own events and settings rebuild.

Why an oracle and not numbers written by hand: the report must show what the student's device
would export, and that is defined by :func:`~kzjp_tutor.core.sync.exports.export_from_events`
over everything the student pushed, replayed with the student's own synced scheduling settings
(:mod:`kzjp_tutor.core.sync.schedule`). So every test here pushes through the HTTP API as devices
do and compares ``GET /api/v1/class/exports`` with that function's answer, whatever the server
keeps in between (it may replay on every report or keep each card's replayed state and update it
at each push; the answer must be the same). The cases are those where kept state could go stale:
answers arriving out of time order, undos in a later push, a settings change after the answers,
retried pushes, a student deleted and a new one in their place, data written before the server
kept anything, and two devices pushing for one card at the same moment.

A student with no answers, steps or exams on the server is not in the report (a settings change
or an exam date alone does not put them there), as before.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from kzjp_tutor.core.export import LoadedExport, ProgressExport, one_per_student
from kzjp_tutor.core.report import build_report, render_html
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store.records import format_ts
from kzjp_tutor.core.sync.events import (
    AnyEvent,
    ExamAnswerItem,
    ExamEvent,
    ReviewEvent,
    SettingsEvent,
    StepEvent,
    UndoEvent,
    settings_event,
    undo_event_id,
)
from kzjp_tutor.core.sync.exports import export_from_events
from kzjp_tutor.core.sync.replay import replay_planner
from kzjp_tutor.core.sync.schedule import merged, with_values
from kzjp_tutor.server import db as server_db
from kzjp_tutor.server.db import connect, database_url, migrate
from kzjp_tutor.server.keys import INSTRUCTOR_PREFIX, STUDENT_PREFIX, digest, new_key, public_id

from .conftest import NOW, Class, bearer, join, make_app, new_class

DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)
START = NOW - 60 * DAY
DECK = "kzjp-test"
StepKind = Literal["shown", "suspend", "unsuspend", "flag", "reset"]


# ---------------------------------------------------------------- students, pushes and the oracle


@dataclass
class Pupil:
    """A student as the server knows them: everything pushed, for the oracle."""

    name: str
    key: str
    public_id: str
    events: dict[str, AnyEvent] = field(default_factory=dict)
    """Every event the server holds, by id (a repeated id keeps the first, as the server does)."""
    settings: dict[str, SettingsEvent] = field(default_factory=dict)
    exam_date: dt.date | None = None
    """The last exam date a push carried (a push without one keeps it)."""

    def keep(self, events: Sequence[AnyEvent]) -> None:
        """Note events the server now holds."""
        for event in events:
            self.events.setdefault(event.id, event)

    def export(self) -> ProgressExport:
        """The oracle: the export their events give, replayed with their own merged settings."""
        planner = replay_planner(with_values(Settings(), merged(self.settings.values())), [])
        return export_from_events(
            list(self.events.values()),
            planner,
            NOW,
            student=self.name,
            student_id=self.public_id,
            exam_date=self.exam_date,
        )

    def expected(self) -> dict[str, Any]:
        """The oracle as the API's JSON."""
        return self.export().model_dump(mode="json")


def enrol(api: TestClient, made: Class, name: str) -> Pupil:
    """Join the class and learn the public id the report names the student by."""
    key = join(api, made.join_code, name)
    me = api.get("/api/v1/me", headers=bearer(key))
    assert me.status_code == 200, me.text
    return Pupil(name, key, str(me.json()["student_id"]))


def push(api: TestClient, pupil: Pupil, batch: Sequence[AnyEvent], exam_date: dt.date | None = None) -> None:
    """One device push (``POST /api/v1/events``), as a device sends it."""
    body: dict[str, Any] = {"events": [event.model_dump(mode="json") for event in batch]}
    if exam_date is not None:
        body["exam_date"] = exam_date.isoformat()
    answer = api.post("/api/v1/events", json=body, headers=bearer(pupil.key))
    assert answer.status_code == 200, answer.text
    pupil.keep(batch)
    if exam_date is not None:
        pupil.exam_date = exam_date


def push_settings(api: TestClient, pupil: Pupil, changes: Sequence[SettingsEvent]) -> None:
    """One device's settings changes (``POST /api/v1/settings``)."""
    body = {"events": [change.model_dump(mode="json") for change in changes]}
    answer = api.post("/api/v1/settings", json=body, headers=bearer(pupil.key))
    assert answer.status_code == 200, answer.text
    for change in changes:
        pupil.settings.setdefault(change.id, change)


def reported(api: TestClient, made: Class) -> dict[str, Any]:
    """The class report's exports by student id (each student once)."""
    answer = api.get("/api/v1/class/exports", headers=bearer(made.instructor_key))
    assert answer.status_code == 200, answer.text
    items = answer.json()
    by_id = {str(item["student_id"]): item for item in items}
    assert len(by_id) == len(items)
    return by_id


def assert_report(api: TestClient, made: Class, pupils: Sequence[Pupil]) -> None:
    """The report is every student with events, each exactly as the oracle rebuilds them."""
    expected = {p.public_id: p.expected() for p in pupils if p.events}
    got = reported(api, made)
    assert set(got) == set(expected)
    for public, export in expected.items():
        assert got[public] == export, f"student {public}"


def cards(export: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """An export's card states by card id."""
    return {str(card["card"]): card for card in export["cards"]}


def due(card: dict[str, Any]) -> dt.datetime:
    """A card's due as a time (the JSON's text does not order by time)."""
    return dt.datetime.fromisoformat(str(card["due"]))


def review(card: str, rating: int, when: dt.datetime, event_id: str | None = None) -> ReviewEvent:
    """An answer as a device pushes it."""
    return ReviewEvent(
        id=event_id or uuid.uuid4().hex,
        time=when,
        deck=DECK,
        card=card,
        answer=f"answer {rating}",
        correct=rating > 1,
        score=1.0 if rating > 1 else 0.0,
        suggested="good" if rating > 1 else "again",
        rating=rating,
        duration_ms=1500,
    )


def step(kind: StepKind, card: str, when: dt.datetime, event_id: str | None = None) -> StepEvent:
    """A card step as a device pushes it (a flag with the student's words)."""
    comment = "дата неверна" if kind == "flag" else None
    return StepEvent(
        id=event_id or uuid.uuid4().hex, time=when, deck=DECK, card=card, step=kind, comment=comment
    )


def undo(target: str) -> UndoEvent:
    """The undo of a review or step, with the id every device derives for it."""
    return UndoEvent(id=undo_event_id(target), review=target)


def exam(card: str, when: dt.datetime, mark: int, event_id: str | None = None) -> ExamEvent:
    """A one-question practice exam."""
    return ExamEvent(
        id=event_id or uuid.uuid4().hex,
        started=when - 10 * MINUTE,
        finished=when,
        decks=[DECK],
        seed=7,
        questions=1,
        minutes=10,
        timed_out=False,
        percent=100.0 if mark == 5 else 40.0,
        mark=mark,
        answers=[
            ExamAnswerItem(
                position=0, deck=DECK, card=card, section="s1", answer="да", correct=mark > 2, score=1.0
            )
        ],
    )


def studied(card: str, days: Sequence[int], ratings: Sequence[int]) -> list[ReviewEvent]:
    """Answers to one card on these days after START (at 09:00 + the day's index in minutes)."""
    return [
        review(card, rating, START + day * DAY + n * MINUTE)
        for n, (day, rating) in enumerate(zip(days, ratings, strict=True))
    ]


# ---------------------------------------------------------------- 1. any history, any batches


_STEPS: list[StepKind] = ["shown", "suspend", "unsuspend", "flag", "reset"]
_SETTING_VALUES = st.fixed_dictionaries(
    {},
    optional={
        "desired_retention": st.sampled_from([0.8, 0.85, 0.95]),
        "learning_steps": st.sampled_from([[5], [2, 20], [1, 10]]),
        "max_interval_days": st.sampled_from([15, 36_500]),
        "leech_threshold": st.sampled_from([1, 8]),
        "exam_date": st.sampled_from([None, "2026-11-10", "2026-12-20"]),
        "deck_exam_dates": st.sampled_from([{}, {DECK: "2026-11-01"}]),
        "exam_window_days": st.sampled_from([3, 20]),
    },
).filter(bool)
_EXAM_DATES = st.sampled_from([None, None, dt.date(2026, 12, 20), dt.date(2027, 1, 15)])


def _history(data: st.DataObject, ids: Iterator[str]) -> list[AnyEvent]:
    """One student's events in the order their devices made them (an undo after what it takes
    back), with times anywhere in 45 days: a later event may have the earlier time."""
    made: list[AnyEvent] = []
    undoable: list[str] = []
    for _ in range(data.draw(st.integers(0, 10), label="events")):
        kind = data.draw(st.sampled_from(["review"] * 6 + ["step"] * 3 + ["undo"] * 2 + ["exam"]))
        when = START + data.draw(st.integers(0, 45 * 24 * 60), label="minute") * MINUTE
        card = f"card-{data.draw(st.integers(0, 2), label='card')}"
        event: AnyEvent
        if kind == "undo" and undoable:
            target = data.draw(st.sampled_from(undoable), label="undo of")
            undoable.remove(target)
            event = undo(target)
        elif kind == "step":
            event = step(data.draw(st.sampled_from(_STEPS)), card, when, next(ids))
            undoable.append(event.id)
        elif kind == "exam":
            event = exam(card, when, data.draw(st.integers(2, 5), label="mark"), next(ids))
        else:
            event = review(card, data.draw(st.integers(1, 4), label="rating"), when, next(ids))
            undoable.append(event.id)
        made.append(event)
    return made


Push = tuple[int, list[AnyEvent] | list[SettingsEvent], dt.date | None]
"""(which student, a push of events or of settings changes, the exam date it carries)."""


def _pushes(data: st.DataObject, who: int, history: list[AnyEvent]) -> list[Push]:
    """One student's pushes in order: the history cut into batches, some sent twice (a push whose
    answer was lost) or again inside the next one, and settings changes between them."""
    batches: list[list[AnyEvent]] = []
    for event in history:
        if not batches or data.draw(st.booleans(), label="new batch"):
            batches.append([])
        batches[-1].append(event)
    pushes: list[Push] = []
    previous: list[AnyEvent] = []
    for batch in batches:
        retry = data.draw(st.sampled_from(["none", "none", "again", "within"]), label="retry")
        sent: list[AnyEvent] = [*previous, *batch] if retry == "within" else batch
        pushes.append((who, sent, data.draw(_EXAM_DATES, label="exam date")))
        if retry == "again":
            pushes.append((who, list(batch), None))
        previous = batch
    for _ in range(data.draw(st.integers(0, 2), label="settings changes")):
        when = START + data.draw(st.integers(0, 60 * 24), label="settings hour") * dt.timedelta(hours=1)
        change = settings_event(when, data.draw(_SETTING_VALUES, label="values"))
        pushes.insert(data.draw(st.integers(0, len(pushes)), label="settings at"), (who, [change], None))
    return pushes


@hypothesis_settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_history_pushed_in_any_batches_is_reported_as_replayed(
    api: TestClient, data: st.DataObject
) -> None:
    """A few students push answers, steps, undos, exams and settings changes in batches, the
    students' pushes interleaved: after every push the report equals the oracle for each."""
    made = new_class(api)
    pupils = [enrol(api, made, f"Student {n}") for n in range(data.draw(st.integers(1, 3), label="students"))]
    ids = (f"{n:032x}" for n in itertools.count(1))
    queues = [_pushes(data, who, _history(data, ids)) for who in range(len(pupils))]
    while any(queues):
        waiting = [who for who, queue in enumerate(queues) if queue]
        who, sent, exam_date = queues[data.draw(st.sampled_from(waiting), label="who pushes")].pop(0)
        pupil = pupils[who]
        if sent and isinstance(sent[0], SettingsEvent):
            push_settings(api, pupil, [e for e in sent if isinstance(e, SettingsEvent)])
        else:
            push(api, pupil, [e for e in sent if not isinstance(e, SettingsEvent)], exam_date)
        assert_report(api, made, pupils)


# ---------------------------------------------------------------- 2. settings after the answers


def html_report(api: TestClient, made: Class) -> str:
    """The browser report after the instructor's login."""
    login = api.post("/class/login", data={"key": made.instructor_key}, follow_redirects=False)
    assert login.status_code == 303, login.text
    page = api.get("/class/report")
    assert page.status_code == 200
    return page.text


def expected_html(pupils: Sequence[Pupil]) -> str:
    """The page the oracle's exports give (the report's own builder; the tests' app has no decks)."""
    loaded, _older = one_per_student([LoadedExport(p.name, p.export()) for p in pupils if p.events])
    return render_html(build_report(loaded, [], NOW))


def test_a_settings_change_after_the_answers_replays_the_report(api: TestClient) -> None:
    """Retention 0.95 pushed after the answers shortens every studied card's due (fails where the
    report replays with default settings); an older change arriving later does not win."""
    made = new_class(api)
    aigerim, bob = enrol(api, made, "Aigerim"), enrol(api, made, "Bob")
    for pupil in (aigerim, bob):
        push(
            api,
            pupil,
            studied("treaty", [0, 2, 7, 20], [3, 3, 3, 3])
            + studied("visit", [1, 5, 6, 25], [3, 1, 3, 4])
            + studied("trade", [3, 12], [4, 3]),
        )
    assert_report(api, made, [aigerim, bob])
    before = cards(reported(api, made)[aigerim.public_id])

    push_settings(api, aigerim, [settings_event(NOW - 2 * DAY, {"desired_retention": 0.95})])
    assert_report(api, made, [aigerim, bob])
    after = cards(reported(api, made)[aigerim.public_id])
    assert set(after) == set(before) == {"treaty", "visit", "trade"}
    assert all(due(after[card]) < due(before[card]) for card in after), (before, after)
    assert cards(reported(api, made)[bob.public_id]) == cards(bob.expected())  # Bob keeps the defaults

    # another device changed it earlier while offline: the latest change by time still wins
    push_settings(api, aigerim, [settings_event(NOW - 5 * DAY, {"desired_retention": 0.8})])
    assert_report(api, made, [aigerim, bob])
    assert cards(reported(api, made)[aigerim.public_id]) == after
    assert html_report(api, made) == expected_html([aigerim, bob])


def test_answers_pushed_after_the_settings_are_replayed_with_them(api: TestClient) -> None:
    """A student whose first push is their settings: the answers that follow, and a later answer
    with an earlier time, are replayed with those settings, not the defaults."""
    made = new_class(api)
    aigerim = enrol(api, made, "Aigerim")
    values = {"desired_retention": 0.8, "learning_steps": [2, 20], "exam_date": "2026-11-20"}
    push_settings(api, aigerim, [settings_event(START, values)])
    push(api, aigerim, studied("treaty", [0, 1, 9], [3, 3, 3]), exam_date=dt.date(2026, 11, 20))
    push(api, aigerim, studied("treaty", [4], [1]))  # an offline device's answer from before the last
    assert_report(api, made, [aigerim])
    default = export_from_events(
        list(aigerim.events.values()),
        replay_planner(Settings()),
        NOW,
        student=aigerim.name,
        student_id=aigerim.public_id,
        exam_date=aigerim.exam_date,
    ).model_dump(mode="json")
    assert cards(reported(api, made)[aigerim.public_id]) != cards(default)  # the test can tell them apart


# ---------------------------------------------------------------- 3. undo in a later push


def test_an_undo_in_a_later_push_takes_the_answer_out_of_the_report(api: TestClient) -> None:
    """The undone answer leaves the log and the card is as if it had never been given; a card
    whose only answer is undone leaves the report; an undone reset brings the old state back."""
    made = new_class(api)
    aigerim = enrol(api, made, "Aigerim")
    treaty = studied("treaty", [0, 3, 8, 15], [3, 1, 3, 3])
    lonely = review("visit", 4, START + DAY)
    reset = step("reset", "trade", START + 10 * DAY)
    trade: list[AnyEvent] = [*studied("trade", [2, 6], [3, 3]), reset, review("trade", 1, START + 11 * DAY)]
    push(api, aigerim, [*treaty, lonely, *trade])
    assert_report(api, made, [aigerim])

    push(api, aigerim, [undo(treaty[1].id), undo(lonely.id), undo(reset.id)])
    assert_report(api, made, [aigerim])
    got = reported(api, made)[aigerim.public_id]
    assert set(cards(got)) == {"treaty", "trade"}
    assert [r["time"] for r in got["reviews"] if r["card"] == "treaty"] == [
        r.time.isoformat().replace("+00:00", "Z") for r in (treaty[0], *treaty[2:])
    ]
    never = Pupil(aigerim.name, aigerim.key, aigerim.public_id)
    never.keep([treaty[0], *treaty[2:], *trade[:2], trade[3]])
    assert cards(got) == cards(never.expected())


def test_an_undo_that_arrives_before_its_review_still_takes_it_back(api: TestClient) -> None:
    """No device sends this order, but the server takes it: the report is the oracle over all
    events whatever their push order, so the review that arrives second stays undone."""
    made = new_class(api)
    aigerim = enrol(api, made, "Aigerim")
    answers = studied("treaty", [0, 4, 9], [3, 3, 1])
    push(api, aigerim, [answers[0], undo(answers[2].id)])
    push(api, aigerim, answers[1:])
    assert_report(api, made, [aigerim])
    assert len(reported(api, made)[aigerim.public_id]["reviews"]) == 2


# ---------------------------------------------------------------- 4. a deleted student


def rows_of(engine: Engine, student: int) -> dict[str, int]:
    """Rows naming this internal student id, in every table that has a ``student_id`` column."""
    tables = sa.MetaData()
    tables.reflect(engine)
    found: dict[str, int] = {}
    with engine.connect() as db:
        for name, table in tables.tables.items():
            if "student_id" in table.c:
                count = db.execute(
                    sa.select(sa.func.count()).select_from(table).where(table.c.student_id == student)
                ).scalar_one()
                if count:
                    found[name] = int(count)
    return found


def internal_id(engine: Engine, pupil: Pupil) -> int:
    """The student's row id (what other tables refer to)."""
    with engine.connect() as db:
        return int(
            db.execute(
                sa.select(server_db.students.c.id).where(server_db.students.c.public_id == pupil.public_id)
            ).scalar_one()
        )


def test_a_deleted_student_leaves_nothing_and_a_newcomer_starts_clean(
    api: TestClient, engine: Engine
) -> None:
    """The last student to join is deleted (on SQLite the next one gets their row id again): no
    row names them any more, and the newcomer's report is their own answers on the same cards."""
    made = new_class(api)
    bob, aigerim = enrol(api, made, "Bob"), enrol(api, made, "Aigerim")
    push(api, bob, studied("treaty", [1, 5], [3, 3]))
    push_settings(api, aigerim, [settings_event(START, {"desired_retention": 0.8})])
    push(api, aigerim, studied("treaty", [0, 2, 9], [3, 3, 4]) + studied("visit", [3, 4], [1, 3]))
    push(api, aigerim, [step("suspend", "trade", START + 5 * DAY), exam("visit", START + 6 * DAY, 4)])
    assert_report(api, made, [bob, aigerim])
    gone = internal_id(engine, aigerim)
    removed = api.delete(f"/api/v1/class/students/{aigerim.public_id}", headers=bearer(made.instructor_key))
    assert removed.status_code == 204
    assert rows_of(engine, gone) == {}
    assert_report(api, made, [bob])

    dana = enrol(api, made, "Dana")
    push(api, dana, studied("treaty", [20], [1]))
    assert_report(api, made, [bob, dana])
    got = reported(api, made)[dana.public_id]
    assert (set(cards(got)), len(got["reviews"]), got["flags"], got["exams"]) == ({"treaty"}, 1, [], [])


# ---------------------------------------------------------------- 5. a database from before


@pytest.fixture
def bare(engine: Engine, tmp_path: Path) -> Iterator[Engine]:
    """An empty database of the same kind as ``engine``: nothing migrated yet."""
    if engine.dialect.name == "sqlite":
        (tmp_path / "before").mkdir()
        fresh = connect(database_url(None, tmp_path / "before"))
        yield fresh
        fresh.dispose()
        return
    name = f"{engine.url.database}_before"
    admin = sa.create_engine(engine.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as db:
        db.execute(sa.text(f'CREATE DATABASE "{name}"'))
    fresh = connect(engine.url.set(database=name).render_as_string(hide_password=False))
    yield fresh
    fresh.dispose()
    with admin.connect() as db:
        db.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def migrate_to(engine: Engine, revision: str) -> None:
    """Alembic up to ``revision`` only, as a server of that release left the database."""
    config = Config()
    config.set_main_option("script_location", str(Path(server_db.__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def old_row(event: AnyEvent) -> dict[str, Any]:
    """An event as a server of revision 0003 stored it: answers in columns, steps and exams whole
    in ``payload`` with their time (an exam's finish), deck and card copied; an undo is its target."""
    row: dict[str, Any] = {"event_id": event.id, "kind": event.kind}
    if isinstance(event, UndoEvent):
        return {**row, "target": event.review}
    if isinstance(event, StepEvent):
        return {
            **row,
            "time": format_ts(event.time),
            "deck": event.deck,
            "card": event.card,
            "payload": event.model_dump_json(),
        }
    if isinstance(event, ExamEvent):
        return {**row, "time": format_ts(event.finished), "payload": event.model_dump_json()}
    return {
        **row,
        "time": format_ts(event.time),
        "deck": event.deck,
        "card": event.card,
        "answer": event.answer,
        "correct": event.correct,
        "score": event.score,
        "suggested": event.suggested,
        "rating": event.rating,
        "duration_ms": event.duration_ms,
    }


def inserted(db: sa.Connection, statement: sa.Insert) -> int:
    """The new row's id."""
    key = db.execute(statement).inserted_primary_key
    assert key is not None
    return int(key[0])


def test_a_database_written_before_the_upgrade_is_reported_from_its_events(bare: Engine) -> None:
    """Students, events and settings written at revision 0003, then the server upgraded: the
    report is the oracle at once, and stays it as the students push on (an undo of an old answer,
    an answer older than the stored ones, a new settings change)."""
    migrate_to(bare, "0003")
    old = sa.MetaData()
    old.reflect(bare)
    teacher = new_key(INSTRUCTOR_PREFIX)
    made = Class(teacher, "")
    aigerim = Pupil("Aigerim", new_key(STUDENT_PREFIX), public_id(), exam_date=dt.date(2026, 12, 20))
    bob = Pupil("Bob", new_key(STUDENT_PREFIX), public_id())
    dana = Pupil("Dana", new_key(STUDENT_PREFIX), public_id())  # joined, never synced
    treaty = studied("treaty", [9, 0, 14, 3], [3, 3, 1, 3])  # pushed out of time order
    reset = step("reset", "trade", START + 10 * DAY)
    history: dict[str, list[AnyEvent]] = {
        aigerim.name: [
            *treaty,
            *studied("trade", [1, 4], [3, 3]),
            reset,
            review("trade", 3, START + 12 * DAY),
            step("flag", "treaty", START + 15 * DAY),
            step("suspend", "visit", START + 2 * DAY),
            step("shown", "visit", START + DAY),
            exam("treaty", START + 16 * DAY, 4),
            undo(treaty[2].id),
        ],
        bob.name: [*studied("treaty", [2, 6], [4, 3]), review("visit", 1, START + 8 * DAY)],
        dana.name: [],
    }
    aigerim.settings = {
        e.id: e
        for e in (
            settings_event(START, {"desired_retention": 0.9, "learning_steps": [1, 10]}),
            settings_event(START + 5 * DAY, {"desired_retention": 0.8}),
        )
    }
    with bare.begin() as db:
        class_id = inserted(
            db,
            sa.insert(old.tables["classes"]).values(
                name="KZ-JP", instructor_key_hash=digest(teacher), created_at=START - DAY
            ),
        )
        for pupil in (aigerim, bob, dana):
            student = inserted(
                db,
                sa.insert(old.tables["students"]).values(
                    class_id=class_id,
                    public_id=pupil.public_id,
                    name=pupil.name,
                    key_hash=digest(pupil.key),
                    exam_date=pupil.exam_date,
                    created_at=START - DAY,
                ),
            )
            for event in history[pupil.name]:
                db.execute(
                    sa.insert(old.tables["events"]).values(
                        student_id=student, class_id=class_id, **old_row(event)
                    )
                )
            pupil.keep(history[pupil.name])
            for change in pupil.settings.values():
                db.execute(
                    sa.insert(old.tables["settings_events"]).values(
                        student_id=student,
                        event_id=change.id,
                        time=format_ts(change.time),
                        payload=change.model_dump_json(),
                    )
                )
    migrate(bare)
    with TestClient(make_app(bare)) as api:
        pupils = [aigerim, bob, dana]
        assert_report(api, made, pupils)
        assert set(reported(api, made)) == {aigerim.public_id, bob.public_id}
        push(api, aigerim, [review("treaty", 4, START + 5 * DAY), undo(treaty[0].id)])
        push(api, bob, [undo(history[bob.name][0].id), review("visit", 3, START + 9 * DAY)])
        assert_report(api, made, pupils)
        push_settings(api, bob, [settings_event(START + 30 * DAY, {"max_interval_days": 5})])
        push(api, dana, studied("visit", [1], [3]))
        assert_report(api, made, pupils)


# ---------------------------------------------------------------- 6. two devices at one moment


def test_two_devices_pushing_the_same_card_at_once_lose_nothing(engine: Engine) -> None:
    """Two threads push answers (and undos) for one student's one card at the same moment, round
    after round (each with an answer to a card of its own, well studied, whose due the settings
    move), one of them also changing the settings: every push is answered 200 and the report is
    the oracle over everything (a lost update leaves a card replayed without some answer)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one write at a time; the race needs PostgreSQL")
    app = make_app(engine)
    with TestClient(app) as api:
        made = new_class(api)
        aigerim = enrol(api, made, "Aigerim")
    rounds = 40
    together = threading.Barrier(2)
    failures: list[str] = []
    sent: list[list[AnyEvent]] = [[], []]
    changes: list[SettingsEvent] = []

    def device(number: int) -> None:
        rng = random.Random(number)
        answered: list[str] = []
        try:
            with TestClient(app) as client:
                for round_ in range(rounds):
                    when = START + rng.randrange(50 * 24 * 60) * MINUTE
                    batch: list[AnyEvent] = [
                        review("shared", rng.choice([1, 3, 3, 4]), when),
                        review(f"own-{number}", 3, START + round_ * DAY + number * MINUTE),
                    ]
                    if answered and rng.random() < 0.25:
                        batch.append(undo(answered.pop(rng.randrange(len(answered)))))
                    together.wait()
                    if number == 1 and round_ % 5 == 2:
                        values = {
                            "desired_retention": rng.choice([0.8, 0.85, 0.95]),
                            "learning_steps": rng.choice([[5], [2, 20, 60], [1, 10]]),
                        }
                        change = settings_event(when, values)
                        body = {"events": [change.model_dump(mode="json")]}
                        answer = client.post("/api/v1/settings", json=body, headers=bearer(aigerim.key))
                        changes.append(change)
                    else:
                        body = {"events": [event.model_dump(mode="json") for event in batch]}
                        answer = client.post("/api/v1/events", json=body, headers=bearer(aigerim.key))
                        sent[number].extend(batch)
                        answered.append(batch[0].id)
                    if answer.status_code != 200:
                        failures.append(f"device {number} round {round_}: {answer.status_code} {answer.text}")
        except BaseException as exc:  # the other thread must not wait at the barrier for ever
            together.abort()
            failures.append(f"device {number}: {exc!r}")

    threads = [threading.Thread(target=device, args=(number,)) for number in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    for batch in sent:
        aigerim.keep(batch)
    aigerim.settings = {change.id: change for change in changes}
    with TestClient(app) as api:
        assert_report(api, made, [aigerim])
    defaults = Pupil(aigerim.name, aigerim.key, aigerim.public_id, aigerim.events, {}, aigerim.exam_date)
    assert cards(defaults.expected()) != cards(aigerim.expected())  # the settings changes count too
