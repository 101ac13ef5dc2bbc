"""Numbers written in words, in every form a student types them, turned into digits.

Why so many forms: a question decides the case of the answer. «Свыше скольких компаний?» is
answered «пятидесяти», «В число скольких инвесторов входит?» with «в десятку», «К какому
юбилею?» with «к двадцатипятилетию», «В каком году?» with «в девяносто седьмом». Reading only the
nominative («пятьдесят») failed every one of those, and a right answer was recorded as Again.

The table is built from whole word forms (never from loose prefixes), so an ordinary word is not
read as a number by accident. Read here: cardinal numbers in all six cases («трёхсот»,
«двумястами»), ordinals («седьмом», «двадцать восьмого»), collective numerals («трое») and
nouns («десяток», «в десятку», «сотня», «дюжина»), halves («полторы тысячи», «полсотни»),
compounds with «-летие» and «-тысячный» («пятидесятилетию», «двухтысячном»), and in English
cardinals, ordinals and "a hundred", "a thousand", "a dozen".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

__all__ = ["words_to_digits"]

_CARDINAL_FORMS: dict[float, str] = {
    0: "ноль нуля нулю нулем нуле zero",
    1: "один одна одно одни одного одной одному одним одном одну одною одних одними one",
    1.5: "полтора полторы полутора",
    2: "два две двух двум двумя двое двоих двоим двоими two",
    3: "три трех трем тремя трое троих троим троими three",
    4: "четыре четырех четырем четырьмя четверо четверых четверым четверыми four",
    5: "пять пяти пятью пятеро пятерых пятерым пятерыми five",
    6: "шесть шести шестью шестеро шестерых шестерым шестерыми six",
    7: "семь семи семью семеро семерых семерым семерыми seven",
    8: "восемь восьми восемью восьмью eight",
    9: "девять девяти девятью девятеро девятерых nine",
    10: "десять десяти десятью десятеро десятерых ten",
    11: "одиннадцать одиннадцати одиннадцатью eleven",
    12: "двенадцать двенадцати двенадцатью twelve",
    13: "тринадцать тринадцати тринадцатью thirteen",
    14: "четырнадцать четырнадцати четырнадцатью fourteen",
    15: "пятнадцать пятнадцати пятнадцатью fifteen",
    16: "шестнадцать шестнадцати шестнадцатью sixteen",
    17: "семнадцать семнадцати семнадцатью seventeen",
    18: "восемнадцать восемнадцати восемнадцатью eighteen",
    19: "девятнадцать девятнадцати девятнадцатью nineteen",
    20: "двадцать двадцати двадцатью twenty",
    30: "тридцать тридцати тридцатью thirty",
    40: "сорок сорока forty",
    50: "пятьдесят пятидесяти пятьюдесятью полсотни полсотня полсотню полста полвека полувека полувеку полувеком fifty",
    60: "шестьдесят шестидесяти шестьюдесятью sixty",
    70: "семьдесят семидесяти семьюдесятью seventy",
    80: "восемьдесят восьмидесяти восемьюдесятью eighty",
    90: "девяносто девяноста ninety",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот тремстам тремястами трехстах",
    400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
    500: "пятьсот пятисот пятистам пятьюстами пятистах полтысячи",
    600: "шестьсот шестисот шестистам шестьюстами шестистах",
    700: "семьсот семисот семистам семьюстами семистах",
    800: "восемьсот восьмисот восьмистам восемьюстами восьмистах",
    900: "девятьсот девятисот девятистам девятьюстами девятистах",
    500_000: "полмиллиона",
    500_000_000: "полмиллиарда",
}
"""Every case of every cardinal and collective numeral (after folding, so «трёх» is «трех»)."""

_SCALE_FORMS: dict[int, str] = {
    1000: "тысяча тысячи тысяч тысячу тысячей тысячею тысяче тысячам тысячами тысячах thousand",
    10**6: "миллион миллиона миллионов миллиону миллионом миллионе миллионы миллионам миллионами "
    "миллионах million",
    10**9: "миллиард миллиарда миллиардов миллиарду миллиардом миллиарде миллиарды миллиардам "
    "миллиардами миллиардах billion",
}
"""Words that multiply what precedes them: «две тысячи», "two thousand"."""

_COLLECTIVE_FORMS: dict[int, str] = {
    3: "тройка тройки тройку тройке тройкой",
    5: "пятерка пятерки пятерку пятерке пятеркой",
    10: "десяток десятка десятку десятке десятком десятки десятков десяткой",
    12: "дюжина дюжины дюжину дюжине дюжиной дюжин dozen",
    20: "двадцатка двадцатки двадцатку двадцатке двадцаткой",
    100: "сотня сотни сотню сотне сотней сотен сотнями сотнях",
}
"""Nouns that count: «в десятку» (among the top ten), «две сотни», "a dozen"."""

_ORDINAL_STEMS: dict[int, str] = {
    1: "перв", 2: "втор", 4: "четверт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм", 9: "девят",
    10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
    15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат",
    20: "двадцат", 30: "тридцат", 40: "сороков", 50: "пятидесят", 60: "шестидесят",
    70: "семидесят", 80: "восьмидесят", 90: "девяност", 100: "сот", 200: "двухсот",
    300: "трехсот", 400: "четырехсот", 500: "пятисот", 600: "шестисот", 700: "семисот",
    800: "восьмисот", 900: "девятисот", 1000: "тысячн", 10**6: "миллионн",
}  # fmt: skip
_ADJECTIVE_ENDINGS = ("ый", "ой", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми")
_THIRD = "третий третья третье третьего третьему третьим третьем третью третьей третьи третьих третьими"
_ENGLISH_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12,
}  # fmt: skip
_GENITIVE_PREFIXES: dict[str, int] = {
    "одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13,
    "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17,
    "восемнадцати": 18, "девятнадцати": 19, "двадцати": 20, "тридцати": 30, "сорока": 40,
    "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90,
    "сто": 100, "двухсот": 200, "трехсот": 300, "четырехсот": 400, "пятисот": 500, "тысяче": 1000,
}  # fmt: skip
"""The first halves of compound words: «двадцати|пяти|летие», «двух|тысячном»."""
_PREFIXES_LONGEST_FIRST = sorted(_GENITIVE_PREFIXES, key=len, reverse=True)
_COMPOUND = re.compile(
    r"^([а-я]+?)(лет(?:ие|ия|ию|ием|ии|ний|него|нему|ним|нем|няя|нюю|ней|нее|ние|них|ними)"
    r"|тысячн(?:ый|ой|ая|ое|ого|ому|ым|ом|ую|ые|ых|ыми))$"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_AFTER_DIGITS = " \u00a0\u202f\t.,"
_OF = frozenset({"из", "of"})
_ARTICLES = frozenset({"a", "an"})
_HUNDRED = "hundred"
_HALF = "половиной"
_JOINERS = frozenset({"", "and", "с"})
"""What may stand between two words of one number: "one hundred and five", «два с половиной»."""


@dataclass(frozen=True, slots=True)
class _Word:
    """What one number word does: ``kind`` is "unit", "scale", "collective" or "ordinal"."""

    kind: str
    value: float


@cache
def _table() -> dict[str, _Word]:
    """Every number word form; built on the first date or number answer, not at import."""
    table: dict[str, _Word] = {}
    for value, forms in _CARDINAL_FORMS.items():
        table.update((form, _Word("unit", value)) for form in forms.split())
    for scale, forms in _SCALE_FORMS.items():
        table.update((form, _Word("scale", scale)) for form in forms.split())
    for count, forms in _COLLECTIVE_FORMS.items():
        table.update((form, _Word("collective", count)) for form in forms.split())
    for number, stem in _ORDINAL_STEMS.items():
        table.update((stem + ending, _Word("ordinal", number)) for ending in _ADJECTIVE_ENDINGS)
    table.update((form, _Word("ordinal", 3)) for form in _THIRD.split())
    english = {w: int(v) for v, forms in _CARDINAL_FORMS.items() for w in forms.split() if w.isascii()}
    for word, value in english.items():
        if value >= 4 and word not in {"five", "eight", "nine", "twelve"}:
            table[word[:-1] + "ieth" if word.endswith("y") else word + "th"] = _Word("ordinal", value)
    table.update((word, _Word("ordinal", value)) for word, value in _ENGLISH_ORDINALS.items())
    table["hundredth"], table["thousandth"] = _Word("ordinal", 100), _Word("ordinal", 1000)
    return table


def _compound(word: str) -> tuple[int, str] | None:
    """«двадцатипятилетию» → (25, "летию"); «двухтысячном» → (2000, "ом"); else None."""
    match = _COMPOUND.match(word)
    if match is None:
        return None
    prefix, tail = match.groups()
    value = 0
    while prefix:
        head = next((p for p in _PREFIXES_LONGEST_FIRST if prefix.startswith(p)), None)
        if head is None:
            return None
        value += _GENITIVE_PREFIXES[head]
        prefix = prefix[len(head) :]
    if tail.startswith("тысячн"):
        return value * 1000, tail[len("тысячн") :]
    return value, tail


def _place(value: float) -> int:
    """The power of ten a unit word fills: 7 → 10, 40 → 100, 300 → 1000."""
    return 10 if value < 10 else 100 if value < 100 else 1000


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


class _Run:
    """One run of number words being added up: «тысяча девятьсот девяносто седьмом» → 1997."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start
        self.total = 0.0
        self.current = 0.0
        self.closed = False  # an ordinal ends a number: «двадцать восьмого», then a new one

    def takes(self, word: _Word) -> bool:
        """Whether the word continues this run rather than starting a new number."""
        if self.closed:
            return False
        if word.kind == "ordinal" and word.value >= 1000:
            return True  # «две тысячи»… «тысячном»
        if word.kind in {"unit", "ordinal"}:
            return word.value < 1000 and self.current % _place(word.value) == 0 and self.current != 1.5
        return True  # a scale or a collective multiplies what came before

    def add(self, word: _Word, end: int) -> None:
        if word.kind == "unit" or (word.kind == "ordinal" and word.value < 1000):
            self.current += word.value
        else:
            self.total += max(self.current, 1) * word.value
            self.current = 0
        self.closed = word.kind == "ordinal"
        self.end = end

    def multiplies(self, word: str, end: int) -> bool:
        """Take "hundred" after "two" (×100) or «половиной» after «два с» (+0.5); False otherwise."""
        if not self.current or self.closed or word not in {_HUNDRED, _HALF}:
            return False
        self.current = self.current * 100 if word == _HUNDRED else self.current + 0.5
        self.end = end
        return True

    @property
    def value(self) -> float:
        return self.total + self.current


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]


