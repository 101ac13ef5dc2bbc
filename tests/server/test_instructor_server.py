"""The Instructor screen on the class server (issue 18): the live report's rows, reloaded with r,
read in a worker; a refused key, a server that is down and plain http:// to another host are a
notice on the screen; ``report --tui --server`` and ``--remember`` (the key kept owner-only).

Snapshots: a live class of three students (fixed names, answers at fixed times, the report's
clock fixed) on the students tab, and the notice of a server that is down (a real closed
loopback port, the real transport). Names from the server are untrusted: markup prints as
typed, and a terminal control a lying server slips in shows as an escape.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import stat
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core import i18n
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.errors import UsageError
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.client import Backoff, TransportError, sync_now
from kzjp_tutor.core.sync.credentials import InstructorLink, load_instructor, save_instructor
from kzjp_tutor.core.sync.replay import replay_planner
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens import instructor as screen_module
from kzjp_tutor.ui.screens.instructor import InstructorScreen

from ..report.helpers import DECK_FILE, run_command
from ..report.test_instructor_screen import (
    _Host,
    _snapshot_app,
)  # a bare app with only the screen; F6 in the real one
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


SnapCompare = Callable[..., bool]
ANSWERS = {
    "Aigerim": {"silk-road": 3, "pm-visit": 1},
    "Bolat": {"silk-road": 1, "pm-visit": 1, "relations": 3},
    "Dana": {"silk-road": 3, "pm-visit": 3, "relations": 3},
}
"""Who answered which card of the mini deck with which rating (fixed, so the SVG is too)."""


def _class_of_three(api: TestClient, tmp_path: Path, names: dict[str, str] | None = None) -> str:
    """The three students of :data:`ANSWERS` (renamed by ``names``) synced; the instructor key."""
    made = new_class(api)
    for number, (student, cards) in enumerate(ANSWERS.items()):
        name = (names or {}).get(student, student)
        key = join(api, made.join_code, name)
        device = Device(tmp_path / student)
        for minutes, (card, rating) in enumerate(cards.items()):
            device.answer(
                card, rating, NOW - dt.timedelta(hours=3 - number, minutes=-minutes), deck="kzjp-mini"
            )
        with Store.open(device.home, now=NOW, backup=False) as store:
            sync_now(store, sync_client(AppTransport(api), key), replay_planner(Settings()), cursor=0)
    return made.instructor_key


def _mini() -> list[Deck]:
    from kzjp_tutor.core.loader import load_deck

    return [load_deck(DECK_FILE)]


async def _students_tab(pilot: Pilot[None]) -> None:
    """Wait for the report, then go to the Students tab (the tabs have the focus)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for _ in range(3):
        await pilot.press("right")
    await pilot.pause()


def _teacher_app(
    home: Path, link: InstructorLink
) -> tuple[TutorApp, Callable[[Pilot[None]], Awaitable[None]]]:
    """The report tests' real app and F6, for a home that keeps ``link`` (it wins over the
    exports folder, which does not exist here)."""
    save_instructor(home, link)
    return _snapshot_app(home / "no-exports", home, "en")


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_snapshot_live_class(wired: TestClient, tmp_path: Path, snap_compare: SnapCompare) -> None:
    """F6 in the real app on a server with three students: the students tab, at 100×30."""
    key = _class_of_three(wired, tmp_path)
    app, open_report = _teacher_app(
        tmp_path / "teacher", InstructorLink(server=SERVER, key=key, insecure=True)
    )

    async def students(pilot: Pilot[None]) -> None:
        await open_report(pilot)
        assert isinstance(app.screen, InstructorScreen) and app.screen.report is not None
        await _students_tab(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=students)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
