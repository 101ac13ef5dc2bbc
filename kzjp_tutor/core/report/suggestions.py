"""What the class's answers suggest changing in the decks: aliases to accept, cards confused.

This is the only part of the report that calls the grader: an alias is suggested only if the
deck does not already accept it, and a confusion is a wrong answer that
:func:`~kzjp_tutor.core.grading.grade` accepts for another card of the same deck.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

import tomli_w

from ..deck import ChoiceCard, Deck, TextCard
from ..grading import grade
from ..grading.lexicon import accepted_forms
from ..grading.normalize import normalize, tokens
from ..visible import visible
from .model import AliasSuggestion, Confusion
from .tally import CardTally

__all__ = ["ALIAS_MIN_STUDENTS", "aliases", "confusions"]

ALIAS_MIN_STUDENTS = 2
"""How many different students must override the grader on the same answer before it is
suggested as an alias; one student insisting is not evidence."""
_KEY_CHARS = 4
"""Confusion candidates share word beginnings of this length (inflection-proof, cheap): at least
half of the wrong answer's words must begin like words of the other card's accepted forms before
``grade()`` is asked."""

Tallies = Mapping[tuple[str, str], CardTally]
"""(deck id, card id) → the card's running totals."""


def aliases(tallies: Tallies, by_deck: Mapping[str, Deck]) -> list[AliasSuggestion]:
    """Answers at least :data:`ALIAS_MIN_STUDENTS` students claimed were right, per text card."""
    found: list[AliasSuggestion] = []
    for (deck_id, card_id), tally in sorted(tallies.items()):
        deck = by_deck.get(deck_id)
        card = deck.card(card_id) if deck else None
        if card is not None and not isinstance(card, TextCard):
            continue  # only text cards have an accept list
        rejects = {normalize(r) for r in card.reject} if isinstance(card, TextCard) else set()
        claims = tally.right_claims
        entries: list[str] = []
        students: set[int] = set()
        answers = 0
        for norm in sorted(claims.spellings, key=lambda n: -claims.count(n)):
            who = claims.students[norm]
            text = claims.usual(norm)
            if len(who) < ALIAS_MIN_STUDENTS or norm in rejects or visible(text) != text:
                continue  # too few students, rejected on purpose, or a deck could not hold it
            if (
                isinstance(card, TextCard)
                and deck is not None
                and grade(card, text, deck.deck.language).correct
            ):
                continue  # the deck already accepts it (fixed since)
            entries.append(text)
            students |= who
            answers += claims.count(norm)
        if not entries:
            continue
        existing = list(card.accept) if isinstance(card, TextCard) else []
        line = "accept = [" + ", ".join(_toml_string(e) for e in existing + entries) + "]"
        found.append(AliasSuggestion(deck_id, card_id, tuple(entries), line, len(students), answers))
    found.sort(key=lambda s: (-s.students, -s.answers, s.deck_id, s.card_id))
    return found


def _toml_string(text: str) -> str:
    """``text`` as a TOML string literal, escaped by tomli-w (so it pastes into a deck as is)."""
    return tomli_w.dumps({"x": text}).strip()[len("x = ") :]


def _keys(text: str, language: str) -> set[str]:
    return {word[:_KEY_CHARS] for word in tokens(text, language) if word}


def _index(deck: Deck) -> dict[str, set[str]]:
    """Word beginning → ids of the deck's cards (choice cards left out) whose forms have it."""
    words: dict[str, set[str]] = defaultdict(set)
    for _section, card in deck.cards():
        if isinstance(card, ChoiceCard):
            continue  # "2" is an answer to every choice card
        for form in accepted_forms(card):
            for key in _keys(form, deck.deck.language):
                words[key].add(card.id)
    return words


@dataclass
class _Pair:
    """How often one card was answered with another card's answer."""

    example: str
    answers: int = 0
    students: set[int] = field(default_factory=set)


class _Matcher:
    """Which cards of a deck accept a wrong answer; asked once per (deck, normalised answer)."""

    def __init__(self, by_deck: Mapping[str, Deck]) -> None:
        self.by_deck = by_deck
        self.index = {deck_id: _index(deck) for deck_id, deck in by_deck.items()}
        self.cache: dict[tuple[str, str], list[str]] = {}

    def cards_accepting(self, deck_id: str, norm: str, text: str) -> list[str]:
        """Ids of the cards of ``deck_id`` whose grader accepts ``text`` (sorted)."""
        hits = self.cache.get((deck_id, norm))
        if hits is not None:
            return hits
        deck = self.by_deck[deck_id]
        lang = deck.deck.language
        keys = _keys(text, lang)
        shared: Counter[str] = Counter()
        for key in keys:
            shared.update(self.index[deck_id].get(key, ()))
        # An answer another card accepts shares most of its words with that card's forms.
        need = (len(keys) + 1) // 2
        hits = []
        for other_id in sorted(c for c, n in shared.items() if n >= need):
            other = deck.card(other_id)
            if other is not None and grade(other, text, lang).correct:
                hits.append(other_id)
        self.cache[(deck_id, norm)] = hits
        return hits


def confusions(tallies: Tallies, by_deck: Mapping[str, Deck]) -> list[Confusion]:
    """Wrong answers to one card that another card of the same deck accepts."""
    matcher = _Matcher(by_deck)
    found: list[Confusion] = []
    for (deck_id, card_id), tally in sorted(tallies.items()):
        deck = by_deck.get(deck_id)
        asked = deck.card(card_id) if deck else None
        if asked is None or isinstance(asked, ChoiceCard):
            continue
        pairs: dict[str, _Pair] = {}
        wrong = tally.wrong
        for norm in wrong.spellings:
            text = wrong.usual(norm)
            for other_id in matcher.cards_accepting(deck_id, norm, text):
                if other_id == card_id:
                    continue
                pair = pairs.setdefault(other_id, _Pair(text))
                pair.answers += wrong.count(norm)
                pair.students |= wrong.students[norm]
        for other_id, pair in pairs.items():
            found.append(
                Confusion(deck_id, card_id, other_id, pair.example, len(pair.students), pair.answers)
            )
    found.sort(key=lambda c: (-c.students, -c.answers, c.deck_id, c.card_id, c.other_id))
    return found
