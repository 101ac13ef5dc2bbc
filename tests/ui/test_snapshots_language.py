"""SVG snapshots of the Russian interface (every screen at 100×30) and of the main screens at 80×24
in both languages: Russian runs 20–30 % longer than English, and 80 columns is where it must fit.

The Russian snapshots study the Russian twin of the fixture deck, as a student of the course
would. Regenerate with ``--snapshot-update`` only after looking at the pictures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor.core.i18n import Language

from .helpers import SMALL, SMALL_RU, AppFactory
from .test_snapshots import EXAM, SnapCompare, steps

WIDE = (100, 30)
NARROW = (80, 24)
RU_ANSWERS = (*"Астана", "enter", "e", *"1991", "enter", "e", *"Хасимото", "enter", "e")
"""The Russian deck's first three cards answered right and rated Easy (the fourth is the choice)."""


def deck(language: Language) -> Path:
    return SMALL_RU if language == "ru" else SMALL


class TestRussianEveryScreen:
    """Each screen in Russian at 100×30."""

    def test_home(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """Decks with counts and the exam countdown."""
        app = build_app(SMALL_RU, settings=EXAM, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps())

    def test_study_question(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A text card waiting for an answer."""
        app = build_app(SMALL_RU, start_study=True, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps())

    def test_study_verdict(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A wrong answer: the verdict with explanation, source and the suggested rating."""
        app = build_app(SMALL_RU, start_study=True, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps(*"Алматы", "enter"))

    def test_study_choice(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A choice card."""
        app = build_app(SMALL_RU, start_study=True, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps(*RU_ANSWERS))

    def test_study_summary(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """The summary after the last card."""
        app = build_app(SMALL_RU, start_study=True, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps(*RU_ANSWERS, "2", "e"))

    def test_browse(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A search and the first match's details."""
        app = build_app(SMALL_RU, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps("f3", *"хасимото"))

    def test_progress(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """Statistics after a few answers."""
        app = build_app(SMALL_RU, settings=EXAM, language="ru")
        keys = ("a", *"Астана", "enter", "enter", *"1992", "enter", "enter", "escape", "f4")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps(*keys))

    def test_settings(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """The settings form, with the interface-language choice."""
        app = build_app(SMALL_RU, settings=EXAM, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps("f5"))

    def test_help(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """Every key with its Russian description; keys and ids as in English."""
        app = build_app(SMALL_RU, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps("f1"))

    def test_instructor(self, snap_compare: SnapCompare, build_app: AppFactory, home: Path) -> None:
        """The class report over an empty exports folder."""
        (home / "exports").mkdir(parents=True)
        app = build_app(SMALL_RU, language="ru")
        assert snap_compare(app, terminal_size=WIDE, run_before=steps("f6"))


@pytest.mark.parametrize("language", ["ru", "en"])
class TestNarrow:
    """The main screens at 80×24 in both languages: nothing that matters is cut."""

    def test_home(self, snap_compare: SnapCompare, build_app: AppFactory, language: Language) -> None:
        """The footer shows the main keys."""
        app = build_app(deck(language), settings=EXAM, language=language)
        assert snap_compare(app, terminal_size=NARROW, run_before=steps())

    def test_study_question(
        self, snap_compare: SnapCompare, build_app: AppFactory, language: Language
    ) -> None:
        """The section name stays in the study header."""
        app = build_app(deck(language), start_study=True, language=language)
        assert snap_compare(app, terminal_size=NARROW, run_before=steps())

    def test_study_verdict(
        self, snap_compare: SnapCompare, build_app: AppFactory, language: Language
    ) -> None:
        """A verdict with an explanation and a source: the question stays on screen above it."""
        app = build_app(deck(language), start_study=True, language=language)
        assert snap_compare(app, terminal_size=NARROW, run_before=steps(*"Almaty", "enter"))

    def test_help(self, snap_compare: SnapCompare, build_app: AppFactory, language: Language) -> None:
        """The help dialog fits the screen, keymap ids included."""
        app = build_app(deck(language), language=language)
        assert snap_compare(app, terminal_size=NARROW, run_before=steps("f1"))

    def test_settings(self, snap_compare: SnapCompare, build_app: AppFactory, language: Language) -> None:
        """The settings form."""
        app = build_app(deck(language), settings=EXAM, language=language)
        assert snap_compare(app, terminal_size=NARROW, run_before=steps("f5"))
