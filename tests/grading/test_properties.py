"""Property tests for the grader over every card of the fixture decks.

* ``grade()`` never raises and keeps ``score`` in [0, 1], whatever is typed, on every card type;
* every canonical answer and accept entry grades correct, every reject entry wrong;
* case, ё/е, whitespace and surrounding punctuation never change a correct verdict;
* changing any one digit of a correct date or number answer makes it wrong;
* naming a reject entry beside a correct answer ("X и REJECT") makes it wrong.

Enumerable properties are checked exhaustively (cheap and deterministic); the rest use
hypothesis with small example counts so the whole file runs in well under 20 seconds.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from _pytest.mark import ParameterSet  # what pytest.param returns; pytest does not re-export it
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import (
    Card,
    ChoiceCard,
    DateCard,
    Deck,
    ListCard,
    NumberCard,
    TextCard,
)
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.grading.dates import format_date
from kzjp_tutor.core.loader import load_deck

DATA = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("ru", "en")


@cache
def deck(language: str) -> Deck:
    """The fixture deck in one language."""
    return load_deck(DATA / f"grading-deck.{language}.toml")


def all_cards() -> list[tuple[str, Card]]:
    """(language, card) for every card of both fixture decks."""
    return [(lang, card) for lang in LANGUAGES for _section, card in deck(lang).cards()]


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def correct_forms(language: str, card: Card) -> list[str]:
    """Answers a teacher must accept for this card, written from the card itself."""
    if isinstance(card, TextCard):
        return [card.answer, *card.accept]
    if isinstance(card, ChoiceCard):
        return [card.answer, str(card.choices.index(card.answer) + 1)]
    if isinstance(card, ListCard):
        canon = [item[0] for item in card.items]
        joiner = " and " if language == "en" else " и "
        return [", ".join(canon[: card.required]), ", ".join(canon), joiner.join(canon[: card.required])]
    if isinstance(card, DateCard):
        year, month, day = card.parts
        return [card.answer, format_date(year, month, day, language)]
    assert isinstance(card, NumberCard)
    plain = _number_text(card.answer)
    forms = [plain]
    if card.unit:
        forms.append(f"{plain} {card.unit}")
    if isinstance(card.answer, int) and card.answer >= 1000:
        forms.append(f"{card.answer:,}".replace(",", "," if language == "en" else " "))
    return forms


def _forms_params() -> list[ParameterSet]:
    return [
        pytest.param(lang, card, form, id=f"{lang}-{card.id}-{i}")
        for lang, card in all_cards()
        for i, form in enumerate(correct_forms(lang, card))
    ]


def _reject_params() -> list[ParameterSet]:
    return [
        pytest.param(lang, card, reject, id=f"{lang}-{card.id}-{i}")
        for lang, card in all_cards()
        if isinstance(card, TextCard)
        for i, reject in enumerate(card.reject)
    ]


# ---------------------------------------------------------------------------------------------
# Never raises, score in range
# ---------------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯқұ")
    + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list(" \t\n.,;:!?-–—/+«»\"'()[]{}№$%&*_\u00a0\u202f\u200b\u0301")
)
_ANY_TEXT = st.one_of(
    st.text(_ALPHABET, max_size=120),
    st.text(max_size=200),
    st.from_regex(r"\d{1,4}([ .,/-]\d{1,4}){0,3}( (млн|млрд|тыс\.?|million|billion))?", fullmatch=True),
)
_CARD = st.sampled_from(all_cards())


@settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(entry=_CARD, answer=_ANY_TEXT)
def test_grade_never_raises(entry: tuple[str, Card], answer: str) -> None:
    """Any typed text on any card gives a verdict with a score in [0, 1]."""
    language, card = entry
    verdict = grade(card, answer, language)
    assert isinstance(verdict.correct, bool)
    assert 0.0 <= verdict.score <= 1.0
    assert isinstance(verdict.feedback, str) and verdict.feedback
    if verdict.correct:
        assert verdict.score == 1.0


@pytest.mark.parametrize("card_type", ["text", "date", "number", "list", "choice"])
def test_every_card_type_is_in_the_fixture(card_type: str) -> None:
    """The properties above really run over all five card types, in both decks."""
    for language in LANGUAGES:
        assert any(card.type == card_type for _s, card in deck(language).cards())


def test_decks_share_card_ids() -> None:
    """The English fixture is the twin of the Russian one: same ids, same types."""
    ru = {card.id: card.type for _s, card in deck("ru").cards()}
    en = {card.id: card.type for _s, card in deck("en").cards()}
    assert ru == en


# ---------------------------------------------------------------------------------------------
# Deck entries: answer and accept right, reject wrong
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "card", "form"), _forms_params())
def test_correct_forms_grade_correct(language: str, card: Card, form: str) -> None:
    """The canonical answer and every accept entry (and its natural spellings) are right."""
    verdict = grade(card, form, language)
    assert verdict.correct, f"{form!r} -> {verdict.feedback}"


@pytest.mark.parametrize(("language", "card", "reject"), _reject_params())
def test_reject_entries_grade_wrong(language: str, card: TextCard, reject: str) -> None:
    """A reject entry is never accepted, however close to the answer."""
    verdict = grade(card, reject, language)
    assert not verdict.correct, f"{reject!r} -> {verdict.feedback}"


# ---------------------------------------------------------------------------------------------
# Perturbations that a teacher ignores
# ---------------------------------------------------------------------------------------------

_FORMS = [(lang, card, form) for lang, card in all_cards() for form in correct_forms(lang, card)]
_OPEN_CLOSE = [("", ""), ("«", "»"), ('"', '"'), ("“", "”"), ("„", "“"), ("'", "'")]
_TAILS = ["", ".", "!", "?", " .", "…"]


@st.composite
def perturbed(draw: st.DrawFn) -> tuple[str, Card, str, str]:
    """A correct form with random case, ё for е, extra whitespace and quotes around it."""
    language, card, form = draw(st.sampled_from(_FORMS))
    chars = []
    for ch in form:
        if ch.isalpha() and draw(st.booleans()):
            ch = ch.swapcase()
        if ch in "еЕ" and draw(st.booleans()):
            ch = "ё" if ch == "е" else "Ё"
        chars.append(ch)
    text = "".join(chars)
    spaces = st.sampled_from([" ", "  ", "\t", " \u00a0", "   "])
    text = re.sub(" ", lambda _m: draw(spaces), text)
    is_number_pick = isinstance(card, ChoiceCard) and form.isdigit()
    if not is_number_pick:
        opener, closer = draw(st.sampled_from(_OPEN_CLOSE))
        text = f"{opener}{text}{closer}{draw(st.sampled_from(_TAILS))}"
    text = draw(st.sampled_from(["", " ", "  ", "\t"])) + text + draw(st.sampled_from(["", " ", "\n"]))
    return language, card, form, text


@settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(sample=perturbed())
def test_perturbations_stay_correct(sample: tuple[str, Card, str, str]) -> None:
    """Case, ё/е, whitespace and surrounding quotes/punctuation never make a right answer wrong."""
    language, card, form, text = sample
    verdict = grade(card, text, language)
    assert verdict.correct, f"{card.id}: {form!r} perturbed to {text!r} -> {verdict.feedback}"


# ---------------------------------------------------------------------------------------------
# Digits are never fuzzy
# ---------------------------------------------------------------------------------------------


def _digit_forms() -> list[tuple[str, Card, str]]:
    found: list[tuple[str, Card, str]] = []
    for language, card in all_cards():
        if isinstance(card, DateCard | NumberCard):
            forms = correct_forms(language, card)
        elif isinstance(card, TextCard):
            forms = [f for f in (card.answer, *card.accept) if re.search(r"\d", f)]
        else:
            continue
        found.extend((language, card, form) for form in forms)
    return found


def _digit_mutations(form: str) -> list[str]:
    out = []
    for position, ch in enumerate(form):
        if ch.isdigit():
            for digit in "0123456789":
                if digit != ch:
                    out.append(form[:position] + digit + form[position + 1 :])
    return out


@pytest.mark.parametrize(
    ("language", "card", "form"),
    [
        pytest.param(lang, card, form, id=f"{lang}-{card.id}-{i}")
        for i, (lang, card, form) in enumerate(_digit_forms())
    ],
)
def test_changing_any_digit_makes_it_wrong(language: str, card: Card, form: str) -> None:
    """Every one-digit change of a correct date, number or digit-bearing text answer is wrong."""
    assert grade(card, form, language).correct
    accepted = [m for m in _digit_mutations(form) if grade(card, m, language).correct]
    assert not accepted, f"{card.id}: {form!r} changed to {accepted} still accepted"


@settings(deadline=None, max_examples=150)
@given(data=st.data())
def test_digit_change_inside_a_sentence_is_wrong(data: st.DataObject) -> None:
    """A changed digit stays wrong when wrapped in filler words ("в ... году", "about ...")."""
    language, card, form = data.draw(st.sampled_from(_digit_forms()))
    mutation = data.draw(st.sampled_from(_digit_mutations(form)))
    wrapper = data.draw(
        st.sampled_from(
            ["{}", "{}.", "«{}»", "около {}", "примерно {}"]
            if language == "ru"
            else ["{}", "{}.", "about {}", "around {}"]
        )
    )
    answer = wrapper.format(mutation)
    verdict = grade(card, answer, language)
    assert not verdict.correct, f"{card.id}: {answer!r} accepted for {form!r}"


# ---------------------------------------------------------------------------------------------
# A right answer with a reject beside it is a hedge
# ---------------------------------------------------------------------------------------------

_JOINERS = {"ru": [" и ", ", ", " или ", "; ", " / ", " - "], "en": [" and ", ", ", " or ", "; ", " / "]}


def _hedge_params() -> list[ParameterSet]:
    params = []
    for language, card in all_cards():
        if not isinstance(card, TextCard):
            continue
        for i, form in enumerate((card.answer, *card.accept)):
            for j, reject in enumerate(card.reject):
                params.append(
                    pytest.param(language, card, form, reject, id=f"{language}-{card.id}-accept{i}-reject{j}")
                )
    return params


@pytest.mark.parametrize(("language", "card", "form", "reject"), _hedge_params())
def test_answer_with_a_reject_is_wrong(language: str, card: TextCard, form: str, reject: str) -> None:
    """ "X и REJECT", "REJECT, X", "X или REJECT" are all wrong."""
    accepted = []
    for joiner in _JOINERS[language]:
        for answer in (f"{form}{joiner}{reject}", f"{reject}{joiner}{form}"):
            if grade(card, answer, language).correct:
                accepted.append(answer)
    assert not accepted, f"{card.id}: hedges accepted: {accepted}"
