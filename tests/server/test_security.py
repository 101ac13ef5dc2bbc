"""Tests that try to get in: other students, other classes, revoked codes, forged and oversized bodies."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from kzjp_tutor.server.keys import digest, matches, new_join_code, new_key, normal_code

from .conftest import SETUP, bearer, join, make_app, new_class


def review(**changes: object) -> dict[str, object]:
    event: dict[str, object] = {
        "kind": "review",
        "id": uuid.uuid4().hex,
        "time": "2026-12-01T10:00:00Z",
        "deck": "kzjp-test",
        "card": "one",
        "answer": "секрет Айгерим",
        "correct": True,
        "score": 1.0,
        "suggested": "good",
        "rating": 3,
    }
    event.update(changes)
    return event


def test_keys_are_random_long_and_stored_hashed() -> None:
    """Two keys never repeat, carry ≥128 bits, and only their digest matches."""
    one, two = new_key("kzs_"), new_key("kzs_")
    assert one != two and len(one) - 4 >= 43  # 32 bytes of urlsafe base64
    assert matches(digest(one), one) and not matches(digest(one), two)
    code = new_join_code()
    assert len(normal_code(code)) == 26 and normal_code(code.lower().replace("-", " ")) == normal_code(code)


def test_a_student_reads_only_their_own_events(api: TestClient) -> None:
    """Pull answers the caller's events only, whatever the query says."""
    made = new_class(api)
    aigerim, bolat = join(api, made.join_code, "Aigerim"), join(api, made.join_code, "Bolat")
    assert (
        api.post("/api/v1/events", json={"events": [review()]}, headers=bearer(aigerim)).json()["accepted"]
        == 1
    )
    for query in ("", "?after=0", "?after=0&student=1"):
        seen = api.get(f"/api/v1/events{query}", headers=bearer(bolat))
        assert seen.status_code in (200, 422)
        assert "секрет" not in seen.text
    assert len(api.get("/api/v1/events", headers=bearer(aigerim)).json()["events"]) == 1


def test_a_student_cannot_read_the_class_or_the_report(api: TestClient) -> None:
    """Instructor routes answer 403 to a student key; the report page shows only the login form."""
    made = new_class(api)
    student = join(api, made.join_code, "Aigerim")
    api.post("/api/v1/events", json={"events": [review()]}, headers=bearer(student))
    for path in ("/api/v1/class", "/api/v1/class/exports"):
        answer = api.get(path, headers=bearer(student))
        assert answer.status_code == 403 and "секрет" not in answer.text
    assert api.post("/api/v1/class/codes", headers=bearer(student)).status_code == 403
    login = api.post("/class/login", data={"key": student}, follow_redirects=False)
    assert login.status_code == 401 and "set-cookie" not in login.headers
    page = api.get("/class/report", headers=bearer(student))
    assert 'name="key"' in page.text and "секрет" not in page.text


def test_a_key_of_another_class_sees_nothing(api: TestClient) -> None:
    """Class B's instructor cannot list, revoke, delete or read class A."""
    a, b = new_class(api, "A"), new_class(api, "B")
    join(api, a.join_code, "Aigerim")
    info_a = api.get("/api/v1/class", headers=bearer(a.instructor_key)).json()
    student_id, code_id = info_a["students"][0]["student_id"], info_a["codes"][0]["code_id"]
    info_b = api.get("/api/v1/class", headers=bearer(b.instructor_key)).json()
    assert info_b["students"] == [] and "Aigerim" not in json.dumps(info_b)
    assert (
        api.post(f"/api/v1/class/codes/{code_id}/revoke", headers=bearer(b.instructor_key)).status_code == 404
    )
    assert (
        api.delete(f"/api/v1/class/students/{student_id}", headers=bearer(b.instructor_key)).status_code
        == 404
    )
    assert api.get("/api/v1/class/exports", headers=bearer(b.instructor_key)).json() == []
    assert len(api.get("/api/v1/class", headers=bearer(a.instructor_key)).json()["students"]) == 1


