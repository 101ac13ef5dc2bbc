"""Errors the core raises, each carrying what a person needs to act on it.

Also the one home of the reasons that come from below the program (the OS, SQLite, Python's TOML
parser): those arrive in English whatever the interface's language, so :func:`reason` and
:func:`toml_reason` put the ones a student can meet into the catalog's words.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .i18n import N_
from .i18n import gettext as _

__all__ = [
    "DeckError",
    "KzjpError",
    "Problem",
    "StoreError",
    "TomlReason",
    "UsageError",
    "reason",
    "toml_reason",
]


class KzjpError(Exception):
    """Base of every error the program explains to its user instead of showing a traceback."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a deck file, located as precisely as the file allows."""

    file: str
    message: str
    line: int | None = None
    section: str | None = None
    card: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        owner = []
        if self.section is not None:
            owner.append(_("section {name}").format(name=repr(self.section)))
        if self.card is not None:
            owner.append(_("card {name}").format(name=repr(self.card)))
        if owner:
            parts.append(" ".join(owner))
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


class DeckError(KzjpError):
    """A deck file that cannot be used, with every problem found in it at once."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class UsageError(KzjpError):
    """The command line asks for something that does not exist (an unknown deck id, a missing file).

    Why a type of its own: it exits with 2, like argparse's own usage errors, so scripts can tell
    "you asked wrongly" from "the data is bad" (1).
    """


class StoreError(KzjpError):
    """The progress database cannot be used as asked; the message says what to do."""


# ------------------------------------------------------------------ reasons from below

_ERRNO_REASONS: Final[dict[int, str]] = {
    # The English is glibc's strerror, so an English message reads as it always did.
    errno.ENOSPC: N_("No space left on device"),
    errno.EDQUOT: N_("Disk quota exceeded"),
    errno.EFBIG: N_("File too large"),
    errno.EIO: N_("Input/output error"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.EROFS: N_("Read-only file system"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.ENOENT: N_("No such file or directory"),
    errno.EEXIST: N_("File exists"),
    errno.ENAMETOOLONG: N_("File name too long"),
    errno.ELOOP: N_("Too many levels of symbolic links"),
    errno.EADDRINUSE: N_("Address already in use"),
    errno.EADDRNOTAVAIL: N_("Cannot assign requested address"),
    errno.ECONNREFUSED: N_("Connection refused"),
    errno.ECONNRESET: N_("Connection reset by peer"),
    errno.ETIMEDOUT: N_("Connection timed out"),
    errno.EHOSTUNREACH: N_("No route to host"),
    errno.ENETUNREACH: N_("Network is unreachable"),
    errno.EBUSY: N_("Device or resource busy"),
    errno.EINVAL: N_("Invalid argument"),
}
_SQLITE_REASONS: Final[dict[int, str]] = {
    # SQLite's own words (sqlite3_errstr) by primary result code, written as numbers so that a
    # deck check does not import sqlite3 just to word an error it cannot meet.
    3: N_("access permission denied"),  # SQLITE_PERM
    5: N_("database is locked"),  # SQLITE_BUSY
    6: N_("database table is locked"),  # SQLITE_LOCKED
    8: N_("attempt to write a readonly database"),  # SQLITE_READONLY
    10: N_("disk I/O error"),  # SQLITE_IOERR
    11: N_("database disk image is malformed"),  # SQLITE_CORRUPT
    13: N_("database or disk is full"),  # SQLITE_FULL
    14: N_("unable to open database file"),  # SQLITE_CANTOPEN
    26: N_("file is not a database"),  # SQLITE_NOTADB
}


def reason(exc: BaseException) -> str:
    """Why the OS or SQLite refused, in the interface's language when the catalog knows the reason.

    Told by code, never by message text (which is not an API); an unknown code keeps the
    original words rather than saying nothing.
    """
    code = getattr(exc, "sqlite_errorcode", None)  # set on every sqlite3.Error
    if isinstance(code, int) and code & 0xFF in _SQLITE_REASONS:  # the low byte: the primary code
        return _(_SQLITE_REASONS[code & 0xFF])
    if isinstance(exc, OSError) and exc.errno in _ERRNO_REASONS:
        return _(_ERRNO_REASONS[exc.errno])
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


_TOML_AT: Final = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|(end of document))\)$")
_TOML_FIXED: Final = frozenset(
    # Python's tomllib messages, word for word (3.11-3.13).
    (
        N_("Cannot overwrite a value"),
        N_("Unescaped '\\' in a string"),
        N_("Unterminated string"),
        N_("Unclosed inline table"),
        N_("Unclosed array"),
        N_("Invalid value"),
        N_("Invalid statement"),
        N_("Expected newline or end of document after a statement"),
        N_("Invalid initial character for a key part"),
        N_("Invalid hex value"),
        N_("Invalid date or datetime"),
        N_("Expected ']]' at the end of an array declaration"),
        N_("Expected ']' at the end of a table declaration"),
        N_("Expected '=' after a key in a key/value pair"),
        N_("Escaped character is not a Unicode scalar value"),
    )
)
_TOML_WITH_VALUE: Final = (
    (re.compile(r"Cannot mutate immutable namespace (.+)"), N_("Cannot mutate immutable namespace {value}")),
    (re.compile(r"Illegal character (.+)"), N_("Illegal character {value}")),
    (re.compile(r"Found invalid character (.+)"), N_("Found invalid character {value}")),
    (re.compile(r"Duplicate inline table key (.+)"), N_("Duplicate inline table key {value}")),
    (re.compile(r"Cannot redefine namespace (.+)"), N_("Cannot redefine namespace {value}")),
    (re.compile(r"Cannot declare (.+) twice"), N_("Cannot declare {value} twice")),
    (re.compile(r"Expected (.+)"), N_("Expected {value}")),
)


@dataclass(frozen=True, slots=True)
class TomlReason:
    """A TOML syntax error as :func:`toml_reason` reads it: what is wrong, and where."""

    text: str
    """What is wrong, in the interface's language (tomllib's words when the catalog lacks them)."""
    line: int | None = None
    column: int | None = None
    at_end: bool = False
    """The file ended where more was expected (tomllib names no line then)."""

    def __str__(self) -> str:
        if self.line is not None:
            return _("{reason} (at line {line}, column {column})").format(
                reason=self.text, line=self.line, column=self.column
            )
        if self.at_end:
            return _("{reason} (at end of document)").format(reason=self.text)
        return self.text


def toml_reason(exc: ValueError) -> TomlReason:
    """What a ``tomllib.TOMLDecodeError`` says, split from where it says it, in the catalog's words.

    Its text is the only API tomllib offers before Python 3.14; a message this does not know
    (a newer Python's wording) is kept as it is.
    """
    message = str(exc)
    found = _TOML_AT.search(message)
    text = message[: found.start()] if found else message
    line = column = None
    if found and found.group(1):
        line, column = int(found.group(1)), int(found.group(2))
    at_end = bool(found and found.group(3))
    if text in _TOML_FIXED:
        return TomlReason(_(text), line, column, at_end)
    for pattern, template in _TOML_WITH_VALUE:
        if matched := pattern.fullmatch(text):
            return TomlReason(_(template).format(value=matched.group(1)), line, column, at_end)
    return TomlReason(text, line, column, at_end)
