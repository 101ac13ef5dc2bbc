"""Lists as people write them, choices named in words, and negation on both (issue 13).

Each class has examples and a hypothesis property:

* a list answer's layout (numbered «1) … 2) …», «1. …», "a) …", dashes, bullets, new lines,
  semicolons) never changes its verdict;
* two items that share a head or tail word may be written once («Северной и Юго-Восточной Азии»);
* a choice named by its number in any spelling («второй», «ответ 2», «(2)», "the second one",
  "option two") grades exactly like the digit, in the deck's 1-based order;
* a negated or excluding list or choice answer is never accepted;
* "partly correct" on a list means a real item was named.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import ChoiceCard, Deck, ListCard
from kzjp_tutor.core.grading import Verdict, deck_lexicon, grade
from kzjp_tutor.core.grading.choices import picked_number
from kzjp_tutor.core.grading.lists import split_items
from kzjp_tutor.core.grading.negation import negates
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.paths import bundled_decks_dir

DECKS = ("kzjp-2021", "kzjp-lecture-11", "kzjp-25-years")
LANGUAGES = ("ru", "en")
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _deck(name: str) -> tuple[Deck, frozenset[str]]:
    deck = load_deck(bundled_decks_dir() / f"{name}.toml")
    return deck, deck_lexicon(deck)


def _grade(deck: str, card_id: str, answer: str) -> Verdict:
    loaded, lexicon = _deck(deck)
    card = loaded.card(card_id)
    assert card is not None
    return grade(card, answer, loaded.deck.language, lexicon)


@cache
def _cards(kind: type[ListCard] | type[ChoiceCard]) -> list[tuple[str, str]]:
    """(deck name, card id) of every bundled card of one type."""
    found = []
    for name in DECKS:
        for language in LANGUAGES:
            deck = f"{name}.{language}"
            for _section, card in _deck(deck)[0].cards():
                if isinstance(card, kind):
                    found.append((deck, card.id))
    return found


def _list_card(deck: str, card_id: str) -> ListCard:
    card = _deck(deck)[0].card(card_id)
    assert isinstance(card, ListCard)
    return card


def _choice_card(deck: str, card_id: str) -> ChoiceCard:
    card = _deck(deck)[0].card(card_id)
    assert isinstance(card, ChoiceCard)
    return card


# --- Lists as people write them ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("deck", "card_id", "answer"),
    [
        ("kzjp-2021.ru", "covid-thanks", "1) гуманитарная помощь 2) помощь в борьбе с COVID-19"),
        ("kzjp-2021.en", "agenda-sectors", "1) agriculture 2) AI 3) geological prospecting"),
        ("kzjp-lecture-11.ru", "kz-exports", "1) сталь 2) титан 3) ферросплавы 4) морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "1. сталь\n2. титан\n3. ферросплавы\n4. морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "а) сталь б) титан в) ферросплавы г) морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "(1) сталь (2) титан (3) ферросплавы (4) морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "сталь — титан — ферросплавы — морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "• сталь\n• титан\n• ферросплавы\n• морепродукты"),
        ("kzjp-lecture-11.en", "kz-exports", "a) steel b) titanium c) ferroalloys d) seafood"),
        ("kzjp-lecture-11.en", "kz-exports", "- steel\n- titanium\n- ferroalloys\n- seafood"),
        (
            "kzjp-lecture-11.ru",
            "lecture-questions",
            "1. Экономическое сотрудничество Казахстана с Японией 2. Казахстанско-японские культурные связи",
        ),
        ("kzjp-lecture-11.ru", "munkuduk-companies", "1) Казатомпром 2) Сумитомо 3) Кепко"),
        (
            "kzjp-lecture-11.ru",
            "silk-road-directions",
            "— политический диалог; — освоение природных ресурсов",
        ),
        ("kzjp-lecture-11.ru", "kz-exports", "1 - сталь, 2 - титан, 3 - ферросплавы, 4 - морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "1: сталь; 2: титан; 3: ферросплавы; 4: морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "сталь, титан, ферросплавы, морепродукты и т.д."),
        (
            "kzjp-lecture-11.ru",
            "kz-exports",
            "во-первых, сталь, во-вторых, титан, в-третьих, ферросплавы, наконец, морепродукты",
        ),
        ("kzjp-lecture-11.ru", "kz-exports", "сталь, титан, ферросплавы, а ещё морепродукты"),
        (
            "kzjp-lecture-11.en",
            "kz-exports",
            "firstly steel, secondly titanium, thirdly ferroalloys, and finally seafood",
        ),
        ("kzjp-lecture-11.en", "kz-exports", "steel, titanium, ferroalloys as well as seafood, etc."),
        ("kzjp-25-years.ru", "high-level-cultural-influence", "японская кухня, язык и единоборства"),
        ("kzjp-25-years.en", "high-level-cultural-influence", "Japanese cuisine, design and language"),
    ],
)
def test_numbered_dashed_and_bulleted_lists_are_read_item_by_item(
    deck: str, card_id: str, answer: str
) -> None:
    verdict = _grade(deck, card_id, answer)
    assert verdict.correct, verdict.feedback


def test_a_number_inside_an_item_is_no_list_marker() -> None:
    assert split_items("1.365 млн йен, 995 млн йен") == ["1.365 млн йен", "995 млн йен"]
    assert split_items("Япония 2) Казахстан") == ["япония 2) казахстан"]  # not a numbered list


_FIRSTLY = ("во-первых,", "во-вторых,", "в-третьих,", "в-четвёртых,", "в-пятых,", "в-шестых,", "наконец,")
_FIRSTLY_EN = ("firstly", "secondly", "thirdly", "fourthly", "fifthly", "also", "plus", "finally")
_LAYOUTS = (
    lambda xs: ", ".join(xs),
    lambda xs: " ".join(f"{n}) {x}" for n, x in enumerate(xs, 1)),
    lambda xs: " ".join(f"{n}. {x}" for n, x in enumerate(xs, 1)),
    lambda xs: "\n".join(f"{n}. {x}" for n, x in enumerate(xs, 1)),
    lambda xs: " ".join(f"({n}) {x}" for n, x in enumerate(xs, 1)),
    lambda xs: " ".join(f"{letter}) {x}" for letter, x in zip("abcdefghijklmn", xs, strict=False)),
    lambda xs: " ".join(f"{letter}) {x}" for letter, x in zip("абвгдежзиклмн", xs, strict=False)),
    lambda xs: "; ".join(xs),
    lambda xs: " — ".join(xs),
    lambda xs: " - ".join(xs),
    lambda xs: "\n".join(f"• {x}" for x in xs),
    lambda xs: "\n".join(f"- {x}" for x in xs),
    lambda xs: "\n".join(xs),
    lambda xs: ", ".join(f"{n} - {x}" for n, x in enumerate(xs, 1)),
    lambda xs: "; ".join(f"{n}: {x}" for n, x in enumerate(xs, 1)),
    lambda xs: ", ".join(xs) + " и т. д.",
    lambda xs: ", ".join(xs) + ", etc.",
    lambda xs: ", ".join(xs) + "...",
    lambda xs: ", ".join(f"{word} {x}" for word, x in zip(_FIRSTLY, xs, strict=False)),
    lambda xs: ", ".join(f"{word} {x}" for word, x in zip(_FIRSTLY_EN, xs, strict=False)),
    lambda xs: ", также ".join(xs),
    lambda xs: ", as well as ".join(xs),
    lambda xs: "не только " + ", ".join(xs[:1]) + (", но и " + ", ".join(xs[1:]) if xs[1:] else ""),
    lambda xs: "not only " + ", ".join(xs[:1]) + (" but also " + ", ".join(xs[1:]) if xs[1:] else ""),
)


@FEW
@given(data=st.data())
def test_the_layout_of_a_list_never_changes_its_verdict(data: st.DataObject) -> None:
    """Property: any subset of a card's items in any order grades the same in every layout."""
    deck, card_id = data.draw(st.sampled_from(_cards(ListCard)))
    card = _list_card(deck, card_id)
    forms = [data.draw(st.sampled_from(item)) for item in card.items]
    named = data.draw(st.lists(st.sampled_from(forms), min_size=1, max_size=len(forms) + 1))
    plain = _grade(deck, card_id, ", ".join(named))
    layout = data.draw(st.sampled_from(_LAYOUTS))
    laid_out = _grade(deck, card_id, layout(named))
    assert laid_out.correct == plain.correct, (layout(named), laid_out.feedback, plain.feedback)


