"""A deck as an Anki package (.apkg), for students who also revise on their phones.

One note per card in a type-in-answer note type (``{{type:Answer}}``), so Anki asks for a typed
answer as the tutor does (Anki compares letters, not meaning: the accepted forms are shown on
the back). Every card type gets a sensible front and back: choices are listed under the prompt,
a list card says how many items it wants, a date card names its precision, a number carries its
unit and tolerance.

Why stable ids: a student who imports a corrected deck again must get the old notes *updated*,
not a second copy. Anki matches notes by GUID, so the GUID is derived from deck id + card id
(never from the text, never random); the note type and deck ids come from the deck id, and
note/card row ids from a counter seeded by the deck id, so the same deck gives the same file
(up to Anki's modification times, which come from the ``timestamp`` passed in). Tags: the
section id and the card's tags (spaces become ``_``, which Anki tags cannot hold).

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
from .errors import KzjpError
from .files import file_mode
from .wording import number_text

__all__ = ["FIELDS", "MODEL_NAME", "anki_id", "card_fields", "note_guid", "write_apkg"]

MODEL_NAME = "kzjp-tutor type-in answer"
"""Name of the Anki note type every note uses."""
FIELDS = ("Front", "Answer", "Back", "CardId")
"""The note type's fields; ``Answer`` is what ``{{type:Answer}}`` compares against."""
_CSS = ".card{font-family:system-ui,sans-serif;font-size:20px;text-align:left;color:#1d2329;background:#fff}"
_QFMT = "{{Front}}<br><br>{{type:Answer}}"
_AFMT = "{{Front}}<hr id=answer>{{type:Answer}}<br><br>{{Back}}"


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


def _text_parts(card: TextCard) -> _Parts:
    back = ["Also accepted: " + escape(", ".join(card.accept))] if card.accept else []
    return "", card.answer, back


def _choice_parts(card: ChoiceCard) -> _Parts:
    options = "".join(f"<li>{escape(c)}</li>" for c in card.choices)
    return (
        f"<ol>{options}</ol>",
        card.answer,
        [f"Option {card.choices.index(card.answer) + 1} of {len(card.choices)}"],
    )


def _list_parts(card: ListCard) -> _Parts:
    canonical = [item[0] for item in card.items]
    how = "in order" if card.ordered else "in any order"
    under = f"<br><i>Name {card.required} of {len(canonical)}, {how}, separated by ;</i>"
    aliases = [f"{item[0]} = {', '.join(item[1:])}" for item in card.items if len(item) > 1]
    back = ["Also accepted: " + escape("; ".join(aliases))] if aliases else []
    return under, "; ".join(canonical), back


def _date_parts(card: DateCard) -> _Parts:
    _year, month, day = card.parts
    precision = "YYYY-MM-DD" if day else "YYYY-MM" if month else "YYYY"
    return f"<br><i>Answer as {precision}</i>", card.answer, []


def _number_parts(card: NumberCard) -> _Parts:
    under = f"<br><i>In {escape(card.unit)}</i>" if card.unit else ""
    answer = number_text(card.answer) + (f" {card.unit}" if card.unit else "")
    back = [f"Accepted within ±{number_text(card.tolerance)}"] if card.tolerance else []
    return under, answer, back


def card_fields(card: Card) -> tuple[str, str, str]:
    """Front, Answer and Back for a card, as HTML (deck text escaped).

    The Answer field is plain text (escaped), because Anki compares the typed answer with it.
    """
    match card:
        case TextCard():
            under, answer, back = _text_parts(card)
        case ChoiceCard():
            under, answer, back = _choice_parts(card)
        case ListCard():
            under, answer, back = _list_parts(card)
        case DateCard():
            under, answer, back = _date_parts(card)
        case NumberCard():
            under, answer, back = _number_parts(card)
    if card.explain:
        back.append(escape(card.explain).replace("\n", "<br>"))
    if card.source:
        back.append(f"<small>{escape(card.source)}</small>")
    front = escape(card.prompt).replace("\n", "<br>") + under
    return front, escape(answer), "<br><br>".join(back)


def _tags(section_id: str, card: Card) -> list[str]:
    tags = [section_id, *("_".join(tag.split()) for tag in card.tags)]
    return list(dict.fromkeys(t for t in tags if t))


def _anki_deck(deck: Deck) -> genanki.Deck:
    deck_id = deck.deck.id
    model = genanki.Model(
        anki_id("model", MODEL_NAME),
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Type the answer", "qfmt": _QFMT, "afmt": _AFMT}],
        css=_CSS,
    )
    anki_deck = genanki.Deck(
        anki_id("deck", deck_id), deck.deck.title, description=escape(deck.deck.description or "")
    )
    for section, card in deck.cards():
        front, answer, back = card_fields(card)
        anki_deck.add_note(
            genanki.Note(
                model=model,
                fields=[front, answer, back, escape(f"{deck_id}/{card.id}")],
                tags=_tags(section.id, card),
                guid=note_guid(deck_id, card.id),
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
            ids = itertools.count(1_000_000_000_000 + anki_id("rows", deck.deck.id) * 1000)
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
        raise KzjpError(f"cannot write {out}: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        for name in temps:
            Path(name).unlink(missing_ok=True)
    return len(deck.cards())
