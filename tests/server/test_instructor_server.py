"""The Instructor screen on the class server (issue 18): the live report's rows, reloaded with r,
read in a worker; a refused key, a server that is down and plain http:// to another host are a
notice on the screen; ``report --tui --server`` and ``--remember`` (the key kept owner-only)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from textual.content import Content
from textual.widgets import DataTable, Static

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core import i18n
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.errors import UsageError
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.client import Backoff, TransportError, sync_now
from kzjp_tutor.core.sync.credentials import InstructorLink, load_instructor, save_instructor
from kzjp_tutor.core.sync.replay import replay_planner
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens import instructor as screen_module
from kzjp_tutor.ui.screens.instructor import InstructorScreen

from ..report.helpers import run_command
from ..report.test_instructor_screen import _Host  # the bare app that shows only the screen
from .conftest import NOW, SERVER, AppTransport, Device, join, new_class, sync_client

LOCAL = "http://127.0.0.1:8765"
"""A loopback address: plain http is allowed there (no request is made to it)."""


def _synced(api: TestClient, tmp_path: Path, names: tuple[str, ...]) -> str:
    """A class whose students answered one card each and synced; its instructor key."""
    made = new_class(api)
    for name in names:
        key = join(api, made.join_code, name)
        device = Device(tmp_path / name)
        device.answer("card", 3, NOW)
        with Store.open(device.home, now=NOW, backup=False) as store:
            sync_now(store, sync_client(AppTransport(api), key), replay_planner(Settings()), cursor=0)
    return made.instructor_key


@pytest.fixture
def wired(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    """The screen's client talks to the in-process server, with quick retries."""
    monkeypatch.setattr(screen_module, "UrllibTransport", lambda: AppTransport(api))
    monkeypatch.setattr(screen_module, "_SCREEN_BACKOFF", Backoff(base=0.0, attempts=2))
    monkeypatch.delenv("KZJP_TUTOR_CLASS_KEY", raising=False)
    return api


def _students(screen: InstructorScreen) -> list[str]:
    table: DataTable[Content] = screen.query_one("#instructor-students", DataTable)
    return sorted(table.get_row_at(row)[0].plain for row in range(table.row_count))


def _summary(screen: InstructorScreen) -> str:
    return str(screen.query_one("#instructor-summary", Static).content)


async def test_live_rows_of_this_class_only(wired: TestClient, tmp_path: Path) -> None:
    """The students' rows come from the server, and another class's student is not among them."""
    key = _synced(wired, tmp_path, ("Aigerim", "Bob"))
    made = new_class(wired, "other")
    other = Device(tmp_path / "Other")
    other.answer("card", 3, NOW)
    with Store.open(other.home, now=NOW, backup=False) as store:
        student = join(wired, made.join_code, "Other")
        sync_now(store, sync_client(AppTransport(wired), student), replay_planner(Settings()), cursor=0)
    screen = InstructorScreen(InstructorLink(server=SERVER, key=key, insecure=True), now=NOW)
    app = _Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _students(screen) == ["Aigerim", "Bob"]
        assert _summary(screen).startswith("2 students · 2 answers")


async def test_reload_shows_a_new_student(wired: TestClient, tmp_path: Path) -> None:
    """r fetches again in the worker: a student who synced after the first read appears."""
    made = new_class(wired)
    first = Device(tmp_path / "Aigerim")
    first.answer("card", 3, NOW)
    with Store.open(first.home, now=NOW, backup=False) as store:
        key = join(wired, made.join_code, "Aigerim")
        sync_now(store, sync_client(AppTransport(wired), key), replay_planner(Settings()), cursor=0)
    screen = InstructorScreen(InstructorLink(server=SERVER, key=made.instructor_key, insecure=True), now=NOW)
    app = _Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _students(screen) == ["Aigerim"]
        second = Device(tmp_path / "Bob")
        second.answer("card", 1, NOW)
        with Store.open(second.home, now=NOW, backup=False) as store:
            key = join(wired, made.join_code, "Bob")
            sync_now(store, sync_client(AppTransport(wired), key), replay_planner(Settings()), cursor=0)
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _students(screen) == ["Aigerim", "Bob"]