@pytest.mark.parametrize(
    ("deck", "card_id", "answer"),
    [
        ("kzjp-2021.ru", "suga-regions", "Северной и Юго-Восточной Азии"),
        ("kzjp-2021.ru", "suga-regions", "в Юго-Восточной и Северной Азии"),
        ("kzjp-2021.en", "suga-regions", "North and Southeast Asia"),
        (
            "kzjp-lecture-11.ru",
            "economic-committees",
            "казахстанско-японский и японско-казахстанский комитеты",
        ),
        ("kzjp-lecture-11.en", "economic-committees", "Kazakhstan-Japan and Japan-Kazakhstan committees"),
        ("kzjp-2021.ru", "suga-regions", "Северной, Юго-Восточной Азии"),
        ("kzjp-2021.ru", "suga-regions", "Юго-Восточная Азия, Северная"),
    ],
)
def test_items_sharing_a_word_may_write_it_once(deck: str, card_id: str, answer: str) -> None:
    verdict = _grade(deck, card_id, answer)
    assert verdict.correct, verdict.feedback


def test_and_so_on_names_no_missing_item() -> None:
    verdict = _grade("kzjp-lecture-11.ru", "kz-exports", "сталь, титан и т. д.")
    assert not verdict.correct
    assert "2" in verdict.feedback


