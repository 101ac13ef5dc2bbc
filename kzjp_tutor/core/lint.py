"""The deck linter: questions that load but teach badly.

``validate`` answers "will this deck load?"; this module answers "is each question fair and
does it test what it means to?", which no flashcard tool checks. Every finding is a
:class:`LintWarning` with the file, line, section and card, and the id of the check that found it,
so ``kzjp-tutor lint`` prints them like ``validate`` prints problems. ``docs/lint.md`` describes
each check with an example; the checks and their ids are listed in :data:`CHECKS`.

Where a check asks "would the student's answer be accepted?", it asks the grader itself
(:func:`~kzjp_tutor.core.grading.grade`), so the linter and the study session can never
disagree about what an ``accept`` entry does.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from .deck import Card, ChoiceCard, DateCard, Deck, ListCard, NumberCard, Section, TextCard
from .deck_problems import card_lines
from .errors import Problem
from .grading import SuggestedRating, deck_lexicon, grade
from .grading.months import GENITIVE, NOMINATIVE_RU
from .grading.normalize import normalize, tokens
from .grading.phonetic import phonetic_key
from .grading.synonyms import concept
from .grading.vocabulary import FUNCTION_WORDS, same_word
from .grading.words import Strength, compare_words, number_value, stem
from .i18n import N_
from .i18n import gettext as _
from .wording import number_text

__all__ = ["CHECKS", "LintResult", "LintWarning", "LintedDeck", "lint", "lint_decks"]

CHECKS: Final[dict[str, str]] = {
    "gives-away": N_("a prompt contains another card's answer"),
    "date-precision": N_("a date card's answer is more or less precise than its prompt asks"),
    "choice-longest": N_("a choice card's key is the longest option by far"),
    "same-fact": N_("near-identical prompts with the same answer"),
    "generic-list": N_("a list card whose need generic words can meet"),
    "accept-redundant": N_("an accept entry the grader accepts anyway"),
    "accept-overlap": N_("an accept entry that makes another card's answer right"),
    "reject-accepted": N_("a reject entry equal to an accepted form"),
    "no-explain": N_("a card without explain"),
    "no-source": N_("a card without source"),
    "starter-left": N_("the starter deck's placeholder title or description left in"),
    "ignore-unused": N_("a card's lint_ignore entry that silences nothing"),
}
"""Every check's id and what it finds (``lint --help`` and docs/lint.md list them)."""


@dataclass(frozen=True, slots=True)
class LintWarning:
    """One finding: where it is, which check found it, and what to do."""

    file: str
    check: str
    message: str
    line: int | None = None
    section: str | None = None
    card: str | None = None

    def __str__(self) -> str:
        # The same shape as validate's problems, with the check's id where the field stands.
        return str(Problem(self.file, self.message, self.line, self.section, self.card, self.check))


@dataclass(frozen=True, slots=True)
class LintedDeck:
    """A deck that loaded, with its file name and text (the model keeps no line numbers)."""

    file: str
    text: str
    deck: Deck


@dataclass(frozen=True, slots=True)
class _Ref:
    """A card with everything a warning about it needs."""

    linted: LintedDeck
    section: Section
    card: Card
    line: int | None

    def warn(self, check: str, message: str) -> LintWarning:
        return LintWarning(self.linted.file, check, message, self.line, self.section.id, self.card.id)

    @property
    def name(self) -> str:
        """How another card's warning names this one: its id, and its deck's when decks differ."""
        return f"{self.linted.deck.id}/{self.card.id}"


@dataclass(frozen=True, slots=True)
class LintResult:
    """What ``lint`` prints, and what a card's ``lint_ignore`` silenced (counted, not printed)."""

    warnings: list[LintWarning]
    silenced: list[LintWarning]


