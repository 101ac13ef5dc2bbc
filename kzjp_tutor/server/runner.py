"""Starting the server: the database, the setup key that may create classes, and uvicorn.

The setup key is made on the first start and kept in ``HOME/server-setup.key`` (0600); whoever
can read that file runs the server and may create classes. It is a file and not an option so
that it never shows in ``ps`` or a shell history.

The SQLite file holds every student's answers and names, so it is made owner-only (0600; SQLite
gives its ``-wal`` and ``-shm`` files the database's mode). The port is taken before anything
is said or written, so a port in use is one line naming it, not "Serving" followed by
uvicorn's own error and exit code.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError
from uvicorn.supervisors.multiprocess import Multiprocess

from ..core.catalog import reference_decks
from ..core.clock import Clock
from ..core.errors import KzjpError, reason
from ..core.files import make_data_folder
from ..core.i18n import gettext as _
from .app import create_app
from .db import connect, database_url, migrate
from .keys import SETUP_PREFIX, digest, new_key

__all__ = ["SETUP_FILE", "WORKER_ENV", "run_server", "setup_key", "worker_app"]

SETUP_FILE = "server-setup.key"
"""The setup key's file inside the server's home folder."""
WORKER_ENV = "KZJP_TUTOR_SERVER_WORKER"
"""How :func:`run_server` hands the database URL and the setup key's digest to its workers."""

log = logging.getLogger("kzjp_tutor.server")


def setup_key(home: Path) -> tuple[Path, str, bool]:
    """The setup key (made now if missing): (its file, the key, whether it was made now)."""
    path = home / SETUP_FILE
    try:
        return path, path.read_text(encoding="utf-8").strip(), False
    except FileNotFoundError:
        pass
    home.mkdir(parents=True, exist_ok=True)
    key = new_key(SETUP_PREFIX)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return path, key, True


def _owner_only(database: Path) -> None:
    """Make the SQLite file (empty is a valid new database) and keep it 0600."""
    os.close(os.open(database, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(database, 0o600)


def _listen(host: str, port: int) -> socket.socket:
    """The server's socket, bound now.

    Raises:
        KzjpError: the address is in use or cannot be had (names it and the way out).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not the default 0: asyncio turns Nagle off (TCP_NODELAY) only on accepted
    # sockets whose proto says TCP, and with Nagle on, a response's body waited for the ACK of its
    # headers, which the client delays: 40 ms more per request (docs/scaling.md).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise KzjpError(
            _("cannot listen on {host}:{port}: {reason}; choose another with --port or --host").format(
                host=host, port=port, reason=reason(exc)
            )
        ) from None
    return sock


def run_server(
    home: Path,
    db: str | None,
    host: str,
    port: int,
    *,
    now: Callable[[], dt.datetime],
    warn: Callable[[str], None],
    say: Callable[[str], None],
    workers: int = 1,
) -> None:
    """Migrate the database and serve until interrupted, in ``workers`` processes.

    Raises:
        KzjpError: the port cannot be had, or the database cannot be opened or migrated (the
            message names it, without a password).
    """
    with _listen(host, port) as sock:
        make_data_folder(home)
        url = database_url(db, home)
        engine = connect(url)
        try:
            if engine.url.get_backend_name() == "sqlite" and engine.url.database not in (
                None,
                "",
                ":memory:",
            ):
                _owner_only(Path(str(engine.url.database)))
            migrate(engine)
        except (SQLAlchemyError, OSError) as exc:
            shown = engine.url.render_as_string(hide_password=True)
            raise KzjpError(
                _("cannot open the server database {url}: {reason}").format(
                    url=shown, reason=str(exc).splitlines()[0]
                )
            ) from None
        path, key, made = setup_key(home)
        if made:
            say(_("A new setup key was made and saved in {path}.").format(path=path))
        say(
            _(
                "To create a class: KZJP_TUTOR_SETUP_KEY=$(cat {path}) kzjp-tutor class create NAME --server {url}"
            ).format(path=path, url=f"http://{host}:{port}")
        )
        say(
            _("Serving the class server at http://{host}:{port} (database: {db}); ctrl+c stops it.").format(
                host=host, port=port, db=engine.url.render_as_string(hide_password=True)
            )
        )
        options: dict[str, Any] = {"log_level": "warning", "proxy_headers": True, "server_header": False}
        if workers == 1:
            app = create_app(engine, now=now, setup_key_hash=digest(key), decks=reference_decks([], warn))
            uvicorn.Server(uvicorn.Config(app, host=host, port=port, **options)).run(sockets=[sock])
            return
        engine.dispose()  # each worker opens its own pool
        os.environ[WORKER_ENV] = json.dumps({"url": url, "setup_key_hash": digest(key)})
        config = uvicorn.Config(
            f"{__name__}:worker_app", factory=True, workers=workers, host=host, port=port, **options
        )
        Multiprocess(config, sockets=[sock]).run()


def worker_app() -> FastAPI:
    """The app of one of ``serve --workers N``'s processes, from what :func:`run_server` left in
    :data:`WORKER_ENV` (uvicorn starts each worker from an import string, not an object).

    Workers share the listening socket and the database, nothing else: each has its own pool
    and its own rate-limit buckets, so a key's allowance is N times the per-process rate
    (docs/scaling.md). Their clock is the CLI's (``KZJP_TUTOR_NOW`` when set), and deck notices
    go to the server's log.
    """
    config = json.loads(os.environ[WORKER_ENV])
    return create_app(
        connect(config["url"]),
        now=Clock.from_env().now,
        setup_key_hash=config["setup_key_hash"],
        decks=reference_decks([], log.warning),
    )