def _skipped(words: list[tuple[int, int, str]], index: int, text: str) -> bool:
    """Words that look like numbers but are not one here.

    «одним из» / "one of" is not 1; «в первую десятку» is the top ten, not 1 and 10; a scale word
    right after digits («100 миллионов») is left for the number reader, which reads it as a scale.
    """
    start, _, word = words[index]
    after = words[index + 1][2] if index + 1 < len(words) else ""
    meaning = _table().get(word)
    if meaning is None:
        return False
    if meaning.value == 1 and (after in _OF or _table().get(after, _Word("", 0)).kind == "collective"):
        return True
    return meaning.kind in {"scale", "collective"} and text[:start].rstrip(_AFTER_DIGITS)[-1:].isdigit()


def words_to_digits(text: str) -> str:
    """Replace each run of number words in already folded text with its digits."""
    words = _tokens(text)
    out: list[str] = []
    run: _Run | None = None
    position = 0

    def flush() -> None:
        nonlocal run, position
        if run is not None:
            out.append(text[position : run.start])
            out.append(_number_text(run.value))
            position, run = run.end, None

    for index, (start, end, word) in enumerate(words):
        adjacent = run is not None and text[run.end : start].strip(" -") in _JOINERS
        after = words[index + 1][2] if index + 1 < len(words) else ""
        if run is not None and adjacent and (word in _JOINERS or run.multiplies(word, end)):
            continue
        if word in _ARTICLES and (
            after == _HUNDRED or _table().get(after, _Word("", 0)).kind in {"scale", "collective"}
        ):
            meaning: _Word | None = _Word("unit", 1)  # "a hundred", "a dozen"
        elif word == _HUNDRED:
            meaning = _Word("unit", 100)
        else:
            meaning = None if _skipped(words, index, text) else _table().get(word)
        if meaning is None and (compound := _compound(word)) is not None:
            flush()
            out.append(text[position:start])
            value, tail = compound
            out.append(f"{value}-{tail}")
            position = end
            continue
        if meaning is None:
            flush()
            continue
        if run is None or not adjacent or not run.takes(meaning):
            flush()
            run = _Run(start)
        run.add(meaning, end)
    flush()
    out.append(text[position:])
    return "".join(out)
