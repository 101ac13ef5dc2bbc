"""The student's scheduling settings travel, so devices with different settings still converge.

Each device here is a home folder with its own ``settings.toml``; it answers with a planner built
from that file, as the app does, and syncs as ``kzjp-tutor sync`` does.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from pathlib import Path
from typing import Any

import fsrs
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from kzjp_tutor.cli import main
from kzjp_tutor.core import i18n
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.settings import Settings, load_settings, save_settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.client import ClassClient, Scheduling, SyncResult, sync_now
from kzjp_tutor.core.sync.credentials import ClassLink, save_link
from kzjp_tutor.core.sync.events import settings_event
from kzjp_tutor.core.sync.outbox import rebuild_outbox
from kzjp_tutor.core.sync.replay import Answer, Step, replay_card, replay_planner
from kzjp_tutor.core.sync.schedule import SCHEDULING_SETTINGS, scheduling_values

from .conftest import NOW, SERVER, AppTransport, Device, bearer, join, new_class, sync_client

DAY = dt.timedelta(days=1)


class Home(Device):
    """A device whose answers are scheduled by its own settings file."""

    def set(self, **values: Any) -> None:
        """Change settings as the Settings screen does (the file, keeping the rest)."""
        save_settings(self.home, load_settings(self.home).model_copy(update=values))

    def answer(self, card: str, rating: int, when: dt.datetime, *, deck: str = "kzjp-test") -> str:
        """Answer with the planner of the settings as they are now."""
        self.planner = Planner(load_settings(self.home), enable_fuzzing=False)
        return super().answer(card, rating, when, deck=deck)

    def sync(self, client: ClassClient, cursor: int = 0, *, now: dt.datetime = NOW) -> SyncResult:
        """One ``kzjp-tutor sync``."""
        settings = load_settings(self.home)
        with Store.open(self.home, now=now, backup=False) as store:
            return sync_now(
                store,
                client,
                replay_planner(settings),
                cursor=cursor,
                scheduling=Scheduling(settings, now, lambda settled: save_settings(self.home, settled)),
            )

    def scheduling(self) -> dict[str, Any]:
        """The scheduling settings in the file."""
        return scheduling_values(load_settings(self.home))


def homes(root: Path) -> tuple[Home, Home]:
    """Two devices of one student, both with a settings file."""
    one, two = Home(root / "one"), Home(root / "two")
    for device in (one, two):
        device.home.mkdir(parents=True)
        save_settings(device.home, Settings())
    return one, two


# ---------------------------------------------------------------- which settings a replay reads

_T = dt.datetime(2026, 9, 1, 9, tzinfo=dt.UTC)
_ANSWERS = [
    Answer("a1", _T, 3),
    Answer("a2", _T + dt.timedelta(minutes=12), 3),
    Answer("a3", _T + 3 * DAY, 3),
    Answer("a4", _T + 12 * DAY, 1),
    Answer("a5", _T + 12 * DAY + dt.timedelta(minutes=12), 3),
    Answer("a6", _T + 20 * DAY, 4),
]
_EXAM = dt.date(2026, 9, 29)
"""The day after the last answer's due would be cut at the eve (the window opens after it)."""
_OTHER_VALUES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "desired_retention": ({}, {"desired_retention": 0.8}),
    "learning_steps": ({}, {"learning_steps": [5]}),
    "new_per_day": ({}, {"new_per_day": 3}),
    "include_extra": ({}, {"include_extra": False}),
    "new_cards": ({}, {"new_cards": "ask-first"}),
    "exam_reviews": ({}, {"exam_reviews": False}),
    "exam_marks": ({}, {"exam_marks": [40, 60, 80]}),
    "max_reviews_per_day": ({"exam_date": _EXAM}, {"exam_date": _EXAM, "max_reviews_per_day": 1}),
    "max_interval_days": ({}, {"max_interval_days": 3}),
    "leech_threshold": ({}, {"leech_threshold": 1}),
    "exam_date": ({}, {"exam_date": _EXAM}),
    "deck_exam_dates": ({}, {"deck_exam_dates": {"kzjp-test": _EXAM}}),
    "exam_window_days": ({"exam_date": _EXAM}, {"exam_date": _EXAM, "exam_window_days": 20}),
    "decks_folder": ({}, {"decks_folder": "/elsewhere"}),
    "study_language": ({}, {"study_language": "en"}),
    "ui_language": ({}, {"ui_language": "en"}),
    "exports_folder": ({}, {"exports_folder": "/elsewhere"}),
    "theme": ({}, {"theme": "nord"}),
    "keymap": ({}, {"keymap": {"study.right": "y"}}),
    "student": ({}, {"student": "Aigerim"}),
    "profile_id": ({}, {"profile_id": "a" * 32}),
}