def test_one_of_two_sharing_a_word_is_honest_partial_credit() -> None:
    verdict = _grade("kzjp-2021.ru", "suga-regions", "Северная и Южная Азия")
    assert not verdict.correct
    assert verdict.partial
    assert "южная азия" in verdict.feedback


_SIDES = ("северная", "южная", "западная", "восточная", "центральная")
_REGIONS = ("азия", "европа", "африка", "америка")


def _region_card(first: str, second: str, region: str) -> ListCard:
    return ListCard(
        id="regions",
        type="list",
        prompt="Какие два региона?",
        answer=[f"{first} {region}", f"{second} {region}"],
    )


@FEW
@given(
    sides=st.lists(st.sampled_from(_SIDES), min_size=3, max_size=3, unique=True),
    region=st.sampled_from(_REGIONS),
)
def test_a_shared_tail_names_both_items_and_only_them(sides: list[str], region: str) -> None:
    """Property: «A и B Z» names items «A Z» and «B Z»; «A и C Z» with C not an item is wrong."""
    first, second, other = sides
    card = _region_card(first, second, region)
    assert grade(card, f"{first} и {second} {region}").correct
    assert grade(card, f"{second} и {first} {region}").correct
    wrong = grade(card, f"{first} и {other} {region}")
    assert not wrong.correct
    assert wrong.partial  # one region is named: partly correct, honestly
    assert grade(card, f"{first}, {second} {region}").correct
    assert grade(card, f"{first} {region}, {second}").correct
    assert not grade(card, f"{first}, {other} {region}").correct


# --- A correct detail from the source beside an item -----------------------------------------------


