"""Reading deck files: bytes → text → TOML → :class:`~kzjp_tutor.core.deck.Deck`.

Deck files are untrusted input written by hand, so every step here turns failure into a
:class:`~kzjp_tutor.core.errors.DeckError` listing *all* problems, each located by file, line,
section, card and field. Nothing else may escape: the property tests feed this module arbitrary
bytes.

``tomllib`` is pure Python and can be driven quadratic (a dotted key with 20,000 parts) or into
deep recursion (1,000 nested arrays). Rather than pay for a child process on every load, a linear
pre-scan built from C-speed regular expressions refuses such shapes before the parser sees them;
``bench/bench_loader.py`` measures both the cost on a normal deck and the time to refuse a hostile
one.
"""

from __future__ import annotations

import codecs
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from .deck import (
    CARD_TYPES,
    NO_CONTROL_PATTERN,
    ChoiceCard,
    DateCard,
    Deck,
    DeckInfo,
    ListCard,
    NumberCard,
    Section,
    TextCard,
    check_text,
    find_duplicate_ids,
)
from .errors import DeckError, Problem
from .paths import deck_files_in

__all__ = [
    "MAX_DECK_BYTES",
    "MAX_KEY_PARTS",
    "MAX_NESTING",
    "deck_paths",
    "load_deck",
    "parse_deck",
]

MAX_DECK_BYTES = 16 * 1024 * 1024
"""A 10,000-card deck is about 8 MB; anything beyond twice that is not a hand-written deck."""
MAX_NESTING = 16
"""Deepest array/inline-table nesting accepted; a real deck needs 3."""
MAX_KEY_PARTS = 32
"""Most parts in one dotted key; a real deck needs 2 (``sections.cards``)."""

_STRINGS = re.compile(
    r'"""(?:[^\\]|\\.)*?"""' r"|'''.*?'''" r'|"(?:[^"\\\n]|\\.)*"' r"|'[^'\n]*'" r"|#[^\n]*",
    re.DOTALL,
)
_LONG_DOTTED = re.compile(r"[\w-]+(?:[ \t]*\.[ \t]*[\w-]+){" + str(MAX_KEY_PARTS) + ",}")
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_SECTION_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*sections[ \t]*\]\]", re.MULTILINE)
_CARD_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*sections[ \t]*\.[ \t]*cards[ \t]*\]\]", re.MULTILINE)
_DECK_HEADER = re.compile(r"^[ \t]*\[[ \t]*deck[ \t]*\]", re.MULTILINE)


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
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DECK_BYTES + 1)
    except FileNotFoundError:
        raise DeckError(name, [Problem(name, "no such file; check the path")]) from None
    except IsADirectoryError:
        raise DeckError(name, [Problem(name, "is a folder, not a deck file")]) from None
    except OSError as exc:
        raise DeckError(name, [Problem(name, f"cannot be read: {exc.strerror or exc}")]) from None
    return parse_deck(data, name)


def parse_deck(data: bytes, name: str = "<deck>") -> Deck:
    """Validate a deck given as raw bytes; ``name`` is used in messages.

    Raises:
        DeckError: with every problem found.
    """
    text = _decode(data, name)
    _prescan(text, name)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match else None
        detail = _TOML_POSITION.sub("", message).strip()
        if match:
            detail = f"{detail} (column {match.group(2)})"
        raise DeckError(name, [Problem(name, f"TOML syntax error: {detail}", line=line)]) from None
    except RecursionError:
        raise DeckError(name, [Problem(name, "nested too deeply to be a deck")]) from None
    try:
        return Deck.model_validate(raw)
    except ValidationError as exc:
        raise DeckError(name, _problems(exc, raw, text, name)) from None


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_DECK_BYTES:
        raise DeckError(
            name,
            [Problem(name, f"file is larger than {MAX_DECK_BYTES // (1024 * 1024)} MB; split it into decks")],
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        raise DeckError(name, [Problem(name, "the file is empty; start from `kzjp-tutor new FILE`", line=1)])
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
                    f"not UTF-8 text (byte 0x{byte:02X}); save the file with UTF-8 encoding",
                    line=line,
                )
            ],
        ) from None
    return text.replace("\r\n", "\n")


def _prescan(text: str, name: str) -> None:
    """Refuse shapes that make tomllib slow or deeply recursive, in linear time."""
    stripped = _STRINGS.sub("s", text)
    # Only a line with many dots can hold a long dotted key; the regex runs on those alone.
    if any(line.count(".") >= MAX_KEY_PARTS and _LONG_DOTTED.search(line) for line in stripped.split("\n")):
        raise DeckError(
            name,
            [Problem(name, f"a dotted key has more than {MAX_KEY_PARTS} parts; this is not a deck")],
        )
    depth = 0
    deepest = 0
    for char in _NOT_BRACKET.sub("", stripped):
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_NESTING:
                    raise DeckError(
                        name,
                        [
                            Problem(
                                name,
                                f"arrays or tables are nested more than {MAX_NESTING} deep; "
                                "this is not a deck",
                            )
                        ],
                    )
        else:
            depth = max(0, depth - 1)


