"""Grading a free-text answer against the accepted forms and the rejected near misses.

The answer and each accepted form are compared word by word, in any order, one typed word per
expected word. The answer is right when every expected word is matched and nothing is left over
but words the question itself used ("премьер-министр Хашимото"). A left-over content word is a
hedge or a wrong addition; a missing word is half a concept. A reject entry that the answer
contains, at least as strongly as it matches the best accepted form, makes it wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from .feedback import message
from .marks import as_written
from .negation import negates
from .normalize import FILLERS, fold, normalize, tokens
from .phonetic import phonetic_key
from .synonyms import ONE_OF, concept
from .verdict import DiffOp, SuggestedRating, Verdict
from .vocabulary import FUNCTION_WORDS, TITLES, different_words, is_patronymic, same_word
from .words import Strength, allowed_typos, compare_words, stem

__all__ = [
    "ROLE_MARKERS",
    "PhraseMatch",
    "form_words",
    "grade_text",
    "is_blank",
    "match_phrase",
    "mixed_forms",
    "prompt_words",
    "quotes",
    "text_diff",
]

_ADJECTIVE_ENDING = re.compile(r"(?:[ыио]й|[аоеуыя]я|[оеаи]е|[оеы]го|[ое]му|ы[хм]|ими|ыми)$")
_DONT_KNOW = frozenset(
    {
        "",
        "?",
        "-",
        "не знаю",
        "незнаю",
        "не помню",
        "нет",
        "пропуск",
        "хз",
        "idk",
        "i don't know",
        "i dont know",
        "dont know",
        "don't know",
        "pass",
        "skip",
        "no idea",
    }
)


def is_blank(answer: str) -> bool:
    """Whether the answer says nothing ("", "не знаю", "?")."""
    return fold(answer).strip(" .!?…") in _DONT_KNOW


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """How one typed answer lines up with one expected phrase."""

    expected: str
    matched: int
    """Expected words matched."""
    total: int
    """Expected words in all."""
    typos: tuple[tuple[str, str], ...]
    """(typed, expected) word pairs matched only thanks to typo tolerance."""
    extras: tuple[str, ...]
    """Typed content words matched to nothing."""
    missing: tuple[str, ...]
    """Expected words the answer did not give."""
    used: frozenset[int] = frozenset()
    """Positions of the typed words this match used."""

    @property
    def complete(self) -> bool:
        """Every expected word was matched (and there was one to match)."""
        return self.matched == self.total and self.total > 0

    @property
    def exact(self) -> bool:
        """A full match with no left-over words and no typos."""
        return self.complete and not self.extras and not self.typos

    @property
    def rank(self) -> tuple[int, int, int, int]:
        """Sort key: complete and clean first."""
        return (int(self.complete and not self.extras), self.matched, -len(self.extras), -len(self.typos))


def match_phrase(
    answer_words: tuple[str, ...],
    expected: str,
    language: str,
    ignorable: frozenset[str] = frozenset(),
    lexicon: frozenset[str] = frozenset(),
) -> PhraseMatch:
    """Line ``answer_words`` up with the words of ``expected`` (greedy, strongest pairs first).

    ``lexicon`` holds the deck's other answer words: a typed word found there is a real, different
    name or term, never a typo of an expected word.
    """
    expected_words = tokens(expected, language)
    answer_words = _align_hyphens(answer_words, expected_words, language)
    fixed, names = _proper_names(expected, language)
    pairs: list[tuple[Strength, int, int]] = []
    for i, typed in enumerate(answer_words):
        for j, wanted in enumerate(expected_words):
            strength = _strength(typed, wanted, language, fixed, names, lexicon)
            if strength:
                pairs.append((strength, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_typed: set[int] = set()
    used_expected: set[int] = set()
    typos: list[tuple[str, str]] = []
    for strength, i, j in pairs:
        if i in used_typed or j in used_expected:
            continue
        used_typed.add(i)
        used_expected.add(j)
        if strength is Strength.TYPO:
            typos.append((answer_words[i], expected_words[j]))
    full = any(
        len(answer_words[i]) > 1 and len(expected_words[j]) > 1
        for _, i, j in pairs
        if i in used_typed and j in used_expected
    )
    if not full and any(len(w) > 1 for w in expected_words):
        # Initials alone name nobody: «Р.Х.» is not Хасимото, "K. O." is not Obuchi.
        used_typed, used_expected, typos = set(), set(), []
    surname = _surname(expected_words, names)
    # An initial stands for a given name or a patronymic, never for the surname: "Р. Хашимото"
    # for "Рютаро Хасимото", but not «Рютаро Х.».
    for i, typed in enumerate(answer_words):
        if not used_expected or len(expected_words) < 2:
            break
        if i in used_typed or not _is_initial(typed):
            continue
        for j, wanted in enumerate(expected_words):
            if j not in used_expected and j != surname and len(wanted) > 2 and wanted[0] == typed:
                used_typed.add(i)
                used_expected.add(j)
                break
    named = bool(names) and any(expected_words[j] in names for j in used_expected)
    initials = _form_initials(expected, language) if named else frozenset()
    extras = tuple(
        w
        for i, w in enumerate(answer_words)
        if i not in used_typed
        and not _harmless(w, i, used_typed, ignorable, named)
        and not (_is_initial(w) and phonetic_key(w) in initials)
    )
    # An initial in the expected form ("К. Обучи") may be left out: the surname carries the answer.
    optional = {j for j, w in enumerate(expected_words) if _is_initial(w) and j not in used_expected}
    if not used_expected:
        optional = set()
    missing = tuple(w for j, w in enumerate(expected_words) if j not in used_expected and j not in optional)
    matched = len(used_expected) + len(optional)
    return PhraseMatch(
        expected, matched, len(expected_words), tuple(typos), extras, missing, frozenset(used_typed)
    )


def _strength(
    typed: str,
    wanted: str,
    language: str,
    fixed: frozenset[str],
    names: frozenset[str],
    lexicon: frozenset[str],
) -> Strength:
    """How ``typed`` matches ``wanted`` inside a phrase, where names and real words are known."""
    strength = compare_words(typed, wanted, language)
    if strength is Strength.EXACT and wanted in fixed and phonetic_key(typed) != phonetic_key(wanted):
        # "Хашимота": a name like Хасимото does not decline, so a changed ending is a typo,
        # and a short one ("Мамо" for Мами) has no typo to spare.
        return Strength.TYPO if allowed_typos(wanted) else Strength.NONE
    if strength is not Strength.TYPO:
        return strength
    if same_word(typed, wanted):
        # «поставок» is «поставки» declined, though the stemmer cuts the two apart and «поставок»
        # is also a word of another card of the deck.
        return Strength.EXACT
    if typed in lexicon or (wanted in names and phonetic_key(typed)[:1] != phonetic_key(wanted)[:1]):
        # "Курокава" is another person of the course, not a misspelt Куросава; and nobody
        # misspells the first letter of a name: "Нишимото" is not Хашимото, TEPCO not Kepko.
        return Strength.NONE
    if wanted not in names and different_words(typed, wanted):
        # «геология» is a word of its own, not a misspelt «экология»; "massive" is not "passive".
        # A name of the deck is left out: Обути and Обучи are one person, whatever a dictionary says.
        return Strength.NONE
    return strength


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _surname(expected_words: tuple[str, ...], names: frozenset[str]) -> int:
    """Position of the surname: the last name word of a form with two or more words, else -1."""
    if len(expected_words) < 2:
        return -1
    for j in range(len(expected_words) - 1, -1, -1):
        if expected_words[j] in names:
            return j
    return -1


@lru_cache(maxsize=4096)
def _form_initials(expected: str, language: str) -> frozenset[str]:
    """The initials a form writes, filler-looking ones included: «С.» in «С. Нацуи» is an initial,
    not the preposition «с», so "S. Natsui" gives it back."""
    return frozenset(phonetic_key(w) for w in tokens(expected, language, keep_fillers=True) if _is_initial(w))


def _harmless(
    word: str,
    position: int,
    used_typed: set[int],
    ignorable: frozenset[str],
    named: bool,
) -> bool:
    """Whether a typed word matched to nothing still leaves the answer right.

    Words of the question, prepositions and particles, and, beside a name the answer got right,
    a title («посол», "Foreign Minister"), a patronymic or its initial («Н.А. Назарбаев»).
    """
    if word in ignorable or stem(word) in ignorable or word in FUNCTION_WORDS or concept(word) in ignorable:
        return True
    if word == ONE_OF:
        return True  # «один из ключевых партнёров» is a key partner; the reverse is not (a missing word)
    if not named:
        return False
    if word in TITLES or stem(word) in {stem(t) for t in TITLES}:
        return True
    if _is_initial(word):
        # «Н.А. Назарбаев»: an initial right after a matched given name or initial is a patronymic's.
        return position > 0 and position - 1 in used_typed
    return is_patronymic(word)


def _align_hyphens(
    answer_words: tuple[str, ...], expected_words: tuple[str, ...], language: str
) -> tuple[str, ...]:
    """Write the answer's compounds the way the expected form does.

    "nuclear test ban" typed for "Nuclear-Test-Ban", or «Казахстан – Япония» for
    «Казахстан-Япония», is the same compound; the parts must match exactly and in order, so
    «японско-казахстанский» stays a different committee from «казахстанско-японский».
    """
    words = list(answer_words)
    for wanted in expected_words:
        parts = wanted.split("-")
        if len(parts) < 2 or wanted in words:
            continue
        for start in range(len(words) - len(parts) + 1):
            run = words[start : start + len(parts)]
            if all(compare_words(t, p, language) is Strength.EXACT for t, p in zip(run, parts, strict=True)):
                words[start : start + len(parts)] = [wanted]
                break
    words = _align_spaces(words, expected_words, language)
    spaced = set(expected_words)
    result: list[str] = []
    for word in words:
        parts = word.split("-")
        if len(parts) > 1 and word not in spaced and all(p in spaced for p in parts):
            result.extend(parts)  # "nuclear-test-ban" typed for "nuclear test ban"
        else:
            result.append(word)
    return tuple(result)


def _align_spaces(words: list[str], expected_words: tuple[str, ...], language: str) -> list[str]:
    """Join or split words the way the expected form writes them: «КазМунай Газ» for
    «КазМунайГаз», «Алмаата» for «Алма Ата». Only a join that is the expected word itself (or its
    inflection or transliteration) counts, so two right words never merge into a wrong one."""
    result: list[str] = []
    k = 0
    while k < len(words):
        if k + 1 < len(words) and words[k] not in expected_words and words[k + 1] not in expected_words:
            joined = words[k] + words[k + 1]
            if any(compare_words(joined, wanted, language) is Strength.EXACT for wanted in expected_words):
                result.append(joined)
                k += 2
                continue
        result.append(words[k])
        k += 1
    expected_pairs = {a + b: (a, b) for a, b in pairwise(expected_words)}
    unhyphenated = {w.replace("-", ""): w for w in expected_words if "-" in w}
    split: list[str] = []
    for word in result:
        if word not in expected_words and word in expected_pairs:
            split.extend(expected_pairs[word])
        elif word not in expected_words and word in unhyphenated:
            split.append(unhyphenated[word])  # «Нурсултан» for «Нур-Султан»
        else:
            split.append(word)
    return split


@lru_cache(maxsize=16384)
def _proper_names(expected: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words of ``expected`` (names), and those among them Russian does not decline
    (ending in о/и/э/у/е/ю: Хасимото, Обути, Абэ)."""
    names: set[str] = set()
    fixed: set[str] = set()
    for word in (w for w in re.split(r"[^\w]+", expected) if w):
        found = tokens(word, language, keep_fillers=True)
        if not found or not word[:1].isupper() or len(word) < 2:
            continue
        if _ADJECTIVE_ENDING.search(word.lower()):
            continue  # "Совместное заявление": a capital that starts a phrase, not a name
        names.add(found[0])
        if word[-1:].lower() in "оиэуею":
            fixed.add(found[0])
    return frozenset(fixed), frozenset(names)


