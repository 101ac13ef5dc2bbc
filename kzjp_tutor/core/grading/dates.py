"""Reading a typed date and comparing it at the precision the card asks for.

The parser never invents a part the student did not type: "1991" is a year, not 1991-11-26, and
"в 1997 году" is 1997, not "1997 years ago" (both are what dateparser does). A day range such as
"6-9 апреля 1994" is kept as a range. Two different years in one answer ("1994 или 1999") are a
hedge and are wrong.

Dates are read as people write them: a two-digit year where its place makes it one («май 92»,
«28 декабря 91-го», «в 97-м», "May '92"), a Roman month («IV.1994»), abbreviated months, a year
in words («в девяносто седьмом году»), a time of day after the date. A negated answer («не в 1992
году») is wrong before it is parsed; an answer with no date in it is "could not read" (asked
again, nothing recorded), unless it is blank or «не знаю».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .feedback import message
from .months import GENITIVE, NOMINATIVE_RU, month_number
from .negation import negates
from .normalize import fold
from .number_words import words_to_digits
from .text import is_blank
from .verdict import Verdict

__all__ = ["TypedDate", "grade_date", "parse_date"]

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_NOISE = re.compile(r"[^\w./\- ]+")
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
_NUMERIC_DMY_SHORT = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2})(?!\d)")
_NUMERIC_DMY_DASH = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_YMD_DOTS = re.compile(r"\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b")
"""«1991/12/28», «1991.12.28»: the ISO order with other separators."""
_NUMERIC_MY = re.compile(r"\b(\d{1,2})[./](\d{4})(?!\d)")
_ORDINAL_END = r"-?(?:го|ого|й|ый|ой|м|ом|му|ому)"
"""«1997-й», «в 97-м», «к 2010-му», «91-го»: an ordinal ending after the digits."""
_YEAR_WORDS = frozenset({"г", "гг", "год", "года", "году", "годом"})
_YEAR = re.compile(rf"^(\d{{4}})(?:г|гг|года?|году|{_ORDINAL_END})?$")
_SHORT = re.compile(rf"^(\d{{1,2}})(г|гг|года?|году|{_ORDINAL_END}|-?(?:е|ое|th|st|nd|rd))?$")
"""A day, or a year in two digits («май 92», «в 97-м», "May '92")."""
_DAY_RANGE = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|ч\.?))?(?!\w)"  # 18:38, 6:38 pm
    r"|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\b\.?"  # 6 pm, 6.38 pm
    r"|\b\d{1,2}\s*(?:ч|час[а-я]{0,2})\.?(?:\s*\d{1,2}\s*мин[а-я]{0,4}\.?)?(?!\w)"  # 18 ч 38 мин
)
"""A time of day after a date («12 мая 2021, 18:38», "6:38 pm"): no part of the date."""
_DECADE = re.compile(r"(?<![\d'’‘`])(?:\d|\d{3})0-?(?:е|х|ые|ых|ми|s)(?!\w)")
"""A decade («в 90-х», «1990-е», "the 1990s"): readable, but not a year."""
_YEAR_SPAN = re.compile(r"\b(\d{4})-(\d{4}|\d{2})\b(?!-)")
"""«1997-1998», «1997–98»: two years, unless the two digits are a month («1997-05»)."""
_APOSTROPHE_YEAR = re.compile(r"(?<=[^\W\d]\s)['’‘`](\d{2})(?!\d)|(?<=[^\W\d])['’‘`]\s?(\d{2})(?!\d)")
"""A two-digit year marked by an apostrophe after a word ("May '92", "May’92"); a quote that opens
the answer ("'16 мая 1998 года'") is a quote, not a year mark."""
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN = re.compile(
    r"(?<![\w.])(?:(\d{1,2})\.\s?)?("
    + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
    + r")\.\s?(\d{4}|\d{2})(?!\d)"
)
"""A Roman month between dots, the way Russian documents write it: «IV.1994», «26.I.1992»."""


def _full_year(year: int) -> int:
    """A two-digit year in the course's century: «91» is 1991, «05» is 2005."""
    return year if year >= 100 else year + (1900 if year >= 30 else 2000)


