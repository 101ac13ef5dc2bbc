"""The kept card replays (kzjp_tutor.server.cards): the report reads them, and never one that is behind.

Why these tests beside test_report_states.py (which pins the report to a full replay): those
would pass just as well if the server replayed the whole class at every report, the slowness
this table removes. Here a kept row is doctored, so a test sees whether the report used it.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from kzjp_tutor.server.db import card_states, events

from .conftest import Class, bearer, join, new_class


def answer(card: str, minute: int, rating: int = 3) -> dict[str, Any]:
    return {
        "kind": "review",
        "id": uuid.uuid4().hex,
        "time": f"2026-12-01T10:{minute:02d}:00Z",
        "deck": "kzjp-test",
        "card": card,
        "answer": "12 мая 2021 года",
        "correct": rating > 1,
        "score": 1.0 if rating > 1 else 0.0,
        "suggested": "good" if rating > 1 else "again",
        "rating": rating,
        "duration_ms": 4000,
    }


def pushed(api: TestClient, key: str, batch: list[dict[str, Any]]) -> None:
    done = api.post("/api/v1/events", json={"events": batch}, headers=bearer(key))
    assert done.status_code == 200, done.text


def report(api: TestClient, made: Class) -> list[Any]:
    answer = api.get("/api/v1/class/exports", headers=bearer(made.instructor_key))
    assert answer.status_code == 200, answer.text
    return list(answer.json())


def kept(engine: Engine) -> dict[str, tuple[str | None, int]]:
    with engine.connect() as db:
        rows = db.execute(sa.select(card_states.c.card, card_states.c.state, card_states.c.through)).all()
    return {row.card: (row.state, row.through) for row in rows}


def doctor(engine: Engine, card: str, state: str | None, through: int) -> None:
    with engine.begin() as db:
        db.execute(
            sa.update(card_states).where(card_states.c.card == card).values(state=state, through=through)
        )


def test_a_push_keeps_each_touched_card_through_its_newest_event(api: TestClient, engine: Engine) -> None:
    """Each card a push touches is kept, ``through`` its newest event's seq; an undo moves it on."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    first = answer("treaty", 1)
    pushed(api, key, [first, answer("treaty", 2, 1), answer("visit", 3)])
    with engine.connect() as db:
        newest = dict(
            db.execute(sa.select(events.c.card, sa.func.max(events.c.seq)).group_by(events.c.card)).all()
        )
    assert {card: through for card, (_state, through) in kept(engine).items()} == newest
    pushed(api, key, [{"kind": "undo", "id": uuid.uuid4().hex, "review": first["id"]}])
    assert kept(engine)["treaty"][1] > newest["treaty"]
    assert kept(engine)["visit"][1] == newest["visit"]


def test_the_report_reads_the_kept_rows(api: TestClient, engine: Engine) -> None:
    """A kept state doctored but not behind shows in the report: the report did not replay the card."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    pushed(api, key, [answer("treaty", 1), answer("visit", 2, 1)])
    states = kept(engine)
    visit = json.loads(states["visit"][0] or "")
    doctor(engine, "treaty", json.dumps({**visit, "card": "treaty"}), states["treaty"][1])
    cards = {card["card"]: card for card in report(api, made)[0]["cards"]}
    assert cards["treaty"]["stability"] == cards["visit"]["stability"]  # the doctored row, read as kept


def test_a_kept_row_that_is_behind_is_replayed_not_trusted(api: TestClient, engine: Engine) -> None:
    """A row behind the card's newest event (a push that landed between the report's two reads) is
    replayed by the report; a row missing altogether too."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    pushed(api, key, [answer("treaty", 1), answer("visit", 2, 1), answer("trade", 3)])
    honest = report(api, made)
    states = kept(engine)
    visit = json.loads(states["visit"][0] or "")
    doctor(engine, "treaty", json.dumps({**visit, "card": "treaty"}), states["treaty"][1] - 1)
    with engine.begin() as db:
        db.execute(sa.delete(card_states).where(card_states.c.card == "trade"))
    assert report(api, made) == honest


def test_an_undo_before_its_answer_is_aimed_when_the_answer_arrives(api: TestClient, engine: Engine) -> None:
    """An undo pushed before what it takes back (a forged or reordered push) still takes it back,
    and the kept row of that card includes it: the report equals one where they came in order."""
    made = new_class(api)
    early, late = join(api, made.join_code, "Early"), join(api, made.join_code, "Late")
    first, second = answer("treaty", 1), answer("treaty", 2, 1)
    take_back = {"kind": "undo", "id": uuid.uuid4().hex, "review": second["id"]}
    pushed(api, early, [first, second, take_back])
    pushed(api, late, [first, take_back])
    pushed(api, late, [second])
    by_name = {one["student"]: one for one in report(api, made)}
    assert by_name["Late"]["cards"] == by_name["Early"]["cards"]
    assert by_name["Late"]["reviews"] == by_name["Early"]["reviews"]
    with engine.connect() as db:
        undos = db.execute(sa.select(events.c.card).where(events.c.kind == "undo")).scalars().all()
    assert undos == ["treaty", "treaty"]


def test_a_kept_row_missing_an_answer_is_replayed_not_a_failed_report(
    api: TestClient, engine: Engine
) -> None:
    """A kept row that is not behind by ``through`` but lacks an answer (only a lost update could
    make one) is replayed: the report is right, not a 500."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    pushed(api, key, [answer("treaty", 1), answer("treaty", 2, 1)])
    honest = report(api, made)
    with engine.begin() as db:
        db.execute(sa.update(card_states).values(before="{}"))
    assert report(api, made) == honest
