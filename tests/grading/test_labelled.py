"""The grader against answers labelled the way a careful teacher would grade them.

Every case in :mod:`labelled_cases` is its own test: a wrong verdict either way fails (a false
accept lets a student learn a wrong fact; a false reject teaches them to distrust the tutor).
``test_labelled_summary`` prints agreement and false accepts / rejects per family (run with
``-s`` to see it) and enforces the CI rule: zero false accepts on the trap families.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.grading import SuggestedRating, grade
from kzjp_tutor.core.loader import load_deck

from .casebook import agreement, case_id
from .labelled_cases import CASES, TRAP_FAMILIES

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"


@cache
def deck(language: str) -> Deck:
    """The fixture deck in one language."""
    return load_deck(DATA / f"grading-deck.{language}.toml")


def _verdict(case: object) -> bool:
    deck_lang, card_id, answer, _expected, _family = case  # type: ignore[misc]
    card = deck(deck_lang).card(card_id)
    assert card is not None, f"no card {card_id!r} in the {deck_lang} fixture deck"
    return grade(card, answer, deck_lang).correct


@pytest.mark.parametrize("case", CASES, ids=[case_id(i, c) for i, c in enumerate(CASES)])
def test_labelled(case: object) -> None:
    """The grader gives the teacher's verdict."""
    deck_lang, card_id, answer, expected, family = case  # type: ignore[misc]
    card = deck(deck_lang).card(card_id)
    assert card is not None
    verdict = grade(card, answer, deck_lang)
    kind = "false reject" if expected else "false accept"
    assert verdict.correct is expected, (
        f"{kind} [{family}] {deck_lang}/{card_id}: {answer!r} -> correct={verdict.correct} "
        f"({verdict.feedback})"
    )


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.expected_correct],
    ids=[case_id(i, c) for i, c in enumerate(CASES) if c.expected_correct],
)
def test_labelled_rating(case: object) -> None:
    """A right answer is rated "hard" only when it needed typo tolerance, else "good"."""
    deck_lang, card_id, answer, _expected, family = case  # type: ignore[misc]
    card = deck(deck_lang).card(card_id)
    assert card is not None
    verdict = grade(card, answer, deck_lang)
    if not verdict.correct:
        pytest.skip("verdict already wrong; reported by test_labelled")
    wanted = SuggestedRating.HARD if family == "typo" else SuggestedRating.GOOD
    assert verdict.rating is wanted, (
        f"{deck_lang}/{card_id}: {answer!r} rated {verdict.rating} ({verdict.feedback})"
    )


def test_labelled_summary() -> None:
    """Print agreement per family; fail on any false accept in a trap family (the CI rule)."""
    table, trap_accepts = agreement("labelled grading cases", CASES, _verdict, TRAP_FAMILIES)
    print(table)
    assert not trap_accepts, f"false accepts on trap families: {trap_accepts}"


def test_enough_cases() -> None:
    """The table stays large and covers every family with several cases."""
    families = Counter(case.family for case in CASES)
    assert len(CASES) >= 300
    assert all(count >= 3 for count in families.values()), families
    assert set(families) >= TRAP_FAMILIES
    seen = [(c.deck, c.card_id, c.answer) for c in CASES]
    assert len(seen) == len(set(seen)), "a case is listed twice"
