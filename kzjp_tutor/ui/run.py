"""Run the app from the command line: build it with :func:`make_app` and give back an exit code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.context import Context
from ..core.i18n import Language
from .factory import make_app

if TYPE_CHECKING:
    from textual.screen import Screen

    from ..core.sync.credentials import InstructorLink

__all__ = ["run_tui"]


def run_tui(
    deck_paths: list[Path],
    ctx: Context,
    *,
    start_study: bool | None = None,
    section: str | None = None,
    limit: int | None = None,
    fuzz: bool = True,
    instructor_folder: Path | InstructorLink | None = None,
    language: Language | None = None,
    first_screen: Callable[[], Screen[Any]] | None = None,
) -> int:
    """Open the study app on ``deck_paths`` (the bundled decks when empty).

    Args:
        deck_paths: Deck files or folders named on the command line.
        ctx: The CLI context (home folder and clock).
        start_study: Go straight to a study session; by default, when decks were named.
        section: Study only this section.
        limit: Most cards in the session.
        fuzz: fsrs interval fuzzing (off when the clock is fixed).
        instructor_folder: Open on the class report of this folder of exports, or this class server.
        language: ``--lang``: the interface language for this run, above the settings.
        first_screen: Builds a screen to open over the home screen (``exam``: the Exam screen).

    Returns:
        0 after the student quits.

    Raises:
        KzjpError: the settings file is invalid or the progress database cannot be opened;
            the CLI prints it.
    """
    app = make_app(
        ctx.home,
        deck_paths,
        ctx.clock,
        start_study=bool(deck_paths) if start_study is None else start_study,
        fuzz=fuzz,
        section=section,
        limit=limit,
        instructor_folder=instructor_folder,
        language=language,
    )
    app.first_screen = first_screen
    for notice in app.store.notices:  # in the terminal's scrollback too, before anything else can fail
        ctx.warn(notice)
    app.run()
    return 0
