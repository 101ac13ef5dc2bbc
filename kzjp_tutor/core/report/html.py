"""The item analysis as ONE self-contained HTML page, in the interface's language.

Why a single file with inline CSS and inline SVG charts: the page is mailed around, opened from
a USB stick and archived with the course; it must look the same offline in ten years, and it
must never fetch anything from the network (students' names and answers are in it). There is no
script at all. ``<html lang>`` is the language the page is written in (:func:`~kzjp_tutor.core.i18n.current`),
so a browser hyphenates and reads it aloud correctly.

Charts: each bar's label sits on its own line above the bar, across the chart's whole width,
so a long Russian section title is never clipped by a label column; a label longer than the
line is cut with "…" and shown whole as the bar's tooltip. Each bar carries its percentage and
the counts it rests on.

Every string that comes from a deck or an export (titles, prompts, answers, student names,
file names) goes through :func:`html.escape`: decks are written by hand and exports come from
students, so either could contain ``<script>``. Before that it goes through
:func:`~kzjp_tutor.core.visible.visible`, so a bidi override cannot reorder what the page shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from .. import i18n
from ..i18n import gettext as _
from ..i18n import ngettext, pgettext
from ..visible import visible
from ..wording import datetime_text
from .model import MIN_RANKED_STUDENTS, OVERRIDES_NOTE, CardRow, Figure, FlaggedCard, Report

__all__ = ["render_html"]

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:75em;
color:#1d2329;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:2px solid #d6dde4}
.meta{color:#56606b}table{border-collapse:collapse;width:100%;margin:.6em 0}
th,td{border-bottom:1px solid #e3e8ee;padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f3f6f9;font-weight:600}td.num{text-align:right;white-space:nowrap}
.n{color:#7a8590;font-size:.85em;display:block}pre{background:#f6f8fa;padding:.3em .6em;margin:.2em 0;
white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%;box-sizing:border-box}.skip{color:#9a3412}
svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1d2329}
"""  # i18n: not text
_CHART_W = 720
"""Chart width in SVG units: the bar's full length and the label line's."""
_LABEL_CHARS = 100
"""Longest label shown on a bar's line (about 7 units a character at 12 px)."""


def _figure(fig: Figure | None) -> str:
    if fig is None:
        return '<td class="num">—</td>'  # i18n: not text
    return f'<td class="num">{escape(fig.percent())}<span class="n">{escape(fig.basis())}</span></td>'  # i18n: not text


def _safe(text: str) -> str:
    """Untrusted text as HTML text: controls shown as escapes, then HTML-escaped."""
    return escape(visible(text))


def _text(value: object) -> str:
    return f"<td>{_safe(str(value))}</td>"


def _num(value: object) -> str:
    return f'<td class="num">{escape(str(value))}</td>'  # i18n: not text