@lru_cache(maxsize=4096)
def form_words(candidates: tuple[str, ...], language: str) -> frozenset[str]:
    """Every word of the card's accepted forms, and their stems."""
    words = {w for form in candidates for w in tokens(form, language)}
    # and the parts of their compounds: "2020" of «Олимпиада-2020» beside «Олимпийские игры в Токио»
    return _with_stems(words | {part for w in words if "-" in w for part in w.split("-") if part})


@lru_cache(maxsize=4096)
def mixed_forms(candidates: tuple[str, ...], language: str) -> tuple[tuple[str, str], ...]:
    """The accepted forms, then each form with the words two other forms trade rewritten.

    Two accepted forms that differ only in one or two words in the middle («Олимпийские игры в
    Токио» / «Олимпиада в Токио», «практически полностью» / «почти полностью») say those words
    may stand for each other in this card, so «летняя Олимпиада в Токио» and «почти в полной
    зависимости» are accepted like the forms they mix. Each comes with the form it was made
    from, which is what the student is shown.
    """
    split = [tokens(form, language, keep_fillers=True) for form in candidates]
    swaps: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for a in split:
        for b in split:
            if a == b:
                continue
            head = 0
            while head < min(len(a), len(b)) and a[head] == b[head]:
                head += 1
            tail = 0
            while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
                tail += 1
            middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
            if (
                head + tail
                and 1 <= len(middle_a) <= 2
                and 1 <= len(middle_b) <= 2
                and not any(_is_initial(w) for w in (*middle_a, *middle_b))
            ):
                # An initial and the name it abbreviates are not two words to trade: «Р.» for
                # «Рютаро» is the initials rule's business, and trading would make «Р. Х.» a form.
                swaps.add((middle_a, middle_b))
    forms = {form: form for form in candidates}
    cased = _cased_words(candidates, language) if swaps else {}
    for old, new in sorted(swaps):
        for form, words in zip(candidates, split, strict=True):
            rewritten = _rewrite(words, old, new)
            if rewritten and tokens(" ".join(rewritten), language):
                forms.setdefault(" ".join(cased.get(w, w) for w in rewritten), form)
    return tuple(forms.items())


