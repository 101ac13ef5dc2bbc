"""A seeded mutation corpus of deck files, built from the bundled decks.

Every case is ``(seed, mutator name, bytes)`` and is rebuilt from its seed alone
(:func:`make_case`), so a failure names the one case to replay. A case starts from a *slice* of a
bundled deck (its head plus one section with one to four cards: small, so that thousands of cases
run in seconds) or, one time in twenty, from a whole bundled deck; one to three mutators are then
applied. The mutators cover what the reliability probe's fuzzer used (issue 11, F3/F6-F8/F17/F18):
byte flips, truncation, chunk deletion and duplication, hostile values, deep nesting, long
strings, many-part dotted keys and the long-word ReDoS shape, huge integers/nan/inf, bad dates,
bidi/zero-width/NUL characters, invalid UTF-8, BOM, CR/CRLF/U+2028 line ends and many cards.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_FILES = sorted((ROOT / "decks").rglob("*.toml"))
"""The bundled decks (part of the repository, so the corpus is the same in any clone)."""

Mutator = Callable[[random.Random, bytes], bytes]

_SECTION = re.compile(rb"^\[\[sections\]\]", re.MULTILINE)
_CARD = re.compile(rb"^\[\[sections\.cards\]\]", re.MULTILINE)
_VALUE_LINE = re.compile(rb"^([ \t]*[A-Za-z_-]+[ \t]*=[ \t]*)(.*)$", re.MULTILINE)
_STRING = re.compile(rb'"(?:[^"\\\n]|\\.)*"')

HOSTILE_VALUES: tuple[bytes, ...] = (
    b"9" * 31, b"9" * 400, b"9" * 5000, b"-" + b"9" * 4301, b"0x" + b"f" * 64, b"1_" * 40 + b"1",
    b"1" + b"0" * 15 + b"1", b"nan", b"+nan", b"-nan", b"inf", b"-inf", b"1e400", b"-1e400",
    b"5e-324", b"1." + b"0" * 5000, b"1e" + b"9" * 5000, b"true", b"0", b"-1", b"1.5",
    b"0000-00-00", b"0000-01-01", b"1991-13-45", b"1991-02-30", b"9999-12-31T23:59:59Z",
    b"1991-12-28", b"1979-05-27T07:32:00-08:00", b"07:32:00",
    b'""', b'" "', b'"\\u0000"', b'"\\u001b]52;c;SGVsbG8=\\u0007"', b'"\\ud800"', b'"\\u202eevil"',
    '"Хаси\\u00adмото"'.encode(), '"Хаси\\u200bмото"'.encode(), b'"a\\u2028b"', b'"\\U000e0041"', b'"\\ufeffx"',
    b'"[bold]x[/]"', b'"[@click=app.quit]x"', b"'''a\nb'''", b'"""\na\\\n  b"""',
    b"[]", b"[[]]", b'["a", ["b", "c"]]', b'["a", 5]', b"[1, 2.5]", b"{}", b'{ a = 1 }',
    b'"' + b"x" * 70_000 + b'"', b"[" + b'"a", ' * 3000 + b"]",
)  # fmt: skip
"""Values put in place of a real value: numbers the grader cannot use, dates that do not exist,
control, bidi and invisible characters, wrong types, long text."""


def _flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _chunk(rng: random.Random, data: bytes) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.randint(1, 400))


def _delete_chunk(rng: random.Random, data: bytes) -> bytes:
    start, end = _chunk(rng, data)
    return data[:start] + data[end:]


def _duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    start, end = _chunk(rng, data)
    return data[:end] + data[start:end] * rng.randint(1, 20) + data[end:]


def _hostile_value(rng: random.Random, data: bytes) -> bytes:
    lines = list(_VALUE_LINE.finditer(data))
    if not lines:
        return data
    line = rng.choice(lines)
    return data[: line.start(2)] + rng.choice(HOSTILE_VALUES) + data[line.end(2) :]


def _insert_line(rng: random.Random, data: bytes, line: bytes) -> bytes:
    """Put a line at a random line start (so it lands in a card, a section or the top)."""
    starts = [0] + [m.end() for m in re.finditer(rb"\n", data)]
    at = rng.choice(starts)
    return data[:at] + line + b"\n" + data[at:]


def _deep_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice((10, 16, 17, 100, 1000, 5000, 50_000))
    opener, closer = rng.choice(((b"[", b"]"), (b"{a=", b"}")))
    value = opener * depth + b"1" + closer * depth
    if rng.random() < 0.2:
        value = value[: len(value) // 2]  # unclosed
    return _insert_line(rng, data, b"x = " + value)


def _long_string(rng: random.Random, data: bytes) -> bytes:
    size = rng.choice((2_001, 4_001, 100_000, 400_000))  # 3 MB and 15 MB: probe case and bench
    quote = rng.choice((b'"', b"'", b'"""', b"'''"))
    body = rng.choice((b"a", "я".encode(), b"\\\\" if quote == b'"' else b"b"))
    strings = list(_STRING.finditer(data))
    value = quote + body * (size // len(body)) + quote
    if not strings:
        return _insert_line(rng, data, b"prompt = " + value)
    target = rng.choice(strings)
    return data[: target.start()] + value + data[target.end() :]


def _dotted_key(rng: random.Random, data: bytes) -> bytes:
    parts = rng.choice((31, 32, 33, 100, 20_000))
    joint = rng.choice((b".", b" . ", b"\t.\t"))
    key = joint.join([b"k"] * parts)
    if rng.random() < 0.3:
        return _insert_line(rng, data, b"[" + key + b"]")
    return _insert_line(rng, data, key + b" = 1")


def _long_word(rng: random.Random, data: bytes) -> bytes:
    """The F3 ReDoS shape: a long bare word on a line with 32 or more dots (floats count)."""
    word = b"k" * rng.choice((20_000, 40_000, 80_000))
    line = word + b" = [" + b"1.5, " * rng.choice((32, 40)) + b"]"
    if rng.random() < 0.5:
        return data.replace(b"\n", b"\r") + b"\r" + line  # CR-only file: one long "line"
    return _insert_line(rng, data, line)


def _invisible_or_control(rng: random.Random, data: bytes) -> bytes:
    chars = ("\u00ad", "\u200b", "\u200d", "\u200e", "\u2028", "\u2060", "\ufeff", "\U000e0041",
             "\u202e", "\u2066", "\x00", "\x1b", "\x7f", "\x9b", "\ufffd", "\u0301")  # fmt: skip
    char = rng.choice(chars)
    # Inside a string as the raw character, or as a TOML escape.
    piece = char.encode("utf-8") if rng.random() < 0.5 else f"\\u{ord(char):04x}".encode()
    if ord(char) > 0xFFFF and piece.startswith(b"\\u"):
        piece = f"\\U{ord(char):08x}".encode()
    strings = list(_STRING.finditer(data))
    if not strings:
        return data + piece
    target = rng.choice(strings)
    at = rng.randrange(target.start() + 1, max(target.start() + 2, target.end()))
    return data[:at] + piece + data[at:]


def _invalid_utf8(rng: random.Random, data: bytes) -> bytes:
    bad = rng.choice((b"\xff", b"\xfe\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf"))
    at = rng.randrange(len(data) + 1)
    return data[:at] + bad + data[at:]


def _bom(rng: random.Random, data: bytes) -> bytes:
    return rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xef\xbb\xbf\xef\xbb\xbf")) + data


def _line_ends(rng: random.Random, data: bytes) -> bytes:
    end = rng.choice((b"\r\n", b"\r", "\u2028".encode(), b"\n\r"))
    return data.replace(b"\n", end)


def _many_cards(rng: random.Random, data: bytes) -> bytes:
    cards = list(_CARD.finditer(data))
    if not cards:
        return data
    start = cards[0].start()
    end = cards[1].start() if len(cards) > 1 else len(data)
    card = data[start:end]
    # At most about 200 KB of copies, so thousands of cases stay quick; the test's probe cases and
    # bench/bench_loader.py load 6,000 to 96,000 cards.
    count = min(rng.choice((10, 50, 200)), 200_000 // max(1, len(card)))
    fresh = rng.random() < 0.7
    copies = (
        re.sub(rb'(?m)^id = "([^"]*)"', rb'id = "\1-%d"' % n, card) if fresh else card for n in range(count)
    )
    return data[:end] + b"".join(copies) + data[end:]


def _type_confusion(rng: random.Random, data: bytes) -> bytes:
    kinds = (b"text", b"date", b"number", b"list", b"choice", b"other", b"")
    replaced = re.sub(rb'type = "[a-z]*"', lambda _: b'type = "' + rng.choice(kinds) + b'"', data, count=1)
    if replaced == data:
        return _insert_line(rng, data, b'type = "' + rng.choice(kinds) + b'"')
    return replaced


def _mangle_header(rng: random.Random, data: bytes) -> bytes:
    header = rng.choice((b"[[sections.cards]]", b"[[sections]]", b"[deck]"))
    other = rng.choice(
        (b"[sections.cards]", b"[[sections]]", b"[[deck]]", b"[sections]", b"[[ sections . cards ]]", b"")
    )
    return data.replace(header, other, rng.randint(1, 3))


MUTATORS: dict[str, Mutator] = {
    "flip-bytes": _flip_bytes,
    "truncate": _truncate,
    "delete-chunk": _delete_chunk,
    "duplicate-chunk": _duplicate_chunk,
    "hostile-value": _hostile_value,
    "deep-nesting": _deep_nesting,
    "long-string": _long_string,
    "dotted-key": _dotted_key,
    "long-word": _long_word,
    "invisible-or-control": _invisible_or_control,
    "invalid-utf8": _invalid_utf8,
    "bom": _bom,
    "line-ends": _line_ends,
    "many-cards": _many_cards,
    "type-confusion": _type_confusion,
    "mangle-header": _mangle_header,
}
"""Every mutator by name; each case starts with the named one and may add one or two others."""

_SEEDS = [path.read_bytes() for path in SEED_FILES]


def _slice(rng: random.Random, deck: bytes) -> bytes:
    """The deck's head plus one of its sections with one to four of that section's cards."""
    sections = [m.start() for m in _SECTION.finditer(deck)]
    if not sections:
        return deck
    index = rng.randrange(len(sections))
    start = sections[index]
    end = sections[index + 1] if index + 1 < len(sections) else len(deck)
    section = deck[start:end]
    cards = [m.start() for m in _CARD.finditer(section)] + [len(section)]
    if len(cards) < 2:
        return deck[: sections[0]] + section
    first = rng.randrange(len(cards) - 1)
    last = min(len(cards) - 1, first + rng.randint(1, 4))
    return deck[: sections[0]] + section[: cards[0]] + section[cards[first] : cards[last]]


def make_case(seed: int, mutator: str) -> bytes:
    """The deck bytes of one case; the same seed and mutator always give the same bytes."""
    rng = random.Random(f"{mutator}:{seed}")
    deck = rng.choice(_SEEDS)
    data = deck if rng.random() < 0.05 else _slice(rng, deck)
    data = MUTATORS[mutator](rng, data)
    for _ in range(rng.choice((0, 0, 1, 2))):
        data = rng.choice(list(MUTATORS.values()))(rng, data)
    return data