@pytest.mark.parametrize(
    ("deck", "card_id", "answer", "expected"),
    [
        (
            "kzjp-2021.ru",
            "covid-thanks",
            "за оказанную Казахстану гуманитарную помощь и содействие в борьбе с COVID-19",
            True,
        ),
        (
            "kzjp-lecture-11.ru",
            "uranium-japan-offers",
            "строительство ядерных реакторов на лёгкой воде и технологии переработки урана",
            True,
        ),
        (
            "kzjp-lecture-11.ru",
            "uranium-japan-offers",
            "строительство ядерных реакторов на тяжёлой воде и технологии переработки урана",
            False,
        ),
        ("kzjp-2021.ru", "suga-regions", "в Северной и Юго-Восточной Азии", True),
    ],
)
def test_a_phrase_of_the_source_around_an_item_names_it(
    deck: str, card_id: str, answer: str, expected: bool
) -> None:
    verdict = _grade(deck, card_id, answer)
    assert verdict.correct is expected, verdict.feedback


_BEFORE = ("оказанную", "щедрую", "своевременную", "значительную")
_AFTER = ("пострадавшим", "районам", "республики")
_NOT_SAID = ("военную", "кредитную", "платную", "тайную")


@FEW
@given(
    before=st.integers(0, len(_BEFORE)),
    after=st.integers(0, len(_AFTER)),
    changed=st.sampled_from(_NOT_SAID),
)
def test_only_the_sources_own_words_are_a_detail(before: int, after: int, changed: str) -> None:
    """Property: an item inside any run of its source sentence names it; the same run with a
    word the source does not say is not the item."""
    card = ListCard(
        id="thanks",
        type="list",
        prompt="За что поблагодарили?",
        answer=[["гуманитарная помощь", "гуманитарную помощь"], "борьба с засухой"],
        source=f"поблагодарил за {' '.join(_BEFORE)} гуманитарную помощь {' '.join(_AFTER)} и борьбу с засухой",
    )
    quoted = [*_BEFORE[len(_BEFORE) - before :], "гуманитарную помощь", *_AFTER[:after]]
    assert grade(card, f"{' '.join(quoted)}; борьба с засухой").correct
    assert not grade(card, f"{changed} {' '.join(quoted)}; борьба с засухой").correct


# --- An item's aliases mix like a text card's ----------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "гуманитарную помощь и содействие в борьбе с коронавирусом",
        "за гуманитарную помощь и за содействие в борьбе с коронавирусом",
        "гуманитарная помощь, помощь в борьбе с коронавирусом",
    ],
)
def test_an_item_may_mix_two_of_its_aliases(answer: str) -> None:
    verdict = _grade("kzjp-2021.ru", "covid-thanks", answer)
    assert verdict.correct, verdict.feedback


_THREATS = ("коронавирусом", "пандемией", "засухой", "бедностью", "инфляцией", "наводнением")


@FEW
@given(threats=st.lists(st.sampled_from(_THREATS), min_size=3, max_size=3, unique=True))
def test_aliases_that_trade_a_word_let_every_alias_trade_it(threats: list[str]) -> None:
    """Property: with aliases «содействие в борьбе с X» and «борьба с Y», «содействие в борьбе с Y»
    names the item; a third word Z that no alias holds does not."""
    x, y, z = threats
    card = ListCard(
        id="thanks",
        type="list",
        prompt="За что поблагодарили?",
        answer=["гуманитарная помощь", [f"содействие в борьбе с {x}", f"борьба с {y}"]],
    )
    assert grade(card, f"гуманитарная помощь, содействие в борьбе с {y}").correct
    wrong = grade(card, f"гуманитарная помощь, содействие в борьбе с {z}")
    assert not wrong.correct
    assert wrong.partial  # the first item is still named


# --- Choices named in words --------------------------------------------------------------------

