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
    CARD_TYPES,
    NO_CONTROL_PATTERN,
    CardBase,
    DeckInfo,
    Section,
    card_rule_breaks,
    check_text,
    find_duplicate_ids,
    short_repr,
)
from .errors import Problem
from .i18n import N_, ngettext
from .i18n import gettext as _

__all__ = ["Location", "card_lines", "deck_field_line", "locate_line", "validation_problems"]

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


def deck_field_line(text: str, key: str) -> int | None:
    """The line of ``key = ...`` in the ``[deck]`` table of a deck's text."""
    index = _LineIndex.build(text.replace("\r\n", "\n"))
    return index.field_line(index.deck, key) if index.deck else None


def card_lines(text: str) -> list[list[int]]:
    """The header line of every card, by section and card position, read from a deck's text.

    For messages about a deck that loaded (the linter's): the model keeps no lines.
    """
    return _LineIndex.build(text.replace("\r\n", "\n")).cards


_MESSAGES = {
    "missing": N_("required field is missing; add it"),
    "string_type": N_("must be text in quotes"),
    "list_type": N_("must be a list in square brackets"),
    "dict_type": N_("must be a table"),
    "model_type": N_("must be a table"),
    "model_attributes_type": N_("must be a table"),
    "bool_type": N_("must be true or false"),
    "bool_parsing": N_("must be true or false"),
    "int_type": N_("must be a whole number"),
    "int_parsing": N_("must be a whole number"),
    "int_from_float": N_("must be a whole number"),
    "float_type": N_("must be a number"),
    "float_parsing": N_("must be a number"),
}
_QUOTED_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def _wrong_type(error: Any, field: str | None) -> str | None:
    """The fix for a value of the wrong type, when it is the classic one: quotes added or missing.

    ``tolerance = "2"`` and ``answer = 1993`` on a date card are the two typing mistakes an
    instructor makes; the message shows the line as it should be written.
    """
    kind, value = error["type"], error.get("input")
    key = field.split("[")[0].split(".")[-1] if field else None
    if (
        kind in ("int_type", "float_type")
        and isinstance(value, str)
        and _QUOTED_NUMBER.fullmatch(value.strip())
    ):
        number = value.strip().replace(",", ".")
        if kind == "int_type" and "." in number:
            return None
        fix = f"{key} = {number}" if key else number
        return _('must be a number, not the text "{value}"; write {fix}').format(value=value.strip(), fix=fix)
    if kind == "bool_type" and isinstance(value, str):
        return _("must be true or false without quotes, not the text {value}").format(value=short_repr(value))
    if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        fix = f'{key} = "{value}"' if key else f'"{value}"'
        return _("must be text in quotes: {fix}").format(fix=fix)
    return None


