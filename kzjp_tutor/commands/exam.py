"""``kzjp-tutor exam [DECK...] [--section ID] [--questions N] [--minutes M] [--seed S] [--plain]``.

A practice exam, line by line: each question is printed, the student types an answer (or moves
with ``:back``, ``:next``, ``:go N``), nothing is judged until ``:finish`` (or the end of input,
or the time limit), then the result: every question with the answer given, the verdict, the
right answer and the explanation, a score, a mark and a line per section. Everything lives in
:mod:`kzjp_tutor.core.exam`; this module only reads lines and prints. The full-screen Exam
screen is not built yet, so the exam always runs line by line (``--plain`` is accepted for
scripts that say so).
"""

from __future__ import annotations

import argparse
import os
from typing import Any, TextIO

from ..core.catalog import resolve_decks
from ..core.clock import NOW_ENV
from ..core.context import Context
from ..core.exam import Exam, ExamResult, draw, save
from ..core.files import read_text_line
from ..core.grading.feedback import already_names
from ..core.i18n import gettext as _
from ..core.i18n import ngettext, pgettext
from ..core.queue import QueueItem
from ..core.scheduling import Planner
from ..core.settings import load_settings
from ..core.store import Store
from ..core.wording import number, share
from ._types import positive_int
from .study import session_seed

__all__ = ["register", "run"]

_BACK = {":b", ":back"}
_NEXT = {":n", ":next"}
_FINISH = {":f", ":finish", ":q", ":quit"}


def register(sub: Any) -> None:
    """Add the ``exam`` subcommand."""
    parser = sub.add_parser(
        "exam",
        help=_("sit a practice exam with a mark at the end"),
        description=_(
            "A practice exam: questions drawn across the sections, no verdicts until the end. Type an "
            "answer and press Enter (an empty line leaves the question unanswered); :back, :next and "
            ":go N move between questions; :finish (or the end of input) hands the exam in."
        ),
    )
    parser.add_argument(
        "decks",
        nargs="*",
        metavar=pgettext("metavar", "DECK"),
        help=_("a deck file, a folder of decks or a deck id"),
    )
    parser.add_argument(
        "--section", metavar=pgettext("metavar", "SECTION"), help=_("only the section with this id")
    )
    parser.add_argument(
        "--questions", type=positive_int, default=20, metavar="N", help=_("how many questions (default 20)")
    )
    parser.add_argument(
        "--minutes", type=positive_int, metavar="M", help=_("time allowed (default: no limit)")
    )
    parser.add_argument(
        "--seed", type=int, metavar="S", help=_("draw the same questions again with this seed")
    )
    parser.add_argument("--plain", action="store_true", help=_("line-by-line mode (no full-screen app)"))
    parser.set_defaults(handler=run)


def _question(exam: Exam, out: TextIO) -> None:
    item = exam.current
    print(file=out)
    print(
        _("Question {number} of {total} [{deck} › {section}]").format(
            number=exam.position + 1,
            total=len(exam.questions),
            deck=item.deck.deck.title,
            section=item.section.title,
        ),
        file=out,
    )
    print(item.card.prompt, file=out)
    for index, choice in enumerate(item.choices, start=1):
        print(f"  {index}. {choice}", file=out)
    given = exam.answers[exam.position]
    if given is not None:
        print(_("  your answer so far: {answer}").format(answer=given), file=out)
    out.flush()


def _move(exam: Exam, command: str) -> bool:
    """``:go N`` or ``:back``: move there; False if ``command`` is neither."""
    words = command.split()
    if len(words) == 2 and words[0] in (":go", ":g") and words[1].isdigit():
        exam.goto(int(words[1]) - 1)
        return True
    if command in _BACK:
        exam.goto(exam.position - 1)
        return True
    return False


def _sit(exam: Exam, ctx: Context, stdin: TextIO) -> None:
    """Ask until the student hands in, the input ends or the time runs out."""
    out = ctx.stdout
    reviewing = False  # past the last question: offer the unanswered ones before handing in
    while True:
        if exam.over(ctx.clock.now()):
            print(_("Time is up."), file=out)
            return
        if reviewing:
            missing = ", ".join(str(i + 1) for i in exam.unanswered)
            print(file=out)
            print(
                _("Unanswered: {questions}. Type :go N to go back, or press Enter to hand in.").format(
                    questions=missing
                ),
                file=out,
            )
        else:
            _question(exam, out)
        try:
            line = read_text_line(stdin)
        except KeyboardInterrupt:
            return
        except UnicodeError:
            print(_("that line was not valid text; type it again"), file=out)
            continue
        if not line:
            return
        text = line.rstrip("\r\n")
        command = text.strip().casefold()
        if exam.over(ctx.clock.now()):
            print(_("Time is up."), file=out)  # typed after the deadline: not taken
            return
        if command in _FINISH:
            return
        if _move(exam, command):
            reviewing = False
            continue
        if reviewing:
            if not command:
                return
            print(_("type :go N or press Enter"), file=out)
            continue
        if command not in _NEXT and text.strip():
            exam.answer(exam.position, text)
        if exam.position + 1 < len(exam.questions):
            exam.goto(exam.position + 1)
        elif exam.unanswered:
            reviewing = True
        else:
            return