def test_a_revoked_join_code_admits_nobody(api: TestClient) -> None:
    """After revoking, joining fails; students who joined keep working."""
    made = new_class(api)
    early = join(api, made.join_code, "Early")
    code_id = api.get("/api/v1/class", headers=bearer(made.instructor_key)).json()["codes"][0]["code_id"]
    assert (
        api.post(f"/api/v1/class/codes/{code_id}/revoke", headers=bearer(made.instructor_key)).status_code
        == 200
    )
    late = api.post("/api/v1/join", json={"code": made.join_code, "student": "Late"})
    assert late.status_code == 403 and "revoked" in late.json()["error"]
    assert api.get("/api/v1/me", headers=bearer(early)).status_code == 200


@pytest.mark.parametrize("key", ["", "kzs_" + "A" * 43, "kzi_" + "A" * 43, SETUP, "Basic abc"])
def test_wrong_keys_are_refused_alike(api: TestClient, key: str) -> None:
    """No key, a made-up key or the setup key on a student route: 401/403, the same words."""
    answer = api.get("/api/v1/events", headers=bearer(key) if key else {})
    assert answer.status_code in (401, 403)
    assert set(answer.json()) == {"error"}


def test_creating_a_class_needs_the_setup_key(api: TestClient) -> None:
    """Without the setup key nobody can make a class."""
    made = new_class(api)
    for key in (None, made.instructor_key, "kza_wrong"):
        answer = api.post("/api/v1/classes", json={"name": "X"}, headers=bearer(key) if key else {})
        assert answer.status_code == 401


def test_replayed_events_count_once_and_forged_fields_are_refused(api: TestClient) -> None:
    """The same push twice adds nothing; a student field, a bad id or an undo of another's review changes nothing."""
    made = new_class(api)
    aigerim, bolat = join(api, made.join_code, "Aigerim"), join(api, made.join_code, "Bolat")
    event = review()
    first = api.post("/api/v1/events", json={"events": [event, event]}, headers=bearer(aigerim)).json()
    again = api.post("/api/v1/events", json={"events": [event]}, headers=bearer(aigerim)).json()
    assert first == {"accepted": 1, "duplicates": 1} and again == {"accepted": 0, "duplicates": 1}
    forged = [
        {"events": [review(student="Bolat")]},
        {"events": [review(id="../../etc")]},
        {"events": [review(deck="<script>")]},
        {"events": [review(rating=9)]},
        {"events": [review(score=float("nan"))]},
        {"events": [review(time="2026-12-01T10:00:00")]},
        {"events": [], "student_id": 1},
    ]
    for body in forged:
        answer = api.post(
            "/api/v1/events",
            content=json.dumps(body),
            headers={**bearer(aigerim), "Content-Type": "application/json"},
        )
        assert answer.status_code == 422, body
        assert "Traceback" not in answer.text and "секрет" not in answer.text
    undo = {"kind": "undo", "id": uuid.uuid4().hex, "review": event["id"]}
    assert api.post("/api/v1/events", json={"events": [undo]}, headers=bearer(bolat)).json()["accepted"] == 1
    exports = api.get("/api/v1/class/exports", headers=bearer(made.instructor_key)).json()
    assert {e["student"]: len(e["reviews"]) for e in exports} == {"Aigerim": 1, "Bolat": 0}


