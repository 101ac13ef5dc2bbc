"""Reading a typed number, with its scale word, and comparing it without any fuzziness.

"726 825" (ordinary, no-break or narrow space), "726825", "726,825" in an English deck,
"1,2 тыс." and "более 1200" are all read. The card's ``unit`` may carry a scale ("млн долларов"):
then "30", "30 млн" and "30 000 000" all mean thirty million, while "30 млрд" is a different
number. Two different numbers in one answer are a hedge. Numbers in words, in any case, are read
as their digits (:mod:`.number_words`).

An answer that negates («не 74») is wrong before any number is read from it; an answer with no
number at all (and not blank or «не знаю») is "could not read": the student is asked again and
nothing is recorded, because the grader's failure to read is not the student's mistake.
"""

from __future__ import annotations

import math
import re

from ..wording import number_text
from .feedback import message
from .negation import negates
from .normalize import fold
from .number_words import words_to_digits
from .text import is_blank
from .verdict import Verdict

__all__ = ["grade_number", "parse_number", "scale_of"]

_SCALES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"^(?:тыс|тысяч[аи]?|thousands?|k)$"), 1e3),
    (re.compile(r"^(?:млн|миллион(?:а|ов)?|millions?|mln|m)$"), 1e6),
    (re.compile(r"^(?:млрд|миллиард(?:а|ов)?|billions?|bn|bln)$"), 1e9),
    (re.compile(r"^(?:трлн|триллион(?:а|ов)?|trillions?|tn)$"), 1e12),
)
_UNIT_WORDS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (family, re.compile(pattern), name)
    for family, pattern, name in (
        ("currency", r"^(?:доллар|dollar|usd|\$)", "usd"),
        ("currency", r"^(?:тенге|tenge|kzt|₸)", "kzt"),
        ("currency", r"^(?:евро|euro|eur|€)", "eur"),
        ("currency", r"^(?:[ий]ен|yen|jpy|¥)", "jpy"),
        ("currency", r"^(?:рубл|ruble|rouble|rub)", "rub"),
        ("time", r"^(?:лет|год|year)", "year"),
        ("time", r"^(?:месяц|month)", "month"),
        ("time", r"^(?:недел|week)", "week"),
        ("time", r"^(?:дн[яейи]|день|сут|days?$)", "day"),
        ("time", r"^(?:час|hours?$)", "hour"),
        ("mass", r"^(?:тонн|tonne|tons?$)", "t"),
        ("mass", r"^(?:кг|килограмм|kg|kilogram)", "kg"),
        ("mass", r"^(?:грамм|grams?$)", "g"),
    )
)
"""Unit words by family; a typed unit of a family the card names must be the card's own."""
_LESS_WORDS = r"менее|меньше|не более|не больше|less than|fewer than|at most|up to|under|below"
_MORE_WORDS = r"более|больше|свыше|не менее|more than|over|above|at least"
_LESS = re.compile(rf"\b(?:{_LESS_WORDS}|до)\s*\d")
_MORE = re.compile(rf"\b(?:{_MORE_WORDS})\s*\d")
_LESS_ASKED = re.compile(rf"\b(?:{_LESS_WORDS})\s+(?:скольк|how many|how much)")
_MORE_ASKED = re.compile(rf"\b(?:{_MORE_WORDS})\s+(?:скольк|how many|how much)")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])")
_EN_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def scale_of(word: str) -> float | None:
    """The multiplier a scale word stands for ("млн" → 1e6), or None."""
    for pattern, value in _SCALES:
        if pattern.match(word.strip(".")):
            return value
    return None


def parse_number(text: str, language: str) -> list[tuple[float, float | None]]:
    """Every number in the text as (value, scale word's multiplier or None)."""
    folded = words_to_digits(fold(text))
    folded = _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group(0)), folded)
    if language == "en":
        folded = _EN_THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), folded)
    found: list[tuple[float, float | None]] = []
    for match in _NUMBER.finditer(folded):
        value = float(match.group(0).replace(",", "."))
        tail = folded[match.end() :].lstrip(" \u00a0.")
        word = re.match(r"[^\W\d_]+", tail)
        found.append((value, scale_of(word.group(0)) if word else None))
    return found


