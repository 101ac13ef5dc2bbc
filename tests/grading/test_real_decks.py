"""The grader against labelled answers on the REAL bundled decks.

Every case in :mod:`real_deck_cases` is its own test, labelled by what a careful teacher would
decide. A wrong verdict either way fails (a false accept teaches a wrong fact; a false reject
teaches the student to distrust the tutor). ``test_real_deck_summary`` prints agreement per
family and deck (run with ``-s``). Known grader bugs stay here as failing cases until the grader
is fixed; see ``parts/grader-bugs-2.md``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.grading import Verdict, deck_lexicon, grade
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.paths import bundled_decks_dir

from .casebook import agreement, case_id
from .real_deck_cases import CASES, TRAP_FAMILIES

HERE = Path(__file__).resolve().parent


@cache
def deck(file_name: str) -> Deck:
    """A bundled deck by file name."""
    return load_deck(bundled_decks_dir() / file_name)


@cache
def _lexicon(deck_file: str) -> frozenset[str]:
    """The deck's answer words, as the study session passes them to the grader."""
    return deck_lexicon(load_deck(bundled_decks_dir() / deck_file))


def _grade(case: object) -> Verdict:
    deck_file, card_id, answer, _expected, _family = case  # type: ignore[misc]
    loaded = deck(deck_file)
    card = loaded.card(card_id)
    assert card is not None, f"no card {card_id!r} in {deck_file}"
    return grade(card, answer, loaded.deck.language, _lexicon(deck_file))


@pytest.mark.parametrize("case", CASES, ids=[case_id(i, c) for i, c in enumerate(CASES)])
def test_real_deck_case(case: object) -> None:
    """The grader gives the teacher's verdict on a real deck card."""
    deck_file, card_id, answer, expected, family = case  # type: ignore[misc]
    verdict = _grade(case)
    kind = "false reject" if expected else "false accept"
    assert verdict.correct is expected, (
        f"{kind} [{family}] {deck_file}/{card_id}: {answer!r} -> correct={verdict.correct} "
        f"({verdict.feedback})"
    )


def test_real_deck_summary() -> None:
    """Print agreement per family and per deck; fail on any false accept in a trap family."""
    table, trap_accepts = agreement(
        "real-deck grading cases", CASES, lambda c: _grade(c).correct, TRAP_FAMILIES
    )
    print(table)
    assert not trap_accepts, f"false accepts on trap families: {trap_accepts}"


def test_real_deck_cases_are_well_formed() -> None:
    """Enough cases, every deck in both languages, every card id exists, no duplicates."""
    assert len(CASES) >= 250
    decks = {c.deck for c in CASES}
    for stem in ("kzjp-lecture-11", "kzjp-25-years", "kzjp-2021"):
        assert {f"{stem}.ru.toml", f"{stem}.en.toml"} <= decks
    for case in CASES:
        assert deck(case.deck).card(case.card_id) is not None, case
    seen = [(c.deck, c.card_id, c.answer) for c in CASES]
    assert len(seen) == len(set(seen)), "a case is listed twice"
