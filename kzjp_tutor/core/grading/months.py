"""Month names, once: how a typed month is recognised and how a month is written back.

Why one table: the date parser and the text normaliser used to keep their own lists with
different rules (one matched any word that merely began with «мар» or "may", the other only whole
month words), so the same answer could be read as a month by one and not by the other.
"""

from __future__ import annotations

import re

__all__ = ["GENITIVE", "NOMINATIVE_RU", "month_number"]

_FORMS = (
    r"январ[а-я]{0,2}|янв|january|jan",
    r"феврал[а-я]{0,2}|февр?|february|feb",
    r"март[а-я]{0,2}|мар|march|mar",
    r"апрел[а-я]{0,2}|апр|april|apr",
    r"ма[йяюе]|may",
    r"июн[а-я]{0,2}|june|jun",
    r"июл[а-я]{0,2}|july|jul",
    r"август[а-я]{0,2}|авг|august|aug",
    r"сентябр[а-я]{0,2}|сент?|september|sept|sep",
    r"октябр[а-я]{0,2}|окт|october|oct",
    r"ноябр[а-я]{0,2}|нояб?|november|nov",
    r"декабр[а-я]{0,2}|дек|december|dec",
)
"""A Russian month is its stem plus any short ending, so a typo in the case ending («26 январа»)
still names the month; English names and both languages' abbreviations are whole words."""
_MONTHS = re.compile("|".join(f"(?P<m{number}>{forms})" for number, forms in enumerate(_FORMS, start=1)))

GENITIVE = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}  # fmt: skip
"""A month after a day number: «28 декабря», "December 28"."""
NOMINATIVE_RU = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                 "сентябрь", "октябрь", "ноябрь", "декабрь")  # fmt: skip
"""A month without a day: «апрель 1994 года»."""


def month_number(word: str) -> int | None:
    """The month a whole lower-case word names (1-12), in Russian or English, full or abbreviated."""
    match = _MONTHS.fullmatch(word.rstrip("."))
    if match is None or match.lastgroup is None:
        return None
    return int(match.lastgroup[1:])
