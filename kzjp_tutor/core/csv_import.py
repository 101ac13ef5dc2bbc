"""A spreadsheet of questions (saved as CSV) → a deck file that loads.

Many instructors write questions in a spreadsheet. The CSV (comma, semicolon or tab separated,
UTF-8 with or without BOM) becomes deck TOML written with tomli-w, and the result is run
through the real loader (:func:`~kzjp_tutor.core.loader.parse_deck`), so every rule of the deck
format (lengths, finite numbers within bounds, dates, ids) is checked in its one home and each
problem is reported against the spreadsheet's row number (the header is row 1). Every problem
of the sheet comes out in one run: the instructor fixes them all, then imports again.

Columns (header names, any case; only ``prompt`` and ``answer`` are required):

========  ==============================================================================
prompt    the question
answer    the answer; for ``list`` cards the items, separated by ``|`` or ``;``
accept    other accepted forms, separated by ``|`` or ``;`` (text cards); for ``choice``
          cards without a ``choices`` column, the wrong options
type      text (default), date, number, list, choice
section   the section: an id such as ``lecture-1`` or a title such as "Лекция 1"
tags      labels, separated by ``|`` or ``;``
id        optional card id, used exactly as written (progress is keyed by card id). Without
          it, a sheet imported into an existing deck (``--out`` that deck, with ``--force``)
          keeps each card's id by matching its row to the deck's cards: same question, else
          the most similar question (the same answer counting for it). So fixing a typo in a
          question keeps the card's progress. Only a row with no counterpart gets a new id,
          made from its question.
choices   optional, for choice cards: every option, separated by ``|`` or ``;``
reject, explain, source, need, unit, tolerance   optional, as in the deck format
========  ==============================================================================
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from .deck import CARD_TYPES, Deck, ListCard
from .errors import DeckError, KzjpError
from .i18n import gettext as _
from .i18n import ngettext
from .loader import MAX_DECK_BYTES, parse_deck
from .wording import number_text

__all__ = ["COLUMNS", "OPTIONAL", "CsvImport", "CsvProblem", "convert", "match_ids", "read_sheet", "slug"]

COLUMNS = ("prompt", "answer", "accept", "type", "section", "tags")
"""The documented columns; ``prompt`` and ``answer`` are required."""
OPTIONAL = ("id", "choices", "reject", "explain", "source", "need", "unit", "tolerance")
"""Columns a sheet may add; any other column is ignored with a warning."""
_SPLIT = re.compile(r"\s*[|;]\s*")
_ID_LIMIT = 48
"""Made-up ids stop here, leaving room under the format's 64 for a ``-N`` suffix."""
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a",
        "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """One problem, located by spreadsheet row (None: the whole file) and column."""

    row: int | None
    message: str
    column: str | None = None
    warning: bool = False
    """A warning does not stop the deck from being written."""

    def __str__(self) -> str:
        where = _("row {number}").format(number=self.row) if self.row is not None else _("file")
        message = _("warning: {message}").format(message=self.message) if self.warning else self.message
        return f"{where}: {self.column}: {message}" if self.column else f"{where}: {message}"


@dataclass(frozen=True, slots=True)
class CsvImport:
    """What a sheet became: the deck's TOML, how many cards it holds, and every problem."""

    toml: str
    """The deck file's text; empty when the sheet could not be read as questions at all."""
    cards: int
    problems: list[CsvProblem]

    @property
    def ok(self) -> bool:
        """Whether the deck may be written: it was built and only warnings were found."""
        return bool(self.toml) and all(p.warning for p in self.problems)


def read_sheet(path: Path) -> str:
    """The CSV file's text, refusing what cannot be a sheet before any parsing starts.

    Raises:
        KzjpError: unreadable, larger than the deck size cap, or not UTF-8.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DECK_BYTES + 1)
    except OSError as exc:
        message = _("cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        raise KzjpError(message) from None
    if len(data) > MAX_DECK_BYTES:
        message = _("{path} is larger than {size} MB; split it")
        raise KzjpError(message.format(path=path, size=MAX_DECK_BYTES // (1024 * 1024)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = _("{path} is not UTF-8 text; save the spreadsheet as 'CSV UTF-8'")
        raise KzjpError(message.format(path=path)) from None


def slug(text: str, *, limit: int = _ID_LIMIT) -> str:
    """An id in the deck format's alphabet (a-z, 0-9, '-'), transliterating Cyrillic."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT))
    ascii_only = folded.encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return cleaned[:limit].rstrip("-")


