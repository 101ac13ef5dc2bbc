"""Card steps and practice exams sync too: shown, suspend/unsuspend, flag, reset, exams and their undos.

Two devices of one student study apart — one suspends and resets cards the other keeps
studying — and end identical whichever syncs first; a third device that only pulls ends the
same; the class report built from the server sees the flags and the exams.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzjp_tutor.core.errors import StoreError
from kzjp_tutor.core.export import LoadedExport, ProgressExport, one_per_student
from kzjp_tutor.core.report import build_report
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import CardEvent, Store
from kzjp_tutor.core.sync.client import ClassClient, sync_now
from kzjp_tutor.core.sync.events import ExamEvent, StepEvent, UndoEvent
from kzjp_tutor.core.sync.outbox import outbox_batch, rebuild_outbox
from kzjp_tutor.core.sync.replay import replay_planner

from .conftest import NOW, AppTransport, Device, bearer, join, new_class, sync_client

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
START = NOW - 30 * DAY


def sync(device: Device, client: ClassClient, cursor: int = 0) -> int:
    """One sync; the new cursor."""
    with Store.open(device.home, now=NOW, backup=False) as store:
        return sync_now(store, client, replay_planner(Settings()), cursor=cursor).cursor


def study_apart(one: Device, two: Device) -> dict[str, str]:
    """One suspends and resets cards that two keeps studying; both show, flag and sit exams."""
    ids: dict[str, str] = {}
    for day in range(0, 20, 2):
        one.answer("reset-me", 3, START + day * DAY)
        one.answer("suspend-me", 3, START + day * DAY + HOUR)
    ids["suspend"] = one.step("suspend", "suspend-me", START + 20 * DAY)
    ids["reset"] = one.step("reset", "reset-me", START + 21 * DAY)
    one.answer("reset-me", 1, START + 22 * DAY)  # started again after the reset
    ids["flag"] = one.step("flag", "reset-me", START + 22 * DAY + HOUR, comment="дата неверна")
    ids["shown-one"] = one.step("shown", "new-card", START + 23 * DAY)
    ids["exam-one"] = one.exam(START + 24 * DAY, 80.0, 4, ["exam-card"])
    for day in range(1, 28, 3):
        two.answer("reset-me", 3 if day != 16 else 1, START + day * DAY + 2 * HOUR)
        two.answer("suspend-me", 4, START + day * DAY + 3 * HOUR)
    ids["shown-two"] = two.step("shown", "new-card", START + 25 * DAY)  # shown again: already shown by one
    two.answer("new-card", 3, START + 25 * DAY + HOUR)
    ids["unsuspend"] = two.step("unsuspend", "suspend-me", START + 10 * DAY)  # earlier than one's suspend
    ids["flag-two"] = two.step("flag", "suspend-me", START + 26 * DAY)
    undone = two.step("suspend", "only-two", START + 26 * DAY + HOUR)
    two.undo_step(undone)
    ids["exam-two"] = two.exam(START + 27 * DAY, 40.0, 2, ["exam-card", "reset-me"])
    return ids


@pytest.mark.parametrize("order", ["one-first", "two-first"])
def test_suspend_reset_and_studying_apart_converge(api: TestClient, tmp_path: Path, order: str) -> None:
    """States, suspensions, steps, exams, the log and the day counts end identical, in either order."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    one, two = Device(tmp_path / "one"), Device(tmp_path / "two")
    ids = study_apart(one, two)
    assert one.everything() != two.everything()
    first, second = (one, two) if order == "one-first" else (two, one)
    client = sync_client(AppTransport(api), key)
    cursor_first = sync(first, client)
    sync(second, client)
    sync(first, client, cursor_first)
    assert one.everything() == two.everything()
    third = Device(tmp_path / "third")  # a new device of the same student: pulls everything
    sync(third, client)
    assert third.everything() == one.everything()

    state = one.everything()
    # one suspended after two's earlier unsuspend: suspended everywhere
    assert [row[:2] for row in state["suspended"]] == [("kzjp-test", "suspend-me")]
    # the reset happened on day 21: the card was started again, so its state rests on later answers only
    reset_state = state["states"][("kzjp-test", "reset-me")]
    assert reset_state["first_seen"] > (START + 21 * DAY).isoformat()
    steps = {row[0]: row for row in state["steps"]}
    # what undo needs, rebuilt by replay: the state before the reset; the second showing found the
    # card already shown (it changed nothing), the first did not
    assert steps[ids["reset"]][6] is not None
    assert (steps[ids["shown-one"]][6], steps[ids["shown-two"]][6] is not None) == (None, True)
    assert len(state["exams"]) == 2


