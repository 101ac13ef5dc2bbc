"""``kzjp-tutor export-anki DECK --out FILE.apkg``: a deck as an Anki package, for students on phones.

One note per card in a type-in-answer note type (``{{type:Answer}}``), so Anki asks for a typed
answer as the tutor does (Anki compares letters, not meaning: the accepted forms are shown on
the back). Every card type gets a sensible front and back: choices are listed under the prompt,
a list card says how many items it wants, a date card names its precision, a number carries its
unit and tolerance.

Why stable ids: a student who imports a corrected deck again must get the old notes *updated*,
not a second copy. Anki matches notes by GUID, so the GUID is derived from deck id + card id
(never from the text, never random); the note type and deck ids come from the deck id, and
note/card row ids from a counter seeded by the deck id, so the same deck gives the same file
(up to Anki's modification times). Tags: the section id and the card's tags (spaces become
``_``, which Anki tags cannot hold).

``genanki`` is imported only when this command runs, so the rest of the program works without it.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import sqlite3
import tempfile
import zipfile
from html import escape
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.deck import Card, ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard
from ..core.errors import DeckError, KzjpError
from ..core.files import file_mode
from ..core.loader import load_deck
from ..core.settings import load_settings

__all__ = ["MODEL_NAME", "anki_id", "card_fields", "note_guid", "register", "run", "write_apkg"]

MODEL_NAME = "kzjp-tutor type-in answer"
"""Name of the Anki note type every note uses."""
FIELDS = ("Front", "Answer", "Back", "CardId")
"""The note type's fields; ``Answer`` is what ``{{type:Answer}}`` compares against."""
_CSS = ".card{font-family:system-ui,sans-serif;font-size:20px;text-align:left;color:#1d2329;background:#fff}"
_QFMT = "{{Front}}<br><br>{{type:Answer}}"
_AFMT = "{{Front}}<hr id=answer>{{type:Answer}}<br><br>{{Back}}"


def register(sub: Any) -> None:
    """Add the ``export-anki`` subcommand."""
    parser = sub.add_parser(
        "export-anki",
        help="write a deck as an Anki package (.apkg) with typed answers",
        description="Write DECK (a deck file or a deck id) as an Anki .apkg: one type-in-answer note per card, "
        "stable note ids so re-importing updates notes, tags from sections and card tags.",
    )
    parser.add_argument("deck", metavar="DECK", help="a deck file or the id of an available deck")
    parser.add_argument("--out", metavar="FILE.apkg", type=Path, required=True)
    parser.set_defaults(handler=run)


def anki_id(*parts: str) -> int:
    """A stable id in Anki's recommended range (2**30 .. 2**31) for a note type or deck."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return (1 << 30) + int.from_bytes(digest, "big") % (1 << 30)


def note_guid(deck_id: str, card_id: str) -> str:
    """The note's Anki GUID: from deck id + card id only, so edits to the text keep the note."""
    digest = hashlib.blake2b(f"kzjp-tutor\x1f{deck_id}\x1f{card_id}".encode(), digest_size=8).digest()
    return "kz" + digest.hex()


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def card_fields(card: Card) -> tuple[str, str, str]:
    """Front, Answer and Back for a card, as HTML (deck text escaped).

    The Answer field is plain text (escaped), because Anki compares the typed answer with it.
    """
    front = escape(card.prompt).replace("\n", "<br>")
    back: list[str] = []
    if isinstance(card, TextCard):
        answer = card.answer
        if card.accept:
            back.append("Also accepted: " + escape(", ".join(card.accept)))
    elif isinstance(card, ChoiceCard):
        answer = card.answer
        options = "".join(f"<li>{escape(c)}</li>" for c in card.choices)
        front += f"<ol>{options}</ol>"
        back.append(f"Option {card.choices.index(card.answer) + 1} of {len(card.choices)}")
    elif isinstance(card, ListCard):
        canonical = [item[0] for item in card.items]
        answer = "; ".join(canonical)
        how = "in order" if card.ordered else "in any order"
        front += f"<br><i>Name {card.required} of {len(canonical)}, {how}, separated by ;</i>"
        aliases = [f"{item[0]} = {', '.join(item[1:])}" for item in card.items if len(item) > 1]
        if aliases:
            back.append("Also accepted: " + escape("; ".join(aliases)))
    elif isinstance(card, DateCard):
        answer = card.answer
        _year, month, day = card.parts
        precision = "YYYY-MM-DD" if day else "YYYY-MM" if month else "YYYY"
        front += f"<br><i>Answer as {precision}</i>"
    else:
        assert isinstance(card, NumberCard)
        answer = _number(card.answer) + (f" {card.unit}" if card.unit else "")
        if card.tolerance:
            back.append(f"Accepted within ±{_number(card.tolerance)}")
        if card.unit:
            front += f"<br><i>In {escape(card.unit)}</i>"
    if card.explain:
        back.append(escape(card.explain).replace("\n", "<br>"))
    if card.source:
        back.append(f"<small>{escape(card.source)}</small>")
    return front, escape(answer), "<br><br>".join(back)


def _tags(section_id: str, card: Card) -> list[str]:
    tags = [section_id, *("_".join(tag.split()) for tag in card.tags)]
    return list(dict.fromkeys(t for t in tags if t))


def write_apkg(deck: Deck, out: Path, *, timestamp: float) -> int:
    """Write ``deck`` as an .apkg at ``out`` atomically; return the number of notes.

    Raises:
        KzjpError: genanki is missing or the file cannot be written.
    """
    try:
        import genanki  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise KzjpError("export-anki needs the genanki package: pip install genanki") from None
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
    folder = out.parent if str(out.parent) else Path(".")
    db_fd, db_name = tempfile.mkstemp(prefix=".kzjp-anki-", suffix=".anki2", dir=folder)
    os.close(db_fd)
    zip_fd, zip_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    os.close(zip_fd)
    try:
        db = sqlite3.connect(db_name)
        try:
            ids = itertools.count(1_000_000_000_000 + anki_id("rows", deck_id) * 1000)
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
        Path(zip_name).unlink(missing_ok=True)
        raise KzjpError(f"cannot write {out}: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        Path(db_name).unlink(missing_ok=True)
    return len(deck.cards())


def _find_deck(name: str, ctx: Context) -> Deck:
    path = Path(name).expanduser()
    if path.is_file():
        try:
            return load_deck(path)
        except DeckError as exc:
            raise KzjpError(f"{path} is not a valid deck:\n{exc}") from None
    from ..core.catalog import resolve_decks

    found = resolve_decks([name], load_settings(ctx.home), ctx.warn)
    if len(found) != 1:
        raise KzjpError(f"{name!r} names {len(found)} decks; give one deck file or deck id")
    return found[0]


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write the package and say how many notes it holds."""
    deck = _find_deck(args.deck, ctx)
    out: Path = args.out
    if out.suffix.lower() != ".apkg":
        print(
            f"kzjp-tutor export-anki: note: {out} does not end in .apkg; Anki may not offer to open it",
            file=ctx.stderr,
        )
    count = write_apkg(deck, out, timestamp=ctx.clock.now().timestamp())
    print(f"wrote {count} notes of deck {deck.deck.id!r} to {out}", file=ctx.stdout)
    return 0
