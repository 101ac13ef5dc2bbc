"""Turning pydantic validation errors into located deck :class:`~kzjp_tutor.core.errors.Problem` s.

Pydantic reports *where in the data* something is wrong (``("sections", 0, "cards", 3, "number",
"answer")``); an instructor needs *where in the file*: the line, the section and card ids, the
field. This module maps one to the other from the raw TOML data and the text, and words each
error for a person. The loader calls :func:`validation_problems` once per invalid deck and
:func:`locate_line` for problems it finds before parsing.

Cost matters, because a hostile or generated deck can have 100,000 bad cards: the header lines
are indexed once and every lookup is a binary search, so locating is O(problems × log cards).
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from .deck import (
    CARD_MODELS,
    NO_CONTROL_PATTERN,
    DeckInfo,
    Section,
    check_text,
    find_duplicate_ids,
    short_repr,
)
from .errors import Problem

__all__ = ["Location", "locate_line", "validation_problems"]

_SECTION_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*sections[ \t]*\]\]", re.MULTILINE)
_CARD_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*sections[ \t]*\.[ \t]*cards[ \t]*\]\]", re.MULTILINE)
_DECK_HEADER = re.compile(r"^[ \t]*\[[ \t]*deck[ \t]*\]", re.MULTILINE)
_ID_LINE = re.compile(r"""^[ \t]*id[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)')""")
_KEY_LINE = re.compile(r"^[ \t]*([A-Za-z0-9_-]{1,64})[ \t]*=")
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")
_TOP_LEVEL_KEYS = ("format", "deck", "sections")


class Location(NamedTuple):
    """Where a problem is: the file's line and the ids and field it concerns (None: unknown)."""

    line: int | None
    section: str | None
    card: str | None
    field: str | None


def _problem(name: str, message: str, where: Location) -> Problem:
    return Problem(name, message, line=where.line, section=where.section, card=where.card, field=where.field)


@dataclass
class _LineIndex:
    """Where the ``[deck]`` table and each section and card header stand in the file."""

    lines: list[str]
    deck: int | None
    sections: list[int]
    cards: list[list[int]]
    headers: list[int]
    """Every header line above, sorted: the end of a table is the line before the next one."""

    @classmethod
    def build(cls, text: str) -> _LineIndex:
        lines = text.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)

        def line_of(offset: int) -> int:
            return bisect.bisect_right(starts, offset)

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
        deck = line_of(deck_match.start()) if deck_match else None
        headers = sorted([*sections, *(n for c in cards for n in c), *([deck] if deck else [])])
        return cls(lines, deck, sections, cards, headers)

    def block_end(self, start: int) -> int:
        """The last line of the table that starts at ``start`` (0: the lines before any table)."""
        later = bisect.bisect_right(self.headers, start)
        return self.headers[later] - 1 if later < len(self.headers) else len(self.lines)

    def field_line(self, start: int | None, key: str | None) -> int | None:
        """The line of ``key = ...`` inside the table starting at ``start`` (0: before any table)."""
        if start is None:
            return None
        if key is None:
            return start or None
        pattern = re.compile(rf"^[ \t]*(?:{re.escape(key)}|\"{re.escape(key)}\")[ \t]*=")
        for number in range(max(start, 1), min(self.block_end(start), len(self.lines)) + 1):
            if pattern.match(self.lines[number - 1]):
                return number
        return start or None

    def card_at(self, line: int) -> tuple[int | None, int | None]:
        """The (section, card) positions whose table holds ``line``; None where it is outside."""
        s_index = bisect.bisect_right(self.sections, line) - 1
        if s_index < 0 or (self.deck and self.sections[s_index] < self.deck <= line):
            return None, None
        c_index = bisect.bisect_right(self.cards[s_index], line) - 1
        return s_index, c_index if c_index >= 0 else None

    def id_in(self, start: int) -> str | None:
        """The ``id = "..."`` written in the table starting at ``start``, read from the text."""
        line = self.field_line(start, "id")
        found = _ID_LINE.match(self.lines[line - 1]) if line else None
        return _as_id(found.group(1) or found.group(2)) if found else None


def locate_line(text: str, line: int) -> Location:
    """Section, card and field of a line of a deck that could not be parsed, read from its text."""
    index = _LineIndex.build(text)
    s_index, c_index = index.card_at(line)
    section = index.id_in(index.sections[s_index]) if s_index is not None else None
    card = index.id_in(index.cards[s_index][c_index]) if s_index is not None and c_index is not None else None
    key = _KEY_LINE.match(index.lines[line - 1]) if 0 < line <= len(index.lines) else None
    return Location(line, section, card, key.group(1) if key else None)


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


class _CardPath(NamedTuple):
    """A pydantic location inside a card: which section and card, the model tried, and the rest."""

    section: int
    card: int
    kind: str | None
    """The card type whose model reported the error (None: the discriminator itself)."""
    rest: tuple[Any, ...]
    """The path inside the card, for example ``("answer", 2, "str")``."""

    @classmethod
    def of(cls, loc: tuple[Any, ...]) -> _CardPath | None:
        if not (len(loc) >= 4 and loc[0] == "sections" and loc[2] == "cards"):
            return None
        if not (isinstance(loc[1], int) and isinstance(loc[3], int)):
            return None
        rest = loc[4:]
        if rest and rest[0] in CARD_MODELS:
            return cls(loc[1], loc[3], rest[0], rest[1:])
        return cls(loc[1], loc[3], None, rest)

    def in_number_union(self) -> bool:
        """The error comes from one arm of a number card's ``int | float`` answer."""
        return "int" in self.rest or "float" in self.rest

    def in_list_item(self) -> bool:
        """The error is inside one item of a list card's answer (a string or a list of aliases)."""
        return (
            self.kind == "list"
            and len(self.rest) > 2
            and self.rest[0] == "answer"
            and isinstance(self.rest[1], int)
        )