def _rewrite(words: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...] | None:
    """``words`` with the first run of ``old`` (by stem) replaced by ``new``; None if absent."""
    stems = [stem(w) for w in old]
    for start in range(len(words) - len(old) + 1):
        if [stem(w) for w in words[start : start + len(old)]] == stems:
            return (*words[:start], *new, *words[start + len(old) :])
    return None


def _cased_words(candidates: tuple[str, ...], language: str) -> dict[str, str]:
    """Each normalised word of the forms with its original spelling, so names stay capitalised."""
    cased: dict[str, str] = {}
    for form in candidates:
        for word in re.split(r"[^\w-]+", form):
            found = tokens(word, language, keep_fillers=True) if word else ()
            if len(found) == 1:
                cased.setdefault(found[0], word)
    return cased


@lru_cache(maxsize=4096)
def prompt_words(prompt: str, language: str) -> frozenset[str]:
    return _with_stems(tokens(prompt, language))


def _with_stems(words: Iterable[str]) -> frozenset[str]:
    """The words, their stems and their concepts (:func:`~.synonyms.concept`): what a typed word
    is looked up by to be found among them."""
    found = set(words)
    return frozenset(found | {stem(w) for w in found} | {key for w in found if (key := concept(w))})


def text_diff(answer: str, nearest: str) -> tuple[DiffOp, ...]:
    """Character runs where the folded answer and the nearest accepted form differ."""
    typed, wanted = fold(answer.strip()), fold(nearest)
    return tuple(
        DiffOp(op.tag, typed[op.src_start : op.src_end], wanted[op.dest_start : op.dest_end])
        for op in Levenshtein.opcodes(typed, wanted)
    )


