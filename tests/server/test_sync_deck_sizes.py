"""Sync replays with the deck sizes live study used, so a sync of a device with itself moves no due.

A deck with more cards than ``exam_window_days`` days of ``max_reviews_per_day`` can review gets
a longer final-review window (``Planner.know_decks``); an answer given in the extra days is then a
window answer, whose due is fsrs's own, and not a cut one. Replay that did not know the deck's
size placed those answers before a shorter window and cut their dues to the eve (issue 18).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzjp_tutor.cli import main
from kzjp_tutor.core.catalog import resolve_decks
from kzjp_tutor.core.settings import load_settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.background import OutboxPusher
from kzjp_tutor.core.sync.credentials import ClassLink, save_link

from .conftest import NOW, SERVER, AppTransport, join, new_class, sync_client

CARDS = 60
EXAM = NOW.date() + dt.timedelta(days=3)
PER_DAY = 5
WINDOW = 7  # 7 days of 5 reviews hold 35 cards: this deck's window is 12 days


def _deck(folder: Path) -> None:
    folder.mkdir()
    lines = ['format = 1\n\n[deck]\nid = "big"\ntitle = "Big"\nlanguage = "en"\n']
    lines.append('[[sections]]\nid = "all"\ntitle = "All"\n')
    for n in range(CARDS):
        lines.append(
            f'[[sections.cards]]\nid = "card-{n}"\nprompt = "Fact {n}: type Tokyo"\nanswer = "Tokyo"\n'
        )
    (folder / "big.toml").write_text("\n".join(lines), encoding="utf-8")


def _states(home: Path) -> dict[str, dict[str, object]]:
    with Store.open(home, now=NOW, backup=False, write=False) as store:
        return {card: state.to_dict() for card, state in store.states("big").items()}


@pytest.mark.parametrize("how", ["sync command", "background push"])
def test_a_sync_of_a_big_deck_studied_live_moves_no_due(
    api: TestClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    how: str,
) -> None:
    """60 cards at 5 reviews a day: a 12-day window; after 15 days of live study a sync changes no state.

    Before replay knew the deck's size, 'sync' moved most of the deck (the answers of the window's
    first 5 days were replayed as before a 7-day window, so cut to the eve); so did the app's
    background push, which replays what it pushed.
    """
    home = tmp_path / "home"
    home.mkdir()
    _deck(tmp_path / "decks")
    (home / "settings.toml").write_text(
        f'new_cards = "ask-first"\nnew_per_day = 10\nmax_reviews_per_day = {PER_DAY}\n'
        f"exam_window_days = {WINDOW}\nexam_date = {EXAM.isoformat()}\n"
        f'decks_folder = "{tmp_path / "decks"}"\n',
        encoding="utf-8",
    )
    for day in range(15, 0, -1):  # from 18 days before the exam to the day before NOW
        monkeypatch.setenv("KZJP_TUTOR_NOW", (NOW - dt.timedelta(days=day)).isoformat())
        monkeypatch.setattr("sys.stdin", io.StringIO("Tokyo\n" * 200))
        assert main(["--home", str(home), "study", "big", "--plain"]) == 0
    live = _states(home)
    assert len(live) == CARDS
    key = join(api, new_class(api).join_code, "Aigerim")
    link = ClassLink(server=SERVER, key=key, student_id="a" * 32, student="Aigerim", class_name="KZ-JP")
    save_link(home, link)
    if how == "sync command":
        monkeypatch.setattr(
            "kzjp_tutor.commands.sync.client", lambda _server, key: sync_client(AppTransport(api), key)
        )
        monkeypatch.setenv("KZJP_TUTOR_NOW", NOW.isoformat())
        capsys.readouterr()
        assert main(["--home", str(home), "sync"]) == 0, capsys.readouterr().err
    else:
        decks = resolve_decks(["big"], load_settings(home), lambda _skipped: None)  # the study's own
        pusher = OutboxPusher(
            home, lambda: decks, lambda: NOW, lambda link: sync_client(AppTransport(api), link.key)
        )
        try:
            result = pusher()
        finally:
            pusher.close()
        assert result is not None and result.pushed > 0
    moved = {card for card, state in _states(home).items() if state != live[card]}
    assert moved == set()
