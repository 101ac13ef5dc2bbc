"""``import-csv``: a spreadsheet becomes a deck that validates; problems name CSV rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor.commands import import_csv
from kzjp_tutor.core.deck import ChoiceCard, DateCard, ListCard, NumberCard, TextCard
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.loader import load_deck

from .helpers import run_command

GOOD = """\ufeffprompt;answer;accept;type;section;tags
Кто предложил «Евразийскую дипломатию»?;Хасимото;Хашимото | Рютаро Хасимото;;Лекция 1;"люди;премьеры"
В каком году установлены дипотношения?;1992;;date;Лекция 1;даты
Назовите две столицы Казахстана;Алматы | Астана;;list;Лекция 2;
Сколько стран в формате «Центральная Азия + Япония»?;6;;number;Лекция 2;
Столица Казахстана с 1997 года?;Астана;Алматы|Шымкент;choice;Лекция 2;
"""


def test_round_trip(tmp_path: Path) -> None:
    """Import, then load with the real loader: sections, types, accept and tags as in the sheet."""
    src = tmp_path / "kz-jp lecture.csv"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "deck.toml"
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(out), "--title", "Лекции"], tmp_path)
    assert ran.code == 0, ran.err
    assert "5 cards; it validates" in ran.out
    deck = load_deck(out)
    assert (deck.deck.id, deck.deck.title, deck.deck.language) == ("kz-jp-lecture", "Лекции", "ru")
    assert [(s.id, s.title, len(s.cards)) for s in deck.sections] == [
        ("lektsiya-1", "Лекция 1", 2),
        ("lektsiya-2", "Лекция 2", 3),
    ]
    cards = [c for _s, c in deck.cards()]
    assert isinstance(cards[0], TextCard) and cards[0].accept == ["Хашимото", "Рютаро Хасимото"]
    assert cards[0].tags == ["люди", "премьеры"]
    assert isinstance(cards[1], DateCard) and cards[1].answer == "1992"
    assert isinstance(cards[2], ListCard) and cards[2].items == [("Алматы",), ("Астана",)]
    assert isinstance(cards[3], NumberCard) and cards[3].answer == 6
    assert isinstance(cards[4], ChoiceCard) and cards[4].choices == ["Астана", "Алматы", "Шымкент"]
    assert all(c.id for c in cards) and len({c.id for c in cards}) == 5


def test_every_problem_of_the_sheet_in_one_run(tmp_path: Path) -> None:
    """A bad date (row 3, found by the loader), a missing answer (row 4), an unknown type (row 5)
    and a bad tolerance (row 6) all come out together; nothing is written."""
    src = tmp_path / "bad.csv"
    src.write_text(
        "prompt,answer,type,section,tolerance\nFine?,Yes,,s,\nWhen?,1992-13-01,date,s,\nNo answer?,,,s,\n"
        "Odd?,x,essay,s,\nHow many?,5,number,s,lots\n",
        encoding="utf-8",
    )
    out = tmp_path / "bad.toml"
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(out), "--language", "en"], tmp_path)
    assert ran.code == 1
    assert "row 3: answer: '1992-13-01' is not a real date" in ran.err
    assert "row 4: answer: empty" in ran.err
    assert "row 5: type: unknown type 'essay'" in ran.err
    assert "row 6: tolerance: 'lots' is not a number" in ran.err
    assert not out.exists()


def test_a_huge_cell_is_a_located_problem(tmp_path: Path) -> None:
    """A 200,000-character cell (over csv's 128 KiB default, under the file cap) is the deck
    model's length rule at its row, not a crash; the rows after it are still checked."""
    src = tmp_path / "huge.csv"
    src.write_text(f'prompt,answer\n"{"p" * 200_000}",a\nFine?,\n', encoding="utf-8")
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(tmp_path / "h.toml")], tmp_path)
    assert ran.code == 1
    assert "row 2: prompt: " in ran.err and "2000" in ran.err.replace(",", "")
    assert "row 3: answer: empty" in ran.err


def test_duplicate_prompts_get_numbered_ids(tmp_path: Path) -> None:
    """The first use keeps the id, later ones count on from where the last one stopped, and an
    id taken explicitly is stepped over."""
    src = tmp_path / "same.csv"
    src.write_text("id,prompt,answer\nq-3,Other?,x\n" + ",Q?,a\n" * 4, encoding="utf-8")
    out = tmp_path / "same.toml"
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(out)], tmp_path)
    assert ran.code == 0, ran.err
    assert [c.id for _s, c in load_deck(out).cards()] == ["q-3", "q", "q-2", "q-4", "q-5"]