def lint(decks: Sequence[LintedDeck], skip: Iterable[str] = ()) -> LintResult:
    """Every warning for the decks given, in file and line order, less the checks in ``skip``.

    Cards are compared within a deck and across the decks given when they share a language
    (a Russian deck and its English twin ask the same facts on purpose). A warning about a card
    whose ``lint_ignore`` names its check is silenced; an ``lint_ignore`` entry that silences
    nothing is itself a warning, so a reason cannot outlive the problem it excused.
    """
    skipped = frozenset(skip)
    refs = [ref for linted in decks for ref in _refs(linted)]
    found = [w for w in _all_warnings(decks, refs) if w.check not in skipped]
    ignores = {(ref.linted.file, ref.card.id): ref for ref in refs if ref.card.lint_ignore}
    warnings: list[LintWarning] = []
    silenced: list[LintWarning] = []
    used: set[tuple[str, str | None, str]] = set()
    for warning in found:
        ref = ignores.get((warning.file, warning.card or ""))
        if ref is not None and warning.check in ref.card.lint_ignore:
            silenced.append(warning)
            used.add((warning.file, warning.card, warning.check))
        else:
            warnings.append(warning)
    if "ignore-unused" not in skipped:
        for (file, card_id), ref in ignores.items():
            for check in ref.card.lint_ignore:
                if (file, card_id, check) not in used and check not in skipped:
                    warnings.append(ref.warn("ignore-unused", _unused(check)))
    order = {linted.file: n for n, linted in enumerate(decks)}
    warnings.sort(key=lambda w: (order.get(w.file, 0), w.line or 0, w.check))
    return LintResult(warnings, silenced)


def _unused(check: str) -> str:
    if check in CHECKS:
        message = _("lint_ignore names {check}, which finds nothing on this card; remove the entry")
        return message.format(check=check)
    close = difflib.get_close_matches(check, CHECKS, n=1)
    if close:
        return _("lint_ignore names {check}, which is not a check; did you mean {close}?").format(
            check=check, close=close[0]
        )
    message = _("lint_ignore names {check}, which is not a check; the checks: {checks}")
    return message.format(check=check, checks=", ".join(CHECKS))


def lint_decks(decks: Sequence[LintedDeck]) -> list[LintWarning]:
    """The warnings :func:`lint` prints for ``decks`` with every check."""
    return lint(decks).warnings


def _all_warnings(decks: Sequence[LintedDeck], refs: Sequence[_Ref]) -> list[LintWarning]:
    found: list[LintWarning] = []
    for linted in decks:
        found += _starter_left(linted)
    for ref in refs:
        found += _missing(ref)
        found += _date_precision(ref)
        found += _choice_longest(ref)
        found += _reject_accepted(ref)
    for linted in decks:
        lexicon = deck_lexicon(linted.deck)
        mine = [ref for ref in refs if ref.linted is linted]
        for ref in mine:
            found += _generic_list(ref, lexicon)
            found += _accept_redundant(ref)
        found += _accept_overlap(mine, lexicon)
    for language in sorted({linted.deck.language for linted in decks}):
        same = [ref for ref in refs if ref.linted.deck.language == language]
        found += _gives_away(same)
        found += _same_fact(same)
    return found


def _refs(linted: LintedDeck) -> list[_Ref]:
    lines = card_lines(linted.text)
    refs: list[_Ref] = []
    for s_index, section in enumerate(linted.deck.sections):
        section_lines = lines[s_index] if s_index < len(lines) else []
        for c_index, card in enumerate(section.cards):
            line = section_lines[c_index] if c_index < len(section_lines) else None
            refs.append(_Ref(linted, section, card, line))
    return refs


# --- one card at a time ---------------------------------------------------------------------------

_STARTER_TITLES: Final = frozenset({"Моя колода", "My deck"})  # i18n: not text
_STARTER_DESCRIPTIONS: Final = frozenset(
    {
        "Что изучает эта колода.",  # i18n: not text
        "What this deck covers.",  # i18n: not text
    }
)


def _starter_left(linted: LintedDeck) -> list[LintWarning]:
    info = linted.deck.deck
    if info.title in _STARTER_TITLES or (info.description or "") in _STARTER_DESCRIPTIONS:
        message = _("the title or description is still the starter's; say what this deck covers")
        return [LintWarning(linted.file, "starter-left", message, None)]
    return []


def _missing(ref: _Ref) -> list[LintWarning]:
    found = []
    if not ref.card.explain:
        found.append(
            ref.warn("no-explain", _("no explain; one or two sentences shown after the answer help it stick"))
        )
    if not ref.card.source:
        found.append(ref.warn("no-source", _("no source; quote the course text that backs the card")))
    return found


