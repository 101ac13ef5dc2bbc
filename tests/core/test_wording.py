"""Texts built from data, written once (core.wording): answers, durations, shares, the session summary."""

from __future__ import annotations

import datetime as dt

import pytest

from kzjp_tutor.core.deck import ChoiceCard, DateCard, ListCard, NumberCard
from kzjp_tutor.core.session import Summary
from kzjp_tutor.core.wording import (
    answer_text,
    elapsed,
    interval,
    number_text,
    percent,
    reviews,
    summary_lines,
)


@pytest.mark.parametrize(
    ("answer", "language", "written"),
    [
        ("1991-12-28", "ru", "28 декабря 1991 года"),
        ("1991-12-28", "en", "December 28, 1991"),
        ("1992-01", "ru", "январь 1992 года"),
        ("1992-01", "en", "January 1992"),
        ("1997", "ru", "1997 год"),
        ("1997", "en", "1997"),
    ],
)
def test_dates_are_written_out_at_their_precision(answer: str, language: str, written: str) -> None:
    """Not the deck's ISO text: the date as the grader's feedback writes it, in the deck's language."""
    card = DateCard(id="d", prompt="When?", type="date", answer=answer)
    assert answer_text(card, language) == written


def test_other_types() -> None:
    """Lists join their items' first forms and say how many of them are needed; numbers keep unit and tolerance."""
    items = ListCard(id="l", prompt="Name two.", type="list", answer=[["Нефть", "oil"], "Уран"], need=1)
    assert answer_text(items) == "Нефть; Уран (любой из 2)"
    assert answer_text(items, "en") == "Нефть; Уран (any one of 2)"
    three = ListCard(id="t", prompt="Name two.", type="list", answer=["a", "b", "c"], need=2)
    assert answer_text(three) == "a; b; c (любые 2 из 3)"
    assert answer_text(three, "en") == "a; b; c (any 2 of 3)"
    number = NumberCard(id="n", prompt="How many?", type="number", answer=47.5, tolerance=0.5, unit="млн $")
    assert answer_text(number) == "47.5 ± 0.5 млн $"
    choice = ChoiceCard(id="c", prompt="Which?", type="choice", choices=["1996", "1997"], answer="1997")
    assert answer_text(choice) == "2. 1997"


@pytest.mark.parametrize(
    ("next_due", "line"),
    [
        (dt.datetime(2026, 11, 26, 9, 10, tzinfo=dt.UTC), "Next due     in 10 min (November 26, 09:10 UTC)"),
        (dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC), "Next due     in 3 days (November 29, 09:00 UTC)"),
        (dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC), "Next due     now"),
        (None, "Next due     nothing scheduled yet"),
    ],
)
def test_summary_says_when_the_next_card_is_due(next_due: dt.datetime | None, line: str) -> None:
    """The end-of-session summary: how long until the next card, then the time itself."""
    now = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    summary = Summary(answered=4, correct=3, elapsed=dt.timedelta(minutes=3, seconds=5), next_due=next_due)
    text = summary_lines(summary.answered, summary.correct, summary.elapsed, summary.next_due, now).text()
    assert "Correct      3 (75%)" in text and "Time         3 min 05 s" in text
    assert line in text.splitlines()


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (dt.timedelta(seconds=0), "1 min"),
        (dt.timedelta(minutes=10), "10 min"),
        (dt.timedelta(hours=3), "3 h"),
        (dt.timedelta(days=1), "1 day"),
        (dt.timedelta(days=3, hours=1), "3 days"),
        (dt.timedelta(days=-2), "1 min"),
    ],
)
def test_one_interval_format_everywhere(delta: dt.timedelta, text: str) -> None:
    assert interval(delta) == text


def test_time_spent_and_shares() -> None:
    assert elapsed(dt.timedelta(hours=1, minutes=2, seconds=9)) == "1 h 02 min"
    assert elapsed(dt.timedelta(seconds=12)) == "12 s"
    assert percent(2, 3) == "67%"  # rounded, not truncated: plain mode and the app used to disagree
    assert percent(0, 0) == ""
    assert reviews(1) == "1 review" and reviews(2) == "2 reviews"


def test_numbers_are_written_as_in_the_deck() -> None:
    assert number_text(74) == "74" and number_text(74.0) == "74" and number_text(47.5) == "47.5"


def test_a_date_answer_reads_the_same_in_plain_mode_and_the_app() -> None:
    """The drift the review found: ``1994-04`` in plain mode, «апрель 1994 года» in the app."""
    card = DateCard(id="d", prompt="Когда?", type="date", answer="1994-04")
    assert answer_text(card, "ru") == "апрель 1994 года"


def test_a_number_is_written_without_ever_raising() -> None:
    assert number_text(10**400).startswith("1" + "0" * 10)
    assert number_text(10**5000) == "1.000000e+5000"  # str() refuses over 4,300 digits
    assert number_text(float("inf")) == "inf"
