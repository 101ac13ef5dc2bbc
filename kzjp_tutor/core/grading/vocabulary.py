"""Real words of Russian and English, and the small word classes a teacher reads past.

Why a real vocabulary: a typed word that is itself another word of the language is not a typo,
however close its letters are: «геология» is not a misspelt «экология», "massive" is not
"passive". Edit distance cannot tell that; a dictionary can. Russian words are looked up in the
OpenCorpora morphological dictionary (pymorphy3), which also gives every word's lemma, so
«экологическую» and «экономическую» are known to be forms of two different adjectives. English
words come from pyspellchecker's frequency list (128,000 words of letters only), kept as one
sorted block of bytes (:class:`WordList`).

Both load on first use only (about 0.09 s together, 31 MB of resident memory, 44 MB while the
English list was a set of strings), and only when a typo is being weighed, so showing the first
card and grading an exact answer never wait for them.

The closed word classes below (titles, patronymic endings, function words) are what a teacher
ignores beside a right answer; they live here so the text grader has one home for them.
"""

from __future__ import annotations

import gzip
import importlib.resources
import re
import threading
from array import array
from functools import lru_cache
from typing import Any

__all__ = [
    "FUNCTION_WORDS",
    "TITLES",
    "WordList",
    "different_words",
    "is_patronymic",
    "preload",
    "same_word",
]

_MORPH: list[Any] = []
_ENGLISH: list[WordList] = []
_LOADING = threading.Lock()
"""A grade on the UI thread and :func:`preload` in a worker may ask at once: load each list once."""
_CYRILLIC = re.compile(r"[а-яё]")
_LATIN = re.compile(r"^[a-z]+$")
_ENGLISH_KEY = re.compile(rb'"([a-z]+)":')
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def _morph() -> Any:
    with _LOADING:
        if not _MORPH:
            import pymorphy3  # type: ignore[import-untyped]

            _MORPH.append(pymorphy3.MorphAnalyzer())
    return _MORPH[0]


class WordList:
    """Words kept sorted in one block of bytes and found by binary search.

    Why not a frozenset: 128,000 English words as ``str`` objects in a set take 19 MB of resident
    memory for the whole session, for a look-up made only when a typo is weighed; here they take
    about 2 MB, and a look-up costs some 17 slices (microseconds).
    """

    def __init__(self, words: list[bytes]) -> None:
        words.sort()
        self._blob = b"\n".join(words) + b"\n"
        self._starts = array("I")
        position = 0
        for word in words:
            self._starts.append(position)
            position += len(word) + 1

    def __len__(self) -> int:
        return len(self._starts)

    def _word(self, index: int) -> bytes:
        start = self._starts[index]
        return self._blob[start : self._blob.index(b"\n", start)]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word.encode()
        low, high = 0, len(self._starts)
        while low < high:
            middle = (low + high) // 2
            if self._word(middle) < key:
                low = middle + 1
            else:
                high = middle
        return low < len(self._starts) and self._word(low) == key


def _english() -> WordList:
    with _LOADING:
        return _english_locked()


def _english_locked() -> WordList:
    if not _ENGLISH:
        resource = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
        data = gzip.decompress(resource.read_bytes())
        # The file is one JSON object {"word": frequency, ...}; reading its keys with a regex takes
        # a third of the time json.loads does, and the frequencies are not needed.
        _ENGLISH.append(WordList(_ENGLISH_KEY.findall(data)))
    return _ENGLISH[0]


def preload() -> None:
    """Load both dictionaries now (about 0.2 s), e.g. from a worker thread once the first card is
    on screen, so that no later grade pays for them."""
    _morph()
    _english()


@lru_cache(maxsize=16384)
def _russian_lemmas(word: str) -> frozenset[str]:
    """The lemmas of ``word`` as a common word of Russian; empty when it is unknown or only a name."""
    morph = _morph()
    if not morph.word_is_known(word):
        return frozenset()
    return frozenset(
        parse.normal_form
        for parse in morph.parse(word)
        if parse.is_known and not (_NAME_TAGS & set(parse.tag.grammemes))
    )


