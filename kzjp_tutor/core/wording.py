"""Every text a person reads that is built from data, written once: answers, counts, durations, summaries.

Why one module: the same fact used to come out differently depending on where it was shown (a
date answer was ``1994-04`` in plain mode and «апрель 1994 года» in the app; the session's share
of correct answers was rounded in one place and truncated in the other; four duration
formatters disagreed on "3 d" against "3 days"). Screens and commands now only lay these texts
out, and this is the one place they speak the interface's language: counts through the catalog's
plural forms, numbers, shares and dates through one small formatter per language.

Why a table and not Babel's locale data for numbers and dates: the interface needs two
languages, a decimal mark, a group separator, a percent sign and month names (already kept once
in :mod:`.grading.months`); Babel would add ~15 ms of import and ~8 ms of locale loading to the
first card (measured with ``python -X importtime``) for the same output.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from . import i18n
from .deck import Card, ChoiceCard, DateCard, ListCard, NumberCard, TextCard
from .grading.months import GENITIVE, NOMINATIVE_RU
from .i18n import N_, ngettext, pgettext
from .i18n import gettext as _

__all__ = [
    "SummaryLines",
    "answer_text",
    "asked_back",
    "cards",
    "date_text",
    "datetime_text",
    "days",
    "decks",
    "elapsed",
    "interval",
    "month_abbr",
    "next_due",
    "number",
    "number_text",
    "percent",
    "rating_name",
    "reviews",
    "share",
    "summary_lines",
]

NBSP: Final = "\u00a0"
"""Keeps «1 350» and «67 %» on one line where a screen wraps text."""


@dataclass(frozen=True, slots=True)
class _NumberStyle:
    """How one language writes numbers in running text."""

    decimal: str
    group: str
    group_from: int
    """The smallest whole part written in groups: Russian leaves four digits whole («1350»)."""
    percent: str
    """Where the number goes around the percent sign."""


_NUMBERS: Final = {
    "en": _NumberStyle(decimal=".", group=",", group_from=1000, percent="{}%"),
    "ru": _NumberStyle(decimal=",", group=NBSP, group_from=10000, percent="{}" + NBSP + "%"),
}


def cards(n: int) -> str:
    """How many cards, by the catalog's plural rule: "1 card" / «1 карточка», «2 карточки», «5 карточек»."""
    return ngettext("{count} card", "{count} cards", n).format(count=number(n))


def decks(n: int) -> str:
    """How many decks: "2 decks" / «2 колоды», «5 колод»."""
    return ngettext("{count} deck", "{count} decks", n).format(count=number(n))


def reviews(n: int) -> str:
    """How many reviews (answered cards): "12 reviews" / «12 повторений»."""
    return ngettext("{count} review", "{count} reviews", n).format(count=number(n))


def days(n: int) -> str:
    """How many days: "4 days" / «4 дня», «21 день»."""
    return ngettext("{count} day", "{count} days", n).format(count=number(n))


def number(value: float, digits: int = 0) -> str:
    """A number in the interface's language, to ``digits`` decimals: "12,345.5" / «12 345,5».

    For counts and measures the interface shows; a deck's own numbers (answers, units) are the
    deck's text and go through :func:`number_text` instead.
    """
    style = _NUMBERS[i18n.current()]
    text = f"{abs(value):,.{digits}f}" if abs(value) >= style.group_from else f"{abs(value):.{digits}f}"
    text = text.replace(",", "\0").replace(".", style.decimal).replace("\0", style.group)
    return ("-" if value < 0 and text.strip("0.,") else "") + text


def share(ratio: float, digits: int = 0) -> str:
    """A ratio (0.675) as a percentage in the interface's language: "67.5%" / «67,5 %»."""
    return _NUMBERS[i18n.current()].percent.format(number(100 * ratio, digits))


def percent(part: int, whole: int) -> str:
    """A share as a whole percentage, rounded half to even: "67%" (empty for an empty whole)."""
    return _NUMBERS[i18n.current()].percent.format(number(round(100 * part / whole))) if whole else ""


def date_text(day: dt.date, *, with_year: bool = True) -> str:
    """A calendar date in the interface's language: "December 4, 2026" / «4 декабря 2026 г.»."""
    month = GENITIVE[i18n.current()][day.month - 1]
    if with_year:
        return _("{month} {day}, {year}").format(month=month, day=day.day, year=day.year)
    return _("{month} {day}").format(month=month, day=day.day)


def datetime_text(when: dt.datetime, now: dt.datetime | None = None) -> str:
    """A moment in UTC, the store's time: "December 4, 2026, 09:00 UTC" / «4 декабря 2026 г., 09:00 UTC».

    Given ``now``, the year is left out when it is the current one.
    """
    utc = when.astimezone(dt.UTC)
    with_year = now is None or utc.year != now.astimezone(dt.UTC).year
    return _("{date}, {time} UTC").format(
        date=date_text(utc.date(), with_year=with_year), time=f"{utc:%H:%M}"
    )


def month_abbr(month: int) -> str:
    """A month (1-12) in three letters, for calendar headings: "Jul" / «июл»."""
    names = NOMINATIVE_RU if i18n.current() == "ru" else GENITIVE["en"]
    return names[month - 1][:3]


