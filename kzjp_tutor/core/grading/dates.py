"""Reading a typed date and comparing it at the precision the card asks for.

The parser never invents a part the student did not type: "1991" is a year, not 1991-11-26, and
"в 1997 году" is 1997, not "1997 years ago" (both are what dateparser does). A day range such as
"6-9 апреля 1994" is kept as a range. Two different years in one answer ("1994 или 1999") are a
hedge and are wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import fold
from .verdict import SuggestedRating, Verdict

__all__ = ["TypedDate", "grade_date", "parse_date"]

_MONTHS: tuple[tuple[str, int], ...] = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("мая", 5), ("май", 5), ("мае", 5),
    ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11),
    ("декабр", 12),
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("авг", 8), ("сен", 9), ("окт", 10),
    ("ноя", 11), ("дек", 12),
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sept", 9), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
)  # fmt: skip
_MONTH_NAMES = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}  # fmt: skip
_MONTHS_NOMINATIVE_RU = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                         "сентябрь", "октябрь", "ноябрь", "декабрь")  # fmt: skip

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_NOISE = re.compile(r"[^\w./\- ]+")
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_NUMERIC_DMY_SHORT = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2})\b")
_NUMERIC_DMY_DASH = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_NUMERIC_MY = re.compile(r"\b(\d{1,2})[./](\d{4})\b")
_YEAR = re.compile(r"^(\d{4})(?:г|гг|года?|году)?$")
_DAY = re.compile(r"^(\d{1,2})(?:-?(?:го|е|ое|th|st|nd|rd))?$")
_DAY_RANGE = re.compile(r"^(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True, slots=True)
class TypedDate:
    """What the student wrote: a year, maybe a month, maybe a day or a day range."""

    year: int
    month: int | None = None
    day_from: int | None = None
    day_to: int | None = None


def _split_month_range(word: str) -> list[str]:
    parts = word.split("-")
    if len(parts) > 1 and all(_month_of(part.strip(".,")) for part in parts):
        return parts
    return [word]


def _month_of(word: str) -> int | None:
    for prefix, number in _MONTHS:
        if word.startswith(prefix):
            return number
    return None


@lru_cache(maxsize=8192)
def parse_date(text: str) -> TypedDate | str | None:
    """Read a typed date.

    Returns:
        The date; ``None`` when no date can be read; the string ``"hedge"`` when the answer names
        two different dates.
    """
    cleaned = _DASHES.sub("-", fold(text))
    cleaned = _NOISE.sub(" ", cleaned)
    cleaned = re.sub(r"(?<=\d)\s*-\s*(?=\d)", "-", cleaned)
    found: list[TypedDate] = []
    rest = cleaned
    for pattern in (_NUMERIC_DMY, _NUMERIC_DMY_DASH, _NUMERIC_DMY_SHORT):
        for match in pattern.finditer(rest):
            d, m, y = (int(g) for g in match.groups())
            if y < 100:
                y += 1900 if y >= 30 else 2000  # "28.12.91"
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
    rest = _NUMERIC_MY.sub(" ", rest)

    # "апрель-декабрь 1994" is two months: a hedge, not April.
    words = [part for word in rest.split() for part in _split_month_range(word)]
    years: list[int] = []
    months: list[int] = []
    days: list[tuple[int, int]] = []
    for word in words:
        word = word.strip(".,")
        if not word:
            continue
        if (year_match := _YEAR.match(word)) is not None:
            years.append(int(year_match.group(1)))
        elif (span := _DAY_RANGE.match(word)) is not None:
            days.append((int(span.group(1)), int(span.group(2))))
        elif (day_match := _DAY.match(word)) is not None:
            days.append((int(day_match.group(1)), int(day_match.group(1))))
        elif (month_number := _month_of(word)) is not None:
            months.append(month_number)
    if years:
        if len(set(years)) > 1 or len(set(months)) > 1 or len(set(days)) > 1:
            return "hedge"
        month_value = months[0] if months else None
        day_span = days[0] if days and month_value is not None else (None, None)
        found.append(TypedDate(years[0], month_value, day_span[0], day_span[1]))
    if not found:
        return None
    if len(set(found)) > 1:
        return "hedge"
    parsed = found[0]
    if parsed.month is not None and not 1 <= parsed.month <= 12:
        return None
    if parsed.day_from is not None and not (1 <= parsed.day_from <= 31 and 1 <= (parsed.day_to or 0) <= 31):
        return None
    return parsed


def format_date(year: int, month: int | None, day: int | None, language: str) -> str:
    """A date at its precision, written the way the deck's language writes it."""
    names = _MONTH_NAMES["en" if language == "en" else "ru"]
    if language == "en":
        if day is not None and month is not None:
            return f"{names[month - 1]} {day}, {year}"
        if month is not None:
            return f"{names[month - 1]} {year}"
        return str(year)
    if day is not None and month is not None:
        return f"{day} {names[month - 1]} {year} года"
    if month is not None:
        return f"{_MONTHS_NOMINATIVE_RU[month - 1]} {year} года"
    return f"{year} год"


_FEEDBACK = {
    "ru": {
        "ok": "Верно.",
        "unread": "Не удалось прочитать дату. Правильно: {answer}.",
        "hedge": "Названо несколько дат; нужна одна. Правильно: {answer}.",
        "year": "Год неверный. Правильно: {answer}.",
        "need_month": "Год верный, но нужен и месяц. Правильно: {answer}.",
        "month": "Год верный, месяц нет. Правильно: {answer}.",
        "need_day": "Месяц и год верные, но нужен и день. Правильно: {answer}.",
        "day": "Месяц и год верные, день нет. Правильно: {answer}.",
    },
    "en": {
        "ok": "Correct.",
        "unread": "That date could not be read. The answer is: {answer}.",
        "hedge": "Several dates given; give one. The answer is: {answer}.",
        "year": "Wrong year. The answer is: {answer}.",
        "need_month": "Right year, but the month is asked too. The answer is: {answer}.",
        "month": "Right year, wrong month. The answer is: {answer}.",
        "need_day": "Right month and year, but the day is asked too. The answer is: {answer}.",
        "day": "Right month and year, wrong day. The answer is: {answer}.",
    },
}


def grade_date(answer: str, expected: tuple[int, int | None, int | None], language: str) -> Verdict:
    """Grade a typed date against (year, month, day) at the card's precision."""
    year, month, day = expected
    shown = format_date(year, month, day, language)
    table = _FEEDBACK["en" if language == "en" else "ru"]
    parsed = parse_date(answer)

    def wrong(key: str, score: float = 0.0) -> Verdict:
        return Verdict(
            False, score, SuggestedRating.AGAIN, table[key].format(answer=shown), shown, partial=score > 0
        )

    if parsed is None:
        return wrong("unread")
    if isinstance(parsed, str):
        return wrong("hedge")
    if parsed.year != year:
        return wrong("year")
    if month is None:
        return Verdict(True, 1.0, SuggestedRating.GOOD, table["ok"], shown)
    if parsed.month is None:
        return wrong("need_month", 0.5)
    if parsed.month != month:
        return wrong("month", 0.5)
    if day is None:
        return Verdict(True, 1.0, SuggestedRating.GOOD, table["ok"], shown)
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
    return Verdict(True, 1.0, SuggestedRating.GOOD, table["ok"], shown)
