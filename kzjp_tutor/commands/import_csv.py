"""``kzjp-tutor import-csv FILE.csv --out DECK.toml [--deck-id ID --title T --language ru]``.

Many instructors write questions in a spreadsheet. This turns one (saved as CSV, comma,
semicolon or tab separated, UTF-8 with or without BOM) into a deck file, written with tomli-w,
then runs the real loader on the result, so what is written is a deck that loads, and every
problem is reported against the spreadsheet's row number (the header is row 1).

Columns (header names, any case; only ``prompt`` and ``answer`` are required):

========  ==============================================================================
prompt    the question
answer    the answer; for ``list`` cards the items, separated by ``|`` or ``;``
accept    other accepted forms, separated by ``|`` or ``;`` (text cards); for ``choice``
          cards without a ``choices`` column, the wrong options
type      text (default), date, number, list, choice
section   the section: an id such as ``lecture-1`` or a title such as "Лекция 1"
tags      labels, separated by ``|`` or ``;``
id        optional card id; without it one is made from the prompt (pin ids with this
          column: progress is keyed by card id)
choices   optional, for choice cards: every option, separated by ``|`` or ``;``
reject, explain, source, need, unit, tolerance   optional, as in the deck format
========  ==============================================================================

Nothing is written when the result would not load: a deck file that does not validate is of
no use to students, and the instructor fixes the spreadsheet and imports again.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from ..core.context import Context
from ..core.deck import CARD_TYPES
from ..core.errors import DeckError, KzjpError
from ..core.files import write_atomic
from ..core.loader import parse_deck

__all__ = ["COLUMNS", "CsvProblem", "csv_to_deck", "register", "run", "slug", "validate"]

COLUMNS = ("prompt", "answer", "accept", "type", "section", "tags")
"""The documented columns; ``prompt`` and ``answer`` are required."""
OPTIONAL = ("id", "choices", "reject", "explain", "source", "need", "unit", "tolerance")
_SPLIT = re.compile(r"\s*[|;]\s*")
_MAX_BYTES = 16 * 1024 * 1024
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
        where = f"row {self.row}" if self.row is not None else "file"
        kind = "warning: " if self.warning else ""
        return (
            f"{where}: {self.column}: {kind}{self.message}"
            if self.column
            else f"{where}: {kind}{self.message}"
        )


def register(sub: Any) -> None:
    """Add the ``import-csv`` subcommand."""
    parser = sub.add_parser(
        "import-csv",
        help="turn a spreadsheet (CSV) of questions into a deck file",
        description="Columns: prompt, answer, accept, type, section, tags (accept/tags separated by | or ;); "
        "optional: id, choices, reject, explain, source, need, unit, tolerance. The deck is validated and "
        "problems are reported by CSV row; nothing is written if it does not validate.",
    )
    parser.add_argument("csv_file", metavar="FILE.csv", type=Path)
    parser.add_argument("--out", metavar="DECK.toml", type=Path, required=True)
    parser.add_argument("--deck-id", metavar="ID", help="default: made from the CSV file name")
    parser.add_argument("--title", metavar="T", help="default: the CSV file name")
    parser.add_argument(
        "--language", choices=("ru", "en"), default="ru", help="grading language (default ru)"
    )
    parser.set_defaults(handler=run)


def slug(text: str, *, limit: int = 48) -> str:
    """An id in the deck format's alphabet (a-z, 0-9, '-'), transliterating Cyrillic."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT))
    ascii_only = folded.encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return cleaned[:limit].rstrip("-")


def _split(value: str) -> list[str]:
    return [part for part in _SPLIT.split(value.strip()) if part] if value.strip() else []


def _number(text: str) -> int | float | None:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        return float(cleaned)
    except ValueError:
        return None