async def test_f6_reads_the_remembered_server(wired: TestClient, tmp_path: Path) -> None:
    """In the real app, F6 opens the report of the server kept in the home's instructor.json."""
    key = _synced(wired, tmp_path, ("Aigerim",))
    home = tmp_path / "teacher"
    save_instructor(home, InstructorLink(server=SERVER, key=key, insecure=True))
    app = make_app(home, [], Clock.fixed(NOW), Settings(), fuzz=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("f6")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, InstructorScreen)
        assert _students(app.screen) == ["Aigerim"]


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_student_key_is_a_notice(
    wired: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """A key the server refuses (the environment's wins over the stored one): said on the screen."""
    _synced(wired, tmp_path, ("Aigerim",))
    made = new_class(wired, "second")
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", join(wired, made.join_code, "Eve"))
    i18n.use(language)  # type: ignore[arg-type]
    screen = InstructorScreen(InstructorLink(server=SERVER, key="kzi_unused", insecure=True), now=NOW)
    app = _Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.report is None
        opening = "Could not read the class report" if language == "en" else "Не удалось прочитать"
        assert _summary(screen).startswith(opening)
        assert [n.severity for n in app._notifications] == ["error"]


async def test_server_down_and_plain_http_are_notices(
    wired: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No answer after the retries, and http:// to another host (no request at all): notices, no traceback."""

    class Down:
        calls = 0

        def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
            Down.calls += 1
            raise TransportError("connection refused")

    monkeypatch.setattr(screen_module, "UrllibTransport", Down)
    for link, words in (
        (InstructorLink(server=SERVER, key="kzi_x", insecure=True), "connection refused"),
        (InstructorLink(server="http://tutor.example.edu", key="kzi_x"), "refusing plain http"),
    ):
        screen = InstructorScreen(link, now=NOW)
        app = _Host(screen)
        async with app.run_test(size=(100, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert screen.report is None
            assert words in _summary(screen)
    assert Down.calls == 2  # both tries against the first server, none to the plain-http host


def test_report_tui_server_opens_the_screen_on_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--tui --server is no longer refused: the app gets the server and the key from the environment."""
    opened: dict[str, Any] = {}
    monkeypatch.setattr("kzjp_tutor.ui.run.run_tui", lambda *a, **kw: opened.update(kw) or 0)
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", "kzi_secret")
    ran = run_command(report_command, ["report", "--tui", "--server", LOCAL + "/"], tmp_path / "h")
    assert ran.code == 0
    assert opened["instructor_folder"] == InstructorLink(server=LOCAL, key="kzi_secret")
    assert not (tmp_path / "h" / "instructor.json").exists()


def test_remember_keeps_the_key_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--remember writes instructor.json with 0600, through the student's key store."""
    monkeypatch.setattr("kzjp_tutor.ui.run.run_tui", lambda *a, **kw: 0)
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", "kzi_secret")
    home = tmp_path / "h"
    ran = run_command(report_command, ["report", "--tui", "--server", LOCAL, "--remember"], home)
    assert ran.code == 0 and "instructor.json" in ran.err and "kzi_secret" not in ran.err
    assert stat.S_IMODE((home / "instructor.json").stat().st_mode) == 0o600
    assert load_instructor(home) == InstructorLink(server=LOCAL, key="kzi_secret")


def test_refusals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain http to another host is refused before the app starts; --remember needs --server."""
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", "kzi_secret")
    with pytest.raises(UsageError, match="refusing plain http"):
        run_command(report_command, ["report", "--tui", "--server", "http://tutor.example.edu"], tmp_path)
    with pytest.raises(UsageError, match="--remember"):
        run_command(report_command, ["report", "--tui", "--remember", str(tmp_path)], tmp_path)
    assert not (tmp_path / "instructor.json").exists()