def grade_text(
    answer: str,
    canonical: str,
    accept: tuple[str, ...],
    reject: tuple[str, ...],
    language: str,
    prompt: str = "",
    lexicon: frozenset[str] = frozenset(),
    source: str = "",
) -> Verdict:
    """Grade a free-text answer; see the module docstring for the rules.

    ``source`` is the card's source quote and explanation: extra words are a correct detail, not a
    second answer, when the whole answer is a phrase of that text («природный уран»).
    """
    if is_blank(answer):
        return Verdict.wrong(message(language, "blank", answer=canonical), canonical)
    candidates = (canonical, *accept)
    if negates(answer, candidates):
        # «кроме Обути», "anything but Hashimoto": the name is there, the fact is denied.
        return Verdict.wrong(message(language, "negated", answer=canonical), canonical)
    words = tokens(answer, language)
    ignorable = prompt_words(prompt, language) if prompt else frozenset()
    # A word of another accepted form adds nothing wrong: "the Summer Olympic Games" is the alias
    # "Olympic Games" with a word of "Tokyo Summer Olympics", «QazVac (КазВак)» two aliases at once.
    ignorable |= form_words(candidates, language)
    forms = mixed_forms(candidates, language)
    matches = [match_phrase(words, form, language, ignorable, lexicon) for form, _ in forms]
    best = max(matches, key=lambda m: m.rank)
    if best.expected not in candidates:
        best = replace(best, expected=dict(forms)[best.expected])
    rejected = [match_phrase(words, r, language) for r in reject]
    hit = max((m for m in rejected if m.complete), key=lambda m: (not m.extras, -len(m.typos)), default=None)
    diff = text_diff(answer, best.expected)

    inside = hit is not None and best.complete and not best.extras and hit.used < best.used
    if (
        hit is not None
        and not inside
        and (not best.exact or bool(hit.used - best.used) or _same_order(words, hit.expected, language))
    ):
        # A reject that is only a part of a right answer with a typo ("Joint Statement" inside
        # "Joint Statement on Freindship, ...") does not make it wrong: ``inside`` above.
        # Wrong when the answer names the reject with words of its own ("Евразийская дипломатия
        # Шелкового пути"), or is the reject word for word in the reject's order ("технологии в
        # обмен на нефть" against "нефть в обмен на технологии").
        text = message(language, "reject", reject=hit.expected, answer=canonical)
        return Verdict.wrong(text, best.expected, diff=diff)
    if best.complete and (swap := _swapped_roles(answer, best.expected, language)):
        text = message(language, "swapped", typed=swap[0], wanted=swap[1], answer=canonical)
        return Verdict.wrong(text, best.expected, score=0.0, diff=diff)
    if best.complete and (stand_in := _stand_in(answer, words, best, candidates, language)):
        typed, wanted, form = stand_in
        text = message(
            language,
            "stand_in",
            typed=as_written(answer, (typed,), language),
            wanted=as_written(form, wanted, language),
            answer=canonical,
        )
        return Verdict.wrong(text, form, score=0.0, diff=diff)
    if best.complete and not best.extras:
        if best.typos:
            pairs = ", ".join(
                f"{as_written(answer, (typed,), language)} → {as_written(best.expected, (wanted,), language)}"
                for typed, wanted in best.typos
            )
            text = message(language, "typo", pairs=pairs)
            return Verdict.right(text, best.expected, rating=SuggestedRating.HARD, diff=diff)
        return Verdict.right(message(language, "correct"), best.expected, diff=diff)
    score = best.matched / best.total if best.total else 0.0
    if best.complete and source and _source_detail(answer, words, best, source, language):
        return Verdict.right(message(language, "correct"), best.expected, diff=diff)
    if best.complete:
        key = (
            "hedge" if _names_another(best.extras, candidates, language) or len(best.extras) > 1 else "extra"
        )
        text = message(language, key, extra=as_written(answer, best.extras, language), answer=canonical)
        return Verdict.wrong(text, best.expected, score=score * 0.5, diff=diff, partial=True)
    if best.matched:
        missing = as_written(best.expected, best.missing, language)
        text = message(language, "partial", missing=missing, answer=canonical)
        return Verdict.wrong(text, best.expected, score=score * 0.5, diff=diff, partial=True)
    return Verdict.wrong(message(language, "wrong", answer=canonical), best.expected, diff=diff)


