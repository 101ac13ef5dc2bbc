"""``kzjp-tutor exam --plain``: a scripted practice exam end to end through ``cli.main``."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from kzjp_tutor.cli import main
from kzjp_tutor.core.exam import draw
from kzjp_tutor.core.loader import load_deck

DECK = """\
format = 1

[deck]
id = "exam-demo"
title = "Exam demo"
language = "en"

[[sections]]
id = "places"
title = "Places"

[[sections.cards]]
id = "capital"
prompt = "What is the capital of Japan?"
answer = "Tokyo"
explain = "Tokyo has been the capital since 1868."

[[sections.cards]]
id = "river"
prompt = "Name the longest river of Kazakhstan."
answer = "Irtysh"

[[sections]]
id = "people"
title = "People"

[[sections.cards]]
id = "silk-road"
prompt = "Which prime minister proposed Silk Road diplomacy?"
answer = "Hashimoto"

[[sections.cards]]
id = "year"
type = "number"
prompt = "How many years of relations in 2017?"
answer = 25
"""

RIGHT = {"capital": "Tokyo", "river": "Irtysh", "silk-road": "Hashimoto", "year": "25"}


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-12-02T09:00:00+00:00")
    deck = tmp_path / "exam.toml"
    deck.write_text(DECK, encoding="utf-8")
    return home, deck


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lines: list[str], *args: str
) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(line + "\n" for line in lines)))
    assert main(["exam", *args, "--plain", "--lang", "en"]) == 0
    return capsys.readouterr().out


def test_plain_exam_scripted_back_and_forth_then_result(
    setup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong answer corrected after :back, a question skipped and filled in after :go: no verdict
    before the end, then every question, the score, a mark, per-section lines and 4 reviews."""
    home, deck = setup
    order = [q.card.id for q in draw([load_deck(deck)], count=4, seed=42)]
    lines = [
        RIGHT[order[0]],
        "wrong answer",
        ":back",
        RIGHT[order[1]],
        "",
        RIGHT[order[3]],
        ":go 3",
        RIGHT[order[2]],
    ]
    out = _run(monkeypatch, capsys, lines, str(deck), "--questions", "4", "--seed", "42")
    assert "Practice exam: 4 questions, no time limit, seed 42." in out
    assert "✓ correct" not in out.split("Result:")[0], "no verdict before the end"
    assert "  your answer so far: wrong answer" in out, ":back shows the answer given"
    assert "Result: 4.0 of 4 (100%), mark 5" in out
    assert "By section:" in out and "Exam demo › Places: 2.0 of 2 (100%)" in out
    assert out.count("✓ correct") == 4
    assert "Tokyo has been the capital since 1868." in out
    assert "4 answers recorded as reviews" in out
    db = sqlite3.connect(home / "progress.sqlite3")
    assert db.execute("SELECT count(*) FROM review").fetchone()[0] == 4
    assert db.execute("SELECT questions, mark, seed FROM exam").fetchall() == [(4, 5, 42)]


def test_plain_exam_end_of_input_hands_in_with_unanswered_wrong(
    setup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _home, deck = setup
    order = [q.card.id for q in draw([load_deck(deck)], count=2, seed=1)]
    out = _run(monkeypatch, capsys, [RIGHT[order[0]]], str(deck), "--questions", "2", "--seed", "1")
    assert "Result: 1.0 of 2 (50%), mark 3" in out
    assert "  your answer: (no answer)" in out


def test_plain_exam_in_russian(
    setup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _home, deck = setup
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["exam", str(deck), "--questions", "1", "--seed", "1", "--plain", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Пробный экзамен: 1 вопрос" in out and "оценка 2" in out


def test_unknown_section_is_a_clear_error(
    setup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _home, deck = setup
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["exam", str(deck), "--section", "nope", "--plain", "--lang", "en"])
    err = capsys.readouterr().err
    assert code not in (0, 70) and "no deck being studied has a section 'nope'" in err