_ASKS_DAY: Final = re.compile(
    r"\(\s*(?:число|день|дата|day|date)\b|какого числа|в какой день|какого\s+\w+\s+числа|"
    r"полная дата|точная дата|on what date|what date|exact date|which day|\(.*\bday\b.*\)",
    re.IGNORECASE,
)
_ASKS_MONTH: Final = re.compile(
    r"\(\s*(?:месяц|month)\b|в каком месяце|какого месяца|месяц и год|in what month|which month|"
    r"month and year",
    re.IGNORECASE,
)
_ASKS_YEAR: Final = re.compile(
    r"\(\s*(?:год|year)\s*\)|в каком году|какого года|what year|which year", re.IGNORECASE
)


def _asked_precision(prompt: str) -> int | None:
    """What the prompt asks for: 3 a day, 2 a month, 1 a year, None when it does not say."""
    if _ASKS_DAY.search(prompt):
        return 3
    if _ASKS_MONTH.search(prompt):
        return 2
    if _ASKS_YEAR.search(prompt):
        return 1
    return None


def _date_precision(ref: _Ref) -> list[LintWarning]:
    card = ref.card
    if not isinstance(card, DateCard):
        return []
    asked = _asked_precision(card.prompt)
    _year, month, day = card.parts
    has = 3 if day else 2 if month else 1
    if asked is None or asked == has:
        return []
    if has > asked:
        message = _(
            "the answer {answer} has a day or month the prompt does not ask for; a student who "
            "answers what was asked is marked wrong: ask for it in the prompt or shorten the answer"
        )
    else:
        message = _(
            "the prompt asks for a day or month, but the answer {answer} is less precise; "
            "make the answer as precise as the question"
        )
    return [ref.warn("date-precision", message.format(answer=card.answer))]


_LONGEST_FACTOR: Final = 1.5
_LONGEST_MARGIN: Final = 10
"""The key is "by far" the longest when it is 1.5 times and 10 characters longer than every other."""


def _choice_longest(ref: _Ref) -> list[LintWarning]:
    card = ref.card
    if not isinstance(card, ChoiceCard):
        return []
    others = [len(choice) for choice in card.choices if choice != card.answer]
    longest = max(others, default=0)
    if len(card.answer) >= longest * _LONGEST_FACTOR and len(card.answer) - longest >= _LONGEST_MARGIN:
        message = _(
            "the key is {length} characters long, the next longest option {other}: students pick "
            "the longest option without knowing; make the distractors as detailed"
        )
        return [ref.warn("choice-longest", message.format(length=len(card.answer), other=longest))]
    return []


def _reject_accepted(ref: _Ref) -> list[LintWarning]:
    card = ref.card
    if not isinstance(card, TextCard):
        return []
    accepted = {normalize(form): form for form in (card.answer, *card.accept)}
    found = []
    for entry in card.reject:
        if (same := accepted.get(normalize(entry))) is not None:
            message = _(
                "reject entry {entry} is the accepted form {form} written differently; "
                "the card cannot both accept and reject it: remove one"
            )
            found.append(ref.warn("reject-accepted", message.format(entry=repr(entry), form=repr(same))))
    return found


# --- asking the grader ----------------------------------------------------------------------------

_GENERIC: Final = {
    "ru": (
        "экономика", "политика", "культура", "торговля", "образование", "наука", "энергетика",
        "инвестиции", "сотрудничество", "безопасность", "туризм", "транспорт", "технологии",
        "здравоохранение", "сельское хозяйство", "промышленность", "экология", "спорт",
    ),
    "en": (
        "economy", "politics", "culture", "trade", "education", "science", "energy",
        "investment", "cooperation", "security", "tourism", "transport", "technology",
        "health", "agriculture", "industry", "environment", "sport",
    ),
}  # fmt: skip
"""Words a student can name for any question about relations between two countries."""


def _generic_list(ref: _Ref, lexicon: frozenset[str]) -> list[LintWarning]:
    card = ref.card
    if not isinstance(card, ListCard):
        return []
    language = ref.linted.deck.language
    met: list[str] = []
    for item in card.items:
        probe = TextCard(id="probe", prompt=card.prompt, answer=item[0], accept=list(item[1:]))
        word = next((w for w in _GENERIC[language] if grade(probe, w, language, lexicon).correct), None)
        if word is not None:
            met.append(word)
    if len(met) < card.required:
        return []
    message = _(
        "need is {need}, and generic words meet it: {words}; raise need, or replace generic items with specific ones"
    )
    return [ref.warn("generic-list", message.format(need=card.required, words=", ".join(met)))]


