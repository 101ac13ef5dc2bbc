"""The deck model: deck format 1 as frozen pydantic models.

The contract lives in ``shared/docs/deck-format.md``; this module is its executable form. Every
model is frozen (a loaded deck is shared by the grader, the scheduler and the UI, so nobody may
mutate it) and rejects unknown fields (an instructor's ``promt = ...`` must be an error, not a
card that silently never works).

Length caps (also in the README and, as maxLength, in the JSON Schema):

========================  ===========
field                     cap (chars)
========================  ===========
ids                       64
titles                    200
prompt                    2,000
answer / accept / reject  300 each, 50 entries
choices                   300 each, 2..20 entries
list items                300 each, 50 items
explain                   4,000
source                    1,000
description               4,000
tags                      50 each, 20 tags
========================  ===========

Numbers: a number card's ``answer`` and ``tolerance`` must be finite and within
±:data:`MAX_NUMBER` (10^15). NaN and infinity can never be graded right, and bigger values
overflow the float arithmetic of the grader and the Anki export; the loader refuses integer
literals of more than 30 digits before parsing (Python refuses to convert more than 4,300).

Text: besides control characters, invisible format characters are refused (soft hyphen,
zero-width characters, word joiner, BOM, line/paragraph separators, tag characters; see
:data:`INVISIBLE_CHARACTERS`). Pasted from a PDF into an answer, they split a word in two for
the grader while looking identical on screen.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

__all__ = [
    "CARD_MODELS",
    "CARD_TYPES",
    "FORMAT_VERSION",
    "ID_PATTERN",
    "INVISIBLE_CHARACTERS",
    "MAX_ID_LENGTH",
    "MAX_NUMBER",
    "NO_CONTROL_PATTERN",
    "Card",
    "CardBase",
    "ChoiceCard",
    "DateCard",
    "Deck",
    "DeckInfo",
    "ListCard",
    "NumberCard",
    "Section",
    "TextCard",
    "check_text",
    "find_duplicate_ids",
    "short_repr",
]

FORMAT_VERSION = 1
"""The only deck format this version reads."""

_CONTROL_NAMES = {
    0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
    0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x9B: "CONTROL SEQUENCE INTRODUCER",
}  # fmt: skip
_CONTROL_CLASS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069"
"""C0/C1 controls except tab and newline, and the bidi controls: they can hijack a terminal or
make a card read differently from what it grades."""
INVISIBLE_CHARACTERS = (
    r"\xad\u180e\u200b-\u200f\u2028\u2029\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb"
    r"\U000e0000-\U000e007f"
)
"""A regex character class (without brackets) of the invisible format characters: soft hyphen,
zero-width space/joiners/marks, line and paragraph separators, word joiner and invisible
operators, BOM, interlinear annotation marks and tag characters. Refused in deck text and dropped
from typed answers by the grader's normaliser. ZWJ is included: no deck needs emoji sequences."""
_CONTROL = re.compile(f"[{_CONTROL_CLASS}]")
_REFUSED = re.compile(f"[{_CONTROL_CLASS}{INVISIBLE_CHARACTERS}]")


def short_repr(value: str, limit: int = 40) -> str:
    """A value quoted for a message, cut so that a huge value does not flood the screen.

    ``repr`` also shows control and invisible characters as escapes, so a message can never carry
    a terminal escape sequence from a deck.
    """
    return repr(value if len(value) <= limit else value[:limit] + "…")


def check_text(value: str) -> str:
    """Refuse control and invisible characters, because deck text is printed and graded.

    An escape sequence in a prompt could restyle or hijack the student's terminal, and a bidi
    override can make a card read differently from what it grades. A soft hyphen or zero-width
    space inside an answer looks like nothing but splits the word for the grader. Newline and
    tab are ordinary text and stay allowed.
    """
    found = _REFUSED.search(value)
    if found is None:
        return value
    char = found.group()
    code = ord(char)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(char, "control character")
    kind = "control" if _CONTROL.match(char) else "invisible"
    raise PydanticCustomError(
        "control_character",
        "{kind} character U+{code} ({name}) at position {position}; remove it",
        {"kind": kind, "code": f"{code:04X}", "name": name, "position": found.start() + 1},
    )


