"""The daily backups in ``HOME/backups/``: writing, counting, rotating and cleaning up after them.

Why backups are rotated with care: a backup is the last copy of work the live file may have lost
(emptied by a sync client, reset by hand). Keeping only the newest seven would, a week later,
delete exactly the copy that still held the answers; so the newest backup holding more answers
than the live file is kept beyond the limit (:func:`rotate_backups`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from ..paths import BACKUP_DIR

__all__ = [
    "BACKUP_DIR",
    "KEEP_BACKUPS",
    "backup_path",
    "clean_leftovers",
    "open_read_only",
    "review_total",
    "rotate_backups",
    "write_backup",
]

KEEP_BACKUPS = 7
"""How many daily backups are kept; older ones are removed (see :func:`rotate_backups`)."""


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup that writes nothing beside it (no ``-wal``/``-shm``)."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def backup_path(home: Path, now: dt.datetime) -> Path:
    """Where the backup of ``now``'s UTC day is kept."""
    return home / BACKUP_DIR / f"progress-{now.astimezone(dt.UTC):%Y-%m-%d}.sqlite3"


def write_backup(db: sqlite3.Connection, target: Path) -> None:
    """Copy ``db`` to ``target`` through a temp, so a half-written backup never carries its name.

    Uses the SQLite online backup API, so it is consistent even while another program writes;
    the copy is switched to rollback-journal mode so that opening it later (to restore or count
    it) leaves no ``-wal``/``-shm`` beside it.

    Raises:
        OSError, sqlite3.Error: the folder or the disk cannot take the copy (the temp is removed).
    """
    folder = target.parent
    temp = folder / f".{target.name}.tmp-{os.getpid()}"
    try:
        folder.mkdir(exist_ok=True)
        clean_leftovers(folder)
        temp.unlink(missing_ok=True)
        dest = sqlite3.connect(temp)
        try:
            db.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dest.close()
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise


def review_total(path: Path) -> int:
    """How many answers a backup holds (0 if it cannot be read); from the roll-up when it has one."""
    try:
        probe = open_read_only(path)
    except sqlite3.Error:
        return 0
    try:
        for sql in (
            "SELECT coalesce(sum(reviews), 0) FROM daily",
            "SELECT count(*) FROM review WHERE undone = 0",  # a backup from before the roll-up
        ):
            with contextlib.suppress(sqlite3.Error):
                return int(probe.execute(sql).fetchone()[0])
        return 0
    finally:
        probe.close()


def rotate_backups(folder: Path, live_reviews: int) -> None:
    """Keep the newest :data:`KEEP_BACKUPS` backups, and never the last one with more than the live file.

    If the live file lost answers (emptied, reset) and nobody noticed, the daily backups made
    since hold the loss too; the newest older backup that holds more answers than ``live_reviews``
    is then kept beyond the limit, so the work stays recoverable.
    """
    backups = sorted(folder.glob("progress-*.sqlite3"))
    old, kept = backups[:-KEEP_BACKUPS], backups[-KEEP_BACKUPS:]
    if not old:
        return
    if not any(review_total(backup) > live_reviews for backup in kept):
        for backup in reversed(old):
            if review_total(backup) > live_reviews:
                old.remove(backup)
                break
    for backup in old:
        for companion in (backup, *_companions(backup)):
            companion.unlink(missing_ok=True)


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


_TEMP = re.compile(r"^\.progress.*\.(?:tmp|restore)-(\d+)(?:-journal|-wal|-shm)?$")
"""A temp of a backup or restore in progress: ``.<name>.tmp-<pid>`` and its SQLite companions."""


def clean_leftovers(folder: Path) -> None:
    """Remove what killed or read-only runs left: temps of dead programs, ``-shm`` and empty ``-wal``.

    For the home folder (restore temps) and the backups folder (backup temps, and the companions
    that opening a backup made before backups were written in rollback-journal mode). A ``-wal``
    with content beside a backup is left alone: it is someone's writes, not ours.
    """
    for leftover in folder.iterdir():
        match = _TEMP.match(leftover.name)
        backup_companion = leftover.name.startswith("progress-") and leftover.name.endswith(
            (".sqlite3-shm", ".sqlite3-wal")
        )
        if (match and not _pid_alive(int(match.group(1)))) or (
            backup_companion and (leftover.name.endswith("-shm") or leftover.stat().st_size == 0)
        ):
            leftover.unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but belongs to someone else
    return True