def _accept_redundant(ref: _Ref) -> list[LintWarning]:
    """Entries that add nothing: the answer or another entry written differently, which the
    grader accepts, without a typo, on the card with the entry removed.

    Accepted-without-it alone is not enough: an entry also lends its words to the grader's
    inflection, synonym and typo rules, so «Суга» on the card «Ёсихидэ Суга» is what lets «Сугой»
    pass, and «Алма-Ата» on «Алматы» lets «в Алма-Ате». Only an entry whose words are those of a
    form the card keeps (the same words or the same stems, in order) lends nothing. The grade is
    what a study session would do after the entry is deleted: the card keeps its other entries,
    reject list and prompt, and the deck's lexicon is rebuilt without the entry.
    """
    card = ref.card
    if not isinstance(card, TextCard):
        return []
    language = ref.linted.deck.language
    found = []
    for entry in card.accept:
        kept = [a for a in card.accept if a != entry]
        if not _same_words(entry, [card.answer, *kept], language):
            continue
        without = card.model_copy(update={"accept": kept})
        verdict = grade(without, entry, language, deck_lexicon(_replaced(ref, without)))
        if verdict.correct and verdict.rating is SuggestedRating.GOOD:
            message = _("accept entry {entry} is accepted without it; remove it to keep the card short")
            found.append(ref.warn("accept-redundant", message.format(entry=repr(entry))))
    return found


def _same_words(entry: str, forms: Sequence[str], language: str) -> bool:
    """Whether ``entry`` is one of ``forms`` in other letters' case, punctuation or inflection."""
    words = tokens(entry, language)
    for form in forms:
        other = tokens(form, language)
        if len(other) == len(words) and all(
            a == b or stem(a) == stem(b) for a, b in zip(words, other, strict=True)
        ):
            return True
    return False


def _replaced(ref: _Ref, card: Card) -> Deck:
    """The card's deck with ``card`` in the place of the card of ``ref``."""
    deck = ref.linted.deck
    sections = [
        section.model_copy(update={"cards": [card if c is ref.card else c for c in section.cards]})
        if section is ref.section
        else section
        for section in deck.sections
    ]
    return deck.model_copy(update={"sections": sections})


def _accept_overlap(refs: Sequence[_Ref], lexicon: frozenset[str]) -> list[LintWarning]:
    """A card whose accept entries make another card's answer right here (it blurs two facts)."""
    texts = [ref for ref in refs if isinstance(ref.card, TextCard)]
    found = []
    for ref in texts:
        card = ref.card
        assert isinstance(card, TextCard)
        if not card.accept:
            continue
        language = ref.linted.deck.language
        accept_words = {w for entry in card.accept for w in normalize(entry).split() if len(w) > 2}
        bare = card.model_copy(update={"accept": []})
        for other in texts:
            answer = other.card.answer if isinstance(other.card, TextCard) else ""
            if other is ref or normalize(answer) == normalize(card.answer):
                continue
            if not accept_words & set(normalize(answer).split()):
                continue  # no word in common: no accept entry can match it
            if grade(other.card, card.answer, language, lexicon).correct:
                continue  # the other card takes this one's answer too: one thing written two ways (S. Abe)
            if (
                grade(card, answer, language, lexicon).correct
                and not grade(bare, answer, language, lexicon).correct
            ):
                message = _(
                    "an accept entry makes {answer}, the answer of {other}, right on this card too; "
                    "narrow the entry or add that answer to reject"
                )
                found.append(
                    ref.warn("accept-overlap", message.format(answer=repr(answer), other=other.name))
                )
    return found


# --- comparing cards ------------------------------------------------------------------------------

_MIN_GIVEAWAY: Final = 4
"""Shorter answers ("США", "ЕС") appear in prompts for other reasons too often to be a giveaway."""


def _forms(card: Card, language: str) -> list[str]:
    """What a student types to answer ``card`` right, as text a prompt could contain."""
    match card:
        case TextCard():
            return [card.answer, *card.accept]
        case ChoiceCard():
            return [card.answer]
        case DateCard():
            return _date_forms(card, language)
        case NumberCard():
            return [number_text(card.answer)] if abs(card.answer) >= 100 else []
        case ListCard():
            return []  # one item in a prompt gives away one item of several, not the answer


