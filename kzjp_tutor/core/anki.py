"""A deck as an Anki package (.apkg), for students who also revise on their phones.

One note per card in a type-in-answer note type (``{{type:Answer}}``), so Anki asks for a typed
answer as the tutor does. Anki compares letters, not meaning, so the Answer field holds exactly
what a student would type, and every accepted form is shown on the back for the student to judge:

* a number card: the number alone, without its unit (the unit is named on the front);
* a list card: the canonical items in the deck's order, separated by "; " (the front says so),
  with the whole list and its aliases on the back;
* a choice card: the options numbered on the front, and the key's number as the answer;
* a date card: the date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, which the front asks for.

The hints on the cards are in the deck's language, like the grader's feedback: they are the
card's content for the student, not the program's interface.

Why stable ids: a student who imports a corrected deck again must get the old notes *updated*,
not a second copy. Anki matches notes by GUID, so the GUID is derived from deck id + card id
(never from the text, never random); the note type and deck ids come from the deck id, and
note/card row ids from a counter seeded by the deck id, so the same deck gives the same file
(up to Anki's modification times, which come from the ``timestamp`` passed in). Note and card
row ids count up from that timestamp in milliseconds, as Anki's own ids do, so Anki's "Added"
column shows the export's date; new cards are due in lecture order. Tags: the section as
``DECK-ID::SECTION-ID`` (two lectures both have a "recognition" section) and the card's tags
(spaces become ``_``, which Anki tags cannot hold).

Deck text is untrusted: every value is HTML-escaped before it reaches a field.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import tempfile
import zipfile
from html import escape
from pathlib import Path

import genanki

from .deck import Card, ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard
from .errors import KzjpError, reason
from .files import file_mode
from .i18n import gettext as _
from .wording import number_text

__all__ = ["FIELDS", "MODEL_NAME", "anki_id", "card_fields", "note_guid", "write_apkg"]

MODEL_NAME = "kzjp-tutor type-in answer"  # i18n: not text
"""Name of the Anki note type every note uses."""
FIELDS = ("Front", "Answer", "Back", "CardId")  # i18n: not text
"""The note type's fields; ``Answer`` is what ``{{type:Answer}}`` compares against."""
_CSS = ".card{font-family:system-ui,sans-serif;font-size:20px;text-align:left;color:#1d2329;background:#fff}"  # i18n: not text
_QFMT = "{{Front}}<br><br>{{type:Answer}}"  # i18n: not text
_AFMT = "{{Front}}<hr id=answer>{{type:Answer}}<br><br>{{Back}}"  # i18n: not text


def anki_id(*parts: str) -> int:
    """A stable id in Anki's recommended range (2**30 .. 2**31) for a note type or deck."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return (1 << 30) + int.from_bytes(digest, "big") % (1 << 30)


def note_guid(deck_id: str, card_id: str) -> str:
    """The note's Anki GUID: from deck id + card id only, so edits to the text keep the note."""
    digest = hashlib.blake2b(f"kzjp-tutor\x1f{deck_id}\x1f{card_id}".encode(), digest_size=8).digest()
    return "kz" + digest.hex()


# Each card type's part of the note: (HTML added under the prompt, Answer text, Back lines).
_Parts = tuple[str, str, list[str]]

_HINTS = {
    "ru": {
        "also": "Также принимается: {forms}",
        "option": "Введите номер варианта (1–{count}).",  # i18n: not text
        "key": "Ответ: {number}. {text}",
        "list_all": "Перечислите все пункты ({count}) в этом порядке через «; ».",  # i18n: not text
        "list_need": "В приложении достаточно назвать {need} из {count}, в любом порядке.",
        "list_items": "Пункты: {items}",
        "date": "Ответ в виде {form}.",
        "unit": "Число без единиц; единицы: {unit}.",  # i18n: not text
        "tolerance": "Принимается с точностью ±{tolerance}.",  # i18n: not text
    },
    "en": {
        "also": "Also accepted: {forms}",  # i18n: not text
        "option": "Type the option's number (1-{count}).",  # i18n: not text
        "key": "Answer: {number}. {text}",  # i18n: not text
        "list_all": 'Name all {count} items in this order, separated by "; ".',  # i18n: not text
        "list_need": "In the tutor, {need} of {count} in any order is enough.",  # i18n: not text
        "list_items": "Items: {items}",  # i18n: not text
        "date": "Answer as {form}.",  # i18n: not text
        "unit": "The number alone; unit: {unit}.",  # i18n: not text
        "tolerance": "Accepted within ±{tolerance}.",  # i18n: not text
    },
}  # i18n: not text
"""The cards' own hints, in each deck language (the deck's content, not the interface)."""
_DATE_FORMS = {
    "ru": ("ГГГГ", "ГГГГ-ММ", "ГГГГ-ММ-ДД"),
    "en": ("YYYY", "YYYY-MM", "YYYY-MM-DD"),
}  # i18n: not text


def _hint(language: str, key: str, **values: object) -> str:
    return escape(_HINTS["en" if language == "en" else "ru"][key].format(**values))


def _under(text: str) -> str:
    return f"<br><i>{text}</i>"


