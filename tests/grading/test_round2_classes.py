"""Round 2 of issue 13's classes: the right answers the examiner's set still saw failed.

Each class has examples and a hypothesis property, and the synonym table is held against the
neighbours it must never join: a synonym rule that turns a nearby concept into a match would be a
false accept, which matters more than the false reject it fixes.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.deck import TextCard
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.grading.lists import _index
from kzjp_tutor.core.grading.normalize import tokens
from kzjp_tutor.core.grading.phonetic import phonetic_key
from kzjp_tutor.core.grading.synonyms import _CONCEPTS, concept
from kzjp_tutor.core.grading.text import grade_text, match_phrase
from kzjp_tutor.core.grading.vocabulary import WordList
from kzjp_tutor.core.grading.words import Strength, compare_words


def _right(
    answer: str, canonical: str, accept: tuple[str, ...] = (), language: str = "ru", **kw: str
) -> bool:
    return grade_text(
        answer, canonical, accept, (), language, kw.get("prompt", ""), source=kw.get("source", "")
    ).correct


# --- synonyms: abbreviations, colloquial names, another part of speech, a place's adjective ----

SAME = [
    ("победы над ковидом", "победы над коронавирусом", "ru"),
    ("содействие в борьбе с ковидом", "содействие в борьбе с COVID-19", "ru"),
    ("победы человечества над COVID-19", "победы человечества над коронавирусом", "ru"),
    ("humanity's victory over covid", "humanity's victory over the coronavirus", "en"),
    ("the victory of mankind over the coronavirus", "victory of humanity over the coronavirus", "en"),
    ("on his election as PM", "on his election as Prime Minister", "en"),
    ("Токийская Олимпиада", "Олимпиада в Токио", "ru"),
    ("летняя Олимпиада в Токио", "летние Олимпийские игры в Токио", "ru"),
    ("мощный импульс", "мощный стимул", "ru"),
    ("послать делегацию в Японию", "отправить делегацию в Японию", "ru"),
    ("отправка делегации в Японию", "отправить делегацию в Японию", "ru"),
    ("одобрительно", "одобряют", "ru"),
    ("новую экономическую повестку дня", "новую экономическую повестку", "ru"),
    ("один из ключевых стратегических партнёров", "ключевой стратегический партнёр", "ru"),
    ("одним из ключевых стратегических партнеров", "ключевой стратегический партнёр", "ru"),
    ("one of the key strategic partners", "a key strategic partner", "en"),
]


@pytest.mark.parametrize(("answer", "expected", "language"), SAME)
def test_a_synonym_from_the_table_is_the_same_answer(answer: str, expected: str, language: str) -> None:
    assert _right(answer, expected, (), language)


def test_pm_is_prime_minister() -> None:
    accept = ("on his election as Prime Minister", "his election")
    assert _right("on being elected PM", "his election as Prime Minister", accept, "en")
    assert _right("on his election as PM", "his election as Prime Minister", accept, "en")
    assert not _right("on his appointment as PM", "his election as Prime Minister", accept, "en")


NEIGHBOURS = [
    ("победы над вирусом", "победы над коронавирусом", "ru"),
    ("победы над гриппом", "победы над коронавирусом", "ru"),
    ("Foreign Minister", "Prime Minister", "en"),
    ("посол", "послать делегацию", "ru"),
    ("принять делегацию из Японии", "отправить делегацию в Японию", "ru"),
    ("Олимпийский комитет", "Олимпийские игры", "ru"),
    ("Азиатские игры в Токио", "Олимпийские игры в Токио", "ru"),
    ("неодобрительно", "одобряют", "ru"),
    ("казахский язык", "казахстанский язык", "ru"),
    ("китайский премьер", "японский премьер", "ru"),
    ("японско-казахстанский комитет", "казахстанско-японский комитет", "ru"),
    ("мощный удар", "мощный стимул", "ru"),
    ("один партнёр", "ключевой стратегический партнёр", "ru"),
    ("one of the partners", "a key strategic partner", "en"),
    ("к середине XX века", "к середине XXI века", "ru"),
    ("к середине 20 века", "к середине XXI века", "ru"),
    ("victory of covid over humanity", "humanity's victory over the coronavirus", "en"),
    ("победа ковида над человечеством", "победа человечества над коронавирусом", "ru"),
]


@pytest.mark.parametrize(("answer", "expected", "language"), NEIGHBOURS)
def test_a_neighbour_of_a_synonym_stays_wrong(answer: str, expected: str, language: str) -> None:
    assert not _right(answer, expected, (), language)


def _words_of(pattern: str) -> list[str]:
    """A few words a table pattern matches, written out (the alternatives without regex marks)."""
    words = []
    for alternative in pattern.split("|"):
        word = alternative.split("(")[0].replace("\\w*", "").replace("?", "")
        if word and word.isalpha():
            words.append(word)
    return words


_TABLE_WORDS = [(word, key) for pattern, key in _CONCEPTS for word in _words_of(pattern) if concept(word)]


@given(st.sampled_from(_TABLE_WORDS), st.sampled_from(_TABLE_WORDS))
def test_two_table_words_are_one_word_only_within_one_entry(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    """Property: the table never joins two entries; a word of one entry equals every word of it."""
    (a, key_a), (b, key_b) = first, second
    language = "ru" if any("а" <= ch <= "я" for ch in a) else "en"
    same = compare_words(a, b, language) is Strength.EXACT
    if key_a == key_b:
        assert same, (a, b)
    else:
        assert concept(a) != concept(b)


@given(
    st.sampled_from(["ковид", "ковидом", "коронавирусом", "COVID-19", "covid"]),
    st.sampled_from(["победы человечества над {}", "содействие в борьбе с {}", "победа над {}"]),
    st.sampled_from(["коронавирусом", "COVID-19"]),
)
def test_any_name_of_covid_in_any_phrase_grades_as_the_deck_s(typed: str, phrase: str, written: str) -> None:
    """Property: the disease named any of its ways, in the deck's phrase, is right; the roles of
    «над» still count when the names are swapped."""
    assert _right(phrase.format(typed), phrase.format(written))
    if "над" in phrase and "человечества" in phrase:
        assert not _right(f"победы {typed} над человечеством", phrase.format(written))


@given(st.sampled_from(["один", "одним", "одной", "одного", "одна", "one of the"]), st.booleans())
def test_one_of_before_an_answer_changes_nothing(one: str, right: bool) -> None:
    """Property: «один из …» / "one of the …" before an answer leaves its verdict as it was."""
    lead = one if one.startswith("one") else f"{one} из"
    rest = "ключевых стратегических партнёров" if right else "главных торговых партнёров"
    language = "en" if one.startswith("one") else "ru"
    if language == "en":
        rest = "key strategic partners" if right else "main trading partners"
        assert _right(f"{lead} {rest}", "a key strategic partner", (), "en") is right
    else:
        assert _right(f"{lead} {rest}", "ключевой стратегический партнёр") is right


def test_a_place_adjective_beside_a_name_is_the_prompt_s_place() -> None:
    prompt = "С каким премьер-министром Японии Токаев провёл телефонный разговор?"
    assert _right("японский премьер Суга", "Есихидэ Суга", ("Суга",), prompt=prompt)
    assert not _right("китайский премьер Суга", "Есихидэ Суга", ("Суга",), prompt=prompt)
    prompt = "Which Kazakh organisation marked an anniversary in 2014?"
    assert _right(
        "the National Nuclear Center of Kazakhstan", "National Nuclear Center", (), "en", prompt=prompt
    )


def test_a_list_finds_an_item_named_by_a_synonym() -> None:
    """The list's word index knows the table and numerals, so the item is found at all."""
    items = (("гуманитарная помощь",), ("содействие в борьбе с COVID-19", "борьба с коронавирусом"))
    index = _index(items, "ru")
    assert "covid-19" in index.vocabulary.candidates("ковидом")
    assert "xxi" in _index((("к середине XXI века",),), "ru").vocabulary.candidates("21")


