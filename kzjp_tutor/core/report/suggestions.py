"""What the class's answers suggest changing in the decks: aliases to accept, cards confused.

This is the only part of the report that calls the grader: an alias is suggested only if the
deck does not already accept it, and a confusion is a wrong answer that
:func:`~kzjp_tutor.core.grading.grade` accepts for another card of the same deck.

An alias is text an instructor pastes into a deck file, so it is suggested only when it is safe
to paste (:func:`pasteable`): never text a spreadsheet would run as a formula, never markup,
never a terminal control. Students choose what they type and what they claim was right.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import tomli_w

from ..deck import ChoiceCard, Deck, TextCard
from ..grading import grade
from ..grading.lexicon import accepted_forms
from ..grading.normalize import normalize, tokens
from ..visible import csv_cell, visible
from .model import AliasSuggestion, Confusion
from .tally import AnswerGroups, CardTally

__all__ = ["ALIAS_MIN_STUDENTS", "aliases", "confusions", "pasteable"]

ALIAS_MIN_STUDENTS = 2
"""How many different students must override the grader on the same answer before it is
suggested as an alias; one student insisting is not evidence."""
_KEY_CHARS = 4
"""Confusion candidates share word beginnings of this length (inflection-proof, cheap): at least
half of the wrong answer's words must begin like words of the other card's accepted forms before
``grade()`` is asked."""
_MARKUP = re.compile(
    r"</?[a-z!?]"  # an HTML/XML tag or comment ("a < b" is no tag)
    r"|&#?\w+;"  # an HTML entity
    r"|\[/?[a-z@#$][^\]]*\]"  # Rich / BBCode markup: [bold], [link=…], [/]
    r"|\]\(|javascript:|data:",  # a Markdown link, a script or data URL
    re.IGNORECASE,
)

Tallies = Mapping[tuple[str, str], CardTally]
"""(deck id the row is counted under, card id) → the card's running totals."""


def pasteable(text: str) -> bool:
    """Whether ``text`` is safe to suggest for pasting into a deck's ``accept`` list.

    Not when it holds a control or format character (it would not show as typed), starts like a
    spreadsheet formula (``=``, ``+``, ``-``, ``@``: the rule of
    :func:`~kzjp_tutor.core.visible.csv_cell`), or looks like markup (a tag, an entity, Rich
    markup, a Markdown or script link).
    """
    return visible(text) == text and csv_cell(text) == text and _MARKUP.search(text) is None


def aliases(tallies: Tallies, decks: Mapping[str, Deck]) -> list[AliasSuggestion]:
    """Answers at least :data:`ALIAS_MIN_STUDENTS` students claimed were right, per text card.

    Args:
        tallies: The per-card totals; their claims are kept per deck version answered.
        decks: Every loaded deck by id (each language version: the alias goes into the file the
            students studied).
    """
    found: list[AliasSuggestion] = []
    for (_under, card_id), tally in sorted(tallies.items()):
        for deck_id, claims in sorted(tally.right_claims.items()):
            suggestion = _alias(deck_id, card_id, claims, decks.get(deck_id))
            if suggestion is not None:
                found.append(suggestion)
    found.sort(key=lambda s: (-s.students, -s.answers, s.deck_id, s.card_id))
    return found


def _alias(deck_id: str, card_id: str, claims: AnswerGroups, deck: Deck | None) -> AliasSuggestion | None:
    card = deck.card(card_id) if deck else None
    if card is not None and not isinstance(card, TextCard):
        return None  # only text cards have an accept list
    rejects = {normalize(r) for r in card.reject} if isinstance(card, TextCard) else set()
    entries: list[str] = []
    students: set[int] = set()
    answers = 0
    for key in sorted(claims.spellings, key=lambda k: -claims.count(k)):
        who = claims.students(key)
        text = claims.usual(key)
        if len(who) < ALIAS_MIN_STUDENTS or key in rejects or not pasteable(text):
            continue  # too few students, rejected on purpose, or unsafe to paste
        if isinstance(card, TextCard) and deck is not None and grade(card, text, deck.deck.language).correct:
            continue  # the deck already accepts it (fixed since)
        entries.append(text)
        students |= who
        answers += claims.count(key)
    if not entries:
        return None
    existing = list(card.accept) if isinstance(card, TextCard) else []
    line = "accept = [" + ", ".join(_toml_string(e) for e in existing + entries) + "]"  # i18n: not text
    return AliasSuggestion(deck_id, card_id, tuple(entries), line, len(students), answers)


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
    """Which cards of a deck accept a wrong answer; asked once per (deck, answer group)."""

    def __init__(self, decks: Mapping[str, Deck]) -> None:
        self.decks = decks
        self.index: dict[str, dict[str, set[str]]] = {}
        self.cache: dict[tuple[str, str], list[str]] = {}

    def cards_accepting(self, deck_id: str, key: str, text: str) -> list[str]:
        """Ids of the cards of ``deck_id`` whose grader accepts ``text`` (sorted)."""
        hits = self.cache.get((deck_id, key))
        if hits is not None:
            return hits
        deck = self.decks[deck_id]
        lang = deck.deck.language
        index = self.index.get(deck_id)
        if index is None:
            index = self.index[deck_id] = _index(deck)
        keys = _keys(text, lang)
        shared: Counter[str] = Counter()
        for word in keys:
            shared.update(index.get(word, ()))
        # An answer another card accepts shares most of its words with that card's forms.
        need = (len(keys) + 1) // 2
        hits = []
        for other_id in sorted(c for c, n in shared.items() if n >= need):
            other = deck.card(other_id)
            if other is not None and grade(other, text, lang).correct:
                hits.append(other_id)
        self.cache[(deck_id, key)] = hits
        return hits


def confusions(
    tallies: Tallies,
    decks: Mapping[str, Deck],
    studied: Callable[[int, tuple[str, str]], bool],
) -> list[Confusion]:
    """Wrong answers to one card that another card of the same deck accepts, from students who
    had studied that other card.

    Args:
        tallies: The per-card totals; wrong answers are kept per deck version answered.
        decks: Every loaded deck by id (each language version's answers are graded in its own
            deck; the confusion is reported on the row, the versions together).
        studied: Whether student number N has studied the card of a row key: a wrong year that
            only happens to be another card's year, from students who never saw that card, is
            no confusion.
    """
    matcher = _Matcher(decks)
    found: list[Confusion] = []
    for (under, card_id), tally in sorted(tallies.items()):
        pairs: dict[str, _Pair] = {}
        for deck_id, wrong in sorted(tally.wrong.items()):
            deck = decks.get(deck_id)
            asked = deck.card(card_id) if deck else None
            if deck is None or asked is None or isinstance(asked, ChoiceCard):
                continue
            for key in wrong.spellings:
                text = wrong.usual(key)
                for other_id in matcher.cards_accepting(deck_id, key, text):
                    who = {n: c for n, c in wrong.given[key].items() if studied(n, (under, other_id))}
                    if other_id == card_id or not who:
                        continue
                    pair = pairs.setdefault(other_id, _Pair(text))
                    pair.answers += sum(who.values())
                    pair.students |= set(who)
        named = decks.get(under)
        for other_id, pair in pairs.items():
            asked, other = (named.card(card_id), named.card(other_id)) if named else (None, None)
            found.append(
                Confusion(
                    under, card_id, other_id, pair.example, len(pair.students), pair.answers,
                    asked.prompt if asked else None, other.prompt if other else None,
                )
            )  # fmt: skip
    found.sort(key=lambda c: (-c.students, -c.answers, c.deck_id, c.card_id, c.other_id))
    return found