NUMBERS = {
    "nan": "nan",
    "inf": "-inf",
    "1e400": "1e400",
    "16 digits": "1234567890123456",
    "5000 digits": "9" * 5000,
}


def test_numbers_out_of_bounds_are_located(tmp_path: Path) -> None:
    """nan, inf, 1e400 and numbers over 15 digits used to be written ("it validates"); the deck
    model's bound now refuses each one at its row."""
    rows = "".join(f"{name}?,{value},number\n" for name, value in NUMBERS.items())
    src = tmp_path / "numbers.csv"
    src.write_text("prompt,answer,type\nFine?,74,number\n" + rows, encoding="utf-8")
    out = tmp_path / "numbers.toml"
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(out)], tmp_path)
    assert ran.code == 1
    for row in range(3, 3 + len(NUMBERS)):
        assert f"row {row}: answer: " in ran.err
    assert "row 2:" not in ran.err
    assert not out.exists()


def test_an_existing_deck_is_not_replaced_without_force(tmp_path: Path) -> None:
    """--out naming a hand-written deck by mistake used to replace it."""
    src = tmp_path / "q.csv"
    src.write_text("prompt,answer\nWho?,Hashimoto\n", encoding="utf-8")
    out = tmp_path / "mydeck.toml"
    out.write_text("# my hand-written deck\n", encoding="utf-8")
    with pytest.raises(KzjpError, match=r"mydeck\.toml exists; pass --force to replace it"):
        run_command(import_csv, ["import-csv", str(src), "--out", str(out)], tmp_path)
    assert out.read_text(encoding="utf-8") == "# my hand-written deck\n"
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(out), "--force"], tmp_path)
    assert ran.code == 0 and load_deck(out).card("who") is not None


def test_missing_columns(tmp_path: Path) -> None:
    """A sheet without an answer column is refused with the columns it has."""
    src = tmp_path / "x.csv"
    src.write_text("question,reply\nA?,B\n", encoding="utf-8")
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(tmp_path / "x.toml")], tmp_path)
    assert ran.code == 1 and "missing columns prompt, answer (found: question, reply)" in ran.err


def test_imported_deck_exports_to_anki(tmp_path: Path) -> None:
    """Every card type of the imported deck becomes a note with a sensible Answer field."""
    import sqlite3
    import zipfile

    from kzjp_tutor.commands import export_anki

    src = tmp_path / "sheet.csv"
    src.write_text(GOOD, encoding="utf-8")
    deck_file = tmp_path / "sheet.toml"
    assert run_command(import_csv, ["import-csv", str(src), "--out", str(deck_file)], tmp_path).code == 0
    apkg = tmp_path / "sheet.apkg"
    assert run_command(export_anki, ["export-anki", str(deck_file), "--out", str(apkg)], tmp_path).code == 0
    with zipfile.ZipFile(apkg) as archive:
        archive.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        answers = [row[0].split("\x1f")[1] for row in db.execute("SELECT flds FROM notes ORDER BY id")]
    finally:
        db.close()
    assert answers == ["Хасимото", "1992", "Алматы; Астана", "6", "1"]  # a choice is answered by its number


# Issue 15 / review B4: re-importing keeps card ids, so progress stays on its card.

SHEET = """prompt;answer;type
Когда Казахстан и Корея установили дипломатические отношения?;1992-01-28;date
Когда установлены отношения с Японией?;1992-01-26;date
Кто приезжал с визитом в 2006 году?;Ким Ён Сам;
Сколько стран в формате?;6;number
"""


def _import(tmp_path: Path, sheet: str, *extra: str) -> tuple[int, dict[str, str], str]:
    src = tmp_path / "sheet.csv"
    src.write_text(sheet, encoding="utf-8")
    out = tmp_path / "deck.toml"
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(out), *extra], tmp_path)
    if ran.code != 0:
        return ran.code, {}, ran.err
    return ran.code, {c.prompt: c.id for _s, c in load_deck(out).cards()}, ran.err