def test_a_reset_on_one_device_reaches_the_other(api: TestClient, tmp_path: Path) -> None:
    """The other device's card has no schedule after the reset (fails if reset does not travel)."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    one, two = Device(tmp_path / "one"), Device(tmp_path / "two")
    client = sync_client(AppTransport(api), key)
    one.answer("card", 3, START)
    one.answer("card", 3, START + 2 * DAY)
    cursor_one = sync(one, client)
    sync(two, client)
    assert ("kzjp-test", "card") in two.states()
    one.step("reset", "card", START + 3 * DAY)
    one.step("suspend", "other", START + 3 * DAY)
    sync(one, client, cursor_one)
    sync(two, client)
    assert ("kzjp-test", "card") not in two.states()
    with Store.open(two.home, now=NOW, backup=False) as store:
        assert store.suspended_ids("kzjp-test") == {"other"}


def test_undoing_a_step_travels(api: TestClient, tmp_path: Path) -> None:
    """A suspension undone on one device is undone on the other."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    one, two = Device(tmp_path / "one"), Device(tmp_path / "two")
    client = sync_client(AppTransport(api), key)
    step = one.step("suspend", "card", START)
    cursor_one = sync(one, client)
    cursor_two = sync(two, client)
    with Store.open(two.home, now=NOW, backup=False) as store:
        assert store.suspended_ids("kzjp-test") == {"card"}
    one.undo_step(step)
    sync(one, client, cursor_one)
    sync(two, client, cursor_two)
    with Store.open(two.home, now=NOW, backup=False) as store:
        assert store.suspended_ids("kzjp-test") == set()


