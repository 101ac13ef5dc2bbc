"""``kzjp-tutor export-anki DECK --out FILE.apkg [--force]``: a deck as an Anki package.

For students who revise on their phones. The packaging (note type, stable ids, escaping) lives
in :mod:`kzjp_tutor.core.anki`; this command finds the deck, guards ``--out`` and reports.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.anki import write_apkg
from ..core.context import Context
from ..core.deck import Deck
from ..core.errors import DeckError, KzjpError
from ..core.files import check_target
from ..core.i18n import gettext as _
from ..core.i18n import ngettext
from ..core.loader import load_deck
from ..core.settings import load_settings
from ..core.visible import visible

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``export-anki`` subcommand."""
    parser = sub.add_parser(
        "export-anki",
        help=_("write a deck as an Anki package (.apkg) with typed answers"),
        description=_(
            "Write DECK (a deck file or a deck id) as an Anki .apkg: one type-in-answer note per card, "
            "whose answer is what a student types (a number without its unit, a list's items in order, "
            "a choice's number), every accepted form on the back, stable note ids so re-importing "
            "updates notes, tags from sections and card tags."
        ),
    )
    parser.add_argument("deck", metavar="DECK", help=_("a deck file or the id of an available deck"))
    parser.add_argument("--out", metavar="FILE.apkg", type=Path, required=True)
    parser.add_argument("--force", action="store_true", help=_("replace --out if it exists"))
    parser.set_defaults(handler=run)


def _find_deck(name: str, ctx: Context) -> Deck:
    path = Path(name).expanduser()
    if path.is_file():
        try:
            return load_deck(path)
        except DeckError as exc:
            message = _("{path} is not a valid deck:\n{problems}")
            raise KzjpError(message.format(path=visible(str(path)), problems=visible(str(exc)))) from None
    from ..core.catalog import resolve_decks

    found = resolve_decks([name], load_settings(ctx.home), ctx.warn)
    if len(found) != 1:
        message = ngettext(
            "{name} names {count} deck; give one deck file or deck id",
            "{name} names {count} decks; give one deck file or deck id",
            len(found),
        )
        raise KzjpError(message.format(name=visible(repr(name)), count=len(found)))
    return found[0]


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write the package and say how many notes it holds."""
    out: Path = args.out
    check_target(out, force=args.force, home=ctx.home)
    deck = _find_deck(args.deck, ctx)
    if out.suffix.lower() != ".apkg":
        message = _(
            "kzjp-tutor export-anki: note: {path} does not end in .apkg; Anki may not offer to open it"
        )
        print(message.format(path=visible(str(out))), file=ctx.stderr)
    count = write_apkg(deck, out, timestamp=ctx.clock.now().timestamp())
    message = ngettext(
        "wrote {count} note of deck {id} to {path}", "wrote {count} notes of deck {id} to {path}", count
    )
    print(message.format(count=count, id=repr(deck.deck.id), path=visible(str(out))), file=ctx.stdout)
    return 0