def _year_span(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    if len(second) == 2 and int(second) <= 12:
        return match.group(0)  # «1997-05» is May 1997
    return f"{first} {first[:2] + second if len(second) == 2 else second}"


def _roman(match: re.Match[str]) -> str:
    day, month, year = match.group(1), _ROMAN_MONTHS.index(match.group(2)) + 1, match.group(3)
    full = _full_year(int(year))
    return f"{day}.{month}.{full}" if day else f"{month}.{full}"


@dataclass(frozen=True, slots=True)
class TypedDate:
    """What the student wrote: a year, maybe a month, maybe a day or a day range."""

    year: int
    month: int | None = None
    day_from: int | None = None
    day_to: int | None = None


def _split_month_range(word: str) -> list[str]:
    parts = word.split("-")
    if len(parts) > 1 and all(month_number(part.strip(".,")) for part in parts):
        return parts
    return [word]


@lru_cache(maxsize=8192)
def parse_date(text: str) -> TypedDate | str | None:
    """Read a typed date.

    Returns:
        The date; ``None`` when no date can be read; the string ``"hedge"`` when the answer names
        two different dates, ``"decade"`` when it names only a decade («в 90-х»).
    """
    cleaned = _TIME.sub(" ", _DASHES.sub("-", fold(text)))
    cleaned = _APOSTROPHE_YEAR.sub(lambda m: f" {m.group(1) or m.group(2)}г", cleaned)  # "May '92"
    cleaned = _ROMAN.sub(_roman, words_to_digits(cleaned))
    cleaned = _NOISE.sub(" ", cleaned)
    cleaned = re.sub(r"(?<=\d)\s*-\s*(?=\d)", "-", cleaned)
    decade = _DECADE.search(cleaned) is not None
    cleaned = _YEAR_SPAN.sub(_year_span, _DECADE.sub(" ", cleaned))
    found, rest = _numeric_dates(cleaned)
    worded = _worded_date(rest)
    if worded == "hedge":
        return "hedge"
    if isinstance(worded, TypedDate):
        found.append(worded)
    if not found:
        return "decade" if decade else None
    if len(set(found)) > 1:
        return "hedge"
    parsed = found[0]
    if parsed.month is not None and not 1 <= parsed.month <= 12:
        return None
    if parsed.day_from is not None and not (1 <= parsed.day_from <= 31 and 1 <= (parsed.day_to or 0) <= 31):
        return None
    return parsed


def _numeric_dates(cleaned: str) -> tuple[list[TypedDate], str]:
    """Dates written with digits only ("28.12.1991", "1991-12-28", "12.1991"), and the text left."""
    found: list[TypedDate] = []
    rest = _YMD_DOTS.sub(r"\1-\2-\3", cleaned)
    for pattern in (_NUMERIC_DMY, _NUMERIC_DMY_DASH, _NUMERIC_DMY_SHORT):
        for match in pattern.finditer(rest):
            d, m, y = (int(g) for g in match.groups())
            y = _full_year(y)  # "28.12.91"
            if m > 12 >= d:
                d, m = m, d  # "12/28/1991": month first, and only one reading is a date
            found.append(TypedDate(y, m, d, d))
        rest = pattern.sub(" ", rest)
    for match in _ISO.finditer(rest):
        iso_day = int(match.group(3)) if match.group(3) else None
        found.append(TypedDate(int(match.group(1)), int(match.group(2)), iso_day, iso_day))
    rest = _ISO.sub(" ", rest)
    for match in _NUMERIC_MY.finditer(rest):
        found.append(TypedDate(int(match.group(2)), int(match.group(1))))
    return found, _NUMERIC_MY.sub(" ", rest)


def _worded_date(rest: str) -> TypedDate | str | None:
    """A date written in words ("28 декабря 1991 года"); "hedge" for two years, months or days."""
    # "апрель-декабрь 1994" is two months: a hedge, not April.
    words = [part.strip(".,") for word in rest.split() for part in _split_month_range(word)]
    words = [word for word in words if word]
    years: list[int] = []
    months: list[tuple[int, int, bool]] = []  # (position, month, written in Cyrillic)
    days: list[tuple[int, int]] = []
    shorts: list[tuple[int, re.Match[str]]] = []
    for index, word in enumerate(words):
        if (year_match := _YEAR.match(word)) is not None:
            years.append(int(year_match.group(1)))
        elif (span := _DAY_RANGE.match(word)) is not None:
            days.append((int(span.group(1)), int(span.group(2))))
        elif (short := _SHORT.match(word)) is not None:
            shorts.append((index, short))
        elif (named := month_number(word)) is not None:
            months.append((index, named, not word.isascii()))
    four_digit = bool(years)
    for index, short in shorts:
        value = int(short.group(1))
        if _is_short_year(index, short, words, months, shorts, four_digit=four_digit):
            years.append(_full_year(value))
        else:
            days.append((value, value))
    if not years:
        return None
    month_values = {month for _, month, _ in months}
    if len(set(years)) > 1 or len(month_values) > 1 or len(set(days)) > 1:
        return "hedge"
    month_value = months[0][1] if months else None
    day_span = days[0] if days and month_value is not None else (None, None)
    return TypedDate(years[0], month_value, day_span[0], day_span[1])


def _is_short_year(
    index: int,
    short: re.Match[str],
    words: list[str],
    months: list[tuple[int, int, bool]],
    shorts: list[tuple[int, re.Match[str]]],
    *,
    four_digit: bool,
) -> bool:
    """Whether a one- or two-digit number is a year («май 92», «28 декабря 91-го», «в 97-м»).

    A year word, an apostrophe or a value above 31 marks it, even beside a four-digit year («1991
    или 92» is a hedge). Unmarked, it is a year only when no four-digit year is written: a number
    after the month is the year when a day came before the month («10 июня 17-го») or the
    month is Russian («май 92»: an English "May 12" is a day), and a number alone is the year
    when it has two digits («97»), never a lone «7».
    """
    digits, suffix = short.group(1), short.group(2) or ""
    following = words[index + 1] if index + 1 < len(words) else ""
    if suffix.startswith("г") or following in _YEAR_WORDS or int(digits) > 31:
        return len(digits) == 2
    if four_digit:
        return False
    if not months:
        return len(digits) == 2 and len(shorts) == 1
    month_at, _, cyrillic = months[0]
    if index < month_at:
        return False
    day_before = any(other < month_at for other, _ in shorts)
    return len(digits) == 2 and (day_before or cyrillic or bool(suffix))


def format_date(year: int, month: int | None, day: int | None, language: str) -> str:
    """A date at its precision, written the way the deck's language writes it."""
    names = GENITIVE["en" if language == "en" else "ru"]
    if language == "en":
        if day is not None and month is not None:
            return f"{names[month - 1]} {day}, {year}"
        if month is not None:
            return f"{names[month - 1]} {year}"
        return str(year)
    if day is not None and month is not None:
        return f"{day} {names[month - 1]} {year} года"
    if month is not None:
        return f"{NOMINATIVE_RU[month - 1]} {year} года"
    return f"{year} год"


def grade_date(answer: str, expected: tuple[int, int | None, int | None], language: str) -> Verdict:
    """Grade a typed date against (year, month, day) at the card's precision."""
    year, month, day = expected
    shown = format_date(year, month, day, language)
    if is_blank(answer):
        return Verdict.wrong(message(language, "blank", answer=shown), shown)
    if negates(answer, (shown,)):
        # «не в 1992 году» names 1992 only to exclude it: never read past the negator.
        return Verdict.wrong(message(language, "negated", answer=shown), shown)
    parsed = parse_date(answer)

    def wrong(key: str, score: float = 0.0) -> Verdict:
        return Verdict.wrong(
            message(language, f"date.{key}", answer=shown), shown, score=score, partial=score > 0
        )

    if parsed is None:
        # Nothing here reads as a date: the student is asked again, and nothing is recorded.
        return Verdict.unread(message(language, "date.unread_forms"), None)
    if isinstance(parsed, str):
        return wrong(parsed)  # "hedge" or "decade"
    if parsed.year != year:
        return wrong("year")
    if month is None:
        return Verdict.right(message(language, "correct"), shown)
    if parsed.month is None:
        return wrong("need_month", 0.5)
    if parsed.month != month:
        return wrong("month", 0.5)
    if day is None:
        return Verdict.right(message(language, "correct"), shown)
    if parsed.day_from is None or parsed.day_from != parsed.day_to:
        if (
            parsed.day_from is not None
            and parsed.day_to is not None
            and parsed.day_from <= day <= parsed.day_to
        ):
            return wrong("need_day", 0.7)
        return wrong(
            "need_day" if parsed.day_from is None else "day", 0.7 if parsed.day_from is None else 0.6
        )
    if parsed.day_from != day:
        return wrong("day", 0.6)
    return Verdict.right(message(language, "correct"), shown)
