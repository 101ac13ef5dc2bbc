"""Fuzz the grader with hostile answers on every card of every bundled and test deck.

A student can type (or paste) anything, and grading runs while they wait: every answer must
come back as a valid :class:`Verdict`, never an exception, and within :data:`CASE_BOUND_S`
(only that bound is asserted; bench/bench_grader.py measures speed). Each run grades at least
:data:`MIN_CASES` answers: a fixed corpus of hostile answers (control characters, lone
surrogates, huge numbers, negations, 2,000+ characters, U+FDFA, mixed scripts, Rich/Textual
markup) spread over every card, plus hypothesis-generated text. ``KZJP_FUZZ_SCALE=10`` runs ten
times as many.
"""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import Card, Deck
from kzjp_tutor.core.grading import DiffOp, SuggestedRating, Verdict, deck_lexicon, grade
from kzjp_tutor.core.loader import load_deck

from .limits import CASE_BOUND_S, SCALE, case_clock

ROOT = Path(__file__).resolve().parents[2]
DECK_FILES = sorted([*ROOT.glob("decks/**/*.toml"), *ROOT.glob("tests/data/*.toml")])
MIN_CASES = 10_000 * SCALE
GENERATED = 2_500 * SCALE
"""Hypothesis examples per run; the corpus supplies the rest of :data:`MIN_CASES`."""

CORPUS: tuple[str, ...] = (
    "",
    " \t ",
    "\x00",
    "\x1b[2J\x1b]52;c;SGVsbG8=\x07",
    "\x1b]0;PWNED\x07Хашимото",
    "\ud800",
    "a\udfffb",
    "\x7f\x80\x9f",
    "9" * 400,
    "9" * 5000,
    "-" + "9" * 4300,
    "1e400",
    "-1e400",
    "nan",
    "inf",
    "0x1F",
    "1_000_000",
    "١٩٩١",
    "１９９１",
    "не Хашимото",
    "not 1991",
    "ни один из них",
    "не знаю",
    "idk",
    "a," * 1000,
    "\ufdfa," * 1000,
    "\ufdfa" * 2000,
    "x" * 3000,
    "я " * 1500,
    "1991 " * 500,
    "1991 " + "и " * 900,
    "Хashimото Astanа",
    "東京 Токио Tokyo Тоқио",
    "[bold]Astana[/bold]",
    "[@click=app.quit]1991[/]",
    "[/]",
    "[link=https://example.com]y[/link]",
    "\u202eanatsA",
    "Хаши\u200bмото",
    "Хаши\u00adмото",
    "e\u0301" * 700,
    "a\nb\r\nc\u2028d",
    "0",
    "99",
    "#1",
    "№ 3",
    "1)",
    "0000-00-00",
    "31.02.1991",
    "9999999999-01-01",
    "28 декабря 1991 года и 1992",
    "с 1991 по 1992, около 5 млрд долларов",
    "1/0",
    ", , ; ; и и and /",
    "{}" * 600,
    "%s%n%x" * 300,
)


def _cards() -> list[tuple[Card, str, frozenset[str]]]:
    cards: list[tuple[Card, str, frozenset[str]]] = []
    for path in DECK_FILES:
        deck: Deck = load_deck(path)
        lexicon = deck_lexicon(deck)
        cards.extend((card, deck.deck.language, lexicon) for _section, card in deck.cards())
    return cards


CARDS = _cards()


def _check(card: Card, language: str, lexicon: frozenset[str], answer: str) -> None:
    start = case_clock()
    verdict = grade(card, answer, language, lexicon)
    elapsed = case_clock() - start
    case = f"card {card.id!r} ({language}), answer {answer[:80]!r}… ({len(answer)} chars)"
    assert isinstance(verdict, Verdict), case
    assert isinstance(verdict.correct, bool) and isinstance(verdict.partial, bool), case
    assert isinstance(verdict.score, float) and 0.0 <= verdict.score <= 1.0, case
    assert isinstance(verdict.rating, SuggestedRating), case
    assert isinstance(verdict.feedback, str) and verdict.feedback, case
    assert verdict.nearest is None or isinstance(verdict.nearest, str), case
    assert all(isinstance(op, DiffOp) for op in verdict.diff), case
    assert elapsed < CASE_BOUND_S, f"{case}: {elapsed:.2f} s"


def test_decks_were_found() -> None:
    """The fuzz covers the bundled and test decks (a glob that found nothing would prove nothing)."""
    assert len(DECK_FILES) >= 9 and len(CARDS) >= 500


def test_corpus_on_every_card() -> None:
    """Each card gets a window of the corpus; over all cards every corpus entry is used many times."""
    per_card = math.ceil((MIN_CASES - GENERATED) / len(CARDS))
    for number, (card, language, lexicon) in enumerate(CARDS):
        for offset in range(per_card):
            _check(card, language, lexicon, CORPUS[(number * per_card + offset) % len(CORPUS)])


_PIECES = st.sampled_from((*CORPUS[:24], "Хашимото", "1991", "Astana", "и", ",", "\n", "\ufdfa"))
_ANSWERS = st.one_of(
    st.text(max_size=300),
    st.text(st.characters(exclude_categories=()), max_size=300),  # surrogates, controls, private use
    st.lists(_PIECES, max_size=40).map(" ".join),
    st.integers().map(str),
    st.floats().map(str),
    st.text(st.sampled_from("a,\ufdfa и;\n-0123456789яЯ"), min_size=500, max_size=2500),
)


@settings(
    max_examples=GENERATED,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(number=st.integers(0, len(CARDS) - 1), answer=_ANSWERS)
def test_generated_answers(number: int, answer: str) -> None:
    """Hypothesis text against random cards."""
    card, language, lexicon = CARDS[number]
    _check(card, language, lexicon, answer)