class _Ids:
    """Unique ids: the first use of a base keeps it, later ones get ``-2``, ``-3``…

    The next suffix is remembered per base, so 60,000 rows with one prompt cost 60,000 steps,
    not the 1.8 billion a restart at ``-2`` for every duplicate costs.
    """

    def __init__(self, taken: set[str] | None = None) -> None:
        self._used: set[str] = set(taken or ())
        self._next: dict[str, int] = {}

    def claim(self, base: str) -> str:
        candidate, n = base, self._next.get(base, 2)
        while candidate in self._used:  # also steps over a "base-2" that was its own base
            candidate = f"{base}-{n}"
            n += 1
        self._next[base] = n
        self._used.add(candidate)
        return candidate


def _split(value: str) -> list[str]:
    return [part for part in _SPLIT.split(value.strip()) if part] if value.strip() else []


def _number(text: str) -> int | float | None:
    """A spreadsheet number (``1 500``, ``2,5``), or None; bounds are the deck model's rule."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        return float(cleaned)  # "nan", "inf" and "1e400" parse; the loader refuses them by row
    except ValueError:
        return None


def _rows(text: str, problems: list[CsvProblem]) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header names (lower case) and (row number, cells) pairs, sniffing the separator."""
    first = text.partition("\n")[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    # csv's default cell cap (128 KiB) is below the file cap; a long cell is then the deck
    # model's "too long" problem at its row, not a crash. The limit is process-wide: restore it.
    previous = csv.field_size_limit(MAX_DECK_BYTES)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, dict(zip(header, cells, strict=False))))
    except csv.Error as exc:
        problems.append(CsvProblem(reader.line_num, _("not readable as CSV: {reason}").format(reason=exc)))
    finally:
        csv.field_size_limit(previous)
    return header, rows


def _card_type(row: dict[str, str], number: int, problems: list[CsvProblem]) -> str | None:
    kind = (row.get("type") or "text").strip().lower() or "text"
    if kind in CARD_TYPES:
        return kind
    message = _("unknown type {type}; use one of {types}").format(
        type=repr(kind), types=", ".join(CARD_TYPES)
    )
    problems.append(CsvProblem(number, message, "type"))
    return None


def _question(row: dict[str, str], number: int, problems: list[CsvProblem]) -> tuple[str, str] | None:
    prompt = row.get("prompt", "").strip()
    answer = row.get("answer", "").strip()
    if not prompt:
        problems.append(CsvProblem(number, _("empty; every card needs a question"), "prompt"))
    if not answer:
        problems.append(CsvProblem(number, _("empty; every card needs an answer"), "answer"))
    return (prompt, answer) if prompt and answer else None


def _answer_fields(
    kind: str, answer: str, row: dict[str, str], number: int, problems: list[CsvProblem]
) -> dict[str, Any] | None:
    """The answer (and choices or accepted forms) in the shape the card type wants."""
    accept = _split(row.get("accept", ""))
    if kind == "list":
        fields: dict[str, Any] = {"answer": _split(answer)}
    elif kind == "number":
        value = _number(answer)
        if value is None:
            problems.append(
                CsvProblem(number, _("{value} is not a number").format(value=repr(answer)), "answer")
            )
            return None
        fields = {"answer": value}
    elif kind == "choice":
        # Without a choices column, the accept column holds the wrong options.
        return {"choices": _split(row.get("choices", "")) or [answer, *accept], "answer": answer}
    else:
        fields = {"answer": answer}
    if accept and kind != "text":
        message = _("only text cards have accepted forms (this is a {type} card)").format(type=kind)
        problems.append(CsvProblem(number, message, "accept"))
    elif accept:
        fields["accept"] = accept
    return fields


