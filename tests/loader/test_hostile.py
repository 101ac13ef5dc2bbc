"""Hostile and odd deck files: refused with a located message, never a hang, crash or flood.

Speed is measured in ``bench/bench_loader.py`` and bounded per case in ``tests/fuzz``; these
tests pin down the behaviour (what is refused, where, in which words).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from kzjp_tutor.core.deck import CARD_MODELS, CARD_TYPES, MAX_NUMBER, Card, NumberCard
from kzjp_tutor.core.deck_problems import Location, locate_line
from kzjp_tutor.core.errors import DeckError
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.loader import (
    DECK_ID_HEAD_BYTES,
    MAX_DECK_BYTES,
    load_deck,
    parse_deck,
    read_deck_id,
)

ROOT = Path(__file__).resolve().parents[2]

HEAD = 'format = 1\n\n[deck]\nid = "t"\ntitle = "Тест"\nlanguage = "ru"\n\n[[sections]]\nid = "s1"\ntitle = "Раздел"\n'
"""Lines 1-10; the first card header is line 12 in :func:`deck_with`."""


def deck_with(card: str) -> str:
    """A deck whose one card (id "c1", header on line 12, prompt line 14) has the given lines."""
    return HEAD + f'\n[[sections.cards]]\nid = "c1"\nprompt = "Сколько?"\n{card}\n'


def problems(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(DeckError) as info:
        parse_deck(data, "deck.toml")
    return [str(p) for p in info.value.problems]


# F3: dotted keys are counted per key, in linear time; long keys are not printed in full.


@pytest.mark.parametrize(
    ("key", "refused"),
    [
        ("a" + ".a" * 32, True),  # 33 parts
        ("a" + ".a" * 31, False),  # 32 parts: the limit
        ("a" + " . a" * 32, True),
        ("a" + "\t.\ta" * 32, True),
        ("a" + ".a" * 20 + " = 1\nb" + ".b" * 20, False),  # two keys on two lines are not one
    ],
)
def test_dotted_keys_are_counted_per_key(key: str, refused: bool) -> None:
    found = problems(key + " = 1\n")
    assert any("dotted key has more than 32 parts" in p for p in found) is refused, found


def test_many_floats_on_a_line_are_not_a_dotted_key() -> None:
    text = deck_with('type = "list"\nanswer = [' + ", ".join(f'"{n}.5"' for n in range(40)) + "]")
    text += "x = [" + "1.5, " * 40 + "]\n"
    found = problems(text)
    assert all("dotted key" not in p for p in found), found


def test_cr_only_file_with_a_long_word_is_refused_without_the_whole_word() -> None:
    """The F3 shape: one 'line' (CR line ends) with an 80,000-character word and 32 dots."""
    text = "k" * 80_000 + " = [" + "1.5, " * 32 + "]\r" + HEAD.replace("\n", "\r")
    (found,) = problems(text)
    assert "TOML syntax error" in found
    assert len(found) < 300


def test_a_long_unknown_key_is_shortened_and_escaped() -> None:
    key = "k" * 80_000
    found = problems(HEAD.replace('id = "s1"', f'id = "s1"\n{key} = [' + "1.5, " * 32 + "]"))
    assert (
        found[1]
        == "deck.toml:10: section 's1': '" + "k" * 40 + "…': unknown field; allowed: id, title, cards"
    )
    found = problems(HEAD + '"\\u001b]0;PWNED\\u0007" = 1\n')
    assert (
        found[1]
        == "deck.toml:8: section 's1': '\\x1b]0;PWNED\\x07': unknown field; allowed: id, title, cards"
    )


def test_format_value_is_shown_escaped() -> None:
    text = deck_with('answer = "a"').replace("format = 1", 'format = "\\u001b[2J"')
    assert problems(text) == [
        "deck.toml:1: format: unsupported deck format '\\x1b[2J' (this version reads 1)"
    ]


@pytest.mark.parametrize("quote", ['"', '"""', "'", "'''"])
def test_strings_of_megabytes_reach_the_length_check(quote: str) -> None:
    text = deck_with('answer = "a"').replace('"Сколько?"', quote + "я" * 3_000_000 + quote)
    assert problems(text) == [
        "deck.toml:14: section 's1' card 'c1': prompt: is 3000000 characters long; the cap is 2000"
    ]


# F6, F7: numbers the grader and the Anki export can use, or a located refusal.


@pytest.mark.parametrize(
    ("value", "digits"),
    [
        ("9" * 5000, 5000),
        ("9" * 400, 400),
        ("-" + "9" * 31, 31),
        ("1_" * 40 + "1", 41),
        ("0x" + "f" * 40, 40),
    ],
)
def test_long_integer_literals_are_located(value: str, digits: int) -> None:
    text = deck_with(f'type = "number"\nanswer = {value}\nunit = "шт."')
    assert problems(text) == [
        f"deck.toml:16: section 's1' card 'c1': answer: a number with {digits} digits; numbers in a deck "
        "have at most 30 digits (and a number card's answer is at most 10^15)"
    ]


def test_long_integers_anywhere_are_located() -> None:
    (found,) = problems(deck_with('type = "list"\nanswer = ["a"]\nneed = ' + "7" * 5000))
    assert found.startswith("deck.toml:17: section 's1' card 'c1': need: a number with 5000 digits")
    (top,) = problems(HEAD.replace("format = 1", "format = " + "1" * 4500))
    assert top.startswith("deck.toml:1: format: a number with 4500 digits")


@pytest.mark.parametrize(
    ("value", "loads"),
    [
        ("1." + "0" * 5000, True),
        ("1e-" + "0" * 5000, True),
        ("1.5e" + "0" * 40, True),
        ("1" + "0" * 40 + ".5", False),
    ],
    ids=["long-fraction", "long-exponent", "zeros-exponent", "long-float"],
)
def test_long_digit_runs_inside_floats_are_not_integers(value: str, loads: bool) -> None:
    """float() has no digit limit; these reach the model, which refuses what is out of range."""
    text = deck_with(f'type = "number"\nanswer = {value}')
    if loads:
        card = parse_deck(text.encode(), "deck.toml").card("c1")
        assert isinstance(card, NumberCard) and card.answer in (1.0, 1.5)
    else:
        (found,) = problems(text)
        assert found.endswith(
            "answer: must be a finite number no larger than 10^15 in size (nan and inf cannot be graded)"
        )


@pytest.mark.parametrize(
    ("card", "field"),
    [
        ('type = "number"\nanswer = nan', "answer"),
        ('type = "number"\nanswer = -inf', "answer"),
        ('type = "number"\nanswer = 1e400', "answer"),
        ('type = "number"\nanswer = 1000000000000001', "answer"),
        ('type = "number"\nanswer = -1e16', "answer"),
        ('type = "number"\nanswer = 5\ntolerance = inf', "tolerance"),
        ('type = "number"\nanswer = 5\ntolerance = nan', "tolerance"),
        ('type = "number"\nanswer = 5\ntolerance = 1e300', "tolerance"),
    ],
)
def test_numbers_that_cannot_be_graded_are_refused(card: str, field: str) -> None:
    (found,) = problems(deck_with(card))
    assert found.startswith(f"deck.toml:{16 if field == 'answer' else 17}: section 's1' card 'c1': {field}: ")
    assert found.endswith(
        "must be a finite number no larger than 10^15 in size (nan and inf cannot be graded)"
    )


@pytest.mark.parametrize("value", [MAX_NUMBER, -MAX_NUMBER, 0.000001, 1e15])
def test_numbers_at_the_bound_load_and_grade(value: float) -> None:
    deck = parse_deck(deck_with(f'type = "number"\nanswer = {value!r}\ntolerance = 1e15').encode(), "d.toml")
    card = deck.card("c1")
    assert isinstance(card, NumberCard)
    assert grade(card, "12", "ru").correct is (abs(value - 12) <= 1e15)


def test_a_huge_need_is_located() -> None:
    (found,) = problems(deck_with('type = "list"\nanswer = ["a", "b"]\nneed = ' + "9" * 25))
    assert found.startswith("deck.toml:17: section 's1' card 'c1': need: need is 9999999999999999999999999")


def test_locate_line_names_section_card_and_field() -> None:
    text = deck_with('answer = "a"') + '\n[[sections.cards]]\nid = "c2"\nprompt = "?"\nanswer = "b"\n'
    assert locate_line(text, 20) == Location(20, "s1", "c2", "answer")
    assert locate_line(text, 4) == Location(4, None, None, "id")
    assert locate_line(text, 1) == Location(1, None, None, "format")


# F8: many problems are located in O(problems × log cards), each at its own line.


def test_thousands_of_bad_cards_are_each_located() -> None:
    cards = "".join(
        f'\n[[sections.cards]]\nid = "c{n}"\nprompt = "p"\nanswer = "a"\nx = 1\n' for n in range(3000)
    )
    found = problems(HEAD + cards)
    assert len(found) == 3000
    assert found[-1].startswith("deck.toml:18010: section 's1' card 'c2999': x: unknown field")


# F17: files that are not files.


def _forbid_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> int:
        raise AssertionError("the loader opened a file it should have refused from stat alone")

    monkeypatch.setattr(os, "open", refuse)


def test_fifo_is_refused_without_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    _forbid_open(monkeypatch)
    outcome: list[object] = []

    def run() -> None:
        try:
            load_deck(fifo)
        except DeckError as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)  # a hang detector, not a speed limit: opening a FIFO blocks forever
    assert outcome == [f"{fifo}: is a named pipe (FIFO), not a deck file; give the path of a .toml file"]
    assert read_deck_id(fifo) is None


def test_device_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _forbid_open(monkeypatch)
    with pytest.raises(DeckError, match="is a character device, not a deck file"):
        load_deck("/dev/zero")


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(MAX_DECK_BYTES + 1)
    _forbid_open(monkeypatch)
    with pytest.raises(DeckError, match="file is larger than 16 MB; split it into decks"):
        load_deck(big)


def test_folder_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="is a folder, not a deck file"):
        load_deck(tmp_path)
    with pytest.raises(DeckError, match="no such file; check the path"):
        load_deck(tmp_path / "nope.toml")


def test_a_file_swapped_for_a_fifo_after_stat_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the stat and the open, the path can change; the open file is checked again."""
    path = tmp_path / "deck.toml"
    path.write_text(deck_with('answer = "a"'))
    real_open = os.open

    def swap_then_open(target: Any, flags: int, *args: Any) -> int:
        os.remove(target)
        os.mkfifo(target)
        return real_open(target, flags, *args)

    monkeypatch.setattr(os, "open", swap_then_open)
    with pytest.raises(DeckError, match="is a named pipe"):
        load_deck(path)


# read_deck_id: the id from the head of a file, for finding decks by id.


@pytest.mark.parametrize("path", sorted((ROOT / "decks").rglob("*.toml")), ids=lambda p: p.name)
def test_read_deck_id_agrees_with_loading(path: Path) -> None:
    assert read_deck_id(path) == load_deck(path).id


def test_read_deck_id_reads_only_the_head(tmp_path: Path) -> None:
    """Bytes after the head may be anything (here invalid UTF-8 and broken TOML)."""
    path = tmp_path / "d.toml"
    path.write_bytes(deck_with('answer = "a"').encode() + b"\xff\xfe = [[[\n" * (DECK_ID_HEAD_BYTES // 4))
    assert read_deck_id(path) == "t"
    with pytest.raises(DeckError):
        load_deck(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeff" + HEAD.replace("\n", "\r\n"), "t"),
        (
            HEAD.replace(
                'title = "Тест"', 'description = """\n[not a header]\nid = "fake"\n"""\ntitle = "Тест"'
            ),
            "t",
        ),
        ('format = 1\ndeck = { id = "inline", title = "T", language = "ru" }\n', "inline"),
        ("# " + "x" * DECK_ID_HEAD_BYTES + "\n" + HEAD, None),  # [deck] beyond the head
        (HEAD.replace('id = "t"', 'id = "Bad Id"'), None),
        (HEAD.replace('id = "t"\n', ""), None),
        ("not toml at all [", None),
    ],
    ids=["bom-crlf", "header-in-string", "inline-table", "beyond-head", "bad-id", "no-id", "garbage"],
)
def test_read_deck_id_cases(tmp_path: Path, text: str, expected: str | None) -> None:
    path = tmp_path / "d.toml"
    path.write_text(text, encoding="utf-8", newline="")
    assert read_deck_id(path) == expected


def test_read_deck_id_of_missing_and_folder(tmp_path: Path) -> None:
    assert read_deck_id(tmp_path / "nope.toml") is None
    assert read_deck_id(tmp_path) is None


# F18: invisible characters.


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u00ad", "SOFT HYPHEN"),
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\u200d", "ZERO WIDTH JOINER"),
        ("\u200f", "RIGHT-TO-LEFT MARK"),
        ("\u2028", "LINE SEPARATOR"),
        ("\u2029", "PARAGRAPH SEPARATOR"),
        ("\u2060", "WORD JOINER"),
        ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"),
        ("\U000e0041", "TAG LATIN CAPITAL LETTER A"),
    ],
)
def test_invisible_characters_in_deck_text_are_located(char: str, name: str) -> None:
    text = deck_with(f'answer = "Хаси{char}мото"')
    escaped = f"\\U{ord(char):08x}" if ord(char) > 0xFFFF else f"\\u{ord(char):04x}"
    for source in (text, deck_with(f'answer = "Хаси{escaped}мото"')):
        assert problems(source) == [
            f"deck.toml:15: section 's1' card 'c1': answer: invisible character U+{ord(char):04X} ({name}) "
            "at position 5; remove it"
        ]


def test_invisible_characters_in_other_fields() -> None:
    (found,) = problems(
        HEAD.replace('title = "Тест"', 'title = "Т\\u00adест"') + deck_with('answer = "a"')[len(HEAD) :]
    )
    assert found.startswith("deck.toml:5: deck.title: invisible character U+00AD (SOFT HYPHEN) at position 2")


@pytest.mark.parametrize("char", ["\u00ad", "\u200b", "\u200c", "\u2060", "\ufeff", "\U000e0020"])
def test_pasted_invisible_characters_do_not_break_an_answer(char: str) -> None:
    deck = parse_deck(deck_with('answer = "Рютаро Хасимото"').encode(), "d.toml")
    card = deck.card("c1")
    assert card is not None
    assert grade(card, f"Рютаро Хаси{char}мото", "ru").correct
    assert grade(card, f"Рютаро\u2028Хасимото{char}", "ru").correct


# Issue 12: one list of card types.


def test_card_models_are_the_card_union() -> None:
    union = Card.__origin__  # type: ignore[attr-defined]
    tagged = {arm.__metadata__[0].tag: arm.__origin__ for arm in union.__args__}
    assert tagged == CARD_MODELS
    assert tuple(CARD_MODELS) == CARD_TYPES
    found = problems(deck_with('type = "dates"\nanswer = "a"'))
    assert any(
        p.endswith('type: must be one of "text", "date", "number", "list", "choice"; did you mean "date"?')
        for p in found
    ), found
    # ... and the card is still checked as the date card it was meant to be, in the same run
    assert any("answer: 'a' is not a date" in p for p in found), found


def test_deck_id_and_language_properties() -> None:
    deck = parse_deck(deck_with('answer = "a"').encode(), "d.toml")
    assert (deck.id, deck.language) == ("t", "ru")
