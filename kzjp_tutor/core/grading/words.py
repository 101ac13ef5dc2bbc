"""Comparing one typed word with one expected word, the way a teacher reads it.

A word matches at one of three strengths:

* ``EXACT`` — the same word, another inflection of it (by the Snowball stem), or the same name
  in another transliteration (by :func:`~.phonetic.phonetic_key`);
* ``TYPO`` — within a small edit distance that grows with the word's length and is zero for
  short words, because "Абэ" and "Або" are different people;
* ``NONE``.

A word with digits matches only exactly: "28" is not "29", "64/35" is not "64/53".
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein

from .normalize import fix_layout, normalize
from .phonetic import phonetic_key
from .synonyms import concept

__all__ = ["Strength", "allowed_typos", "compare_words", "number_value", "stem"]

_DIGIT = re.compile(r"\d")
_LATIN_WORD = re.compile(r"^[a-z]+$")
_STUTTER = re.compile(r"([^\W\d])\1\1+")
_BRITISH = (
    (re.compile(r"(?<=[^aeiou])re$"), "er"),
    (re.compile(r"our(?=s?$)"), "or"),
    (re.compile(r"is(?=(?:e|ed|es|ing|ation|ations)$)"), "iz"),
    (re.compile(r"ys(?=(?:e|ed|es|ing)$)"), "yz"),
    (re.compile(r"ogue$"), "og"),
)
_LATIN_ONLY = re.compile(r"^[a-z\[\];',.`{}:\"<>~]+$")


class Strength(IntEnum):
    """How well a typed word matches an expected one."""

    NONE = 0
    TYPO = 1
    EXACT = 2


_STEMMERS: dict[str, Any] = {}


def _stemmer(language: str) -> Any:
    name = "russian" if language == "ru" else "english"
    if name not in _STEMMERS:
        # Loaded on the first grade, not at start-up: the package builds every language's tables.
        import snowballstemmer

        _STEMMERS[name] = snowballstemmer.stemmer(name)
    return _STEMMERS[name]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem, the stemmer chosen by the word's script (a Latin name in a Russian deck
    is stemmed as English), so the deck's language is not needed."""
    if re.search(r"[а-я]", word):
        return str(_stemmer("ru").stemWord(word))
    return str(_stemmer("en").stemWord(word))


@lru_cache(maxsize=16384)
def _british(word: str) -> str:
    """The American spelling of a British one (centre, honour, organise, analyse, catalogue)."""
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


def allowed_typos(word: str) -> int:
    """Edits forgiven in a word of this length: none up to 4 letters, 1 up to 8, then 2."""
    length = len(word)
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    return 2


@lru_cache(maxsize=262144)
def compare_words(typed: str, expected: str, language: str) -> Strength:
    """How well the normalised word ``typed`` matches the normalised word ``expected``."""
    if typed == expected:
        return Strength.EXACT
    if (key := concept(typed)) is not None and key == concept(expected):
        return Strength.EXACT  # «ковид» is COVID-19, «японский премьер» the premier of Japan
    if _DIGIT.search(typed) or _DIGIT.search(expected):
        value = number_value(typed)
        return Strength.EXACT if value is not None and value == number_value(expected) else Strength.NONE
    if _STUTTER.search(typed):
        # "Азиии": no word of either language has a letter three times running; a held key does.
        steady = compare_words(_STUTTER.sub(r"\1\1", typed), expected, language)
        if steady is not Strength.NONE:
            return min(steady, Strength.TYPO)  # else the word is compared as typed, below
    if _LATIN_WORD.match(typed) and _british(typed) == _british(expected) and len(expected) > 4:
        return Strength.EXACT  # "Centre" is "Center", "organisation" is "organization"
    best = _compare(typed, expected, language)
    if best is not Strength.EXACT and "-" in typed and typed.count("-") == expected.count("-"):
        # «Касымом-Жомартом» is «Касым-Жомарт» declined part by part.
        parts = zip(typed.split("-"), expected.split("-"), strict=True)
        best = max(best, min(compare_words(t, e, language) for t, e in parts))
    if best is not Strength.EXACT and language == "ru" and _LATIN_ONLY.match(typed):
        # Typed with the Latin layout on: "[fibvjnj" is "хашимото".
        swapped = normalize(fix_layout(typed))
        if swapped and swapped != typed and " " not in swapped:
            best = max(best, _compare(swapped, expected, language))
    return best


_ROMAN = re.compile(r"^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def number_value(word: str) -> int | None:
    """The value of a number written in digits or Roman numerals («XXI века» is «21 века»), else None."""
    if word.isdigit():
        return int(word)
    if not _ROMAN.match(word):
        return None
    values = [_ROMAN_VALUES[letter] for letter in word]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _compare(typed: str, expected: str, language: str) -> Strength:
    if typed == expected:
        return Strength.EXACT
    typed_stem, expected_stem = stem(typed), stem(expected)
    shortest = min(len(typed_stem), len(expected_stem))
    if (shortest >= 3 or (shortest == 2 and min(len(typed), len(expected)) >= 4)) and (
        typed_stem in (expected_stem, expected) or expected_stem == typed
    ):
        # Two-letter stems count only for words of four letters or more: Азия / Азию / Азии.
        return Strength.EXACT
    if min(len(typed_stem), len(expected_stem)) >= 5 and (
        typed.startswith(expected_stem) and expected.startswith(typed_stem)
    ):
        # Snowball cuts some forms of one word differently: автомоб(или) / автомобил(ей).
        return Strength.EXACT
    typed_key, expected_key = phonetic_key(typed), phonetic_key(expected)
    # Another spelling of the same name -- but a short Latin word has no spelling to spare:
    # "JIKA" is not JICA.
    short_latin = len(expected) <= 4 and bool(_LATIN_WORD.match(typed)) and bool(_LATIN_WORD.match(expected))
    if typed_key == expected_key and not short_latin:
        return Strength.EXACT
    if (
        phonetic_key(typed_stem) == phonetic_key(expected_stem)
        and len(expected_stem) >= 4
        and not short_latin
    ):
        return Strength.EXACT
    budget = allowed_typos(expected)
    if budget == 0:
        return Strength.NONE
    # Two swapped neighbours are one slip of the fingers ("agneda", «сотрудничетсве»), so the
    # distance counts a transposition as one edit (optimal string alignment).
    distance = min(
        OSA.distance(typed, expected, score_cutoff=budget + 1),
        OSA.distance(typed_key, expected_key, score_cutoff=budget + 1),
    )
    if distance <= budget:
        return Strength.TYPO
    # An inflected word with a typo: compare stems, forgiving one edit at most, because stems are
    # short and "назар(ов)" must not pass for "назарба(ев)".
    if len(expected_stem) >= 5 and Levenshtein.distance(typed_stem, expected_stem, score_cutoff=2) <= 1:
        return Strength.TYPO
    return Strength.NONE