def test_an_undone_showing_after_sync_leaves_the_answered_card_alone(api: TestClient, tmp_path: Path) -> None:
    """A showing that replay found already answered elsewhere changed nothing; undoing it changes nothing."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    one, two = Device(tmp_path / "one"), Device(tmp_path / "two")
    client = sync_client(AppTransport(api), key)
    one.answer("card", 3, START)
    shown = two.step("shown", "card", START + HOUR)
    sync(one, client)
    sync(two, client)
    before = two.states()[("kzjp-test", "card")]
    two.undo_step(shown)
    assert two.states()[("kzjp-test", "card")] == before


def test_every_step_and_exam_is_queued_in_its_own_transaction(tmp_path: Path) -> None:
    """act/undo_event/record_exam queue their events; with the outbox gone the step is not recorded either."""
    device = Device(tmp_path / "device")
    device.answer("card", 3, START)
    flag = device.step("flag", "card", START + HOUR, comment="wrong year")
    device.undo_step(device.step("suspend", "card", START + 2 * HOUR))
    device.exam(START + DAY, 100.0, 5, ["card"])
    with Store.open(device.home, now=NOW, backup=False) as store:
        _upto, events, refused = store.transaction(lambda db: outbox_batch(db, 100))
        kinds = [event.kind for event in events]
        assert (kinds, refused) == (["review", "step", "step", "undo", "review", "exam"], 0)
        assert isinstance(events[1], StepEvent) and (events[1].id, events[1].comment) == (flag, "wrong year")
        assert isinstance(events[3], UndoEvent) and events[3].review == events[2].id
        assert isinstance(events[5], ExamEvent) and (events[5].mark, events[5].answers[0].review) == (
            5,
            events[4].id,
        )
        # joining refills the outbox from the whole history: the same events, undos last
        assert store.transaction(rebuild_outbox) == 6
        store.transaction(lambda db: db.execute("DROP TABLE outbox"))
        with pytest.raises(StoreError):
            store.act(CardEvent("f" * 32, "kzjp-test", "card", "flag", NOW))
        assert [e.id for e in store.events(kinds=["flag"])] == [flag]


def test_a_big_exam_goes_in_a_batch_of_its_own(tmp_path: Path) -> None:
    """A batch stops before ``max_bytes`` but always takes one event, so a large exam is never stuck."""
    device = Device(tmp_path / "device")
    device.exam(START, 50.0, 3, [f"card-{n}" for n in range(40)])
    with Store.open(device.home, now=NOW, backup=False) as store:
        upto, events, _refused = store.transaction(lambda db: outbox_batch(db, 200, max_bytes=300))
        assert [e.kind for e in events] == ["review"]
        upto_all, events_all, _refused = store.transaction(lambda db: outbox_batch(db, 200))
        assert len(events_all) == 41 and upto_all > upto


def test_the_server_report_has_flags_and_exams(api: TestClient, tmp_path: Path) -> None:
    """/class/exports carries every student's flags and exam results; the report lists and counts them."""
    made = new_class(api)
    one = Device(tmp_path / "one")
    study_apart(one, Device(tmp_path / "unused"))
    sync(one, sync_client(AppTransport(api), join(api, made.join_code, "Aigerim")))
    bob = Device(tmp_path / "bob")
    bob.answer("reset-me", 3, START)
    bob.step("flag", "reset-me", START + HOUR)
    sync(bob, sync_client(AppTransport(api), join(api, made.join_code, "Bob")))
    answer = api.get("/api/v1/class/exports", headers=bearer(made.instructor_key))
    assert answer.status_code == 200, answer.text
    exports = [ProgressExport.model_validate(item) for item in answer.json()]
    aigerim = next(e for e in exports if e.student == "Aigerim")
    assert [(f.card, f.comment) for f in aigerim.flags] == [("reset-me", "дата неверна")]
    assert [(e.mark, e.percent) for e in aigerim.exams] == [(4, 80.0)]
    assert ("kzjp-test", "reset-me") in {(c.deck, c.card) for c in aigerim.cards}
    loaded, _older = one_per_student([LoadedExport(e.student or "", e) for e in exports])
    report = build_report(loaded, [], NOW)
    assert [(f.card_id, f.students) for f in report.flagged] == [("reset-me", 2)]
    assert [c.comment for c in report.flagged[0].comments] == [None, "дата неверна"]  # oldest first
    rows = {row.label: row for row in report.student_rows}
    assert (rows["Aigerim"].exams, rows["Aigerim"].last_exam and rows["Aigerim"].last_exam.mark) == (1, 4)
    assert rows["Bob"].exams_shown() == "—"
    assert rows["Aigerim"].exams_shown() == "mark 4 (80%) · 1 exam"


def test_a_forged_step_is_refused(api: TestClient) -> None:
    """Unknown step kinds, long comments and exams with impossible marks are 422, and nothing is kept."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    base = {"kind": "step", "id": "a" * 32, "time": NOW.isoformat(), "deck": "kzjp-test", "card": "c"}
    for bad in (
        {**base, "step": "delete-everything"},
        {**base, "step": "flag", "comment": "x" * 2001},
        {**base, "step": "flag", "student": "someone-else"},
    ):
        answer = api.post("/api/v1/events", json={"events": [bad]}, headers=bearer(key))
        assert answer.status_code == 422, bad
    exam = {
        "kind": "exam",
        "id": "b" * 32,
        "started": NOW.isoformat(),
        "finished": NOW.isoformat(),
        "decks": ["kzjp-test"],
        "seed": 1,
        "questions": 0,
        "timed_out": False,
        "percent": 100.0,
        "mark": 6,
        "answers": [],
    }
    assert api.post("/api/v1/events", json={"events": [exam]}, headers=bearer(key)).status_code == 422
    assert api.get("/api/v1/events", headers=bearer(key)).json()["events"] == []


def test_a_new_device_pulls_the_exam_history(api: TestClient, tmp_path: Path) -> None:
    """Progress on a second device shows the exams sat on the first (Store.exams)."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    one, two = Device(tmp_path / "one"), Device(tmp_path / "two")
    one.exam(START, 90.0, 5, ["card"])
    client = sync_client(AppTransport(api), key)
    sync(one, client)
    sync(two, client)
    with Store.open(two.home, now=NOW, backup=False) as store:
        assert [(e.mark, e.percent, e.questions) for e in store.exams()] == [(5, 90.0, 1)]
        answers = store.transaction(lambda db: db.execute("SELECT feedback FROM exam_answer").fetchall())
    assert answers == [("",)]  # no feedback text travels
