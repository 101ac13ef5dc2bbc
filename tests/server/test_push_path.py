"""The push's storage path on both engines: one statement, idempotent, every kind intact; headers.

Since the push became a single ``INSERT … ON CONFLICT DO NOTHING RETURNING`` (an ``unnest`` of
arrays on PostgreSQL, a VALUES list on SQLite) without the SELECT of known ids, these hold what
the SELECT used to: a replayed push stores nothing, a partly new one only the new events, a
batch repeating an id stores it once, and the counts say so.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from pydantic import TypeAdapter
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from kzjp_tutor.core.sync.events import Event
from kzjp_tutor.server import db as db_module
from kzjp_tutor.server.db import events, students
from kzjp_tutor.server.limits import MAX_EVENTS

from .conftest import bearer, join, make_app, new_class


def review(number: int = 0) -> dict[str, Any]:
    return {
        "kind": "review",
        "id": uuid.uuid4().hex,
        "time": f"2026-12-01T10:{number % 60:02d}:00Z",
        "deck": "kzjp-test",
        "card": f"card-{number}",
        "answer": "12 мая 2021 года",
        "correct": number % 3 != 0,
        "score": 0.5,
        "suggested": "hard",
        "rating": 2,
        "duration_ms": 1000 + number,
    }


def every_kind() -> list[dict[str, Any]]:
    """A review, a review without a duration, an undo, a flag with a comment and a practice exam."""
    first = review(1)
    quiet = {**review(2), "duration_ms": None}
    exam_id = uuid.uuid4().hex
    return [
        first,
        quiet,
        {"kind": "undo", "id": uuid.uuid4().hex, "review": first["id"]},
        {
            "kind": "step",
            "id": uuid.uuid4().hex,
            "time": "2026-12-01T11:00:00Z",
            "deck": "kzjp-test",
            "card": "card-1",
            "step": "flag",
            "comment": "дата неверна",
        },
        {
            "kind": "exam",
            "id": exam_id,
            "started": "2026-12-01T12:00:00Z",
            "finished": "2026-12-01T12:10:00Z",
            "decks": ["kzjp-test"],
            "seed": 7,
            "questions": 1,
            "minutes": 10,
            "timed_out": False,
            "percent": 100.0,
            "mark": 5,
            "answers": [
                {
                    "position": 0,
                    "deck": "kzjp-test",
                    "card": "card-2",
                    "section": "s1",
                    "answer": "да",
                    "correct": True,
                    "score": 1.0,
                }
            ],
        },
    ]


def stored(engine: Engine) -> int:
    with engine.connect() as db:
        return int(db.execute(sa.select(sa.func.count()).select_from(events)).scalar_one())


@pytest.fixture
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements the engine runs while the test looks (their first word and table)."""
    seen: list[str] = []

    def log(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        words = statement.split()
        after = {"SELECT": "FROM", "INSERT": "INTO", "UPDATE": "UPDATE", "DELETE": "FROM"}[words[0]]
        seen.append(f"{words[0]} {words[words.index(after) + 1]}")

    sa.event.listen(engine, "before_cursor_execute", log)
    yield seen
    sa.event.remove(engine, "before_cursor_execute", log)


def test_replayed_and_partly_new_pushes_store_only_new_events(api: TestClient, engine: Engine) -> None:
    """Replay stores nothing; a push half old, half new stores the new half; a repeated id counts once."""
    key = join(api, new_class(api).join_code, "Aigerim")
    first = [review(n) for n in range(6)]
    answer = api.post("/api/v1/events", json={"events": first}, headers=bearer(key))
    assert answer.json() == {"accepted": 6, "duplicates": 0}
    again = api.post("/api/v1/events", json={"events": first}, headers=bearer(key))
    assert again.json() == {"accepted": 0, "duplicates": 6}
    new = [review(n) for n in range(6, 10)]
    mixed = first[3:] + new + [new[0]]
    partly = api.post("/api/v1/events", json={"events": mixed}, headers=bearer(key))
    assert partly.json() == {"accepted": 4, "duplicates": 4}
    assert stored(engine) == 10
    pulled = api.get("/api/v1/events", headers=bearer(key)).json()["events"]
    assert [e["event"]["id"] for e in pulled] == [e["id"] for e in first + new]


def test_every_kind_comes_back_as_pushed(api: TestClient) -> None:
    """Reviews (with and without a duration), undos, flags and exams in one batch read back unchanged."""
    key = join(api, new_class(api).join_code, "Aigerim")
    batch = every_kind()
    assert api.post("/api/v1/events", json={"events": batch}, headers=bearer(key)).json()["accepted"] == 5
    pulled = [e["event"] for e in api.get("/api/v1/events", headers=bearer(key)).json()["events"]]
    as_event = TypeAdapter(Event).validate_python
    assert [as_event(e) for e in pulled] == [as_event(e) for e in batch]


def test_a_push_is_the_key_lookup_one_insert_and_its_cards(
    api: TestClient, engine: Engine, statements: list[str]
) -> None:
    """MAX_EVENTS events go in one INSERT, with no SELECT of known ids and no UPDATE for an unchanged
    date; the cards they touch are read and kept in one statement each (kzjp_tutor.server.cards),
    under the student's lock; a retry of the same push stores nothing and replays nothing."""
    key = join(api, new_class(api).join_code, "Aigerim")
    dated = {"events": [review(0)], "exam_date": "2027-01-20"}
    api.post("/api/v1/events", json=dated, headers=bearer(key))
    statements.clear()
    full = {"events": [review(n) for n in range(MAX_EVENTS)], "exam_date": "2027-01-20"}
    answer = api.post("/api/v1/events", json=full, headers=bearer(key))
    assert answer.json() == {"accepted": MAX_EVENTS, "duplicates": 0}
    lock = "SELECT students" if engine.dialect.name == "postgresql" else "UPDATE students"
    assert statements == ["SELECT students", lock, "INSERT events", "SELECT events", "INSERT card_states"]
    statements.clear()
    again = api.post("/api/v1/events", json=full, headers=bearer(key))
    assert again.json() == {"accepted": 0, "duplicates": MAX_EVENTS}
    assert statements == ["SELECT students", lock, "INSERT events"]


def test_a_new_exam_date_is_stored_with_the_events(api: TestClient, engine: Engine) -> None:
    """The date is written when it changes, alone or with events, and kept when a push has none."""
    key = join(api, new_class(api).join_code, "Aigerim")

    def date() -> object:
        with engine.connect() as db:
            return db.execute(sa.select(students.c.exam_date)).scalar_one()

    api.post("/api/v1/events", json={"events": [review(1)], "exam_date": "2027-01-20"}, headers=bearer(key))
    assert str(date()) == "2027-01-20"
    api.post("/api/v1/events", json={"events": [], "exam_date": "2027-02-03"}, headers=bearer(key))
    assert str(date()) == "2027-02-03"
    api.post("/api/v1/events", json={"events": [review(2)]}, headers=bearer(key))
    assert str(date()) == "2027-02-03" and stored(engine) == 2


def test_racing_retries_store_each_event_once(engine: Engine) -> None:
    """Four devices' worth of the same batch at the same moment: stored once, counted once in all."""
    app = make_app(engine)
    with TestClient(app) as api:
        key = join(api, new_class(api).join_code, "Aigerim")
    batch = {"events": [review(n) for n in range(50)]}
    accepted: list[int] = []
    start = threading.Barrier(4)

    def push() -> None:
        with TestClient(app) as client:
            start.wait()
            accepted.append(client.post("/api/v1/events", json=batch, headers=bearer(key)).json()["accepted"])

    threads = [threading.Thread(target=push) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(accepted) == 50
    assert stored(engine) == 50


def test_every_answer_carries_the_security_headers(api: TestClient) -> None:
    """JSON, errors (a refused key, a malformed body, the body limit's 413) and the report page."""
    key = join(api, new_class(api).join_code, "Aigerim")
    answers = [
        api.get("/api/v1/me", headers=bearer(key)),
        api.get("/api/v1/me"),
        api.post("/api/v1/events", content=b"{", headers={**bearer(key), "Content-Type": "application/json"}),
        api.post("/api/v1/events", content=b" " * (3 * 1024 * 1024), headers=bearer(key)),
        api.get("/class/report"),
    ]
    assert [a.status_code for a in answers] == [200, 401, 422, 413, 200]
    for answer in answers:
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert answer.headers["cache-control"] == "no-store"


def pings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every ping the pool makes from now on."""
    made: list[object] = []
    ping = engine.dialect.do_ping

    def counted(dbapi: Any) -> bool:
        made.append(dbapi)
        return ping(dbapi)

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    return made


def backend(engine: Engine) -> int:
    with engine.connect() as db:
        return int(db.execute(sa.text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_used_a_moment_ago_is_not_pinged(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under load every checkout finds a connection just returned: no ping round trip."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no connection to lose")
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_S", 1e9)
    made = pings(engine, monkeypatch)
    assert backend(engine) == backend(engine) and made == []


def test_a_connection_that_died_while_idle_is_replaced(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database dropped a pooled connection (a restart, a firewall): the next request never sees it."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no connection to lose")
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_S", 0.0)
    made = pings(engine, monkeypatch)
    dead = backend(engine)
    admin = sa.create_engine(engine.url, poolclass=NullPool)
    with admin.begin() as other:
        other.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": dead})
    admin.dispose()
    assert backend(engine) != dead and made
