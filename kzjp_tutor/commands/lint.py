"""``kzjp-tutor lint DECK... [--strict]``: warnings about questions that load but teach badly.

The checks live in :mod:`kzjp_tutor.core.lint`; this command finds the decks (files, folders or
deck ids, like ``study``), prints one line per warning in ``validate``'s shape, and exits 0
unless ``--strict`` is given and something was found, so it can run in CI as a gate or by hand
as advice. A deck that does not load is not linted: its problems are ``validate``'s.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.catalog import find_deck_paths
from ..core.context import Context
from ..core.errors import DeckError
from ..core.i18n import gettext as _
from ..core.i18n import ngettext, npgettext
from ..core.lint import CHECKS, LintedDeck, lint
from ..core.loader import deck_paths, parse_deck
from ..core.settings import load_settings
from ..core.visible import visible

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``lint`` subcommand."""
    checks = "; ".join(f"{check}: {_(what)}" for check, what in CHECKS.items())
    parser = sub.add_parser(
        "lint",
        help=_("warn about questions that give answers away, are unfair or repeat a fact"),
        description=_(
            "Check the quality of the questions of deck files, folders or deck ids; cards are "
            "compared within a deck and across the decks given. Checks: {checks}. Exit 0, or 1 "
            "with --strict when there are warnings; 1 when a deck does not load (see validate)."
        ).format(checks=checks),
    )
    parser.add_argument("decks", nargs="+", metavar="DECK")
    parser.add_argument("--strict", action="store_true", help=_("exit 1 when there is any warning"))
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=tuple(CHECKS),
        metavar="CHECK",
        help=_("leave out one check (repeatable), for example --skip no-source"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Lint every deck named; print one line per warning and a summary."""
    paths = deck_paths(find_deck_paths(args.decks, load_settings(ctx.home), ctx.warn))
    linted: list[LintedDeck] = []
    broken = 0
    for path in dict.fromkeys(Path(p) for p in paths):
        try:
            data = path.read_bytes()
            linted.append(LintedDeck(str(path), data.decode("utf-8-sig"), parse_deck(data, str(path))))
        except (DeckError, OSError, UnicodeDecodeError):
            broken += 1
            message = _("kzjp-tutor lint: {path} does not load; run `kzjp-tutor validate {path}`")
            print(message.format(path=visible(str(path))), file=ctx.stderr)
    result = lint(linted, skip=args.skip)
    warnings = result.warnings
    for warning in warnings:
        print(visible(str(warning)), file=ctx.stdout)
    if result.silenced:
        count = len(result.silenced)
        note = ngettext(
            "{count} more silenced by the cards' lint_ignore",
            "{count} more silenced by the cards' lint_ignore",
            count,
        )
        print(note.format(count=count), file=ctx.stdout)
    summary = ngettext("{count} warning in {files}", "{count} warnings in {files}", len(warnings)).format(
        count=len(warnings),
        files=npgettext("in N", "{count} deck file", "{count} deck files", len(linted)).format(
            count=len(linted)
        ),
    )
    print(summary, file=ctx.stdout)
    return 1 if broken or (args.strict and warnings) else 0
