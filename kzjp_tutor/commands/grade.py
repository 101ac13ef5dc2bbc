"""``kzjp-tutor grade DECK``: grade JSON Lines answers from stdin, one verdict per line.

For instructors checking aliases in bulk and for tests of the grader from outside. It wraps
:func:`kzjp_tutor.core.grading.grade` itself; there is no second copy of the logic.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.errors import DeckError
from ..core.grading import deck_lexicon, grade
from ..core.loader import load_deck


def register(sub: Any) -> None:
    """Add the ``grade`` subcommand."""
    parser = sub.add_parser(
        "grade",
        help="grade JSON Lines answers from stdin",
        description='Reads {"card": ID, "answer": TEXT} per line; writes one JSON verdict per line.',
    )
    parser.add_argument("deck", type=Path, metavar="DECK")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Grade every input line; a bad line gets an ``error`` line and processing continues."""
    try:
        deck = load_deck(args.deck)
    except DeckError as exc:
        for problem in exc.problems:
            print(problem, file=ctx.stderr)
        return 1
    language = deck.deck.language
    lexicon = deck_lexicon(deck)
    out = ctx.stdout
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            out.write(
                json.dumps({"line": number, "error": f"not JSON: {exc.msg}"}, ensure_ascii=False) + "\n"
            )
            continue
        if not isinstance(item, dict):
            out.write(json.dumps({"line": number, "error": "expected an object"}) + "\n")
            continue
        card_id, answer = item.get("card"), item.get("answer")
        card = deck.card(card_id) if isinstance(card_id, str) else None
        if card is None:
            error = {
                "line": number,
                "card": card_id,
                "error": f"no card {card_id!r} in deck {deck.deck.id!r}",
            }
            out.write(json.dumps(error, ensure_ascii=False) + "\n")
            continue
        if not isinstance(answer, str):
            out.write(
                json.dumps({"line": number, "card": card_id, "error": "answer must be a string"}) + "\n"
            )
            continue
        verdict = grade(card, answer, language, lexicon)
        result = {
            "card": card_id,
            "answer": answer,
            "correct": verdict.correct,
            "score": round(verdict.score, 3),
            "rating": verdict.rating.value,
            "feedback": verdict.feedback,
        }
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return 0
