"""Every text a person reads that is built from data, written once: answers, counts, durations, summaries.

Why one module: the same fact used to come out differently depending on where it was shown (a
date answer was ``1994-04`` in plain mode and «апрель 1994 года» in the app; the session's share
of correct answers was rounded in one place and truncated in the other; four duration
formatters disagreed on "3 d" against "3 days"). Screens and commands now only lay these texts
out. The Russian interface will translate them here, in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from .deck import Card, ChoiceCard, DateCard, ListCard, NumberCard, TextCard

__all__ = [
    "SummaryLines",
    "answer_text",
    "count",
    "elapsed",
    "interval",
    "next_due",
    "number_text",
    "percent",
    "summary_lines",
]


def count(number: int, word: str) -> str:
    """``number`` and ``word``, with an "s" unless the number is one: "1 review", "2 reviews"."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def percent(part: int, whole: int) -> str:
    """A share as a whole percentage, rounded half to even: "67%" (empty for an empty whole)."""
    return f"{round(100 * part / whole)}%" if whole else ""


def interval(delta: dt.timedelta) -> str:
    """A short human interval, the same everywhere: "1 min", "10 min", "3 h", "4 days"."""
    seconds = max(0, round(delta.total_seconds()))
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    return count(round(seconds / 86400), "day")


def elapsed(delta: dt.timedelta) -> str:
    """Time spent, to the second: ``1 h 02 min``, ``3 min 05 s`` or ``12 s``."""
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def next_due(when: dt.datetime | None, now: dt.datetime) -> str:
    """When the next card is due, relative first: "in 8 days (2026-12-04 09:00 UTC)", "now"."""
    if when is None:
        return "nothing scheduled yet"
    if when <= now:
        return "now"
    return f"in {interval(when - now)} ({when.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC)"


def _any_of(need: int, total: int, language: str) -> str:
    if language == "ru":
        return f"любой из {total}" if need == 1 else f"любые {need} из {total}"
    return f"any one of {total}" if need == 1 else f"any {need} of {total}"


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


def answer_text(card: Card, language: str = "ru") -> str:
    """The card's answer as the student should read it after grading, in the deck's ``language``.

    A date is written out at its precision ("28 декабря 1991 года", "December 28, 1991"), the way
    the grader's feedback writes it, not as the deck's ISO text.
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
        number = number_text(card.answer) + tolerance
        return f"{number} {card.unit}" if card.unit else number
    if isinstance(card, ChoiceCard):
        return f"{card.choices.index(card.answer) + 1}. {card.answer}"
    if isinstance(card, TextCard):
        return card.answer
    return str(card.answer)  # pragma: no cover - every card type is handled above


@dataclass(frozen=True, slots=True)
class SummaryLines:
    """The end of a session as label/value rows, for the app's panel and the plain mode alike."""

    rows: tuple[tuple[str, str], ...]

    def text(self, width: int = 13) -> str:
        """The rows as aligned lines: ``Answered     4``."""
        return "\n".join(f"{label:<{width}}{value}" for label, value in self.rows)


def summary_lines(
    answered: int, correct: int, spent: dt.timedelta, due: dt.datetime | None, now: dt.datetime
) -> SummaryLines:
    """What a finished session says: answered, correct (with the share), time spent, next due."""
    share = percent(correct, answered)
    return SummaryLines(
        (
            ("Answered", str(answered)),
            ("Correct", f"{correct} ({share})" if share else str(correct)),
            ("Time", elapsed(spent)),
            ("Next due", next_due(due, now)),
        )
    )