def _describe(error: Any, field: str | None = None) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    fix = _wrong_type(error, field)
    if fix is not None:
        return fix
    if kind in _MESSAGES:
        return _(_MESSAGES[kind])
    if kind == "string_too_short":
        return _("must not be empty")
    if kind == "string_too_long":
        return _("is {length} characters long; the cap is {cap}").format(
            length=len(error["input"]), cap=ctx["max_length"]
        )
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == NO_CONTROL_PATTERN:
        try:
            check_text(str(error["input"]))
        except PydanticCustomError as exc:
            return exc.message()
    if kind == "string_pattern_mismatch":
        return _("must use only lowercase Latin letters, digits and '-' (for example 'japan-recognized-kz')")
    if kind == "too_short":
        least = int(ctx.get("min_length") or 0)
        return ngettext("needs at least {count} entry", "needs at least {count} entries", least).format(
            count=least
        )
    if kind == "too_long":
        most = int(ctx.get("max_length") or 0)
        return ngettext("has more than {count} entry", "has more than {count} entries", most).format(
            count=most
        )
    if kind == "greater_than_equal":
        return _("must be at least {value}").format(value=ctx.get("ge"))
    if kind == "literal_error":
        # pydantic words the options "'ru' or 'en'"; a list reads the same in any language
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        return _("must be one of {expected}").format(expected=expected)
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
    """Every problem of the deck, located and worded, sorted by line: all of them in one run.

    Pydantic's own errors come first; then what pydantic cannot report while something else in
    the same card is wrong: the cross-field rules of every card (:func:`card_rule_breaks`), the
    fields of a card whose ``type`` is misspelt (checked as the type it was probably meant to
    be), and duplicate ids.

    Args:
        exc: the error from validating ``raw`` as a deck.
        raw: what ``tomllib`` read from ``text``.
        text: the deck file's text, to find lines.
        name: the file name for the messages.
    """
    index = _LineIndex.build(text)
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()

    def add(problem: Problem) -> None:
        key = (problem.line, problem.card, problem.field, problem.message)
        if key not in seen:
            seen.add(key)
            problems.append(problem)

    errors = list(exc.errors(include_url=False))
    for s_index, c_index, card in _raw_cards(raw):
        kind, guess = _card_kind(card)
        for rule in card_rule_breaks(kind or guess or "", card):
            add(_problem(name, rule.message, _locate(index, raw, s_index, c_index, rule.field)))
        if kind is None:
            errors += _errors_as(card, guess, ("sections", s_index, "cards", c_index))
    for error in errors:
        for problem in _error_problems(error, index, raw, name):
            add(problem)
    for dup in find_duplicate_ids(_raw_ids(raw)):
        where = _locate(index, raw, dup.section, dup.card, "id")
        add(_problem(name, dup.message, where))
    problems.sort(key=lambda p: p.line or 0)
    return problems


_SKIPPED_ERRORS = frozenset({"duplicate_id", "card_rule"})
"""Pydantic errors reported from the raw data instead, with every break and its line."""
_WITHOUT_FIELD = frozenset({"format_text"})
"""Errors whose message names the field itself."""


def _error_problems(error: Any, index: _LineIndex, raw: Any, name: str) -> list[Problem]:
    """One pydantic error as problems (none for the kinds reported from the raw data)."""
    loc = tuple(error["loc"])
    ctx = error.get("ctx") or {}
    kind = error["type"]
    if kind in _SKIPPED_ERRORS:
        return []
    if kind == "extra_forbidden":
        return [_unknown_field(index, raw, loc, name)]
    card_path = _CardPath.of(loc)
    if kind == "card_type":
        loc = (*loc, "type")
    elif "field" in ctx:
        loc = (*loc, ctx["field"])
    where = _locate_loc(index, raw, loc)
    message = _describe(error, where.field)
    if card_path and card_path.in_number_union():
        # either arm of `int | float` failing means the same to an author
        message = _wrong_type({**error, "type": "float_type"}, where.field) or _("must be a number")
    elif card_path and card_path.in_list_item():
        message = _('must be text in quotes, or a list of texts ["canonical", "alias", ...]')
    elif kind == "card_type" and card_path is not None:
        message = _("must be one of {expected}").format(expected=", ".join(f'"{k}"' for k in CARD_TYPES))
        card = _get(raw, "sections", card_path.section, "cards", card_path.card)
        guess = _card_kind(card)[1] if isinstance(card, dict) else None
        if guess is not None:
            message = _('{message}; did you mean "{guess}"?').format(message=message, guess=guess)
    if kind in _WITHOUT_FIELD:
        where = where._replace(field=None)
    return [_problem(name, message, where)]


def _raw_cards(raw: Any) -> list[tuple[int, int, dict[str, Any]]]:
    """(section position, card position, card table) of every card table in the raw data."""
    found: list[tuple[int, int, dict[str, Any]]] = []
    sections = _get(raw, "sections")
    for s_index, section in enumerate(sections if isinstance(sections, list) else []):
        cards = _get(section, "cards")
        for c_index, card in enumerate(cards if isinstance(cards, list) else []):
            if isinstance(card, dict):
                found.append((s_index, c_index, card))
    return found