# --- Roman numerals ---------------------------------------------------------------------------


def _roman(number: int) -> str:
    """An independent writer of Roman numerals, for the property."""
    out = ""
    for value, letters in (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


@given(st.integers(1, 399), st.integers(1, 399))
def test_a_century_in_roman_numerals_is_its_digits(first: int, second: int) -> None:
    """Property: XXI is 21 both ways, and no other number."""
    assert compare_words(str(first), _roman(first), "ru") is Strength.EXACT
    assert compare_words(_roman(first), str(first), "ru") is Strength.EXACT
    if first != second:
        assert compare_words(str(first), _roman(second), "ru") is Strength.NONE


def test_roman_numerals_in_a_text_answer() -> None:
    assert _right("к середине 21 века", "к середине столетия", ("к середине XXI века",))
    assert _right(
        "by the middle of the XXI century", "by mid-century", ("by the middle of the 21st century",), "en"
    )
    assert not _right("к середине 22 века", "к середине столетия", ("к середине XXI века",))
    assert compare_words("64/35", "64/53", "ru") is Strength.NONE  # codes are still compared exactly


# --- Kazakh Latin (2021) and Kazakh letters ---------------------------------------------------

_KAZAKH = {
    "б": "b", "д": "d", "ж": "j", "з": "z", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ń", "п": "p", "р": "r", "с": "s", "т": "t", "ғ": "ǵ",
    "а": "a", "ә": "á", "о": "o", "ө": "ó", "ұ": "u", "ү": "ú", "ы": "y", "і": "ı", "е": "e",
}  # fmt: skip
_CONSONANTS = [c for c in _KAZAKH if c not in "аәоөұүыіе"]
_VOWELS = [c for c in _KAZAKH if c in "аәоөұүыіе"]


@given(st.lists(st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from(_VOWELS)), min_size=2, max_size=4))
def test_a_kazakh_word_in_the_2021_latin_alphabet_is_the_same_word(syllables: list[tuple[str, str]]) -> None:
    """Property: a Kazakh word of consonant-vowel syllables written in the 2021 Latin alphabet has
    the key of its Cyrillic spelling (Qyran = Қыран)."""
    cyrillic = "".join(c + v for c, v in syllables)
    latin = "".join(_KAZAKH[c] + _KAZAKH[v] for c, v in syllables)
    assert phonetic_key(cyrillic) == phonetic_key(latin)


