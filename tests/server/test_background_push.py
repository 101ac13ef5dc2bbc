"""Pushing happens by itself: after answers, with retries and backoff, never fatal, never without a class."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzjp_tutor.cli import main
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.background import BackgroundPush, background_push, push_with_retries
from kzjp_tutor.core.sync.client import Backoff, SyncError, SyncResult, TransportError
from kzjp_tutor.core.sync.credentials import ClassLink, save_link
from kzjp_tutor.core.sync.outbox import outbox_size
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.study import StudyScreen

from .conftest import NOW, SERVER, AppTransport, Device, bearer, join, new_class

DECK = """\
format = 1

[deck]
id = "push-demo"
title = "Push demo"
language = "en"

[[sections]]
id = "places"
title = "Places"

[[sections.cards]]
id = "capital"
prompt = "What is the capital of Japan?"
answer = "Tokyo"

[[sections.cards]]
id = "river"
prompt = "Which river flows through Almaty?"
answer = "Esentai"
"""


def joined(home: Path, key: str) -> None:
    """Write the link file ``class join`` writes."""
    save_link(
        home, ClassLink(server=SERVER, key=key, student_id="0" * 32, student="Aigerim", class_name="KZ-JP")
    )


def record(waits: list[float], seconds: float) -> bool:
    """A wait that returns at once and remembers how long it was asked to be ("not stopping")."""
    waits.append(seconds)
    return False


class Failing:
    """A push that fails ``times`` times, then pushes ``events``."""

    def __init__(self, times: int, events: int = 3) -> None:
        self.times = times
        self.events = events
        self.calls = 0

    def __call__(self) -> SyncResult | None:
        self.calls += 1
        if self.calls <= self.times:
            raise SyncError("cannot reach the server: connection refused")
        return SyncResult(pushed=self.events)


def test_retries_wait_by_the_backoff_then_push() -> None:
    """Two failures: waits 1.5 s then 3 s (base 2, jitter 0.5), the third try pushes; no exception escapes."""
    waits: list[float] = []
    push = Failing(2)
    done = push_with_retries(push, wait=lambda s: record(waits, s), jitter=lambda: 0.5)
    assert (done.tries, done.pushed, done.error, waits) == (3, 3, None, [1.5, 3.0])


def test_every_try_failing_is_a_result_not_an_error() -> None:
    """After the last try the round ends with the reason; the caller shows it as a notice."""
    waits: list[float] = []
    done = push_with_retries(
        Failing(99), wait=lambda s: record(waits, s), jitter=lambda: 0.0, backoff=Backoff(1, 4, 4)
    )
    assert (done.tries, done.pushed) == (4, 0)
    assert done.error is not None and "connection refused" in done.error
    assert waits == [0.5, 1.0, 2.0]  # capped at 4 * 0.5 would be the next


def test_closing_the_app_cuts_the_wait_short() -> None:
    """A wait that reports "stopping" ends the round at once, without another try."""
    push = Failing(99)
    done = push_with_retries(push, wait=lambda _s: True, jitter=lambda: 0.0)
    assert (push.calls, done.tries) == (1, 1)


def test_not_joined_means_no_worker(tmp_path: Path) -> None:
    """A home without class.json starts no thread and sends nothing."""
    before = threading.active_count()
    pusher = background_push(
        tmp_path, list, now=lambda: NOW, transport=_Refuse(), jitter=lambda: 0.0, notify=lambda _t: None
    )
    assert pusher is None and threading.active_count() == before


class _Refuse:
    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        raise AssertionError("no request may be made")


class _Down:
    """The server's transport, switched off and on."""

    def __init__(self, inner: AppTransport) -> None:
        self.inner = inner
        self.down = True

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        if self.down:
            raise TransportError("connection refused")
        return self.inner.request(method, url, key=key, body=body)