_RU_ORDINALS = {
    1: ("первый", "первая", "первое", "первого", "первую"),
    2: ("второй", "вторая", "второе", "второго", "вторую"),
    3: ("третий", "третья", "третье", "третьего", "третью"),
    4: ("четвёртый", "четвертая", "четвёртое", "четвертого", "четвёртую"),
}
_EN_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_RU_CARDINALS = {1: "один", 2: "два", 3: "три", 4: "четыре"}
_EN_CARDINALS = {1: "one", 2: "two", 3: "three", 4: "four"}


def _spellings(number: int) -> list[str]:
    """Ways a student names option ``number``."""
    return [
        str(number),
        f"({number})",
        f"{number})",
        f"{number}.",
        f"№{number}",
        f"№ {number}",
        f"#{number}",
        f"No. {number}",
        f"ответ {number}",
        f"ответ: {number}",
        f"вариант {number}",
        f"вариант №{number}",
        f"ответ под номером {number}",
        f"{number}-й",
        f"{number}-й вариант",
        *_RU_ORDINALS[number],
        f"вариант {_RU_ORDINALS[number][0]}",
        f"{_RU_ORDINALS[number][0]} вариант",
        f"вариант {_RU_CARDINALS[number]}",
        _EN_ORDINALS[number],
        f"the {_EN_ORDINALS[number]} one",
        f"the {_EN_ORDINALS[number]} option",
        f"option {number}",
        f"option {_EN_CARDINALS[number]}",
        f"answer {number}",
        f"choice #{number}",
        f"{number}{('st', 'nd', 'rd', 'th')[number - 1]}",
    ]


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_every_spelling_of_an_option_number_is_read(number: int) -> None:
    for spelling in _spellings(number):
        assert picked_number(spelling) == number, spelling


@pytest.mark.parametrize(
    "answer",
    [
        "1 или 2",
        "1 or 2",
        "первый или второй",
        "one two",
        "1, 2",
        "вариант",
        "option",
        "первый и второй",
        "12 3",
    ],
)
def test_two_numbers_or_none_pick_nothing(answer: str) -> None:
    assert picked_number(answer) is None


@pytest.mark.parametrize(
    ("deck", "card_id", "answer", "expected"),
    [
        ("kzjp-lecture-11.ru", "boao-concept", "второй", True),
        ("kzjp-lecture-11.ru", "boao-concept", "ответ 2", True),
        ("kzjp-lecture-11.ru", "boao-concept", "(2)", True),
        ("kzjp-lecture-11.ru", "boao-concept", "первый", False),
        ("kzjp-lecture-11.ru", "boao-concept", "1 или 2", False),
        ("kzjp-lecture-11.ru", "boao-concept", "Дипломатия Шёлкового пути", True),
        ("kzjp-lecture-11.ru", "boao-concept", "дипломатия шелковго пути", True),
        ("kzjp-lecture-11.ru", "boao-concept", "Евразийская дипломатия", False),
        # first-visit-notes' key moved from option 1 to 3 and high-level-first-visit-post's to 4 (decks ed. 2)
        ("kzjp-lecture-11.en", "first-visit-notes", "the third one", True),
        ("kzjp-lecture-11.en", "first-visit-notes", "option 3", True),
        ("kzjp-lecture-11.en", "first-visit-notes", "second", False),
        ("kzjp-25-years.ru", "high-level-first-visit-post", "вариант четвёртый", True),
        ("kzjp-25-years.ru", "healthcare-almaty-grant-amount", "1.365 млн йен", True),
        ("kzjp-25-years.ru", "healthcare-almaty-grant-amount", "995 млн йен", False),
    ],
)
def test_choices_by_number_word_or_text(deck: str, card_id: str, answer: str, expected: bool) -> None:
    verdict = _grade(deck, card_id, answer)
    assert verdict.correct is expected, verdict.feedback


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("2 — Дипломатия Шёлкового пути", True),
        ("вариант 2: Дипломатия Шелкового пути", True),
        ("Дипломатия Шелкового пути (2)", True),
        ("1 — Дипломатия Шёлкового пути", False),
        ("2 — Евразийская дипломатия", False),
    ],
)
def test_a_number_with_the_option_text_must_agree(answer: str, expected: bool) -> None:
    verdict = _grade("kzjp-lecture-11.ru", "boao-concept", answer)
    assert verdict.correct is expected, verdict.feedback


