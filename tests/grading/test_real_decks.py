"""The grader against labelled answers on the REAL bundled decks.

Every case in :mod:`real_deck_cases` is its own test, labelled by what a careful teacher would
decide. A wrong verdict either way fails (a false accept teaches a wrong fact; a false reject
teaches the student to distrust the tutor). The agreement table per family and deck is a report,
not a test: ``python bench/grading_agreement.py`` prints it.
"""

from __future__ import annotations

import pytest

from .casebook import Case, assert_teachers_verdict, bundled_deck, case_id, grade_real
from .real_deck_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case_id(i, c) for i, c in enumerate(CASES)])
def test_real_deck_case(case: Case) -> None:
    """The grader gives the teacher's verdict on a real deck card."""
    assert_teachers_verdict(case, grade_real(case))


def test_real_deck_cases_are_well_formed() -> None:
    """Enough cases, every deck in both languages, every card id exists, no duplicates."""
    assert len(CASES) >= 250
    decks = {c.deck for c in CASES}
    for stem in ("kzjp-lecture-11", "kzjp-25-years", "kzjp-2021"):
        assert {f"{stem}.ru.toml", f"{stem}.en.toml"} <= decks
    for case in CASES:
        assert bundled_deck(case.deck).card(case.card_id) is not None, case
    seen = [(c.deck, c.card_id, c.answer) for c in CASES]
    assert len(seen) == len(set(seen)), "a case is listed twice"
