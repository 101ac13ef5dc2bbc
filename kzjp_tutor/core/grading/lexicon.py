"""Every answer word of a deck: the names and terms a typo must not turn into one another."""

from __future__ import annotations

from ..deck import Card, ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard
from ..wording import number_text
from .normalize import tokens

__all__ = ["accepted_forms", "deck_lexicon"]


def accepted_forms(card: Card) -> list[str]:
    """What a card accepts, as text: the answer and its aliases, every list item's forms, the year
    of a date, the number of a number card (a choice card's answer is its option)."""
    if isinstance(card, TextCard):
        return [card.answer, *card.accept]
    if isinstance(card, ListCard):
        return [form for item in card.items for form in item]
    if isinstance(card, DateCard):
        return [str(card.parts[0])]
    if isinstance(card, NumberCard):
        return [number_text(card.answer)]
    if isinstance(card, ChoiceCard):
        return [card.answer]
    return []  # pragma: no cover - every card type is handled above


def deck_lexicon(deck: Deck) -> frozenset[str]:
    """The normalised words of every answer, alias, near miss, choice and list item of ``deck``.

    Built once per deck by whoever grades many answers (a study session, ``kzjp-tutor grade``)
    and passed to :func:`~kzjp_tutor.core.grading.grade`.
    """
    language = deck.deck.language
    words: set[str] = set()
    for _, card in deck.cards():
        if isinstance(card, DateCard | NumberCard):
            continue  # digits are never a typo of a name
        forms = accepted_forms(card)
        if isinstance(card, TextCard):
            forms += card.reject  # a near miss must not be read as a typo of the answer either
        elif isinstance(card, ChoiceCard):
            forms = list(card.choices)
        for form in forms:
            words.update(tokens(form, language))
    return frozenset(words)
