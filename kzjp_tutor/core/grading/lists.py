"""Grading a list answer: each named item graded like a text answer, distinct items counted.

The student separates items with commas, semicolons, "и"/"and" or new lines. An item named twice
counts once. The answer is right with ``need`` distinct items and nothing wrong among them; fewer
items earn partial credit in ``score``, and a wrong item is named in the feedback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .feedback import message, quoted
from .negation import negates
from .normalize import fix_layout, fold, normalize, tokens
from .phonetic import phonetic_key
from .synonyms import concept
from .text import form_words, is_blank, match_phrase, mixed_forms, prompt_words, quotes
from .verdict import SuggestedRating, Verdict
from .words import Strength, compare_words, number_value, stem

__all__ = ["grade_list", "split_items"]

_SEPARATORS_KEEP = re.compile(
    r"([,;\n]+|\s+(?:и|а также|and|&|\+)\s+|\s*/\s*|\s+[-\u2012-\u2015]+\s+"
    # Words that only lead to the next item: «во-первых …, во-вторых …», "firstly …, also …".
    r"|\s*\b(?:во-первых|во-вторых|в-третьих|в-четвертых|в-пятых|в-шестых|наконец|а еще|также|еще"
    r"|не только|но и|кроме того|not only|not just|but also"
    r"|firstly|secondly|thirdly|fourthly|fifthly|lastly|finally|also|plus|as well as|both)\b\s*)",
    re.IGNORECASE,
)
_MARKER = re.compile(
    r"(?:^|(?<=[\s,;]))(?:\(?(?:\d{1,2}|[^\W\d_])\)|\d{1,2}(?:\.|\s*[:\u2012-\u2015-])(?=\s))", re.UNICODE
)
"""An item's number or letter in a numbered list: «1)», «(2)», «3.», «4:», «5 —», "a)", «б)» ("1."
only before a space, so "1.365 млн" stays a number)."""
_AND_SO_ON = re.compile(
    r"(?:[,;]?\s*(?:и\s+т\.?\s*[дп]\.?|и\s+др\.?|и\s+прочее|и\s+так\s+далее|etc\.?|and\s+so\s+on"
    r"|and\s+others|and\s+more|…|\.\.\.))+\s*$"
)
"""«и т. д.», "etc." at the end: the student says the list goes on, which names no wrong item."""
_BULLETS = " .-\u2012-\u2015•·*"


def _shared_words(part: str, separator: str, following: str) -> tuple[str, str] | None:
    """Read "A B и C D" as "A B D" and "A C D": two items that share their outer words.

    Either side may be one word: «Северной и Юго-Восточной Азии» is «Северной Азии» and
    «Юго-Восточной Азии»; «японская кухня и язык» is «японская кухня» and «японская язык»."""
    if not following or not re.fullmatch(r"\s+(?:и|and)\s+", separator):
        return None
    left, right = part.split(), following.split()
    if len(left) + len(right) < 3:
        return None  # "A и B": two items, or one item's name; nothing is shared
    return " ".join([*left, *right[1:]]), " ".join([*left[:-1], *right])


def split_items(answer: str) -> list[str]:
    """The items the student named, in order."""
    return [piece for piece, _ in _pieces(answer)]


def _unnumbered(text: str) -> str:
    """«1) сталь 2) титан» as «сталь, титан»: the numbers of a numbered list are separators.

    Only when the answer starts with a number or letter marker: "Япония 2)" is no list."""
    if not _MARKER.match(text.lstrip(_BULLETS)):
        return text
    return _MARKER.sub(", ", text)


def _pieces(answer: str) -> list[tuple[str, str]]:
    """(item text, the separator that followed it) pairs."""
    text = _AND_SO_ON.sub("", fold(answer.replace("\n", ", ")).rstrip(" ."))
    parts = _SEPARATORS_KEEP.split(_unnumbered(text))
    pieces: list[tuple[str, str]] = []
    for index in range(0, len(parts), 2):
        text = parts[index].strip(_BULLETS)
        separator = parts[index + 1] if index + 1 < len(parts) else ""
        if text:
            pieces.append((text, separator))
    return pieces


_SLACK = 3
"""Wrong pieces tolerated beyond ``need`` before grading stops reading: the verdict is already
"wrong", and a 2,000-character answer can hold a thousand pieces (F9: 20-45 s on the UI thread)."""

Best = tuple[tuple[int, int, int, int], int, bool]
"""A piece's best item: (match rank, item index, matched with typos)."""