def _optional_fields(
    kind: str, row: dict[str, str], number: int, problems: list[CsvProblem]
) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if kind == "text" and _split(row.get("reject", "")):
        fields["reject"] = _split(row.get("reject", ""))
    if tags := _split(row.get("tags", "")):
        fields["tags"] = tags
    for name in ("explain", "source", "unit"):
        if row.get(name, "").strip():
            fields[name] = row[name].strip()
    for name in ("need", "tolerance"):
        if row.get(name, "").strip():
            value = _number(row[name])
            if value is None:
                problems.append(
                    CsvProblem(number, _("{value} is not a number").format(value=repr(row[name])), name)
                )
            else:
                fields[name] = value
    return fields


def _card(row: dict[str, str], number: int, problems: list[CsvProblem]) -> dict[str, Any] | None:
    """The row's card without its id, or None when there is no card to check further.

    A row whose only problems are in optional columns still yields its card, so the loader can
    report the rest of that row in the same run.
    """
    kind = _card_type(row, number, problems)
    question = _question(row, number, problems)
    if kind is None or question is None:
        return None
    prompt, answer = question
    fields = _answer_fields(kind, answer, row, number, problems)
    if fields is None:
        return None
    return {"type": kind, "prompt": prompt, **fields, **_optional_fields(kind, row, number, problems)}


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _answer_text(card: Any) -> str:
    """A card's answer as the sheet writes it, for matching rows to cards."""
    if isinstance(card, ListCard):
        return "; ".join(item[0] for item in card.items)
    answer = getattr(card, "answer", "")
    return number_text(answer) if isinstance(answer, int | float) else str(answer)


_SAME_QUESTION = 0.6
"""How similar two questions must be (difflib's ratio) to be one card edited: a typo fixed or
a word changed keeps well above it, a different question about the same topic falls below."""
_SAME_QUESTION_SAME_ANSWER = 0.4
"""The bar when the answer is the same too: a question reworded more heavily is still the card."""


def match_ids(rows: Mapping[int, tuple[str, str]], cards: Mapping[str, tuple[str, str]]) -> dict[int, str]:
    """Which existing card each row is, so that re-importing a sheet keeps card ids (and progress).

    Args:
        rows: row number → (question, answer) of the rows without an ``id``.
        cards: card id → (question, answer) of the existing deck's cards not claimed otherwise.

    Returns:
        Row number → card id, each card given to one row at most. The same question (ignoring
        case, ё/е and spacing) wins first; then the most similar pairs, best first, above
        :data:`_SAME_QUESTION` (or :data:`_SAME_QUESTION_SAME_ANSWER` with the same answer).
        Never a hash of the text: fixing a typo must not make a new card.
    """
    matched: dict[int, str] = {}
    free = dict(cards)
    by_question: dict[str, list[str]] = {}
    for card_id, (question, _answer) in free.items():
        by_question.setdefault(_folded(question), []).append(card_id)
    for number, (question, _answer) in rows.items():
        same = by_question.get(_folded(question))
        if same:
            matched[number] = same.pop(0)
            free.pop(matched[number])
    pairs: list[tuple[float, int, str]] = []
    for number, (question, answer) in rows.items():
        if number in matched:
            continue
        folded = _folded(question)
        for card_id, (other, other_answer) in free.items():
            matcher = difflib.SequenceMatcher(None, folded, _folded(other), autojunk=False)
            if matcher.real_quick_ratio() < _SAME_QUESTION_SAME_ANSWER:
                continue
            ratio = matcher.ratio()
            same_answer = _folded(answer) == _folded(other_answer)
            if ratio >= _SAME_QUESTION or (same_answer and ratio >= _SAME_QUESTION_SAME_ANSWER):
                pairs.append((ratio + (1.0 if same_answer else 0.0), number, card_id))
    for _score, number, card_id in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if number not in matched and card_id in free:
            matched[number] = card_id
            free.pop(card_id)
    return matched


