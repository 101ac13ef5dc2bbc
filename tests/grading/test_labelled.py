"""The grader against answers labelled the way a careful teacher would grade them.

Every case in :mod:`labelled_cases` is its own test: a wrong verdict either way fails (a false
accept lets a student learn a wrong fact; a false reject teaches them to distrust the tutor).
``test_labelled_summary`` prints agreement and false accepts / rejects per family (run with
``-s`` to see it) and enforces the CI rule: zero false accepts on the trap families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.grading import SuggestedRating, grade
from kzjp_tutor.core.loader import load_deck

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"


def _load_cases() -> ModuleType:
    # By path, so the test does not depend on how pytest puts tests/ on sys.path.
    name = "kzjp_labelled_cases"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "labelled_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_cases = _load_cases()
CASES = _cases.CASES
TRAP_FAMILIES: frozenset[str] = _cases.TRAP_FAMILIES

_TRANSLIT = str.maketrans(
    {
        **dict(
            zip(
                "абвгдезийклмнопрстуфхцыэ",
                "abvgdezijklmnoprstufhcye",
                strict=True,
            )
        ),
        "ё": "yo",
        "ж": "zh",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ь": "",
        "ю": "yu",
        "я": "ya",
        "қ": "q",
        "ұ": "u",
    }
)


def _case_id(index: int, case: object) -> str:
    """A readable ASCII id: family, deck, card and the answer transliterated."""
    deck, card_id, answer, expected, family = case  # type: ignore[misc]
    text = answer.lower().translate(_TRANSLIT)
    text = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "+/.-") else "_" for ch in text)
    text = text.strip("_") or "EMPTY"
    verdict = "ok" if expected else "no"
    return f"{index:03d}-{family}-{deck}-{card_id}-{verdict}-{text[:40]}"


@cache
def deck(language: str) -> Deck:
    """The fixture deck in one language."""
    return load_deck(DATA / f"grading-deck.{language}.toml")


def _verdict(case: object) -> bool:
    deck_lang, card_id, answer, _expected, _family = case  # type: ignore[misc]
    card = deck(deck_lang).card(card_id)
    assert card is not None, f"no card {card_id!r} in the {deck_lang} fixture deck"
    return grade(card, answer, deck_lang).correct


@pytest.mark.parametrize("case", CASES, ids=[_case_id(i, c) for i, c in enumerate(CASES)])
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
    ids=[_case_id(i, c) for i, c in enumerate(CASES) if c.expected_correct],
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
    total: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    false_accepts: Counter[str] = Counter()
    false_rejects: Counter[str] = Counter()
    for case in CASES:
        got = _verdict(case)
        total[case.family] += 1
        if got is case.expected_correct:
            agree[case.family] += 1
        elif got:
            false_accepts[case.family] += 1
        else:
            false_rejects[case.family] += 1
    all_cases = sum(total.values())
    all_agree = sum(agree.values())
    lines = [
        "",
        f"labelled grading cases: {all_cases}, agreement {100 * all_agree / all_cases:.1f}%",
        f"{'family':<24} {'cases':>5} {'agree%':>7} {'f.acc':>5} {'f.rej':>5}",
    ]
    for family in sorted(total):
        mark = " *" if family in TRAP_FAMILIES else ""
        lines.append(
            f"{family + mark:<24} {total[family]:>5} {100 * agree[family] / total[family]:>6.1f}% "
            f"{false_accepts[family]:>5} {false_rejects[family]:>5}"
        )
    lines.append(
        f"{'TOTAL':<24} {all_cases:>5} {100 * all_agree / all_cases:>6.1f}% "
        f"{sum(false_accepts.values()):>5} {sum(false_rejects.values()):>5}   (* = trap family)"
    )
    print("\n".join(lines))
    trap_accepts = {f: n for f, n in false_accepts.items() if f in TRAP_FAMILIES and n}
    assert not trap_accepts, f"false accepts on trap families: {trap_accepts}"


def test_enough_cases() -> None:
    """The table stays large and covers every family with several cases."""
    families = Counter(case.family for case in CASES)
    assert len(CASES) >= 300
    assert all(count >= 3 for count in families.values()), families
    assert set(families) >= TRAP_FAMILIES
    seen = [(c.deck, c.card_id, c.answer) for c in CASES]
    assert len(seen) == len(set(seen)), "a case is listed twice"
