"""Grading a choice: the option picked by its 1-based number (in digits or words) or by its text.

Why number words: a student who types «второй», «ответ 2», «(2)», «вариант первый» or "the first
one" has picked an option as plainly as one who types «2», and failing them teaches nothing. The
number always refers to the deck's order (``choices`` as written), whatever order a screen shows.

An answer that is exactly one option's text is read as that text, never as a number, so a card
whose options are themselves numbers or number words still works. Anything else that names no
single option (two numbers, a number with other words) is graded as text against the right
option, the other options acting as near misses.
"""

from __future__ import annotations

import re

from ..deck import ChoiceCard
from .feedback import message
from .negation import negates
from .normalize import fold, normalize, tokens
from .synonyms import concept
from .text import form_words, grade_text, is_blank, match_phrase, prompt_words, quotes
from .verdict import Verdict
from .vocabulary import FUNCTION_WORDS
from .words import stem

__all__ = ["grade_choice", "picked_number"]

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_CARDINALS = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip
_RU_ORDINAL_STEMS = {
    "перв": 1, "втор": 2, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
    "десят": 10,
}  # fmt: skip
_RU_ORDINAL = re.compile(
    r"(?P<stem>перв|втор|четверт|пят|шест|седьм|восьм|девят|десят)"
    r"(?:ый|ой|ая|ое|ого|ому|ую|ым|ом|ые|ых|ыми)"
    r"|(?P<third>трет)(?:ий|ья|ье|ьего|ьему|ью|ьим|ьем|ьи|ьих)"
)
_POINTERS = frozenset(
    {
        # Words that point at an option without naming one: «ответ 2», «вариант номер два»,
        # "option 2", "the first one", "my answer is 1".
        "ответ", "ответа", "вариант", "варианта", "номер", "номера", "номером", "под", "пункт",
        "мой", "правильный", "это",
        "answer", "option", "choice", "number", "the", "my", "is", "it", "its",
    }
)  # fmt: skip


def _number_word(word: str) -> int | None:
    """The option number a word names: «2», «второй», «два», "second", "two" ("2nd" is "2" once
    normalised)."""
    if word.isdigit() and len(word) <= 2:
        return int(word)
    if word in _ORDINALS or word in _CARDINALS:
        return _ORDINALS.get(word) or _CARDINALS[word]
    match = _RU_ORDINAL.fullmatch(word)
    if match is None:
        return None
    return 3 if match.group("third") else _RU_ORDINAL_STEMS[match.group("stem")]


def picked_number(answer: str) -> int | None:
    """The 1-based option number the answer names, or None when it names none or several.

    Digits, ordinals and cardinals all count («2», «второй», «два», "second", "two"), with words
    that only point at an option around them («ответ», «вариант», "option", "the"). "one" right
    after an ordinal points ("the first one"); anywhere else it is the number 1 ("option one").
    """
    words = normalize(answer).split()
    words = [w for i, w in enumerate(words) if not (w == "one" and i and words[i - 1] in _ORDINALS)]
    numbers = [n for w in words if (n := _number_word(w)) is not None]
    if len(numbers) != 1 or any(w not in _POINTERS for w in words if _number_word(w) is None):
        return None
    return numbers[0]


def _number_and_text(answer: str, choices: list[str]) -> tuple[int, str] | None:
    """«2 — Дипломатия Шёлкового пути», "option 1: treaties…", «… (2)»: a number and an option's
    text together, as (number, text), or None.

    Where the options themselves start or end with a number («3 сектора», «1.365 млн йен») the
    number may be the option's own, so the rest must then be an option's text exactly."""
    words = normalize(answer).split()
    texts = {" ".join(normalize(choice).split()) for choice in choices}
    numeric = any(
        _number_word(ends[0]) is not None or _number_word(ends[-1]) is not None
        for ends in (text.split() for text in texts)
        if ends
    )
    for size in range(1, min(3, len(words) - 1) + 1):
        for number_words, text_words in ((words[:size], words[size:]), (words[-size:], words[:-size])):
            number, text = picked_number(" ".join(number_words)), " ".join(text_words)
            if number is not None and (not numeric or text in texts):
                return number, text
    return None


