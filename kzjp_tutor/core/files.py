"""Writing a file so that a crash never leaves half of it: temp file, fsync, ``os.replace``.

Settings, exports, reports and imported decks are all written this way.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import KzjpError

__all__ = ["file_mode", "write_atomic"]


def file_mode(path: Path) -> int:
    """The mode a replaced file should get: the old file's, else ordinary ``rw-r--r--``.

    ``mkstemp`` makes ``rw-------`` files, which would surprise whoever shares an export.
    """
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


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
        raise KzjpError(f"cannot write {path}: {exc.strerror or exc}") from None
