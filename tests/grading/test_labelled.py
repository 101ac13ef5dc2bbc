"""The grader against answers labelled the way a careful teacher would grade them.

Every case in :mod:`labelled_cases` is its own test: a wrong verdict either way fails (a false
accept lets a student learn a wrong fact; a false reject teaches them to distrust the tutor), so
the CI rule "zero false accepts on the trap families" holds whenever these pass. The agreement
table per family is a report, not a test: ``python bench/grading_agreement.py`` prints it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from kzjp_tutor.core.grading import SuggestedRating

from .casebook import Case, assert_teachers_verdict, case_id, grade_labelled
from .labelled_cases import CASES, TRAP_FAMILIES


@pytest.mark.parametrize("case", CASES, ids=[case_id(i, c) for i, c in enumerate(CASES)])
def test_labelled(case: Case) -> None:
    """The grader gives the teacher's verdict."""
    assert_teachers_verdict(case, grade_labelled(case))


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.expected_correct],
    ids=[case_id(i, c) for i, c in enumerate(CASES) if c.expected_correct],
)
def test_labelled_rating(case: Case) -> None:
    """A right answer is rated "hard" only when it needed typo tolerance, else "good"."""
    verdict = grade_labelled(case)
    if not verdict.correct:
        pytest.skip("verdict already wrong; reported by test_labelled")
    wanted = SuggestedRating.HARD if case.family == "typo" else SuggestedRating.GOOD
    assert verdict.rating is wanted, (
        f"{case.deck}/{case.card_id}: {case.answer!r} rated {verdict.rating} ({verdict.feedback})"
    )


def test_enough_cases() -> None:
    """The table stays large and covers every family with several cases."""
    families = Counter(case.family for case in CASES)
    assert len(CASES) >= 300
    assert all(count >= 3 for count in families.values()), families
    assert set(families) >= TRAP_FAMILIES
    seen = [(c.deck, c.card_id, c.answer) for c in CASES]
    assert len(seen) == len(set(seen)), "a case is listed twice"
