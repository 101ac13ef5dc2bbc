"""``kzjp-tutor study --plain``: the line-by-line loop, end to end through ``cli.main``."""

from __future__ import annotations

import datetime as dt
import io
import re
import sqlite3
from pathlib import Path

import pytest

from kzjp_tutor.cli import main
from kzjp_tutor.core.queue import choice_order

DECK = """\
format = 1

[deck]
id = "plain-demo"
title = "Plain demo"
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
id = "embassy-city"
type = "choice"
prompt = "Where is the Japanese embassy in Kazakhstan?"
choices = ["Almaty", "Astana", "Shymkent"]
answer = "Astana"

[[sections]]
id = "people"
title = "People"

[[sections.cards]]
id = "silk-road"
prompt = "Which prime minister proposed Silk Road diplomacy?"
answer = "Hashimoto"
"""

ONE_CARD = """\
format = 1

[deck]
id = "one"
title = "One card"
language = "en"

[[sections]]
id = "s"
title = "Only section"

[[sections.cards]]
id = "capital"
prompt = "What is the capital of Japan?"
answer = "Tokyo"
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway home and a fixed clock; new cards asked at once (these tests grade first answers;
    show-first is tested in test_study_show_first.py)."""
    path = tmp_path / "home"
    path.mkdir(exist_ok=True)
    (path / "settings.toml").write_text('new_cards = "ask-first"\n', encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(path))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    return path