def validation_problems(exc: ValidationError, raw: Any, text: str, name: str) -> list[Problem]:
    """Every error of ``exc`` as a located, worded problem, plus duplicate ids, sorted by line.

    Args:
        exc: the error from validating ``raw`` as a deck.
        raw: what ``tomllib`` read from ``text``.
        text: the deck file's text, to find lines.
        name: the file name for the messages.
    """
    index = _LineIndex.build(text)
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        ctx = error.get("ctx") or {}
        if error["type"] == "duplicate_id":
            continue  # reported from the raw data below, with lines
        if error["type"] == "extra_forbidden":
            problems.append(_unknown_field(index, raw, loc, name))
            continue
        message = _describe(error)
        card_path = _CardPath.of(loc)
        if card_path and card_path.in_number_union():
            message = "must be a number"  # either arm failing means the same to an author
        elif card_path and card_path.in_list_item():
            message = 'must be text in quotes, or a list of texts ["canonical", "alias", ...]'
        if error["type"] == "card_type":
            loc = (*loc, "type")
        elif "field" in ctx:
            loc = (*loc, ctx["field"])
        where = _locate_loc(index, raw, loc)
        key = (where.line, where.card, where.field)
        if key in seen:
            continue
        seen.add(key)
        problems.append(_problem(name, message, where))
    for dup in find_duplicate_ids(_raw_ids(raw)):
        where = _locate(index, raw, dup.section, dup.card, "id")
        problems.append(_problem(name, dup.message, where))
    problems.sort(key=lambda p: p.line or 0)
    return problems


def _locate_loc(index: _LineIndex, raw: Any, loc: tuple[Any, ...]) -> Location:
    card_path = _CardPath.of(loc)
    if card_path:
        return _locate(index, raw, card_path.section, card_path.card, _field_name(card_path.rest))
    if len(loc) >= 2 and loc[0] == "sections" and isinstance(loc[1], int):
        return _locate(index, raw, loc[1], None, _field_name(loc[2:]))
    if loc and loc[0] == "deck":
        name = _field_name(loc[1:])
        head = loc[1] if len(loc) > 1 and isinstance(loc[1], str) else None
        line = index.field_line(index.deck, head) if index.deck else None
        return Location(line, None, None, f"deck.{name}" if name else "deck")
    head = loc[0] if loc and isinstance(loc[0], str) else None
    return Location(index.field_line(0, head) or 1, None, None, _field_name(loc))


def _field_name(rest: tuple[Any, ...]) -> str | None:
    """``("answer", 2, "str")`` as ``answer[3]``: the path an author reads, without type names."""
    parts: list[str] = []
    for part in rest:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        elif part not in ("str", "int", "float", "list[str]") and not str(part).startswith(
            ("list[", "constrained-str")
        ):
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or None


def _locate(index: _LineIndex, raw: Any, s_index: Any, card: int | None, field_name: str | None) -> Location:
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
    return Location(line, section_id, card_id, field_name)


def _shown_key(key: str) -> str:
    """An unknown key as it can be printed: plain keys as they are, anything else quoted and cut."""
    return key if _PLAIN_KEY.fullmatch(key) else short_repr(key)


def _unknown_field(index: _LineIndex, raw: Any, loc: tuple[Any, ...], name: str) -> Problem:
    bad = str(loc[-1])
    shown = _shown_key(bad)
    known: list[str]
    card_path = _CardPath.of(loc)
    if card_path:
        kind = card_path.kind if card_path.kind and card_path.rest else "text"
        known = list(CARD_MODELS[kind].model_fields)
        where = _locate(index, raw, card_path.section, card_path.card, bad)._replace(field=shown)
        owners = [other for other, model in CARD_MODELS.items() if bad in model.model_fields]
        if owners:
            # `need` on a text card: a real field, of another card type.
            types = " or ".join(f'type = "{o}"' for o in owners)
            return _problem(
                name,
                f"is a field of {' and '.join(owners)} cards, but this card is a {kind} card; "
                f"set {types} or remove {bad}",
                where,
            )
    elif loc and loc[0] == "sections":
        known = list(Section.model_fields)
        where = _locate(index, raw, loc[1], None, bad)._replace(field=shown)
    elif loc and loc[0] == "deck":
        known = list(DeckInfo.model_fields)
        where = Location(index.field_line(index.deck, bad), None, None, f"deck.{shown}")
    else:
        known = list(_TOP_LEVEL_KEYS)
        where = Location(index.field_line(0, bad) or 1, None, None, shown)
    return _problem(name, f"unknown field; {_hint(bad, tuple(known))}", where)


@functools.lru_cache(maxsize=256)
def _hint(bad: str, known: tuple[str, ...]) -> str:
    """The nearest known field, or all of them; cached, as a generated deck repeats one typo."""
    close = difflib.get_close_matches(bad, known, n=1) if len(bad) <= 64 else []
    return f"did you mean {close[0]!r}?" if close else "allowed: " + ", ".join(known)


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
