"""A class of two on the live server: the report says why no card is ranked, in words that fit it.

A walk-through found the served page saying "No answers in these exports." over a class whose
answers were all there (ranking needs 3 students; the server has no exports), and naming the
``--by-language`` flag to a reader in a browser, who has no command line to give it to.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.client import sync_now
from kzjp_tutor.core.sync.replay import replay_planner

from ..report.helpers import run_command
from .conftest import NOW, SERVER, AppTransport, Device, join, new_class, sync_client

WHY = (
    "No card is ranked yet: a card is ranked once at least 3 students have answered it. "
    "So far: 2 students, 3 answers."
)


def _two_students(api: TestClient, tmp_path: Path) -> str:
    """Aigerim (two answers) and Bob (one) synced; the instructor key."""
    made = new_class(api)
    for name, cards in (("Aigerim", ("card", "other")), ("Bob", ("card",))):
        key = join(api, made.join_code, name)
        device = Device(tmp_path / name)
        for card in cards:
            device.answer(card, 3, NOW)
        with Store.open(device.home, now=NOW, backup=False) as store:
            sync_now(store, sync_client(AppTransport(api), key), replay_planner(Settings()), cursor=0)
    return made.instructor_key


def test_the_served_page_says_why_nothing_is_ranked(api: TestClient, tmp_path: Path) -> None:
    """In the browser: the ranking rule and the counts, no "exports", no command-line flag."""
    teacher = _two_students(api, tmp_path)
    assert api.post("/class/login", data={"key": teacher}, follow_redirects=False).status_code == 303
    page = api.get("/class/report").text
    assert WHY in page
    assert "export" not in page.lower()
    assert "--by-language" not in page
    assert "Russian and English versions are counted together.</p>" in page


def test_the_terminal_report_says_it_too(
    api: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``report --server`` in the terminal: the same sentence (one home), and there the flag is
    named, since the reader can give it."""
    teacher = _two_students(api, tmp_path)
    monkeypatch.setattr("kzjp_tutor.commands._class_client.UrllibTransport", lambda: AppTransport(api))
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", teacher)
    ran = run_command(report_command, ["report", "--server", SERVER, "--insecure"], tmp_path / "h")
    assert ran.code == 0, ran.err
    assert WHY in " ".join(ran.out.split())
    assert "(--by-language splits them)" in ran.out
