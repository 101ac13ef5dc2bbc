"""The course decks after content review 1: the source's own wording grades right, twins stay twins, choices do not leak."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from kzjp_tutor.core.deck import ChoiceCard, Deck
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.paths import bundled_decks_dir

DECKS = bundled_decks_dir()
PAIRS = ["kzjp-lecture-11", "kzjp-25-years", "kzjp-2021"]

# What a student copies from the text (or its plain English rendering): each must be graded correct.
SOURCE_WORDINGS = [
    ("kzjp-2021.ru", "suga-regions", "Северная и Юго-Восточная Азия"),
    ("kzjp-2021.en", "suga-regions", "North and Southeast Asia"),
    ("kzjp-2021.ru", "top-ten-investors", "в десятку"),
    (
        "kzjp-25-years.ru",
        "jica-joint-work",
        "разработка и совместное проведение проектов, организация семинаров по японским технологиям",
    ),
    (
        "kzjp-25-years.en",
        "jica-joint-work",
        "developing and jointly running projects, organising seminars on Japanese technologies",
    ),
    (
        "kzjp-25-years.ru",
        "jica-kz-activities",
        "публикует информационные бюллетени, контролирует базы данных членов, проводит общее ежегодное собрание",
    ),
    (
        "kzjp-25-years.en",
        "jica-kz-activities",
        "publishes information bulletins, maintains member databases, holds an annual general meeting",
    ),
    (
        "kzjp-25-years.ru",
        "economy-landmark-projects",
        "оснащение медицинских, образовательных, культурных и спортивных учреждений",
    ),
    (
        "kzjp-25-years.en",
        "economy-landmark-projects",
        "equipping medical, educational, cultural and sports institutions",
    ),
    (
        "kzjp-25-years.ru",
        "bulletin-speakers",
        "министры экологии, здравоохранения, по чрезвычайным ситуациям",
    ),
    ("kzjp-25-years.en", "bulletin-speakers", "ministers of ecology, health and emergencies"),
    ("kzjp-25-years.ru", "high-level-cultural-influence", "изучение японского языка, культуры и единоборств"),
    # The source writes «СО2» in Cyrillic letters; a student copying it must not lose the item.
    (
        "kzjp-25-years.ru",
        "expo-japan-energy-efforts",
        "энергосбережение, сокращение выбросов парниковых газов и СО2",
    ),
    ("kzjp-25-years.en", "high-level-cultural-influence", "Japanese cuisine, design, language"),
    (
        "kzjp-25-years.ru",
        "expo-three-colors",
        "традиционные, возобновляемые источники энергии и энергия будущего",
    ),
    (
        "kzjp-25-years.en",
        "expo-three-colors",
        "traditional and renewable energy sources and the energy of the future",
    ),
    ("kzjp-25-years.ru", "kurokawa-master-plan-author", "Курокава"),
    ("kzjp-25-years.en", "kurokawa-master-plan-author", "Kurokawa"),
    (
        "kzjp-25-years.ru",
        "expo-japan-energy-efforts",
        "энергосбережение, внедрение новых видов энергий, сокращение выбросов",
    ),
    (
        "kzjp-lecture-11.ru",
        "uranium-japan-offers",
        "технологии переработки урана и строительство ядерных реакторов на лёгкой воде",
    ),
    ("kzjp-lecture-11.en", "uranium-japan-offers", "uranium processing, building light-water reactors"),
    ("kzjp-lecture-11.ru", "part-two-topics", "СБ, СВМДА, экологические проблемы"),
    ("kzjp-lecture-11.en", "jp-exports", "aircraft, cars, watches, textiles"),
    ("kzjp-lecture-11.ru", "not-a-showcase", "несколько другие направления"),
]

# Answers the review found wrongly accepted: each must now be graded wrong.
NOT_ANSWERS = [
    ("kzjp-25-years.ru", "healthcare-papanicolaou", "Пап-тест"),
    ("kzjp-25-years.en", "healthcare-papanicolaou", "Pap stain"),
    ("kzjp-25-years.ru", "expo-osaka-stage", "Осака"),
    ("kzjp-25-years.en", "expo-osaka-stage", "Osaka"),
    ("kzjp-lecture-11.ru", "japan-dependence", "полностью"),
    ("kzjp-lecture-11.en", "japan-dependence", "completely"),
    ("kzjp-2021.en", "green-energy", "renewable energy"),
    ("kzjp-25-years.ru", "kurokawa-master-plan-author", "Микио Курокава"),
    ("kzjp-25-years.ru", "high-level-among-first", "первой"),
]


@cache
def deck(name: str) -> Deck:
    return load_deck(DECKS / f"{name}.toml")


def _card(name: str, card_id: str):  # type: ignore[no-untyped-def]
    return next(card for _, card in deck(name).cards() if card.id == card_id)


@pytest.mark.parametrize(("name", "card_id", "answer"), SOURCE_WORDINGS)
def test_the_sources_own_wording_passes(name: str, card_id: str, answer: str) -> None:
    verdict = grade(_card(name, card_id), answer, deck(name).deck.language)
    assert verdict.correct, verdict.feedback


@pytest.mark.parametrize(("name", "card_id", "answer"), NOT_ANSWERS)
def test_what_the_text_does_not_say_fails(name: str, card_id: str, answer: str) -> None:
    assert not grade(_card(name, card_id), answer, deck(name).deck.language).correct


@pytest.mark.parametrize("pair", PAIRS)
def test_twins_share_tags_list_shapes_and_choice_keys(pair: str) -> None:
    ru, en = deck(f"{pair}.ru").cards(), deck(f"{pair}.en").cards()
    for (_, r), (_, e) in zip(ru, en, strict=True):
        assert r.id == e.id and r.type == e.type and r.tags == e.tags, r.id
        if isinstance(r, ChoiceCard) and isinstance(e, ChoiceCard):
            assert r.choices.index(r.answer) == e.choices.index(e.answer), r.id


def test_choice_keys_are_not_all_in_one_place() -> None:
    places: Counter[int] = Counter()
    for pair in PAIRS:
        for _, card in deck(f"{pair}.ru").cards():
            if isinstance(card, ChoiceCard):
                places[card.choices.index(card.answer)] += 1
    assert max(places.values()) <= sum(places.values()) // 2, places


def test_english_says_kazakhstani_for_the_state() -> None:
    bad = []
    for pair in PAIRS:
        for _, card in deck(f"{pair}.en").cards():
            for text in (card.prompt, card.explain or ""):
                if re.search(r"\bKazakhs?\b(?![-–])", text):
                    bad.append(card.id)
    assert bad == []


def test_the_misprinted_grant_is_not_the_key() -> None:
    for lang in ("ru", "en"):
        card = _card(f"kzjp-25-years.{lang}", "healthcare-almaty-grant-amount")
        assert isinstance(card, ChoiceCard) and "1.365" not in card.answer


def test_every_full_date_prompt_asks_for_the_day() -> None:
    missing = []
    for pair in PAIRS:
        for lang, words in (("ru", "число, месяц, год"), ("en", "day, month and year")):
            for _, card in deck(f"{pair}.{lang}").cards():
                if (
                    card.type == "date"
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(card.answer))
                    and words not in card.prompt
                ):
                    missing.append(card.id)
    assert missing == []


def test_extra_cards_are_a_minority() -> None:
    for pair in PAIRS:
        cards = [c for _, c in deck(f"{pair}.ru").cards()]
        assert sum("extra" in c.tags for c in cards) < len(cards) // 4