@dataclass
class _LineIndex:
    """Where each section and card header stands in the file, to locate problems."""

    lines: list[str]
    deck: int | None
    sections: list[int]
    cards: list[list[int]] = field(default_factory=list)

    @classmethod
    def build(cls, text: str) -> _LineIndex:
        lines = text.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)

        def line_of(offset: int) -> int:
            lo, hi = 0, len(starts) - 1
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if starts[mid] <= offset:
                    lo = mid
                else:
                    hi = mid - 1
            return lo + 1

        deck_match = _DECK_HEADER.search(text)
        events = sorted(
            [(m.start(), "s") for m in _SECTION_HEADER.finditer(text)]
            + [(m.start(), "c") for m in _CARD_HEADER.finditer(text)]
        )
        sections: list[int] = []
        cards: list[list[int]] = []
        for offset, kind in events:
            if kind == "s":
                sections.append(line_of(offset))
                cards.append([])
            elif cards:
                cards[-1].append(line_of(offset))
        return cls(lines, line_of(deck_match.start()) if deck_match else None, sections, cards)

    def block_end(self, start: int) -> int:
        """The last line of the table that starts at ``start``."""
        later = [n for n in self.sections if n > start] + [n for c in self.cards for n in c if n > start]
        if self.deck and self.deck > start:
            later.append(self.deck)
        return min(later) - 1 if later else len(self.lines)

    def field_line(self, start: int | None, key: str | None) -> int | None:
        """The line of ``key = ...`` inside the table starting at ``start`` (0: before any table)."""
        if start is None:
            return None
        if key is None:
            return start or None
        end = self.block_end(start) if start else min([*self.sections, self.deck or 10**9]) - 1
        pattern = re.compile(rf"^[ \t]*(?:{re.escape(key)}|\"{re.escape(key)}\")[ \t]*=")
        for number in range(max(start, 1), min(end, len(self.lines)) + 1):
            if pattern.match(self.lines[number - 1]):
                return number
        return start or None


_MESSAGES = {
    "missing": "required field is missing; add it",
    "string_type": "must be text in quotes",
    "list_type": "must be a list in square brackets",
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "model_attributes_type": "must be a table",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
}


def _describe(error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is {len(error['input'])} characters long; the cap is {ctx['max_length']}"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == NO_CONTROL_PATTERN:
        try:
            check_text(str(error["input"]))
        except PydanticCustomError as exc:
            return exc.message()
    if kind == "string_pattern_mismatch":
        return "must use only lowercase Latin letters, digits and '-' (for example 'japan-recognized-kz')"
    if kind == "too_short":
        least = ctx.get("min_length")
        return f"needs at least {least} {'entry' if least == 1 else 'entries'}"
    if kind == "too_long":
        return f"has more than {ctx.get('max_length')} entries"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')}"
    if kind == "literal_error":
        return f"must be {ctx.get('expected')}"
    message: str = error["msg"]
    return message


def _problems(exc: ValidationError, raw: Any, text: str, name: str) -> list[Problem]:
    index = _LineIndex.build(text)
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for error in exc.errors(include_url=False):
        loc = list(error["loc"])
        ctx = error.get("ctx") or {}
        if error["type"] == "duplicate_id":
            continue  # reported from the raw data below, with lines
        if error["type"] == "extra_forbidden":
            problems.append(_unknown_field(index, raw, loc, name))
            continue
        message = _describe(error)
        if "int" in loc[4:] or "float" in loc[4:]:
            message = "must be a number"  # the int | float union of a number card's answer
        elif len(loc) > 7 and loc[5] == "answer" and isinstance(loc[6], int) and loc[4] == "list":
            message = 'must be text in quotes, or a list of texts ["canonical", "alias", ...]'
        if error["type"] == "card_type":
            loc.append("type")
        elif "field" in ctx:
            loc.append(ctx["field"])
        located = _locate_loc(index, raw, loc)
        key = (located["line"], located["card"], located["field"])
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(name, message, **located))
    for dup in find_duplicate_ids(_raw_ids(raw)):
        located = _locate(index, raw, ["sections", dup.section], dup.card, "id")
        problems.append(Problem(name, dup.message, **located))
    problems.sort(key=lambda p: p.line or 0)
    return problems