def _unit_scale(unit: str | None) -> float | None:
    if not unit:
        return None
    for word in re.findall(r"[^\W\d_]+", fold(unit)):
        scale = scale_of(word)
        if scale:
            return scale
    return None


def _units(text: str) -> dict[str, set[str]]:
    """The units a text names, by family: {"currency": {"usd"}, "time": {"year"}, ...}."""
    found: dict[str, set[str]] = {}
    for word in re.findall(r"[^\W\d_]+|[$€¥₸]", fold(text)):
        for family, pattern, name in _UNIT_WORDS:
            if pattern.match(word):
                found.setdefault(family, set()).add(name)
                break
    return found


def _direction(text: str, *, asked: bool = False) -> str | None:
    """Whether a bound is stated: "less" ("менее 50", "up to 50"), "more" ("более 1200"), or None.

    With ``asked``, read a question instead: "свыше скольких…", "(more than how many)". Numbers
    in words count as digits: «более пятидесяти» states a bound as «более 50» does.
    """
    folded = words_to_digits(fold(text))
    less, more = (_LESS_ASKED, _MORE_ASKED) if asked else (_LESS, _MORE)
    if less.search(folded):
        return "less"
    if more.search(folded):
        return "more"
    return None


def _mismatch(answer: str, unit: str | None, prompt: str) -> str | None:
    """Why the answer's own words contradict the card: another unit, or "less" for "more"."""
    context = f"{unit or ''} {prompt}"
    # The card's unit says best what is counted; the question is read only when it has none
    # ("со дня смерти" in a question about years is not a unit).
    typed, wanted = _units(answer), (_units(unit or "") or _units(prompt))
    for family, names in typed.items():
        if family in wanted and not names <= wanted[family]:
            return "unit"
    direction, card_direction = _direction(answer), _direction(context, asked=True)
    if direction == "less" and card_direction != "less":
        return "direction"
    if direction == "more" and card_direction == "less":
        return "direction"
    return None


def grade_number(
    answer: str,
    expected: float,
    tolerance: float,
    unit: str | None,
    language: str,
    prompt: str = "",
) -> Verdict:
    """Grade a typed number: right only within the card's absolute tolerance, in the card's unit.

    ``prompt`` gives the units and bounds the question speaks of ("Сколько лет", "свыше скольких"),
    so that "2 месяца" for two years, "100 млн тенге" for dollars or "менее 50" for "свыше 50" is
    wrong whatever the digits.
    """
    shown = f"{number_text(expected)} {unit}" if unit else number_text(expected)
    if is_blank(answer):
        return Verdict.wrong(message(language, "blank", answer=shown), shown)
    if negates(answer, (shown,)):
        # «не 74» names 74 only to exclude it: never read past the negator.
        return Verdict.wrong(message(language, "negated", answer=shown), shown)
    numbers = parse_number(answer, language)
    if not numbers:
        # No number could be read: the student is asked again, and nothing is recorded.
        return Verdict.unread(message(language, "number.unread_forms"), None)
    unit_scale = _unit_scale(unit)
    values = set()
    for value, scale in numbers:
        if scale is not None:
            # The student named a scale: express the number in the card's units.
            value = value * scale / (unit_scale or 1.0)
        elif unit_scale and value >= unit_scale:
            # "30 000 000" for a card counted in millions.
            value = value / unit_scale
        values.add(round(value, 9))
    if len(values) > 1:
        return Verdict.wrong(message(language, "number.hedge", answer=shown), shown)
    value = values.pop()
    mismatch = _mismatch(answer, unit, prompt)
    if mismatch is not None:  # "unit" or "direction"
        return Verdict.wrong(message(language, f"number.{mismatch}", answer=shown), shown)
    if math.isclose(value, expected, rel_tol=0, abs_tol=tolerance + 1e-9):
        return Verdict.right(message(language, "correct"), shown)
    scaled = [value * factor for factor in (1e3, 1e-3, 1e6, 1e-6)]
    key = "number.scale" if any(math.isclose(v, expected, rel_tol=1e-9) for v in scaled) else "number.wrong"
    return Verdict.wrong(message(language, key, answer=shown), shown)
