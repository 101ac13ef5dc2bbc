"""Round 3 of issue 13's classes: two false accepts closed and the choice cards' typed answers.

- **Another holder of the fact.** «победы Японии над коронавирусом» is not humanity's victory:
  a word of the question is harmless beside an answer, never in the place where an accepted form
  names whose the fact is.
- **«один из» / "one of" in the key.** An answer may add it («один из ключевых партнёров» is a
  key partner); it may not drop it where the key has it: "the most popular" pavilion is not "one
  of the most popular".
- **A choice typed in the source's or the question's words.** The option's subject the question
  names, a linking word, a source word beside the same neighbour as in the source.

Each class has examples on the bundled decks, neighbours that must stay wrong, and a property.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.deck import ChoiceCard
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.grading.choices import _LINKS, _restates
from kzjp_tutor.core.grading.normalize import FILLERS, tokens
from kzjp_tutor.core.grading.text import grade_text, prompt_words
from kzjp_tutor.core.grading.vocabulary import FUNCTION_WORDS

from .casebook import Case as _Case
from .casebook import bundled_deck, grade_real


def _bundled(deck: str, card_id: str, answer: str) -> bool:
    return grade_real(_Case(deck, card_id, answer, True, "round3")).correct


# --- another holder of the fact -----------------------------------------------------------

HOLDER_WRONG = [
    ("kzjp-2021.ru.toml", "olympics-symbol", "победы Японии над коронавирусом"),
    ("kzjp-2021.ru.toml", "olympics-symbol", "победа Японии над коронавирусом"),
    ("kzjp-2021.ru.toml", "olympics-symbol", "победы японии над ковидом"),
    ("kzjp-2021.en.toml", "olympics-symbol", "Japan's victory over the coronavirus"),
    ("kzjp-2021.en.toml", "olympics-symbol", "victory of Japan over the coronavirus"),
    ("kzjp-2021.en.toml", "olympics-symbol", "the victory of Japan over COVID-19"),
]
HOLDER_RIGHT = [
    ("kzjp-2021.ru.toml", "olympics-symbol", "победы над коронавирусом"),
    ("kzjp-2021.ru.toml", "olympics-symbol", "победа человечества над ковидом"),
    ("kzjp-2021.en.toml", "olympics-symbol", "victory over the coronavirus"),
    ("kzjp-2021.en.toml", "olympics-symbol", "mankind's victory over COVID-19"),
    # a word of the question beside a name, a title, a given name for an initial, two aliases mixed
    ("kzjp-lecture-11.ru.toml", "silk-road-adopted-by", "правительство Обучи"),
    ("kzjp-25-years.ru.toml", "high-level-book-of-memory-recipient", "премьер-министру Хосокаве"),
    ("kzjp-lecture-11.ru.toml", "silk-road-author", "Рютаро Хашимото"),
    ("kzjp-25-years.en.toml", "healthcare-nagai-prize-winner", "Saim Balmukhanov"),
    ("kzjp-2021.en.toml", "olympics", "Tokyo 2020 Olympics"),
    ("kzjp-2021.en.toml", "olympics", "the Summer Olympic Games"),
    ("kzjp-2021.en.toml", "strategic-partner", "Kazakhstan's strategic partner"),
]


@pytest.mark.parametrize(("deck", "card_id", "answer"), HOLDER_WRONG)
def test_another_holder_in_the_key_s_place_is_wrong(deck: str, card_id: str, answer: str) -> None:
    assert not _bundled(deck, card_id, answer)


def test_the_feedback_names_the_word_and_whose_place_it_took() -> None:
    deck = bundled_deck("kzjp-2021.ru.toml")
    card = deck.card("olympics-symbol")
    assert card is not None
    verdict = grade(card, "победы Японии над коронавирусом", "ru")
    assert "«Японии»" in verdict.feedback and "«человечества»" in verdict.feedback
    assert not verdict.partial


@pytest.mark.parametrize(("deck", "card_id", "answer"), HOLDER_RIGHT)
def test_harmless_words_beside_the_answer_stay_right(deck: str, card_id: str, answer: str) -> None:
    assert _bundled(deck, card_id, answer)


_RU_HOLDERS = ["человечества", "народа", "мира", "всех стран"]
_RU_OTHERS = ["Японии", "Казахстана", "Китая", "России", "Токио", "Астаны", "правительства", "японии"]
_RU_FACTS = [("победы", "над коронавирусом"), ("вклада", "в развитие региона"), ("борьбы", "против пандемии")]


@given(
    st.sampled_from(_RU_HOLDERS),
    st.sampled_from(_RU_OTHERS),
    st.sampled_from(_RU_FACTS),
)
def test_any_entity_put_in_the_holder_s_place_is_wrong_ru(
    holder: str, other: str, fact: tuple[str, str]
) -> None:
    """Property: the key's holder replaced by another entity is never accepted, even where the
    question names that entity and an accepted form leaves the holder out."""
    head, tail = fact
    canonical = f"{head} {holder} {tail}"
    prompt = f"Олицетворением чего, по словам президента {other}, станет это событие?"
    accept = (f"{head} {tail}",)
    assert grade_text(f"{head} {tail}", canonical, accept, (), "ru", prompt).correct
    assert not grade_text(f"{head} {other} {tail}", canonical, accept, (), "ru", prompt).correct


_EN_HOLDERS = ["humanity", "the world", "mankind", "the people"]
_EN_OTHERS = ["Japan", "Kazakhstan", "China", "Tokyo", "Astana", "the government", "japan"]
_EN_FACTS = [
    ("victory", "over the coronavirus"),
    ("contribution", "to the region"),
    ("struggle", "against the pandemic"),
]


@given(
    st.sampled_from(_EN_HOLDERS),
    st.sampled_from(_EN_OTHERS),
    st.sampled_from(_EN_FACTS),
    st.booleans(),
)
def test_any_entity_put_in_the_holder_s_place_is_wrong_en(
    holder: str, other: str, fact: tuple[str, str], possessive: bool
) -> None:
    """Property, English: "X's victory" and "the victory of X", either way round."""
    head, tail = fact
    canonical = f"{holder}'s {head} {tail}" if possessive else f"the {head} of {holder} {tail}"
    prompt = f"According to the leader of {other}, what would the event come to embody?"
    accept = (f"{head} {tail}",)
    typed = f"the {head} of {other} {tail}" if possessive else f"{other}'s {head} {tail}"
    assert grade_text(f"{head} {tail}", canonical, accept, (), "en", prompt).correct
    assert not grade_text(typed, canonical, accept, (), "en", prompt).correct


# --- «один из» / "one of" where the key has it --------------------------------------------------

ONE_OF = [
    ("kzjp-25-years.en.toml", "expo-pavilion-popular", "the most popular", False),
    ("kzjp-25-years.en.toml", "expo-pavilion-popular", "most popular pavilion", False),
    ("kzjp-25-years.en.toml", "expo-pavilion-popular", "the most popular pavilion", False),
    ("kzjp-25-years.en.toml", "expo-pavilion-popular", "one of the most popular", True),
    ("kzjp-25-years.en.toml", "expo-pavilion-popular", "One of the most popular pavilions", True),
    ("kzjp-25-years.ru.toml", "expo-pavilion-popular", "самым популярным", False),
    ("kzjp-25-years.ru.toml", "expo-pavilion-popular", "самый популярный павильон", False),
    ("kzjp-25-years.ru.toml", "expo-pavilion-popular", "популярнейшим", False),
    ("kzjp-25-years.ru.toml", "expo-pavilion-popular", "одним из самых популярных", True),
    ("kzjp-25-years.ru.toml", "expo-pavilion-popular", "один из самых популярных павильонов", True),
    # the answer may still add it where the key lacks it
    ("kzjp-2021.en.toml", "strategic-partner", "one of the key strategic partners", True),
    ("kzjp-2021.ru.toml", "strategic-partner", "один из ключевых стратегических партнёров", True),
]


@pytest.mark.parametrize(("deck", "card_id", "answer", "right"), ONE_OF)
def test_one_of_is_required_where_the_key_has_it(deck: str, card_id: str, answer: str, right: bool) -> None:
    assert _bundled(deck, card_id, answer) is right


def test_the_missing_one_of_is_named_as_written() -> None:
    verdict = grade_text("the most popular", "one of the most popular", (), (), "en")
    assert not verdict.correct and "“one of”" in verdict.feedback


_RU_ONE = ["один из", "одним из", "одной из", "одного из", "одна из"]
_RU_SUPERLATIVES = [
    ("самых популярных", "самым популярным"),
    ("крупнейших инвесторов", "крупнейшим инвестором"),
    ("главных партнёров", "главным партнёром"),
]
_EN_SUPERLATIVES = [
    ("the most popular pavilions", "the most popular pavilion"),
    ("the largest investors", "the largest investor"),
    ("the main partners", "the main partner"),
]


@given(st.sampled_from(_RU_ONE), st.sampled_from(_RU_SUPERLATIVES), st.sampled_from(_EN_SUPERLATIVES))
def test_one_of_in_the_key_is_never_dropped(
    one: str, russian: tuple[str, str], english: tuple[str, str]
) -> None:
    """Property: a key with «один из» / "one of" fails the answer without it and passes it with
    it; a key without it passes the answer that adds it."""
    many, single = russian
    key = f"одним из {many}"
    assert not grade_text(single, key, (), (), "ru").correct
    assert grade_text(f"{one} {many}", key, (), (), "ru").correct
    assert grade_text(f"{one} {many}", single, (), (), "ru").correct
    many, single = english
    key = f"one of {many}"
    assert not grade_text(single, key, (), (), "en").correct
    assert grade_text(f"one of {many}", key, (), (), "en").correct
    assert grade_text(f"one of {many}", single, (), (), "en").correct


# --- a choice typed in the source's or the question's words -------------------------------------

CHOICE_RIGHT = [
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "это дело времени"),
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "дело времени"),
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "это — дело времени"),
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "является делом времени"),
    ("kzjp-lecture-11.en.toml", "agreement-outlook", "it is a matter of time"),
    ("kzjp-lecture-11.en.toml", "agreement-outlook", "a matter of time"),
    (
        "kzjp-lecture-11.ru.toml",
        "eurasian-diplomacy-purpose",
        "продвижению двустороннего сотрудничества Японии с Казахстаном и другими странами Центральной Азии",
    ),
    (
        "kzjp-lecture-11.ru.toml",
        "trade-volume-verdict",
        "что странам ещё далеко до того времени, когда они реально могут называть друг друга партнёрами",
    ),
    (
        "kzjp-lecture-11.ru.toml",
        "trade-volume-verdict",
        "странам ещё далеко до того, чтобы реально называть друг друга партнёрами",
    ),
]
CHOICE_WRONG = [
    # another option's words, or a part of the key with a word of the fact left out
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "времени"),
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "заключение соглашения"),
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "соглашение уже подписано"),
    ("kzjp-lecture-11.ru.toml", "agreement-outlook", "переговоры — дело времени"),
    ("kzjp-lecture-11.en.toml", "agreement-outlook", "the talks are a matter of time"),
    ("kzjp-lecture-11.en.toml", "agreement-outlook", "its conclusion"),
    ("kzjp-lecture-11.en.toml", "first-visit-notes", "treaties and agreements between the USSR and"),
    ("kzjp-lecture-11.ru.toml", "first-visit-notes", "договоров и соглашений между СССР и"),
    ("kzjp-25-years.en.toml", "parliament-kawamura-former-post", "Cabinet Secretary of Japan"),
    ("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "секретарь Кабинета министров Японии"),
    (
        "kzjp-25-years.en.toml",
        "healthcare-project-name",
        "Improving Services for the Population Affected by Nuclear Tests",
    ),
    (
        "kzjp-25-years.ru.toml",
        "atom-experiments-result",
        "Возможность управления тяжелой аварией с плавлением топлива",
    ),
    (
        "kzjp-lecture-11.ru.toml",
        "eurasian-diplomacy-purpose",
        "продвижению сотрудничества Японии с Казахстаном",
    ),
    (
        "kzjp-lecture-11.ru.toml",
        "eurasian-diplomacy-purpose",
        "продвижению двустороннего сотрудничества Японии с Китаем и странами Центральной Азии",
    ),
    ("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "что странам ещё далеко до того времени"),
]


@pytest.mark.parametrize(("deck", "card_id", "answer"), CHOICE_RIGHT)
def test_a_choice_typed_in_the_source_s_words_is_right(deck: str, card_id: str, answer: str) -> None:
    assert _bundled(deck, card_id, answer)


@pytest.mark.parametrize(("deck", "card_id", "answer"), CHOICE_WRONG)
def test_a_choice_missing_part_of_its_fact_stays_wrong(deck: str, card_id: str, answer: str) -> None:
    assert not _bundled(deck, card_id, answer)


def _choice_cards() -> list[tuple[str, ChoiceCard]]:
    found: list[tuple[str, ChoiceCard]] = []
    for name in (
        "kzjp-2021.ru.toml",
        "kzjp-2021.en.toml",
        "kzjp-25-years.ru.toml",
        "kzjp-25-years.en.toml",
        "kzjp-lecture-11.ru.toml",
        "kzjp-lecture-11.en.toml",
    ):
        deck = bundled_deck(name)
        found += [
            (deck.deck.language, card) for _section, card in deck.cards() if isinstance(card, ChoiceCard)
        ]
    return found


_CHOICES = _choice_cards()
_SMALL = FUNCTION_WORDS | _LINKS | frozenset().union(*FILLERS.values())


@given(st.sampled_from(_CHOICES), st.data())
def test_a_word_of_the_fact_left_out_of_a_typed_option_is_never_accepted(
    chosen: tuple[str, ChoiceCard], data: st.DataObject
) -> None:
    """Property: on every bundled choice card, the key typed with one word of its fact left out
    (not a small or linking word, and not one the question says in any form of its family) is wrong, and so is any other option typed with the
    source's words added."""
    language, card = chosen
    words = card.answer.split()
    asked = prompt_words(card.prompt, language)
    content = [
        k
        for k, word in enumerate(words)
        if (typed := tokens(word, language))
        and all(w not in _SMALL and not _restates(w, asked) for w in typed)
        and sum(w == word for w in words) == 1
    ]
    if content:
        k = data.draw(st.sampled_from(content))
        shorter = " ".join(words[:k] + words[k + 1 :])
        assert not grade(card, shorter, language).correct, shorter
    other = data.draw(st.sampled_from([c for c in card.choices if c != card.answer]))
    source = (card.source or "").split()
    extra = " ".join(source[: data.draw(st.integers(0, min(3, len(source))))])
    assert not grade(card, f"{other} {extra}".strip(), language).correct