_WITH_TEXT = (
    lambda n, text: f"{n} — {text}",
    lambda n, text: f"{n}) {text}",
    lambda n, text: f"вариант {n}: {text}",
    lambda n, text: f"{text} ({n})",
    lambda n, text: f"option {n}: {text}",
)


@FEW
@given(data=st.data())
def test_a_number_and_a_text_right_only_when_both_name_the_right_option(data: st.DataObject) -> None:
    """Property: «k — text of option j» is right only when k and j are both the right option."""
    deck, card_id = data.draw(st.sampled_from(_cards(ChoiceCard)))
    card = _choice_card(deck, card_id)
    right = card.choices.index(card.answer) + 1
    number = data.draw(st.integers(1, len(card.choices)))
    option = data.draw(st.integers(1, len(card.choices)))
    form = data.draw(st.sampled_from(_WITH_TEXT))
    verdict = _grade(deck, card_id, form(number, card.choices[option - 1]))
    assert verdict.correct is (number == option == right), verdict.feedback


def test_an_option_whose_text_is_a_number_is_read_as_text() -> None:
    card = ChoiceCard(id="c", type="choice", prompt="Сколько?", choices=["3", "2", "1"], answer="2")
    assert grade(card, "2").correct  # the option «2», not option number 2 («3»)
    assert not grade(card, "3").correct


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_a_number_in_any_spelling_grades_like_its_digit(data: st.DataObject) -> None:
    """Property: on every bundled choice card, option k named in any spelling is right iff k is."""
    deck, card_id = data.draw(st.sampled_from(_cards(ChoiceCard)))
    card = _choice_card(deck, card_id)
    number = data.draw(st.integers(1, min(4, len(card.choices))))
    spelling = data.draw(st.sampled_from(_spellings(number)))
    right = card.choices.index(card.answer) + 1
    assert _grade(deck, card_id, spelling).correct is (number == right)
    assert _grade(deck, card_id, spelling).correct is _grade(deck, card_id, str(number)).correct


# --- Negation on list and choice cards ---------------------------------------------------------

_NEGATE = (
    lambda a: f"не {a}",
    lambda a: f"кроме {a}",
    lambda a: f"всё, кроме: {a}",
    lambda a: f"за исключением {a}",
    lambda a: f"not {a}",
    lambda a: f"anything but {a}",
    lambda a: f"everything except {a}",
)


