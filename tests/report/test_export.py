"""The student's export: JSON contents, the optimizer-style CSV revlog, privacy, atomic writes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from kzjp_tutor.commands import export as export_command
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.export import REVLOG_COLUMNS, parse_export
from kzjp_tutor.core.loader import parse_deck
from kzjp_tutor.core.scheduling import fsrs_card_id
from kzjp_tutor.core.settings import Settings

from .helpers import BOB, REPORT_AT, T0, ClassExports, run_command, study

SECRET_DECK = b"""format = 1
[deck]
id = "secret-deck"
title = "Someone else's deck"
language = "en"
[[sections]]
id = "s"
title = "S"
[[sections.cards]]
id = "secret-card"
prompt = "Secret?"
answer = "SECRET-OF-B"
"""


def test_json_export_contents(class_exports: ClassExports) -> None:
    """Bob's export: header, 3 cards with fsrs fields, 5 reviews oldest first with verdict and ratings."""
    export = parse_export((class_exports.folder / "bob.json").read_bytes())
    assert (export.format, export.version, export.student, export.decks) == (
        "kzjp-tutor-progress", 2, None, ["kzjp-mini"],
    )  # fmt: skip
    assert sorted(c.card for c in export.cards) == ["pm-visit", "relations", "silk-road"]
    silk = next(c for c in export.cards if c.card == "silk-road")
    assert silk.fsrs_card_id == fsrs_card_id("kzjp-mini", "silk-road")
    assert silk.state == 2 and silk.stability is not None and silk.difficulty is not None
    assert (silk.reps, silk.lapses, silk.leech) == (2, 0, False)
    rows = [(r.card, r.answer, r.correct, r.suggested, r.rating, r.state_before) for r in export.reviews]
    assert rows == [
        ("silk-road", "Koizumi", False, "again", 1, 0),
        ("pm-visit", "koizumi", True, "good", 3, 0),
        ("pm-visit", "Hashimoto", False, "again", 1, 2),
        ("silk-road", "Ryutaro", False, "again", 3, 2),
        ("relations", "1993", False, "again", 1, 0),
    ]
    assert export.reviews[0].time == T0
    assert [r.duration_ms for r in export.reviews] == [3000, 3001, 3002, 3003, 3004]


def test_csv_revlog_columns(class_exports: ClassExports) -> None:
    """CSV: the optimizer's five columns first; int card ids, ms times, ratings 1-4, states, ms."""
    ran = run_command(export_command, ["export", "--format", "csv"], class_exports.homes["bob"])
    assert ran.code == 0
    rows = list(csv.reader(io.StringIO(ran.out)))
    assert tuple(rows[0][:5]) == REVLOG_COLUMNS
    first = rows[1]
    assert int(first[0]) == fsrs_card_id("kzjp-mini", "silk-road")
    assert int(first[1]) == int(T0.timestamp() * 1000) == 1788253200000
    assert [int(r[2]) for r in rows[1:]] == [1, 3, 1, 3, 1]
    assert [int(r[3]) for r in rows[1:]] == [0, 0, 2, 2, 0]
    assert [int(r[4]) for r in rows[1:]] == [3000, 3001, 3002, 3003, 3004]
    assert rows[1][5:8] == ["kzjp-mini", "silk-road", "Koizumi"]


def test_out_file_atomic_and_student_flag(class_exports: ClassExports, tmp_path: Path) -> None:
    """--out writes the file (no temp file left); --student overrides the setting."""
    out = tmp_path / "out" / "alice.json"
    out.parent.mkdir()
    ran = run_command(
        export_command, ["export", "--out", str(out), "--student", "A. Smith"], class_exports.homes["alice"]
    )
    assert ran.code == 0 and ran.out == ""
    assert "exported 2 cards and 3 answers" in ran.err
    assert parse_export(out.read_bytes()).student == "A. Smith"
    assert sorted(p.name for p in out.parent.iterdir()) == ["alice.json"]


def test_deck_filter(class_exports: ClassExports) -> None:
    """--deck with a deck that has no progress is a clear error, not an empty file."""
    with pytest.raises(KzjpError, match="no progress for deck 'nope'"):
        run_command(export_command, ["export", "--deck", "nope"], class_exports.homes["bob"])
    ran = run_command(export_command, ["export", "--deck", "kzjp-mini"], class_exports.homes["bob"])
    assert json.loads(ran.out)["decks"] == ["kzjp-mini"]


def test_privacy_no_other_profile_no_paths(tmp_path: Path, deck: Deck) -> None:
    """Two profiles on one machine: A's export holds nothing of B's and no filesystem path at all."""
    home_a, home_b = tmp_path / "profile-a", tmp_path / "profile-b"
    secret = parse_deck(SECRET_DECK)
    study(home_a, deck, BOB, Settings(learning_steps=[], decks_folder=str(tmp_path / "decks"), student="A"))
    study(home_b, secret, [(0, "secret-card", "SECRET-OF-B typed", None)], Settings(learning_steps=[]))
    for kind in ("json", "csv"):
        ran = run_command(
            export_command, ["export", "--format", kind], home_a, REPORT_AT + dt.timedelta(days=1)
        )
        assert ran.code == 0
        for needle in (
            "SECRET-OF-B",
            "secret-deck",
            "secret-card",
            str(tmp_path),
            "profile-",
            "progress.sqlite3",
            "backups",
        ):
            assert needle not in ran.out, (kind, needle)
    data = json.loads(run_command(export_command, ["export"], home_a).out)
    strings: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    assert not [s for s in strings if "/" in s or "\\" in s]
