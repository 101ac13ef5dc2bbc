"""Sync between devices: offline study then sync in either order converges; retries lose and duplicate nothing."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.client import (
    Backoff,
    ClassClient,
    SyncError,
    TransportError,
    UrllibTransport,
    sync_now,
)
from kzjp_tutor.core.sync.outbox import outbox_size
from kzjp_tutor.core.sync.replay import replay_planner

from .conftest import NOW, AppTransport, Device, join, new_class, sync_client

DAY = dt.timedelta(days=1)


def sync(device: Device, client: ClassClient, cursor: int = 0) -> tuple[int, int, int]:
    """One sync of ``device``; (pushed, pulled, cursor)."""
    with Store.open(device.home, now=NOW, backup=False) as store:
        result = sync_now(store, client, replay_planner(Settings()), cursor=cursor)
    return result.pushed, result.pulled, result.cursor


def study_apart(one: Device, two: Device) -> None:
    """Both devices answer, some cards on both, over days long enough for fuzzable intervals."""
    start = NOW - 40 * DAY
    for day in range(0, 40, 3):
        one.answer("shared", 3 if day % 2 else 4, start + day * DAY)
        one.answer(f"only-one-{day % 4}", 3, start + day * DAY + dt.timedelta(hours=1))
    for day in range(1, 40, 5):
        two.answer("shared", 1 if day == 11 else 3, start + day * DAY + dt.timedelta(hours=2))
        two.answer("only-two", 2, start + day * DAY + dt.timedelta(hours=3))
    taken_back = two.answer("taken-back", 4, start + 39 * DAY)
    two.undo(taken_back)


@pytest.mark.parametrize("order", ["one-first", "two-first"])
def test_two_devices_converge_in_either_order(api: TestClient, tmp_path: Path, order: str) -> None:
    """Both devices end with identical card states and logs, whichever syncs first."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    one, two = Device(tmp_path / "one"), Device(tmp_path / "two")
    study_apart(one, two)
    assert one.states() != two.states()
    first, second = (one, two) if order == "one-first" else (two, one)
    client = sync_client(AppTransport(api), key)
    cursors = {first.home: sync(first, client)[2]}
    cursors[second.home] = sync(second, client)[2]
    _pushed, pulled, cursors[first.home] = sync(first, client, cursors[first.home])
    assert pulled > 0
    assert one.states() == two.states()
    assert one.log() == two.log()
    assert ("kzjp-test", "taken-back") not in one.states()
    again = sync(first, client, cursors[first.home]), sync(second, client, cursors[second.home])
    assert [(pushed, pulled) for pushed, pulled, _c in again] == [(0, 0), (0, 0)]