def _assign_ids(built: list[tuple[int, dict[str, str], dict[str, Any]]], existing: Deck | None) -> list[str]:
    """Each built card's id: the ``id`` column as written, else the existing card's, else a new one."""
    given = {number: row.get("id", "").strip() for number, row, _card in built if row.get("id", "").strip()}
    wanted = {number: (card["prompt"], row.get("answer", "").strip()) for number, row, card in built}
    unpinned = {number: qa for number, qa in wanted.items() if number not in given}
    cards: dict[str, tuple[str, str]] = {}
    if existing is not None:
        for _section, card in existing.cards():
            if card.id not in given.values():
                cards[card.id] = (card.prompt, _answer_text(card))
    matched = match_ids(unpinned, cards)
    ids = _Ids({*given.values(), *matched.values()})
    return [
        given.get(number) or matched.get(number) or ids.claim(slug(card["prompt"]) or f"card-{number}")
        for number, _row, card in built
    ]


def _check_header(header: list[str], problems: list[CsvProblem]) -> bool:
    missing = [c for c in ("prompt", "answer") if c not in header]
    if missing:
        found = ", ".join(h for h in header if h) or "—"
        message = ngettext(
            "missing column {columns} (found: {found})",
            "missing columns {columns} (found: {found})",
            len(missing),
        )
        problems.append(CsvProblem(1, message.format(columns=", ".join(missing), found=found)))
        return False
    unknown = [h for h in header if h and h not in COLUMNS + OPTIONAL]
    if unknown:
        message = ngettext(
            "unknown column {columns} ignored", "unknown columns {columns} ignored", len(unknown)
        )
        problems.append(CsvProblem(1, message.format(columns=", ".join(unknown)), warning=True))
    return True


def _validate(toml_text: str, rows: dict[str, int], name: str) -> list[CsvProblem]:
    """Run the deck loader on the TOML and map its problems back to CSV rows."""
    try:
        parse_deck(toml_text.encode("utf-8"), name)
    except DeckError as exc:
        mapped: list[CsvProblem] = []
        for problem in exc.problems:
            row = rows.get(f"card:{problem.card}") or rows.get(f"section:{problem.section}")
            column = problem.field.split(".")[0].split("[")[0] if problem.field else None
            message = problem.message
            if problem.card:
                message = _("{message} (card {card})").format(message=message, card=problem.card)
            mapped.append(CsvProblem(row, message, column))
        return mapped
    return []


def convert(
    text: str, *, deck_id: str, title: str, language: str, name: str, existing: Deck | None = None
) -> CsvImport:
    """Build the deck from CSV text and check it with the loader; ``name`` labels the deck file.

    Every row is converted even after a bad one, and the loader runs on all the cards that
    could be built, so one run lists every problem of the sheet. ``existing`` is the deck the
    sheet was imported into before: its card ids are kept (:func:`match_ids`).
    """
    problems: list[CsvProblem] = []
    header, rows = _rows(text, problems)
    if not _check_header(header, problems):
        return CsvImport("", 0, problems)
    built = [
        (number, row, card) for number, row in rows if (card := _card(row, number, problems)) is not None
    ]
    sections: dict[str, dict[str, Any]] = {}
    located: dict[str, int] = {}  # "card:ID" / "section:ID" → CSV row
    section_ids = _Ids()
    for (number, row, card), card_id in zip(built, _assign_ids(built, existing), strict=True):
        located.setdefault(f"card:{card_id}", number)
        label = row.get("section", "").strip() or "main"
        if label not in sections:
            section_id = section_ids.claim(slug(label) or f"section-{len(sections) + 1}")
            sections[label] = {"id": section_id, "title": label, "cards": []}
            located[f"section:{section_id}"] = number
        sections[label]["cards"].append({"id": card_id, **card})
    if not rows:
        problems.append(CsvProblem(None, _("no question rows after the header")))
    deck = {
        "format": 1,
        "deck": {"id": deck_id, "title": title, "language": language},
        "sections": list(sections.values()),
    }
    toml_text = tomli_w.dumps(deck)
    if sections:
        problems += _validate(toml_text, located, name)
    cards = sum(len(s["cards"]) for s in sections.values())
    return CsvImport(toml_text, cards, problems)
