"""``kzjp-tutor import-csv FILE.csv --out DECK.toml [--deck-id ID --title T --language ru] [--force]``.

Turns an instructor's spreadsheet into a deck file; the conversion and its checks live in
:mod:`kzjp_tutor.core.csv_import` (the columns are documented there). Nothing is written when
the result would not load: a deck file that does not validate is of no use to students, and the
instructor fixes the spreadsheet and imports again. An existing file is replaced only with
``--force``, because ``--out`` naming a hand-written deck by mistake would lose it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.csv_import import COLUMNS, OPTIONAL, convert, read_sheet, slug
from ..core.files import check_target, write_atomic

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``import-csv`` subcommand."""
    parser = sub.add_parser(
        "import-csv",
        help="turn a spreadsheet (CSV) of questions into a deck file",
        description=f"Columns: {', '.join(COLUMNS)} (accept/tags separated by | or ;); "
        f"optional: {', '.join(OPTIONAL)}. The deck is validated and "
        "problems are reported by CSV row; nothing is written if it does not validate.",
    )
    parser.add_argument("csv_file", metavar="FILE.csv", type=Path)
    parser.add_argument("--out", metavar="DECK.toml", type=Path, required=True)
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    parser.add_argument("--deck-id", metavar="ID", help="default: made from the CSV file name")
    parser.add_argument("--title", metavar="T", help="default: the CSV file name")
    parser.add_argument(
        "--language", choices=("ru", "en"), default="ru", help="grading language (default ru)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Convert, validate, and write the deck only if it loads."""
    path: Path = args.csv_file
    out: Path = args.out
    check_target(out, force=args.force, home=ctx.home)
    deck_id = args.deck_id or slug(path.stem) or "imported-deck"
    result = convert(
        read_sheet(path),
        deck_id=deck_id,
        title=args.title or path.stem,
        language=args.language,
        name=str(out),
    )
    for problem in result.problems:
        print(f"{path}: {problem}", file=ctx.stderr)
    if not result.ok:
        print(
            f"kzjp-tutor import-csv: {out} not written; fix the rows above and import again", file=ctx.stderr
        )
        return 1
    write_atomic(out, result.toml)
    print(f"wrote {out}: deck {deck_id!r}, {result.cards} cards; it validates", file=ctx.stdout)
    return 0