def _date_forms(card: DateCard, language: str) -> list[str]:
    """A date as another prompt would give it away: a year-only date's year; a date with a month
    its month and year («в мае 1992», "in May 1992"), and with a day also the whole date, in
    either English order ("21 August 2016", "August 21, 2016").

    A month card's bare year is no giveaway (the month is what it asks), nor is a day and month
    without the year (29 August names a yearly day in several events). The forms are written
    with the deck language's month names; the grader's tokens turn any month name beside a number
    into one token, so «мая 2021» is also found as "May 2021" and «21 августа» as "21-го августа".
    """
    year, month, day = card.parts
    if month is None:
        return [str(year)]
    if language == "ru":
        forms = [f"{NOMINATIVE_RU[month - 1]} {year}"]
        if day is not None:
            forms.insert(0, f"{day} {GENITIVE['ru'][month - 1]} {year}")
        return forms
    name = GENITIVE["en"][month - 1]
    forms = [f"{name} {year}"]
    if day is not None:
        forms[:0] = [f"{day} {name} {year}", f"{name} {day}, {year}"]
    return forms


@lru_cache(maxsize=1 << 18)
def _same_word(typed: str, expected: str, language: str) -> bool:
    """One word, or another inflection or spelling of it, as the grader reads words.

    Only the grader's exact strength counts (the same word, its stem, its transliteration, its
    synonym) and a typo-distance pair the dictionary calls one word (поставок / поставки): a typo
    is a different word here, or «успели» would be found in «успехов» and "still" in "stimulus".
    """
    strength = compare_words(typed, expected, language)
    return strength is Strength.EXACT or (strength is Strength.TYPO and same_word(typed, expected))


def _keys(word: str) -> set[str]:
    """Where :func:`_same_word` could match ``word``: its first letter, its sound's first letter,
    its synonym's concept and its number. Two words with no key in common are never compared
    (which keeps the lint of the bundled decks at about a second)."""
    keys = {word[:1], "~" + phonetic_key(word)[:1]}
    if (key := concept(word)) is not None:
        keys.add(key)
    if (value := number_value(word)) is not None:
        keys.add(f"#{value}")
    return keys


class _Prompts:
    """The prompts of one language's cards as words, indexed to find a phrase among them."""

    def __init__(self, refs: Sequence[_Ref], language: str) -> None:
        self.language = language
        self.words = [tokens(ref.card.prompt, language) for ref in refs]
        self._where: dict[str, set[int]] = {}  # a prompt word -> the prompts it is in
        self._keyed: dict[str, set[str]] = {}  # a key of :func:`_keys` -> prompt words having it
        for n, words in enumerate(self.words):
            for word in words:
                if word not in self._where:
                    for key in _keys(word):
                        self._keyed.setdefault(key, set()).add(word)
                self._where.setdefault(word, set()).add(n)
        self._matches: dict[str, frozenset[str]] = {}

    def matches(self, word: str) -> frozenset[str]:
        """The prompt words that are ``word`` (inflected, in another spelling)."""
        if word not in self._matches:
            candidates = set().union(*(self._keyed.get(key, set()) for key in _keys(word)))
            self._matches[word] = frozenset(w for w in candidates if _same_word(w, word, self.language))
        return self._matches[word]

    def having(self, word: str) -> set[int]:
        """The prompts that name ``word`` in some form."""
        return set().union(*(self._where[w] for w in self.matches(word)))

    def find(self, phrase: Sequence[str]) -> list[int]:
        """The prompts that contain ``phrase`` as consecutive words, each word in some form."""
        if not phrase:
            return []
        forms = [self.matches(word) for word in phrase]
        found = set.intersection(*(self.having(word) for word in phrase))
        return sorted(n for n in found if _contains(self.words[n], forms))


def _contains(words: Sequence[str], forms: Sequence[frozenset[str]]) -> bool:
    size = len(forms)
    return any(
        all(words[start + n] in forms[n] for n in range(size)) for start in range(len(words) - size + 1)
    )


_TOPIC_PROMPTS: Final = 3
"""An answer found in more prompts than this is the course's topic ("Казахстан"), not a giveaway."""

_CONTEXT_PROMPTS: Final = 8
"""A word in more prompts than this (Japan, visit, cooperation) says nothing about which fact is asked."""


