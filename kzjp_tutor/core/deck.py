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
from typing import Annotated, Any, Literal, TypeVar

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

from .i18n import gettext as _
from .i18n import ngettext

__all__ = [
    "CARD_MODELS",
    "CARD_TYPES",
    "EXTRA_TAG",
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
    "RuleBreak",
    "Section",
    "TextCard",
    "card_rule_breaks",
    "check_text",
    "find_duplicate_ids",
    "short_repr",
]

FORMAT_VERSION = 1
EXTRA_TAG = "extra"  # i18n: not text
"""The tag of a card beyond the core facts (trivia): introduced last, left out with ``include_extra = false``."""
"""The only deck format this version reads."""

_CONTROL_NAMES = {
    0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",  # i18n: not text
    0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x9B: "CONTROL SEQUENCE INTRODUCER",  # i18n: not text
}  # fmt: skip
_CONTROL_CLASS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069"
"""C0/C1 controls except tab and newline, and the bidi controls: they can hijack a terminal or
make a card read differently from what it grades."""
INVISIBLE_CHARACTERS = (
    r"\xad\u180e\u200b-\u200f\u2028\u2029\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb"
    r"\U000e0000-\U000e007f"  # i18n: not text
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
    name = _CONTROL_NAMES.get(code) or unicodedata.name(char, "U+" + f"{code:04X}")
    if _CONTROL.match(char):
        message = _("control character U+{code} ({name}) at position {position}; remove it")
    else:
        message = _("invisible character U+{code} ({name}) at position {position}; remove it")
    raise PydanticCustomError(
        "control_character",
        message,
        {"code": f"{code:04X}", "name": name, "position": found.start() + 1},
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
LintCheck = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID_LENGTH, pattern=ID_PATTERN)]
LintReason = Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=NO_CONTROL_PATTERN)]
UnitText = Annotated[str, StringConstraints(max_length=100, pattern=NO_CONTROL_PATTERN)]

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class _Frozen(BaseModel):
    # strict: `tolerance = "2"`, `need = "2"` or `ordered = "yes"` is a wrong type in the
    # contract (and in the JSON Schema), not text to be converted quietly.
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False, strict=True)


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
    lint_ignore: Annotated[dict[LintCheck, LintReason], Field(max_length=20)] = {}
    """``kzjp-tutor lint`` checks this card trips by design, each with the reason it stays:
    ``lint_ignore = { gives-away = "the date card must name the conference" }``."""

    @property
    def is_extra(self) -> bool:
        """Tagged ``extra``: beyond the core facts, so studied last and only with ``include_extra``."""
        return EXTRA_TAG in self.tags

    @field_validator("prompt")
    @classmethod
    def _prompt_not_blank(cls, value: str) -> str:
        if _blank(value):
            raise PydanticCustomError("blank", _("must not be empty or only spaces"))
        return value

    @field_validator("lint_ignore")
    @classmethod
    def _reasons_given(cls, value: dict[str, str]) -> dict[str, str]:
        # Which checks exist is the linter's to say (it reports a name it does not know).
        for check, reason in value.items():
            if _blank(reason):
                raise PydanticCustomError(
                    "blank_reason",
                    _("the reason for ignoring {check} is empty; say why the card stays as it is"),
                    {"check": short_repr(check)},
                )
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

    @field_validator("answer")
    @classmethod
    def _answer_not_blank(cls, value: str) -> str:
        if _blank(value):
            raise PydanticCustomError("blank", _("must not be empty or only spaces"))
        return value

    @model_validator(mode="after")
    def _rules(self) -> TextCard:
        return _obey_rules(self)


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
                _("{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 1991-12-28)"),
                {"value": short_repr(value)},
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            raise PydanticCustomError(
                "date_impossible",
                _("{value} is not a real date (month 01-12, a day that exists in that month)"),
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
            raise PydanticCustomError("number_type", _("must be a number, not true/false"))
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
                _("must be a finite number no larger than 10^15 in size (nan and inf cannot be graded)"),
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
    def _rules(self) -> ListCard:
        return _obey_rules(self)


class ChoiceCard(CardBase):
    """A multiple choice, for where a free answer would be unfair."""

    type: Literal["choice"]
    choices: Annotated[list[AnswerText], Field(min_length=2, max_length=20)]
    """The options, shown numbered from 1."""
    answer: AnswerText
    """The correct option; must be one of ``choices``."""

    @model_validator(mode="after")
    def _rules(self) -> ChoiceCard:
        return _obey_rules(self)


@dataclass(frozen=True, slots=True)
class RuleBreak:
    """A broken rule that spans fields of one card (``need`` against the list, say)."""

    field: str
    """The field to point at (its line is the one the author must change)."""
    message: str


def _texts(value: Any) -> list[str]:
    """The strings of a raw list value (anything else in it is a type error reported elsewhere)."""
    return [entry for entry in value if isinstance(entry, str)] if isinstance(value, list) else []


def _entries(values: list[str]) -> str:
    return ", ".join(short_repr(value) for value in values)


def card_rule_breaks(kind: str, card: Any) -> list[RuleBreak]:
    """Every broken cross-field rule of a card of type ``kind``, from raw TOML values or a model.

    The one home of these rules. A model validator can only run once every field of the card is
    valid, yet an instructor must see ``need is 5 but the list has only 2 items`` in the same run
    as ``tags: must be a list``; so the rules read the raw values, skip what has the wrong shape
    (that is a type error, reported on its own), and the loader calls them for every card.
    """
    values = dict(card) if isinstance(card, BaseModel) else card
    if not isinstance(values, dict):
        return []
    answer = values.get("answer")
    breaks: list[RuleBreak] = []
    if kind == "text":
        accept, reject = _texts(values.get("accept")), _texts(values.get("reject"))
        both = sorted(set(accept) & set(reject))
        if both:
            message = _("{entries} is in both accept and reject; keep it in one of them")
            breaks.append(RuleBreak("reject", message.format(entries=_entries(both))))
        if isinstance(answer, str) and answer in reject:
            message = _("the answer {answer} is also in reject; remove it from reject")
            breaks.append(RuleBreak("reject", message.format(answer=short_repr(answer))))
    elif kind == "list" and isinstance(answer, list):
        need = values.get("need")
        if isinstance(need, int) and not isinstance(need, bool) and need > len(answer):
            message = ngettext(
                "need is {need} but the list has only {count} item; lower need or add items",
                "need is {need} but the list has only {count} items; lower need or add items",
                len(answer),
            )
            breaks.append(RuleBreak("need", message.format(need=need, count=len(answer))))
        canon = [item if isinstance(item, str) else item[0] for item in answer if _item_head(item)]
        dupes = sorted({c for c in canon if canon.count(c) > 1})
        if dupes:
            message = _("item {items} appears more than once; list each item once")
            breaks.append(RuleBreak("answer", message.format(items=_entries(dupes))))
    elif kind == "choice":
        choices = _texts(values.get("choices"))
        if isinstance(answer, str) and isinstance(values.get("choices"), list) and answer not in choices:
            message = _("the answer {answer} is not one of the choices; copy it exactly from choices")
            breaks.append(RuleBreak("answer", message.format(answer=short_repr(answer))))
        if len(set(choices)) != len(choices):
            breaks.append(RuleBreak("choices", _("choices repeat an option; list each once")))
    return breaks


def _item_head(item: Any) -> bool:
    return isinstance(item, str) or (isinstance(item, list) and bool(item) and isinstance(item[0], str))


_CardT = TypeVar("_CardT", bound="CardBase")


def _obey_rules(card: _CardT) -> _CardT:
    """Refuse a card that breaks a rule; the loader words each break itself (see above)."""
    breaks = card_rule_breaks(str(getattr(card, "type", "text")), card)
    if breaks:
        raise PydanticCustomError(
            "card_rule",
            "{summary}",
            {"field": breaks[0].field, "summary": "; ".join(b.message for b in breaks)},
        )
    return card


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
            message = _("duplicate section id {id}").format(id=short_repr(str(section_id)))
            found.append(DuplicateId(s_index, None, message))
        seen_sections.add(section_id)
        for c_index, card_id in enumerate(card_ids):
            if card_id is None:
                continue
            if card_id in seen_cards:
                message = _(
                    "duplicate card id {id} (first used in section {section}); "
                    "card ids must be unique in the deck"
                ).format(id=short_repr(str(card_id)), section=short_repr(str(seen_cards[card_id])))
                found.append(DuplicateId(s_index, c_index, message))
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
    return _("of type {type}").format(type=type(value).__name__)


class Deck(_Frozen):
    """A whole deck file."""

    format: int
    """Deck format version; this program reads 1."""
    deck: DeckInfo
    sections: Annotated[list[Section], Field(min_length=1, max_length=1000)]

    @field_validator("format", mode="before")
    @classmethod
    def _supported_format(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip() == str(FORMAT_VERSION):
            # `format = "1"`: the right version written as text; say so, not "unsupported 1".
            raise PydanticCustomError(
                "format_text",
                _('format must be the number {supported}, not the text "{value}"; remove the quotes'),
                {"value": value, "supported": FORMAT_VERSION},
            )
        if value != FORMAT_VERSION or isinstance(value, bool):
            raise PydanticCustomError(
                "unsupported_format",
                _("unsupported deck format {value} (this version reads {supported})"),
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
