"""``kzjp-tutor export [--deck ID] [--out FILE [--force]] [--format json|csv] [--student NAME]``.

The student's half of the instructor's item analysis: one file per student, handed in and read
by ``kzjp-tutor report``. JSON is the full export; CSV is the review log in the FSRS optimizer's
revlog columns. Without ``--out`` the export goes to stdout (so it can be piped or redirected).

Every export carries the profile's random id, so the report counts a student once however many
files they hand in. The id is drawn HERE (``uuid4``, on the profile's first export) and kept in
the settings by :func:`~kzjp_tutor.core.export.claim_profile`; the core draws nothing itself. A
``--student`` name is kept there too, so the next export without it keeps the name.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.errors import KzjpError
from ..core.export import build_export, claim_profile, export_csv, export_json
from ..core.files import check_target, write_atomic
from ..core.i18n import gettext as _
from ..core.i18n import ngettext, pgettext
from ..core.settings import load_settings, save_settings
from ..core.store import Store
from ..core.visible import visible

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``export`` subcommand."""
    parser = sub.add_parser(
        "export",
        help=_("export your progress (card states and every answer) for the instructor"),
        description=_(
            "Write this profile's progress as JSON (for `kzjp-tutor report`) or as CSV (the review "
            "log in the FSRS optimizer's revlog columns). No file paths and no other profile's data "
            "are included. Each export carries this profile's random id, so the report counts you once."
        ),
    )
    parser.add_argument("--deck", metavar=pgettext("metavar", "ID"), help=_("only this deck id"))
    parser.add_argument(
        "--out", metavar=pgettext("metavar", "FILE"), type=Path, help=_("write here (default: stdout)")
    )
    parser.add_argument("--force", action="store_true", help=_("replace --out if it exists"))
    parser.add_argument(
        "--format", choices=("json", "csv"), default=None, help=_("default: json, or from --out")
    )
    parser.add_argument(
        "--student",
        metavar=pgettext("metavar", "NAME"),
        help=_("your name or student id; kept for the next exports (default: setting `student`)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Build the export and write it to ``--out`` (atomically) or stdout."""
    out: Path | None = args.out
    kind: str = args.format or ("csv" if out is not None and out.suffix.lower() == ".csv" else "json")
    if out is not None:
        check_target(out, force=args.force, home=ctx.home)
    settings = load_settings(ctx.home)
    now = ctx.clock.now()
    with Store.open(ctx.home, now=now, backup=False, write=False) as store:
        for notice in store.notices:
            print(_("kzjp-tutor: {notice}").format(notice=notice), file=ctx.stderr)
        if args.deck and args.deck not in store.deck_ids():
            known = ", ".join(store.deck_ids()) or _("none")
            raise KzjpError(
                _("no progress for deck {deck} (decks with progress: {known})").format(
                    deck=repr(args.deck), known=known
                )
            )
        claimed = claim_profile(settings, uuid.uuid4().hex, args.student)
        if claimed != settings:
            save_settings(ctx.home, claimed)
        export = build_export(store, claimed, now, deck_id=args.deck)
    if export.student is None:
        print(
            _(
                "kzjp-tutor export: this export has no name, so the instructor sees only the file "
                "name; add --student NAME (it is kept for the next exports)"
            ),
            file=ctx.stderr,
        )
    text = export_csv(export) if kind == "csv" else export_json(export)
    if out is None:
        ctx.stdout.write(text)
        return 0
    write_atomic(out, text)
    cards = ngettext("{count} card", "{count} cards", len(export.cards)).format(count=len(export.cards))
    answers = ngettext("{count} answer", "{count} answers", len(export.reviews)).format(
        count=len(export.reviews)
    )
    print(
        _("exported {cards} and {answers} to {path}").format(
            cards=cards, answers=answers, path=visible(str(out))
        ),
        file=ctx.stderr,
    )
    return 0
