"""``kzjp-tutor validate PATH...``: the instructor's deck checker.

Every line it prints quotes the deck (a ``format`` value, an unknown key's name) or a file name,
which can hold anything; each goes through :func:`~kzjp_tutor.core.visible.visible`, so an escape
sequence in a deck is shown as ``\\x1b…`` and one problem stays one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.errors import DeckError
from ..core.loader import deck_paths, load_deck
from ..core.visible import visible
from ..core.wording import count


def register(sub: Any) -> None:
    """Add the ``validate`` subcommand."""
    parser = sub.add_parser(
        "validate",
        help="check deck files and say exactly what is wrong",
        description="Check deck files (or every *.toml in a folder). Exit 0: all valid; 1: problems; "
        "2: usage error or missing path.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Validate every deck named; print one line per problem and a summary."""
    try:
        files = deck_paths(args.paths)
    except FileNotFoundError as exc:
        print(f"kzjp-tutor validate: {visible(str(exc))}: no such file or folder", file=ctx.stderr)
        return 2
    if not files:
        print("kzjp-tutor validate: no *.toml files found in the given folders", file=ctx.stderr)
        return 2
    bad_files = 0
    problems = 0
    cards = 0
    for path in files:
        try:
            deck = load_deck(path)
        except DeckError as exc:
            bad_files += 1
            problems += len(exc.problems)
            for problem in exc.problems:
                print(visible(str(problem)), file=ctx.stdout)
            continue
        cards += len(deck.cards())
    good = len(files) - bad_files
    if bad_files:
        print(
            f"{count(problems, 'problem')} in {bad_files} of {count(len(files), 'deck file')}",
            file=ctx.stdout,
        )
        return 1
    print(f"{count(good, 'deck file')} valid, {count(cards, 'card')}", file=ctx.stdout)
    return 0