def _locate_loc(index: _LineIndex, raw: Any, loc: list[Any]) -> dict[str, Any]:
    if len(loc) >= 4 and loc[0] == "sections" and loc[2] == "cards":
        rest = loc[4:]
        if rest and rest[0] in CARD_TYPES:
            rest = rest[1:]
        return _locate(index, raw, loc[:2], loc[3], _field_name(rest))
    if len(loc) >= 2 and loc[0] == "sections" and isinstance(loc[1], int):
        return _locate(index, raw, loc[:2], None, _field_name(loc[2:]))
    if loc and loc[0] == "deck":
        name = _field_name(loc[1:])
        head = loc[1] if len(loc) > 1 and isinstance(loc[1], str) else None
        line = index.field_line(index.deck, head) if index.deck else None
        return {"line": line, "section": None, "card": None, "field": f"deck.{name}" if name else "deck"}
    name = _field_name(loc)
    head = loc[0] if loc and isinstance(loc[0], str) else None
    return {"line": index.field_line(0, head) or 1, "section": None, "card": None, "field": name}


def _field_name(rest: list[Any]) -> str | None:
    parts: list[str] = []
    for part in rest:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        elif part not in ("str", "int", "float", "list[str]") and not str(part).startswith(
            ("list[", "constrained-str")
        ):
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or None


def _locate(
    index: _LineIndex, raw: Any, section_loc: list[Any], card: int | None, field_name: str | None
) -> dict[str, Any]:
    s_index = section_loc[1] if len(section_loc) > 1 else None
    section = _get(raw, "sections", s_index)
    section_id = _as_id(_get(section, "id"))
    card_id = _as_id(_get(section, "cards", card, "id")) if card is not None else None
    start: int | None = None
    if isinstance(s_index, int) and s_index < len(index.sections):
        start = index.sections[s_index]
        if card is not None:
            cards = index.cards[s_index]
            start = cards[card] if card < len(cards) else start
    key = field_name.split(".")[0].split("[")[0] if field_name else None
    line = index.field_line(start, key) if start is not None else None
    return {"line": line, "section": section_id, "card": card_id, "field": field_name}


def _unknown_field(index: _LineIndex, raw: Any, loc: list[Any], name: str) -> Problem:
    known: list[str]
    by_type: dict[str, type[TextCard | DateCard | NumberCard | ListCard | ChoiceCard]] = {
        "text": TextCard,
        "date": DateCard,
        "number": NumberCard,
        "list": ListCard,
        "choice": ChoiceCard,
    }
    bad = str(loc[-1])
    if len(loc) >= 4 and loc[0] == "sections" and loc[2] == "cards":
        kind = loc[4] if len(loc) > 5 and loc[4] in by_type else "text"
        known = list(by_type[kind].model_fields)
        located = _locate(index, raw, loc[:2], loc[3], bad)
        owners = [other for other, model in by_type.items() if bad in model.model_fields]
        if owners:
            # `need` on a text card: a real field, of another card type.
            types = " or ".join(f'type = "{o}"' for o in owners)
            return Problem(
                name,
                f"is a field of {' and '.join(owners)} cards, but this card is a {kind} card; "
                f"set {types} or remove {bad}",
                **located,
            )
    elif loc and loc[0] == "sections":
        known = list(Section.model_fields)
        located = _locate(index, raw, loc[:2], None, bad)
    elif loc and loc[0] == "deck":
        known = list(DeckInfo.model_fields)
        located = {
            "line": index.field_line(index.deck, bad),
            "section": None,
            "card": None,
            "field": f"deck.{bad}",
        }
    else:
        known = ["format", "deck", "sections"]
        located = {"line": index.field_line(0, bad) or 1, "section": None, "card": None, "field": bad}
    close = difflib.get_close_matches(bad, known, n=1)
    hint = f"did you mean {close[0]!r}?" if close else "allowed: " + ", ".join(known)
    return Problem(name, f"unknown field; {hint}", **located)


def _raw_ids(raw: Any) -> list[tuple[Any, list[Any]]]:
    sections = _get(raw, "sections")
    if not isinstance(sections, list):
        return []
    result: list[tuple[Any, list[Any]]] = []
    for section in sections:
        cards = _get(section, "cards")
        card_ids = [_as_id(_get(c, "id")) for c in cards] if isinstance(cards, list) else []
        result.append((_as_id(_get(section, "id")), card_ids))
    return result


def _get(value: Any, *path: Any) -> Any:
    for part in path:
        if isinstance(part, str) and isinstance(value, dict):
            value = value.get(part)
        elif isinstance(part, int) and isinstance(value, list) and 0 <= part < len(value):
            value = value[part]
        else:
            return None
    return value


def _as_id(value: Any) -> str | None:
    return value if isinstance(value, str) and len(value) <= 64 else None
