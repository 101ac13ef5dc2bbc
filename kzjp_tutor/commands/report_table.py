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

from ..core.i18n import gettext as _
from ..core.i18n import ngettext
from ..core.report import MIN_RANKED_STUDENTS, OVERRIDES_NOTE, CardRow, Figure, Report
from ..core.visible import visible
from ..core.wording import datetime_text

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


def _basis(students: int, answers: int) -> Text:
    return Text(Figure(None, students, answers).basis())


def _columns(table: Table, *names: str) -> Table:
    for name in names:
        table.add_column(name, overflow="fold")
    return table


def print_report(report: Report, console: Console) -> None:
    """Print the report's tables: hardest cards, aliases, sections, students, confusions."""
    students = ngettext("{count} student", "{count} students", report.students).format(count=report.students)
    answers = ngettext("{count} answer", "{count} answers", report.answers).format(count=report.answers)
    scope = _("deck {deck}").format(deck=visible(report.deck_id)) if report.deck_id else _("all decks")
    console.print(
        Text(
            _(
                "Class item analysis · {scope} · {students} · {answers} · recall as of {when} "
                "(st = students, ans = answers)"
            ).format(
                scope=scope, students=students, answers=answers, when=datetime_text(report.generated_at)
            ),
            style="bold",
        )
    )
    console.print(
        Text(
            _("Language versions of a deck are counted separately.")
            if report.by_language
            else _("A deck's Russian and English versions are counted together (--by-language splits them)."),
            style="dim",
        )
    )
    for note in report.notes:
        console.print(Text(visible(note), style="yellow"))

    for table in (_cards, _too_few, _flagged, _aliases, _sections, _students, _overrides, _confusions):
        table(report, console)
    if report.skipped:
        skipped = len(report.skipped)
        console.print(
            Text(
                ngettext(
                    "{count} export skipped (listed above).",
                    "{count} exports skipped (listed above).",
                    skipped,
                ).format(count=skipped),
                style="yellow",
            )
        )


def _card_cell(c: CardRow) -> Text:
    return _data(
        f"{c.deck_id}/{c.card_id}", *([f"[{c.section_id}]"] if c.section_id else []), sep="\n", limit=None
    )


def _wrong(c: CardRow) -> Text:
    if not c.wrong_answers:
        return Text("—")
    return _data(
        *(
            _("{answer} ×{answers} ({students} st)").format(
                answer=_short(w.text), answers=w.answers, students=w.students
            )
            for w in c.wrong_answers
        ),
        sep="\n",
    )


def _more(console: Console, rows: int) -> None:
    """Say how many rows the terminal left out (the HTML and CSV have them all)."""
    if rows > _TOP_CARDS:
        more = rows - _TOP_CARDS
        console.print(
            Text(
                ngettext(
                    "… {count} more card in --csv/--html", "… {count} more cards in --csv/--html", more
                ).format(count=more),
                style="dim",
            )
        )


def _cards(report: Report, console: Console) -> None:
    """The hardest cards, with their common wrong answers."""
    hardest = report.hardest
    cards = _columns(
        Table(
            title=_(
                "Hardest cards (first-try failure, then predicted recall; at least {count} students)"
            ).format(count=MIN_RANKED_STUDENTS),
            show_lines=True,
        ),
        _("Card"),
        _("Prompt"),
        _("Seen by"),
        _("1st-try fail"),
        _("Recall now"),
        _("“I was right”"),
        _("Common wrong answers"),
    )
    for c in hardest[:_TOP_CARDS]:
        cards.add_row(
            _card_cell(c),
            _data(c.prompt or "—"),
            _fig(c.seen),
            _fig(c.first_try_failure),
            _fig(c.recall),
            _fig(c.overrides),
            _wrong(c),
        )
    console.print(cards)
    if not hardest:
        console.print(Text(report.unranked_note(), style="yellow"))
    _more(console, len(hardest))


