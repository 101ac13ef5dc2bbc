"""The entry point of grading: one typed answer to one card, whatever its type.

It picks the card type's grader and, when the answer looks typed with the wrong keyboard layout,
grades a second reading of it too.
"""

from __future__ import annotations

import re
import unicodedata

from ..deck import Card, DateCard, ListCard, NumberCard, TextCard
from .normalize import fix_layout, fix_layout_to_latin
from .text import grade_text
from .verdict import SuggestedRating, Verdict

__all__ = ["MAX_ANSWER", "grade"]

_LATIN_TYPING = re.compile(
    r"^[A-Za-z\[\];',.`{}:\"<>~ ]*[A-Za-z\[\];'`{}:\"<>~]+[A-Za-z\[\];',.`{}:\"<>~ ]*$"
)
_CYRILLIC_TYPING = re.compile(r"^[а-яёА-ЯЁ.,;'\[\]\s-]*[а-яёА-ЯЁ]+[а-яёА-ЯЁ.,;'\[\]\s-]*$")


def grade(card: Card, answer: str, language: str = "ru", lexicon: frozenset[str] = frozenset()) -> Verdict:
    """Grade one typed answer to one card.

    Args:
        card: the card asked.
        answer: exactly what the student typed.
        language: the deck's language ("ru" or "en"), for feedback and word rules.
        lexicon: every answer word of the card's deck (:func:`deck_lexicon`). A typed word found
            there is another real name or term of the course, so it is never read as a typo
            ("Курокава" is the architect, not a misspelt Куросава).

    Returns:
        The verdict; never raises for any string.
    """
    answer = _cap(answer)
    verdict = _grade(card, answer, language, lexicon)
    swapped: str | None = None
    if verdict.rating is not SuggestedRating.GOOD:
        if language == "ru" and _LATIN_TYPING.match(answer):
            swapped = fix_layout(answer)  # "[fibvjnj" typed with the Latin layout on is "хашимото"
        elif language == "en" and _CYRILLIC_TYPING.match(answer):
            swapped = fix_layout_to_latin(answer)  # "фыефтф" typed with the Russian layout is "astana"
    if swapped is not None:
        # A second reading, never the first: it only ever turns a wrong or typo verdict into a better one.
        second = _grade(card, swapped, language, lexicon)
        if second.correct and (not verdict.correct or second.rating is SuggestedRating.GOOD):
            return second
    return verdict


MAX_ANSWER = 2000
"""Characters of an answer that are graded, counted after NFKC: no fact of the course needs more,
and grading time grows with the length (U+FDFA alone becomes 18 characters under NFKC)."""


def _cap(answer: str) -> str:
    """The answer cut to :data:`MAX_ANSWER` characters as the normaliser will see them."""
    answer = answer[:MAX_ANSWER]
    if len(unicodedata.normalize("NFKC", answer)) <= MAX_ANSWER:
        return answer
    total = 0
    for end, character in enumerate(answer):
        total += len(unicodedata.normalize("NFKC", character))
        if total > MAX_ANSWER:
            return answer[:end]
    return answer


def _grade(card: Card, answer: str, language: str, lexicon: frozenset[str]) -> Verdict:
    source = " ".join(text for text in (card.source, card.explain) if text)
    if isinstance(card, TextCard):
        return grade_text(
            answer,
            card.answer,
            tuple(card.accept),
            tuple(card.reject),
            language,
            card.prompt,
            lexicon,
            source,
        )
    # The other graders load with the first card of their type (about 12 ms together), so the
    # first grade of a session pays only for the grader it needs.
    if isinstance(card, DateCard):
        from .dates import grade_date

        return grade_date(answer, card.parts, language)
    if isinstance(card, NumberCard):
        from .numbers import grade_number

        return grade_number(answer, float(card.answer), card.tolerance, card.unit, language, card.prompt)
    if isinstance(card, ListCard):
        from .lists import grade_list

        return grade_list(
            answer, card.items, card.required, card.ordered, language, lexicon, card.prompt, source
        )
    from .choices import grade_choice

    return grade_choice(card, answer, language)
