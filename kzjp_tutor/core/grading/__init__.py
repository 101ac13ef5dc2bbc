"""Grading free answers the way a fair teacher would.

No single similarity threshold can tell "Хашимота" (a typo of the right name) from "1992" (a
wrong year) or "Кавабата" (a different person), so each card type has its own grader:

* :mod:`.text` — word by word against the answer and ``accept``, never a ``reject``;
* :mod:`.dates` — parsed, compared at the card's precision;
* :mod:`.numbers` — parsed with scale words, never fuzzy;
* :mod:`.lists` — items split out and each graded as text;
* choices — by 1-based number or by text, the other choices acting as near misses.

All of them share :mod:`.normalize` (what a teacher ignores), :mod:`.words` (one typed word
against one expected word: inflection, transliteration, typos) and return a :class:`Verdict`.

Importing this package is cheap: the verdict types load at once, while :func:`grade` and
:func:`deck_lexicon` (with the stemmer, rapidfuzz and every grader) load on first use, so that
showing the first card never waits for the grader.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .verdict import DiffOp, SuggestedRating, Verdict

if TYPE_CHECKING:
    from .grader import grade
    from .lexicon import deck_lexicon

__all__ = ["DiffOp", "SuggestedRating", "Verdict", "deck_lexicon", "grade"]

_LAZY = {"grade": "grader", "deck_lexicon": "lexicon"}


def __getattr__(name: str) -> Any:
    """Load :func:`grade` or :func:`deck_lexicon` on first use (PEP 562)."""
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
