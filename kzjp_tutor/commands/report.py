"""``kzjp-tutor report EXPORT_OR_FOLDER... | --server URL [--deck ID] [--html FILE] [--csv FILE] [--exam-date D]``.

``--server URL`` reads the class's live data from the class server instead of files (the
instructor key from ``KZJP_TUTOR_CLASS_KEY`` or a prompt that does not echo, never an argument):
the same report, the same checks on every export. ``--remember`` keeps the server and key in
the home's owner-only ``instructor.json`` (kept as a student's key is), so the Instructor screen
(F6) reads the server; ``--tui --server URL`` opens that screen on the server.

The instructor's class item analysis over the students' exports: terminal tables (Rich) by
default, one self-contained HTML page with ``--html``, the raw per-card table with ``--csv``.
Exports that cannot be used, and older exports of a student already counted, are listed one
line each on stderr and skipped; the report goes on. A deck's Russian and English versions are
one set of rows unless ``--by-language``.

Deck text and student text reach Rich only as :class:`rich.text.Text` objects, never as markup
strings: a prompt such as ``[bold]`` or an answer such as ``[link=…]`` must print as typed. They
pass through :func:`~kzjp_tutor.core.visible.visible` first (here and in ``report_table``), so an
escape sequence in an export or a file name is shown as ``\\x1b…``, never run by the terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..core.catalog import reference_decks
from ..core.context import Context
from ..core.errors import UsageError
from ..core.export import LoadedExport, Skipped
from ..core.files import check_target, write_atomic
from ..core.i18n import gettext as _
from ..core.i18n import pgettext
from ..core.report import build_report, cards_csv, language_versions, load_exports, render_html, versions_of
from ..core.sync.class_report import class_exports
from ..core.sync.credentials import InstructorLink, check_server_url, save_instructor
from ..core.visible import visible
from ._class_client import CLASS_KEY_ENV, client, secret
from ._types import existing_path, iso_date

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``report`` subcommand."""
    parser = sub.add_parser(
        "report",
        help=_("class item analysis from students' exports (instructors)"),
        description=_(
            "Read students' progress exports (files, or folders of *.json) and show the hardest "
            "cards, common wrong answers, suggested aliases, mastery per section, each student's "
            "readiness and cards students confuse. Unusable exports and older exports of the same "
            "student are listed and skipped."
        ),
    )
    parser.add_argument(
        "exports", nargs="*", metavar=pgettext("metavar", "EXPORT_OR_FOLDER"), type=existing_path
    )
    parser.add_argument(
        "--server",
        metavar=pgettext("metavar", "URL"),
        help=_("read the class's live data from this class server (the instructor key is asked for)"),
    )
    parser.add_argument("--insecure", action="store_true", help=_("allow plain http:// to another host"))
    parser.add_argument(
        "--remember",
        action="store_true",
        help=_("with --server: keep the server and key in the home (owner-only) for the Instructor screen"),
    )
    parser.add_argument("--deck", metavar=pgettext("metavar", "ID"), help=_("only this deck id"))
    parser.add_argument(
        "--html",
        metavar=pgettext("metavar", "FILE"),
        type=Path,
        help=_("also write one self-contained HTML page"),
    )
    parser.add_argument(
        "--csv",
        metavar=pgettext("metavar", "FILE"),
        type=Path,
        help=_("also write the raw per-card table as CSV (UTF-8 with BOM, for Excel)"),
    )
    parser.add_argument(
        "--force", action="store_true", help=_("replace the --html/--csv files if they exist")
    )
    parser.add_argument(
        "--exam-date",
        metavar=pgettext("metavar", "YYYY-MM-DD"),
        type=iso_date,
        help=_("forecast recall on this day for everyone"),
    )
    parser.add_argument(
        "--by-language",
        action="store_true",
        help=_("count a deck's Russian and English versions apart (default: one row per card)"),
    )
    parser.add_argument(
        "--tui", action="store_true", help=_("open the report in the full-screen app (the Instructor screen)")
    )
    parser.add_argument(
        "--deck-file",
        metavar=pgettext("metavar", "PATH"),
        action="append",
        default=[],
        type=Path,
        help=_("a deck file or folder to map cards to sections (default: the bundled decks); repeatable"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Build the report and print/write it."""
    if bool(args.exports) == bool(args.server):
        raise UsageError(_("give export files or folders, or --server URL (not both)"))
    if args.remember and not args.server:
        raise UsageError(_("--remember keeps a class server's key: give --server URL"))
    if args.tui:
        from ..ui.run import run_tui  # textual only for the full-screen app

        source = _server_link(args, ctx) if args.server else args.exports[0]
        return run_tui([], ctx, start_study=False, instructor_folder=source)
    exam: dt.date | None = args.exam_date
    for target in (args.html, args.csv):
        if target is not None:
            check_target(target, force=args.force, home=ctx.home)
    decks = reference_decks(args.deck_file, ctx.warn)
    versions = language_versions(decks, merge=not args.by_language)
    wanted = versions_of(args.deck, versions) if args.deck else None
    exports, skipped = (
        _from_server(args, ctx, wanted) if args.server else load_exports(args.exports, deck_id=wanted)
    )
    for item in skipped:
        print(_("kzjp-tutor report: skipped {item}").format(item=visible(str(item))), file=ctx.stderr)
    if not exports:
        print(_("kzjp-tutor report: no usable exports; nothing to report"), file=ctx.stderr)
        return 1
    report = build_report(
        exports,
        decks,
        ctx.clock.now(),
        deck_id=args.deck,
        exam_date=exam,
        skipped=skipped,
        by_language=args.by_language,
    )
    if report.missing_decks:
        print(_("kzjp-tutor report: pass the missing decks with --deck-file"), file=ctx.stderr)
    if args.html:
        write_atomic(args.html, render_html(report))
        print(_("kzjp-tutor report: wrote {path}").format(path=visible(str(args.html))), file=ctx.stderr)
    if args.csv:
        write_atomic(args.csv, cards_csv(report))
        print(_("kzjp-tutor report: wrote {path}").format(path=visible(str(args.csv))), file=ctx.stderr)
    from rich.console import Console

    from .report_table import print_report

    tty = hasattr(ctx.stdout, "isatty") and ctx.stdout.isatty()
    console = Console(file=ctx.stdout, highlight=False, width=None if tty else 140)
    print_report(report, console)
    return 0


def _from_server(
    args: argparse.Namespace, ctx: Context, wanted: set[str] | None
) -> tuple[list[LoadedExport], list[Skipped]]:
    """The class's exports as the server rebuilds them from its events, checked like files."""
    link = _server_link(args, ctx)
    return class_exports(client(link.server, link.key), deck_id=wanted)


def _server_link(args: argparse.Namespace, ctx: Context) -> InstructorLink:
    """The checked server and the key (environment or prompt), kept in the home with ``--remember``."""
    server = check_server_url(args.server, insecure=args.insecure)
    link = InstructorLink(
        server=server, key=secret(ctx, CLASS_KEY_ENV, _("Instructor key: ")), insecure=args.insecure
    )
    if args.remember:
        path = save_instructor(ctx.home, link)
        print(
            _("kzjp-tutor report: kept the server and key in {path} (owner only)").format(
                path=visible(str(path))
            ),
            file=ctx.stderr,
        )
    return link
