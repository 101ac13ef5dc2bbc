"""``kzjp-tutor export [--deck ID] [--out FILE [--force]] [--format json|csv] [--student NAME]``.

The student's half of the instructor's item analysis: one file per student, handed in and read
by ``kzjp-tutor report``. JSON is the full export; CSV is the review log in the FSRS optimizer's
revlog columns. Without ``--out`` the export goes to stdout (so it can be piped or redirected).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.errors import KzjpError
from ..core.export import build_export, export_csv, export_json
from ..core.files import check_target, write_atomic
from ..core.settings import load_settings
from ..core.store import Store

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``export`` subcommand."""
    parser = sub.add_parser(
        "export",
        help="export your progress (card states and every answer) for the instructor",
        description="Write this profile's progress as JSON (for `kzjp-tutor report`) or as CSV (the review "
        "log in the FSRS optimizer's revlog columns). No file paths and no other profile's data are included.",
    )
    parser.add_argument("--deck", metavar="ID", help="only this deck id")
    parser.add_argument("--out", metavar="FILE", type=Path, help="write here (default: stdout)")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    parser.add_argument(
        "--format", choices=("json", "csv"), default=None, help="default: json, or from --out"
    )
    parser.add_argument(
        "--student", metavar="NAME", help="your name or student id (default: setting `student`)"
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
            print(f"kzjp-tutor: {notice}", file=ctx.stderr)
        if args.deck and args.deck not in store.deck_ids():
            known = ", ".join(store.deck_ids()) or "none"
            raise KzjpError(f"no progress for deck {args.deck!r} (decks with progress: {known})")
        export = build_export(store, settings, now, deck_id=args.deck, student=args.student)
    text = export_csv(export) if kind == "csv" else export_json(export)
    if out is None:
        ctx.stdout.write(text)
        return 0
    write_atomic(out, text)
    print(
        f"exported {len(export.cards)} cards and {len(export.reviews)} answers to {out}",
        file=ctx.stderr,
    )
    return 0