def different_words(typed: str, expected: str) -> bool:
    """Whether ``typed`` and ``expected`` are both real words, and not forms of one word.

    Called only for a pair within typo distance, so the dictionaries load only then.
    """
    if _CYRILLIC.search(typed) and _CYRILLIC.search(expected):
        typed_lemmas, expected_lemmas = _russian_lemmas(typed), _russian_lemmas(expected)
        return bool(typed_lemmas and expected_lemmas) and not typed_lemmas & expected_lemmas
    if _LATIN.match(typed) and _LATIN.match(expected):
        english = _english()
        return typed in english and expected in english
    return False


def same_word(typed: str, expected: str) -> bool:
    """Whether two Russian words within typo distance are forms of one common word: «поставок» and
    «поставки» (genitive plural with a fleeting vowel, which the stemmer cuts differently).

    Called only for a pair within typo distance, like :func:`different_words`.
    """
    if not (_CYRILLIC.search(typed) and _CYRILLIC.search(expected)):
        return False
    return bool(_russian_lemmas(typed) & _russian_lemmas(expected))


def is_patronymic(word: str) -> bool:
    """Whether ``word`` (normalised) reads as a patronymic: «Абишевич», «Кемелевича», "Abishevich"."""
    if len(word) < 5:
        return False
    if _CYRILLIC.search(word):
        if any("Patr" in parse.tag.grammemes for parse in _morph().parse(word) if parse.score > 0.1):
            return True
        return bool(re.search(r"(?:[оеё]вич|[оеё]вн|ичн)(?:а|у|ем|е|ом|ой|ы|ою)?$", word))
    return bool(re.search(r"(?:[oe]vich|[oe]vna|ichna)$", word))


TITLES: frozenset[str] = frozenset(
    {
        # Russian posts and ranks, and the words that make them up («министр иностранных дел»)
        "президент",
        "первый",
        "премьер",
        "премьер-министр",
        "министр",
        "иностранных",
        "дел",
        "посол",
        "чрезвычайный",
        "полномочный",
        "госсекретарь",
        "государственный",
        "секретарь",
        "академик",
        "профессор",
        "доктор",
        "депутат",
        "спикер",
        "председатель",
        "сенатор",
        "аким",
        "мэр",
        "архитектор",
        "господин",
        "госпожа",
        "г-н",
        "г-жа",
        # English
        "president",
        "first",
        "prime",
        "minister",
        "pm",
        "foreign",
        "affairs",
        "ambassador",
        "extraordinary",
        "plenipotentiary",
        "state",
        "secretary",
        "academician",
        "professor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "deputy",
        "speaker",
        "chairman",
        "chair",
        "senator",
        "mayor",
        "architect",
    }
)
"""Words of a title or post before or after a name («посол Нацуи», "Foreign Minister Watanabe")."""

FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        # prepositions and particles that carry no fact of their own («на Каспии», "v Kazakhstan")
        "в",
        "во",
        "v",
        "na",
        "k",
        "za",
        "на",
        "к",
        "ко",
        "за",
        "для",
        "о",
        "об",
        "при",
        "у",
        "по",
        "с",
        "со",
        "и",
        "же",
        "ли",
        "бы",
        "вот",
        "именно",
        "это",
        "этого",
        "этой",
        "этом",
        "этот",
        "эта",
        "его",
        "ее",
        "их",
        "свой",
        "своей",
        "своего",
        "было",
        "был",
        "была",
        "были",
        "что",
        "for",
        "by",
        "at",
        "as",
        "on",
        "to",
        "with",
        "and",
        "its",
        "his",
        "her",
        "their",
        "this",
        "that",
        "he",
        "she",
        "it",
        "they",
        "was",
        "were",
        "is",
        "be",
        "being",
        "answer",
        "ответ",
    }
)
"""Words that never change a fact when added to a right answer."""
