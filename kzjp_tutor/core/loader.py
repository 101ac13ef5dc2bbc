"""Reading deck files: bytes → text → TOML → :class:`~kzjp_tutor.core.deck.Deck`.

Deck files are untrusted input written by hand, so every step here turns failure into a
:class:`~kzjp_tutor.core.errors.DeckError` listing *all* problems, each located by file, line,
section, card and field (the locating and wording live in :mod:`.deck_problems`). Nothing else
may escape: the property and fuzz tests feed this module arbitrary bytes.

``tomllib`` is pure Python and can be driven quadratic (a dotted key with 20,000 parts), into
deep recursion (1,000 nested arrays) or into ``int()``'s 4,300-digit limit. Rather than pay for
a child process on every load, a pre-scan refuses such shapes before the parser sees them. The
pre-scan itself must never be the slow part, so it uses only operations that are linear with a
small constant whatever the input: possessive regular expressions (no backtracking, no per
character stack) to blank out strings and comments, and ``bytes.translate``/``replace``/``in``
to count dots per key and bracket depth. ``bench/bench_loader.py`` measures both the cost on a
normal deck and the time to refuse hostile ones.

A path that is not a regular file (a FIFO, a device) is refused without being opened for
reading, because opening a FIFO blocks until someone writes to it.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from .deck import ID_PATTERN, MAX_ID_LENGTH, Deck
from .deck_problems import deck_field_line, locate_line, validation_problems
from .errors import DeckError, Problem, toml_reason
from .i18n import N_
from .i18n import gettext as _
from .paths import bundled_decks_dir, deck_files_in

__all__ = [
    "DECK_ID_HEAD_BYTES",
    "MAX_DECK_BYTES",
    "MAX_INT_DIGITS",
    "MAX_KEY_PARTS",
    "MAX_NESTING",
    "bundled_deck_ids",
    "deck_id_clashes",
    "deck_paths",
    "load_deck",
    "parse_deck",
    "read_deck_id",
]

MAX_DECK_BYTES = 16 * 1024 * 1024
"""A 10,000-card deck is about 8 MB; anything beyond twice that is not a hand-written deck."""
MAX_NESTING = 16
"""Deepest array/inline-table nesting accepted; a real deck needs 3."""
MAX_KEY_PARTS = 32
"""Most parts in one dotted key; a real deck needs 2 (``sections.cards``)."""
MAX_INT_DIGITS = 30
"""Most digits in an integer literal. A deck's numbers are at most 10^15 (see ``NumberCard``);
Python refuses to read integers of more than 4,300 digits, so longer ones are refused here with
their line instead."""
DECK_ID_HEAD_BYTES = 64 * 1024
"""How much of a file :func:`read_deck_id` reads: the ``[deck]`` table of a real deck, with a
long description and comments above it, fits many times over."""

_STRINGS = re.compile(
    # Possessive (`*+`, `++`): once a run is consumed it is never given back, so a 15 MB string
    # costs one pass and no memory per character.
    r'"""(?:[^"\\]++|\\.|"(?!""))*+"""'
    r"|'''(?:[^']++|'(?!''))*+'''"
    r'|"(?:[^"\\\n]++|\\.)*+"'
    r"|'[^'\n]*+'"
    r"|#[^\n]*+",
    re.DOTALL,
)
_LONG = f"{{{MAX_INT_DIGITS + 1},}}+"
_LONG_INT = re.compile(f"0[xX][0-9a-fA-F_]{_LONG}|0[oO][0-7_]{_LONG}|0[bB][01_]{_LONG}|[0-9_]{_LONG}")
_FLOAT_TAIL = re.compile(r"\.[0-9]|[eE][+-]?[0-9]")


def _key_role(byte: int) -> int:
    char = chr(byte)
    if byte >= 0x80 or char.isalnum() or char in "_-":
        return ord("w")
    return ord(" " if char in " \t" else "." if char == "." else "|")


_KEY_SHAPE = bytes(_key_role(byte) for byte in range(256))
"""Maps a byte to its role in a dotted key: w (part of a bare key), '.', ' ' (space or tab), or
| (anything that ends a key)."""
_LONG_KEY = b"w" + b".w" * MAX_KEY_PARTS
_OPEN, _CLOSE = b"[{", b"]}"
_BRACKETS = bytes.maketrans(_OPEN + _CLOSE, b"((" + b"))")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in _OPEN + _CLOSE)
_DECK_HEADER = re.compile(r"^[ \t]*\[[ \t]*deck[ \t]*\][^\n]*", re.MULTILINE)
_ANY_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
_FILE_KINDS = (
    (stat.S_ISFIFO, N_("is a named pipe (FIFO), not a deck file; give the path of a .toml file")),
    (stat.S_ISCHR, N_("is a character device, not a deck file; give the path of a .toml file")),
    (stat.S_ISBLK, N_("is a block device, not a deck file; give the path of a .toml file")),
    (stat.S_ISSOCK, N_("is a socket, not a deck file; give the path of a .toml file")),
)


def deck_paths(paths: list[Path]) -> list[Path]:
    """Expand folders into their ``*.toml`` files (sorted), keeping files as given.

    Raises:
        FileNotFoundError: naming the first path that does not exist.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(deck_files_in(path))
        elif path.exists():
            found.append(path)
        else:
            raise FileNotFoundError(str(path))
    return found


def load_deck(path: Path | str) -> Deck:
    """Read and validate one deck file.

    Raises:
        DeckError: with every problem found, never any other exception for bad content.
    """
    name = str(path)
    with _open_deck_file(Path(path)) as handle:
        data = handle.read(MAX_DECK_BYTES + 1)
    return parse_deck(data, name)


def read_deck_id(path: Path | str) -> str | None:
    """The deck id written in a deck file, reading at most :data:`DECK_ID_HEAD_BYTES` of it.

    For finding a deck by id among many files without reading (or even opening, for a FIFO) any
    of them whole. The file is not validated: a file with an id may still be an invalid deck.

    Returns:
        The ``id`` of the ``[deck]`` table, if the file is a regular file whose head holds a
        complete ``[deck]`` table with a well-formed id; otherwise None (a missing, unreadable or
        special file, no ``[deck]`` table near the top, not TOML).
    """
    try:
        with _open_deck_file(Path(path)) as handle:
            head = handle.read(DECK_ID_HEAD_BYTES)
    except DeckError:
        return None
    whole = len(head) < DECK_ID_HEAD_BYTES
    text = head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace").replace("\r\n", "\n")
    deck_header = _DECK_HEADER.search(text)
    # The [deck] table ends at the next header; a header-like line inside a multi-line string
    # gives a prefix that does not parse, and the next cut is tried.
    cuts = [m.start() for m in _ANY_HEADER.finditer(text, deck_header.end())][:8] if deck_header else []
    if whole:
        cuts.append(len(text))
    for cut in cuts:
        try:
            raw = _parse_toml(text[:cut], "<head>")
        except DeckError:
            continue
        info = raw.get("deck")
        deck_id = info.get("id") if isinstance(info, dict) else None
        if isinstance(deck_id, str) and len(deck_id) <= MAX_ID_LENGTH and re.match(ID_PATTERN, deck_id):
            return deck_id
        if isinstance(info, dict):
            return None  # the table was read whole: it has no usable id
    return None


def bundled_deck_ids() -> dict[str, Path]:
    """Each bundled deck's id and its file, read from the head of each file only."""
    found: dict[str, Path] = {}
    folder = bundled_decks_dir()
    for path in deck_files_in(folder) if folder.is_dir() else []:
        if (deck_id := read_deck_id(path)) is not None:
            found.setdefault(deck_id, path.resolve())
    return found


def deck_id_clashes(decks: Sequence[tuple[Path, str]], bundled: Mapping[str, Path]) -> list[Problem]:
    """Where decks meet, a deck id may name only one file: the problems when it names more.

    The one home of this rule (``validate``, and wherever decks are gathered, ask it). Progress
    is keyed by deck id, so two files with one id would share, and scramble, one schedule: the
    later file is refused, naming the earlier one. A deck outside the bundled folder that takes
    a bundled deck's id is refused the same way, even alone, because the student's progress on
    the course deck would become its progress.

    Args:
        decks: (file, deck id) of every deck gathered, in the order given.
        bundled: each bundled deck's id and its resolved file (:func:`bundled_deck_ids`).
    """
    problems: list[Problem] = []
    first: dict[str, Path] = {}
    for path, deck_id in decks:
        resolved = path.resolve()
        name = str(path)
        line = _deck_id_line(path)
        owner = bundled.get(deck_id)
        if owner is not None and owner != resolved:
            message = _(
                "deck id {id} is the id of the bundled deck {other}; progress is keyed by deck id, "
                "so a deck of your own needs an id of its own (for example {example})"
            ).format(id=repr(deck_id), other=owner.name, example=repr(f"{deck_id}-my"))
            problems.append(Problem(name, message, line=line, field="deck.id"))
        elif deck_id in first and first[deck_id] != resolved:
            message = _(
                "deck id {id} is also the id of {other}; progress is keyed by deck id, "
                "so give one of the two decks another id"
            ).format(id=repr(deck_id), other=first[deck_id])
            problems.append(Problem(name, message, line=line, field="deck.id"))
        first.setdefault(deck_id, resolved)
    return problems


def _deck_id_line(path: Path) -> int | None:
    try:
        with _open_deck_file(path) as handle:
            head = handle.read(DECK_ID_HEAD_BYTES)
    except DeckError:
        return None
    return deck_field_line(head.decode("utf-8", errors="replace"), "id")


@contextmanager
def _open_deck_file(path: Path) -> Iterator[BinaryIO]:
    """Open a deck file for reading, refusing anything but a regular file within the size cap.

    The type and size are checked with ``stat`` before opening, and again on the open file
    (opened non-blocking, so a FIFO swapped in between cannot block), because opening a FIFO
    for reading waits for a writer forever.
    """
    name = str(path)
    try:
        _check_file(name, os.stat(path))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise DeckError(name, [Problem(name, _("no such file; check the path"))]) from None
    except IsADirectoryError:
        raise DeckError(name, [Problem(name, _("is a folder, not a deck file"))]) from None
    except OSError as exc:
        raise DeckError(name, [_unreadable(name, exc)]) from None
    with os.fdopen(fd, "rb") as handle:
        _check_file(name, os.fstat(handle.fileno()))
        try:
            yield handle
        except OSError as exc:
            raise DeckError(name, [_unreadable(name, exc)]) from None


def _unreadable(name: str, exc: OSError) -> Problem:
    return Problem(name, _("cannot be read: {reason}").format(reason=exc.strerror or exc))


def _check_file(name: str, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise DeckError(name, [Problem(name, _("is a folder, not a deck file"))])
    if not stat.S_ISREG(info.st_mode):
        label = next(
            (label for test, label in _FILE_KINDS if test(info.st_mode)),
            N_("is not a regular file, not a deck file; give the path of a .toml file"),
        )
        raise DeckError(name, [Problem(name, _(label))])
    if info.st_size > MAX_DECK_BYTES:
        raise DeckError(name, [_too_large(name)])


def _too_large(name: str) -> Problem:
    message = _("file is larger than {size} MB; split it into decks")
    return Problem(name, message.format(size=MAX_DECK_BYTES // (1024 * 1024)))


def parse_deck(data: bytes, name: str = "<deck>") -> Deck:
    """Validate a deck given as raw bytes; ``name`` is used in messages.

    Raises:
        DeckError: with every problem found.
    """
    text = _decode(data, name)
    raw = _parse_toml(text, name)
    try:
        return Deck.model_validate(raw)
    except ValidationError as exc:
        raise DeckError(name, validation_problems(exc, raw, text, name)) from None


def _parse_toml(text: str, name: str) -> dict[str, Any]:
    _prescan(text, name)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DeckError(name, [_syntax_problem(exc, text, name)]) from None
    except RecursionError:
        raise DeckError(name, [Problem(name, _("nested too deeply to be a deck"))]) from None
    except ValueError:
        # int()'s digit limit; the pre-scan refuses long integers first, this is the safety net.
        message = _("a number is too long to read; this is not a deck")
        raise DeckError(name, [Problem(name, message)]) from None


_TYPOGRAPHIC_QUOTES = "“”„‟«»‘’‚‛"
_VALUE = re.compile(r"^[ \t]*([A-Za-z0-9_\"'.-]+)[ \t]*=[ \t]*(.*)$")


def _syntax_problem(exc: tomllib.TOMLDecodeError, text: str, name: str) -> Problem:
    """A TOML syntax error with its line and column, worded, and a hint for the classic mistakes."""
    found = toml_reason(exc)
    line = found.line
    lines = text.split("\n")
    source = lines[line - 1] if line and 0 < line <= len(lines) else ""
    hint = _syntax_hint(str(exc), source)
    detail = found.text
    if found.column is not None and hint:
        worded = _("TOML syntax error: {detail} (column {column}); {hint}").format(
            detail=detail, column=found.column, hint=hint
        )
    elif found.column is not None:
        worded = _("TOML syntax error: {detail} (column {column})").format(detail=detail, column=found.column)
    elif hint:
        worded = _("TOML syntax error: {detail}; {hint}").format(detail=detail, hint=hint)
    else:
        worded = _("TOML syntax error: {detail}").format(detail=detail)
    where = locate_line(text, line) if line else None
    return Problem(
        name,
        worded,
        line=line,
        section=where.section if where else None,
        card=where.card if where else None,
    )


_HINT_KEY_LIMIT = 40


def _syntax_hint(message: str, source: str) -> str | None:
    """What an instructor most likely did wrong on the line, for the mistakes made every term."""
    stripped = source.strip()
    if message.startswith("Cannot declare") and stripped.startswith("[") and not stripped.startswith("[["):
        return _("each card starts with [[sections.cards]], in double brackets")
    value_match = _VALUE.match(source)
    key, value = (value_match.group(1), value_match.group(2).strip()) if value_match else (None, "")
    if key is not None and len(key) > _HINT_KEY_LIMIT:
        key = key[:_HINT_KEY_LIMIT] + "…"  # a key of 80,000 letters must not make an 80,000-letter message
    if message.startswith("Cannot overwrite a value") and key:
        return _("{key} is set twice in this table (card); keep one of them").format(key=key)
    if not value:
        return None
    if value[0] in _TYPOGRAPHIC_QUOTES:
        return _('typographic quotes cannot enclose a value; use straight quotes: {key} = "…"').format(
            key=key
        )
    if message.startswith("Expected newline") and value.startswith('"') and value.count('"') > 2:
        return _(
            "a straight quote inside the text ends it early; inside the text write «…», "
            "or \\\" instead of \", or enclose the whole text in single quotes '…'"
        )
    if message.startswith(("Illegal character", "Unterminated string")) and value[0] in "\"'":
        return _(
            'the text is not closed on its line; add the closing quote (text of several lines goes in """…""")'
        )
    if message.startswith("Invalid value") and (value[0].isalpha() or value[0] == "_"):
        return _('text must be in quotes: {key} = "{value}"').format(key=key, value=value[:40])
    return None


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_DECK_BYTES:
        raise DeckError(name, [_too_large(name)])
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        message = _("the file is empty; start from `kzjp-tutor new FILE`")
        raise DeckError(name, [Problem(name, message, line=1)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        raise DeckError(
            name,
            [
                Problem(
                    name,
                    _("not UTF-8 text (byte 0x{byte}); save the file with UTF-8 encoding").format(
                        byte=f"{byte:02X}"
                    ),
                    line=line,
                )
            ],
        ) from None
    return text.replace("\r\n", "\n")


def _blank_out(match: re.Match[str]) -> str:
    """A string or comment as one placeholder character, keeping its newlines so lines still count."""
    newlines = match.group().count("\n")
    return "s" + "\n" * newlines if newlines else "s"


def _prescan(text: str, name: str) -> None:
    """Refuse shapes that make tomllib slow, deeply recursive or crash, in linear time."""
    stripped = _STRINGS.sub(_blank_out, text)
    _check_integers(stripped, text, name)
    shape = stripped.encode()
    if shape.count(b".") >= MAX_KEY_PARTS and _LONG_KEY in _key_chains(shape):
        raise DeckError(
            name,
            [
                Problem(
                    name,
                    _("a dotted key has more than {count} parts; this is not a deck").format(
                        count=MAX_KEY_PARTS
                    ),
                )
            ],
        )
    if _nesting_over(shape.translate(_BRACKETS, _NOT_BRACKETS), MAX_NESTING):
        raise DeckError(
            name,
            [
                Problem(
                    name,
                    _("arrays or tables are nested more than {count} deep; this is not a deck").format(
                        count=MAX_NESTING
                    ),
                )
            ],
        )


def _check_integers(stripped: str, text: str, name: str) -> None:
    """Refuse an integer literal of more than :data:`MAX_INT_DIGITS` digits, with its line and card.

    tomllib calls ``int()`` on a run of digits at a value's start unless a fraction or exponent
    follows, and ``int()`` refuses 4,300 digits with a ValueError. Runs inside a float
    (``1.000…``, ``1e000…``), a bare key or a word are left alone: ``float()`` has no digit limit,
    and the number bounds are the model's business. Each run is matched once (possessive, and
    the search resumes after it), so this is linear.
    """
    for match in _LONG_INT.finditer(stripped):
        start, end = match.span()
        literal = match.group()
        digits = literal[2:] if literal[1:2].isalpha() else literal
        count = len(digits.replace("_", ""))
        before = stripped[max(0, start - 2) : start].rstrip("+-")[-1:]
        if count <= MAX_INT_DIGITS or (before and (before.isalnum() or before in "._")):
            continue
        rest = stripped[end : end + 64]
        if digits is literal and _FLOAT_TAIL.match(rest):
            continue  # the integer part of a float
        if rest.lstrip(" \t")[:1] == "=":
            continue  # a bare key made of digits
        where = locate_line(text, stripped.count("\n", 0, start) + 1)
        raise DeckError(
            name,
            [
                Problem(
                    name,
                    _(
                        "a number with {count} digits; numbers in a deck have at most {most} "
                        "digits (and a number card's answer is at most 10^15)"
                    ).format(count=count, most=MAX_INT_DIGITS),
                    line=where.line,
                    section=where.section,
                    card=where.card,
                    field=where.field,
                )
            ],
        )


def _key_chains(shape: bytes) -> bytes:
    """The text reduced to its dotted keys: each ``a . b.c`` becomes ``w.w.w``, separated by | or ' '.

    Every step is a C-speed bytes operation, so a 15 MB word or a line of a million dots costs
    milliseconds; the caller then looks for ``w.w…`` with more than the allowed parts.
    """
    chains = _squeeze(shape.translate(_KEY_SHAPE), b"  ", b" ")
    chains = chains.replace(b" .", b".").replace(b". ", b".")
    return _squeeze(chains, b"ww", b"w")


def _squeeze(data: bytes, double: bytes, single: bytes) -> bytes:
    """Collapse every run of a character to one (log2(run) passes)."""
    while double in data:
        data = data.replace(double * 8, single).replace(double, single)
    return data


def _nesting_over(brackets: bytes, limit: int) -> bool:
    """Whether brackets (each opener as ``(``, each closer as ``)``) nest deeper than ``limit``.

    Each pass deletes every innermost ``()`` pair, so a balanced text of depth d is gone after d
    passes; at most ``limit`` passes run. Unclosed openers left at the end still nest around what
    was deleted, so they count too (a closer with no opener is a syntax error where tomllib stops).
    """
    passes = 0
    while b"()" in brackets:
        if passes == limit:
            return True
        brackets = brackets.replace(b"()", b"")
        passes += 1
    return passes + brackets.count(b"(") > limit