def test_sync_state_is_the_replay_of_the_answers(api: TestClient, tmp_path: Path) -> None:
    """After sync a card's state is the unfuzzed replay, even on the device whose live answer was fuzzed."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    fuzzed = Device(tmp_path / "fuzzed")
    fuzzed.planner = fuzzed.planner.__class__(Settings(), enable_fuzzing=True)
    plain = Device(tmp_path / "plain")
    for day in range(0, 120, 20):
        fuzzed.answer("card", 3, NOW - 120 * DAY + day * DAY)
        plain.answer("card", 3, NOW - 120 * DAY + day * DAY)
    sync(fuzzed, sync_client(AppTransport(api), key))
    assert fuzzed.states()[("kzjp-test", "card")] == plain.states()[("kzjp-test", "card")]


def test_the_outbox_is_written_with_each_answer_and_undo(tmp_path: Path) -> None:
    """Recording an answer adds its event in the same transaction; undo adds an undo event."""
    device = Device(tmp_path / "device")
    review_id = device.answer("card", 3, NOW)
    device.undo(review_id)
    with Store.open(device.home, now=NOW, backup=False) as store:
        assert store.transaction(outbox_size) == 2


class Flaky:
    """A transport that fails on cue before passing requests on."""

    def __init__(self, inner: AppTransport, failures: list[object]) -> None:
        self.inner = inner
        self.failures = failures
        self.calls = 0

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        self.calls += 1
        if self.failures:
            failure = self.failures.pop(0)
            if isinstance(failure, int):
                return failure, b'{"error": "busy"}'
            raise TransportError("connection refused")
        return self.inner.request(method, url, key=key, body=body)


def test_retries_back_off_then_succeed(api: TestClient, tmp_path: Path) -> None:
    """A refused connection, 503 and 429 are retried after 0.375, 0.75, 1.5 s (jitter 0.5)."""
    made = new_class(api)
    key = join(api, made.join_code, "Aigerim")
    device = Device(tmp_path / "device")
    device.answer("card", 3, NOW)
    sleeps: list[float] = []
    transport = Flaky(AppTransport(api), [None, 503, 429])
    assert sync(device, sync_client(transport, key, sleeps))[0] == 1
    assert sleeps == [0.375, 0.75, 1.5]


def test_a_refusal_is_final_and_keeps_the_outbox(api: TestClient, tmp_path: Path) -> None:
    """401 is not retried; the answers stay queued for the next try."""
    device = Device(tmp_path / "device")
    device.answer("card", 3, NOW)
    sleeps: list[float] = []
    with pytest.raises(SyncError, match="does not know this key"):
        sync(device, sync_client(AppTransport(api), "kzs_unknown", sleeps))
    assert sleeps == []
    with Store.open(device.home, now=NOW, backup=False) as store:
        assert store.transaction(outbox_size) == 1


def test_backoff_is_capped() -> None:
    """The wait doubles up to the cap and jitter keeps it within [½, 1) of that."""
    backoff = Backoff(base=1, cap=8, attempts=10)
    assert [backoff.delay(n, 0.0) for n in range(6)] == [0.5, 1, 2, 4, 4, 4]
    assert backoff.delay(10, 0.999) < 8


# ------------------------------------------------------------------ a real server killed mid-push


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve_argv(home: Path, port: int) -> list[str]:
    """``kzjp-tutor serve`` in English on ``port``, as a subprocess runs it."""
    return [
        sys.executable,
        "-m",
        "kzjp_tutor",
        "--home",
        str(home),
        "--lang",
        "en",
        "serve",
        "--port",
        str(port),
    ]


def _start(home: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        serve_argv(home, port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError("the server did not start")


class KillAfterCommit:
    """Passes requests to the real server; on push number ``at`` it lets the server commit, then SIGKILLs it.

    The device never hears the answer to that push, exactly as when the server dies between
    committing and replying.
    """

    def __init__(self, process: subprocess.Popen[bytes], at: int) -> None:
        self.inner = UrllibTransport(timeout=10)
        self.process = process
        self.at = at
        self.pushes = 0

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        if method == "POST" and url.endswith("/api/v1/events"):
            self.pushes += 1
            if self.pushes == self.at:
                self.inner.request(method, url, key=key, body=body)
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
                raise TransportError("connection reset")
        return self.inner.request(method, url, key=key, body=body)


@pytest.mark.slow
def test_a_push_cut_by_sigkill_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """600 answers, the server killed after committing the 2nd batch of 200: after a restart, exactly 600."""
    port = _free_port()
    server_home = tmp_path / "server"
    process = _start(server_home, port)
    url = f"http://127.0.0.1:{port}"
    try:
        setup = (server_home / "server-setup.key").read_text().strip()
        plain = UrllibTransport()
        made = ClassClient(plain, url, setup, sleep=lambda _s: None, jitter=lambda: 0.0).call(
            "POST", "/api/v1/classes", {"name": "K"}
        )
        key = ClassClient(plain, url, None, sleep=lambda _s: None, jitter=lambda: 0.0).call(
            "POST", "/api/v1/join", {"code": made["join_code"], "student": "Aigerim"}
        )["student_key"]
        device = Device(tmp_path / "device")
        for number in range(600):
            device.answer(
                f"card-{number % 50}", 3, NOW - dt.timedelta(days=60) + number * dt.timedelta(hours=2)
            )
        killer = KillAfterCommit(process, at=2)
        cut = ClassClient(
            killer, url, key, sleep=lambda _s: None, jitter=lambda: 0.0, backoff=Backoff(attempts=2)
        )
        with pytest.raises(SyncError, match="cannot reach"):
            sync(device, cut)
        with Store.open(device.home, now=NOW, backup=False) as store:
            assert (
                store.transaction(outbox_size) == 400
            )  # the first batch was acknowledged, the second was not
        process = _start(server_home, port)
        client = ClassClient(UrllibTransport(), url, key, sleep=lambda _s: None, jitter=lambda: 0.0)
        with Store.open(device.home, now=NOW, backup=False) as store:
            result = sync_now(store, client, replay_planner(Settings()), cursor=0)
            assert store.transaction(outbox_size) == 0
        assert (result.pushed, result.already) == (200, 200)
        me = client.call("GET", "/api/v1/me")
        assert me["events"] == 600
        teacher = ClassClient(
            UrllibTransport(), url, made["instructor_key"], sleep=lambda _s: None, jitter=lambda: 0.0
        )
        exported = teacher.call("GET", "/api/v1/class/exports")
        assert len(exported[0]["reviews"]) == 600
        assert len({(r["time"], r["card"]) for r in exported[0]["reviews"]}) == 600
    finally:
        process.kill()
        process.wait()


def test_the_outbox_table_has_exact_columns(tmp_path: Path) -> None:
    """m004_outbox: a sequence and the event's JSON, nothing else."""
    with Store.open(tmp_path, now=NOW, backup=False) as store:
        columns = store.transaction(lambda db: db.execute("PRAGMA table_info(outbox)").fetchall())
    assert [(c[1], c[2]) for c in columns] == [("seq", "INTEGER"), ("event", "TEXT")]
