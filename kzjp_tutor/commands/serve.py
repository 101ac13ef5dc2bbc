"""``kzjp-tutor serve [--db URL] [--host H] [--port P]``: run the class server.

Thin: the server lives in :mod:`kzjp_tutor.server` (and needs the ``server`` extra, imported
only here so that studying never pays for it).
"""

from __future__ import annotations

import argparse
import ipaddress
from typing import Any

from ..core.context import Context
from ..core.errors import UsageError
from ..core.i18n import gettext as _
from ..core.i18n import pgettext
from ._types import positive_int

__all__ = ["DEFAULT_PORT", "register", "run"]

DEFAULT_PORT = 8765


def register(sub: Any) -> None:
    """Add the ``serve`` subcommand."""
    parser = sub.add_parser(
        "serve",
        help=_("run the class server (instructors)"),
        description=_(
            "Serve the class API and the live class report. Without --db the data is an SQLite "
            "file in the home folder; --db postgresql://USER@HOST/DB uses PostgreSQL. Listens on "
            "127.0.0.1 unless --host says otherwise; put it behind a TLS reverse proxy to open it "
            "to the network."
        ),
    )
    parser.add_argument(
        "--db", metavar=pgettext("metavar", "URL"), help=_("the database (default: SQLite in the home)")
    )
    parser.add_argument(
        "--host",
        metavar=pgettext("metavar", "HOST"),
        default="127.0.0.1",
        help=_("address to listen on (default: 127.0.0.1)"),
    )
    parser.add_argument(
        "--port",
        metavar=pgettext("metavar", "PORT"),
        type=positive_int,
        default=DEFAULT_PORT,
        help=_("port (default: 8765)"),
    )
    parser.add_argument(
        "--workers",
        metavar="N",
        type=positive_int,
        default=1,
        help=_("server processes (default: 1; see docs/scaling.md)"),
    )
    parser.set_defaults(handler=run)


def _loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Serve until interrupted."""
    try:
        from ..server.runner import run_server
    except ImportError:
        raise UsageError(
            _("the class server needs its extra packages: pip install 'kzjp-tutor[server]'")
        ) from None
    if not _loopback(args.host):
        ctx.warn(
            _(
                "listening on {host} with plain HTTP: put a TLS reverse proxy in front (see the README)"
            ).format(host=args.host)
        )
    run_server(
        ctx.home,
        args.db,
        args.host,
        args.port,
        now=ctx.clock.now,
        warn=ctx.warn,
        say=lambda text: print(text, file=ctx.stderr, flush=True),
        workers=args.workers,
    )
    return 0