def _source_detail(
    answer: str, words: tuple[str, ...], best: PhraseMatch, source: str, language: str
) -> bool:
    """Whether the extra words are a correct detail from the card's source, not another thing.

    The detail must come after the answer («Р. Хашимото, в 1997 году», "the National Nuclear
    Center of Kazakhstan"): words before it, or an English noun right after it, make it the head of
    a new name («Организация Договора …», "… Treaty Organization"), which the source may well
    mention as a different thing. Either the whole answer is a phrase of the source, or the words
    after the answer are (:func:`_detail_after`).
    """
    if not best.used or min(i for i, _ in enumerate(words) if i not in best.used) < max(best.used):
        return False
    source_stems = tuple(stem(w) for w in tokens(source, language))
    if not quotes(words, source_stems):
        return _detail_after(answer, words[max(best.used) + 1 :], source_stems, language)
    if language != "en":
        return True
    raw = tokens(answer, language, keep_fillers=True)
    last = words[max(best.used)]
    after = raw.index(last) + 1 if last in raw else len(raw)
    return after < len(raw) and raw[after] not in words


_DETAIL_MARK = re.compile(r"[,;:(\u2013\u2014]|\s-\s")


def _detail_after(answer: str, tail: tuple[str, ...], source: tuple[str, ...], language: str) -> bool:
    """Whether ``tail`` (the words after a complete answer) is a detail the source states, set off
    from the answer: «Р. Хашимото, в 1997 году», «Книгу памяти со списками японских
    военнопленных», "the Book of Memory with lists of Japanese prisoners of war".

    Set off means a comma, a dash or a bracket, or a preposition right after the answer; the
    detail is a year or at least two words running in the source, so a lone name after a comma
    («Хашимото, Обути») stays a second answer even where the source mentions it.
    """
    content = tuple(w for w in tail if w not in FUNCTION_WORDS)
    if not content or not quotes(content, source):
        return False
    if len(content) < 2 and not any(ch.isdigit() for ch in content[0]):
        return False
    if _DETAIL_MARK.search(answer):
        return True
    raw = tokens(answer, language, keep_fillers=True)
    first = next(w for w in tail if w not in FUNCTION_WORDS)
    start = len(raw) - 1 - raw[::-1].index(first) if first in raw else 0
    fillers = FILLERS.get(language, frozenset())
    return start > 0 and (raw[start - 1] in fillers or raw[start - 1] in FUNCTION_WORDS)