def test_altyn_qyran() -> None:
    assert _right("Altyn Qyran", "орден «Алтын Қыран»", ("Алтын Қыран", "Altyn Kyran"))
    assert _right("Алтын Кыран", "орден «Алтын Қыран»", ("Алтын Қыран",))
    assert not _right("Altyn Tulpar", "орден «Алтын Қыран»", ("Алтын Қыран",))


# --- a form of the word that is also another card's word ---------------------------------------

_LEXEMES = {
    "поставки": ["поставок", "поставка", "поставкам", "поставками", "поставку"],
    "ошибки": ["ошибок", "ошибка", "ошибкам", "ошибками"],
    "сделки": ["сделок", "сделка", "сделкам", "сделками"],
}


@given(st.sampled_from(sorted(_LEXEMES)), st.data())
def test_a_declined_word_in_the_deck_lexicon_is_still_the_word(expected: str, data: st.DataObject) -> None:
    """Property: a form of the expected word (the stemmer may cut it differently: поставок /
    поставки) is that word, even when another card of the deck uses that very form."""
    typed = data.draw(st.sampled_from(_LEXEMES[expected]))
    match = match_phrase((typed, "урана"), f"{expected} урана", "ru", lexicon=frozenset({typed}))
    assert match.complete and not match.typos


def test_a_real_different_word_in_the_lexicon_is_still_not_a_typo() -> None:
    match = match_phrase(("постановки", "урана"), "поставки урана", "ru", lexicon=frozenset({"постановки"}))
    assert not match.complete


