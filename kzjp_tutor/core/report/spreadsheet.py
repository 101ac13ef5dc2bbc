"""The report's per-card table as CSV, for a spreadsheet.

The file starts with a UTF-8 byte order mark: Excel on Windows, which most instructors will
double-click, reads a CSV without one in the system's ANSI code page and shows Cyrillic prompts
and answers as mojibake. Other readers (Python's ``utf-8-sig``, LibreOffice, ``import-csv``)
skip it.

The header row is the column ids of :data:`CARD_COLUMNS`, in English whatever the interface's
language: they are ids for formulas and scripts (``=VLOOKUP(…;"first_try_failure";…)``), and a
file that changed its header with the instructor's language would break them. The cells hold
data (ids, prompts, answers, numbers with a dot), never interface text.

Every text column (deck, card, section, prompt, wrong answers) goes through
:func:`~kzjp_tutor.core.visible.csv_cell`: ids and answers come from students' exports, and a
cell such as ``=cmd|' /C calc'!A0`` or ``@SUM(1)`` must open as text, not run as a formula.
"""

from __future__ import annotations

import csv
import io

from ..visible import csv_cell
from .model import Figure, Report

__all__ = ["BOM", "CARD_COLUMNS", "cards_csv"]

BOM = "\ufeff"
"""What Excel needs to read the file as UTF-8."""
CARD_COLUMNS = (
    "deck",
    "card",
    "section",
    "prompt",
    "students_seen",
    "share_seen",
    "answers",
    "first_try_failure",
    "first_try_students",
    "predicted_recall",
    "recall_students",
    "override_rate",
    "again_suggestions",
    "leeches",
    "top_wrong_answers",
    "ranked",
    "versions",
    "flags",
)  # i18n: not text
"""Columns of the raw per-card CSV, in order: stable English ids (see the module doc).
``ranked`` is 1 for a card answered by enough students to rank, 0 otherwise; ``versions`` the
deck ids (language versions) whose answers the row holds, separated by spaces; ``flags`` how
many students flagged the card as wrong (new columns only ever go at the end)."""


def _value(fig: Figure) -> str:
    return "" if fig.value is None else f"{fig.value:.4f}"


def cards_csv(report: Report) -> str:
    """The raw per-card table as CSV (:data:`CARD_COLUMNS`), hardest first, after a BOM."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CARD_COLUMNS)
    flagged = {(f.deck_id, f.card_id): f.students for f in report.flagged}
    for c in report.cards:
        wrong = " | ".join(f"{w.text} ({w.answers})" for w in c.wrong_answers)
        writer.writerow(
            [
                csv_cell(c.deck_id),
                csv_cell(c.card_id),
                csv_cell(c.section_id or ""),
                csv_cell(c.prompt or ""),
                c.seen.students,
                _value(c.seen),
                c.seen.answers,
                _value(c.first_try_failure),
                c.first_try_failure.students,
                _value(c.recall),
                c.recall.students,
                _value(c.overrides),
                c.overrides.answers,
                c.leeches,
                csv_cell(wrong),
                int(c.ranked),
                csv_cell(" ".join(c.versions)),
                flagged.get((c.deck_id, c.card_id), 0),
            ]
        )
    return buffer.getvalue()