def _deck(tmp_path: Path, text: str = DECK, name: str = "demo.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _study(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lines: list[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(line + "\n" for line in lines)))
    code = main(["study", *args, "--plain"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _reviews(home: Path) -> list[tuple[str, str, int]]:
    db = sqlite3.connect(home / "progress.sqlite3")
    return db.execute("SELECT card_id, answer, rating FROM review WHERE undone = 0 ORDER BY rowid").fetchall()


def test_plain_session_records_and_summarises(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Prompts with deck/section, numbered choices, verdicts with answer and explanation, a summary.

    The choice is answered with the number Astana is SHOWN under: a fixed clock means seed 0,
    and this is the session's first showing of a choice card.
    """
    shown = [
        ["Almaty", "Astana", "Shymkent"][i] for i in choice_order(3, 0, 1, ("plain-demo", "embassy-city"))
    ]
    number = shown.index("Astana") + 1
    code, out, err = _study(monkeypatch, capsys, ["Tokyo", str(number), ""], str(_deck(tmp_path)))
    assert code == 0, err
    assert "[Plain demo › Places] (new)" in out
    assert "".join(f"  {n}. {city}\n" for n, city in enumerate(shown, start=1)) in out
    assert out.count("✓ correct") == 2 and out.count("✗ wrong") == 1
    assert "  answer: Tokyo" in out and "Tokyo has been the capital since 1868." in out
    assert "  next: in 10 min" in out and "  next: in 1 min" in out
    assert "Answered     3\nCorrect      2 (67%)\n" in out
    assert "Next due     in 1 min (September 1, 09:01 UTC)" in out
    assert _reviews(home) == [("capital", "Tokyo", 3), ("embassy-city", "Astana", 3), ("silk-road", "", 1)]


def test_undo_and_quit(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """:undo takes the last answer back and asks the card again; :quit stops."""
    code, out, _err = _study(monkeypatch, capsys, ["Kyoto", ":undo", "Tokyo", ":quit"], str(_deck(tmp_path)))
    assert code == 0
    assert "undone: the last answer is taken back" in out
    assert out.count("What is the capital of Japan?") == 2
    assert _reviews(home) == [("capital", "Tokyo", 3)]


def test_study_across_days_intervals_grow(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Answering right on each due day with KZJP_TUTOR_NOW fixed: the intervals grow."""
    deck = str(_deck(tmp_path, ONE_CARD, "one.toml"))
    code, out, _ = _study(monkeypatch, capsys, ["Tokyo", "Tokyo"], deck)
    assert code == 0
    assert re.findall(r"next: in (.+)", out) == ["10 min", "2 days"]
    days = [2]
    when = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
    for _ in range(4):
        when += dt.timedelta(days=days[-1])
        monkeypatch.setenv("KZJP_TUTOR_NOW", when.isoformat())
        code, out, _ = _study(monkeypatch, capsys, ["Tokyo"], deck)
        assert code == 0
        found = re.findall(r"next: in (\d+) days", out)
        assert len(found) == 1, out
        days.append(int(found[0]))
    assert days == sorted(days) and len(set(days)) == len(days), days
    assert days[-1] > 40


def test_nothing_due_says_when(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With everything learned and nothing due, the session ends at once and says when to come back."""
    deck = str(_deck(tmp_path, ONE_CARD, "one.toml"))
    _study(monkeypatch, capsys, ["Tokyo", "Tokyo"], deck)
    code, out, _ = _study(monkeypatch, capsys, ["Tokyo"], deck)
    assert code == 0
    assert "Answered     0" in out and "Next due     in 2 days" in out


def test_unknown_deck_is_a_clear_error(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name that is neither a file, a folder nor a deck id is a usage error, not a traceback."""
    code, _out, err = _study(monkeypatch, capsys, [], "no-such-deck")
    assert code == 2
    assert "no deck file, folder or deck id 'no-such-deck'" in err


def test_corrupt_database_is_reported_and_moved(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A garbage progress file is moved aside, the student is told where, and study goes on."""
    home.mkdir(exist_ok=True)
    (home / "progress.sqlite3").write_bytes(b"garbage" * 200)
    code, out, err = _study(monkeypatch, capsys, ["Tokyo"], str(_deck(tmp_path)))
    assert code == 0
    assert "progress.sqlite3.corrupt-20260901T090000Z" in err
    assert (home / "progress.sqlite3.corrupt-20260901T090000Z").read_bytes() == b"garbage" * 200
    assert "✓ correct" in out


def test_limit_and_section(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--section picks one section, --limit stops after N answers."""
    code, out, _ = _study(
        monkeypatch, capsys, ["Hashimoto", "x"], str(_deck(tmp_path)), "--section", "people", "--limit", "1"
    )
    assert code == 0
    assert "[Plain demo › People]" in out and "Places" not in out
    assert _reviews(home) == [("silk-road", "Hashimoto", 3)]


def test_default_runs_on_bundled_decks(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No command and stdin not a terminal: the plain mode over the bundled decks; EOF ends it."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main([])
    out = capsys.readouterr().out
    assert code == 0
    assert "Answered     0" in out


def test_override_rerecords_the_last_answer(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """:right after a wrong verdict ("I was right") re-records that answer as Good; :wrong as Again."""
    code, out, _err = _study(
        monkeypatch, capsys, ["Tokio city", ":right", "Almaty", ":wrong", ":quit"], str(_deck(tmp_path))
    )
    assert code == 0
    assert "recorded as Good" in out and "recorded as Again" in out
    # One live review per answer; the overridden ones carry the student's rating, not the grader's.
    assert _reviews(home) == [("capital", "Tokio city", 3), ("embassy-city", "Almaty", 1)]
    db = sqlite3.connect(home / "progress.sqlite3")
    assert db.execute("SELECT count(*) FROM review WHERE undone = 1").fetchone() == (2,)


def test_a_bundled_deck_by_its_id(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`study kzjp-2021 --plain` finds the bundled deck by the id in its [deck] table."""
    code, out, err = _study(monkeypatch, capsys, ["12 мая 2021", ":quit"], "kzjp-2021")
    assert code == 0, err
    assert (
        "[Телефонный разговор Токаева и Суги (май 2021) › Разговор: участники, поздравления, пандемия] (new)"
        in out
    )
    assert "✓ correct" in out


@pytest.mark.parametrize(
    ("setting", "title"),
    [
        ("", "[Телефонный разговор Токаева и Суги (май 2021)"),
        ('study_language = "en"\n', "[The Tokayev–Suga"),
    ],
)
def test_default_decks_follow_the_study_language(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], setting: str, title: str
) -> None:
    """With no deck named, a deck in two languages is studied in the settings' language only."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text(setting, encoding="utf-8")
    code, out, err = _study(monkeypatch, capsys, [":quit"], "--section", "call")
    assert code == 0, err
    assert title in out


DATE_DECK = """\
format = 1

[deck]
id = "dates"
title = "Dates"
language = "en"

[[sections]]
id = "s"
title = "Only section"

[[sections.cards]]
id = "recognized"
type = "date"
prompt = "In what year did Japan recognise Kazakhstan?"
answer = "1991"

[[sections.cards]]
id = "silk-road"
prompt = "Which prime minister proposed Silk Road diplomacy?"
answer = "Ryutaro Hashimoto"
"""


def test_an_unreadable_answer_is_asked_again_and_not_recorded(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No date in the answer: the message is printed, nothing is recorded, the same card comes again."""
    deck = _deck(tmp_path, DATE_DECK, "dates.toml")
    code, out, err = _study(monkeypatch, capsys, ["sometime long ago", "1991", ":quit"], str(deck))
    assert code == 0, err
    assert out.count("? could not read this answer: ") == 1
    assert out.count("In what year did Japan recognise Kazakhstan?") == 2
    assert "✗ wrong" not in out and out.count("✓ correct") == 1
    assert _reviews(home) == [("recognized", "1991", 3)]


def test_a_wrong_answer_is_printed_as_typed_with_text_marks(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plain mode prints the typed answer verbatim with ⟦…⟧ around the wrong word and the missing
    word named; a right answer is not followed by the grader's bare "Correct."."""
    deck = _deck(tmp_path, DATE_DECK, "dates.toml")
    code, out, err = _study(monkeypatch, capsys, ["1991", "Ryutaro Obuchi", ":quit"], str(deck))
    assert code == 0, err
    assert "  your answer: Ryutaro ⟦Obuchi⟧ (missing: Hashimoto)\n" in out
    assert "✓ correct\n" in out and "Correct." not in out
    # The feedback gives the answer ("The answer is: Ryutaro Hashimoto."): no "answer:" line repeats it.
    assert out.count("Ryutaro Hashimoto") == 1 and "  answer: 1991\n" in out
