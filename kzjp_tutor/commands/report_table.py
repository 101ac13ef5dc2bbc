"""The class report as Rich tables in the terminal (``kzjp-tutor report`` without ``--html``).

Kept apart from the command so that Rich is imported only when a report is printed. Deck and
student text reach Rich only through :func:`_data`: a :class:`rich.text.Text` (never markup) of
:func:`~kzjp_tutor.core.visible.visible` text (never a terminal control; Rich itself strips only
BEL, BS, VT, FF and CR, and lets ESC, OSC and the C1 controls through).
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..core.report import Figure, Report
from ..core.visible import visible
from ..core.wording import count

_TOP_CARDS = 25
"""Rows shown in the terminal; the HTML and CSV outputs have every card."""
_SHOWN_CHARS = 90
"""Longest prompt, answer or name shown in a cell; the HTML and CSV outputs have them whole."""


def _data(*parts: str, sep: str = "", limit: int | None = _SHOWN_CHARS) -> Text:
    """Untrusted text (ids, prompts, answers, names) as Rich text that shows every control."""
    return Text(sep.join(visible(part, limit=limit) for part in parts))


def _short(text: str) -> str:
    """An answer cut to fit in a cell with its count after it."""
    return visible(text, limit=_SHOWN_CHARS - 20)


def _fig(fig: Figure | None) -> Text:
    if fig is None:
        return Text("—")
    text = Text(fig.percent())
    text.append(f"\n{fig.basis()}", style="dim")
    return text


def print_report(report: Report, console: Console) -> None:
    """Print the report's tables: hardest cards, aliases, sections, students, confusions."""
    scope = f"deck {visible(report.deck_id)}" if report.deck_id else "all decks"
    console.print(
        Text(
            f"Class item analysis · {scope} · {report.students} students · {report.answers} answers · "
            f"recall as of {report.generated_at:%Y-%m-%d %H:%M} UTC (st = students, ans = answers)",
            style="bold",
        )
    )
    for note in report.notes:
        console.print(Text(visible(note), style="yellow"))

    for table in (_cards, _aliases, _sections, _students, _confusions):
        table(report, console)
    if report.skipped:
        console.print(Text(f"{count(len(report.skipped), 'export')} skipped (listed above).", style="yellow"))


def _cards(report: Report, console: Console) -> None:
    """The hardest cards, with their common wrong answers."""
    cards = Table(title="Hardest cards (first-try failure, then predicted recall)", show_lines=True)
    for name in (
        "Card",
        "Prompt",
        "Seen by",
        "1st-try fail",
        "Recall now",
        "“I was right”",
        "Common wrong answers",
    ):
        cards.add_column(name, overflow="fold")
    for c in report.cards[:_TOP_CARDS]:
        wrong = _data(
            *(f"{_short(w.text)} ×{w.answers} ({w.students} st)" for w in c.wrong_answers), sep="\n"
        )
        cards.add_row(
            _data(
                f"{c.deck_id}/{c.card_id}",
                *([f"[{c.section_id}]"] if c.section_id else []),
                sep="\n",
                limit=None,
            ),
            _data(c.prompt or "—"),
            _fig(c.seen),
            _fig(c.first_try_failure),
            _fig(c.recall),
            _fig(c.overrides),
            wrong if c.wrong_answers else Text("—"),
        )
    console.print(cards)
    if len(report.cards) > _TOP_CARDS:
        console.print(Text(f"… {len(report.cards) - _TOP_CARDS} more cards in --csv/--html", style="dim"))


def _aliases(report: Report, console: Console) -> None:
    """Answers students said were right: a ready accept line each."""
    if report.aliases:
        aliases = Table(title="Suggested aliases (students said “I was right”) — paste into the card")
        for name in ("Card", "Claimed by", "accept line"):
            aliases.add_column(name, overflow="fold")
        for a in report.aliases:
            aliases.add_row(
                _data(f"{a.deck_id}/{a.card_id}", limit=None),
                Text(f"{a.students} st · {a.answers} ans"),
                _data(a.line, limit=None),
            )
        console.print(aliases)


def _sections(report: Report, console: Console) -> None:
    """Mastery per section."""
    if report.sections:
        sections = Table(title="Mastery per section (predicted recall now; unstudied cards count 0)")
        for name in ("Deck", "Section", "Cards", "Mastery", "Studied"):
            sections.add_column(name, overflow="fold")
        for s in report.sections:
            sections.add_row(
                _data(s.deck_id),
                _data(s.title, limit=None),
                Text(str(s.cards)),
                _fig(s.mastery),
                _fig(s.coverage),
            )
        console.print(sections)


def _students(report: Report, console: Console) -> None:
    """Each student's readiness, least ready first."""
    students = Table(title="Students (least ready first)")
    for name in ("Student", "Cards seen", "Answers", "Retention", "Leeches", "Exam", "Exam-day recall"):
        students.add_column(name, overflow="fold")
    for st in report.student_rows:
        students.add_row(
            _data(st.label),
            Text(str(st.cards_seen)),
            Text(str(st.answers)),
            _fig(st.retention),
            Text(str(st.leeches)),
            Text(st.exam_date.isoformat() if st.exam_date else "—"),
            _fig(st.exam_recall),
        )
    console.print(students)


def _confusions(report: Report, console: Console) -> None:
    """Cards whose answers students give for one another."""
    if report.confusions:
        confusions = Table(title="Cards students confuse (a wrong answer that is right for another card)")
        for name in ("Asked", "Answered as", "Example", "How often"):
            confusions.add_column(name, overflow="fold")
        for pair in report.confusions[:_TOP_CARDS]:
            confusions.add_row(
                _data(f"{pair.deck_id}/{pair.card_id}", limit=None),
                _data(pair.other_id),
                _data(pair.example),
                Text(f"{pair.students} st · {pair.answers} ans"),
            )
        console.print(confusions)