def test_every_setting_is_classified() -> None:
    """A new setting must be tried below: does it change a replay (then it must travel)?"""
    assert set(_OTHER_VALUES) == set(Settings.model_fields)


@pytest.mark.parametrize("name", sorted(_OTHER_VALUES))
def test_the_settings_that_travel_are_those_a_replay_reads(name: str) -> None:
    """Changing a setting changes a card's replayed state exactly when it is a scheduling setting."""
    base, other = (Settings(**update) for update in _OTHER_VALUES[name])
    steps = [Step("s0", _T - dt.timedelta(minutes=5), "shown")]

    def replayed(settings: Settings) -> object:
        return replay_card(replay_planner(settings), "kzjp-test", "card", _ANSWERS, steps)

    assert (replayed(base) != replayed(other)) == (name in SCHEDULING_SETTINGS)


# ---------------------------------------------------------------- convergence


def study_apart(one: Home, two: Home) -> None:
    """Both devices answer over 40 days, one card on both, each with its own settings."""
    start = NOW - 40 * DAY
    for day in range(0, 40, 3):
        one.answer("shared", 3, start + day * DAY)
        one.answer(f"only-one-{day % 3}", 3, start + day * DAY + dt.timedelta(hours=1))
    for day in range(1, 40, 5):
        two.answer("shared", 1 if day == 11 else 3, start + day * DAY + dt.timedelta(hours=2))
        two.answer("only-two", 4, start + day * DAY + dt.timedelta(hours=3))


@pytest.mark.parametrize("order", ["one-first", "two-first"])
def test_devices_with_different_retention_converge(api: TestClient, tmp_path: Path, order: str) -> None:
    """Different desired retention and learning steps, offline study, sync in either order: one
    state per card (due, stability, difficulty, state) and one set of settings on both."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, two = homes(tmp_path)
    one.set(desired_retention=0.8, learning_steps=[2, 20])
    study_apart(one, two)
    first, second = (one, two) if order == "one-first" else (two, one)
    client = sync_client(AppTransport(api), key)
    cursors = {device.home: device.sync(client).cursor for device in (first, second)}
    again = first.sync(client, cursors[first.home])
    assert again.pulled > 0
    assert one.states() == two.states()
    assert one.scheduling() == two.scheduling()
    shared = one.states()[("kzjp-test", "shared")]
    assert {"due", "state", "fsrs"} <= set(shared)
    fsrs_card = shared["fsrs"]
    assert isinstance(fsrs_card, dict) and {"stability", "difficulty"} <= set(fsrs_card)


def test_a_change_on_one_device_reaches_the_other(api: TestClient, tmp_path: Path) -> None:
    """A later change wins over the first values; the other device's file and cards follow it."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, two = homes(tmp_path)
    client = sync_client(AppTransport(api), key)
    for day in range(0, 30, 4):
        one.answer("card", 3, NOW - 30 * DAY + day * DAY)
    first = one.sync(client, now=NOW - DAY)
    assert first.settings_sent == sorted(SCHEDULING_SETTINGS)  # the student's first values
    assert first.settings_first
    cursor = two.sync(client, now=NOW - DAY).cursor
    assert one.states() == two.states()
    one.set(desired_retention=0.95, exam_date=dt.date(2026, 12, 20))
    sent = one.sync(client, cursor, now=NOW)
    assert sent.settings_sent == ["desired_retention", "exam_date"]
    assert not sent.settings_first
    assert sent.cards == 1  # its own cards are replayed with the new values too
    got = two.sync(client, cursor)
    assert got.settings_received == [
        ("desired_retention", 0.9, 0.95),
        ("exam_date", None, "2026-12-20"),
    ]
    assert load_settings(two.home).desired_retention == 0.95
    assert load_settings(two.home).exam_date == dt.date(2026, 12, 20)
    assert one.states() == two.states()
    assert one.states()[("kzjp-test", "card")]["due"] != first_due(two, before=0.9)


