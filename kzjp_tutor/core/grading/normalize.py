"""Turning typed text into comparable tokens.

What a fair teacher ignores is removed here, once, for both sides of a comparison: Unicode
compatibility forms, case, ё/е, quotes and punctuation, spacing, Latin look-alike letters inside
Cyrillic words (and the reverse), and filler words that carry no answer ("в", "году", "the").
What a teacher does *not* ignore (digits, word content) is kept intact for the matchers.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..deck import INVISIBLE_CHARACTERS
from .months import month_number
from .synonyms import canonical

__all__ = [
    "FILLERS",
    "fix_layout",
    "fix_layout_to_latin",
    "fold",
    "normalize",
    "tokens",
]

_LATIN_TO_CYR = str.maketrans("AaBCcEeHKkMOoPpTXxYy", "АаВСсЕеНКкМОоРрТХхУу")
_CYR_TO_LAT = str.maketrans("АаВСсЕеНКкМОоРрТХхУу", "AaBCcEeHKkMOoPpTXxYy")
_CYR = re.compile(r"[а-яёА-ЯЁ]")
_LAT = re.compile(r"[a-zA-Z]")
_WORDISH = re.compile(r"[\w+/]+(?:[-'.][\w+/]+)*", re.UNICODE)

# Characters that separate words: everything but letters, digits and the joiners '+', '/', '-'
# inside a token (3E+S, 64/35, Усть-Каменогорск).
_PUNCT = re.compile(r"[^\w\s+/\-]+", re.UNICODE)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’`](?=\w)")
# "No. 64/35", "Nº 5": the number sign spelt out, not the word "no" (which negates).
_NUMBER_SIGN = re.compile(r"\b[Nn](?:o\.|º)\s*(?=\d)")
_ORDINAL = re.compile(r"\b(\d+)-?(?:го|ого|е|ое|й|ый|ой|th|st|nd|rd)\b")
FILLERS: dict[str, frozenset[str]] = {
    "ru": frozenset(
        {
            "в",
            "во",
            "с",
            "со",
            "по",
            "году",
            "год",
            "г",
            "гг",
            "года",
            "годах",
            "около",
            "примерно",
            "это",
            "был",
            "была",
        }
    ),
    "en": frozenset(
        {
            "the",
            "a",
            "an",
            "in",
            "of",
            "from",
            "to",
            "about",
            "around",
            "approximately",
            "year",
            "it",
            "his",
            "her",
            "its",
            "their",
            "was",
            "is",
            "on",
        }
    ),
}
"""Words that carry no answer; removed from both sides before comparing."""

_RU_KEYS = "ё1234567890-=йцукенгшщзхъфывапролджэячсмитьбю.ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
_EN_KEYS = "`1234567890-=qwertyuiop[]asdfghjkl;'zxcvbnm,./~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
_LAYOUT = str.maketrans(_EN_KEYS, _RU_KEYS)


def fix_layout(text: str) -> str:
    """Read text typed on a Latin keyboard layout as if the Russian layout had been on.

    "[fibvjnj" becomes "хашимото". Used only as a second reading of a Latin token in a Russian
    deck, never instead of the first.
    """
    return text.translate(_LAYOUT)


_LAYOUT_BACK = str.maketrans(_RU_KEYS, _EN_KEYS)


def fix_layout_to_latin(text: str) -> str:
    """Read text typed with the Russian layout on as Latin: "фыефтф" is "astana"."""
    return text.translate(_LAYOUT_BACK)


def _fix_homoglyphs(word: str) -> str:
    cyr = len(_CYR.findall(word))
    lat = len(_LAT.findall(word))
    if cyr and lat and any(ch.isdigit() for ch in word):
        # "3Е+S" typed with a Cyrillic Е: a code, not a Russian word.
        return word.translate(_CYR_TO_LAT)
    if cyr and lat:
        return word.translate(_LATIN_TO_CYR) if cyr >= lat else word.translate(_CYR_TO_LAT)
    return word


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """NFKC, homoglyphs, case folding and ё→е, keeping punctuation (for display-level diffs)."""
    # "№" would become "No" under NFKC: a word that is not in any answer.
    text = unicodedata.normalize("NFKC", _NUMBER_SIGN.sub(" ", text.replace("№", " ")))
    # Soft hyphens and zero-width characters pasted from a PDF are dropped ("Хаси\u00adмото" is
    # "Хасимото"); line and paragraph separators are whitespace to split() first, so never glue.
    words = _INVISIBLE.sub("", " ".join(text.split())).split()
    text = " ".join(_fix_homoglyphs(word) for word in words)
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Folded text with punctuation and quotes turned into single spaces."""
    text = _DASHES.sub("-", fold(text))
    # "Obuchi's" → "obuchi"; "Jun'ichiro" → "junichiro": an apostrophe is no word boundary.
    text = _POSSESSIVE.sub("", text)
    text = _INNER_APOSTROPHE.sub("", text)
    text = _PUNCT.sub(" ", text)
    # A dash between words is a separator ("Хашимото - Обучи"); inside a word it is a joiner.
    text = re.sub(r"(?<!\w)-|-(?!\w)", " ", text)
    # "29-го", "29th": the ordinal ending is no part of the number.
    text = _ORDINAL.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def _month_token(word: str) -> str:
    """Month names in any case or language become one token, so "29 августа" = "Aug 29"."""
    if len(word) >= 3 and word[0] in "яфмаисондjfmasond" and (number := month_number(word)) is not None:
        return f"m{number:02d}"
    return word


@lru_cache(maxsize=65536)
def tokens(text: str, language: str, *, keep_fillers: bool = False) -> tuple[str, ...]:
    """The words of ``text`` after normalisation, without filler words.

    Abbreviation dots are dropped ("г." → "г"), so "1997 г." and "в 1997 году" both give
    ("1997",).
    """
    normalized = normalize(text)
    has_digits = any(ch.isdigit() for ch in normalized)
    # A month name is a month only beside a number ("29 августа", "Aug 29"); "Jun" alone is a name.
    raw = (_month_token(w.strip(".")) if has_digits else w.strip(".") for w in normalized.split(" "))
    # Two names of one thing («ковид», COVID-19) become one word here, for every rule after this.
    words = canonical(tuple(w for w in raw if w))
    if keep_fillers:
        return words
    fillers = FILLERS.get(language, frozenset()) | FILLERS["ru"] | FILLERS["en"]
    kept = tuple(w for w in words if w not in fillers)
    return kept or words
