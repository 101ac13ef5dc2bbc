"""Flags and practice exams reach the instructor: in the export, and in the class report (terminal, HTML, CSV)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core import i18n
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.export import build_export, export_json, load_exports, parse_export
from kzjp_tutor.core.report import build_report, cards_csv, render_html
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import CardEvent, Store

from .helpers import ALICE, ALICE_ID, BOB, BOB_ID, DECK_FILE, REPORT_AT, T0, run_command, study

HOUR = dt.timedelta(hours=1)


def _exam(store: Store, finished: dt.datetime, percent: float, mark: int) -> None:
    row = {
        "id": uuid.uuid4().hex,
        "started_at": finished - dt.timedelta(minutes=20),
        "finished_at": finished,
        "decks": '["kzjp-mini"]',
        "section": None,
        "seed": 3,
        "questions": 10,
        "minutes": 20,
        "timed_out": 0,
        "percent": percent,
        "mark": mark,
    }
    store.record_exam(row, [], [])


@pytest.fixture
def folder(tmp_path: Path, deck: Deck) -> Path:
    """Alice flags two cards (one comment is hostile markup) and sits two exams; Bob flags one card."""
    out = tmp_path / "exports"
    out.mkdir()
    plans = {
        "alice": (ALICE, Settings(learning_steps=[], student="Alice", profile_id=ALICE_ID)),
        "bob": (BOB, Settings(learning_steps=[], student="Bob", profile_id=BOB_ID)),
    }
    for name, (answers, settings) in plans.items():
        home = tmp_path / "homes" / name
        study(home, deck, answers, settings)
        with Store.open(home, now=REPORT_AT, backup=False) as store:
            if name == "alice":
                store.act(
                    CardEvent(
                        uuid.uuid4().hex, "kzjp-mini", "silk-road", "flag", T0 + 5 * HOUR, "<b>1998</b>?"
                    )
                )
                store.act(CardEvent(uuid.uuid4().hex, "kzjp-mini", "capital", "flag", T0 + 5 * HOUR))
                _exam(store, T0 + 6 * HOUR, 45.0, 2)
                _exam(store, T0 + 7 * HOUR, 85.0, 5)
            else:
                store.act(
                    CardEvent(uuid.uuid4().hex, "kzjp-mini", "silk-road", "flag", T0 + 6 * HOUR, "год?")
                )
            export = build_export(store, settings, REPORT_AT)
        (out / f"{name}.json").write_text(export_json(export), encoding="utf-8")
    return out


def test_the_export_carries_flags_with_comments_and_exam_results(folder: Path) -> None:
    """Version 2: every flag (time, card, comment) and every exam's mark and score, oldest first."""
    export = parse_export((folder / "alice.json").read_bytes())
    assert export.version == 2
    assert [(f.card, f.comment) for f in export.flags] == [("silk-road", "<b>1998</b>?"), ("capital", None)]
    assert [(e.mark, e.percent, e.questions) for e in export.exams] == [(2, 45.0, 10), (5, 85.0, 10)]
    raw = json.loads((folder / "alice.json").read_text(encoding="utf-8"))
    assert set(raw["exams"][0]) == {
        "finished",
        "decks",
        "section",
        "questions",
        "percent",
        "mark",
        "timed_out",
    }


def test_an_older_export_still_loads(folder: Path, tmp_path: Path) -> None:
    """A version 1 file (no flags, no exams) is read as before; an unknown version names the readable ones."""
    raw = json.loads((folder / "bob.json").read_text(encoding="utf-8"))
    old = {key: value for key, value in raw.items() if key not in ("flags", "exams")} | {"version": 1}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "future.json").write_text(json.dumps(raw | {"version": 9}), encoding="utf-8")
    loaded, skipped = load_exports([tmp_path / "old.json", tmp_path / "future.json"])
    assert [(one.export.version, one.export.flags, one.export.exams) for one in loaded] == [(1, [], [])]
    assert [s.reason for s in skipped] == ["export version 9 is not supported (this program reads 1, 2)"]


