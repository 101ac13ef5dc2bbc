"""Every error the deck contract names gets a precise message, located, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor.core.errors import DeckError
from kzjp_tutor.core.loader import load_deck, parse_deck

ROOT = Path(__file__).resolve().parents[2]
FORMAT_EXAMPLE = ROOT / "tests" / "data" / "example-deck.toml"
"""A copy of the course's reference example (docs/example-deck.toml in the shared folder)."""

GOOD = """\
format = 1

[deck]
id = "t"
title = "Тест"
language = "ru"

[[sections]]
id = "s1"
title = "Раздел"

[[sections.cards]]
id = "c1"
prompt = "Кто?"
answer = "Хасимото"

[[sections.cards]]
id = "c2"
type = "date"
prompt = "Когда?"
answer = "1991-12-28"
"""


def problems(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(DeckError) as info:
        parse_deck(data, "deck.toml")
    return [str(p) for p in info.value.problems]


def test_good_deck_loads() -> None:
    deck = parse_deck(GOOD.encode(), "deck.toml")
    assert [c.id for _, c in deck.cards()] == ["c1", "c2"]


@pytest.mark.parametrize("path", [FORMAT_EXAMPLE, ROOT / "decks" / "examples" / "format-example.ru.toml"])
def test_example_deck_validates(path: Path) -> None:
    deck = load_deck(path)
    assert {type(c).__name__ for _, c in deck.cards()} == {
        "DateCard",
        "TextCard",
        "ChoiceCard",
        "ListCard",
        "NumberCard",
    }


def test_bom_and_crlf_are_accepted() -> None:
    data = b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode()
    deck = parse_deck(data, "deck.toml")
    assert deck.deck.id == "t"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace('answer = "1991-12-28"', 'answer = "1991-13-45"'),
         "deck.toml:21: section 's1' card 'c2': answer: '1991-13-45' is not a real date"),
        (GOOD.replace('answer = "1991-12-28"', 'answer = "28.12.1991"'),
         "deck.toml:21: section 's1' card 'c2': answer: '28.12.1991' is not a date; write YYYY"),
        (GOOD.replace('prompt = "Кто?"', 'promt = "Кто?"'),
         "deck.toml:14: section 's1' card 'c1': promt: unknown field; did you mean 'prompt'?"),
        (GOOD.replace('prompt = "Кто?"\n', ""),
         "deck.toml:12: section 's1' card 'c1': prompt: required field is missing; add it"),
        (GOOD.replace('prompt = "Кто?"', 'prompt = ""'),
         "deck.toml:14: section 's1' card 'c1': prompt: must not be empty"),
        (GOOD.replace('prompt = "Кто?"', "prompt = 5"),
         "deck.toml:14: section 's1' card 'c1': prompt: must be text in quotes"),
        (GOOD.replace('id = "c2"', 'id = "c1"'),
         "deck.toml:18: section 's1' card 'c1': id: duplicate card id 'c1'"),
        (GOOD.replace("format = 1", "format = 2"),
         "deck.toml:1: format: unsupported deck format 2 (this version reads 1)"),
        (GOOD.replace('language = "ru"', 'language = "kk"'),
         "deck.toml:6: deck.language: must be one of 'ru', 'en'"),
        (GOOD.replace('answer = "Хасимото"', 'answer = "Хасимото"\naccept = ["Обути"]\nreject = ["Обути"]'),
         "deck.toml:17: section 's1' card 'c1': reject: 'Обути' is in both accept and reject"),
        (GOOD.replace('prompt = "Кто?"', 'prompt = "' + "я" * 2001 + '"'),
         "deck.toml:14: section 's1' card 'c1': prompt: is 2001 characters long; the cap is 2000"),
        (GOOD.replace('prompt = "Кто?"', 'prompt = "Кто\\u001b[31m?"'),
         "deck.toml:14: section 's1' card 'c1': prompt: control character U+001B (ESCAPE) at position 4"),
        (GOOD.replace('type = "date"', 'type = "dates"'),
         "deck.toml:19: section 's1' card 'c2': type: must be one of \"text\", \"date\""),
        (GOOD.replace('id = "c1"', 'id = "C 1"'),
         "deck.toml:13: section 's1' card 'C 1': id: must use only lowercase Latin letters"),
        (GOOD + '\n[[sections]]\nid = "s1"\ntitle = "x"\n[[sections.cards]]\nid = "c3"\nprompt = "?"\nanswer = "a"\n',
         "deck.toml:24: section 's1': id: duplicate section id 's1'"),
    ],
)  # fmt: skip
def test_contract_errors_have_precise_messages(text: str, expected: str) -> None:
    found = problems(text)
    assert any(p.startswith(expected) for p in found), found


