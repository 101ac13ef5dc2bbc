"""SVG snapshots of the Exam screen: a question and the result, in both languages, at 100×30 and 80×24.

Russian runs 20–30 % longer than English and 80 columns is where it must fit. The draw is fixed
(the app's seed is 0 with a fixed clock), so the same questions come in the same order each run.
Regenerate with ``--snapshot-update`` only after looking at the pictures.
"""

from __future__ import annotations

import pytest

from kzjp_tutor.core.i18n import Language

from .helpers import AppFactory
from .test_snapshots import SnapCompare, steps
from .test_snapshots_language import NARROW, WIDE, deck

SIZES = [pytest.param(WIDE, id="100x30"), pytest.param(NARROW, id="80x24")]
LANGUAGES: list[Language] = ["en", "ru"]
FIRST_RIGHT = {"en": "Hashimoto", "ru": "Хасимото"}
"""The right answer to the first question drawn (seed 0): the Silk Road card."""


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_exam_setup(
    snap_compare: SnapCompare, build_app: AppFactory, language: Language, size: tuple[int, int]
) -> None:
    """The form: decks, section, questions, minutes, Start."""
    app = build_app(deck(language), language=language)
    assert snap_compare(app, terminal_size=size, run_before=steps("f7"))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_exam_question(
    snap_compare: SnapCompare, build_app: AppFactory, language: Language, size: tuple[int, int]
) -> None:
    """The second question (a choice) after answering the first: the map marks question 1 answered."""
    app = build_app(deck(language), language=language)
    keys = ("f7", "enter", *FIRST_RIGHT[language], "enter")
    assert snap_compare(app, terminal_size=size, run_before=steps(*keys))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_exam_result(
    snap_compare: SnapCompare, build_app: AppFactory, language: Language, size: tuple[int, int]
) -> None:
    """Two answered (one right, one wrong choice), two left: the mark, sections, each question."""
    app = build_app(deck(language), language=language)
    keys = ("f7", "enter", *FIRST_RIGHT[language], "enter", "2", "ctrl+f", "enter")
    assert snap_compare(app, terminal_size=size, run_before=steps(*keys))
