"""``study --plain`` with show-first (the default): a new card is printed as a fact, Enter goes on,
and it is asked back later in the same session."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from kzjp_tutor.cli import main

DECK = """\
format = 1

[deck]
id = "facts"
title = "Facts"
language = "en"

[[sections]]
id = "s"
title = "Only section"

[[sections.cards]]
id = "capital"
prompt = "What is the capital of Japan?"
answer = "Tokyo"
explain = "Tokyo has been the capital since 1868."
source = "Tokyo is the capital."
"""


def test_plain_shows_a_new_card_then_asks_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Enter on the shown fact records it as shown (no review); the card then comes back as a question."""
    home = tmp_path / "home"
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    deck = tmp_path / "facts.toml"
    deck.write_text(DECK, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("\nTokyo\n"))
    assert main(["study", str(deck), "--plain"]) == 0
    out = capsys.readouterr().out
    fact = out.index("(a new card: read it and press Enter; it is asked back in about 1 min)")
    # English quotes in English
    assert "  answer: Tokyo\n" in out[:fact] and "  “Tokyo is the capital.”\n" in out[:fact]
    assert "Tokyo has been the capital since 1868." in out[:fact]
    # Asked back after the fact (as a learning card due within the look-ahead), then graded.
    assert fact < out.index("What is the capital of Japan?", fact) < out.index("✓ correct")
    db = sqlite3.connect(home / "progress.sqlite3")
    assert db.execute("SELECT kind FROM card_event").fetchall() == [("shown",)]
    assert db.execute("SELECT answer FROM review").fetchall() == [("Tokyo",)]


@pytest.mark.parametrize(
    ("steps", "language", "note"),
    [
        ("[10, 30]", "en", "(a new card: read it and press Enter; it is asked back in about 10 min)"),
        ("[]", "en", "(a new card: read it and press Enter; it is asked back in a moment)"),
        (
            "[1, 10]",
            "ru",
            "(новая карточка: прочитайте её и нажмите Enter; примерно через 1 мин она вернётся вопросом)",
        ),
    ],
)
def test_the_note_says_when_the_card_comes_back(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    steps: str,
    language: str,
    note: str,
) -> None:
    """The shown card is due after the first learning step, so the note says that time: "a few
    cards later" was false for a quick reader (49 cards went by in a walk-through before it came)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(f"learning_steps = {steps}\n", encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    deck = tmp_path / "facts.toml"
    deck.write_text(DECK, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["--lang", language, "study", str(deck), "--plain"]) == 0
    assert note in capsys.readouterr().out
