"""``kzjp-tutor study [DECK...] [--section ID] [--plain] [--limit N]``: study, card by card.

The plain mode is a line-by-line loop over :class:`~kzjp_tutor.core.session.StudySession` that
works in any terminal, over a pipe and in tests. Each answer is committed BEFORE its verdict is
printed, so an answer whose verdict the student saw is always in the database, even if the
program is killed the next instant. The Textual app uses the same session object.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Literal, TextIO

from ..core.catalog import find_deck_paths, resolve_decks
from ..core.clock import NOW_ENV
from ..core.context import Context
from ..core.files import read_text_line
from ..core.grading.feedback import already_names, only_says_correct
from ..core.grading.marks import mark_answer
from ..core.grading.vocabulary import preload as preload_vocabulary
from ..core.i18n import gettext as _
from ..core.i18n import pgettext
from ..core.queue import QueueItem
from ..core.scheduling import Planner
from ..core.session import Graded, Recorded, StudySession
from ..core.settings import load_settings
from ..core.store import Store
from ..core.sync.background import background_push
from ..core.sync.client import UrllibTransport
from ..core.wording import answer_text, asked_back, interval, rating_name, summary_lines
from ._types import add_deck_arguments, positive_int

__all__ = ["register", "run", "run_default", "run_plain", "session_seed"]

_LAST_PUSH_SECONDS = 3.0
"""How long the end of a plain session waits for the push of its last answers (then they stay queued)."""

_QUIT = {":q", ":quit", ":exit"}
_UNDO = {":u", ":undo"}
_OVERRIDES: dict[str, Literal["right", "wrong", "hard", "easy"]] = {
    ":right": "right",
    ":r": "right",
    ":wrong": "wrong",
    ":w": "wrong",
    ":hard": "hard",
    ":h": "hard",
    ":easy": "easy",
    ":e": "easy",
}


def register(sub: Any) -> None:
    """Add the ``study`` subcommand."""
    parser = sub.add_parser(
        "study",
        help=_("study decks (default: all bundled decks)"),
        description=_(
            "Study cards: due reviews first, then new cards in lecture order. In --plain mode type an "
            'answer and press Enter; an empty line means "I don\'t know" (on a new card shown first: '
            '"read, ask it later"); :undo takes back the last answer; :right, :wrong, :hard or :easy '
            're-rates it ("I was right"); :quit or end of input stops with a summary.'
        ),
    )
    add_deck_arguments(parser, _("study only the section with this id"))
    parser.add_argument("--plain", action="store_true", help=_("line-by-line mode (no full-screen app)"))
    parser.add_argument("--limit", type=positive_int, metavar="N", help=_("stop after N answers"))
    parser.set_defaults(handler=run)


def _kind(item: QueueItem) -> str:
    """What kind of card this is, as a short tag after its section ("new", "learning, leech")."""
    kinds = {
        "new": pgettext("card", "new"),
        "cram": _("before the exam"),
        "ahead": pgettext("card", "learning"),
        "learning": pgettext("card", "learning"),
    }
    tags = [kinds[item.kind]] if item.kind in kinds else []
    if item.is_leech:
        tags.append(pgettext("card", "leech"))
    return _(", ").join(tags)


def _show(item: QueueItem, session: StudySession, out: TextIO) -> None:
    print(file=out)
    place = f"[{item.deck.deck.title} › {item.section.title}]"
    kind = _kind(item)
    print(_("{place} ({kind})").format(place=place, kind=kind) if kind else place, file=out)
    print(item.card.prompt, file=out)
    # A choice card's options in this showing's order: the number typed means the one shown.
    for number, choice in enumerate(item.choices, start=1):
        print(f"  {number}. {choice}", file=out)
    if item.show:  # show first (issue 17): the fact to read, asked back after the first learning step
        print(
            _("  answer: {answer}").format(answer=answer_text(item.card, item.deck.deck.language)), file=out
        )
        quote = _("“{quote}”").format(quote=item.card.source) if item.card.source else None
        for line in (item.card.explain, quote):
            if line:
                print(f"  {line}", file=out)
        when = asked_back(session.planner.show_delay)
        print(_("(a new card: read it and press Enter; {asked_back})").format(asked_back=when), file=out)


def _verdict(recorded: Recorded, out: TextIO) -> None:
    verdict = recorded.verdict
    language = recorded.item.deck.deck.language
    marks = (_("✓ correct"), _("✗ partly correct"), _("✗ wrong"))
    mark = marks[0] if verdict.correct else marks[1] if verdict.partial else marks[2]
    # "✓ correct: Верно." would say the same thing twice. The feedback is in the deck's language.
    said = verdict.feedback and not only_says_correct(verdict.feedback)
    print(_("{mark}: {feedback}").format(mark=mark, feedback=verdict.feedback) if said else mark, file=out)
    if not verdict.correct and recorded.answer.strip():
        marked = mark_answer(recorded.item.card, recorded.answer, verdict, language)
        print(_("  your answer: {answer}").format(answer=marked.plain()), file=out)
    expected = answer_text(recorded.item.card, language)
    if not already_names(verdict.feedback, expected):  # «Правильно: …» is not said twice
        print(_("  answer: {answer}").format(answer=expected), file=out)
    if recorded.item.card.explain:
        print(f"  {recorded.item.card.explain}", file=out)
    after = interval(recorded.interval)
    if recorded.outcome.capped:
        print(_("  next: in {interval} (before the exam)").format(interval=after), file=out)
    else:
        print(_("  next: in {interval}").format(interval=after), file=out)
    if recorded.outcome.became_leech:
        print(_("  this card is now a leech: it keeps slipping; rewrite it in your own words"), file=out)
    out.flush()


def _unread(graded: Graded, out: TextIO) -> None:
    """Say that the answer could not be read (not that it was wrong); the card is asked again.

    The feedback itself says which forms are understood and that nothing was recorded."""
    print(_("? could not read this answer: {feedback}").format(feedback=graded.verdict.feedback), file=out)


def _command(session: StudySession, text: str, out: TextIO) -> Literal["quit", "done"] | None:
    """Carry out ``text`` if it is a command (:quit, :undo, an override); None if it is an answer."""
    command = text.strip().casefold()
    if command in _QUIT:
        return "quit"
    if command in _UNDO:
        print(
            _("undone: the last answer is taken back") if session.undo() else _("nothing to undo"),
            file=out,
        )
        return "done"
    if command in _OVERRIDES:
        # "I was right" / "I was wrong" / hard / easy: the last answer recorded again with that rating.
        amended = session.amend(_OVERRIDES[command])
        if amended is None:
            print(_("nothing to change yet: answer a card first"), file=out)
        else:
            said = _("recorded as {rating}; next: in {interval}")
            print(
                said.format(rating=rating_name(amended.rating), interval=interval(amended.interval)), file=out
            )
        return "done"
    return None


def _read(stdin: TextIO, out: TextIO) -> str | Literal[False] | None:
    """The next line without its newline; None at the end of input or Ctrl-C; False for a line
    that is not valid text (a legacy-encoded paste), refused and said so: the card is asked again."""
    try:
        line = read_text_line(stdin)
    except KeyboardInterrupt:  # Ctrl-C at the prompt ends the session like end of input
        print(file=out)
        return None
    except UnicodeError:
        print(_("that line was not valid text; type it again"), file=out)
        return False
    return line.rstrip("\r\n") if line else None


def _answer(session: StudySession, item: QueueItem, text: str, started: float, out: TextIO) -> bool:
    """Act on ``text`` typed for ``item``: acknowledge a shown card, or grade, record and print the
    verdict (True then); an answer that could not be read records nothing and asks again."""
    if item.show and not text.strip():
        session.acknowledge()
        return False
    duration = int((time.monotonic() - started) * 1000)
    graded = session.answer(text, duration)
    if graded.verdict.unreadable:
        _unread(graded, out)
        return False  # nothing recorded: the same card is asked again
    recorded = session.commit("wrong" if not text.strip() else None)
    _verdict(recorded, out)
    return True


def run_plain(
    session: StudySession, ctx: Context, stdin: TextIO, *, after_answer: Callable[[], None] | None = None
) -> int:
    """The line-by-line study loop; ends at end of input, ``:quit``, Ctrl-C or when nothing is left.

    From a pipe, the line after a verdict is read before the next card is printed: when it
    re-rates or undoes that answer, its confirmation then stands under the verdict it concerns
    instead of under a card it does not touch (trial B15). At a terminal the student needs to
    see the next card to answer it, so it is printed at once.
    """
    out = ctx.stdout
    interactive = stdin.isatty()
    # The grader's dictionaries load while the first card is read, not when its answer is graded.
    threading.Thread(target=preload_vocabulary, name="vocabulary", daemon=True).start()
    ahead: str | None = None  # a line read before its card was printed: that card's answer
    after_verdict = False
    while (item := session.next_card()) is not None:
        if after_verdict and not interactive:
            after_verdict = False
            read = _read(stdin, out)
            if read is None:
                break
            ahead = None if read is False else read
            done = _command(session, ahead, out) if ahead is not None else None
            if done is not None:
                ahead = None
                if done == "quit":
                    break
                continue
        _show(item, session, out)
        if interactive:
            print("> ", end="", file=out)
        out.flush()
        started = time.monotonic()
        text, ahead = (ahead if ahead is not None else _read(stdin, out)), None
        if text is None:
            break
        if text is False:
            continue  # refused: the card is shown again
        done = _command(session, text, out)
        if done == "quit":
            break
        if done is None:
            after_verdict = _answer(session, item, text, started, out)
            if after_verdict and after_answer is not None:
                after_answer()  # the class server's background push: returns at once
    summary = session.summary()
    lines = summary_lines(
        summary.answered, summary.correct, summary.elapsed, summary.next_due, ctx.clock.now()
    )
    print(file=out)
    print(lines.text(), file=out)
    out.flush()
    return 0


def _study(args: argparse.Namespace, ctx: Context, *, plain: bool) -> int:
    settings = load_settings(ctx.home)
    limit = getattr(args, "limit", None)
    if not plain:
        from ..ui.run import run_tui  # textual is imported only for the full-screen app

        names = getattr(args, "decks", None) or []
        return run_tui(
            find_deck_paths(names, settings, ctx.warn),
            ctx,
            start_study=getattr(args, "command", None) == "study",
            section=getattr(args, "section", None),
            limit=limit,
            fuzz=NOW_ENV not in os.environ,
            language=getattr(args, "lang", None),  # --lang; None lets the app follow its settings
        )
    decks = resolve_decks(getattr(args, "decks", None) or [], settings, ctx.warn)
    if not decks:
        print(_("kzjp-tutor: no decks to study; try `kzjp-tutor validate decks/`"), file=ctx.stderr)
        return 1
    # A fixed clock means a reproducible run: no random interval fuzz then.
    planner = Planner(settings, enable_fuzzing=NOW_ENV not in os.environ)
    with Store.open(ctx.home, now=ctx.clock.now()) as store:
        for notice in store.notices:
            print(f"kzjp-tutor: {notice}", file=ctx.stderr)
        session = StudySession(
            decks,
            store,
            planner,
            settings,
            ctx.clock,
            section=getattr(args, "section", None),
            limit=limit,
            seed=session_seed(),
        )
        pusher = background_push(
            ctx.home,
            lambda: decks,
            now=ctx.clock.now,
            transport=UrllibTransport(),
            jitter=random.random,
            notify=lambda text: print(_("kzjp-tutor: {notice}").format(notice=text), file=ctx.stderr),
        )
        try:
            return run_plain(session, ctx, ctx.stdin, after_answer=pusher.poke if pusher else None)
        finally:
            if pusher is not None:
                pusher.idle(_LAST_PUSH_SECONDS)  # the last answers' push, briefly; the rest stays queued
                pusher.close(_LAST_PUSH_SECONDS)


def session_seed() -> int:
    """The seed for a session's choice orders: fresh for each session, 0 in a reproducible run
    (a fixed clock, ``KZJP_TUTOR_NOW``), so tests and demos see the same orders every time."""
    return 0 if NOW_ENV in os.environ else secrets.randbits(32)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``kzjp-tutor study``: the full-screen app, or ``--plain`` (also without a terminal)."""
    return _study(args, ctx, plain=bool(args.plain) or not _interactive())


def run_default(args: argparse.Namespace, ctx: Context) -> int:
    """``kzjp-tutor`` with no command: the full-screen app on the bundled decks.

    Without a terminal (a pipe, a script) it falls back to the plain mode rather than failing.
    """
    return _study(args, ctx, plain=not _interactive())


def _interactive() -> bool:
    """Whether a person is at a terminal: the full-screen app needs one both ways."""
    return sys.stdin.isatty() and sys.stdout.isatty()