@dataclass(frozen=True, slots=True)
class _Form:
    item: int
    text: str
    words: frozenset[str]
    """The form's words."""
    required: frozenset[str]
    """The words a typed word must pair with (a single-letter initial may go unsaid)."""
    parts: int
    """Most typed words the form can absorb: its words split at hyphens."""
    hyphenated: bool
    harmless: frozenset[str]
    """Words of the item's other forms: no wrong extra beside this one («борьба с COVID-19
    (коронавирусом)»), as in a text answer."""


class _Vocabulary:
    """The distinct words of a list's forms, indexed so that the few a typed word could pair with
    are found without calling :func:`compare_words` on all of them (2,000 words at the caps).

    :meth:`candidates` is a superset of the words ``compare_words`` accepts: every way it can
    answer EXACT or TYPO implies an equal word, stem or phonetic key (dictionary look-ups) or a
    small edit distance (rapidfuzz over the whole list in C). tests/grading/test_grade_units.py
    checks the superset property on generated words.
    """

    def __init__(self, words: Iterable[str], language: str) -> None:
        self.words = tuple(sorted(set(words)))
        self.language = language
        self.stems = tuple(stem(w) for w in self.words)
        self.keys = tuple(phonetic_key(w) for w in self.words)
        self._by: dict[str, dict[str, set[str]]] = {
            "word": {}, "stem": {}, "key": {}, "stem_key": {}, "concept": {}
        }  # fmt: skip
        for word, word_stem, key in zip(self.words, self.stems, self.keys, strict=True):
            for kind, value in (("word", word), ("stem", word_stem), ("key", key)):
                self._by[kind].setdefault(value, set()).add(word)
            if (same := concept(word) or number_value(word)) is not None:
                self._by["concept"].setdefault(str(same), set()).add(word)
            self._by["stem_key"].setdefault(phonetic_key(word_stem), set()).add(word)

    def _near(self, query: str, choices: tuple[str, ...], cutoff: int) -> set[str]:
        found = process.extract(query, choices, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=None)
        return {self.words[position] for _choice, _distance, position in found}

    def _candidates(self, typed: str) -> set[str]:
        typed_stem, key = stem(typed), phonetic_key(typed)
        found: set[str] = set()
        by = self._by
        for kind, value in (
            ("word", typed),
            ("word", typed_stem),
            ("stem", typed),
            ("stem", typed_stem),
            ("key", key),
            ("stem_key", phonetic_key(typed_stem)),
            ("concept", str(concept(typed) or number_value(typed))),  # «ковидом» for COVID-19, 21 for XXI
            *(("stem", typed[:end]) for end in range(5, len(typed))),  # expected stem starts typed
        ):
            found |= by[kind].get(value, set())
        found |= self._near(typed, self.words, 2)
        found |= self._near(key, self.keys, 2)
        found |= self._near(typed_stem, self.stems, 1)
        return found

    @lru_cache(maxsize=4096)  # noqa: B019 -- one vocabulary per list card, kept with its index
    def candidates(self, typed: str) -> frozenset[str]:
        """The words ``typed`` could pair with, by :func:`compare_words` or as an initial."""
        found = self._candidates(typed)
        if self.language == "ru":  # typed with the Latin layout on: compare_words tries this too
            swapped = normalize(fix_layout(typed))
            if swapped and swapped != typed and " " not in swapped:
                found |= self._candidates(swapped)
        if len(typed) == 1 and typed.isalpha():
            found |= {w for w in self.words if len(w) > 2 and w[0] == typed}
        return frozenset(w for w in found if _could_pair(typed, w, self.language))


@dataclass(frozen=True, slots=True)
class _Index:
    """Every form of every item with its words, so a piece is matched only against forms it could
    complete: ``match_phrase`` costs ~20 us, and a list at the caps has 1,000 forms."""

    forms: tuple[_Form, ...]
    vocabulary: _Vocabulary
    parts: int


