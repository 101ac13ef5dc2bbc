"""Opening the progress file safely: checks, moving a damaged file aside, restoring, housekeeping.

Why a damaged file is moved, never deleted: it holds weeks of a student's work, which someone may
still recover. On open, a non-empty file must start with the SQLite header, carry our
``application_id`` (or be an empty SQLite file) and pass ``PRAGMA quick_check`` (on every open of
a file up to :data:`ALWAYS_CHECK_BYTES`; on a larger one, on the first open of each UTC day and
after a damaged page was met, since it reads the whole file). Otherwise it is renamed
``progress.sqlite3.corrupt-<UTC time>`` and the newest good daily backup is restored, or a fresh
database is started. An empty (0-byte or table-less) file beside good backups counts as damage
too: that is what a crashed sync client, a full disk or a ``> progress.sqlite3`` typo leaves.

Why a full disk is not damage: SQLite reports a disk it cannot write (``SQLITE_FULL``,
``SQLITE_IOERR``; ``ENOSPC``/``EFBIG``/``EIO`` from the OS) while merely opening a WAL file, because
it must set up the ``-shm`` index. Reading that as damage once moved a healthy file aside and
started afresh. So errors are told apart by their codes (never by message text): only a FAILED
``quick_check`` (or the check itself finding no database) moves a file that passed its header
check; any other error while opening means "cannot open now" and changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, NamedTuple

from ..errors import StoreError, reason
from ..i18n import N_, ngettext
from ..i18n import gettext as _
from ..migrations import APPLICATION_ID, applied_migrations
from ..paths import DB_FILE
from .backups import BACKUP_DIR, backup_path, clean_leftovers, open_read_only

__all__ = [
    "ALWAYS_CHECK_BYTES",
    "BUSY_TIMEOUT_MS",
    "DB_FILE",
    "Opened",
    "check_marker",
    "connect",
    "is_busy",
    "is_damage",
    "open_checked",
    "open_lock",
    "store_error",
    "telling",
    "unreadable_notice",
]

BUSY_TIMEOUT_MS = 5000
"""How long one statement waits for another program's lock before SQLite reports busy."""
ALWAYS_CHECK_BYTES = 32 * 1024 * 1024
"""Files up to this size (years of daily study) are fully checked on every open."""

SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_DB_BYTES = 512
"""Smallest SQLite page size; a shorter non-empty file cannot be a whole database."""

# ------------------------------------------------------------------ errors, by code

Kind = Literal["busy", "no_room", "damage", "access", "other"]

_SQLITE_KINDS: dict[int, Kind] = {
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_FULL: "no_room",
    sqlite3.SQLITE_IOERR: "no_room",
    sqlite3.SQLITE_CORRUPT: "damage",
    sqlite3.SQLITE_NOTADB: "damage",
    sqlite3.SQLITE_READONLY: "access",
    sqlite3.SQLITE_CANTOPEN: "access",
    sqlite3.SQLITE_PERM: "access",
    sqlite3.SQLITE_AUTH: "access",
}
_ERRNO_KINDS: dict[int, Kind] = {
    errno.ENOSPC: "no_room",
    errno.EFBIG: "no_room",
    errno.EIO: "no_room",
    errno.EDQUOT: "no_room",
    errno.EACCES: "access",
    errno.EPERM: "access",
    errno.EROFS: "access",
    errno.EISDIR: "access",
}