def _verdict_mark(answer_correct: bool, partial: bool) -> str:
    if answer_correct:
        return _("✓ correct")
    return _("✗ partly correct") if partial else _("✗ wrong")


def _place(item: QueueItem) -> str:
    return f"{item.deck.deck.title} › {item.section.title}"


def _result(result: ExamResult, counted: int, out: TextIO) -> None:
    print(file=out)
    if result.timed_out:
        print(_("The time ran out; unanswered questions count as wrong."), file=out)
    total = len(result.answers)
    points = sum(a.verdict.score for a in result.answers)
    print(
        _("Result: {points} of {total} ({percent}), mark {mark}").format(
            points=number(points, 1), total=total, percent=share(result.percent / 100), mark=result.mark
        ),
        file=out,
    )
    if len(result.sections) > 1:
        print(_("By section:"), file=out)
        for score in result.sections:
            print(
                _("  {place}: {points} of {total} ({percent})").format(
                    place=f"{score.deck.deck.title} › {score.section.title}",
                    points=number(score.points, 1),
                    total=score.questions,
                    percent=share(score.percent / 100),
                ),
                file=out,
            )
    for answer in result.answers:
        print(file=out)
        print(f"{answer.position + 1}. [{_place(answer.item)}] {answer.item.card.prompt}", file=out)
        verdict = answer.verdict
        given = answer.answer if answer.answer is not None else _("(no answer)")
        print(_("  your answer: {answer}").format(answer=given), file=out)
        mark = _verdict_mark(verdict.correct, verdict.partial)
        print(f"  {mark}: {verdict.feedback}" if verdict.feedback else f"  {mark}", file=out)
        if not already_names(verdict.feedback, answer.right):  # «Правильно: …» is not said twice
            print(_("  answer: {answer}").format(answer=answer.right), file=out)
        if answer.explanation:
            print(f"  {answer.explanation}", file=out)
    print(file=out)
    if counted:
        print(
            ngettext(
                "{count} answer recorded as a review: failed questions come back soon.",
                "{count} answers recorded as reviews: failed questions come back soon.",
                counted,
            ).format(count=counted),
            file=out,
        )
    else:
        print(_("Answers not recorded as reviews (the exam_reviews setting is off)."), file=out)
    out.flush()


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``kzjp-tutor exam``."""
    settings = load_settings(ctx.home)
    decks = resolve_decks(args.decks or [], settings, ctx.warn)
    if not decks:
        print(_("kzjp-tutor: no decks to study; try `kzjp-tutor validate decks/`"), file=ctx.stderr)
        return 1
    seed = session_seed() if args.seed is None else args.seed
    planner = Planner(settings, enable_fuzzing=NOW_ENV not in os.environ)
    with Store.open(ctx.home, now=ctx.clock.now()) as store:
        for notice in store.notices:
            print(f"kzjp-tutor: {notice}", file=ctx.stderr)
        suspended = {
            (deck.deck.id, card_id) for deck in decks for card_id in store.suspended_ids(deck.deck.id)
        }
        questions = draw(
            decks,
            count=args.questions,
            seed=seed,
            section=args.section,
            include_extra=settings.include_extra,
            exclude=suspended,
        )
        exam = Exam(questions, started=ctx.clock.now(), minutes=args.minutes, seed=seed, section=args.section)
        out = ctx.stdout
        limit = (
            _("{minutes} min").format(minutes=args.minutes)
            if args.minutes is not None
            else _("no time limit")
        )
        print(
            ngettext(
                "Practice exam: {count} question, {limit}, seed {seed}. No verdicts until the end.",
                "Practice exam: {count} questions, {limit}, seed {seed}. No verdicts until the end.",
                len(questions),
            ).format(count=len(questions), limit=limit, seed=seed),
            file=out,
        )
        print(
            _("Enter answers; :back, :next, :go N move; :finish hands in."),
            file=out,
        )
        _sit(exam, ctx, ctx.stdin)
        result = exam.finish(ctx.clock.now(), thresholds=settings.exam_marks)
        counted = save(result, store, planner, settings)
        _result(result, counted, out)
    return 0
