"""The UI-free core of kzjp-tutor: everything a front end (the Textual app, the plain mode, the
instructor's report) stands on. Nothing here imports textual or rich; ``tests/test_import_hygiene.py``
walks every module to prove it.

Who holds what:

============== ==============================================================================
module         holds
============== ==============================================================================
deck           deck format 1 as frozen pydantic models (the contract in one place)
loader         bytes → TOML → Deck, every failure a located ``DeckError``
grading/       free answers judged per card type: text, dates, numbers, lists, choices
scheduling     py-fsrs behind a small planner: ratings, leeches, the exam-date cap, cram
store          the SQLite progress store: one transaction per answer, backups, repair
migrations     numbered, append-only schema changes
session        the study queue and the answer → commit → undo cycle
stats          the numbers ``kzjp-tutor stats`` prints
catalog        decks to show, each loaded or with its problems
overview       per-section due/new/learning/mastered counts
progress       series for the progress screen
export         a student's progress file and the FSRS optimizer's revlog
report/        the class item analysis from many exports, as HTML and CSV too
settings       the student's ``settings.toml``
clock, paths   the injected time; where data lives
files, errors  atomic writes; the errors users are shown
============== ==============================================================================

The names below are importable from ``kzjp_tutor.core`` directly; each is loaded on first use, so
importing this package stays cheap for commands that need only a little of it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # ``X as X``: an explicit re-export for type checkers
    from .clock import Clock as Clock
    from .deck import Card as Card
    from .deck import Deck as Deck
    from .deck import Section as Section
    from .errors import (
        DeckError as DeckError,
    )
    from .errors import (
        KzjpError as KzjpError,
    )
    from .errors import (
        Problem as Problem,
    )
    from .errors import (
        StoreError as StoreError,
    )
    from .grading import Verdict as Verdict
    from .grading import grade as grade
    from .loader import load_deck as load_deck
    from .loader import parse_deck as parse_deck
    from .scheduling import Planner as Planner
    from .session import StudySession as StudySession
    from .settings import Settings as Settings
    from .settings import load_settings as load_settings
    from .settings import save_settings as save_settings
    from .store import Store as Store

_HOME = {
    "Card": "deck",
    "Clock": "clock",
    "Deck": "deck",
    "DeckError": "errors",
    "KzjpError": "errors",
    "Planner": "scheduling",
    "Problem": "errors",
    "Section": "deck",
    "Settings": "settings",
    "Store": "store",
    "StoreError": "errors",
    "StudySession": "session",
    "Verdict": "grading",
    "grade": "grading",
    "load_deck": "loader",
    "load_settings": "settings",
    "parse_deck": "loader",
    "save_settings": "settings",
}
"""Each public name and the module that defines it: the one list (``__all__`` is derived from it)."""

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    """Load a public name's module on first use (PEP 562)."""
    if name in _HOME:
        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")  # i18n: not text
