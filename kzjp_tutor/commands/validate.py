"""``kzjp-tutor validate PATH...``: the instructor's deck checker.

Every line it prints quotes the deck (a ``format`` value, an unknown key's name) or a file name,
which can hold anything; each goes through :func:`~kzjp_tutor.core.visible.visible`, so an escape
sequence in a deck is shown as ``\\x1b…`` and one problem stays one line.

Besides each file's own problems, the files of one run are checked together: two files with one
deck id, or a deck of one's own reusing a bundled deck's id, are errors
(:func:`~kzjp_tutor.core.loader.deck_id_clashes`), because progress is keyed by deck id.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.errors import DeckError, Problem
from ..core.i18n import gettext as _
from ..core.i18n import ngettext, npgettext
from ..core.loader import bundled_deck_ids, deck_id_clashes, deck_paths, load_deck, read_deck_id
from ..core.visible import visible


def register(sub: Any) -> None:
    """Add the ``validate`` subcommand."""
    parser = sub.add_parser(
        "validate",
        help=_("check deck files and say exactly what is wrong"),
        description=_(
            "Check deck files (or every *.toml in a folder), each alone and together (one deck id "
            "per file). Exit 0: all valid; 1: problems; 2: usage error or missing path."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Validate every deck named; print one line per problem and a summary."""
    try:
        files = deck_paths(args.paths)
    except FileNotFoundError as exc:
        message = _("kzjp-tutor validate: {path}: no such file or folder").format(path=visible(str(exc)))
        print(message, file=ctx.stderr)
        return 2
    if not files:
        print(_("kzjp-tutor validate: no *.toml files found in the given folders"), file=ctx.stderr)
        return 2
    found: dict[Path, list[Problem]] = {}
    ids: list[tuple[Path, str]] = []
    cards = 0
    for path in files:
        try:
            deck = load_deck(path)
        except DeckError as exc:
            found[path] = list(exc.problems)
            if (deck_id := read_deck_id(path)) is not None:
                ids.append((path, deck_id))
            continue
        ids.append((path, deck.id))
        cards += len(deck.cards())
    for clash in deck_id_clashes(ids, bundled_deck_ids()):
        found.setdefault(Path(clash.file), []).append(clash)
    for path in files:
        for problem in found.get(path, []):
            print(visible(str(problem)), file=ctx.stdout)
    if found:
        problems = sum(len(p) for p in found.values())
        summary = _("{problems} in {bad} of {files}").format(
            problems=ngettext("{count} problem", "{count} problems", problems).format(count=problems),
            bad=len(found),
            files=npgettext("of N", "{count} deck file", "{count} deck files", len(files)).format(
                count=len(files)
            ),
        )
        print(summary, file=ctx.stdout)
        return 1
    summary = _("{files}, {cards}").format(
        files=ngettext("{count} deck file valid", "{count} deck files valid", len(files)).format(
            count=len(files)
        ),
        cards=ngettext("{count} card", "{count} cards", cards).format(count=cards),
    )
    print(summary, file=ctx.stdout)
    return 0
