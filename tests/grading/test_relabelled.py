"""The record of the cases relabelled for the decks' second edition stays true to the case sets.

:data:`~tests.grading.examiner_cases.RELABELLED_FOR_SECOND_EDITION` is how a reader audits why a
label or an answer changed; a record that no longer matches the cases would mislead that reader.
Checked by content, not by case number, so that adding cases elsewhere does not break it.
"""

from __future__ import annotations

import pytest

from .casebook import Case, bundled_deck
from .examiner_cases import EXAMINER_CASES, RELABELLED_FOR_SECOND_EDITION, Relabel
from .real_deck_cases import CASES as REAL_CASES

_SETS: dict[str, list[Case]] = {"examiner": EXAMINER_CASES, "real": REAL_CASES}


@pytest.mark.parametrize(
    ("key", "entry"), list(RELABELLED_FOR_SECOND_EDITION.items()), ids=list(RELABELLED_FOR_SECOND_EDITION)
)
def test_the_record_matches_its_case_set(key: str, entry: Relabel) -> None:
    """The case as it is now is in its set; a changed case's old form is gone from it."""
    cases = _SETS[key.split()[0]]
    assert entry.new in cases, f"{key}: {entry.new} is not in the set"
    if entry.old != entry.new:
        assert entry.old not in cases, f"{key}: the stale {entry.old} is still in the set"
    assert entry.reason, key


def test_the_record_names_real_cards_and_choices() -> None:
    """Every recorded card exists; an answer given as a number names an option of its card."""
    for key, entry in RELABELLED_FOR_SECOND_EDITION.items():
        card = bundled_deck(entry.new.deck).card(entry.new.card_id)
        assert card is not None, key
        digits = "".join(ch for ch in entry.new.answer if ch.isdigit())
        if card.type == "choice" and digits:
            assert 1 <= int(digits) <= len(card.choices), key