# --- a correct detail from the source, set off after the answer --------------------------------

_SOURCE = "провозглашена в 1997 году премьер-министром Японии Р.Хашимото"


@given(st.integers(1980, 2030), st.sampled_from([", в {} году", " в {} году", " ({} г.)", ", {}"]))
def test_a_year_after_the_answer_is_right_only_if_the_source_gives_it(year: int, shape: str) -> None:
    """Property: «Р. Хашимото, в 1997 году» is right; any other year after the name is a wrong detail."""
    answer = "Р. Хашимото" + shape.format(year)
    assert _right(answer, "Р. Хашимото", ("Хашимото",), source=_SOURCE) is (year == 1997)


@given(st.sampled_from(["Обути", "Коидзуми", "Абэ", "Накасонэ"]))
def test_a_lone_name_after_a_comma_is_a_second_answer_even_if_the_source_has_it(name: str) -> None:
    """Property: a hedge («Хашимото, Обути») is not a detail, whatever the source mentions."""
    source = f"{_SOURCE}; позднее её продолжил {name}"
    assert not _right(f"Хашимото, {name}", "Р. Хашимото", ("Хашимото",), source=source)


def test_a_source_phrase_after_the_answer() -> None:
    explain = "«Книга памяти» содержала списки японских военнопленных, умерших на казахстанской территории."
    assert _right(
        "книгу памяти со списками японских военнопленных", "«Книга памяти»", ("Книгу памяти",), source=explain
    )
    explain_en = "The Book of Memory listed the Japanese prisoners of war who died on Kazakh territory."
    assert _right(
        "the Book of Memory with lists of Japanese prisoners of war",
        "the Book of Memory",
        (),
        "en",
        source=explain_en,
    )
    # a phrase the source does not say is still a wrong addition
    assert not _right("книгу памяти со списками советских солдат", "«Книга памяти»", (), source=explain)
    # a noun right after the answer makes a new name, as before
    assert not _right(
        "Comprehensive Nuclear-Test-Ban Treaty Organization",
        "Comprehensive Nuclear-Test-Ban Treaty",
        (),
        "en",
        source="the Comprehensive Nuclear-Test-Ban Treaty Organization in Vienna",
    )


# --- the parts of another accepted form's compound ---------------------------------------------


def test_a_year_of_an_alias_compound_is_no_extra() -> None:
    accept = ("Олимпийские игры в Токио", "Олимпиада в Токио", "Олимпиада-2020")
    assert _right("летние Олимпийские игры 2020 года в Токио", "летние Олимпийские игры в Токио", accept)
    assert not _right("летние Олимпийские игры 2016 года в Токио", "летние Олимпийские игры в Токио", accept)


def test_the_grader_reads_a_card_through_the_synonyms() -> None:
    """End to end through :func:`grade`, with the deck lexicon the app passes."""
    card = TextCard(
        id="olympics-symbol",
        prompt="Олицетворением чего станут Олимпийские игры в Токио?",
        answer="победы человечества над коронавирусом",
        accept=["победы над коронавирусом"],
    )
    lexicon = frozenset(tokens("победы человечества над коронавирусом грипп", "ru"))
    assert grade(card, "победы над ковидом", "ru", lexicon).correct
    assert grade(card, "победы человечества над каронавирусом", "ru", lexicon).correct  # still a typo
    assert not grade(card, "победы над гриппом", "ru", lexicon).correct
    assert tokens("PM", "en") == ("prime", "minister")


# --- the English word list kept compact -------------------------------------------------------


@given(st.sets(st.text("abcdefghij", min_size=1, max_size=6), max_size=60), st.text("abcdefghij", max_size=7))
def test_the_compact_word_list_holds_exactly_its_words(words: set[str], probe: str) -> None:
    """Property: the sorted-bytes word list answers membership like the set it replaces."""
    found = WordList([w.encode() for w in words])
    assert len(found) == len(words)
    assert all(w in found for w in words)
    assert (probe in found) is (probe in words)