def _text_parts(card: TextCard, language: str) -> _Parts:
    back = [_hint(language, "also", forms=", ".join(card.accept))] if card.accept else []
    return "", card.answer, back


def _choice_parts(card: ChoiceCard, language: str) -> _Parts:
    options = "".join(f"<li>{escape(c)}</li>" for c in card.choices)
    number = card.choices.index(card.answer) + 1
    under = f"<ol>{options}</ol>" + _under(_hint(language, "option", count=len(card.choices)))
    return under, str(number), [_hint(language, "key", number=number, text=card.answer)]


def _list_parts(card: ListCard, language: str) -> _Parts:
    canonical = [item[0] for item in card.items]
    under = _under(_hint(language, "list_all", count=len(canonical)))
    items = "; ".join(" = ".join(item) if len(item) > 1 else item[0] for item in card.items)
    back = [_hint(language, "list_items", items=items)]
    if card.required < len(canonical) or not card.ordered:
        back.append(_hint(language, "list_need", need=card.required, count=len(canonical)))
    return under, "; ".join(canonical), back


def _date_parts(card: DateCard, language: str) -> _Parts:
    _year, month, day = card.parts
    forms = _DATE_FORMS["en" if language == "en" else "ru"]
    form = forms[2] if day else forms[1] if month else forms[0]
    return _under(_hint(language, "date", form=form)), card.answer, []


def _number_parts(card: NumberCard, language: str) -> _Parts:
    under = _under(_hint(language, "unit", unit=card.unit)) if card.unit else ""
    back = [_hint(language, "tolerance", tolerance=number_text(card.tolerance))] if card.tolerance else []
    return under, number_text(card.answer), back


def card_fields(card: Card, language: str = "ru") -> tuple[str, str, str]:
    """Front, Answer and Back for a card of a deck in ``language``, as HTML (deck text escaped).

    The Answer field is plain text (escaped), because Anki compares the typed answer with it.
    """
    match card:
        case TextCard():
            under, answer, back = _text_parts(card, language)
        case ChoiceCard():
            under, answer, back = _choice_parts(card, language)
        case ListCard():
            under, answer, back = _list_parts(card, language)
        case DateCard():
            under, answer, back = _date_parts(card, language)
        case NumberCard():
            under, answer, back = _number_parts(card, language)
    if card.explain:
        back.append(escape(card.explain).replace("\n", "<br>"))
    if card.source:
        back.append(f"<small>{escape(card.source)}</small>")
    front = escape(card.prompt).replace("\n", "<br>") + under
    return front, escape(answer), "<br><br>".join(back)


def _tags(deck_id: str, section_id: str, card: Card) -> list[str]:
    tags = [f"{deck_id}::{section_id}", *("_".join(tag.split()) for tag in card.tags)]
    return list(dict.fromkeys(t for t in tags if t))


def _anki_deck(deck: Deck) -> genanki.Deck:
    deck_id = deck.deck.id
    model = genanki.Model(
        anki_id("model", MODEL_NAME),
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Type the answer", "qfmt": _QFMT, "afmt": _AFMT}],  # i18n: not text
        css=_CSS,
    )
    anki_deck = genanki.Deck(
        anki_id("deck", deck_id), deck.deck.title, description=escape(deck.deck.description or "")
    )
    for position, (section, card) in enumerate(deck.cards()):
        front, answer, back = card_fields(card, deck.language)
        anki_deck.add_note(
            genanki.Note(
                model=model,
                fields=[front, answer, back, escape(f"{deck_id}/{card.id}")],
                tags=_tags(deck_id, section.id, card),
                guid=note_guid(deck_id, card.id),
                due=position,  # new cards in lecture order, as the tutor introduces them
            )
        )
    return anki_deck


def write_apkg(deck: Deck, out: Path, *, timestamp: float) -> int:
    """Write ``deck`` as an .apkg at ``out`` atomically; return the number of notes.

    ``timestamp`` (seconds since the epoch) becomes Anki's modification times; it is passed in
    so that the core reads no clock.

    Raises:
        KzjpError: the file cannot be written (a missing folder, no space, no permission).
    """
    anki_deck = _anki_deck(deck)
    folder = out.parent
    temps: list[str] = []
    try:
        for suffix in (".anki2", ".tmp"):
            fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=suffix, dir=folder)
            os.close(fd)
            temps.append(name)
        db_name, zip_name = temps
        db = sqlite3.connect(db_name)
        try:
            ids = itertools.count(int(timestamp * 1000))  # Anki's own ids are creation times in ms
            genanki.Package(anki_deck).write_to_db(db.cursor(), timestamp, ids)
            db.commit()
        finally:
            db.close()
        with zipfile.ZipFile(zip_name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(db_name, "collection.anki2")
            archive.writestr("media", "{}")
        os.chmod(zip_name, file_mode(out))
        os.replace(zip_name, out)
    except (OSError, sqlite3.Error) as exc:
        raise KzjpError(_("cannot write {path}: {reason}").format(path=out, reason=reason(exc))) from None
    finally:
        for name in temps:
            Path(name).unlink(missing_ok=True)
    return len(deck.cards())