@lru_cache(maxsize=256)
def _index(items: tuple[tuple[str, ...], ...], language: str) -> _Index:
    forms = []
    for index, aliases in enumerate(items):
        harmless = form_words(aliases, language)
        # An item's aliases may be mixed like a text card's («содействие в борьбе с COVID-19» and
        # «борьба с коронавирусом» give «содействие в борьбе с коронавирусом»).
        for form, _alias in mixed_forms(aliases, language):
            words = tokens(form, language)
            forms.append(
                _Form(
                    index,
                    form,
                    frozenset(words),
                    frozenset(w for w in words if not (len(w) == 1 and w.isalpha())),
                    sum(len(w.split("-")) for w in words),
                    any("-" in w for w in words),
                    harmless,
                )
            )
    vocabulary = _Vocabulary((w for form in forms for w in form.words), language)
    return _Index(tuple(forms), vocabulary, max((f.parts for f in forms), default=0))


def _could_pair(typed: str, wanted: str, language: str) -> bool:
    """Whether ``match_phrase`` could pair the two words: it pairs by :func:`compare_words` (its
    other rules only refuse pairs) or reads a typed letter as the initial of a longer word."""
    if len(typed) == 1 and typed.isalpha() and len(wanted) > 2 and wanted[0] == typed:
        return True
    return compare_words(typed, wanted, language) is not Strength.NONE


def _best_item(
    text: str,
    index: _Index,
    language: str,
    lexicon: frozenset[str],
    ignorable: frozenset[str],
    source: tuple[str, ...] = (),
) -> Best | None:
    """The item a piece names: a form matched in full, with nothing left over but harmless words
    or, when the whole piece is a phrase of the card's source, a correct detail from it."""
    words = tokens(text, language)
    if len(words) > 2 * index.parts + _SLACK and not quotes(words, source):
        return None  # more words than any form and its harmless extras: something is left over
    pairs = {t: index.vocabulary.candidates(t) for t in set(words)}
    reachable = set().union(*pairs.values())
    best: Best | None = None
    for form in index.forms:
        if not form.hyphenated and not any("-" in t for t in words) and not form.required <= reachable:
            # Necessary for a complete match: each form word pairs with a typed word. (A typed
            # word that pairs with none may still be harmless: «за», a word of the question.)
            continue
        match = match_phrase(words, form.text, language, ignorable | form.harmless, lexicon)
        if not match.complete or (best is not None and match.rank <= best[0]):
            continue
        # A quoted detail holds no word of any item: «Северной и Юго-Восточной Азии» is quoted
        # too, but names two items.
        if not match.extras or (quotes(words, source) and not any(pairs.get(w) for w in match.extras)):
            best = (match.rank, form.item, bool(match.typos))
    return best


def _read_shared(
    part: str, separator: str, following: str, best_item: Callable[[str], Best | None]
) -> tuple[list[Best], list[str]] | None:
    """The two items of «Северной и Юго-Восточной Азии» (and the reading that names none), or
    None when the two pieces are better read on their own or as one item's name."""
    shared = _shared_words(part, separator, following)
    if shared is None or best_item(part + separator + following) is not None:
        return None
    alone = best_item(part), best_item(following)
    readings = [(text, best_item(text)) for text in shared]
    named = [best for _text, best in readings if best is not None]
    if len(named) == 2 and named[0][1] != named[1][1] and None in alone:
        return named, []
    if len(named) == 1 and alone == (None, None):
        # «Северная и Южная Азия»: one region named, the other is not in the list.
        return named, [text for text, best in readings if best is None]
    return None


_REACH = 3
"""Pieces an elided word may look across for the word it shares («Северной, Центральной, Южной и
Юго-Восточной Азии»)."""


def _elliptic(
    pieces: list[tuple[str, str]], position: int, best_item: Callable[[str], Best | None]
) -> Best | None:
    """A one-word piece that shares a word written once in a neighbouring piece: «японская кухня,
    язык и единоборства» names «японский язык»; «Северной, Центральной и Юго-Восточной Азии»
    names «Северная Азия». The nearest longer piece on either side lends its tail or its head."""
    word = pieces[position][0]
    if " " in word:
        return None
    for step in (1, -1):
        other = position + step
        while 0 <= other < len(pieces) and abs(other - position) <= _REACH:
            words = pieces[other][0].split()
            if len(words) > 1:
                tail, head = " ".join([word, *words[1:]]), " ".join([*words[:-1], word])
                # The natural reading first («Северной и … Азии», «японская кухня, язык»), then
                # the other («Юго-Восточная Азия, Северная»).
                for text in (tail, head) if step == 1 else (head, tail):
                    if (found := best_item(text)) is not None:
                        return found
                break
            other += step
    return None