def _card_kind(card: dict[str, Any]) -> tuple[str | None, str | None]:
    """The card's type if it is a known one, else (None, the type it most likely meant or None)."""
    kind = card.get("type", "text")
    if isinstance(kind, str) and kind in CARD_TYPES:
        return kind, None
    if not isinstance(kind, str) or len(kind) > 64:
        return None, None
    folded = kind.strip().lower()
    if folded in CARD_TYPES:
        return None, folded
    close = difflib.get_close_matches(folded, CARD_TYPES, n=1, cutoff=0.6)
    return None, close[0] if close else None


def _errors_as(card: dict[str, Any], guess: str | None, prefix: tuple[Any, ...]) -> list[Any]:
    """The errors of a card whose ``type`` is unknown, checked as the type it probably meant.

    Without a likely type, only the fields every card shares are checked, and fields that
    belong to some card type are left alone (which type's rules apply is unknown).
    """
    if guess is not None:
        model: type[CardBase] = CARD_MODELS[guess]
        data = {**card, "type": guess} if guess != "text" else {k: v for k, v in card.items() if k != "type"}
    else:
        model = CARD_MODELS["text"]
        known = {field for m in CARD_MODELS.values() for field in m.model_fields}
        shared = set(CardBase.model_fields)
        data = {k: v for k, v in card.items() if k in shared or k not in known}
        data.setdefault("answer", "?")  # whose form depends on the type: not checkable here
    try:
        model.model_validate(data)
    except ValidationError as exc:
        inner = guess or "text"
        return [
            {**error, "loc": (*prefix, inner, *error["loc"])}
            for error in exc.errors(include_url=False)
            if tuple(error["loc"])[:1] != ("type",) and error["type"] not in _SKIPPED_ERRORS
        ]
    return []


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
            message = _(
                "is a field of {owners} cards, but this card is a {kind} card; set {types} or remove {field}"
            ).format(
                owners=", ".join(owners),
                kind=kind,
                types=", ".join(f'type = "{o}"' for o in owners),
                field=shown,
            )
            return _problem(name, message, where)
    elif loc and loc[0] == "sections":
        known = list(Section.model_fields)
        where = _locate(index, raw, loc[1], None, bad)._replace(field=shown)
    elif loc and loc[0] == "deck":
        known = list(DeckInfo.model_fields)
        where = Location(index.field_line(index.deck, bad), None, None, f"deck.{shown}")
    else:
        known = list(_TOP_LEVEL_KEYS)
        where = Location(index.field_line(0, bad) or _header_line(index, bad) or 1, None, None, shown)
    return _problem(name, _("unknown field; {hint}").format(hint=_hint(bad, tuple(known))), where)


def _header_line(index: _LineIndex, key: str) -> int | None:
    """The line of the first ``[key…]`` or ``[[key…]]`` header: a misspelt table such as
    ``[[section.cards]]`` is an unknown top-level key whose line is its header's."""
    header = re.compile(rf"^[ \t]*\[\[?[ \t]*\"?{re.escape(key)}\"?[ \t]*[.\]]")
    return next((n for n, line in enumerate(index.lines, 1) if header.match(line)), None)


def _hint(bad: str, known: tuple[str, ...]) -> str:
    """The nearest known field, or all of them."""
    close = _closest(bad, known)
    if close is not None:
        return _("did you mean {name}?").format(name=repr(close))
    return _("allowed: {names}").format(names=", ".join(known))


@functools.lru_cache(maxsize=256)
def _closest(bad: str, known: tuple[str, ...]) -> str | None:
    """Cached (a generated deck repeats one typo), and without words, which follow the language."""
    close = difflib.get_close_matches(bad, known, n=1) if len(bad) <= 64 else []
    return close[0] if close else None


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
