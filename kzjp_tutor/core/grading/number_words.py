"""Numbers written in words ("семьдесят четыре", "seventy-four") turned into digits.

Only the nominative forms a student types for a plain quantity are read; an inflected form such as
"семидесяти" stays a word, and the number grader then finds no number and says so.
"""

from __future__ import annotations

import re

__all__ = ["words_to_digits"]

_UNITS = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
    "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
    "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_HUNDRED = {"hundred"}
_SCALES = {
    "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "thousand": 1000,
    "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6, "million": 10**6,
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def words_to_digits(text: str) -> str:
    """Replace each run of number words in already folded text with its digits."""
    runs: list[tuple[int, int, int]] = []  # (start, end, value)
    start: int | None = None
    end = total = current = 0
    seen = False
    for match in _WORD.finditer(text):
        word = match.group(0)
        adjacent = start is not None and text[end : match.start()].strip(" -") == ""
        # A scale word only continues words ("две тысячи"); after digits ("100 млн") it is a scale.
        continues = adjacent and seen
        is_number = word in _UNITS or (continues and (word in _HUNDRED or word in _SCALES or word == "and"))
        if start is not None and (not is_number or not adjacent):
            if seen:
                runs.append((start, end, total + current))
            start, total, current, seen = None, 0, 0, False
        if not is_number:
            continue
        if start is None:
            start = match.start()
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _HUNDRED:
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current, seen = 0, True
        end = match.end()
    if start is not None and seen:
        runs.append((start, end, total + current))
    for run_start, run_end, value in reversed(runs):
        text = f"{text[:run_start]}{value}{text[run_end:]}"
    return text