def test_fixing_a_typo_in_a_question_keeps_its_id(tmp_path: Path) -> None:
    _code, before, _err = _import(tmp_path, SHEET)
    typo = "Когда Казахстан и Корея установили дипломатичские отношения?"
    fixed = SHEET.replace("Когда Казахстан и Корея установили дипломатические отношения?", typo).replace(
        "Кто приезжал с визитом", "Кто приезжал с официальным визитом"
    )
    # the rows in another order too: matching is by content, never by position
    lines = fixed.splitlines()
    fixed = "\n".join([lines[0], lines[3], lines[2], lines[1], lines[4]]) + "\n"
    code, after, err = _import(tmp_path, fixed, "--force")
    assert code == 0, err
    assert (
        after["Кто приезжал с официальным визитом в 2006 году?"]
        == before["Кто приезжал с визитом в 2006 году?"]
    )
    assert sorted(after.values()) == sorted(before.values())
    # the two similar date questions keep their own ids (no "-2" moving from one to the other)
    assert after[typo] == before["Когда Казахстан и Корея установили дипломатические отношения?"]
    assert after["Когда установлены отношения с Японией?"] == before["Когда установлены отношения с Японией?"]


def test_edited_question_keeps_the_id_even_when_reworded_with_the_same_answer(tmp_path: Path) -> None:
    _code, before, _err = _import(tmp_path, SHEET)
    reworded = SHEET.replace("Сколько стран в формате?", "Сколько государств входит в этот формат?")
    code, after, err = _import(tmp_path, reworded, "--force")
    assert code == 0, err
    assert after["Сколько государств входит в этот формат?"] == before["Сколько стран в формате?"]


def test_a_new_question_gets_a_new_id_and_keeps_the_others(tmp_path: Path) -> None:
    _code, before, _err = _import(tmp_path, SHEET)
    code, after, err = _import(
        tmp_path, SHEET + "Какой город был столицей до 1997 года?;Алматы;\n", "--force"
    )
    assert code == 0, err
    assert {p: after[p] for p in before} == before
    assert after["Какой город был столицей до 1997 года?"] not in before.values()


def test_the_id_column_is_used_as_written(tmp_path: Path) -> None:
    sheet = "id;prompt;answer\nkr-visit;Кто приезжал?;Ким Ён Сам\nkr-capital;Столица Кореи?;Сеул\n"
    code, ids, err = _import(tmp_path, sheet)
    assert code == 0, err
    assert ids == {"Кто приезжал?": "kr-visit", "Столица Кореи?": "kr-capital"}
    code, _ids, err = _import(tmp_path, sheet.replace("kr-capital", "Kr Capital"), "--force")
    assert code == 1 and "row 3: id: must use only lowercase" in err


def test_reimport_keeps_the_deck_id_of_out_whatever_the_sheet_is_called(tmp_path: Path) -> None:
    src = tmp_path / "lecture.csv"
    src.write_text(SHEET, encoding="utf-8")
    out = tmp_path / "deck.toml"
    assert run_command(import_csv, ["import-csv", str(src), "--out", str(out)], tmp_path).code == 0
    renamed = tmp_path / "Лекция 12 (копия).csv"
    renamed.write_text(SHEET, encoding="utf-8")
    ran = run_command(import_csv, ["import-csv", str(renamed), "--out", str(out), "--force"], tmp_path)
    assert ran.code == 0, ran.err
    assert load_deck(out).deck.id == "lecture"


def test_never_overwrites_out_without_force_and_reports_every_row(tmp_path: Path) -> None:
    out = tmp_path / "deck.toml"
    out.write_text("hand-written", encoding="utf-8")
    src = tmp_path / "s.csv"
    src.write_text(SHEET, encoding="utf-8")
    with pytest.raises(KzjpError, match="pass --force"):
        run_command(import_csv, ["import-csv", str(src), "--out", str(out)], tmp_path)
    assert out.read_text(encoding="utf-8") == "hand-written"
    bad = "prompt;answer;type;tags\n;x;;\nq2;сто;number;\nq3;1992-13-28;date;\nq4;2013;choice;\nq5;a;txt;\n"
    src.write_text(bad, encoding="utf-8")
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(tmp_path / "new.toml")], tmp_path)
    assert ran.code == 1
    for row in ("row 2: prompt", "row 3: answer", "row 4: answer", "row 6: type"):
        assert row in ran.err, ran.err


def test_problems_in_russian(tmp_path: Path) -> None:
    from kzjp_tutor.core import i18n

    i18n.use("ru")
    src = tmp_path / "s.csv"
    src.write_text("prompt;answer;type\nq;сто;number\n", encoding="utf-8")
    ran = run_command(import_csv, ["import-csv", str(src), "--out", str(tmp_path / "d.toml")], tmp_path)
    assert "строка 2: answer: 'сто' — не число" in ran.err
    assert "не записан; исправьте строки выше" in ran.err