def first_due(device: Home, *, before: float) -> object:
    """The card's due had it been replayed with the old retention (so the test can tell them apart)."""
    with Store.open(device.home, now=NOW, backup=False, write=False) as store:
        rows = store.transaction(
            lambda db: db.execute("SELECT id, reviewed_at, rating FROM review WHERE undone = 0").fetchall()
        )
    from kzjp_tutor.core.store.records import parse_ts

    replayed = replay_card(
        replay_planner(Settings(desired_retention=before)),
        "kzjp-test",
        "card",
        [Answer(rid, parse_ts(at), rating) for rid, at, rating in rows],
    )
    assert replayed is not None and replayed.state is not None
    return replayed.state.to_dict()["due"]


def test_changes_to_different_settings_offline_are_both_kept(api: TestClient, tmp_path: Path) -> None:
    """Retention changed on one device, the exam date on the other, both offline: each setting's
    latest change wins, so both changes survive (a whole-settings 'latest wins' would drop one)."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, two = homes(tmp_path)
    client = sync_client(AppTransport(api), key)
    cursors = {device.home: device.sync(client, now=NOW - 2 * DAY).cursor for device in (one, two)}
    one.set(desired_retention=0.85)
    two.set(exam_date=dt.date(2027, 1, 15))
    one.sync(client, cursors[one.home], now=NOW - DAY)
    two.sync(client, cursors[two.home], now=NOW)
    one.sync(client, cursors[one.home], now=NOW)
    for device in (one, two):
        settings = load_settings(device.home)
        assert (settings.desired_retention, settings.exam_date) == (0.85, dt.date(2027, 1, 15))


def test_a_second_device_takes_the_students_settings(api: TestClient, tmp_path: Path) -> None:
    """A device that has never synced settings takes the student's, not the other way round, even
    though its file is newer: joining is not a change."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, two = homes(tmp_path)
    one.set(desired_retention=0.85, learning_steps=[3])
    client = sync_client(AppTransport(api), key)
    one.sync(client, now=NOW - DAY)
    two.set(desired_retention=0.7)
    result = two.sync(client, now=NOW)
    assert result.settings_sent == []
    assert ("desired_retention", 0.7, 0.85) in result.settings_received
    assert one.scheduling() == two.scheduling()
    assert load_settings(two.home).desired_retention == 0.85


def test_only_scheduling_settings_travel(api: TestClient, tmp_path: Path) -> None:
    """What the server keeps is the scheduling values: no paths, theme, name or profile."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, _two = homes(tmp_path)
    one.set(decks_folder="/home/aigerim/private", theme="nord", student="Aigerim", exports_folder="/x")
    one.sync(sync_client(AppTransport(api), key))
    kept = api.get("/api/v1/settings", headers=bearer(key))
    assert kept.status_code == 200
    [event] = kept.json()["events"]
    assert set(event["values"]) == set(SCHEDULING_SETTINGS)
    assert "private" not in kept.text and "nord" not in kept.text


# ---------------------------------------------------------------- the server's side


def _forged(values: dict[str, Any]) -> dict[str, Any]:
    return {
        "events": [
            {"kind": "settings", "id": uuid.uuid4().hex, "time": "2026-12-01T09:00:00Z", "values": values}
        ]
    }


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"desired_retention": 1.5}, "desired_retention"),
        ({"desired_retention": "0.9"}, "desired_retention"),
        ({"learning_steps": [0]}, "learning_steps"),
        ({"max_interval_days": 10**9}, "max_interval_days"),
        ({"exam_window_days": 61}, "exam_window_days"),
        ({"theme": "nord"}, "not scheduling settings: theme"),
        ({"decks_folder": "/home/x"}, "not scheduling settings: decks_folder"),
        ({"deck_exam_dates": {"Not A Deck\x1b[2J": "2026-12-20"}}, "deck_exam_dates"),
        ({}, "values"),
    ],
)
def test_a_forged_settings_payload_is_refused(api: TestClient, values: dict[str, Any], named: str) -> None:
    """Out of the settings' own bounds, or not a scheduling setting: 422 naming it, nothing kept."""
    key = join(api, new_class(api).join_code, "Aigerim")
    refused = api.post("/api/v1/settings", json=_forged(values), headers=bearer(key))
    assert refused.status_code == 422
    assert named in refused.json()["error"]
    assert "Traceback" not in refused.text and "\x1b" not in refused.text
    assert api.get("/api/v1/settings", headers=bearer(key)).json() == {"events": []}


