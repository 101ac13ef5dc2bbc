"""Numbers and dates as people write them; negated and unreadable answers on date and number cards.

Examples first (each a class of answer from the issue or the trial), then hypothesis properties:
a number written in words in any case grades like its digits; a date written in any of the
accepted shapes parses to the same date; a negator before an accepted answer makes it wrong; an
answer with no date or number in it is "could not read", never wrong, unless it is blank.

The word forms in the properties are spelt out here, independently of the grader's own table, so
that a form the grader forgets fails here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import DateCard, NumberCard
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.grading.dates import TypedDate, parse_date
from kzjp_tutor.core.grading.months import GENITIVE, NOMINATIVE_RU
from kzjp_tutor.core.grading.negation import NEGATORS
from kzjp_tutor.core.grading.numbers import parse_number


def _number_card(answer: float, unit: str | None = None, prompt: str = "Сколько?") -> NumberCard:
    return NumberCard(id="n", type="number", prompt=prompt, answer=answer, unit=unit)


def _date_card(answer: str) -> DateCard:
    return DateCard(id="d", type="date", prompt="Когда?", answer=answer)


def _values(text: str, language: str = "ru") -> list[float]:
    return [value * (scale or 1) for value, scale in parse_number(text, language)]


# ---------------------------------------------------------------------------------------------
# number words: examples
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("тысяча", "ru", 1000),
        ("тысячу экземпляров", "ru", 1000),
        ("одной тысячи тонн", "ru", 1000),
        ("полторы тысячи", "ru", 1500),
        ("полутора тысяч", "ru", 1500),
        ("трёхсот", "ru", 300),
        ("двумястами", "ru", 200),
        ("семидесяти четырёх", "ru", 74),
        ("тридцати шести", "ru", 36),
        ("около двухсот пятидесяти инвесторов", "ru", 250),
        ("более тысячи двухсот", "ru", 1200),
        ("десятка", "ru", 10),
        ("в десятку", "ru", 10),
        ("в первую десятку", "ru", 10),
        ("в десятке", "ru", 10),
        ("два десятка", "ru", 20),
        ("трое", "ru", 3),
        ("полсотни", "ru", 50),
        ("полвека", "ru", 50),
        ("два с половиной миллиона", "ru", 2_500_000),
        ("десятилетие", "ru", 10),
        ("около ста миллионов долларов", "ru", 100_000_000),
        ("около четырёх миллионов", "ru", 4_000_000),
        ("к двадцатипятилетию", "ru", 25),
        ("пятидесятилетию", "ru", 50),
        ("двадцатилетие", "ru", 20),
        ("одним из десяти крупнейших", "ru", 10),
        ("a dozen", "en", 12),
        ("a hundred", "en", 100),
        ("a thousand", "en", 1000),
        ("more than fifty", "en", 50),
        ("one hundred and five", "en", 105),
        ("two hundred fifty thousand", "en", 250_000),
        ("one of the ten largest", "en", 10),
    ],
)
def test_number_words_in_every_form(text: str, language: str, value: float) -> None:
    assert _values(text, language) == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("100 миллионов", [100_000_000]),  # a scale after digits stays a scale
        ("пять шесть", [5, 6]),  # two units in a row are two numbers, not eleven
        ("fifty and sixty", [50, 60]),
        ("пять с шестью", [5, 6]),
        ("три-четыре", [3, 4]),
    ],
)
def test_number_words_that_are_not_one_number(text: str, values: list[float]) -> None:
    assert _values(text, "en" if text.isascii() else "ru") == values


@pytest.mark.parametrize(
    ("answer", "expected", "unit", "prompt", "correct"),
    [
        ("в десятку", 10, "крупнейших инвесторов", "В число скольких инвесторов входит Япония?", True),
        ("больше пятидесяти", 50, "компаний", "Свыше скольких компаний работает?", True),
        ("свыше пятидесяти предприятий", 50, "компаний", "Свыше скольких компаний работает?", True),
        ("менее пятидесяти", 50, "компаний", "Свыше скольких компаний работает?", False),
        ("около ста миллионов долларов", 100, "млн долларов США", "Сколько вложено?", True),
        ("около ста миллиардов долларов", 100, "млн долларов США", "Сколько вложено?", False),
        ("тысяча", 1000, "тонн урана в год", "Сколько?", True),
        ("a thousand", 1000, "tonnes", "How many?", True),
        ("в двадцатку", 10, None, "Сколько?", False),
    ],
)
def test_number_cards_read_words(
    answer: str, expected: float, unit: str | None, prompt: str, correct: bool
) -> None:
    language = "en" if prompt.isascii() else "ru"
    verdict = grade(_number_card(expected, unit, prompt), answer, language)
    assert (verdict.correct, verdict.unreadable) == (correct, False), verdict.feedback


# ---------------------------------------------------------------------------------------------
# dates: examples
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("май 92", TypedDate(1992, 5)),
        ("в мае 92-го", TypedDate(1992, 5)),
        ("в 1997-м", TypedDate(1997)),
        ("1997-й", TypedDate(1997)),
        ("97-й год", TypedDate(1997)),
        ("в 97-м", TypedDate(1997)),
        ("к 2010-му", TypedDate(2010)),
        ("97", TypedDate(1997)),
        ("28 декабря 91-го", TypedDate(1991, 12, 28, 28)),
        ("10 июня 17-го", TypedDate(2017, 6, 10, 10)),
        ("январь 05-го", TypedDate(2005, 1)),
        ("IV.1994", TypedDate(1994, 4)),
        ("26.I.1992", TypedDate(1992, 1, 26, 26)),
        ("XII.99", TypedDate(1999, 12)),
        ("апр. 1994", TypedDate(1994, 4)),
        ("февр. 1997", TypedDate(1997, 2)),
        ("нояб. 2016", TypedDate(2016, 11)),
        ("1994 г., апрель", TypedDate(1994, 4)),
        ("в тысяча девятьсот девяносто седьмом году", TypedDate(1997)),
        ("в девяносто втором", TypedDate(1992)),
        ("в две тысячи пятом году", TypedDate(2005)),
        ("двадцать восьмого декабря 1991 года", TypedDate(1991, 12, 28, 28)),
        ("двенадцатое мая 2021 года", TypedDate(2021, 5, 12, 12)),
        ("12 мая 2021, 18:38", TypedDate(2021, 5, 12, 12)),
        ("12 мая 2021 года в 18:38", TypedDate(2021, 5, 12, 12)),
        ("May 12 2021, 6:38 pm", TypedDate(2021, 5, 12, 12)),
        ("12 мая 2021, 6.38 pm", TypedDate(2021, 5, 12, 12)),
        ("12 мая 2021 года в 18 часов 38 минут", TypedDate(2021, 5, 12, 12)),
        ("в 18 ч 38 мин 12 мая 2021", TypedDate(2021, 5, 12, 12)),
        ("28.12.1991г.", TypedDate(1991, 12, 28, 28)),
        ("12.1991г.", TypedDate(1991, 12)),
        ("May '92", TypedDate(1992, 5)),
        ("in '97", TypedDate(1997)),
        ("the twelfth of May 2021", TypedDate(2021, 5, 12, 12)),
        # still refused or not read
        ("28 декабря", None),  # no year
        ("May 12", None),  # English: a day, not 2012
        ("7", None),  # one digit is not a year
        ("в 1990-е", "decade"),  # a decade is readable, but it is not a year
        ("в середине 90-х", "decade"),
        ("the 1990s", "decade"),
        ("1990", TypedDate(1990)),
        ("1997-1998", "hedge"),  # two years
        ("1997–98", "hedge"),
        ("1997-05", TypedDate(1997, 5)),  # ISO month, not a span
        ("1991/12/28", TypedDate(1991, 12, 28, 28)),
        ("1994 или 1997", "hedge"),
        ("1991 или 92", "hedge"),  # a two-digit year beside a four-digit one
        ("1997 (97-й)", TypedDate(1997)),  # the same year twice
        ("28 или 29 декабря 1991", "hedge"),
    ],
)
def test_dates_as_people_write_them(text: str, expected: TypedDate | str | None) -> None:
    assert parse_date(text) == expected


# ---------------------------------------------------------------------------------------------
# negation and "could not read"
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("card", "answer", "language"),
    [
        (_date_card("1992"), "не в 1992 году", "ru"),
        (_date_card("1997"), "not in 1997", "en"),
        (_date_card("1991-12-28"), "кроме 1991", "ru"),
        (_date_card("1991-12-28"), "не 28 декабря 1991", "ru"),
        (_number_card(74), "не 74", "ru"),
        (_number_card(74), "not 74", "en"),
        (_number_card(10), "не в десятку", "ru"),
    ],
)
def test_negated_dates_and_numbers_are_wrong(card: DateCard | NumberCard, answer: str, language: str) -> None:
    verdict = grade(card, answer, language)
    assert not verdict.correct and not verdict.unreadable
    assert verdict.feedback.startswith(("Отрицание", "A negation"))


@pytest.mark.parametrize(
    ("card", "answer", "language"),
    [
        (_date_card("1992-05"), "Хосокава", "ru"),
        (_date_card("1997"), "Hashimoto", "en"),
        (_date_card("1991-12-28"), "28 декабря", "ru"),
        (_number_card(10), "крупный", "ru"),
        (_number_card(10), "to Kazakhstan", "en"),
    ],
)
def test_an_answer_without_a_date_or_number_is_unread(
    card: DateCard | NumberCard, answer: str, language: str
) -> None:
    verdict = grade(card, answer, language)
    assert verdict.unreadable and not verdict.correct
    assert verdict.nearest is None  # the card is asked again: the answer is not given away
    assert ("14.06.2011" if isinstance(card, DateCard) else "38") in verdict.feedback  # the forms, by example


def test_a_decade_is_wrong_and_says_so() -> None:
    verdict = grade(_date_card("1997"), "в 90-х", "ru")
    assert not verdict.correct and not verdict.unreadable and "десятилетие" in verdict.feedback


@pytest.mark.parametrize("answer", ["", "   ", "не знаю", "?", "idk"])
@pytest.mark.parametrize("card", [_date_card("1997"), _number_card(74)])
def test_blank_or_dont_know_stays_wrong(card: DateCard | NumberCard, answer: str) -> None:
    verdict = grade(card, answer, "ru")
    assert not verdict.correct and not verdict.unreadable


# ---------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------

_CASES = ("nom", "gen", "dat", "ins", "pre")
_UNITS_RU = {
    "nom": "один два три четыре пять шесть семь восемь девять",
    "gen": "одного двух трёх четырёх пяти шести семи восьми девяти",
    "dat": "одному двум трём четырём пяти шести семи восьми девяти",
    "ins": "одним двумя тремя четырьмя пятью шестью семью восемью девятью",
    "pre": "одном двух трёх четырёх пяти шести семи восьми девяти",
}
_TEENS_NOM = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
_TENS_RU = {
    "nom": "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "gen": "двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста",
    "ins": "двадцатью тридцатью сорока пятьюдесятью шестьюдесятью семьюдесятью восемьюдесятью девяноста",
}
_HUNDREDS_RU = {
    "nom": "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
    "gen": "ста двухсот трёхсот четырёхсот пятисот шестисот семисот восьмисот девятисот",
    "dat": "ста двумстам трёмстам четырёмстам пятистам шестистам семистам восьмистам девятистам",
    "ins": "ста двумястами тремястами четырьмястами пятьюстами шестьюстами семьюстами восемьюстами "
    "девятьюстами",
    "pre": "ста двухстах трёхстах четырёхстах пятистах шестистах семистах восьмистах девятистах",
}
_THOUSAND_RU = {"nom": "тысяч", "gen": "тысяч", "dat": "тысячам", "ins": "тысячами", "pre": "тысячах"}


def _teen(value: int, case: str) -> str:
    word = _TEENS_NOM[value - 10]
    return word if case == "nom" else word[:-1] + ("ью" if case == "ins" else "и")


def _russian_below_1000(value: int, case: str) -> list[str]:
    words: list[str] = []
    if value >= 100:
        words.append(_HUNDREDS_RU[case].split()[value // 100 - 1])
    rest = value % 100
    if 10 <= rest < 20:
        words.append(_teen(rest, case))
    else:
        if rest >= 20:
            tens = _TENS_RU.get(case, _TENS_RU["gen"])  # dative and prepositional = genitive
            words.append(tens.split()[rest // 10 - 2])
        if rest % 10:
            words.append(_UNITS_RU[case].split()[rest % 10 - 1])
    return words


def russian_words(value: int, case: str) -> str:
    """``value`` (1..999,999) in Russian words in one grammatical case ("тремстам двадцати")."""
    thousands, rest = divmod(value, 1000)
    words: list[str] = []
    if thousands:
        words += _russian_below_1000(thousands, case) if thousands > 1 else []
        words.append("тысяча" if thousands == 1 and case == "nom" else _THOUSAND_RU[case])
    if rest:
        words += _russian_below_1000(rest, case)
    return " ".join(words)


_ONES_EN = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
_ONES_EN += "sixteen seventeen eighteen nineteen"
_TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _english_below_1000(value: int, article: bool) -> str:
    words: list[str] = []
    if value >= 100:
        words += ["a" if article and value // 100 == 1 else _ONES_EN.split()[value // 100 - 1], "hundred"]
    rest = value % 100
    if rest >= 20:
        words.append(_TENS_EN[rest // 10 - 2] + (f"-{_ONES_EN.split()[rest % 10 - 1]}" if rest % 10 else ""))
    elif rest:
        words.append(_ONES_EN.split()[rest - 1])
    return " ".join(words)


def english_words(value: int, article: bool) -> str:
    """``value`` (1..999,999) in English words, "a hundred" / "a thousand" when ``article``."""
    thousands, rest = divmod(value, 1000)
    parts = []
    if thousands:
        parts.append(
            f"{_english_below_1000(thousands, article) if thousands > 1 or not article else 'a'} thousand"
        )
    if rest:
        parts.append(_english_below_1000(rest, article))
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(value=st.integers(1, 999_999), case=st.sampled_from(_CASES))
def test_a_russian_number_in_any_case_reads_as_its_digits(value: int, case: str) -> None:
    assert _values(russian_words(value, case)) == [value]


@settings(max_examples=200, deadline=None)
@given(value=st.integers(1, 999_999), article=st.booleans())
def test_an_english_number_in_words_reads_as_its_digits(value: int, article: bool) -> None:
    assert _values(english_words(value, article), "en") == [value]


@settings(max_examples=100, deadline=None)
@given(value=st.integers(1, 999), case=st.sampled_from(_CASES), off=st.integers(1, 50))
def test_a_number_card_grades_words_like_digits(value: int, case: str, off: int) -> None:
    card = _number_card(value, "компаний")
    assert grade(card, russian_words(value, case), "ru").correct
    assert not grade(card, russian_words(value + off, case), "ru").correct


_ORDINAL_PRE_UNITS = [
    "первом",
    "втором",
    "третьем",
    "четвёртом",
    "пятом",
    "шестом",
    "седьмом",
    "восьмом",
    "девятом",
]
_ORDINAL_PRE_TEENS = [w[:-1] + "ом" for w in _TEENS_NOM]
_ORDINAL_PRE_TENS = [
    "двадцатом",
    "тридцатом",
    "сороковом",
    "пятидесятом",
    "шестидесятом",
    "семидесятом",
    "восьмидесятом",
    "девяностом",
]


def russian_year_in_words(year: int, short: bool) -> str:
    """«в тысяча девятьсот девяносто седьмом году»; with ``short``, «в девяносто седьмом году».

    A short year needs two digits («в седьмом году» names no year), so ``short`` is kept only
    from the tenth year of a century on.
    """
    head = (
        [] if short and year % 100 >= 10 else (["тысяча", "девятьсот"] if year < 2000 else ["две", "тысячи"])
    )
    rest = year % 100
    if rest == 0:
        return "в двухтысячном году"
    if 10 <= rest < 20:
        tail = [_ORDINAL_PRE_TEENS[rest - 10]]
    elif rest % 10 == 0:
        tail = [_ORDINAL_PRE_TENS[rest // 10 - 2]]
    else:
        tail = ([_TENS_RU["nom"].split()[rest // 10 - 2]] if rest >= 20 else []) + [
            _ORDINAL_PRE_UNITS[rest % 10 - 1]
        ]
    return " ".join(["в", *head, *tail, "году"])


@settings(max_examples=150, deadline=None)
@given(year=st.integers(1930, 2029), short=st.booleans())
def test_a_year_in_words_reads_as_that_year(year: int, short: bool) -> None:
    assert parse_date(russian_year_in_words(year, short)) == TypedDate(year)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SHAPES_DAY = (
    "{d} {ru_gen} {yy}-го",
    "{d}.{roman}.{yyyy}",
    "{d} {ru_gen} {yyyy} г., {hh}:{mm}",
    "{en} {d}, {yyyy}, {h12}:{mm} pm",
    "{d} {ru_gen} {yyyy} года",
)
_SHAPES_MONTH = (
    "{ru_nom} {yy}",
    "в {ru_nom_loc} {yy}-го",
    "{roman}.{yyyy}",
    "{ru_abbr}. {yyyy}",
    "{yyyy} г., {ru_nom}",
    "{en} '{yy}",
)


def _fill(shape: str, year: int, month: int, day: int) -> str:
    nominative = NOMINATIVE_RU[month - 1]
    return shape.format(
        d=day,
        yy=f"{year % 100:02d}",
        yyyy=year,
        roman=_ROMAN[month - 1],
        ru_gen=GENITIVE["ru"][month - 1],
        ru_nom=nominative,
        ru_nom_loc=(nominative[:-1] if nominative[-1] in "ьй" else nominative) + "е",
        ru_abbr=nominative[:4] if month in (2, 11) else nominative[:3],
        en=GENITIVE["en"][month - 1],
        hh=f"{day % 24:02d}",
        h12=(day % 12) + 1,
        mm="38",
    )


@settings(max_examples=200, deadline=None)
@given(
    year=st.integers(1930, 2029),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    shape=st.sampled_from(_SHAPES_DAY),
)
def test_a_full_date_in_any_shape_reads_as_that_date(year: int, month: int, day: int, shape: str) -> None:
    assert parse_date(_fill(shape, year, month, day)) == TypedDate(year, month, day, day)


@settings(max_examples=200, deadline=None)
@given(year=st.integers(1930, 2029), month=st.integers(1, 12), shape=st.sampled_from(_SHAPES_MONTH))
def test_a_month_and_year_in_any_shape_reads_as_that_month(year: int, month: int, shape: str) -> None:
    assert parse_date(_fill(shape, year, month, 1)) == TypedDate(year, month)


_NEGATORS = [(language, word) for language, words in NEGATORS.items() for word in words]


@settings(max_examples=150, deadline=None)
@given(
    negator=st.sampled_from(_NEGATORS),
    year=st.integers(1930, 2029),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    shape=st.sampled_from(_SHAPES_DAY),
)
def test_any_accepted_date_after_a_negator_is_wrong(
    negator: tuple[str, str], year: int, month: int, day: int, shape: str
) -> None:
    language, word = negator
    card = _date_card(f"{year}-{month:02d}-{day:02d}")
    answer = _fill(shape, year, month, day)
    assert grade(card, answer, language).correct
    verdict = grade(card, f"{word} {answer}", language)
    assert not verdict.correct and not verdict.unreadable


@settings(max_examples=150, deadline=None)
@given(negator=st.sampled_from(_NEGATORS), value=st.integers(1, 9999), words=st.booleans())
def test_any_accepted_number_after_a_negator_is_wrong(
    negator: tuple[str, str], value: int, words: bool
) -> None:
    language, word = negator
    card = _number_card(value)
    answer = russian_words(value, "nom") if words else str(value)
    assert grade(card, answer, language).correct
    verdict = grade(card, f"{word} {answer}", language)
    assert not verdict.correct and not verdict.unreadable


_NOT_A_NUMBER = (
    "Хашимото", "Казахстан", "крупнейших", "инвесторов", "партнёр", "урана", "компаний", "Астана",
    "посольство", "Japan", "Tokyo", "delegation", "embassy", "investors", "uranium", "Obuchi",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(_NOT_A_NUMBER), min_size=1, max_size=4))
def test_words_without_a_date_or_number_are_unread_never_wrong(words: list[str]) -> None:
    """Any answer with no date or number in it is asked again: not wrong, nothing given away."""
    answer = " ".join(words)
    for card in (_number_card(74, "филиала"), _date_card("1991-12-28"), _date_card("1997")):
        for language in ("ru", "en"):
            verdict = grade(card, answer, language)
            assert verdict.unreadable and not verdict.correct and verdict.nearest is None


@settings(max_examples=200, deadline=None)
@given(
    year=st.integers(1930, 2029),
    other=st.integers(1930, 2029),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    shape=st.sampled_from(_SHAPES_DAY + _SHAPES_MONTH),
)
def test_a_date_in_any_shape_is_accepted_only_for_its_own_year(
    year: int, other: int, month: int, day: int, shape: str
) -> None:
    """Two-digit years and ordinal endings never let a wrong year through («май 93» for May 1992)."""
    precision = f"-{day:02d}" if shape in _SHAPES_DAY else ""
    card = _date_card(f"{year}-{month:02d}{precision}")
    assert grade(card, _fill(shape, other, month, day), "ru").correct == (other == year)