def quotes(words: tuple[str, ...], source: tuple[str, ...]) -> bool:
    """Whether the words run, stem by stem, in the card's source text (given as stems): «за
    оказанную Казахстану гуманитарную помощь» is the source's own phrase around «гуманитарная
    помощь», so its extra words are a detail of the fact, not another answer."""
    stems = [stem(w) for w in words]
    size = len(stems)
    return any(list(source[start : start + size]) == stems for start in range(len(source) - size + 1))


def _stand_in(
    answer: str, words: tuple[str, ...], best: PhraseMatch, candidates: tuple[str, ...], language: str
) -> tuple[str, tuple[str, ...], str] | None:
    """(typed word, the form's words, the form) where the answer names another holder of the fact.

    «победы Японии над коронавирусом» has every word of the accepted «победы над коронавирусом»
    plus «Японии», a word of the question and so harmless on its own; but the canonical «победы
    человечества над коронавирусом» has «человечества» in that very place, between the same two
    words: Japan is named as the one who won, and Japan is not humanity. A typed word takes a
    form's place when its neighbours on both sides (or the answer's edge, where the form's run is
    at its edge) are the neighbours of a run of one to three words of the form that the answer
    does not give, one of them a holder (:func:`_holders`). In English a possessive or an
    "of" phrase names the holder in either order: "Japan's victory" against "the victory of
    humanity". Titles, initials and patronymics are not holders: «премьер Хасимото» for «Рютаро
    Хасимото» names one person; nor is a word of another accepted form (two aliases mixed).
    """
    aliases = form_words(candidates, language)
    typed_holders = _holders(answer, language, syntax_only=True) if language == "en" else frozenset()
    for i, typed in enumerate(words):
        if i in best.used or typed in best.extras or not _content_word(typed) or is_patronymic(typed):
            continue  # extras are judged on their own (a source detail, a hedge), harmless words here
        if typed in aliases or stem(typed) in aliases or concept(typed) in aliases:
            continue
        for form in candidates:
            wanted = tokens(form, language)
            absent = [
                _content_word(w) and not any(compare_words(t, w, language) for t in words) for w in wanted
            ]
            holders = _holders(form, language)
            taken = [w for w, gone in zip(wanted, absent, strict=True) if gone and w in holders]
            if typed in typed_holders and taken and taken[0] in _holders(form, language, syntax_only=True):
                return typed, (taken[0],), form
            for j in range(len(wanted)):
                for r in range(j, min(j + 3, len(wanted))):
                    if not absent[r]:
                        break
                    run = wanted[j : r + 1]
                    if any(w in holders for w in run) and _in_place(words, i, wanted, j, r, language):
                        return typed, run, form
    return None


