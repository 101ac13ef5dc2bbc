"""The item analysis as ONE self-contained HTML page.

Why a single file with inline CSS and inline SVG charts: the page is mailed around, opened from
a USB stick and archived with the course; it must look the same offline in ten years, and it
must never fetch anything from the network (students' names and answers are in it). There is no
script at all.

Every string that comes from a deck or an export (titles, prompts, answers, student names,
file names) goes through :func:`html.escape`: decks are written by hand and exports come from
students, so either could contain ``<script>``. Before that it goes through
:func:`~kzjp_tutor.core.visible.visible`, so a bidi override cannot reorder what the page shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..visible import visible
from .model import Figure, Report

__all__ = ["render_html"]

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:75em;
color:#1d2329;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:2px solid #d6dde4}
.meta{color:#56606b}table{border-collapse:collapse;width:100%;margin:.6em 0}
th,td{border-bottom:1px solid #e3e8ee;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f6f9;font-weight:600}td.num{text-align:right;white-space:nowrap}
.n{color:#7a8590;font-size:.85em;display:block}pre{background:#f6f8fa;padding:.3em .6em;margin:.2em 0;
white-space:pre-wrap}.skip{color:#9a3412}svg{max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:#1d2329}
"""


def _figure(fig: Figure | None) -> str:
    if fig is None:
        return '<td class="num">—</td>'
    return f'<td class="num">{fig.percent()}<span class="n">{escape(fig.basis())}</span></td>'


def _safe(text: str) -> str:
    """Untrusted text as HTML text: controls shown as escapes, then HTML-escaped."""
    return escape(visible(text))


def _text(value: object) -> str:
    return f"<td>{_safe(str(value))}</td>"