def _rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header names (lower case) and (row number, cells) pairs, sniffing the separator."""
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        return [], []
    rows: list[tuple[int, dict[str, str]]] = []
    for cells in reader:
        number = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        rows.append((number, {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)}))
    return header, rows


def _card(
    row: dict[str, str], number: int, used: set[str], problems: list[CsvProblem]
) -> dict[str, Any] | None:
    prompt = row.get("prompt", "").strip()
    answer = row.get("answer", "").strip()
    kind = (row.get("type", "") or "text").strip().lower() or "text"
    if kind not in CARD_TYPES:
        problems.append(
            CsvProblem(number, f"unknown type {kind!r}; use one of {', '.join(CARD_TYPES)}", "type")
        )
        return None
    if not prompt:
        problems.append(CsvProblem(number, "empty; every card needs a question", "prompt"))
    if not answer:
        problems.append(CsvProblem(number, "empty; every card needs an answer", "answer"))
    if not prompt or not answer:
        return None
    card_id = slug(row.get("id", "")) or slug(prompt) or f"card-{number}"
    base, n = card_id, 2
    while card_id in used:
        card_id = f"{base}-{n}"[:64]
        n += 1
    used.add(card_id)
    card: dict[str, Any] = {"id": card_id, "type": kind, "prompt": prompt}
    accept = _split(row.get("accept", ""))
    if kind == "list":
        card["answer"] = _split(answer)
    elif kind == "number":
        value = _number(answer)
        if value is None:
            problems.append(CsvProblem(number, f"{answer!r} is not a number", "answer"))
            return None
        card["answer"] = value
    elif kind == "choice":
        choices = _split(row.get("choices", "")) or [answer, *accept]
        card["choices"] = choices
        card["answer"] = answer
        accept = []
    else:
        card["answer"] = answer
    if accept:
        if kind != "text":
            problems.append(
                CsvProblem(number, f"only text cards have accepted forms (this is {kind})", "accept")
            )
        else:
            card["accept"] = accept
    if kind == "text" and _split(row.get("reject", "")):
        card["reject"] = _split(row.get("reject", ""))
    tags = _split(row.get("tags", ""))
    if tags:
        card["tags"] = tags
    for name in ("explain", "source", "unit"):
        if row.get(name, "").strip():
            card[name] = row[name].strip()
    for name in ("need", "tolerance"):
        if row.get(name, "").strip():
            value = _number(row[name])
            if value is None:
                problems.append(CsvProblem(number, f"{row[name]!r} is not a number", name))
            else:
                card[name] = value
    return card


def csv_to_deck(
    text: str, *, deck_id: str, title: str, language: str
) -> tuple[str, dict[str, int], list[CsvProblem]]:
    """Build the deck's TOML from CSV text.

    Returns:
        The TOML text, card id → CSV row, and problems found in the CSV itself (the loader's
        problems come afterwards, from :func:`validate`).
    """
    header, rows = _rows(text)
    problems: list[CsvProblem] = []
    missing = [c for c in ("prompt", "answer") if c not in header]
    if missing:
        found = ", ".join(h for h in header if h) or "none"
        problems.append(CsvProblem(1, f"missing column(s) {', '.join(missing)} (found: {found})"))
        return "", {}, problems
    unknown = [h for h in header if h and h not in COLUMNS + OPTIONAL]
    if unknown:
        problems.append(CsvProblem(1, f"unknown column(s) {', '.join(unknown)} ignored", warning=True))
    sections: dict[str, dict[str, Any]] = {}
    section_rows: dict[str, int] = {}
    card_rows: dict[str, int] = {}
    used: set[str] = set()
    for number, row in rows:
        label = row.get("section", "").strip() or "main"
        card = _card(row, number, used, problems)
        if card is None:
            continue
        card_rows[card["id"]] = number
        if label not in sections:
            section_id = slug(label) or f"section-{len(sections) + 1}"
            while any(s["id"] == section_id for s in sections.values()):
                section_id = f"{section_id}-{len(sections) + 1}"
            sections[label] = {"id": section_id, "title": label, "cards": []}
            section_rows[section_id] = number
        sections[label]["cards"].append(card)
    if not rows:
        problems.append(CsvProblem(None, "no question rows after the header"))
    deck = {
        "format": 1,
        "deck": {"id": deck_id, "title": title, "language": language},
        "sections": list(sections.values()),
    }
    card_rows.update({f"section:{k}": v for k, v in section_rows.items()})
    return tomli_w.dumps(deck), card_rows, problems


def validate(toml_text: str, rows: dict[str, int], name: str) -> list[CsvProblem]:
    """Run the deck loader on the TOML and map its problems back to CSV rows."""
    try:
        parse_deck(toml_text.encode("utf-8"), name)
    except DeckError as exc:
        mapped: list[CsvProblem] = []
        for problem in exc.problems:
            row = rows.get(problem.card or "") or rows.get(f"section:{problem.section}")
            column = problem.field.split(".")[0].split("[")[0] if problem.field else None
            where = f" (card {problem.card})" if problem.card else ""
            mapped.append(CsvProblem(row, problem.message + where, column))
        return mapped
    return []


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Convert, validate, and write the deck only if it loads."""
    path: Path = args.csv_file
    try:
        data = path.read_bytes()[: _MAX_BYTES + 1]
    except OSError as exc:
        raise KzjpError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > _MAX_BYTES:
        raise KzjpError(f"{path} is larger than {_MAX_BYTES // (1024 * 1024)} MB; split it")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KzjpError(f"{path} is not UTF-8 text; save the spreadsheet as 'CSV UTF-8'") from None
    deck_id = args.deck_id or slug(path.stem) or "imported-deck"
    toml_text, rows, problems = csv_to_deck(
        text, deck_id=deck_id, title=args.title or path.stem, language=args.language
    )
    if toml_text and all(p.warning for p in problems):
        problems += validate(toml_text, rows, str(args.out))
    for problem in problems:
        print(f"{path}: {problem}", file=ctx.stderr)
    if not toml_text or any(not p.warning for p in problems):
        print(
            f"kzjp-tutor import-csv: {args.out} not written; fix the rows above and import again",
            file=ctx.stderr,
        )
        return 1
    write_atomic(args.out, toml_text)
    cards = len(rows) - sum(1 for k in rows if k.startswith("section:"))
    print(f"wrote {args.out}: deck {deck_id!r}, {cards} cards; it validates", file=ctx.stdout)
    return 0