def _in_place(words: tuple[str, ...], i: int, wanted: tuple[str, ...], j: int, r: int, language: str) -> bool:
    """Whether ``words[i]`` stands where ``wanted[j..r]`` stands: same neighbours, or same edges."""
    left = i == j == 0 or (i > 0 and j > 0 and bool(compare_words(words[i - 1], wanted[j - 1], language)))
    last, end = len(words) - 1, len(wanted) - 1
    right = (i == last and r == end) or (
        i < last and r < end and bool(compare_words(words[i + 1], wanted[r + 1], language))
    )
    return left and right


@lru_cache(maxsize=4096)
def _holders(form: str, language: str, *, syntax_only: bool = False) -> frozenset[str]:
    """The words of ``form`` that name whose the fact is, or someone in it: nouns and names.

    In English that is a word with a possessive ("humanity's") or after "of" ("victory of
    humanity"), or a capitalised word; an adjective ("key strategic partner") is not, so
    "Kazakhstan's strategic partner" still reads as the partner of Kazakhstan. In Russian a
    word with an adjective's ending is not one («ключевой»). A given name before a surname is
    not one either: «правительство Обучи» for «Кэйдзо Обучи». ``syntax_only``: in English, only
    the possessive and "of" words.
    """
    names = _proper_names(form, language)[1]
    spelt = tokens(form, language)
    given = {w for w, after in pairwise(spelt) if w in names and after in names}
    words = tuple(w for w in spelt if _content_word(w) and w not in given)
    if language != "en":
        return frozenset(w for w in words if not _ADJECTIVE_ENDING.search(w) and not w.isdigit())
    raw = normalize(re.sub(r"['’]s\b", " _s", form)).split()
    found: set[str] = set()
    if not syntax_only:
        found = {w.casefold() for w in re.split(r"[^\w']+", form) if w[:1].isupper() and len(w) > 1}
    ends = ROLE_MARKERS | FUNCTION_WORDS | FILLERS["en"] | {"_s"}
    for k, word in enumerate(raw):
        after = raw[k + 1] if k + 1 < len(raw) else ""
        if after == "_s":
            found.add(word)  # "humanity's victory"
            continue
        start = k - 1 - (k > 1 and raw[k - 1] in _ARTICLES)
        if start > 0 and raw[start] == "of" and raw[start - 1] != "one" and (not after or after in ends):
            found.add(word)  # "the victory of humanity over …", not "one of the key partners"
    return frozenset(found & set(words))


