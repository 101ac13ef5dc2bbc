"""The class item analysis from many students' exports, as a package of one concept per module.

============== ==============================================================================
module         holds
============== ==============================================================================
model          the result records (:class:`Report`, its rows and :class:`Figure`)
tally          running per-card totals while the exports are read; answers grouped by value
languages      which loaded decks are one deck in two languages (one row per fact)
analysis       :func:`build_report`: cards, sections and students, with the definitions
suggestions    accept-line suggestions and confusions (the only part that calls the grader)
html           the report as one self-contained HTML page
spreadsheet    the per-card table as CSV
============== ==============================================================================

Reading the exports (:func:`load_exports`) lives in :mod:`kzjp_tutor.core.export`, next to the
format; its names are re-exported here because the report is where they are used.
"""

from __future__ import annotations

from ..export import LoadedExport, Skipped, export_files, load_exports
from .analysis import TOP_WRONG, build_report
from .html import render_html
from .languages import language_versions, versions_of
from .model import (
    MIN_RANKED_STUDENTS,
    OVERRIDES_NOTE,
    AliasSuggestion,
    CardRow,
    Confusion,
    ExamScore,
    Figure,
    FlagComment,
    FlaggedCard,
    Report,
    SectionRow,
    StudentRow,
    WrongAnswer,
)
from .spreadsheet import BOM, CARD_COLUMNS, cards_csv
from .suggestions import ALIAS_MIN_STUDENTS, pasteable

__all__ = [
    "ALIAS_MIN_STUDENTS",
    "BOM",
    "CARD_COLUMNS",
    "MIN_RANKED_STUDENTS",
    "OVERRIDES_NOTE",
    "TOP_WRONG",
    "AliasSuggestion",
    "CardRow",
    "Confusion",
    "ExamScore",
    "Figure",
    "FlagComment",
    "FlaggedCard",
    "LoadedExport",
    "Report",
    "SectionRow",
    "Skipped",
    "StudentRow",
    "WrongAnswer",
    "build_report",
    "cards_csv",
    "export_files",
    "language_versions",
    "load_exports",
    "pasteable",
    "render_html",
    "versions_of",
]