def _table(table_id: str, headers: Sequence[str], rows: Sequence[str], empty: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    if not rows:
        rows = [f'<tr><td colspan="{len(headers)}">{escape(empty)}</td></tr>']
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _bars(chart_id: str, title: str, items: Sequence[tuple[str, float]]) -> str:
    """A horizontal bar chart (0..100 %) as inline SVG; labels escaped."""
    if not items:
        return ""
    bar, gap, label_w, chart_w = 16, 6, 260, 420
    height = len(items) * (bar + gap) + 10
    parts = [
        f'<svg id="{chart_id}" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"'
        f' viewBox="0 0 {label_w + chart_w + 60} {height}" width="{label_w + chart_w + 60}">',
        f"<title>{escape(title)}</title>",
    ]
    for number, (label, value) in enumerate(items):
        y = 5 + number * (bar + gap)
        width = max(0.0, min(1.0, value)) * chart_w
        short = label if len(label) <= 40 else label[:39] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar - 4}" text-anchor="end">{_safe(short)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{chart_w}" height="{bar}" fill="#eef2f6"/>'
            f'<rect x="{label_w}" y="{y}" width="{width:.1f}" height="{bar}" fill="#3b82c4"/>'
            f'<text x="{label_w + chart_w + 6}" y="{y + bar - 4}">{100 * value:.0f}%</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: Report, *, title: str = "Class item analysis") -> str:
    """The whole report as one HTML page (no scripts, no external resources)."""
    scope = f"deck {report.deck_id}" if report.deck_id else "all decks"
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{_safe(scope)} · {report.students} students · {report.answers} answers · '
        f"predicted recall as of {escape(report.generated_at.strftime('%Y-%m-%d %H:%M UTC'))}. "
        "Each figure shows the students (st) and answers (ans) it rests on.</p>",
    ]
    for note in report.notes:
        out.append(f'<p class="meta">{_safe(note)}</p>')
    if report.skipped:
        items = "".join(f'<li class="skip">{_safe(str(s))}</li>' for s in report.skipped)
        out.append(f'<h2>Skipped exports</h2><ul id="skipped">{items}</ul>')

    out.append("<h2>Hardest cards</h2>")
    hardest = [
        (f"{c.card_id}", c.first_try_failure.value)
        for c in report.cards
        if c.first_try_failure.value is not None
    ][:15]
    out.append(
        _bars(
            "chart-hardest", "First-try failure, hardest cards", [(k, v) for k, v in hardest if v is not None]
        )
    )
    card_rows = []
    for c in report.cards:
        wrong = "; ".join(f"{w.text} ×{w.answers}" for w in c.wrong_answers)
        card_rows.append(
            "<tr>"
            + _text(c.deck_id)
            + _text(c.card_id)
            + _text(c.section_id or "—")
            + _text(c.prompt or "—")
            + _figure(c.seen)
            + _figure(c.first_try_failure)
            + _figure(c.recall)
            + _figure(c.overrides)
            + f'<td class="num">{c.leeches}</td>'
            + _text(wrong or "—")
            + "</tr>"
        )
    out.append(
        _table(
            "cards",
            (
                "Deck",
                "Card",
                "Section",
                "Prompt",
                "Seen by",
                "First-try failure",
                "Predicted recall",
                "“I was right”",
                "Leeches",
                "Common wrong answers",
            ),
            card_rows,
            "No answers in these exports.",
        )
    )

    out.append("<h2>Suggested aliases</h2>")
    out.append(
        '<p class="meta">Answers several students claimed were right (“I was right”). Check each one; '
        "if it is right, replace the card's <code>accept</code> line with the line shown.</p>"
    )
    alias_rows = [
        "<tr>"
        + _text(a.deck_id)
        + _text(a.card_id)
        + _text(", ".join(a.entries))
        + f'<td class="num">{a.students} st · {a.answers} ans</td>'
        + f"<td><pre>{_safe(a.line)}</pre></td></tr>"
        for a in report.aliases
    ]
    out.append(
        _table(
            "aliases", ("Deck", "Card", "New forms", "Claimed by", "Paste into the card"), alias_rows, "None."
        )
    )

    out.append("<h2>Mastery per section</h2>")
    out.append(
        _bars(
            "chart-sections", "Section mastery", [(s.title, s.mastery.value or 0.0) for s in report.sections]
        )
    )
    section_rows = [
        "<tr>"
        + _text(s.deck_id)
        + _text(s.title)
        + f'<td class="num">{s.cards}</td>'
        + _figure(s.mastery)
        + _figure(s.coverage)
        + "</tr>"
        for s in report.sections
    ]
    out.append(
        _table(
            "sections",
            ("Deck", "Section", "Cards", "Mastery (predicted recall)", "Studied"),
            section_rows,
            "No deck files loaded for these exports.",
        )
    )

    out.append("<h2>Students</h2>")
    student_rows = [
        "<tr>"
        + _text(s.label)
        + f'<td class="num">{s.cards_seen}</td>'
        + f'<td class="num">{s.answers}</td>'
        + _figure(s.retention)
        + f'<td class="num">{s.leeches}</td>'
        + _text(s.exam_date.isoformat() if s.exam_date else "—")
        + _figure(s.exam_recall)
        + "</tr>"
        for s in report.student_rows
    ]
    out.append(
        _table(
            "students",
            ("Student", "Cards seen", "Answers", "Retention", "Leeches", "Exam", "Predicted exam-day recall"),
            student_rows,
            "No students.",
        )
    )

    out.append("<h2>Cards students confuse</h2>")
    confusion_rows = [
        "<tr>"
        + _text(c.deck_id)
        + _text(c.card_id)
        + _text(c.other_id)
        + _text(c.example)
        + f'<td class="num">{c.students} st · {c.answers} ans</td></tr>'
        for c in report.confusions
    ]
    out.append(
        _table(
            "confusions",
            ("Deck", "Asked card", "Answered as card", "Example answer", "How often"),
            confusion_rows,
            "None found.",
        )
    )
    out.append("</body></html>\n")
    return "\n".join(out)
