"""Issue 15 / review B5: one deck id per file where decks meet; no custom deck on a bundled deck's id."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor import cli
from kzjp_tutor.core.loader import bundled_deck_ids, deck_id_clashes

DECK = (
    'format = 1\n\n[deck]\nid = "{id}"\ntitle = "T"\nlanguage = "ru"\n\n'
    '[[sections]]\nid = "s"\ntitle = "S"\n\n[[sections.cards]]\nid = "c"\nprompt = "?"\nanswer = "a"\n'
)


def _write(path: Path, deck_id: str) -> Path:
    path.write_text(DECK.format(id=deck_id), encoding="utf-8")
    return path


def test_two_files_with_one_id_name_both(tmp_path: Path) -> None:
    a, b = _write(tmp_path / "a.toml", "lecture-12"), _write(tmp_path / "b.toml", "lecture-12")
    (clash,) = deck_id_clashes([(a, "lecture-12"), (b, "lecture-12")], {})
    assert clash.file == str(b) and str(a) in clash.message and clash.line == 4 and clash.field == "deck.id"
    assert deck_id_clashes([(a, "lecture-12"), (b, "lecture-13")], {}) == []
    assert deck_id_clashes([(a, "lecture-12"), (a, "lecture-12")], {}) == []  # one file named twice


def test_a_bundled_id_is_refused_outside_the_bundled_folder() -> None:
    bundled = bundled_deck_ids()
    assert "kzjp-lecture-11" in bundled and "kzjp-lecture-11-en" in bundled
    own = bundled["kzjp-lecture-11"]
    assert deck_id_clashes([(own, "kzjp-lecture-11")], bundled) == []


def test_validate_reports_clashes_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "lecture-12.toml", "lecture-12")
    _write(tmp_path / "lecture-12 (копия).toml", "lecture-12")
    _write(tmp_path / "mine.toml", "kzjp-lecture-11")
    code = cli.main(["--home", str(tmp_path / "home"), "validate", str(tmp_path)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any(
        line.startswith(f"{tmp_path / 'lecture-12.toml'}:4: deck.id: deck id 'lecture-12' is also the id of ")
        and "lecture-12 (копия).toml" in line
        for line in out
    ), out
    assert any(
        line.startswith(
            f"{tmp_path / 'mine.toml'}:4: deck.id: deck id 'kzjp-lecture-11' is the id of the bundled deck"
        )
        and "progress is keyed by deck id" in line
        for line in out
    ), out
    assert out[-1] == "2 problems in 2 of 3 deck files"


def test_validate_speaks_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "a.toml", "x").write_text(DECK.format(id="x").replace("format = 1", 'format = "1"'))
    code = cli.main(["--home", str(tmp_path / "home"), "--lang", "ru", "validate", str(tmp_path)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0].endswith('format должен быть числом 1, а не текстом "1"; уберите кавычки')
    assert out[-1] == "1 ошибка в 1 из 1 файла колоды"
    _write(tmp_path / "a.toml", "x")
    assert cli.main(["--home", str(tmp_path / "home"), "--lang", "ru", "validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "1 файл колоды без ошибок, 1 карточка"