def test_the_worker_pushes_after_a_poke_and_says_failure_once(api: TestClient, tmp_path: Path) -> None:
    """Server down: one notice, answers kept; server back: the next poke sends them and says so once."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    device = Device(tmp_path / "device")
    joined(device.home, key)
    transport = _Down(AppTransport(api))
    notices: list[str] = []
    pusher = background_push(
        device.home, list, now=lambda: NOW, transport=transport, jitter=lambda: 0.0, notify=notices.append
    )
    assert isinstance(pusher, BackgroundPush)
    pusher.backoff = Backoff(base=0.001, cap=0.001, attempts=2)
    try:
        device.answer("card", 3, NOW)
        pusher.poke()
        assert pusher.idle(30)
        assert len(notices) == 1 and "connection refused" in notices[0]
        device.answer("card", 4, NOW + NOW.resolution * 10**6)
        transport.down = False
        pusher.poke()
        assert pusher.idle(30)
        assert notices[1:] == ["The class server has your answers again."]
    finally:
        pusher.close(30)
    assert api.get("/api/v1/me", headers=bearer(key)).json()["events"] == 2
    with Store.open(device.home, now=NOW, backup=False) as store:
        assert store.transaction(outbox_size) == 0


def test_plain_study_pushes_its_answers(
    api: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``study --plain`` in a joined home: both answers are on the server when it ends."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text('new_cards = "ask-first"\n', encoding="utf-8")
    joined(home, key)
    deck = tmp_path / "deck.toml"
    deck.write_text(DECK, encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-12-02T09:00:00+00:00")
    monkeypatch.setattr("kzjp_tutor.commands.study.UrllibTransport", lambda: AppTransport(api))
    monkeypatch.setattr("sys.stdin", io.StringIO("Tokyo\nEsentai\n"))
    assert main(["study", str(deck), "--plain"]) == 0, capsys.readouterr().err
    assert api.get("/api/v1/me", headers=bearer(key)).json()["events"] == 2


def test_plain_study_with_the_server_down_studies_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No server: the session records both answers and exits 0; the answers wait in the outbox."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text('new_cards = "ask-first"\n', encoding="utf-8")
    joined(home, "kzs_" + "x" * 40)
    deck = tmp_path / "deck.toml"
    deck.write_text(DECK, encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-12-02T09:00:00+00:00")
    monkeypatch.setattr("kzjp_tutor.commands.study.UrllibTransport", lambda: _Down(AppTransport(None)))  # type: ignore[arg-type]
    monkeypatch.setattr("kzjp_tutor.core.sync.background.BACKGROUND_BACKOFF", Backoff(0.001, 0.001, 2))
    monkeypatch.setattr("sys.stdin", io.StringIO("Tokyo\nEsentai\n"))
    assert main(["study", str(deck), "--plain"]) == 0
    captured = capsys.readouterr()
    assert "✓ correct" in captured.out
    assert "Traceback" not in captured.err
    assert captured.err.count("Could not send your answers to the class server") == 1
    with Store.open(home, now=NOW, backup=False) as store:
        assert store.transaction(outbox_size) == 2


def test_a_store_that_cannot_open_is_retried_like_the_network() -> None:
    """Any KzjpError of one try (a damaged link file, a locked store) is a failed try, not a crash."""

    def broken() -> SyncResult | None:
        raise KzjpError("class.json is damaged")

    done = push_with_retries(broken, wait=lambda _s: False, jitter=lambda: 0.0, backoff=Backoff(attempts=2))
    assert (done.tries, done.error) == (2, "class.json is damaged")


async def test_the_app_pushes_what_its_study_screen_recorded(
    api: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's worker (own thread, own store) sends the answer given on the study screen."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    home = tmp_path / "home"
    joined(home, key)
    deck = tmp_path / "deck.toml"
    deck.write_text(DECK, encoding="utf-8")
    monkeypatch.setattr("kzjp_tutor.core.sync.client.UrllibTransport", lambda: AppTransport(api))
    settings = Settings(new_cards="ask-first")
    app = make_app(home, [deck], Clock.fixed(NOW), settings, start_study=True, fuzz=False)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, StudyScreen) and app.screen.item is not None:
                break
        await pilot.press(*"Tokyo", "enter", "enter")
        assert app.store.count_reviews() == 1
        assert app.pusher is not None
        app.pusher.poke()
        assert app.pusher.idle(30)
    assert api.get("/api/v1/me", headers=bearer(key)).json()["events"] == 1


async def test_an_app_without_a_class_has_no_worker(tmp_path: Path) -> None:
    """Nothing is started, and nothing would be sent, when the home has not joined a class."""
    app = make_app(tmp_path / "home", [], Clock.fixed(NOW), Settings(), fuzz=False)
    async with app.run_test(size=(100, 30)):
        assert app.pusher is None