def test_choice_answer_not_among_choices() -> None:
    text = GOOD + (
        '\n[[sections.cards]]\nid = "c3"\ntype = "choice"\nprompt = "Год?"\n'
        'choices = ["1994", "1997"]\nanswer = "1998"\n'
    )
    assert problems(text) == [
        "deck.toml:28: section 's1' card 'c3': answer: the answer '1998' is not one of the choices; "
        "copy it exactly from choices"
    ]


def test_a_field_of_another_card_type_says_which() -> None:
    text = GOOD.replace('answer = "Хасимото"', 'answer = "Хасимото"\nneed = 2')
    assert problems(text) == [
        "deck.toml:16: section 's1' card 'c1': need: is a field of list cards, but this card is a text card; "
        'set type = "list" or remove need'
    ]


def test_need_larger_than_items() -> None:
    text = GOOD + (
        '\n[[sections.cards]]\nid = "c3"\ntype = "list"\nprompt = "Что?"\nanswer = ["a", "b"]\nneed = 3\n'
    )
    assert problems(text) == [
        "deck.toml:28: section 's1' card 'c3': need: need is 3 but the list has only 2 items; "
        "lower need or add items"
    ]


def test_all_problems_reported_at_once() -> None:
    text = (
        GOOD.replace('prompt = "Кто?"', 'promt = "Кто?"')
        .replace('answer = "1991-12-28"', 'answer = "1991-02-30"')
        .replace("format = 1", "format = 3")
    )
    found = problems(text)
    assert len(found) == 4  # format, missing prompt, unknown promt, impossible date
    assert [p.split(":")[1] for p in found] == ["1", "12", "14", "21"]


def test_toml_syntax_error_has_line_and_column() -> None:
    found = problems(GOOD.replace('title = "Раздел"', 'title = "Раздел'))
    assert len(found) == 1
    # the line and the section it is in (a card's line also names the card)
    assert found[0].startswith("deck.toml:10: section 's1': TOML syntax error")
    assert "column" in found[0]


def test_not_utf8() -> None:
    data = GOOD.encode("cp1251")
    (found,) = problems(data)
    assert found.startswith("deck.toml:5: not UTF-8 text (byte 0xD2)")


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\xef\xbb\xbf"])
def test_empty_file(data: bytes) -> None:
    assert problems(data) == ["deck.toml:1: the file is empty; start from `kzjp-tutor new FILE`"]


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(DeckError) as info:
        load_deck(tmp_path / "nope.toml")
    assert str(info.value).endswith("no such file; check the path")


@pytest.mark.parametrize(
    "text",
    [
        "a" + ".a" * 20000 + " = 1\n",
        "x = " + "[" * 1000 + "]" * 1000 + "\n",
        "x = " + "{a=" * 1000 + "1" + "}" * 1000 + "\n",
        "[" + ".".join(["k"] * 5000) + "]\n",
    ],
    ids=["dotted-key", "nested-arrays", "nested-tables", "long-header"],
)
def test_hostile_toml_is_refused(text: str) -> None:
    (found,) = problems(text)
    assert "this is not a deck" in found


def test_markup_in_text_is_plain_data() -> None:
    text = GOOD.replace('prompt = "Кто?"', 'prompt = "[bold]Кто[/] [@click=app.quit]x[/]?"')
    deck = parse_deck(text.encode(), "deck.toml")
    card = deck.card("c1")
    assert card is not None
    assert card.prompt == "[bold]Кто[/] [@click=app.quit]x[/]?"


def test_unquoted_toml_date_is_read_as_the_date() -> None:
    deck = parse_deck(GOOD.replace('answer = "1991-12-28"', "answer = 1991-12-28").encode(), "d.toml")
    card = deck.card("c2")
    assert card is not None and card.answer == "1991-12-28"


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        ('type = "number"\nanswer = "x"', "answer: must be a number"),
        (
            'type = "list"\nanswer = ["a", 5]',
            'answer[2]: must be text in quotes, or a list of texts ["canonical"',
        ),
        ('type = "list"\nanswer = []', "answer: needs at least 1 entry"),
        ('type = "date"\nanswer = "' + "a" * 500 + '"', "answer: '" + "a" * 40 + "…' is not a date"),
    ],
)
def test_type_specific_messages(card: str, expected: str) -> None:
    """One clear problem per mistake, in the words of the card type (not pydantic's)."""
    text = GOOD.split("[[sections.cards]]")[0] + f'[[sections.cards]]\nid = "c1"\nprompt = "?"\n{card}\n'
    (found,) = problems(text)
    assert expected in found