NO_CONTROL_PATTERN = f"^[^{_CONTROL_CLASS}{INVISIBLE_CHARACTERS}]*$"
"""Text without control or invisible characters; checked in Rust for speed, explained by
:func:`check_text`."""

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
"""Deck, section and card ids: lowercase Latin letters, digits and '-'."""
MAX_ID_LENGTH = 64

Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_ID_LENGTH, pattern=ID_PATTERN),
]
Title = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_CONTROL_PATTERN)]
Prompt = Annotated[str, StringConstraints(min_length=1, max_length=2000, pattern=NO_CONTROL_PATTERN)]
AnswerText = Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=NO_CONTROL_PATTERN)]
Explain = Annotated[str, StringConstraints(max_length=4000, pattern=NO_CONTROL_PATTERN)]
Source = Annotated[str, StringConstraints(max_length=1000, pattern=NO_CONTROL_PATTERN)]
TagText = Annotated[str, StringConstraints(min_length=1, max_length=50, pattern=NO_CONTROL_PATTERN)]
UnitText = Annotated[str, StringConstraints(max_length=100, pattern=NO_CONTROL_PATTERN)]

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


def _blank(value: str) -> bool:
    return not value.strip()


class CardBase(_Frozen):
    """Fields every card type shares."""

    id: Id
    """Unique in the whole deck; progress is keyed by deck id + card id, so never reuse one."""
    prompt: Prompt
    """The question, shown as plain text (never markup)."""
    explain: Explain | None = None
    """Shown after the answer is graded: one or two sentences of context."""
    source: Source | None = None
    """A verbatim quote from the course text that backs the card."""
    tags: Annotated[list[TagText], Field(max_length=20)] = []
    """Free labels such as "даты" or "people"; used for search and reports."""

    @field_validator("prompt")
    @classmethod
    def _prompt_not_blank(cls, value: str) -> str:
        if _blank(value):
            raise PydanticCustomError("blank", "must not be empty or only spaces")
        return value


class TextCard(CardBase):
    """A free-text answer: a name, a concept, a phrase."""

    type: Literal["text"] = "text"
    answer: AnswerText
    """The canonical answer, shown to the student after grading."""
    accept: Annotated[list[AnswerText], Field(max_length=50)] = []
    """Other forms that are also correct (aliases, spellings, a surname alone)."""
    reject: Annotated[list[AnswerText], Field(max_length=50)] = []
    """Near misses that are never correct, however close (a neighbouring person or concept)."""

    @model_validator(mode="after")
    def _check_lists(self) -> TextCard:
        if _blank(self.answer):
            raise PydanticCustomError("blank", "must not be empty or only spaces", {"field": "answer"})
        both = sorted(set(self.accept) & (set(self.reject)))
        if both:
            raise PydanticCustomError(
                "accept_reject",
                "{entries} is in both accept and reject; keep it in one of them",
                {"field": "reject", "entries": ", ".join(repr(b) for b in both)},
            )
        if self.answer in self.reject:
            raise PydanticCustomError(
                "accept_reject",
                "the answer {answer} is also in reject; remove it from reject",
                {"field": "reject", "answer": repr(self.answer)},
            )
        return self


class DateCard(CardBase):
    """A date asked at a precision: a year, a month or a day."""

    type: Literal["date"]
    answer: str
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: the precision the question asks for."""

    @field_validator("answer", mode="before")
    @classmethod
    def _date_to_text(cls, value: Any) -> Any:
        # `answer = 1991-12-28` without quotes is a TOML date; it means the same thing.
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        return value

    @field_validator("answer")
    @classmethod
    def _valid_date(cls, value: str) -> str:
        match = _DATE_RE.match(value)
        if not match:
            raise PydanticCustomError(
                "date_format",
                "{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 1991-12-28)",
                {"value": short_repr(value)},
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            raise PydanticCustomError(
                "date_impossible",
                "{value} is not a real date (month 01-12, a day that exists in that month)",
                {"value": short_repr(value)},
            ) from None
        return value

    @property
    def parts(self) -> tuple[int, int | None, int | None]:
        """The answer as (year, month or None, day or None)."""
        match = _DATE_RE.match(self.answer)
        assert match is not None
        year, month, day = match.groups()
        return int(year), int(month) if month else None, int(day) if day else None


MAX_NUMBER = 10**15
"""Largest magnitude of a number card's answer or tolerance (see the module docstring)."""