async def test_live_class_state(wired: TestClient, tmp_path: Path) -> None:
    """What the snapshot shows, asserted: the three names, their answer counts, the ranked cards."""
    key = _class_of_three(wired, tmp_path)
    screen = InstructorScreen(InstructorLink(server=SERVER, key=key, insecure=True), decks=_mini(), now=NOW)
    app = _Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await _students_tab(pilot)
        assert screen.report is not None
        assert _students(screen) == ["Aigerim", "Bolat", "Dana"]
        assert {row.label: row.answers for row in screen.report.student_rows} == {
            "Aigerim": 2,
            "Bolat": 3,
            "Dana": 3,
        }
        assert [card.card_id for card in screen.report.hardest] == ["pm-visit", "silk-road"]
        assert _summary(screen).startswith("3 students · 8 answers")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_down(monkeypatch: pytest.MonkeyPatch) -> InstructorScreen:
    """The screen on a loopback port nobody listens on, through the real transport, one quick retry."""
    monkeypatch.setattr(screen_module, "_SCREEN_BACKOFF", Backoff(base=0.0, attempts=2))
    monkeypatch.delenv("KZJP_TUTOR_CLASS_KEY", raising=False)
    link = InstructorLink(server=f"http://127.0.0.1:{_closed_port()}", key="kzi_x")
    return InstructorScreen(link, now=NOW)


class _Refused:
    """The real transport's failure for a closed port, for a snapshot whose address stays fixed."""

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        raise TransportError("Connection refused")


def test_snapshot_server_down(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, snap_compare: SnapCompare
) -> None:
    """F6 with the server down: the reason where the summary goes, an error toast, empty tables."""
    monkeypatch.setattr(screen_module, "UrllibTransport", _Refused)
    monkeypatch.setattr(screen_module, "_SCREEN_BACKOFF", Backoff(base=0.0, attempts=2))
    monkeypatch.delenv("KZJP_TUTOR_CLASS_KEY", raising=False)
    app, open_report = _teacher_app(
        tmp_path / "teacher", InstructorLink(server=SERVER, key="kzi_x", insecure=True)
    )
    assert snap_compare(app, terminal_size=(100, 30), run_before=open_report)


async def test_server_down_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real transport to a closed port: 'Connection refused' said once on screen, no traceback."""
    screen = _server_down(monkeypatch)
    app = _Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.report is None
        summary = _summary(screen)
        assert summary.startswith("Could not read the class report") and "refused" in summary
        assert "Traceback" not in summary and "Errno" not in summary
        assert [n.severity for n in app._notifications] == ["error"]


class _Lying:
    """The in-process server, with the students' names in the class's exports replaced on the way."""

    def __init__(self, api: TestClient, names: dict[str, str]) -> None:
        self.inner = AppTransport(api)
        self.names = names

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        status, answer = self.inner.request(method, url, key=key, body=body)
        if url.endswith("/api/v1/class/exports") and status == 200:
            exports = json.loads(answer)
            for export in exports:
                export["student"] = self.names.get(export["student"], export["student"])
            answer = json.dumps(exports).encode()
        return status, answer


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
async def test_names_from_the_server_are_text(
    wired: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Markup in a name (the server takes it) prints as typed; ESC from a lying server shows as \\x1b."""
    markup = "[bold red]x[/]"
    key = _class_of_three(wired, tmp_path, names={"Aigerim": markup})
    clipboard = "Eve\x1b]52;c;aGk=\x07\x1b[2J"
    monkeypatch.setattr(screen_module, "UrllibTransport", lambda: _Lying(wired, {"Bolat": clipboard}))
    screen = InstructorScreen(InstructorLink(server=SERVER, key=key, insecure=True), now=NOW)
    app = _Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await _students_tab(pilot)
        shown = _students(screen)
        assert markup in shown
        assert "Dana" in shown
        lying = next(name for name in shown if name.startswith("Eve"))
        assert "\x1b" not in lying and "\x07" not in lying
        assert lying.startswith("Eve\\x1b]52")


async def test_a_hostile_error_text_is_shown_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's refusal reason reaches the summary with its controls visible and its markup inert."""

    class Refusing:
        def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
            return 403, json.dumps({"error": "\x1b]52;c;aGk=\x07 [bold]no[/bold]"}).encode()

    monkeypatch.setattr(screen_module, "UrllibTransport", Refusing)
    monkeypatch.delenv("KZJP_TUTOR_CLASS_KEY", raising=False)
    screen = InstructorScreen(InstructorLink(server=SERVER, key="kzi_x", insecure=True), now=NOW)
    app = _Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        summary = _summary(screen)
        assert "\x1b" not in summary and "\\x1b]52" in summary and "[bold]no[/bold]" in summary
        assert all("\x1b" not in str(n.message) for n in app._notifications)