def _content_word(word: str) -> bool:
    """A word that names something: not a small word, a role marker, a title or an initial."""
    return not (
        word in FUNCTION_WORDS
        or word in ROLE_MARKERS
        or word in _ALL_FILLERS
        or word in TITLES
        or stem(word) in _TITLE_STEMS
        or _is_initial(word)
    )


_ALL_FILLERS = frozenset().union(*FILLERS.values())
_TITLE_STEMS = frozenset(stem(t) for t in TITLES)


def _same_order(words: tuple[str, ...], rejected: str, language: str) -> bool:
    """Whether the answer is the rejected form word for word, in the rejected form's order."""
    return words == tokens(rejected, language)


def _names_another(extras: tuple[str, ...], candidates: tuple[str, ...], language: str) -> bool:
    """Whether the left-over words look like a second candidate (a capitalised name, a number)."""
    return any(len(w) >= 3 for w in extras) and any(len(tokens(c, language)) == 1 for c in candidates)


ROLE_MARKERS = frozenset(
    {"над", "из", "в", "во", "к", "ко", "от", "до", "для", "против", "перед", "на",
     "over", "from", "to", "into", "against", "for", "on", "by", "than"}
)  # fmt: skip
"""Prepositions that give the word after them a role in a relation: «победа X над Y», "from X to Y"."""
_ARTICLES = frozenset({"the", "a", "an"})


def _role_words(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(marker position, governed word position) for every role marker in ``words``."""
    found: list[tuple[int, int]] = []
    for k, word in enumerate(words):
        if word not in ROLE_MARKERS:
            continue
        following = [m for m in range(k + 1, len(words)) if words[m] not in _ARTICLES]
        if following and words[following[0]] not in ROLE_MARKERS:
            found.append((k, following[0]))
    return found


def _other_role(position: int, marker: int, roles: list[tuple[int, int]], words: tuple[str, ...]) -> bool:
    """Whether the word at ``position`` plays a role other than the one ``marker`` gives: it stands
    before the marker (the head of the relation) or another marker governs it. The same marker
    used twice ("to send a delegation to Japan") gives the same role both times."""
    if any(g == position and words[k] == words[marker] for k, g in roles):
        return False
    return position < marker or any(g == position and k != marker for k, g in roles)


def _swapped_roles(answer: str, expected: str, language: str) -> tuple[str, str] | None:
    """The two words a relation's roles were swapped on, if they were.

    «победы коронавируса над человечеством» has every word of «победы человечества над
    коронавирусом», so matching words alone accepts it; the word governed by «над» tells who won.
    Swapped means both words are there and each stands in the other's role; a paraphrase that
    moves a word into a new slot ("Association for Research on the World Economy") is not.
    """
    typed = tokens(answer, language, keep_fillers=True)
    wanted = tokens(expected, language, keep_fillers=True)
    typed_roles, wanted_roles = _role_words(typed), _role_words(wanted)
    for marker, governed in typed_roles:
        slots = [(k, g) for k, g in wanted_roles if wanted[k] == typed[marker]]
        if not slots or any(compare_words(typed[governed], wanted[g], language) for _, g in slots):
            continue
        for k, target in slots:
            ours = [j for j, w in enumerate(wanted) if compare_words(typed[governed], w, language)]
            theirs = [i for i, t in enumerate(typed) if compare_words(t, wanted[target], language)]
            if any(_other_role(j, k, wanted_roles, wanted) for j in ours) and any(
                _other_role(i, marker, typed_roles, typed) for i in theirs
            ):
                return typed[governed], wanted[target]
    return None