def rating_name(rating: int) -> str:
    """An fsrs rating (1-4) as the student reads it: "Again", "Hard", "Good", "Easy"."""
    names = {
        1: pgettext("rating", "Again"),
        2: pgettext("rating", "Hard"),
        3: pgettext("rating", "Good"),
        4: pgettext("rating", "Easy"),
    }
    return names.get(int(rating), str(rating))


def interval(delta: dt.timedelta) -> str:
    """A short human interval, the same everywhere: "1 min", "10 min", "3 h", "4 days"."""
    seconds = max(0, round(delta.total_seconds()))
    if seconds < 3600:
        return _("{count} min").format(count=max(1, round(seconds / 60)))
    if seconds < 86400:
        return _("{count} h").format(count=round(seconds / 3600))
    return days(round(seconds / 86400))


def asked_back(delay: dt.timedelta) -> str:
    """When a card shown first comes back as a question, ``delay`` being the planner's ``show_delay``.

    Said as a time because that is what the queue keeps: the card is due after the first learning
    step and comes before new cards from then on. "A few cards later" was false for a student who
    reads quickly (49 cards went by within the first minute in a walk-through), and no count of
    cards can be promised, as it depends on how fast the student reads. With nothing else left
    the queue asks it sooner, hence "about".
    """
    if delay <= dt.timedelta(0):
        return _("it is asked back in a moment")
    return _("it is asked back in about {interval}").format(interval=interval(delay))


def elapsed(delta: dt.timedelta) -> str:
    """Time spent, to the second: ``1 h 02 min``, ``3 min 05 s`` or ``12 s``."""
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return _("{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)
    if minutes:
        return _("{minutes} min {seconds:02d} s").format(minutes=minutes, seconds=secs)
    return _("{seconds} s").format(seconds=secs)


def next_due(when: dt.datetime | None, now: dt.datetime) -> str:
    """When the next card is due, relative first: "in 8 days (December 4, 09:00 UTC)", "now".

    The year is written only when it is not this one.
    """
    if when is None:
        return _("nothing scheduled yet")
    if when <= now:
        return _("now")
    return _("in {interval} ({moment})").format(
        interval=interval(when - now), moment=datetime_text(when, now)
    )


def _any_of(need: int, total: int, language: str) -> str:
    # The deck's language, like the answer it follows, not the interface's.
    if language == "ru":
        return f"любой из {total}" if need == 1 else f"любые {need} из {total}"
    return f"any one of {total}" if need == 1 else f"any {need} of {total}"  # i18n: not text


def number_text(value: int | float) -> str:
    """A number as a student types it (``74``, not ``74.0``; ``47.5``), for every card and export.

    Never raises: ``str`` refuses an integer of more than 4,300 digits and ``float`` overflows on a
    400-digit one, so such a value (which validation refuses in decks, but a report may still
    meet) gets scientific notation instead of a crash.
    """
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:
            return f"{Decimal(value):.6e}"
    return str(int(value)) if value.is_integer() else str(value)  # inf and nan are not integers


def answer_text(card: Card, language: str = "ru", shown: Sequence[str] = ()) -> str:
    """The card's answer as the student should read it after grading, in the deck's ``language``.

    A date is written out at its precision ("28 декабря 1991 года", "December 28, 1991"), the way
    the grader's feedback writes it, not as the deck's ISO text. A choice's number is its place
    in ``shown`` (the options in the order the student saw them) when given, else in the deck.
    """
    if isinstance(card, DateCard):
        from .grading.dates import format_date  # the grader's modules load after the first card

        return format_date(*card.parts, language)
    if isinstance(card, ListCard):
        need = (
            f" ({_any_of(card.required, len(card.items), language)})"
            if card.required < len(card.items)
            else ""
        )
        return "; ".join(item[0] for item in card.items) + need
    if isinstance(card, NumberCard):
        tolerance = f" ± {number_text(card.tolerance)}" if card.tolerance else ""
        written = number_text(card.answer) + tolerance
        return f"{written} {card.unit}" if card.unit else written
    if isinstance(card, ChoiceCard):
        order = list(shown) if card.answer in shown else card.choices
        return f"{order.index(card.answer) + 1}. {card.answer}"
    if isinstance(card, TextCard):
        return card.answer
    return str(card.answer)  # pragma: no cover - every card type is handled above


_SUMMARY_LABELS: Final = (N_("Answered"), N_("Correct"), N_("Time"), N_("Next due"))


@dataclass(frozen=True, slots=True)
class SummaryLines:
    """The end of a session as label/value rows, for the app's panel and the plain mode alike."""

    rows: tuple[tuple[str, str], ...]

    def text(self, width: int = 13) -> str:
        """The rows as aligned lines: ``Answered     4``; wider when a label is (Russian ones are)."""
        width = max([width, *(len(label) + 2 for label, _value in self.rows)])
        return "\n".join(f"{label:<{width}}{value}" for label, value in self.rows)


def summary_lines(
    answered: int, correct: int, spent: dt.timedelta, due: dt.datetime | None, now: dt.datetime
) -> SummaryLines:
    """What a finished session says: answered, correct (with the share), time spent, next due.

    Labels are translated here, when the summary is shown, so a language switch applies to it.
    """
    done = percent(correct, answered)
    values = (
        number(answered),
        _("{count} ({share})").format(count=number(correct), share=done) if done else number(correct),
        elapsed(spent),
        next_due(due, now),
    )
    return SummaryLines(
        tuple((_(label), value) for label, value in zip(_SUMMARY_LABELS, values, strict=True))
    )