def test_a_damaged_flag_is_refused_with_its_place(folder: Path, tmp_path: Path) -> None:
    """A flag's card must be a card id and an exam's mark 2-5: the reason names the field."""
    raw = json.loads((folder / "alice.json").read_text(encoding="utf-8"))
    raw["exams"][1]["mark"] = 7
    (tmp_path / "bad.json").write_text(json.dumps(raw), encoding="utf-8")
    _loaded, skipped = load_exports([tmp_path / "bad.json"])
    assert "exams.1.mark" in skipped[0].reason


def test_the_report_lists_flagged_cards_and_each_students_exams(folder: Path, deck: Deck) -> None:
    """silk-road flagged by two students (both comments, oldest first), capital by one; Alice's latest exam."""
    exports, _skipped = load_exports([folder])
    report = build_report(exports, [deck], REPORT_AT)
    assert [(f.card_id, f.students, [c.comment for c in f.comments]) for f in report.flagged] == [
        ("silk-road", 2, ["<b>1998</b>?", "год?"]),
        ("capital", 1, [None]),
    ]
    assert report.flagged[0].prompt == deck.card("silk-road").prompt  # type: ignore[union-attr]
    rows = {row.label: row for row in report.student_rows}
    assert (rows["Alice"].exams, rows["Alice"].last_exam.mark if rows["Alice"].last_exam else None) == (2, 5)
    assert rows["Alice"].exams_shown() == "mark 5 (85%) · 2 exams"
    assert (rows["Bob"].exams, rows["Bob"].exams_shown()) == (0, "—")
    csv_rows = {line.split(",")[1]: line.split(",")[-1] for line in cards_csv(report).splitlines()[1:]}
    assert (csv_rows["silk-road"], csv_rows["pm-visit"]) == ("2", "0")


def test_html_shows_flags_escaped_and_the_exam_column(folder: Path, deck: Deck) -> None:
    """The flagged table holds the comments as text (markup escaped); the students table has the exam column."""
    exports, _skipped = load_exports([folder])
    page = render_html(build_report(exports, [deck], REPORT_AT))
    flagged = page[page.index('<table id="flagged">') :]
    flagged = flagged[: flagged.index("</table>")]
    assert "&lt;b&gt;1998&lt;/b&gt;?" in flagged and "<b>1998" not in flagged
    assert "Bob: год?" in flagged and "(no comment)" in flagged
    students = page[page.index('<table id="students">') :]
    assert "Practice exams" in students and "mark 5 (85%) · 2 exams" in students


def test_html_in_russian(folder: Path, deck: Deck) -> None:
    """The new headings and the exam cell in Russian."""
    i18n.use("ru")
    exports, _skipped = load_exports([folder])
    page = render_html(build_report(exports, [deck], REPORT_AT))
    assert "Карточки, помеченные как ошибочные" in page
    assert "оценка 5 (85\u00a0%) · 2 экзамена" in page
    assert "(без комментария)" in page


def test_terminal_report_lists_flags_and_exams(folder: Path, tmp_path: Path) -> None:
    """``kzjp-tutor report`` prints the flagged cards with comments and the practice exams column."""
    ran = run_command(report_command, ["report", str(folder), "--deck-file", str(DECK_FILE)], tmp_path / "h")
    assert ran.code == 0, ran.err
    assert "Cards flagged as wrong" in ran.out
    assert "Alice: <b>1998</b>?" in ran.out and "Bob: год?" in ran.out
    assert "mark 5 (85%)" in ran.out


def test_the_deck_filter_keeps_that_decks_flags_and_exams(folder: Path) -> None:
    """``--deck`` of another deck leaves the flags and exams out with the rest (the export is skipped)."""
    kept, _skipped = load_exports([folder], deck_id="kzjp-mini")
    assert sum(len(one.export.flags) for one in kept) == 3
    assert sum(len(one.export.exams) for one in kept) == 2
