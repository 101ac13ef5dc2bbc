"""core.wording in both interface languages: plural forms, numbers, shares, dates, durations, the summary.

The Russian expectations are written out by hand, as a Russian speaker reads them, so a wrong
plural rule in the catalog, a missing translation or a decimal point where Russian writes a
comma fails here, not in front of a student.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core import i18n
from kzjp_tutor.core.wording import (
    NBSP,
    cards,
    date_text,
    datetime_text,
    days,
    decks,
    elapsed,
    interval,
    month_abbr,
    next_due,
    number,
    percent,
    rating_name,
    reviews,
    share,
    summary_lines,
)

from ..i18n.plurals import RUSSIAN_CARDS

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("n", "written"), [*RUSSIAN_CARDS, (111, "111 карточек"), (1001, "1001 карточка")])
def test_russian_cards_take_the_three_plural_forms(n: int, written: str) -> None:
    i18n.use("ru")
    assert cards(n) == written


@pytest.mark.parametrize(
    ("n", "deck", "review", "day"),
    [
        (1, "1 колода", "1 повторение", "1 день"),
        (3, "3 колоды", "3 повторения", "3 дня"),
        (12, "12 колод", "12 повторений", "12 дней"),
        (21, "21 колода", "21 повторение", "21 день"),
    ],
)
def test_russian_decks_reviews_and_days(n: int, deck: str, review: str, day: str) -> None:
    i18n.use("ru")
    assert (decks(n), reviews(n), days(n)) == (deck, review, day)


@pytest.mark.parametrize(("n", "written"), [(0, "0 cards"), (1, "1 card"), (2, "2 cards")])
def test_english_cards(n: int, written: str) -> None:
    assert cards(n) == written


@given(st.integers(min_value=0, max_value=10**6))
def test_the_russian_form_depends_only_on_the_last_two_digits(n: int) -> None:
    """The property of the Russian rule (21 like 1, 111 like 11) without restating the rule."""
    i18n.use("ru")
    word = cards(n).rsplit(" ", 1)[1]
    assert word == cards(n % 100 + 100).rsplit(" ", 1)[1]
    assert word in {"карточка", "карточки", "карточек"}


def test_numbers_in_each_language() -> None:
    """English groups thousands with commas; Russian writes a decimal comma and groups from five digits."""
    assert (number(1350), number(12345), number(12345.25, 1)) == ("1,350", "12,345", "12,345.2")
    assert number(-0.04, 1) == "0.0"  # no "-0.0"
    i18n.use("ru")
    assert number(1350) == "1350"  # a four-digit number is not split in Russian
    assert number(12345) == f"12{NBSP}345"
    assert number(1234567.5, 1) == f"1{NBSP}234{NBSP}567,5"
    assert number(-3) == "-3"


def test_shares_in_each_language() -> None:
    assert (percent(2, 3), share(0.675, 1), percent(1, 0)) == ("67%", "67.5%", "")
    i18n.use("ru")
    assert (percent(2, 3), share(0.675, 1)) == (f"67{NBSP}%", f"67,5{NBSP}%")


def test_dates_in_each_language() -> None:
    day = dt.date(2026, 12, 2)
    assert date_text(day) == "December 2, 2026" and date_text(day, with_year=False) == "December 2"
    assert datetime_text(dt.datetime(2026, 12, 4, 9, 5, tzinfo=dt.UTC)) == "December 4, 2026, 09:05 UTC"
    assert month_abbr(7) == "Jul"
    i18n.use("ru")
    assert date_text(day) == "2 декабря 2026 г." and date_text(day, with_year=False) == "2 декабря"
    assert datetime_text(dt.datetime(2026, 12, 4, 9, 5, tzinfo=dt.UTC), NOW) == "4 декабря, 09:05 UTC"
    assert datetime_text(dt.datetime(2027, 1, 4, 9, 5, tzinfo=dt.UTC), NOW) == "4 января 2027 г., 09:05 UTC"
    assert [month_abbr(m) for m in (1, 5, 7, 9)] == ["янв", "май", "июл", "сен"]


def test_durations_in_russian() -> None:
    i18n.use("ru")
    assert interval(dt.timedelta(minutes=10)) == "10 мин"
    assert interval(dt.timedelta(hours=3)) == "3 ч"
    assert interval(dt.timedelta(days=1)) == "1 день"
    assert interval(dt.timedelta(days=4)) == "4 дня"
    assert interval(dt.timedelta(days=25)) == "25 дней"
    assert elapsed(dt.timedelta(hours=1, minutes=2, seconds=9)) == "1 ч 02 мин"
    assert elapsed(dt.timedelta(minutes=3, seconds=5)) == "3 мин 05 с"
    assert elapsed(dt.timedelta(seconds=12)) == "12 с"


def test_next_due_in_russian_leaves_out_this_year() -> None:
    i18n.use("ru")
    assert (
        next_due(dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC), NOW) == "через 3 дня (29 ноября, 09:00 UTC)"
    )
    assert next_due(NOW, NOW) == "сейчас"
    assert next_due(None, NOW) == "пока ничего не запланировано"


def test_ratings_are_named_as_in_ankis_russian_interface() -> None:
    assert [rating_name(r) for r in (1, 2, 3, 4)] == ["Again", "Hard", "Good", "Easy"]
    i18n.use("ru")
    assert [rating_name(r) for r in (1, 2, 3, 4)] == ["Снова", "Трудно", "Хорошо", "Легко"]


def test_the_summary_is_translated_when_shown_and_stays_aligned() -> None:
    """Labels are looked up at call time (a switch applies at once); the longer Russian ones widen the column."""
    due = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)
    english = summary_lines(4, 3, dt.timedelta(minutes=3, seconds=5), due, NOW).text().splitlines()
    assert english[0] == "Answered     4"
    i18n.use("ru")
    lines = summary_lines(4, 3, dt.timedelta(minutes=3, seconds=5), due, NOW).text().splitlines()
    assert lines == [
        "Ответов               4",
        f"Верно                 3 (75{NBSP}%)",
        "Время                 3 мин 05 с",
        "Следующее повторение  через 3 дня (29 ноября, 09:00 UTC)",
    ]
