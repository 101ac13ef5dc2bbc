"""How often the grader agrees with the teacher's labels, per family and per deck.

Run: ``.venv/bin/python bench/grading_agreement.py``. Prints one table per labelled set
(``tests/grading/labelled_cases.py`` on the fixture decks, ``real_deck_cases.py`` and the
independent examiner's ``examiner_cases.py`` on the bundled decks) and exits 1 if a trap family has a false accept. The tests assert every case on its own;
this is the overview they cannot print, so it lives here rather than as a test that can only fail
when a case test already has.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the case tables live with the tests

from tests.grading import examiner_cases, labelled_cases, real_deck_cases  # noqa: E402
from tests.grading.casebook import agreement, grade_labelled, grade_real  # noqa: E402


def _examiner_traps() -> frozenset[str]:
    """In the examiner's set every family of a wrong answer is a trap: a false accept there teaches a wrong fact."""
    return frozenset(case.family for case in examiner_cases.EXAMINER_CASES if not case.expected_correct)


def main() -> int:
    """Print both tables; 1 if any trap family has a false accept."""
    failed = False
    for title, cases, graded, traps in (
        ("labelled grading cases", labelled_cases.CASES, grade_labelled, labelled_cases.TRAP_FAMILIES),
        ("real-deck grading cases", real_deck_cases.CASES, grade_real, real_deck_cases.TRAP_FAMILIES),
        ("examiner's set (bundled decks)", examiner_cases.EXAMINER_CASES, grade_real, _examiner_traps()),
    ):
        table, trap_accepts = agreement(title, cases, lambda case, g=graded: g(case).correct, traps)
        print(table)
        if trap_accepts:
            print(f"FALSE ACCEPTS ON TRAP FAMILIES: {trap_accepts}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