def _table(table_id: str, headers: Sequence[str], rows: Sequence[str], empty: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    if not rows:
        rows = [f'<tr><td colspan="{len(headers)}">{escape(empty)}</td></tr>']  # i18n: not text
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'  # i18n: not text


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _bars(chart_id: str, title: str, items: Sequence[tuple[str, Figure]]) -> str:
    """A horizontal bar chart (0..100 %) as inline SVG: label line, bar, "67% (3 st · 3 ans)"."""
    items = [(label, fig) for label, fig in items if fig.value is not None]
    if not items:
        return ""
    bar, line, gap, number_w = 16, 16, 8, 190
    row = line + bar + gap
    width = _CHART_W + number_w
    height = len(items) * row + 4
    parts = [
        f'<svg id="{chart_id}" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"'  # i18n: not text
        f' viewBox="0 0 {width} {height}" width="{width}">',
        f"<title>{escape(title)}</title>",
    ]
    for number, (label, fig) in enumerate(items):
        top = 2 + number * row
        value = max(0.0, min(1.0, fig.value or 0.0))
        shown = visible(label, limit=_LABEL_CHARS)
        parts.append(
            f"<g><title>{_safe(label)}</title>"  # i18n: not text
            f'<text x="0" y="{top + line - 4}">{escape(shown)}</text>'
            f'<rect x="0" y="{top + line}" width="{_CHART_W}" height="{bar}" fill="#eef2f6"/>'
            f'<rect x="0" y="{top + line}" width="{value * _CHART_W:.1f}" height="{bar}" fill="#3b82c4"/>'
            f'<text x="{_CHART_W + 6}" y="{top + line + bar - 4}">{escape(fig.shown())}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _card_row(c: CardRow) -> str:
    wrong = "; ".join(
        _("{answer} ×{answers}").format(answer=w.text, answers=w.answers) for w in c.wrong_answers
    )
    return (
        "<tr>"
        + _text(c.deck_id)
        + _text(c.card_id)
        + _text(c.section_id or "—")
        + _text(c.prompt or "—")
        + _figure(c.seen)
        + _figure(c.first_try_failure)
        + _figure(c.recall)
        + _figure(c.overrides)
        + _num(c.leeches)
        + _text(wrong or "—")
        + "</tr>"
    )


def _flag_row(f: FlaggedCard) -> str:
    none = escape(_("(no comment)"))
    comments = "".join(
        f"<li>{_safe(c.student)}: {_safe(c.comment) if c.comment else none}</li>"  # i18n: not text
        for c in f.comments
    )
    return (
        "<tr>"
        + _text(" ".join(f.versions) or f.deck_id)
        + _text(f.card_id)
        + _text(f.prompt or "—")
        + _num(f.students)
        + f"<td><ul>{comments}</ul></td></tr>"  # i18n: not text
    )


def _card_headers() -> tuple[str, ...]:
    return (
        _("Deck"),
        _("Card"),
        _("Section"),
        _("Prompt"),
        _("Seen by"),
        _("First-try failure"),
        _("Predicted recall"),
        _("“I was right”"),
        _("Leeches"),
        _("Common wrong answers"),
    )


def render_html(report: Report, *, title: str | None = None) -> str:
    """The whole report as one HTML page (no scripts, no external resources)."""
    title = title or _("Class item analysis")
    scope = _("deck {deck}").format(deck=report.deck_id) if report.deck_id else _("all decks")
    students = ngettext("{count} student", "{count} students", report.students).format(count=report.students)
    answers = ngettext("{count} answer", "{count} answers", report.answers).format(count=report.answers)
    merged = (
        _("Language versions of a deck are counted separately.")
        if report.by_language
        else _("A deck's Russian and English versions are counted together.")
    )
    out: list[str] = [
        "<!DOCTYPE html>",  # i18n: not text
        f'<html lang="{i18n.current()}"><head><meta charset="utf-8">',  # i18n: not text
        '<meta name="viewport" content="width=device-width, initial-scale=1">',  # i18n: not text
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        '<p class="meta">'  # i18n: not text
        + _safe(
            _(
                "{scope} · {students} · {answers} · predicted recall as of {when}. Each figure shows the "
                "students (st) and answers (ans) it rests on."
            ).format(scope=scope, students=students, answers=answers, when=datetime_text(report.generated_at))
        )
        + f" {escape(merged)}</p>",
    ]
    for note in report.notes:
        out.append(f'<p class="meta">{_safe(note)}</p>')  # i18n: not text
    if report.skipped:
        items = "".join(f'<li class="skip">{_safe(str(s))}</li>' for s in report.skipped)
        out.append(_heading(_("Skipped exports")) + f'<ul id="skipped">{items}</ul>')  # i18n: not text

    out.append(_heading(pgettext("report", "Hardest cards")))
    out.append(
        '<p class="meta">'  # i18n: not text
        + escape(
            ngettext(
                "Ranked by first-try failure, then predicted recall; only cards answered by at least {count} "
                "student are ranked.",
                "Ranked by first-try failure, then predicted recall; only cards answered by at least {count} "
                "students are ranked.",
                MIN_RANKED_STUDENTS,
            ).format(count=MIN_RANKED_STUDENTS)
        )
        + "</p>"
    )
    hardest = report.hardest
    out.append(
        _bars(
            "chart-hardest",
            _("First-try failure, hardest cards"),
            [
                (f"{c.card_id} — {c.prompt}" if c.prompt else c.card_id, c.first_try_failure)
                for c in hardest[:15]
            ],
        )
    )
    out.append(_table("cards", _card_headers(), [_card_row(c) for c in hardest], report.unranked_note()))
    few = report.too_few
    if few:
        out.append(
            "<h2>"
            + escape(
                ngettext(
                    "Not ranked: answered by fewer than {count} student",
                    "Not ranked: answered by fewer than {count} students",
                    MIN_RANKED_STUDENTS,
                ).format(count=MIN_RANKED_STUDENTS)
            )
            + "</h2>"
        )
        out.append(_table("few", _card_headers(), [_card_row(c) for c in few], ""))

    out.append(_heading(_("Cards flagged as wrong")))
    out.append(
        _table(
            "flagged",
            (_("Deck"), _("Card"), _("Prompt"), _("Students"), _("Comments")),
            [_flag_row(f) for f in report.flagged],
            _("No card was flagged."),
        )
    )

    out.append(_heading(_("Suggested aliases")))
    out.append(
        '<p class="meta">'  # i18n: not text
        + escape(
            _(
                "Answers several students claimed were right (“I was right”). Check each one; if it is "
                "right, replace the card's accept line with the line shown."
            )
        )
        + "</p>"
    )
    alias_rows = [
        "<tr>"
        + _text(a.deck_id)
        + _text(a.card_id)
        + _text(", ".join(a.entries))
        + _num(Figure(None, a.students, a.answers).basis())
        + f"<td><pre>{_safe(a.line)}</pre></td></tr>"
        for a in report.aliases
    ]
    out.append(
        _table(
            "aliases",
            (_("Deck"), _("Card"), _("New forms"), _("Claimed by"), _("Paste into the card")),
            alias_rows,
            _("None."),
        )
    )

    out.append(_heading(_("Mastery per section")))
    out.append(_bars("chart-sections", _("Section mastery"), [(s.title, s.mastery) for s in report.sections]))
    section_rows = [
        "<tr>"
        + _text(s.deck_id)
        + _text(s.title)
        + _num(s.cards)
        + _figure(s.mastery)
        + _figure(s.coverage)
        + "</tr>"
        for s in report.sections
    ]
    out.append(
        _table(
            "sections",
            (_("Deck"), _("Section"), _("Cards"), _("Mastery (predicted recall)"), _("Studied")),
            section_rows,
            _("No deck files loaded for these answers."),
        )
    )

    out.append(_heading(_("Students")))
    out.append(
        '<p class="meta">'  # i18n: not text
        + escape(_(OVERRIDES_NOTE))
        + "</p>"
    )
    student_rows = [
        "<tr>"
        + _text(s.label)
        + _num(s.cards_seen)
        + _num(s.answers)
        + _figure(s.retention)
        + _num(s.leeches)
        + _text(s.exam_date.isoformat() if s.exam_date else "—")
        + _figure(s.exam_recall)
        + _figure(s.right_claims)
        + _figure(s.wrong_claims)
        + _text(s.exams_shown())
        + "</tr>"
        for s in report.student_rows
    ]
    out.append(
        _table(
            "students",
            (
                _("Student"),
                _("Cards seen"),
                _("Answers"),
                _("Retention"),
                _("Leeches"),
                _("Exam"),
                _("Predicted exam-day recall"),
                _("“I was right”"),
                _("“I was wrong”"),
                _("Practice exams"),
            ),
            student_rows,
            _("No students."),
        )
    )

    out.append(_heading(_("Cards students confuse")))
    confusion_rows = [
        "<tr>"
        + _text(c.deck_id)
        + _text(c.card_id)
        + _text(c.other_id)
        + _text(c.other_prompt or "—")
        + _text(c.example)
        + _num(Figure(None, c.students, c.answers).basis())
        + "</tr>"
        for c in report.confusions
    ]
    out.append(
        _table(
            "confusions",
            (
                _("Deck"),
                _("Asked card"),
                _("Answered as card"),
                _("Its prompt"),
                _("Example answer"),
                _("How often"),
            ),
            confusion_rows,
            _("None found."),
        )
    )
    out.append("</body></html>\n")  # i18n: not text
    return "\n".join(out)
