"""``kzjp-tutor grade DECK``: grade JSON Lines answers from stdin, one verdict per line.

For instructors checking aliases in bulk and for tests of the grader from outside. It wraps
:func:`kzjp_tutor.core.grading.grade` itself; there is no second copy of the logic.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from typing import Any, TextIO

from ..core.context import Context
from ..core.deck import Deck
from ..core.errors import DeckError
from ..core.files import read_text_line
from ..core.grading import Verdict, deck_lexicon, grade
from ..core.i18n import gettext as _
from ..core.i18n import pgettext
from ..core.loader import load_deck
from ._types import existing_path


def register(sub: Any) -> None:
    """Add the ``grade`` subcommand."""
    parser = sub.add_parser(
        "grade",
        help=_("grade JSON Lines answers from stdin"),
        description=_(
            'Reads {"card": ID, "answer": TEXT} per line; writes one JSON verdict per line: "state" is '
            'correct, partial, wrong or unreadable (no date or number could be read: not wrong; "correct" '
            "is false for it). A choice card takes the deck's 1-based option numbers. The output stays "
            "in English, for scripts."
        ),
    )
    parser.add_argument(
        "deck",
        type=existing_path,
        metavar=pgettext("metavar", "DECK"),
        help=_("the deck file the cards are in"),
    )
    parser.set_defaults(handler=run)


def _is_text(value: str) -> bool:
    """Whether a JSON string is real text: ``"\\ud800"`` decodes to a lone surrogate, which is not."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _lines(stream: TextIO) -> Iterator[str | None]:
    """Each input line, or None for a line that is not UTF-8 text (it is skipped, not fatal)."""
    while True:
        try:
            line = read_text_line(stream)
        except UnicodeError:
            yield None
            continue
        if not line:
            return
        yield line


def _emit(out: TextIO, result: dict[str, Any]) -> None:
    """One JSON line, readable UTF-8; pure ASCII escapes (the same JSON) where stdout cannot encode it.

    No lone surrogate gets here: :func:`_verdict` refuses them and echoes only checked text.
    """
    text = json.dumps(result, ensure_ascii=False)
    try:
        out.write(text + "\n")
    except UnicodeEncodeError:  # nothing was written: the line is encoded before it is buffered
        out.write(json.dumps(result) + "\n")


def _verdict(line: str, number: int, deck: Deck, lexicon: frozenset[str]) -> dict[str, Any]:
    """The verdict for one input line, or an error naming the line.

    The errors are English in every interface language: this is machine output, read by scripts.
    """
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"line": number, "error": f"not JSON: {exc.msg}"}  # i18n: not text
    except ValueError:  # Python reads no integer of more than 4,300 digits
        return {"line": number, "error": "not usable JSON: a number with too many digits"}  # i18n: not text
    except RecursionError:
        return {"line": number, "error": "not usable JSON: nested too deeply"}  # i18n: not text
    if not isinstance(item, dict):
        return {"line": number, "error": "expected an object"}  # i18n: not text
    card_id, answer = item.get("card"), item.get("answer")
    if not all(_is_text(v) for v in (card_id, answer) if isinstance(v, str)):
        return {
            "line": number,
            "error": "card and answer must be text (a lone \\ud800-\\udfff escape is not)",  # i18n: not text
        }
    card = deck.card(card_id) if isinstance(card_id, str) else None
    if card is None:
        return {
            "line": number,
            "card": card_id if isinstance(card_id, str) else None,  # 1e999 would print as Infinity
            "error": f"no card {card_id!r} in deck {deck.deck.id!r}",  # i18n: not text
        }
    if not isinstance(answer, str):
        return {"line": number, "card": card_id, "error": "answer must be a string"}  # i18n: not text
    verdict = grade(card, answer, deck.deck.language, lexicon)
    return {
        "card": card_id,
        "answer": answer,
        "state": state(verdict),
        "correct": verdict.correct,
        "score": round(verdict.score, 3),
        "rating": verdict.rating.value,
        "feedback": verdict.feedback,
    }


def state(verdict: Verdict) -> str:
    """The verdict as one word: "correct", "partial", "wrong" or "unreadable".

    "unreadable" (no date or number could be read) is neither right nor wrong, and a reader of
    ``correct`` alone, written before this state existed, still sees ``false`` for it.
    """
    if verdict.unreadable:
        return "unreadable"
    if verdict.correct:
        return "correct"
    return "partial" if verdict.partial else "wrong"


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Grade every input line; a bad line gets an ``error`` line and processing continues."""
    try:
        deck = load_deck(args.deck)
    except DeckError as exc:
        for problem in exc.problems:
            print(problem, file=ctx.stderr)
        return 1
    lexicon = deck_lexicon(deck)
    for number, line in enumerate(_lines(ctx.stdin), start=1):
        if line is None:
            _emit(ctx.stdout, {"line": number, "error": "not UTF-8 text"})  # i18n: not text
        elif line.strip():
            _emit(ctx.stdout, _verdict(line, number, deck, lexicon))
    ctx.stdout.flush()
    return 0