def _gives_away(refs: Sequence[_Ref]) -> list[LintWarning]:
    """A prompt that names another card's answer, when the two cards are about the same thing.

    The answer must be in the prompt as whole words, inflected or not, but never with a typo.
    Three filters keep it to real giveaways: the answer must be rare among the prompts (a country
    every question names gives nothing away), the other card's own prompt must not name it (then
    it is that card's topic), and the two prompts must share a word that is rare among the prompts
    (a year in an unrelated question is a coincidence).
    """
    if not refs:
        return []
    language = refs[0].linted.deck.language
    prompts = _Prompts(refs, language)
    answers = [_answer_of(ref.card) for ref in refs]
    found = []
    warned: set[tuple[int, str]] = set()
    for m, other in enumerate(refs):
        own = prompts.words[m]
        given: dict[int, str] = {}  # a prompt that gives ``other`` away -> the form it names
        topic = False
        for form in _forms(other.card, language):
            phrase = tokens(form, language)
            if len("".join(phrase)) < _MIN_GIVEAWAY:
                continue
            if _contains(own, [prompts.matches(w) | {w} for w in phrase]):
                continue  # a word the card's own question names is the topic, not the answer
            hits = [n for n in prompts.find(phrase) if n != m and answers[n] != answers[m]]
            if len(hits) > _TOPIC_PROMPTS:
                topic = True
                break
            for n in hits:
                given.setdefault(n, form)  # the answer itself when found, else the first accept entry
        if topic:
            continue
        for n, form in sorted(given.items()):
            dated = isinstance(other.card, DateCard) and other.card.parts[1] is not None
            if (n, answers[m]) in warned or not _share_context(
                prompts, prompts.words[n], own, tokens(form, language), common=_DATE_COMMON if dated else None
            ):
                continue
            warned.add((n, answers[m]))  # two cards with one answer (Shinzo Abe) are one giveaway
            message = _(
                "the prompt contains {form}, the answer of {other}: a student who sees this "
                "card first is given that answer; reword one of the two"
            )
            found.append(refs[n].warn("gives-away", message.format(form=repr(form), other=other.name)))
    return found


_DATE_COMMON: Final = 2
"""A month and year in another prompt is rarer than a year: two words in common of any frequency
tie the prompts to one event (first visit, Nazarbayev), where a year alone needs a rare word."""


def _share_context(
    prompts: _Prompts,
    words: Sequence[str],
    other: Sequence[str],
    phrase: Sequence[str],
    *,
    common: int | None = None,
) -> bool:
    """Whether two prompts share a word, other than the answer's, that few prompts have, or
    (when ``common`` is given) that many words of any frequency."""
    answer = set().union(*(prompts.matches(w) for w in phrase))
    shared: set[str] = set()
    for word in words:
        if word in answer or word in FUNCTION_WORDS or (len(word) < 4 and not word.isdigit()):
            continue
        if not prompts.matches(word) & set(other):
            continue
        if len(prompts.having(word)) <= _CONTEXT_PROMPTS:
            return True
        shared.add(word)
    return common is not None and len(shared) >= common


def _answer_of(card: Card) -> str:
    """The card's answer as one comparable text: two cards with the same one ask the same fact."""
    match card:
        case ListCard():
            return " | ".join(sorted(normalize(item[0]) for item in card.items))
        case NumberCard():
            return number_text(card.answer)
        case _:
            return normalize(card.answer)


_SAME_PROMPT: Final = 0.8
"""difflib's ratio above which two prompts ask the same thing (a changed word or word order)."""


def _same_fact(refs: Iterable[_Ref]) -> list[LintWarning]:
    groups: dict[str, list[_Ref]] = {}
    for ref in refs:
        groups.setdefault(_answer_of(ref.card), []).append(ref)
    found = []
    for group in groups.values():
        for n, ref in enumerate(group):
            prompt = normalize(ref.card.prompt)
            for earlier in group[:n]:
                ratio = difflib.SequenceMatcher(
                    None, prompt, normalize(earlier.card.prompt), autojunk=False
                ).ratio()
                if ratio >= _SAME_PROMPT:
                    message = _(
                        "asks the same as {other} (near-identical prompt, same answer); "
                        "remove one, or make them ask different things"
                    )
                    found.append(ref.warn("same-fact", message.format(other=earlier.name)))
                    break
    return found
