"""The user's files: written so that a crash never leaves half of one, never written over by surprise.

Settings, exports, reports and imported decks are all written with :func:`write_atomic` (temp
file, fsync, ``os.replace``). Every ``--out`` goes through :func:`check_target` first: an
existing file is replaced only with ``--force``, and the progress database and the settings
file are never replaced at all. Typed input goes through :func:`read_text_line`, so a byte that
is not UTF-8 is one refused line, whatever the terminal's locale says.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TextIO

from .errors import KzjpError, reason
from .i18n import gettext as _
from .paths import is_program_file
from .visible import visible

__all__ = ["check_target", "file_mode", "make_data_folder", "read_text_line", "write_atomic"]


def file_mode(path: Path) -> int:
    """The mode a replaced file should get: the old file's, else ordinary ``rw-r--r--``.

    ``mkstemp`` makes ``rw-------`` files, which would surprise whoever shares an export.
    """
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def make_data_folder(folder: Path, error: type[KzjpError] = KzjpError) -> None:
    """Create a folder that holds a database, or raise ``error`` saying which folder and why.

    The study store and the class server both keep their database in a folder they may have to
    make; one home for that step keeps their message the same (and translated once).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise error(
            _("cannot create the data folder {folder}: {reason}").format(folder=folder, reason=reason(exc))
        ) from None


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temp file in the same folder and ``os.replace``.

    Raises:
        KzjpError: the folder cannot be written.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            os.chmod(tmp, file_mode(path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise KzjpError(_("cannot write {path}: {reason}").format(path=path, reason=reason(exc))) from None


def check_target(path: Path, *, force: bool, home: Path) -> None:
    """Refuse an output path that would lose a file the user did not mean to lose.

    Called before any work is done, so a refusal costs nothing. The progress database (with its
    ``-wal``/``-shm``, backups and moved-aside copies) and the settings file are refused even
    with ``force``: an export written over ``progress.sqlite3`` makes the next run start afresh.

    Raises:
        KzjpError: the target is one of the program's own files, a folder, in a missing folder,
            or an existing file and ``force`` is false.
    """
    shown = visible(str(path))  # a file name is data too: no terminal control, no lone surrogate
    if is_program_file(path, home):
        raise KzjpError(
            _("{path} is one of kzjp-tutor's own files in {home}; write elsewhere").format(
                path=shown, home=visible(str(home))
            )
        )
    if path.is_dir():
        raise KzjpError(_("{path} is a folder; give a file name").format(path=shown))
    if not path.parent.is_dir():
        raise KzjpError(
            _("cannot write {path}: there is no folder {folder}").format(
                path=shown, folder=visible(str(path.parent))
            )
        )
    if not force and (path.exists() or path.is_symlink()):
        raise KzjpError(_("{path} exists; pass --force to replace it").format(path=shown))


def read_text_line(stream: TextIO) -> str:
    """One line of typed input as UTF-8 text; ``""`` at end of input.

    The bytes are decoded here, strictly, rather than by the locale's codec: a C locale hands
    back lone surrogates that later crash SQLite or ``print``, and a strict UTF-8 locale raises
    in the middle of a loop. Either way one bad line would end the session.

    Raises:
        UnicodeError: the line is not valid UTF-8 (or holds a lone surrogate). The line has been
            consumed, so the caller can report it and read the next one.
    """
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        raw: bytes = buffer.readline()
        return raw.decode("utf-8")  # strict UTF-8 never yields a surrogate
    line = stream.readline()
    line.encode("utf-8")  # a stream of str (a test, a wrapper) may still carry lone surrogates
    return line
