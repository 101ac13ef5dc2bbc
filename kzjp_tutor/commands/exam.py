"""``kzjp-tutor exam [DECK...] [--section ID] [--questions N] [--minutes M] [--seed S] [--plain]``.

A practice exam, line by line: each question is printed, the student types an answer (or moves
with ``:back``, ``:next``, ``:go N``), nothing is judged until ``:finish`` (or the end of input,
or the time limit), then the result: every question with the answer given, the verdict, the
right answer and the explanation, a score, a mark and a line per section. Everything lives in
:mod:`kzjp_tutor.core.exam`; this module only reads lines and prints, in the words the Exam
screen uses (:mod:`kzjp_tutor.ui.screens.exam_words`, which imports no Textual). At a terminal
without ``--plain`` the app opens on the Exam screen instead, its form filled from the options.
"""

from __future__ import annotations

import argparse
import os
from typing import Any, TextIO

from ..core.catalog import find_deck_paths, resolve_decks
from ..core.clock import NOW_ENV
from ..core.context import Context
from ..core.exam import Exam, ExamResult, draw, save
from ..core.files import read_text_line
from ..core.grading.feedback import already_names
from ..core.i18n import gettext as _
from ..core.i18n import ngettext
from ..core.scheduling import Planner
from ..core.settings import load_settings
from ..core.store import Store
from ..ui.screens.exam_words import headline, limit_text, place, recorded_line, section_line, verdict_mark
from . import study
from ._types import add_deck_arguments, positive_int

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
    add_deck_arguments(parser, _("only the section with this id"))
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
        _("Question {number} of {total} [{place}]").format(
            number=exam.position + 1, total=len(exam.questions), place=place(item)
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


def _result(result: ExamResult, counted: int, out: TextIO) -> None:
    print(file=out)
    if result.timed_out:
        print(_("The time ran out; unanswered questions count as wrong."), file=out)
    print(headline(result), file=out)
    if len(result.sections) > 1:
        print(_("By section:"), file=out)
        for score in result.sections:
            print(section_line(score), file=out)
    for answer in result.answers:
        print(file=out)
        print(f"{answer.position + 1}. [{place(answer.item)}] {answer.item.card.prompt}", file=out)
        verdict = answer.verdict
        given = answer.answer if answer.answer is not None else _("(no answer)")
        print(_("  your answer: {answer}").format(answer=given), file=out)
        mark = verdict_mark(verdict)
        print(f"  {mark}: {verdict.feedback}" if verdict.feedback else f"  {mark}", file=out)
        if not already_names(verdict.feedback, answer.right):  # «Правильно: …» is not said twice
            print(_("  answer: {answer}").format(answer=answer.right), file=out)
        if answer.explanation:
            print(f"  {answer.explanation}", file=out)
    print(file=out)
    print(recorded_line(counted), file=out)
    out.flush()


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``kzjp-tutor exam``: the Exam screen, or ``--plain`` (also without a terminal)."""
    settings = load_settings(ctx.home)
    if not args.plain and study._interactive():  # one rule for both commands (tests patch it)
        from ..ui.run import run_tui  # textual is imported only for the full-screen app
        from ..ui.screens.exam import ExamScreen, ExamSetup

        setup = ExamSetup(
            section=args.section, questions=args.questions, minutes=args.minutes, seed=args.seed
        )
        return run_tui(
            find_deck_paths(args.decks or [], settings, ctx.warn),
            ctx,
            start_study=False,
            fuzz=NOW_ENV not in os.environ,
            language=getattr(args, "lang", None),
            first_screen=lambda: ExamScreen(setup),
        )
    decks = resolve_decks(args.decks or [], settings, ctx.warn)
    if not decks:
        print(_("kzjp-tutor: no decks to study; try `kzjp-tutor validate decks/`"), file=ctx.stderr)
        return 1
    seed = study.session_seed() if args.seed is None else args.seed
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
        limit = limit_text(args.minutes)
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
