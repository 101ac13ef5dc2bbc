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

from .feedback import message
from .months import GENITIVE, NOMINATIVE_RU, month_number
from .normalize import fold
from .verdict import Verdict

__all__ = ["TypedDate", "grade_date", "parse_date"]

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
    if len(parts) > 1 and all(month_number(part.strip(".,")) for part in parts):
        return parts
    return [word]


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
    found, rest = _numeric_dates(cleaned)
    worded = _worded_date(rest)
    if worded == "hedge":
        return "hedge"
    if isinstance(worded, TypedDate):
        found.append(worded)
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


def _numeric_dates(cleaned: str) -> tuple[list[TypedDate], str]:
    """Dates written with digits only ("28.12.1991", "1991-12-28", "12.1991"), and the text left."""
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
    return found, _NUMERIC_MY.sub(" ", rest)


def _worded_date(rest: str) -> TypedDate | str | None:
    """A date written in words ("28 декабря 1991 года"); "hedge" for two years, months or days."""
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
        elif (named := month_number(word)) is not None:
            months.append(named)
    if not years:
        return None
    if len(set(years)) > 1 or len(set(months)) > 1 or len(set(days)) > 1:
        return "hedge"
    month_value = months[0] if months else None
    day_span = days[0] if days and month_value is not None else (None, None)
    return TypedDate(years[0], month_value, day_span[0], day_span[1])


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
    parsed = parse_date(answer)

    def wrong(key: str, score: float = 0.0) -> Verdict:
        return Verdict.wrong(
            message(language, f"date.{key}", answer=shown), shown, score=score, partial=score > 0
        )

    if parsed is None:
        return wrong("unread")
    if isinstance(parsed, str):
        return wrong("hedge")
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