@pytest.mark.parametrize(
    ("deck", "card_id", "answer"),
    [
        ("kzjp-lecture-11.ru", "kz-exports", "не сталь, не титан, не ферросплавы, не морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "всё кроме: сталь, титан, ферросплавы, морепродукты"),
        ("kzjp-lecture-11.en", "kz-exports", "anything but steel, titanium, ferroalloys, seafood"),
        ("kzjp-lecture-11.ru", "boao-concept", "не 1"),
        ("kzjp-lecture-11.ru", "boao-concept", "кроме первого"),
        ("kzjp-lecture-11.en", "boao-concept", "not the first one"),
        ("kzjp-lecture-11.en", "agreement-outlook", "not 2"),
    ],
)
def test_negated_list_and_choice_answers_are_wrong(deck: str, card_id: str, answer: str) -> None:
    verdict = _grade(deck, card_id, answer)
    assert not verdict.correct
    assert not verdict.partial


@pytest.mark.parametrize(
    ("deck", "card_id", "answer"),
    [
        ("kzjp-lecture-11.ru", "kz-exports", "не только сталь и титан, но и ферросплавы и морепродукты"),
        ("kzjp-lecture-11.ru", "kz-exports", "сталь, титан, ферросплавы, кроме того, морепродукты"),
        ("kzjp-lecture-11.en", "kz-exports", "not only steel and titanium but also ferroalloys and seafood"),
    ],
)
def test_not_only_but_also_adds_and_negates_nothing(deck: str, card_id: str, answer: str) -> None:
    verdict = _grade(deck, card_id, answer)
    assert verdict.correct, verdict.feedback


@FEW
@given(data=st.data())
def test_a_negated_accepted_list_answer_is_wrong(data: st.DataObject) -> None:
    """Property: any accepted list answer with a negator before it, or before each item, is wrong
    (all items named, so that losing the first to the negator would still leave enough)."""
    deck, card_id = data.draw(st.sampled_from(_cards(ListCard)))
    card = _list_card(deck, card_id)
    named = [item[0] for item in card.items]
    negate = data.draw(st.sampled_from(_NEGATE))
    assert _grade(deck, card_id, ", ".join(named)).correct
    assert not _grade(deck, card_id, negate(", ".join(named))).correct
    assert not _grade(deck, card_id, ", ".join(negate(x) for x in named)).correct


@FEW
@given(data=st.data())
def test_a_negated_pick_is_wrong(data: st.DataObject) -> None:
    """Property: the right option, by number, word or text, preceded by a negator is wrong."""
    deck, card_id = data.draw(st.sampled_from(_cards(ChoiceCard)))
    card = _choice_card(deck, card_id)
    right = card.choices.index(card.answer) + 1
    pick = data.draw(st.sampled_from([*_spellings(right), card.answer]))
    negate = data.draw(st.sampled_from(_NEGATE))
    assert _grade(deck, card_id, pick).correct
    assert not _grade(deck, card_id, negate(pick)).correct


# --- Honest partial credit on lists -------------------------------------------------------------


@pytest.mark.parametrize(
    ("deck", "card_id", "answer"),
    [
        ("kzjp-2021.ru", "suga-regions", "Азия"),
        ("kzjp-2021.ru", "suga-regions", "регионы Азии"),
        ("kzjp-lecture-11.ru", "economic-committees", "комитеты"),
        ("kzjp-lecture-11.ru", "point-one-topics", "первого пункта лекции"),
        ("kzjp-2021.ru", "covid-thanks", "за"),
    ],
)
def test_a_shared_generic_word_is_not_partly_correct(deck: str, card_id: str, answer: str) -> None:
    verdict = _grade(deck, card_id, answer)
    assert not verdict.correct
    assert not verdict.partial


@FEW
@given(data=st.data())
def test_partly_correct_only_with_a_real_item(data: st.DataObject) -> None:
    """Property: pieces that name no item (words of the question, single words of the items) never
    make a list answer partly correct together: it is partly correct only when one piece, or two
    neighbours read as one item's name ("nuclear, technologies"), names an item on its own."""
    deck, card_id = data.draw(st.sampled_from(_cards(ListCard)))
    card = _list_card(deck, card_id)
    forms = {" ".join(form.casefold().split()) for item in card.items for form in item}
    words = {w.strip('«»"“”.,;:()?') for form in forms for w in form.split()}
    words |= {w.strip('«»"“”.,;:()?').casefold() for w in card.prompt.split()}
    loose = sorted(w for w in words if len(w) > 1 and w not in forms and not negates(w))
    if not loose:
        return
    pieces = data.draw(st.lists(st.sampled_from(loose), min_size=1, max_size=3))
    verdict = _grade(deck, card_id, ", ".join(pieces))
    if not verdict.correct:
        alone = [*pieces, *(f"{a}, {b}" for a, b in pairwise(pieces))]
        named = [p for p in alone if _grade(deck, card_id, p).correct or _grade(deck, card_id, p).partial]
        assert verdict.partial is bool(named), (pieces, verdict.feedback)
