"""``study --plain`` (issue 17, trial B15): an override's confirmation stands under the verdict it
changes, before the next card; ``:hard``; and a new card shown first reads well in both languages."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from kzjp_tutor.cli import main

DECK = """\
format = 1

[deck]
id = "order"
title = "Order"
language = "{language}"

[[sections]]
id = "s"
title = "Only section"

[[sections.cards]]
id = "capital"
prompt = "Capital?"
answer = "{answer}"
explain = "{explain}"
source = "{source}"

[[sections.cards]]
id = "second"
prompt = "Second question?"
answer = "Two"
"""
WORDS = {
    "en": {"answer": "Tokyo", "explain": "Since 1868.", "source": "Tokyo is the capital."},
    "ru": {"answer": "Токио", "explain": "С 1868 года.", "source": "Токио — столица."},
}


def _run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    *,
    language: str = "en",
    settings: str = 'new_cards = "ask-first"\n',
) -> tuple[str, Path]:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(settings, encoding="utf-8")
    deck = tmp_path / "order.toml"
    deck.write_text(DECK.format(language=language, **WORDS[language]), encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert main(["study", str(deck), "--plain", "--lang", language]) == 0
    return capsys.readouterr().out, home


def _ratings(home: Path) -> list[tuple[str, int]]:
    db = sqlite3.connect(home / "progress.sqlite3")
    try:
        return db.execute("SELECT card_id, rating FROM review WHERE undone = 0 ORDER BY rowid").fetchall()
    finally:
        db.close()


def test_override_confirmed_under_its_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong answer, then :right: "recorded as Good" comes before the next card, which is
    printed once (it was printed under the confirmation's line and then again before)."""
    out, home = _run(tmp_path, monkeypatch, capsys, "Kyoto\n:right\nTwo\n")
    verdict = out.index("✗ wrong")
    confirmed = out.index("recorded as Good")
    assert verdict < confirmed < out.index("Second question?")
    assert out.count("Second question?") == 1
    assert _ratings(home) == [("capital", 3), ("second", 3)]


def test_hard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """:hard re-rates the last answer as Hard (2), said before the next card."""
    out, home = _run(tmp_path, monkeypatch, capsys, "Tokyo\n:hard\nTwo\n")
    assert out.index("recorded as Hard") < out.index("Second question?")
    assert _ratings(home)[0] == ("capital", 2)


def test_undo_then_the_same_card_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """:undo after a verdict: said under it, then the same card is asked again (the next card not
    yet printed)."""
    out, home = _run(tmp_path, monkeypatch, capsys, "Kyoto\n:undo\nTokyo\nTwo\n")
    undone = out.index("undone: the last answer is taken back")
    assert out.index("✗ wrong") < undone < out.index("Capital?", undone) < out.index("Second question?")
    assert out.count("Second question?") == 1
    assert _ratings(home) == [("capital", 3), ("second", 3)]


@pytest.mark.parametrize(
    ("language", "quoted", "hint"),
    [
        ("en", "  “Tokyo is the capital.”\n", "(a new card: read it and press Enter"),
        ("ru", "  «Токио — столица.»\n", "(новая карточка: прочитайте её и нажмите Enter"),
    ],
)
def test_shown_card_reads_in_each_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    quoted: str,
    hint: str,
) -> None:
    """The fact: answer, explanation, the source in the interface's quotes, the hint; Enter goes on."""
    out, home = _run(tmp_path, monkeypatch, capsys, "\n", language=language, settings="")
    fact = out[: out.index(hint)]
    answer = WORDS[language]["answer"]
    label = "ответ" if language == "ru" else "answer"
    assert f"  {label}: {answer}\n" in fact and quoted in fact and WORDS[language]["explain"] in fact
    db = sqlite3.connect(home / "progress.sqlite3")
    assert db.execute("SELECT card_id, kind FROM card_event").fetchall() == [("capital", "shown")]
    db.close()