def _collect(
    pieces: list[tuple[str, str]], best_item: Callable[[str], Best | None], need: int
) -> tuple[list[int], list[str], bool]:
    """Walk the answer's pieces: (items named, in order; pieces that name none; any typo).

    Stops once more than ``need`` + slack pieces were wrong: the verdict can no longer change.
    """
    found: list[int] = []
    wrong: list[str] = []
    typo = False
    position = 0

    def name(item: Best) -> None:
        nonlocal typo
        if item[1] not in found:
            found.append(item[1])
            typo = typo or item[2]

    while position < len(pieces) and len(wrong) <= need + _SLACK:
        part, separator = pieces[position]
        following = pieces[position + 1][0] if position + 1 < len(pieces) else ""
        shared = _read_shared(part, separator, following, best_item)
        if shared is not None:
            # "средства воздушного и водного транспорта" names two items that share their words.
            for item in shared[0]:
                name(item)
            wrong.extend(shared[1])
            position += 2
            continue
        best = best_item(part)
        # An item's own name may hold "и"/"and" («Политика мира и согласия»): when this piece or
        # the next is no item by itself, the two are tried together.
        if following and (best is None or best_item(following) is None):
            joined = part + separator + following
            longer = best_item(joined)
            if longer is not None:
                part, best = joined, longer
                position += 1
        if best is None:
            best = _elliptic(pieces, position, best_item)
        position += 1
        if best is None:
            wrong.append(part)
        else:
            name(best)
    return found, wrong, typo


def grade_list(
    answer: str,
    items: list[tuple[str, ...]],
    need: int,
    ordered: bool,
    language: str,
    lexicon: frozenset[str] = frozenset(),
    prompt: str = "",
    source: str = "",
) -> Verdict:
    """Grade a list answer against ``items`` (each: canonical, aliases...).

    Words of the ``prompt`` are harmless beside an item, as in a text answer ("за" in «За что…?»);
    so are the words around an item in the card's ``source`` (its source and explain text) when the
    piece quotes it («строительство ядерных реакторов на лёгкой воде»).
    """
    canonical = ", ".join(item[0] for item in items)
    if is_blank(answer):
        return Verdict.wrong(message(language, "list.blank", answer=canonical), canonical)
    if negates(answer, (form for item in items for form in item)):
        # «не сталь и не титан», "anything but steel": excluding items names none of them.
        return Verdict.wrong(message(language, "negated", answer=canonical), canonical)
    index = _index(tuple(items), language)
    ignorable = prompt_words(prompt, language) if prompt else frozenset()
    quoted_from = tuple(stem(w) for w in tokens(source, language)) if source else ()
    known: dict[str, Best | None] = {}

    def best_item(text: str) -> Best | None:
        if text not in known:  # "a, a, a, …": each distinct piece is matched once
            known[text] = _best_item(text, index, language, lexicon, ignorable, quoted_from)
        return known[text]

    # Pieces beyond every item twice over, or wrong pieces beyond need + slack, change no verdict.
    found, wrong, typo = _collect(_pieces(answer)[: 2 * len(items) + need + _SLACK], best_item, need)
    in_order = found == sorted(found)
    count = len(found)
    score = min(1.0, count / need) if need else 0.0
    if wrong:
        score = max(0.0, score - 0.5 * len(wrong) / max(need, 1))
    named = ", ".join(items[i][0] for i in found)
    missing = [item[0] for i, item in enumerate(items) if i not in found]
    if count >= need and not wrong and (in_order or not ordered):
        if typo:
            return Verdict.right(message(language, "list.typos"), named, rating=SuggestedRating.HARD)
        return Verdict.right(message(language, "correct"), named)
    reasons = []
    if ordered and not in_order:
        reasons.append(message(language, "list.order"))
    if wrong:
        reasons.append(message(language, "list.not_in", wrong="; ".join(quoted(language, w) for w in wrong)))
    if count < need:
        reasons.append(message(language, "list.count", count=str(count), need=str(need)))
    head = "; ".join(reasons)
    head = head[:1].upper() + head[1:]  # not str.capitalize(): it would lower-case the student's words
    tail = " " + message(language, "list.more", missing=", ".join(missing)) if missing else ""
    return Verdict.wrong(f"{head}.{tail}", canonical, score=round(score, 3), partial=count > 0)