def _kind(exc: BaseException) -> Kind:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None) or 0
        return _SQLITE_KINDS.get(code & 0xFF, "other")  # the low byte is the primary result code
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNO_KINDS.get(exc.errno, "other")
    return "other"


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` means another connection holds the lock (worth waiting and retrying)."""
    return _kind(exc) == "busy"


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the file itself is not a sound database (corrupt, or not a database)."""
    return _kind(exc) == "damage"


Doing = Literal["opened", "used", "restored"]

_NO_ROOM: dict[Doing, str] = {
    # One whole sentence per step: the verb's form differs by language, so it is not a blank to fill.
    "opened": N_(
        "the progress database {path} cannot be opened now: the disk is full or cannot be written "
        "({reason}). Nothing was moved or deleted; free some space and try again"
    ),
    "used": N_(
        "the progress database {path} cannot be used now: the disk is full or cannot be written "
        "({reason}). Nothing was moved or deleted; free some space and try again"
    ),
    "restored": N_(
        "the progress database {path} cannot be restored now: the disk is full or cannot be written "
        "({reason}). Nothing was moved or deleted; free some space and try again"
    ),
}


def store_error(exc: BaseException, path: Path, doing: Doing = "opened") -> StoreError:
    """A StoreError for ``exc`` met while using the database at ``path``: what happened and what to do."""
    kind = _kind(exc)
    if kind == "busy":
        return StoreError(
            _(
                "the progress database {path} is kept busy by another kzjp-tutor; close it and try again"
            ).format(path=path)
        )
    if kind == "no_room":
        return StoreError(_(_NO_ROOM[doing]).format(path=path, reason=reason(exc)))
    if kind == "damage":
        return StoreError(
            _(
                "the progress database {path} is damaged ({reason}); run kzjp-tutor again to move it "
                "aside and restore the latest backup"
            ).format(path=path, reason=reason(exc))
        )
    if kind == "access":
        return _access_error(path, reason(exc))
    return StoreError(
        _("the progress database {path} failed: {reason}").format(path=path, reason=reason(exc))
    )


def _access_error(path: Path, detail: str) -> StoreError:
    """Name what cannot be used -- the folder or the file -- as far as ``access()`` can tell."""
    home = path.parent
    if path.is_dir():
        return StoreError(
            _(
                "{path} is a folder, but kzjp-tutor keeps your progress database under that name; "
                "move or rename the folder and try again"
            ).format(path=path)
        )
    if path.exists() and not os.access(path, os.R_OK):
        return StoreError(
            _(
                "the progress database {path} cannot be read ({reason}); make it readable and writable "
                "for you (chmod u+rw {path}) and try again"
            ).format(path=path, reason=detail)
        )
    if path.exists() and not os.access(path, os.W_OK):
        return StoreError(
            _(
                "the progress database {path} is read-only ({reason}), so your answers could not be "
                "saved; make it writable (chmod u+w {path}) and try again"
            ).format(path=path, reason=detail)
        )
    if not os.access(home, os.W_OK | os.X_OK):
        return StoreError(
            _(
                "the data folder {folder} is read-only ({reason}); kzjp-tutor must write your progress "
                "there: make it writable, or choose another folder with KZJP_TUTOR_HOME"
            ).format(folder=home, reason=detail)
        )
    return StoreError(_("cannot use the progress database {path}: {reason}").format(path=path, reason=detail))


@contextlib.contextmanager
def telling(notices: list[str]) -> Iterator[None]:
    """Put the notices so far in front of a StoreError raised inside.

    A notice says where a damaged file went; if a later step fails, the caller only sees the
    error, so without this the student would never learn that their file was moved.
    """
    try:
        yield
    except StoreError as exc:
        if not notices:
            raise
        raise StoreError("\n".join([*notices, str(exc)])) from None


# ------------------------------------------------------------------ connecting and checking


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode that waits :data:`BUSY_TIMEOUT_MS` for locks.

    It reads nothing yet (even a PRAGMA may read the schema), so that damage is judged by the
    checks of :func:`open_checked`, not by whichever statement happens to come first.
    """
    try:
        return sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise store_error(exc, path) from None


def _file_problem(path: Path) -> str | None:
    """Why the file is unusable before SQLite even opens it, or None (also for a missing/empty file).

    Raises:
        StoreError: the path cannot be used at all (a folder, unreadable, the disk fails).
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise store_error(exc, path) from None
    if stat.S_ISDIR(info.st_mode):
        raise _access_error(path, _("it is a folder"))
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would hang or stream forever
        raise StoreError(_("{path} is not a regular file; move it away and try again").format(path=path))
    if info.st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise store_error(exc, path) from None
    if header != SQLITE_HEADER:
        return _("not an SQLite database")
    if info.st_size < _MIN_DB_BYTES:
        return ngettext("truncated to {size} byte", "truncated to {size} bytes", info.st_size).format(
            size=info.st_size
        )
    return None


def check_marker(home: Path) -> Path:
    """A file whose presence asks the next open for a full check (damage was met while running)."""
    return home / f".{DB_FILE}.needs-check"


def _full_check_due(home: Path, now: dt.datetime) -> bool:
    """Whether this open must run ``PRAGMA quick_check``.

    It reads every page: milliseconds on a real student's file, so every open of a file up to
    :data:`ALWAYS_CHECK_BYTES` runs it. On a larger one (about 0.2 s on a 280 MB, million-review
    file) it runs on the first open of each UTC day -- which then makes the day's backup, so a
    backup is always of a checked file -- and whenever a damaged page was met while running. Other
    opens still check the header, the application id and the schema.
    """
    try:
        size = (home / DB_FILE).stat().st_size
    except OSError:
        size = 0
    if size <= ALWAYS_CHECK_BYTES:
        return True
    return not backup_path(home, now).exists() or check_marker(home).exists()


def _db_problem(db: sqlite3.Connection, path: Path, *, full: bool = True) -> str | None:
    """Why an open database is unusable (damaged or someone else's), or None.

    Raises:
        StoreError: the check could not run (busy, disk full, no access): not a verdict on the file.
    """
    try:
        if full:
            result = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                return _("integrity check failed: {detail}").format(detail=result[0])
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            return _("it belongs to another program")
        if app_id == APPLICATION_ID:
            applied_migrations(db)
    except sqlite3.Error as exc:
        if not is_damage(exc):
            raise store_error(exc, path) from None
        if full:
            return _("damaged: {reason}").format(reason=reason(exc))  # the check found no sound database
        return _db_problem(db, path, full=True)  # never move a file aside on a cheap check alone
    return None


def _has_tables(db: sqlite3.Connection) -> bool:
    return bool(db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])


def _good_backups(home: Path) -> Iterator[Path]:
    """The daily backups that pass every check, newest first."""
    for candidate in sorted((home / BACKUP_DIR).glob("progress-*.sqlite3"), reverse=True):
        try:
            if _file_problem(candidate) is not None:
                continue
            probe = open_read_only(candidate)
        except (StoreError, sqlite3.Error):
            continue
        try:
            if _db_problem(probe, candidate) is None and _has_tables(probe):
                yield candidate
        except (StoreError, sqlite3.Error):
            continue
        finally:
            probe.close()


def _stage_restore(home: Path, path: Path, problem: str) -> tuple[Path, Path] | None:
    """Copy the newest good backup to a temp beside ``path``: (temp, backup), or None if there is none.

    Staged BEFORE anything is moved, so a disk too full for the copy leaves everything in place.
    """
    for candidate in _good_backups(home):
        temp = path.with_name(f".{path.name}.restore-{os.getpid()}")
        try:
            shutil.copyfile(candidate, temp)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            if _kind(exc) == "no_room":
                raise StoreError(
                    _(
                        "the progress database {path} is unusable ({problem}), but there is no room to "
                        "restore the backup {backup} ({reason}); nothing was moved. Free some space and "
                        "try again"
                    ).format(path=path, problem=problem, backup=candidate.name, reason=reason(exc))
                ) from None
            continue
        return temp, candidate
    return None


def _move_aside(path: Path, now: dt.datetime) -> Path:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        # Companions first: a stale -wal left beside a fresh database would be replayed into it.
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        os.replace(path, target)
    except OSError as exc:
        raise StoreError(
            _("the progress database {path} is unusable and could not be moved aside: {reason}").format(
                path=path, reason=reason(exc)
            )
        ) from None
    return target


class Opened(NamedTuple):
    """What :func:`open_checked` hands to the store."""

    db: sqlite3.Connection
    notices: list[str]
    """What the student must be told (a file moved aside, a backup restored)."""
    moved_aside: Path | None
    restored_from: Path | None
    checked: bool
    """Whether the whole file was read by this open's checks (see :func:`_full_check_due`)."""


def open_checked(home: Path, now: dt.datetime) -> Opened:
    """Connect to ``HOME/progress.sqlite3`` after checking it, repairing it if it is damaged.

    Call it holding :func:`open_lock`. The schema is not migrated here.

    Raises:
        StoreError: the file cannot be used now (a folder, no access, busy, the disk is full); the
            message says what to do, and nothing was moved.
    """
    path = home / DB_FILE
    existed = path.exists()
    problem = _file_problem(path)
    with contextlib.suppress(OSError):
        clean_leftovers(home)
    if problem is None:
        db = connect(path)
        try:
            full = _full_check_due(home, now)
            problem = _db_problem(db, path, full=full)
            if problem is None and full:
                check_marker(home).unlink(missing_ok=True)
            if problem is None and existed and not _has_tables(db) and next(_good_backups(home), None):
                problem = _("it is empty although there are backups")
        except sqlite3.Error as exc:
            db.close()
            raise store_error(exc, path) from None
        except BaseException:
            db.close()
            raise
        if problem is None:
            return Opened(db, [], None, None, full)
        db.close()
    staged = _stage_restore(home, path, problem)
    try:
        moved = _move_aside(path, now)
    except StoreError:
        if staged:
            staged[0].unlink(missing_ok=True)
        raise
    restored = staged[1] if staged else None
    if restored:
        notice = _(
            "the progress database {path} was unusable ({problem}); it was moved to {moved} and the "
            "backup {backup} was restored"
        ).format(path=path, problem=problem, moved=moved, backup=restored.name)
    else:
        notice = _(
            "the progress database {path} was unusable ({problem}); it was moved to {moved}; starting afresh"
        ).format(path=path, problem=problem, moved=moved)
    notices = [notice]
    with telling(notices):
        if staged:
            try:
                os.replace(staged[0], path)
            except OSError as exc:
                raise store_error(exc, path, "restored") from None
        return Opened(connect(path), notices, moved, restored, True)


def unreadable_notice(db: sqlite3.Connection) -> list[str]:
    """A notice naming the cards whose stored schedule is not even JSON, or nothing.

    ``quick_check`` does not look inside values, so a hand-edited or damaged row passes it; this
    scan (in SQLite, no Python decoding) lets the student hear about it before studying. It parses
    every row (about 110 ms on 100,000 cards), so it runs with the full check, not on every open
    of a large file; reads skip such rows in any case.
    """
    rows = db.execute(
        "SELECT deck_id, card_id FROM card_state WHERE json_valid(fsrs) = 0 ORDER BY deck_id, card_id"
    ).fetchall()
    if not rows:
        return []
    names = ", ".join(f"{deck}/{card}" for deck, card in rows[:5]) + (", …" if len(rows) > 5 else "")
    return [
        ngettext(
            "{count} card has a saved schedule that cannot be read ({names}); it is left out of study. "
            "Run `kzjp-tutor stats --repair` to start it again as a new card (its past answers stay in "
            "the history)",
            "{count} cards have a saved schedule that cannot be read ({names}); they are left out of "
            "study. Run `kzjp-tutor stats --repair` to start them again as new cards (their past answers "
            "stay in the history)",
            len(rows),
        ).format(count=len(rows), names=names)
    ]


@contextlib.contextmanager
def open_lock(home: Path) -> Iterator[None]:
    """Serialise the check-repair-migrate phase of opening between programs.

    Without it, one program could inspect the file while another is creating it and mistake
    a half-made file for a damaged one. Held only while opening; a no-op where ``fcntl`` is
    missing (Windows) or the lock file cannot be made (a read-only folder, where nothing can be
    created or moved anyway and the open reports why), since SQLite's own locking still
    protects every transaction.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        handle = (home / f".{DB_FILE}.open-lock").open("a")
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
