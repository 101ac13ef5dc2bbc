"""Running totals per card while the exports are read: shared by the analysis and the suggestions.

Wrong answers are grouped by VALUE, not by spelling: «1 мая 2021», «01.05.2021» and "May 1,
2021" to a date card are one wrong date, so they are one row of three answers. The value comes
from the grader's own parsers (:func:`~kzjp_tutor.core.grading.dates.parse_date`,
:func:`~kzjp_tutor.core.grading.numbers.parse_number`) and its normalisation, so the report
never reads an answer differently from the grader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..deck import Card, DateCard, NumberCard
from ..grading.dates import TypedDate, parse_date
from ..grading.normalize import normalize
from ..grading.numbers import parse_number

__all__ = ["AnswerGroups", "CardTally", "value_key"]


def value_key(card: Card | None, answer: str, language: str) -> str:
    """What ``answer`` says, as a key equal for every way of writing the same value.

    A date card's answer that parses is ``date:YYYY-MM-DD`` (at the precision typed), a number
    card's answer holding one number is ``number:VALUE`` (a scale word applied); anything else,
    and every other card type, is the grader's normalised text. Blank answers give "".
    """
    norm = normalize(answer)
    if not norm:
        return ""
    if isinstance(card, DateCard):
        parsed = parse_date(answer)
        if isinstance(parsed, TypedDate):
            days = "" if parsed.day_from is None else f"-{parsed.day_from}"
            if parsed.day_to not in (None, parsed.day_from):
                days += f"..{parsed.day_to}"
            month = "" if parsed.month is None else f"-{parsed.month:02d}"
            return f"date:{parsed.year}{month}{days}"
    elif isinstance(card, NumberCard):
        numbers = {value * (scale or 1.0) for value, scale in parse_number(answer, language)}
        if len(numbers) == 1:
            return f"number:{numbers.pop():g}"
    return norm


@dataclass
class AnswerGroups:
    """Answers grouped by value (:func:`value_key`): the spellings seen and who gave them when.

    Blank answers ("I don't know") have no value and are not grouped.
    """

    card: Card | None = None
    """The card the answers were given to (None when its deck is not loaded)."""
    language: str = "ru"
    spellings: dict[str, dict[str, int]] = field(default_factory=dict)
    """Group key → how often each spelling was typed (plain dicts: a report makes tens of
    thousands of them, and a ``Counter`` costs several times a dict to create)."""
    given: dict[str, dict[int, int]] = field(default_factory=dict)
    """Group key → student number → how many answers of the group they typed."""

    def add(self, answer: str, student: int) -> None:
        """Count one answer of ``student``."""
        key = value_key(self.card, answer, self.language)
        if not key:
            return
        spellings = self.spellings.setdefault(key, {})
        text = answer.strip()
        spellings[text] = spellings.get(text, 0) + 1
        given = self.given.setdefault(key, {})
        given[student] = given.get(student, 0) + 1

    def students(self, key: str) -> set[int]:
        """The numbers of the students who gave an answer of the group ``key``."""
        return set(self.given[key])

    def usual(self, key: str) -> str:
        """The most common spelling of the group ``key`` (the first typed of equally common)."""
        spellings = self.spellings[key]
        return max(spellings, key=spellings.__getitem__)

    def forms(self, key: str) -> tuple[str, ...]:
        """Every spelling of the group ``key``, most common first."""
        return tuple(text for text, _n in Counter(self.spellings[key]).most_common())

    def count(self, key: str) -> int:
        """How many answers the group ``key`` holds."""
        return sum(self.spellings[key].values())

    @classmethod
    def merged(cls, groups: Iterable[AnswerGroups]) -> AnswerGroups:
        """One set of groups from several (a card's language versions): same key, same group."""
        out = cls()
        for one in groups:
            for key, spellings in one.spellings.items():
                mine = out.spellings.setdefault(key, {})
                for text, n in spellings.items():
                    mine[text] = mine.get(text, 0) + n
                given = out.given.setdefault(key, {})
                for student, n in one.given[key].items():
                    given[student] = given.get(student, 0) + n
        return out


@dataclass
class CardTally:
    """Running totals for one card (one fact: every language version of it) while reading."""

    students: set[int] = field(default_factory=set)
    answers: int = 0
    first_fail: int = 0
    first_n: int = 0
    recall: list[float] = field(default_factory=list)
    suggested_again: int = 0
    suggested_again_students: set[int] = field(default_factory=set)
    overrides: int = 0
    leeches: int = 0
    versions: set[str] = field(default_factory=set)
    """The deck ids this card was studied under (a deck and its other-language twin)."""
    wrong: dict[str, AnswerGroups] = field(default_factory=dict)
    """Deck id of the version answered → its answers rated Again."""
    right_claims: dict[str, AnswerGroups] = field(default_factory=dict)
    """Deck id of the version answered → answers the grader called wrong and the student rated
    Good or Easy ("I was right"). Kept per version: an alias belongs in one deck file."""

    def all_wrong(self) -> AnswerGroups:
        """The wrong answers of every version together (a date is a date in any language)."""
        if len(self.wrong) == 1:
            return next(iter(self.wrong.values()))
        return AnswerGroups.merged(self.wrong.values())