class NumberCard(CardBase):
    """A number; never graded fuzzily, because 47 is not 74.

    ``answer`` and ``tolerance`` are finite and at most :data:`MAX_NUMBER` (10^15) in magnitude:
    NaN or infinity could never be answered right, and a 400-digit integer overflows ``float``
    in the grader and the Anki export. Refusing them here means nothing that validated can crash
    later.
    """

    type: Literal["number"]
    answer: int | float
    tolerance: Annotated[float, Field(ge=0)] = 0
    """Absolute tolerance; 0 means the exact number."""
    unit: UnitText | None = None
    """Shown after the number, for example "млн долларов"."""

    @field_validator("answer", mode="before")
    @classmethod
    def _not_bool(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise PydanticCustomError("number_type", "must be a number, not true/false")
        return value

    @field_validator("answer", "tolerance", mode="before")
    @classmethod
    def _usable(cls, value: Any) -> Any:
        # Before the type and `ge` checks, so that nan gets this message and not "must be at least 0".
        # An int beyond float range makes math.isfinite raise, so compare magnitudes as they are.
        if not isinstance(value, int | float) or isinstance(value, bool):
            return value
        if (isinstance(value, float) and not math.isfinite(value)) or abs(value) > MAX_NUMBER:
            raise PydanticCustomError(
                "number_range",
                "must be a finite number no larger than 10^15 in size (nan and inf cannot be graded)",
            )
        return value


ListItem = AnswerText | Annotated[list[AnswerText], Field(min_length=1, max_length=20)]


class ListCard(CardBase):
    """Several items, of which the student must name ``need``."""

    type: Literal["list"]
    answer: Annotated[list[ListItem], Field(min_length=1, max_length=50)]
    """Items; an item is a string or a list whose first string is canonical and the rest aliases."""
    need: Annotated[int, Field(ge=1)] | None = None
    """How many distinct items make the answer correct; all of them when omitted."""
    ordered: bool = False
    """Whether the items must come in the given order."""

    @property
    def items(self) -> list[tuple[str, ...]]:
        """Each item as (canonical, alias, ...)."""
        return [(item,) if isinstance(item, str) else tuple(item) for item in self.answer]

    @property
    def required(self) -> int:
        """The number of distinct items that make the answer correct."""
        return self.need if self.need is not None else len(self.answer)

    @model_validator(mode="after")
    def _check_need(self) -> ListCard:
        if self.need is not None and self.need > len(self.answer):
            raise PydanticCustomError(
                "need_too_large",
                "need is {need} but the list has only {count} items; lower need or add items",
                {"field": "need", "need": self.need, "count": len(self.answer)},
            )
        canon = [item[0] for item in self.items]
        dupes = sorted({c for c in canon if canon.count(c) > 1})
        if dupes:
            raise PydanticCustomError(
                "duplicate_item",
                "item {items} appears more than once; list each item once",
                {"field": "answer", "items": ", ".join(repr(d) for d in dupes)},
            )
        return self


class ChoiceCard(CardBase):
    """A multiple choice, for where a free answer would be unfair."""

    type: Literal["choice"]
    choices: Annotated[list[AnswerText], Field(min_length=2, max_length=20)]
    """The options, shown numbered from 1."""
    answer: AnswerText
    """The correct option; must be one of ``choices``."""

    @model_validator(mode="after")
    def _answer_in_choices(self) -> ChoiceCard:
        if self.answer not in self.choices:
            raise PydanticCustomError(
                "choice_answer",
                "the answer {answer} is not one of the choices; copy it exactly from choices",
                {"field": "answer", "answer": repr(self.answer)},
            )
        if len(set(self.choices)) != len(self.choices):
            raise PydanticCustomError(
                "duplicate_choice", "choices repeat an option; list each once", {"field": "choices"}
            )
        return self


CARD_MODELS: dict[str, type[CardBase]] = {
    "text": TextCard,
    "date": DateCard,
    "number": NumberCard,
    "list": ListCard,
    "choice": ChoiceCard,
}
"""Each ``type = "..."`` value and its model; the one list of card types (the ``Card`` union below
must name the same models, which a test checks)."""
CARD_TYPES = tuple(CARD_MODELS)


def _card_type(value: Any) -> str | None:
    if isinstance(value, dict):
        kind = value.get("type", "text")
        return kind if isinstance(kind, str) and kind in CARD_TYPES else None
    kind = getattr(value, "type", None)
    return kind if isinstance(kind, str) else None


Card = Annotated[
    Annotated[TextCard, Tag("text")]
    | Annotated[DateCard, Tag("date")]
    | Annotated[NumberCard, Tag("number")]
    | Annotated[ListCard, Tag("list")]
    | Annotated[ChoiceCard, Tag("choice")],
    Discriminator(
        _card_type,
        custom_error_type="card_type",
        custom_error_message="must be one of " + ", ".join(f'"{kind}"' for kind in CARD_TYPES),
    ),
]
"""Any card; ``type`` picks the model and defaults to "text"."""


@dataclass(frozen=True, slots=True)
class DuplicateId:
    """A repeated section or card id, by position, so the loader can point at its line."""

    section: int
    card: int | None
    message: str


def find_duplicate_ids(sections: list[tuple[Any, list[Any]]]) -> list[DuplicateId]:
    """Every repeated section id and card id (card ids must be unique in the whole deck).

    Shared by the model and the loader: the model's own check cannot run when any card is
    invalid, yet an instructor wants duplicates reported together with everything else.
    """
    found: list[DuplicateId] = []
    seen_sections: set[Any] = set()
    seen_cards: dict[Any, Any] = {}
    for s_index, (section_id, card_ids) in enumerate(sections):
        if section_id is not None and section_id in seen_sections:
            found.append(DuplicateId(s_index, None, f"duplicate section id {section_id!r}"))
        seen_sections.add(section_id)
        for c_index, card_id in enumerate(card_ids):
            if card_id is None:
                continue
            if card_id in seen_cards:
                found.append(
                    DuplicateId(
                        s_index,
                        c_index,
                        f"duplicate card id {card_id!r} (first used in section "
                        f"{seen_cards[card_id]!r}); card ids must be unique in the deck",
                    )
                )
            else:
                seen_cards[card_id] = section_id
    return found


class DeckInfo(_Frozen):
    """The ``[deck]`` table: who the deck is and what language drives grading."""

    id: Id
    """Lowercase letters, digits and '-'; progress is keyed by it, so never rename a deck in use."""
    title: Title
    language: Literal["ru", "en"]
    """Drives normalisation, morphology and date words."""
    description: Explain | None = None
    source: Source | None = None


class Section(_Frozen):
    """A lecture section; sections keep lecture order and new cards come in that order."""

    id: Id
    title: Title
    cards: Annotated[list[Card], Field(min_length=1, max_length=20000)]


def _shown(value: Any) -> str:
    """Any TOML value as a short, safe part of a message (a string is quoted and escaped)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**30:
        return str(value)
    if isinstance(value, str | float | bool):
        return short_repr(str(value)) if isinstance(value, str) else str(value)
    return f"of type {type(value).__name__}"


class Deck(_Frozen):
    """A whole deck file."""

    format: int
    """Deck format version; this program reads 1."""
    deck: DeckInfo
    sections: Annotated[list[Section], Field(min_length=1, max_length=1000)]

    @field_validator("format", mode="before")
    @classmethod
    def _supported_format(cls, value: Any) -> Any:
        if value != FORMAT_VERSION or isinstance(value, bool):
            raise PydanticCustomError(
                "unsupported_format",
                "unsupported deck format {value} (this version reads {supported})",
                {"value": _shown(value), "supported": FORMAT_VERSION},
            )
        return value

    @model_validator(mode="after")
    def _unique_ids(self) -> Deck:
        duplicates = find_duplicate_ids(
            [(section.id, [card.id for card in section.cards]) for section in self.sections]
        )
        if duplicates:
            raise PydanticCustomError(
                "duplicate_id", "{summary}", {"summary": "; ".join(d.message for d in duplicates)}
            )
        return self

    @property
    def id(self) -> str:
        """The deck's id (``deck.id`` in the file)."""
        return self.deck.id

    @property
    def language(self) -> str:
        """The deck's language, "ru" or "en"; drives grading and date words."""
        return self.deck.language

    def cards(self) -> list[tuple[Section, Card]]:
        """Every card with its section, in lecture order."""
        return [(section, card) for section in self.sections for card in section.cards]

    @cached_property
    def _index(self) -> dict[str, tuple[Section, Card]]:
        return {card.id: (section, card) for section, card in self.cards()}

    def card(self, card_id: str) -> Card | None:
        """The card with this id, or None."""
        found = self._index.get(card_id)
        return found[1] if found else None

    def section_of(self, card_id: str) -> Section | None:
        """The section holding this card, or None."""
        found = self._index.get(card_id)
        return found[0] if found else None
