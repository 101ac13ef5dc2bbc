"""Build the app from a home folder and deck paths: the one place the CLI and the tests share.

Why a factory (posting's ``make_posting``): the app takes its collaborators (store, settings,
clock) in ``__init__`` so tests can hand it a fixed clock and a temporary home; the factory is
where the real ones are opened, so the command line and the test suite cannot wire it
differently.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.clock import Clock
from ..core.i18n import ENV_VARIABLE, LANGUAGES, Language
from ..core.settings import Settings, load_settings
from ..core.store import Store

if TYPE_CHECKING:
    from ..core.sync.credentials import InstructorLink
from .app import TutorApp

__all__ = ["make_app"]


def make_app(
    home: Path,
    deck_paths: list[Path],
    clock: Clock,
    settings: Settings | None = None,
    *,
    start_study: bool = False,
    fuzz: bool = True,
    section: str | None = None,
    limit: int | None = None,
    instructor_folder: Path | InstructorLink | None = None,
    language: Language | None = None,
) -> TutorApp:
    """Open the store and settings of ``home`` and build the app over ``deck_paths``.

    Args:
        home: The student's home folder (created by the store if missing).
        deck_paths: Deck files or folders; empty means the bundled decks and the decks folder, in
            the settings' study language (and the app follows later changes to either).
        clock: The only source of time for the whole app.
        settings: Settings to use instead of reading ``home/settings.toml``.
        start_study: Open straight on a study session over everything due (``kzjp-tutor study``).
        fuzz: fsrs interval fuzzing; tests turn it off for reproducible schedules.
        section: With ``start_study``, only this section.
        limit: Most cards in one session.
        instructor_folder: Open on the class report of this folder of exports, or this class server.
        language: The interface language for this run (``--lang``); without it
            ``$KZJP_TUTOR_LANG`` overrides the same way (read here, with the other real
            collaborators, so the app itself never reads the environment); with neither, the
            settings' ``ui_language`` decides (``auto``: the study language).

    Raises:
        KzjpError: the settings file is invalid or the store cannot be opened.
    """
    if settings is None:
        settings = load_settings(home)
    if language is None:
        chosen = os.environ.get(ENV_VARIABLE)
        language = next((known for known in LANGUAGES if known == chosen), None)
    store = Store.open(home, now=clock.now())
    return TutorApp(
        deck_paths=list(deck_paths) or None,
        store=store,
        settings=settings,
        clock=clock,
        home=home,
        start_study=start_study,
        fuzz=fuzz,
        section=section,
        limit=limit,
        instructor_folder=instructor_folder,
        language=language,
    )
