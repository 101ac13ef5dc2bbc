"""Issue 15: every problem of a deck in one `validate` run, strict types, exact messages, syntax hints.

The fixture ``data/many-problems.toml`` holds 25 deliberate problems of different kinds; before
this issue one run showed some of them and hid the rest behind a card's first error (a wrong
``type``, ``tags = "trade"``) or behind another cross-field rule of the same card.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzjp_tutor.core import i18n
from kzjp_tutor.core.errors import DeckError
from kzjp_tutor.core.loader import load_deck, parse_deck

FIXTURE = Path(__file__).parent / "data" / "many-problems.toml"
EXPECTED = {  # line: what its message must contain
    3: 'format must be the number 1, not the text "1"',
    6: "deck.id: must use only lowercase Latin letters",
    8: "deck.language: must be one of 'ru', 'en'",
    14: "prompt: required field is missing",
    17: "promt: unknown field; did you mean 'prompt'?",
    18: "'1992-02-30' is not a real date",
    25: "the answer 'Ким Ён Сам' is also in reject",
    26: "tags: must be a list in square brackets",
    32: 'answer: must be a number, not the text "6.4"; write answer = 6.4',
    33: 'tolerance: must be a number, not the text "0.1"; write tolerance = 0.1',
    39: "item 'нефть' appears more than once",
    40: 'need: must be a number, not the text "2"; write need = 2',
    41: "ordered: must be true or false without quotes",
    48: "need is 5 but the list has only 2 items",
    49: "tags: must be a list in square brackets",
    52: "card 'Kr_Summit': id: must use only lowercase",
    53: 'type: must be one of "text", "date", "number", "list", "choice"',
    54: "prompt: must not be empty",
    58: 'did you mean "date"?',
    60: 'answer: must be text in quotes: answer = "1993"',
    66: "choices repeat an option",
    67: "the answer 'Токио' is not one of the choices",
    70: "duplicate card id 'kr-visit'",
    73: 'need: is a field of list cards, but this card is a text card; set type = "list"',
}


def _problems(path: Path) -> list[str]:
    with pytest.raises(DeckError) as info:
        load_deck(path)
    return [str(p) for p in info.value.problems]


def test_one_run_reports_every_problem_of_the_fixture() -> None:
    found = _problems(FIXTURE)
    for line, text in EXPECTED.items():
        assert any(p.startswith(f"{FIXTURE}:{line}:") and text in p for p in found), (line, text, found)
    # the accept/reject overlap and the answer in reject are two problems of one line
    assert sum(p.startswith(f"{FIXTURE}:25:") for p in found) == 2
    assert len(found) == len(EXPECTED) + 1


def test_fixing_every_problem_leaves_none_hidden() -> None:
    """What a second run used to find: after fixing what one run showed, nothing new appears."""
    fixed = (
        FIXTURE.read_text(encoding="utf-8")
        .replace('format = "1"', "format = 1")
        .replace('id = "Lecture 12"', 'id = "lecture-12"')
        .replace('"kk"', '"ru"')
        .replace("promt =", "prompt =")
        .replace("1992-02-30", "1992-01-28")
        .replace('reject = ["Ким Ён Сам", "Ким"]', 'reject = ["Пак"]')
        .replace('tags = "trade"', 'tags = ["trade"]')
        .replace('answer = "6.4"', "answer = 6.4")
        .replace('tolerance = "0.1"', "tolerance = 0.1")
        .replace('["нефть", "уран", "нефть"]', '["нефть", "уран", "хром"]')
        .replace('need = "2"', "need = 2")
        .replace('ordered = "yes"', "ordered = true")
        .replace("need = 5", "need = 2")
        .replace('id = "Kr_Summit"', 'id = "kr-summit"')
        .replace('type = "multiple"', 'type = "text"\nanswer = "Сеул"')
        .replace('prompt = ""', 'prompt = "Где саммит?"')
        .replace('type = "Date"', 'type = "date"')
        .replace("answer = 1993", 'answer = "1993"')
        .replace('["Алматы", "Астана", "Алматы"]', '["Алматы", "Астана", "Токио"]')
        .replace(
            'id = "kr-visit"                                        # P24 duplicate card id', 'id = "kr-who"'
        )
        .replace("need = 1 ", "")
    )
    deck = parse_deck(fixed.encode(), "fixed.toml")
    assert len(deck.cards()) == 9


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('tolerance = "2"', 'tolerance: must be a number, not the text "2"; write tolerance = 2'),
        ('need = "2"', 'need: must be a number, not the text "2"; write need = 2'),
        ('ordered = "yes"', "ordered: must be true or false without quotes, not the text 'yes'"),
        ('answer = "6,4"', 'answer: must be a number, not the text "6,4"; write answer = 6.4'),
    ],
)
def test_numbers_and_flags_in_quotes_are_errors(line: str, expected: str) -> None:
    kind = "number" if line.startswith(("tolerance", "answer")) else "list"
    answer = (
        "" if line.startswith("answer") else ("answer = 2\n" if kind == "number" else 'answer = ["a", "b"]\n')
    )
    text = HEAD + f'[[sections.cards]]\nid = "c"\ntype = "{kind}"\nprompt = "?"\n{answer}{line}\n'
    with pytest.raises(DeckError) as info:
        parse_deck(text.encode(), "d.toml")
    assert [p.message for p in info.value.problems if p.message in expected] or [
        str(p) for p in info.value.problems if str(p).endswith(expected)
    ], [str(p) for p in info.value.problems]


HEAD = 'format = 1\n[deck]\nid = "t"\ntitle = "T"\nlanguage = "ru"\n[[sections]]\nid = "s"\ntitle = "S"\n'


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ('prompt = "Что означает "корё-сарам"?"', "a straight quote inside the text ends it early"),
        ("answer = “1937”", "typographic quotes cannot enclose a value"),
        ("answer = «1937»", "typographic quotes cannot enclose a value"),
        ('answer = "1937', "the text is not closed on its line"),
        ("answer = Хасимото", 'text must be in quotes: answer = "Хасимото"'),
        ('answer = "a"\nanswer = "b"', "answer is set twice in this table (card)"),
    ],
)
def test_toml_syntax_errors_get_a_hint(line: str, hint: str) -> None:
    text = HEAD + f'[[sections.cards]]\nid = "c"\n{line}\n'
    with pytest.raises(DeckError) as info:
        parse_deck(text.encode(), "d.toml")
    (problem,) = info.value.problems
    assert problem.line is not None and problem.line >= 11
    assert problem.card == "c"
    assert "TOML syntax error" in problem.message and hint in problem.message


def test_a_hint_quotes_a_huge_key_cut_short() -> None:
    """Found by the deck fuzzer: a key of 80,000 letters set twice made an 80,177-character message."""
    key = "k" * 80_000
    text = HEAD + f'[[sections.cards]]\nid = "c"\n{key} = 1\n{key} = 2\n'
    with pytest.raises(DeckError) as info:
        parse_deck(text.encode(), "d.toml")
    (problem,) = info.value.problems
    assert "is set twice in this table" in problem.message
    assert len(str(problem)) < 1_000


def test_single_bracket_cards_get_a_hint() -> None:
    text = HEAD + '[sections.cards]\nid = "c"\n[sections.cards]\nid = "d"\n'
    with pytest.raises(DeckError) as info:
        parse_deck(text.encode(), "d.toml")
    assert "[[sections.cards]], in double brackets" in str(info.value)


def test_misspelt_table_is_reported_at_its_header_line() -> None:
    text = HEAD + '[[section.cards]]\nid = "c"\nprompt = "?"\nanswer = "a"\n'
    with pytest.raises(DeckError) as info:
        parse_deck(text.encode(), "d.toml")
    unknown = [p for p in info.value.problems if p.field == "section"]
    assert [p.line for p in unknown] == [9]


def test_problems_in_russian() -> None:
    i18n.use("ru")
    found = "\n".join(_problems(FIXTURE))
    assert 'format должен быть числом 1, а не текстом "1"' in found
    assert "поле неизвестно; возможно, имелось в виду 'prompt'?" in found
    assert "need равно 5, а в списке только 2 пункта" in found
    # no English words left in the messages, apart from field names, ids and quoted values
    english = {"must", "the", "field", "missing", "answer is", "unknown", "choices repeat"}
    messages = [p.split(": ", 1)[1] for p in found.splitlines()]
    assert not [m for m in messages if any(re.search(rf"\b{w}\b", m) for w in english)]


# A property: problems in different cards never hide each other.
_INJECTIONS = {
    "tags": ('tags = "x"', "tags: must be a list"),
    "need": ("need = 9", "need is 9 but the list has only 2 items"),
    "quoted-need": ('need = "1"', 'need: must be a number, not the text "1"'),
    "ordered": ('ordered = "no"', "ordered: must be true or false"),
    "dupe": ('answer = ["a", "a"]', "item 'a' appears more than once"),
    "id": ('id = "Bad_{n}"', "id: must use only lowercase"),
    "prompt": ('prompt = ""', "prompt: must not be empty"),
    "explain": ("explain = 3", "explain: must be text in quotes"),
    "unknown": ('promt = "?"', "promt: unknown field"),
}


def _list_card(number: int, injected: str) -> str:
    lines = {"id": f'id = "c{number}"', "prompt": 'prompt = "?"', "answer": 'answer = ["a", "b"]'}
    key = injected.split("=")[0].strip()
    if key in lines:
        lines[key] = injected
    else:
        lines["extra"] = injected
    return '[[sections.cards]]\ntype = "list"\n' + "\n".join(lines.values()) + "\n"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(sorted(_INJECTIONS)), min_size=1, max_size=8))
def test_any_set_of_independent_problems_is_reported_in_one_run(kinds: list[str]) -> None:
    cards = [_list_card(n, _INJECTIONS[kind][0].replace("{n}", str(n))) for n, kind in enumerate(kinds)]
    with pytest.raises(DeckError) as info:
        parse_deck((HEAD + "".join(cards)).encode(), "d.toml")
    found = [str(p) for p in info.value.problems]
    for kind in kinds:
        assert any(_INJECTIONS[kind][1] in p for p in found), (kind, found)
    assert len(found) == len(kinds)
