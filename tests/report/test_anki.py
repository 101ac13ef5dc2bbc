"""``export-anki``: the .apkg is a zip holding an Anki SQLite collection whose notes match the deck."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kzjp_tutor.commands import export_anki
from kzjp_tutor.core.anki import card_fields
from kzjp_tutor.core.deck import ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard

from .helpers import DECK_FILE, run_command


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
    # a choice card is answered by the option's number, its text shown on the back
    capital = by_card["kzjp-mini/capital"][2]
    assert capital[1] == str(deck.card("capital").choices.index("Astana") + 1)  # type: ignore[union-attr]
    assert "<li>Shymkent</li>" in capital[0] and "Type the option&#x27;s number" in capital[0]
    assert "Astana" in capital[2]
    # sections are namespaced by deck: two lectures' "recognition" sections stay apart
    assert sorted(by_card["kzjp-mini/pm-visit"][1]) == ["kzjp-mini::people", "people", "visits"]
    assert by_card["kzjp-mini/relations"][1] == ["kzjp-mini::dates"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini.apkg", "x"]  # no temp files left


def test_ids_are_stable(tmp_path: Path) -> None:
    """Two exports at different times give the same GUIDs (Anki's re-import updates notes by GUID);
    note ids are the export's time in ms, as Anki's own are (not a date in 2044), in deck order."""
    import datetime as dt

    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    t = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    run_command(export_anki, ["export-anki", str(DECK_FILE), "--out", str(first)], tmp_path, t)
    run_command(
        export_anki, ["export-anki", str(DECK_FILE), "--out", str(second)], tmp_path, t + dt.timedelta(days=3)
    )
    a = [(n[0], n[1]) for n in _notes(first, tmp_path / "1")]
    b = [(n[0], n[1]) for n in _notes(second, tmp_path / "2")]
    assert [g for _i, g in a] == [g for _i, g in b] and len({g for _i, g in a}) == 4
    start = int(t.timestamp() * 1000)
    assert all(start <= note_id < start + 1000 for note_id, _g in a)


@pytest.mark.parametrize(
    ("answer", "tolerance", "shown"),
    [
        (74, 0, "74"),
        (2.5, 0.5, "2.5"),
        (1e20, 0, "1" + "0" * 20),
        (9 * 10**400, 0, "9" + "0" * 400),  # float() of it raised OverflowError
        (10**5000, 0, "1.000000e+5000"),  # str() of it raises ValueError (4,300-digit limit)
        (float("inf"), float("inf"), "inf"),
        (float("nan"), 0, "nan"),
    ],
    ids=["int", "float", "big-float", "400-digits", "5000-digits", "inf", "nan"],  # no repr of 10**5000
)
def test_number_formatting_never_raises(answer: float, tolerance: float, shown: str) -> None:
    """Whatever a number card holds (the deck model refuses these; a model built another way may
    not), the Anki fields are made without an exception."""
    card = NumberCard.model_construct(
        id="n", type="number", prompt="How many?", answer=answer, tolerance=tolerance, unit="km", tags=[]
    )
    front, field, back = card_fields(card, "en")
    assert field == shown  # what a student types: the number without its unit
    assert "unit: km" in front
    assert ("Accepted within" in back) == bool(tolerance)


def _made(kind: type[Any], **fields: Any) -> Any:
    return kind.model_validate({"id": "c", "prompt": "?", **fields})


def test_fields_are_what_a_student_types_with_the_deck_language_hints() -> None:
    """Review B10: Anki compares letters, so the Answer field is exactly what is typed."""
    number = _made(NumberCard, type="number", answer=118, unit="тыс. человек", tolerance=2)
    front, answer, back = card_fields(number, "ru")
    assert answer == "118" and "единицы: тыс. человек" in front and "±2" in back
    items = _made(ListCard, type="list", answer=["нефть", ["уран", "U"], "хром"], need=2)
    front, answer, back = card_fields(items, "ru")
    assert answer == "нефть; уран; хром"
    assert "Перечислите все пункты (3) в этом порядке" in front
    assert "уран = U" in back and "достаточно назвать 2 из 3" in back
    choice = _made(ChoiceCard, type="choice", choices=["Алматы", "Астана", "Токио"], answer="Токио")
    front, answer, back = card_fields(choice, "ru")
    assert answer == "3" and "<ol><li>Алматы</li>" in front and "Ответ: 3. Токио" in back
    date = _made(DateCard, type="date", answer="1992-01")
    assert "Ответ в виде ГГГГ-ММ." in card_fields(date, "ru")[0]
    assert "Answer as YYYY-MM." in card_fields(date, "en")[0]
    text = _made(TextCard, answer="Хасимото", accept=["Рютаро Хасимото"])
    assert card_fields(text, "ru")[2].startswith("Также принимается: Рютаро Хасимото")
