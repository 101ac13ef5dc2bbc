"""What the labelled grading sets share: the case type, readable test ids, how a case is graded,
and the agreement table (printed by ``bench/grading_agreement.py``, asserted case by case in the tests).

A case is a tuple ``(deck, card_id, answer, expected_correct, family)``; ``deck`` is a language
("ru"/"en") for the fixture deck or a bundled deck's file name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.grading import Verdict, deck_lexicon, grade
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.paths import bundled_decks_dir

DATA = Path(__file__).resolve().parent.parent / "data"

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
        "ұ": "u",
    }
)


class Case(NamedTuple):
    """One labelled answer."""

    deck: str
    card_id: str
    answer: str
    expected_correct: bool
    family: str


def collector(cases: list[Case]) -> Callable[..., None]:
    """``add(family, deck, card_id, expected, *answers)``: one case per answer, into ``cases``."""

    def add(family: str, deck: str, card_id: str, expected: bool, *answers: str) -> None:
        cases.extend(Case(deck, card_id, answer, expected, family) for answer in answers)

    return add


def case_id(index: int, case: Case) -> str:
    """A readable ASCII id: number, family, deck, card, expected verdict, the answer transliterated."""
    deck, card_id, answer, expected, family = case
    deck_short = str(deck).removeprefix("kzjp-").removesuffix(".toml")
    text = answer.lower().translate(_TRANSLIT)
    text = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "+/.-") else "_" for ch in text)
    text = text.strip("_") or "EMPTY"
    return f"{index:04d}-{family}-{deck_short}-{card_id}-{'ok' if expected else 'no'}-{text[:40]}"


def assert_teachers_verdict(case: Case, verdict: Verdict) -> None:
    """Fail with the case, the kind of error (a false accept or a false reject) and the feedback."""
    kind = "false reject" if case.expected_correct else "false accept"
    assert verdict.correct is case.expected_correct, (
        f"{kind} [{case.family}] {case.deck}/{case.card_id}: {case.answer!r} -> "
        f"correct={verdict.correct} ({verdict.feedback})"
    )


@cache
def fixture_deck(language: str) -> Deck:
    """The labelled set's fixture deck (``tests/data/grading-deck.<language>.toml``)."""
    return load_deck(DATA / f"grading-deck.{language}.toml")


def grade_labelled(case: Case) -> Verdict:
    """A case of the labelled set (``deck`` is a language), graded on the fixture deck."""
    card = fixture_deck(case.deck).card(case.card_id)
    assert card is not None, f"no card {case.card_id!r} in the {case.deck} fixture deck"
    return grade(card, case.answer, case.deck)


@cache
def bundled_deck(file_name: str) -> Deck:
    """A bundled deck by file name."""
    return load_deck(bundled_decks_dir() / file_name)


@cache
def _lexicon(file_name: str) -> frozenset[str]:
    """The deck's answer words, as the study session passes them to the grader."""
    return deck_lexicon(bundled_deck(file_name))


def grade_real(case: Case) -> Verdict:
    """A case of the real-deck set (``deck`` is a bundled file), graded as a study session would."""
    loaded = bundled_deck(case.deck)
    card = loaded.card(case.card_id)
    assert card is not None, f"no card {case.card_id!r} in {case.deck}"
    return grade(card, case.answer, loaded.deck.language, _lexicon(case.deck))


def agreement(
    title: str, cases: Sequence[Case], correct: Callable[[Case], bool], trap_families: frozenset[str]
) -> tuple[str, dict[str, int]]:
    """The agreement table (per family, then per deck) and the false accepts per trap family."""
    total: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    false_accepts: Counter[str] = Counter()
    false_rejects: Counter[str] = Counter()
    per_deck: Counter[str] = Counter()
    per_deck_agree: Counter[str] = Counter()
    for case in cases:
        deck, _card, _answer, expected, family = case
        got = correct(case)
        total[family] += 1
        per_deck[deck] += 1
        if got is expected:
            agree[family] += 1
            per_deck_agree[deck] += 1
        elif got:
            false_accepts[family] += 1
        else:
            false_rejects[family] += 1
    count, agreed = sum(total.values()), sum(agree.values())
    lines = [
        "",
        f"{title}: {count}, agreement {100 * agreed / count:.1f}%",
        f"{'family':<24} {'cases':>5} {'agree%':>7} {'f.acc':>5} {'f.rej':>5}",
    ]
    for family in sorted(total):
        mark = " *" if family in trap_families else ""
        lines.append(
            f"{family + mark:<24} {total[family]:>5} {100 * agree[family] / total[family]:>6.1f}% "
            f"{false_accepts[family]:>5} {false_rejects[family]:>5}"
        )
    lines.append(
        f"{'TOTAL':<24} {count:>5} {100 * agreed / count:>6.1f}% "
        f"{sum(false_accepts.values()):>5} {sum(false_rejects.values()):>5}   (* = trap family)"
    )
    lines.append(f"{'deck':<28} {'cases':>5} {'agree%':>7}")
    for deck in sorted(per_deck):
        lines.append(f"{deck:<28} {per_deck[deck]:>5} {100 * per_deck_agree[deck] / per_deck[deck]:>6.1f}%")
    traps = {f: n for f, n in false_accepts.items() if f in trap_families and n}
    return "\n".join(lines), traps
