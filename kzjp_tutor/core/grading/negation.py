"""An answer that negates or excludes is never an answer: «не в 1992 году», «кроме Обути», "not 74".

Why one module: every card type must refuse it (a date parser would otherwise read 1992 out of
«не в 1992 году» and call it right), and the rule must be the same everywhere. A negator counts
only when the card's own accepted forms do not contain it, so a fact that is itself negative
(«соглашение ещё не заключено») can still be answered in its own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .normalize import fold

__all__ = ["NEGATORS", "negates"]

NEGATORS: dict[str, tuple[str, ...]] = {
    "ru": ("не", "нет", "ни", "кроме", "за исключением", "исключая", "помимо", "вовсе не", "никак не"),
    "en": (
        "not",
        "no",
        "never",
        "except",
        "excluding",
        "anything but",
        "other than",
        "apart from",
        "isn't",
        "wasn't",
    ),
}
"""Words and phrases that turn an answer into its opposite; matched as whole words, any case."""

_WORDS = {
    language: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(n) for n in sorted(words, key=len, reverse=True))
        + r")(?![\w-])"
    )
    for language, words in NEGATORS.items()
}
_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _WORDS.values()))


_ADDING = re.compile(r"(?<![\w-])(?:не только|not only|not just|кроме того)(?![\w-])")
"""«не только X, но и Y», "not only X but also Y", «кроме того» add to an answer; they deny nothing."""


def _found(text: str) -> set[str]:
    return {match.group(0) for match in _ANY.finditer(_ADDING.sub(" ", fold(text)))}


def negates(answer: str, forms: Iterable[str] = ()) -> bool:
    """Whether ``answer`` negates or excludes, with a negator none of the card's ``forms`` holds.

    Both languages' negators are looked for whatever the deck's language: a student may answer an
    English card with «не 74».
    """
    said = _found(answer)
    if not said:
        return False
    allowed: set[str] = set()
    for form in forms:
        allowed |= _found(form)
    return bool(said - allowed)