def test_settings_in_the_answers_stream_are_refused_clearly(api: TestClient) -> None:
    """A settings event pushed where answers go (an unknown kind there) is a 422 naming the kind."""
    key = join(api, new_class(api).join_code, "Aigerim")
    refused = api.post("/api/v1/events", json=_forged({"desired_retention": 0.8}), headers=bearer(key))
    assert refused.status_code == 422
    assert "settings" in refused.json()["error"]


def test_a_student_reads_and_writes_only_their_own_settings(api: TestClient) -> None:
    """Another student's key, an instructor key and no key see nothing of them."""
    made = new_class(api)
    aigerim, daniyar = join(api, made.join_code, "Aigerim"), join(api, made.join_code, "Daniyar")
    event = settings_event(NOW, {"desired_retention": 0.85})
    body = {"events": [event.model_dump(mode="json")]}
    assert api.post("/api/v1/settings", json=body, headers=bearer(aigerim)).json()["accepted"] == 1
    assert api.post("/api/v1/settings", json=body, headers=bearer(aigerim)).json()["duplicates"] == 1
    assert api.get("/api/v1/settings", headers=bearer(daniyar)).json() == {"events": []}
    assert api.get("/api/v1/settings", headers=bearer(made.instructor_key)).status_code == 403
    assert api.get("/api/v1/settings").status_code == 401
    [student] = api.get("/api/v1/class", headers=bearer(made.instructor_key)).json()["students"][:1]
    removed = api.delete(
        f"/api/v1/class/students/{student['student_id']}", headers=bearer(made.instructor_key)
    )
    assert removed.status_code == 204
    assert api.get("/api/v1/settings", headers=bearer(aigerim)).status_code == 401


class OldServer:
    """A server from before synced settings: no such route (FastAPI's own 404)."""

    def __init__(self, inner: AppTransport) -> None:
        self.inner = inner

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        if url.endswith("/api/v1/settings"):
            return 404, b'{"detail":"Not Found"}'
        return self.inner.request(method, url, key=key, body=body)


def test_an_older_server_still_syncs_the_answers(api: TestClient, tmp_path: Path) -> None:
    """No settings route: said once, nothing kept for later, answers pushed and pulled."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, two = homes(tmp_path)
    one.answer("card", 3, NOW - DAY)
    client = sync_client(OldServer(AppTransport(api)), key)
    sent = one.sync(client)
    assert sent.settings_unsupported and sent.pushed == 1 and sent.settings_sent == []
    assert two.sync(client).pulled == 1
    with Store.open(one.home, now=NOW, backup=False) as store:
        assert (
            store.transaction(lambda db: db.execute("SELECT count(*) FROM settings_event").fetchone()[0]) == 0
        )


# ---------------------------------------------------------------- what `sync` says


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "desired_retention is now 0.8 as set on your other device (it was 0.9 here)"),
        ("ru", "desired_retention теперь 0.8, как на другом вашем устройстве (здесь было: 0.9)"),
    ],
)
def test_the_sync_command_says_which_setting_changed(
    api: TestClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    expected: str,
) -> None:
    """The second device's ``sync`` names the setting, its new value and its old one."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, two = homes(tmp_path)
    one.set(desired_retention=0.8)
    one.sync(sync_client(AppTransport(api), key))
    save_link(
        two.home,
        ClassLink(server=SERVER, key=key, student_id="a" * 32, student="Aigerim", class_name="KZ-JP"),
    )
    monkeypatch.setattr(
        "kzjp_tutor.commands.sync.client", lambda _server, key: sync_client(AppTransport(api), key)
    )
    try:
        assert main(["--home", str(two.home), "--lang", language, "sync"]) == 0
    finally:
        i18n.use("en")
    assert expected in capsys.readouterr().out
    assert load_settings(two.home).desired_retention == 0.8


