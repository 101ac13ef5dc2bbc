"""The grader against labelled answers on the REAL bundled decks.

Every case in :mod:`real_deck_cases` is its own test, labelled by what a careful teacher would
decide. A wrong verdict either way fails (a false accept teaches a wrong fact; a false reject
teaches the student to distrust the tutor). ``test_real_deck_summary`` prints agreement per
family and deck (run with ``-s``). Known grader bugs stay here as failing cases until the grader
is fixed; see ``parts/grader-bugs-2.md``.
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
from kzjp_tutor.core.grading import Verdict, deck_lexicon, grade
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.paths import bundled_decks_dir

HERE = Path(__file__).resolve().parent


def _load_cases() -> ModuleType:
    # By path, so the test does not depend on how pytest puts tests/ on sys.path.
    name = "kzjp_real_deck_cases"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "real_deck_cases.py")
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
        **dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdezijklmnoprstufhcye", strict=True)),
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
    }
)


def _case_id(index: int, case: object) -> str:
    """A readable ASCII id: family, deck, card, expected verdict and the answer transliterated."""
    deck_file, card_id, answer, expected, family = case  # type: ignore[misc]
    deck_short = deck_file.removeprefix("kzjp-").removesuffix(".toml")
    text = answer.lower().translate(_TRANSLIT)
    text = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "+/.-") else "_" for ch in text)
    text = text.strip("_") or "EMPTY"
    verdict = "ok" if expected else "no"
    return f"{index:04d}-{family}-{deck_short}-{card_id}-{verdict}-{text[:40]}"


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


@pytest.mark.parametrize("case", CASES, ids=[_case_id(i, c) for i, c in enumerate(CASES)])
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
    """Print agreement per family and per deck (informational; the per-case tests enforce)."""
    total: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    false_accepts: Counter[str] = Counter()
    false_rejects: Counter[str] = Counter()
    per_deck: Counter[str] = Counter()
    per_deck_agree: Counter[str] = Counter()
    for case in CASES:
        got = _grade(case).correct
        total[case.family] += 1
        per_deck[case.deck] += 1
        if got is case.expected_correct:
            agree[case.family] += 1
            per_deck_agree[case.deck] += 1
        elif got:
            false_accepts[case.family] += 1
        else:
            false_rejects[case.family] += 1
    all_cases = sum(total.values())
    all_agree = sum(agree.values())
    lines = [
        "",
        f"real-deck grading cases: {all_cases}, agreement {100 * all_agree / all_cases:.1f}%",
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
    lines.append(f"{'deck':<28} {'cases':>5} {'agree%':>7}")
    for deck_file in sorted(per_deck):
        share = 100 * per_deck_agree[deck_file] / per_deck[deck_file]
        lines.append(f"{deck_file:<28} {per_deck[deck_file]:>5} {share:>6.1f}%")
    print("\n".join(lines))


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