def grade_choice(card: ChoiceCard, answer: str, language: str) -> Verdict:
    """Grade a pick: by number (the deck's order), else by the text of an option."""
    if is_blank(answer):
        return Verdict.wrong(message(language, "blank", answer=card.answer), card.answer)
    if negates(answer, card.choices):
        # «не 2», «кроме первого», "not 1": an exclusion picks nothing.
        return Verdict.wrong(message(language, "negated", answer=card.answer), card.answer)
    right = card.choices.index(card.answer) + 1
    typed = fold(answer).strip()
    is_option_text = any(typed == fold(choice) for choice in card.choices)
    picked = None if is_option_text else picked_number(answer)
    if picked is not None and 1 <= picked <= len(card.choices):
        if picked == right:
            return Verdict.right(message(language, "correct"), card.answer)
        return Verdict.wrong(message(language, "wrong", answer=f"{right}. {card.answer}"), card.answer)
    others = tuple(str(c) for c in card.choices if c != card.answer)
    both = None if picked is not None or is_option_text else _number_and_text(answer, card.choices)
    if both is not None and 1 <= both[0] <= len(card.choices):
        # The number and the text must name the same, right option: «1 — Дипломатия Шёлкового
        # пути» names two options, which is no pick.
        number, text = both
        verdict = grade_text(text, card.answer, (), others, language)
        if number == right or not verdict.correct:
            return verdict
        return Verdict.wrong(message(language, "wrong", answer=f"{right}. {card.answer}"), card.answer)
    verdict = grade_text(answer, card.answer, (), others, language)
    if verdict.partial and _in_the_source_words(card, answer, language):
        return Verdict.right(message(language, "correct"), card.answer)
    return verdict


def _in_the_source_words(card: ChoiceCard, answer: str, language: str) -> bool:
    """Whether a typed answer says the right option in the words of its source or question.

    Why choice cards: an option is one sentence the deck author wrote for the source's fact, with
    no accepted variants, and a student who types instead of picking writes the fact as the
    source (or the question) does. A teacher reads past, here and only here:

    - the option's subject when the question already names it, at the option's start:
      «дело времени» for «его заключение — дело времени» when the question asks about
      concluding the agreement (:func:`_restates`); a word the question names anywhere else
      («между СССР и [Японией]») is still missing;
    - a linking word of the option's sentence («чтобы», "that") the answer words otherwise;
    - a word of the source or explanation put where the source has it, beside the same word:
      «продвижению двустороннего сотрудничества» (the source's phrase) for «продвижению
      сотрудничества», or «до того времени, когда они реально могут называть» for «до того,
      чтобы реально называть».

    Every other word of the option must be there, and the answer must be nearer the key than
    every other option and share no word with one that the key lacks: the other options are the
    near misses.
    """
    words = tokens(answer, language)
    key = match_phrase(words, card.answer, language)
    others = tuple(c for c in card.choices if c != card.answer)
    if not key.matched or any(
        match_phrase(words, other, language).matched >= key.matched for other in others
    ):
        return False
    if set(key.extras) & (form_words(others, language) - form_words((card.answer,), language)):
        return False
    asked = prompt_words(card.prompt, language)
    option = tokens(card.answer, language)
    lacking = set(key.missing)
    told = [j for j, w in enumerate(option) if w not in lacking]
    for j, word in enumerate(option):
        if word not in lacking or word in FUNCTION_WORDS or word in _LINKS:
            continue
        if not (_restates(word, asked) and j < told[0]):
            return False  # a word of the fact itself is missing
    text = " ".join(t for t in (card.source, card.explain) if t)
    source = tuple(stem(w) for w in tokens(text, language)) if text else ()
    return all(
        _restates(w, asked) or _placed(words, i, source) for i, w in enumerate(words) if w in key.extras
    )


_LINKS = frozenset({"чтобы", "когда", "если", "that", "when", "whether"})
"""Words that only link the clauses of an option's sentence."""


def _restates(word: str, asked: frozenset[str]) -> bool:
    """Whether the question already says ``word``, in that form or a form of its family
    (заключение / заключения, conclusion / concluding: stems that differ in one last letter)."""
    root = stem(word)
    if word in asked or root in asked or concept(word) in asked:
        return True
    return any(
        len(other) >= 6
        and len(root) >= 6
        and other[:-1] == root[: len(other) - 1]
        and abs(len(other) - len(root)) <= 1
        for other in asked
    )


def _placed(words: tuple[str, ...], position: int, source: tuple[str, ...]) -> bool:
    """Whether the word at ``position`` stands beside the same neighbour as in the source."""
    pairs = (words[position - 1 : position + 1], words[position : position + 2])
    return any(len(pair) == 2 and quotes(pair, source) for pair in pairs)