# ---------------------------------------------------------------- any interleaving

_OPS = st.lists(
    st.tuples(
        st.sampled_from([0, 1]),
        st.sampled_from(["answer", "answer", "answer", "retention", "steps", "exam", "sync"]),
        st.integers(0, 2),
        st.sampled_from([1, 3, 3, 4]),
        st.sampled_from([0.75, 0.85, 0.9, 0.95]),
    ),
    min_size=1,
    max_size=14,
)


@hypothesis_settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=_OPS)
def test_any_interleaving_of_answers_and_settings_changes_converges(
    api: TestClient, ops: list[tuple[int, str, int, int, float]]
) -> None:
    """Two devices answer, change settings and sync in any order; after a final sync of each (and
    one more of the first) their cards and scheduling settings are the same."""
    key = join(api, new_class(api).join_code, "Aigerim")
    client = sync_client(AppTransport(api), key)
    with tempfile.TemporaryDirectory() as root:
        devices = homes(Path(root))
        cursors = [0, 0]
        start = NOW - 60 * DAY
        for step, (which, op, card, rating, retention) in enumerate(ops):
            device, when = devices[which], start + step * 4 * DAY + dt.timedelta(minutes=which)
            if op == "answer":
                device.answer(f"card-{card}", rating, when)
            elif op == "retention":
                device.set(desired_retention=retention)
            elif op == "steps":
                device.set(learning_steps=[card + 1, 10 * (card + 1)])
            elif op == "exam":
                device.set(exam_date=(when + (card + 2) * 7 * DAY).date())
            else:
                cursors[which] = device.sync(client, cursors[which], now=when).cursor
        end = start + len(ops) * 4 * DAY
        for which in (0, 1, 0):
            cursors[which] = devices[which].sync(client, cursors[which], now=end).cursor
        assert devices[0].states() == devices[1].states()
        assert devices[0].scheduling() == devices[1].scheduling()


def test_a_replayed_state_is_the_answers_with_the_synced_settings(api: TestClient, tmp_path: Path) -> None:
    """After sync, the device that studied with 0.9 holds what replaying with 0.8 gives (checked by hand)."""
    key = join(api, new_class(api).join_code, "Aigerim")
    one, two = homes(tmp_path)
    one.set(desired_retention=0.8)
    client = sync_client(AppTransport(api), key)
    one.sync(client, now=NOW - 30 * DAY)
    ids = [two.answer("card", 3, NOW - 20 * DAY + day * DAY) for day in (0, 2, 9)]
    two.sync(client)
    expected = replay_card(
        replay_planner(Settings(desired_retention=0.8)),
        "kzjp-test",
        "card",
        [
            Answer(rid, NOW - 20 * DAY + day * DAY, int(fsrs.Rating.Good))
            for rid, day in zip(ids, (0, 2, 9), strict=True)
        ],
    )
    assert expected is not None and expected.state is not None
    assert two.states()[("kzjp-test", "card")] == expected.state.to_dict()


def test_joining_another_class_takes_the_settings_history_along(api: TestClient, tmp_path: Path) -> None:
    """A device that joins anew (another class, or after the instructor removed the student) sends
    the settings changes it knows, as it sends its answers, so its values are not lost there."""
    one, two = homes(tmp_path)
    one.set(desired_retention=0.85)
    one.sync(sync_client(AppTransport(api), join(api, new_class(api, "first").join_code, "Aigerim")))
    key = join(api, new_class(api, "second").join_code, "Aigerim")
    with Store.open(one.home, now=NOW, backup=False) as store:
        store.transaction(rebuild_outbox)
    one.sync(sync_client(AppTransport(api), key))
    assert two.sync(sync_client(AppTransport(api), key)).settings_received == [
        ("desired_retention", 0.9, 0.85)
    ]
