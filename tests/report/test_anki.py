"""``export-anki``: the .apkg is a zip holding an Anki SQLite collection whose notes match the deck."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from kzjp_tutor.commands import export_anki
from kzjp_tutor.core.deck import Deck

from .conftest import DECK_FILE, run_command

pytest.importorskip("genanki")


def _notes(apkg: Path, tmp_path: Path) -> list[tuple[int, str, str, list[str]]]:
    with zipfile.ZipFile(apkg) as archive:
        assert "collection.anki2" in archive.namelist()
        archive.extract("collection.anki2", tmp_path / "x")
    db = sqlite3.connect(tmp_path / "x" / "collection.anki2")
    try:
        rows = db.execute("SELECT id, guid, tags, flds FROM notes ORDER BY id").fetchall()
        models = db.execute("SELECT models FROM col").fetchone()[0]
        assert "{{type:Answer}}" in models
        assert db.execute("SELECT count(*) FROM cards").fetchone()[0] == len(rows)
    finally:
        db.close()
    return [(r[0], r[1], r[2], r[3].split("\x1f")) for r in rows]


def test_apkg_is_a_collection_matching_the_deck(tmp_path: Path, deck: Deck) -> None:
    """One note per card; Answer fields per type; tags from section and card tags; text escaped."""
    out = tmp_path / "mini.apkg"
    ran = run_command(export_anki, ["export-anki", str(DECK_FILE), "--out", str(out)], tmp_path / "home")
    assert ran.code == 0 and "wrote 4 notes" in ran.out
    notes = _notes(out, tmp_path)
    by_card = {fields[3]: (guid, tags.split(), fields) for _id, guid, tags, fields in notes}
    assert set(by_card) == {f"kzjp-mini/{c.id}" for _s, c in deck.cards()}
    assert by_card["kzjp-mini/silk-road"][2][1] == "Hashimoto"
    assert by_card["kzjp-mini/relations"][2][1] == "1992"
    assert by_card["kzjp-mini/capital"][2][1] == "Astana"
    assert "<li>Shymkent</li>" in by_card["kzjp-mini/capital"][2][0]
    assert sorted(by_card["kzjp-mini/pm-visit"][1]) == ["people", "visits"]
    assert by_card["kzjp-mini/relations"][1] == ["dates"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini.apkg", "x"]  # no temp files left


def test_ids_are_stable(tmp_path: Path) -> None:
    """Two exports at different times give the same GUIDs and note ids (re-import updates notes)."""
    import datetime as dt

    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    t = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    run_command(export_anki, ["export-anki", str(DECK_FILE), "--out", str(first)], tmp_path, t)
    run_command(
        export_anki, ["export-anki", str(DECK_FILE), "--out", str(second)], tmp_path, t + dt.timedelta(days=3)
    )
    a = [(n[0], n[1]) for n in _notes(first, tmp_path / "1")]
    b = [(n[0], n[1]) for n in _notes(second, tmp_path / "2")]
    assert a == b and len({g for _i, g in a}) == 4