def test_oversized_and_malformed_bodies(api: TestClient) -> None:
    """Too large, too many events, too long strings, not JSON: refused with a short error, no echo."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    huge = b'{"events": [' + b" " * (3 * 1024 * 1024) + b"]}"
    answer = api.post(
        "/api/v1/events", content=huge, headers={**bearer(key), "Content-Type": "application/json"}
    )
    assert answer.status_code == 413
    many = {"events": [review() for _ in range(201)]}
    assert api.post("/api/v1/events", json=many, headers=bearer(key)).status_code == 422
    long_answer = {"events": [review(answer="я" * 4001)]}
    assert api.post("/api/v1/events", json=long_answer, headers=bearer(key)).status_code == 422
    assert api.post("/api/v1/join", json={"code": made.join_code, "student": "x" * 101}).status_code == 422
    assert api.post("/api/v1/join", json={"code": made.join_code, "student": "a\x1b[31mb"}).status_code == 422
    for junk in (b"{", b"[]", b"\xff\xfe", b'{"events": "all"}', b"null"):
        answer = api.post(
            "/api/v1/events", content=junk, headers={**bearer(key), "Content-Type": "application/json"}
        )
        assert answer.status_code == 422, junk
        body = answer.json()
        assert set(body) == {"error"} and len(body["error"]) <= 300


def test_rate_limit_per_key(engine: Engine) -> None:
    """A key over its allowance gets 429, another key is unaffected."""
    with TestClient(make_app(engine, rate=0.001, burst=5)) as api:
        made = new_class(api)
        one = join(api, made.join_code, "One")
        two = join(api, made.join_code, "Two")
        codes = [api.get("/api/v1/me", headers=bearer(one)).status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        assert api.get("/api/v1/me", headers=bearer(two)).status_code == 200


def test_errors_never_carry_a_traceback(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug inside a route is a plain 500 with no trace and no data."""
    import kzjp_tutor.server.api as api_module

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(api_module, "class_exports", broken)
    with TestClient(make_app(engine), raise_server_exceptions=False) as api:
        made = new_class(api)
        answer = api.get("/api/v1/class/exports", headers=bearer(made.instructor_key))
    assert answer.status_code == 500
    assert "secret" not in answer.text and "Traceback" not in answer.text


def test_report_login_sets_a_cookie_not_a_url_key(api: TestClient) -> None:
    """The browser signs in by form; the session cookie is HttpOnly and SameSite=Strict; logout ends it."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    api.post(
        "/api/v1/events", json={"events": [review(deck="kzjp-2021", card="call-date")]}, headers=bearer(key)
    )
    assert 'name="key"' in api.get(f"/class/report?key={made.instructor_key}").text
    login = api.post("/class/login", data={"key": made.instructor_key}, follow_redirects=False)
    assert login.status_code == 303
    cookie = login.headers["set-cookie"]
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower() and made.instructor_key not in cookie
    page = api.get("/class/report")
    assert "Aigerim" in page.text and "default-src 'none'" in page.headers["content-security-policy"]
    api.post("/class/logout")
    assert 'name="key"' in api.get("/class/report").text


def test_instructor_can_delete_a_student(api: TestClient) -> None:
    """After removal the student's key stops working and their events are gone."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    api.post("/api/v1/events", json={"events": [review()]}, headers=bearer(key))
    student_id = api.get("/api/v1/class", headers=bearer(made.instructor_key)).json()["students"][0][
        "student_id"
    ]
    assert (
        api.delete(f"/api/v1/class/students/{student_id}", headers=bearer(made.instructor_key)).status_code
        == 204
    )
    assert api.get("/api/v1/me", headers=bearer(key)).status_code == 401
    assert api.get("/api/v1/class/exports", headers=bearer(made.instructor_key)).json() == []


def test_openapi_is_served(api: TestClient) -> None:
    """The schema is at /api/v1/openapi.json and lists push and pull."""
    spec = api.get("/api/v1/openapi.json").json()
    assert {"/api/v1/events", "/api/v1/join", "/api/v1/classes"} <= set(spec["paths"])


def test_a_chunked_body_is_cut_off_at_the_limit(api: TestClient) -> None:
    """Without a Content-Length the body is counted as it arrives: 413, never read whole."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        yield b'{"events": ['
        for _ in range(64):
            sent += 1
            yield b" " * 65536
        yield b"]}"

    answer = api.post(
        "/api/v1/events", content=chunks(), headers={**bearer(key), "Content-Type": "application/json"}
    )
    assert answer.status_code == 413 and set(answer.json()) == {"error"}
    assert api.get("/api/v1/events", headers=bearer(key)).json()["events"] == []


@pytest.mark.parametrize(
    "field, value",
    [
        ("deck", "d" * 65),
        ("card", "c" * 65),
        ("id", "f" * 33),
        ("suggested", "x" * 9),
        ("answer", "я" * 4001),
    ],
)
def test_every_string_of_an_event_is_bounded(api: TestClient, field: str, value: str) -> None:
    """Ids, deck and card names as in the deck format, the answer's length: one over is refused."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    answer = api.post("/api/v1/events", json={"events": [review(**{field: value})]}, headers=bearer(key))
    assert answer.status_code == 422 and set(answer.json()) == {"error"}
    assert value not in answer.text