def _too_few(report: Report, console: Console) -> None:
    """Cards too few students answered to rank: shown, but apart."""
    few = report.too_few
    if not few:
        return
    table = _columns(
        Table(
            title=ngettext(
                "Not ranked: answered by fewer than {count} student",
                "Not ranked: answered by fewer than {count} students",
                MIN_RANKED_STUDENTS,
            ).format(count=MIN_RANKED_STUDENTS)
        ),
        _("Card"),
        _("Prompt"),
        _("1st-try fail"),
        _("Common wrong answers"),
    )
    for c in few[:_TOP_CARDS]:
        table.add_row(_card_cell(c), _data(c.prompt or "—"), _fig(c.first_try_failure), _wrong(c))
    console.print(table)
    _more(console, len(few))


def _flagged(report: Report, console: Console) -> None:
    """Cards students flagged as wrong, with their comments."""
    if not report.flagged:
        return
    table = _columns(
        Table(title=_("Cards flagged as wrong (check them)"), show_lines=True),
        _("Card"),
        _("Prompt"),
        _("Students"),
        _("Comments"),
    )
    for f in report.flagged[:_TOP_CARDS]:
        table.add_row(
            _data(*(f"{deck}/{f.card_id}" for deck in f.versions or (f.deck_id,)), sep="\n", limit=None),
            _data(f.prompt or "—"),
            Text(str(f.students)),
            _data(
                *(
                    _("{student}: {comment}").format(
                        student=visible(c.student, limit=40), comment=_short(c.comment or _("(no comment)"))
                    )
                    for c in f.comments
                ),
                sep="\n",
            ),
        )
    console.print(table)
    _more(console, len(report.flagged))


def _aliases(report: Report, console: Console) -> None:
    """Answers students said were right: a ready accept line each."""
    if report.aliases:
        aliases = _columns(
            Table(title=_("Suggested aliases (students said “I was right”) — paste into the card")),
            _("Card"),
            _("Claimed by"),
            _("accept line"),
        )
        for a in report.aliases:
            aliases.add_row(
                _data(f"{a.deck_id}/{a.card_id}", limit=None),
                _basis(a.students, a.answers),
                _data(a.line, limit=None),
            )
        console.print(aliases)


def _sections(report: Report, console: Console) -> None:
    """Mastery per section."""
    if report.sections:
        sections = _columns(
            Table(title=_("Mastery per section (predicted recall now; unstudied cards count 0)")),
            _("Deck"),
            _("Section"),
            _("Cards"),
            _("Mastery"),
            _("Studied"),
        )
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
    students = _columns(
        Table(title=_("Students (least ready first)")),
        _("Student"),
        _("Cards seen"),
        _("Answers"),
        _("Retention"),
        _("Leeches"),
        _("Exam"),
        _("Exam-day recall"),
        _("Practice exams"),
    )
    for st in report.student_rows:
        students.add_row(
            _data(st.label),
            Text(str(st.cards_seen)),
            Text(str(st.answers)),
            _fig(st.retention),
            Text(str(st.leeches)),
            Text(st.exam_date.isoformat() if st.exam_date else "—"),
            _fig(st.exam_recall),
            Text(st.exams_shown()),
        )
    console.print(students)


def _overrides(report: Report, console: Console) -> None:
    """How often each student overrode the grader, most often first."""
    table = _columns(
        Table(title=_("Overrides of the grader (most first)")),
        _("Student"),
        _("“I was right”"),
        _("“I was wrong”"),
    )
    for st in sorted(report.student_rows, key=lambda s: (-(s.right_claims.value or 0.0), s.label)):
        table.add_row(_data(st.label), _fig(st.right_claims), _fig(st.wrong_claims))
    console.print(table)
    console.print(
        Text(
            _(OVERRIDES_NOTE),
            style="dim",
        )
    )


def _confusions(report: Report, console: Console) -> None:
    """Cards whose answers students give for one another."""
    if report.confusions:
        confusions = _columns(
            Table(
                title=_(
                    "Cards students confuse (a wrong answer that is right for another card the "
                    "students had studied)"
                )
            ),
            _("Asked"),
            _("Answered as"),
            _("Example"),
            _("How often"),
        )
        for pair in report.confusions[:_TOP_CARDS]:
            confusions.add_row(
                _data(f"{pair.deck_id}/{pair.card_id}", *([pair.prompt] if pair.prompt else []), sep="\n"),
                _data(pair.other_id, *([pair.other_prompt] if pair.other_prompt else []), sep="\n"),
                _data(pair.example),
                _basis(pair.students, pair.answers),
            )
        console.print(confusions)
