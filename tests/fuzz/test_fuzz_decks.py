"""Fuzz the deck loader: over 10,000 deck files per run, none may crash, hang or load ungradeable.

Deck files are untrusted (issue 11: F3, F6-F8, F17, F18). Three sources of cases:

- the seeded mutation corpus of :mod:`tests.fuzz.deck_mutations` (slices of the bundled decks,
  16 mutators, 1-3 mutations per case), :data:`MUTATION_CASES` per run;
- hypothesis-generated decks (deck dicts written with tomli-w), :data:`GENERATED_CASES`;
- the probe's own reproductions (ReDoS word, huge integers, long strings, many bad cards) at
  sizes that fit the time bound; ``bench/bench_loader.py`` times them at full size.

The only documented failure is :class:`~kzjp_tutor.core.errors.DeckError`, whose problems must
name the file, say something and carry no control character. A deck that loads must be gradable:
every card (up to :data:`GRADED_PER_DECK`) is graded with its own answer and a hostile one.
Each case must finish within :data:`CASE_BOUND_S` (2 s, the documented limit); that is the only
time asserted. ``KZJP_FUZZ_SCALE=10`` runs ten times as many cases. Run with ``-s`` to see the
figures: cases, loaded/refused, worst case and total time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard
from kzjp_tutor.core.errors import DeckError
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.grading.verdict import Verdict
from kzjp_tutor.core.loader import parse_deck

from .deck_mutations import MUTATORS, SEED_FILES, make_case
from .limits import CASE_BOUND_S, SCALE, case_clock

"""Documented limit for loading (and grading) one deck case, on a loaded 2-core machine."""
CASES_PER_MUTATOR = 540 * SCALE
MUTATION_CASES = CASES_PER_MUTATOR * len(MUTATORS)
GENERATED_CASES = 1_600 * SCALE
GRADED_PER_DECK = 40
"""A 3,000-card deck is still loaded whole; grading samples its cards to keep each case short."""
FILE = "fuzz.toml"

HOSTILE_ANSWERS = (
    "", " ", "\x1b]52;c;SGVsbG8=\x07\x1b[2J", "\ud800", "Хаши\u00adмото", "Хаши\u200bмото", "9" * 400,
    "nan", "inf", "-1e400", "0000-00-00", "31.02.1991", "[bold]x[/]", "a, " * 100, "\u202eevil",
    "я" * 300, "1991-12-28", "74", "более 1200", "\ufdfa" * 50,
)  # fmt: skip
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class _Figures:
    """What the run measured, printed after each test (run with -s to see it)."""

    cases: int = 0
    loaded: int = 0
    refused: int = 0
    gradings: int = 0
    worst_s: float = 0.0
    worst_case: str = ""
    total_s: float = 0.0

    def record(self, label: str, elapsed: float) -> None:
        self.cases += 1
        self.total_s += elapsed
        if elapsed > self.worst_s:
            self.worst_s, self.worst_case = elapsed, label

    def summary(self) -> str:
        return (
            f"deck fuzz so far: {self.cases} cases ({self.loaded} loaded, {self.refused} refused), "
            f"{self.gradings} gradings; worst case {self.worst_s:.3f} s ({self.worst_case}); "
            f"{self.total_s:.1f} s in cases"
        )


FIGURES = _Figures()


@pytest.fixture(scope="module", autouse=True)
def _print_figures() -> Iterator[None]:
    """The figures of the whole module run, for docs/reliability.md (shown with -s)."""
    yield
    print("\n" + FIGURES.summary())


def _own_answer(card: Any) -> str:
    if isinstance(card, ListCard):
        return ", ".join(item[0] for item in card.items)
    if isinstance(card, NumberCard):
        return str(card.answer)
    assert isinstance(card, TextCard | DateCard | ChoiceCard)
    return card.answer


def _check_refusal(exc: DeckError, label: str) -> None:
    assert exc.problems, f"{label}: a DeckError names at least one problem"
    for problem in exc.problems:
        text = str(problem)
        assert problem.file == FILE and problem.message, f"{label}: {text!r}"
        assert not _UNPRINTABLE.search(text), f"{label}: control character in {text[:200]!r}"
        assert len(text) < 1_000, f"{label}: a {len(text)}-character message"


def _check_deck(deck: Deck, label: str) -> int:
    cards = [card for _section, card in deck.cards()]
    if len(cards) > GRADED_PER_DECK:
        cards = cards[: GRADED_PER_DECK // 2] + cards[-GRADED_PER_DECK // 2 :]
    for number, card in enumerate(cards):
        for answer in (_own_answer(card), HOSTILE_ANSWERS[number % len(HOSTILE_ANSWERS)]):
            verdict = grade(card, answer, deck.language)
            assert isinstance(verdict, Verdict), f"{label}: card {card.id!r}"
    return 2 * len(cards)


def check_case(data: bytes, label: str) -> None:
    """Load one case; a refusal must be a clean DeckError, a loaded deck must grade."""
    started = case_clock()
    try:
        deck = parse_deck(data, FILE)
    except DeckError as exc:
        FIGURES.refused += 1
        _check_refusal(exc, label)
    else:
        FIGURES.loaded += 1
        FIGURES.gradings += _check_deck(deck, label)
    elapsed = case_clock() - started
    FIGURES.record(label, elapsed)
    assert elapsed < CASE_BOUND_S, f"{label}: {elapsed:.2f} s (limit {CASE_BOUND_S} s)"


def test_seed_decks_were_found() -> None:
    """A corpus built from nothing would prove nothing."""
    assert len(SEED_FILES) >= 7


@pytest.mark.parametrize("mutator", sorted(MUTATORS))
def test_mutation_corpus(mutator: str) -> None:
    """Every seed of one mutator; failures are collected so one run shows them all."""
    failures: list[str] = []
    for seed in range(CASES_PER_MUTATOR):
        label = f"make_case({seed}, {mutator!r})"
        try:
            check_case(make_case(seed, mutator), label)
        except AssertionError as exc:
            failures.append(str(exc).split("\n")[0])
        except Exception as exc:  # the point of the fuzz: report any other exception, with its case
            failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:200]}")
    assert not failures, f"{len(failures)} failing cases, first ones:\n" + "\n".join(failures[:10])


_HEAD = 'format = 1\n[deck]\nid = "t"\ntitle = "T"\nlanguage = "ru"\n[[sections]]\nid = "s"\ntitle = "S"\n'
_CARD = '[[sections.cards]]\nid = "c{n}"\nprompt = "p"\n{body}\n'
PROBE_CASES = {
    "redos-80k-word": "k" * 80_000 + " = [" + "1.5, " * 32 + "]\n",
    "redos-cr-only-20k-digits": (_HEAD + _CARD.format(n=1, body='answer = "a"')).replace("\n", "\r")
    + "x = "
    + "9" * 20_000
    + "\r"
    + "y = ["
    + "1.5, " * 40
    + "]\r",
    "int-5000-digits": _HEAD + _CARD.format(n=1, body='type = "number"\nanswer = ' + "9" * 5000),
    "int-400-digits": _HEAD + _CARD.format(n=1, body='type = "number"\nanswer = ' + "9" * 400),
    "nan-answer": _HEAD + _CARD.format(n=1, body='type = "number"\nanswer = nan'),
    "inf-tolerance": _HEAD + _CARD.format(n=1, body='type = "number"\nanswer = 1\ntolerance = inf'),
    "string-3mb": _HEAD + _CARD.format(n=1, body='answer = "' + "a" * 3_000_000 + '"'),
    "escapes-1m": _HEAD + _CARD.format(n=1, body='answer = "' + "\\\\" * 1_000_000 + '"'),
    "bad-cards-6000": _HEAD + "".join(_CARD.format(n=n, body='answer = "a"\nx = 1') for n in range(6000)),
    "dotted-20000": "a" + ".a" * 20_000 + " = 1\n",
    "nested-5000": "x = " + "[" * 5000 + "]" * 5000 + "\n",
    "soft-hyphen-answer": _HEAD + _CARD.format(n=1, body='answer = "Хаси\\u00adмото"'),
}


@pytest.mark.parametrize("name", sorted(PROBE_CASES))
def test_probe_reproductions(name: str) -> None:
    check_case(PROBE_CASES[name].encode(), name)


_TEXT = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(["Хасимото", "1991", " ", "", "a\u00adb", "x\u200by", "\u202e", "[bold]", "a\u2028b"]),
)
_NUMBER = st.one_of(
    st.integers(-(10**17), 10**17),
    st.integers(-(10**40), 10**40),
    st.floats(allow_nan=True, allow_infinity=True),
)
_ID = st.sampled_from(["a", "b", "c-1", "", "B!", "x" * 65])
_COMMON = {"id": _ID, "prompt": _TEXT}
_OPTIONAL = {"explain": _TEXT, "source": _TEXT, "tags": st.lists(_TEXT, max_size=3)}
_CARDS = st.one_of(
    st.fixed_dictionaries(
        {**_COMMON, "answer": _TEXT}, optional={**_OPTIONAL, "accept": st.lists(_TEXT, max_size=3)}
    ),
    st.fixed_dictionaries(
        {**_COMMON, "type": st.just("date"), "answer": st.one_of(st.dates().map(str), st.dates(), _TEXT)}
    ),
    st.fixed_dictionaries(
        {**_COMMON, "type": st.just("number"), "answer": _NUMBER},
        optional={"tolerance": _NUMBER, "unit": _TEXT},
    ),
    st.fixed_dictionaries(
        {
            **_COMMON,
            "type": st.just("list"),
            "answer": st.lists(_TEXT | st.lists(_TEXT, max_size=3), max_size=5),
        },
        optional={"need": _NUMBER, "ordered": st.booleans()},
    ),
    st.fixed_dictionaries(
        {**_COMMON, "type": st.just("choice"), "choices": st.lists(_TEXT, max_size=4), "answer": _TEXT}
    ),
)
_DECKS = st.fixed_dictionaries(
    {
        "format": st.sampled_from([1, 1, 1, 2, 0]),
        "deck": st.fixed_dictionaries(
            {"id": _ID, "title": _TEXT, "language": st.sampled_from(["ru", "en", "kk"])},
            optional={"description": _TEXT},
        ),
        "sections": st.lists(
            st.fixed_dictionaries(
                {"id": _ID, "title": _TEXT, "cards": st.lists(_CARDS, min_size=1, max_size=4)}
            ),
            min_size=1,
            max_size=2,
        ),
    }
)


@settings(
    max_examples=GENERATED_CASES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_DECKS)
def test_generated_decks(document: dict[str, Any]) -> None:
    try:
        data = tomli_w.dumps(document).encode()
    except (TypeError, ValueError):
        return  # not writable as TOML (tomli-w refuses it): no deck file to test
    check_case(data, f"generated deck {str(document)[:300]}")
