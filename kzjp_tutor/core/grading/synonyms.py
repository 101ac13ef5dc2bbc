"""Words that name one thing of the course in two ways, written one way before any comparison.

Why a curated table and not a thesaurus: a general synonym dictionary joins neighbours
(«вирус» and «коронавирус», "minister" and "prime minister", «посол» and «послать»), and one such
pair turns a wrong answer into a right one. Each entry here is a word or phrase a teacher reads as
the same word in every sentence of the course: an abbreviation (PM, COVID-19), a colloquial name
(«ковид», «Олимпиада»), another part of speech of the same verb («отправка» / «отправить»), or a
place's adjective standing for the place («японский премьер» is the premier of Japan). Entries
are full-word patterns, so «посол» never reads as «послать» and «японско-казахстанский» stays a
compound. ``tests/grading/test_round2_classes.py`` checks the table against neighbours that
must stay apart.

:func:`canonical` is called by :func:`~kzjp_tutor.core.grading.normalize.tokens` on both sides of
every comparison (answer, accepted forms, near misses, the prompt and the source), so a rule of
the grader never sees two spellings of one of these words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

__all__ = ["ONE_OF", "canonical", "concept"]

_ADJ = r"(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими|ою)"
_CONCEPTS: tuple[tuple[str, str], ...] = (
    # abbreviations and colloquial names
    (r"covid(?:-?19)?|coronavirus(?:es)?|ковид(?:-?19)?\w*|коронавирус\w*", "covid"),
    (r"премьер(?:а|у|ом|е|ы|ов|ам|ами|ах)?|премьер-министр\w*", "premier"),
    (r"олимпиад(?:а|ы|е|у|ой|ою)", "olympics"),
    (r"humanity|mankind|humankind", "humanity"),
    (r"стимул\w*|импульс(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "стимул"),
    (r"stimulus|impetus", "stimulus"),
    (r"числ(?:о|а|у|ом|е)|количеств(?:о|а|у|ом|е)", "количество"),
    # to send, to approve: the verb, its synonym, its noun and adverb
    (r"отправ(?:ить|ил|ила|или|ят|им|ит|лять|ляет|ляют|ка|ки|ке|ку|кой|ок)|посла(?:ть|л|ла|ли|в)", "send"),
    (r"одобр(?:ять|яют|яет|ить|ил|или|ено|ение|ения|ительно|ительн(?:ый|ая|ое|ые|ого|ой|ую|ым))", "approve"),
    # a place's adjective for the place («японский премьер», "Kazakh organisation")
    (rf"япони(?:я|и|ю|ей|ею)|японск{_ADJ}", "japan"),
    (rf"казахстан(?:а|у|ом|е)?|казахстанск{_ADJ}", "kazakhstan"),
    (rf"токио|токийск{_ADJ}", "tokyo"),
    (r"japan|japanese", "japan"),
    (r"kazakhstan|kazakhstani|kazakh", "kazakhstan"),
)


def _prefixes(pattern: str) -> set[str]:
    """The first three letters of each top-level alternative of ``pattern`` (each starts with at
    least three literal letters), so most words are turned away without a regex."""
    found, depth, start = set(), 0, 0
    for position, character in enumerate(f"{pattern}|"):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character == "|" and depth == 0:
            found.add(pattern[start : start + 3])
            start = position + 1
    return found


_PREFIXES = frozenset(prefix for pattern, _ in _CONCEPTS for prefix in _prefixes(pattern))


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The table compiled, on the first word that could be in it: not at import, not for a
    first answer of other words."""
    return tuple((re.compile(pattern), f"={key}") for pattern, key in _CONCEPTS)


ONE_OF = "oneof"
"""«один из», «одним из», "one of the": one of several, written as one word in both languages.

Why a word and not nothing: in an answer it adds nothing a teacher minds («один из ключевых
партнёров» is a key partner), but where the key has it, it is the fact: "one of the most popular"
pavilions is not "the most popular" one. The text grader reads it past in an answer
(``text._harmless``) and counts it missing where a form has it and the answer does not."""

_ONE = frozenset(
    {
        "one",
        "один",
        "одна",
        "одно",
        "одни",
        "одним",
        "одной",
        "одного",
        "одном",
        "одну",
        "одною",
        "одними",
        "одних",
    }
)


@lru_cache(maxsize=65536)
def concept(word: str) -> str | None:
    """The thing a normalised word names, when the table knows it ("=covid" for «ковидом»), else
    None. Two words with one concept are the same word to :func:`~.words.compare_words`; each keeps
    its own spelling for everything else, so «каронавирусом» is still a typo of «коронавирусом»."""
    if word[:3] not in _PREFIXES:
        return None
    for pattern, key in _patterns():
        if pattern.fullmatch(word):
            return key
    return None


def canonical(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` (normalised) with the phrases of the table written one way.

    "PM" is "prime minister", «Олимпийские игры» the «Олимпиада» and "Olympic Games" the
    "Olympics"; «один из» / "one of (the)" is the one word :data:`ONE_OF`, which the text grader
    reads past in an answer but requires where a form has it; «дня» of «повестка дня» (the
    agenda) adds nothing.
    """
    result: list[str] = []
    size = len(words)
    k = 0
    while k < size:
        word = words[k]
        following = words[k + 1] if k + 1 < size else ""
        if following in ("из", "of") and word in _ONE:
            result.append(ONE_OF)
            k += 2
            if k + 1 < size and words[k] == "the":
                k += 1
            continue
        if word == "дня" and result and result[-1].startswith("повестк"):
            k += 1
            continue
        if word == "pm":
            result += ["prime", "minister"]
        elif word == "olympic" and following == "games":
            result.append("olympics")
            k += 1
        elif word.startswith("олимпийск") and following.startswith("игр"):
            result.append("олимпиада")
            k += 1
        else:
            result.append(word)
        k += 1
    return tuple(result)
