"""``kzjp-tutor import-csv FILE.csv --out DECK.toml [--deck-id ID --title T --language ru] [--force]``.

Turns an instructor's spreadsheet into a deck file; the conversion and its checks live in
:mod:`kzjp_tutor.core.csv_import` (the columns are documented there). Nothing is written when
the result would not load: a deck file that does not validate is of no use to students, and the
instructor fixes the spreadsheet and imports again. An existing file is replaced only with
``--force``, because ``--out`` naming a hand-written deck by mistake would lose it; when it is
replaced, its deck id, title and card ids are kept, so students keep their progress.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.csv_import import COLUMNS, OPTIONAL, convert, read_sheet, slug
from ..core.deck import Deck
from ..core.errors import DeckError
from ..core.files import check_target, write_atomic
from ..core.i18n import gettext as _
from ..core.i18n import ngettext
from ..core.loader import load_deck
from ..core.visible import visible

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``import-csv`` subcommand."""
    parser = sub.add_parser(
        "import-csv",
        help=_("turn a spreadsheet (CSV) of questions into a deck file"),
        description=_(
            "Columns: {columns} (accept/tags separated by | or ;); optional: {optional}. "
            "The id column pins card ids (progress is keyed by them); without it, importing again "
            "into the same deck (--out it with --force) keeps each card's id by matching the rows "
            "to its cards, so fixing a typo in a question keeps the card's progress. The deck is "
            "validated and every problem is reported by CSV row; nothing is written if it does not validate."
        ).format(columns=", ".join(COLUMNS), optional=", ".join(OPTIONAL)),
    )
    parser.add_argument("csv_file", metavar="FILE.csv", type=Path)
    parser.add_argument("--out", metavar="DECK.toml", type=Path, required=True)
    parser.add_argument(
        "--force", action="store_true", help=_("replace --out if it exists, keeping its deck id and card ids")
    )
    parser.add_argument(
        "--deck-id", metavar="ID", help=_("default: that of --out, else made from the CSV file name")
    )
    parser.add_argument("--title", metavar="T", help=_("default: that of --out, else the CSV file name"))
    parser.add_argument(
        "--language",
        choices=("ru", "en"),
        default=None,
        help=_("grading language (default: that of --out, else ru)"),
    )
    parser.set_defaults(handler=run)


def _existing(out: Path, ctx: Context) -> Deck | None:
    """The deck being replaced, whose ids the import keeps; None if there is none or it does not load."""
    if not out.is_file():
        return None
    try:
        return load_deck(out)
    except DeckError as exc:
        message = ngettext(
            "kzjp-tutor import-csv: note: {path} does not load ({count} problem); its card ids cannot be kept",
            "kzjp-tutor import-csv: note: {path} does not load ({count} problems); its card ids cannot be kept",
            len(exc.problems),
        )
        print(message.format(path=visible(str(out)), count=len(exc.problems)), file=ctx.stderr)
        return None


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Convert, validate, and write the deck only if it loads."""
    path: Path = args.csv_file
    out: Path = args.out
    check_target(out, force=args.force, home=ctx.home)
    existing = _existing(out, ctx)
    deck_id = args.deck_id or (existing.id if existing else None) or slug(path.stem) or "imported-deck"
    result = convert(
        read_sheet(path),
        deck_id=deck_id,
        title=args.title or (existing.deck.title if existing else path.stem),
        language=args.language or (existing.language if existing else "ru"),
        name=str(out),
        existing=existing,
    )
    for problem in result.problems:
        print(visible(f"{path}: {problem}"), file=ctx.stderr)
    if not result.ok:
        message = _("kzjp-tutor import-csv: {path} not written; fix the rows above and import again")
        print(message.format(path=visible(str(out))), file=ctx.stderr)
        return 1
    write_atomic(out, result.toml)
    message = ngettext(
        "wrote {path}: deck {id}, {count} card; it validates",
        "wrote {path}: deck {id}, {count} cards; it validates",
        result.cards,
    )
    print(message.format(path=visible(str(out)), id=repr(deck_id), count=result.cards), file=ctx.stdout)
    return 0
