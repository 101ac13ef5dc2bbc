"""The progress export: what a student hands to the instructor, and how it is read back.

Why a separate file format instead of copying ``progress.sqlite3``: the database holds undo
snapshots, backups and a schema that moves on with the program; an instructor wants one small,
versioned, self-describing file per student that any tool can read. The export is

* **JSON** (the full export, read by :mod:`kzjp_tutor.core.report`): a header
  (:data:`EXPORT_FORMAT`, :data:`EXPORT_VERSION`, when, the optional student name and exam
  dates), one entry per studied card (fsrs state, stability, difficulty, due, lapses, leech) and
  the whole review log (time, answer text, the grader's verdict, the suggested and the final
  rating, duration, the card's state before the answer);
* **CSV** (the review log only), whose first five columns are the FSRS optimizer's revlog
  columns ``card_id, review_time, review_rating, review_state, review_duration`` so the file can
  be fed to an optimizer as is: ``card_id`` is the stable integer id the scheduler gives the card
  (:func:`~kzjp_tutor.core.scheduling.fsrs_card_id`), ``review_time`` milliseconds since the
  epoch, ``review_rating`` 1–4, ``review_state`` the card's py-fsrs state *before* the review
  (1 Learning, 2 Review, 3 Relearning) or 0 for its first review (the optimizer's "New", which
  py-fsrs has no member for), ``review_duration`` milliseconds (0 when unknown). Extra columns
  (deck, card, answer, correct, score, suggested) follow.

Privacy: an export is built from ONE home folder's store (one profile), restricted to the decks
asked for, and carries no filesystem path of any kind (not the home folder, not deck files, not
the database), no review ids and no feedback text. Files are written atomically (a temp file in
the target folder, then ``os.replace``), so a half-written export never exists.

Reading exports back (:func:`load_exports`): an export comes from a student's machine, so it is
untrusted. The models below refuse what would later crash or mislead the report (non-finite or
non-positive stability, ids that are not deck ids, lone surrogates, integers too long to parse),
and every file that cannot be used becomes one :class:`Skipped` line instead of an exception.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from .deck import Id
from .errors import KzjpError
from .scheduling import fsrs_card_id
from .settings import Settings
from .store import Store
from .visible import csv_cell

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_EXPORT_BYTES",
    "REVLOG_COLUMNS",
    "ExportCard",
    "ExportError",
    "ExportReview",
    "LoadedExport",
    "ProgressExport",
    "Skipped",
    "build_export",
    "export_csv",
    "export_files",
    "export_json",
    "load_exports",
    "parse_export",
]

EXPORT_FORMAT = "kzjp-tutor-progress"
"""The ``format`` field every export carries; anything else is not one of ours."""
EXPORT_VERSION = 1
"""The only export version this program writes and reads."""
MAX_EXPORT_BYTES = 256 * 1024 * 1024
"""A student with a million reviews exports about 200 MB; larger is not an export."""
REVLOG_COLUMNS = ("card_id", "review_time", "review_rating", "review_state", "review_duration")
"""The FSRS optimizer's revlog columns, first in the CSV and in this order."""
_EXTRA_COLUMNS = ("deck", "card", "answer", "correct", "score", "suggested")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SHOWN_CHARS = 80
"""Longest piece of an export's own content quoted in a reason (a key can be a megabyte long)."""


class ExportError(KzjpError):
    """An export file that cannot be used; the message is the reason, without the file name."""


def _no_surrogates(text: str) -> str:
    """Refuse lone surrogates (JSON's ``"\\ud800"``): they cannot be written out as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("holds a lone surrogate (not text)") from None
    return text


Text = Annotated[str, AfterValidator(_no_surrogates)]
"""Free text from an export (answers, the student's name): anything that can be encoded."""
Positive = Annotated[float, Field(gt=0, allow_inf_nan=False)]
"""Stability and difficulty: py-fsrs divides by them; 0, negative, NaN or inf is a damaged file."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExportCard(_Model):
    """One studied card of one student."""

    deck: Id
    card: Id
    fsrs_card_id: int
    """The scheduler's stable integer id (the CSV's ``card_id``)."""
    state: Annotated[int, Field(ge=1, le=3)]
    """py-fsrs state: 1 Learning, 2 Review, 3 Relearning."""
    step: Annotated[int, Field(ge=0)] | None = None
    stability: Positive | None = None
    difficulty: Positive | None = None
    due: AwareDatetime
    last_review: AwareDatetime | None = None
    reps: Annotated[int, Field(ge=0)]
    lapses: Annotated[int, Field(ge=0)]
    leech: bool
    first_seen: AwareDatetime


class ExportReview(_Model):
    """One answer from the review log (undone answers are left out)."""

    time: AwareDatetime
    deck: Id
    card: Id
    answer: Text
    """Exactly what the student typed."""
    correct: bool
    """The grader's verdict."""
    score: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
    suggested: Literal["again", "hard", "good", "easy"]
    """The grader's suggested rating."""
    rating: Annotated[int, Field(ge=1, le=4)]
    """The final fsrs rating after any override: 1 again … 4 easy."""
    duration_ms: Annotated[int, Field(ge=0)] | None = None
    state_before: Annotated[int, Field(ge=0, le=3)]
    """The card's py-fsrs state before this answer; 0 for its first answer."""


class ProgressExport(_Model):
    """A whole export file."""

    format: Literal["kzjp-tutor-progress"]
    version: int
    exported_at: AwareDatetime
    student: Text | None = None
    """The student's name or id: ``--student``, else the ``student`` setting, else none."""
    exam_date: dt.date | None = None
    deck_exam_dates: dict[Id, dt.date] = {}
    decks: list[Id]
    """Deck ids with progress in this export, sorted."""
    cards: list[ExportCard]
    reviews: list[ExportReview]
    """Oldest first."""


def build_export(
    store: Store,
    settings: Settings,
    now: dt.datetime,
    *,
    deck_id: str | None = None,
    student: str | None = None,
) -> ProgressExport:
    """Gather one student's progress from their store.

    Args:
        store: The student's open progress database (one profile).
        settings: Their settings, for the student name and exam dates.
        now: The export time (UTC).
        deck_id: Only this deck; None exports every deck with progress.
        student: A name or id overriding the ``student`` setting.

    Raises:
        ExportError: the database cannot be read.
    """
    deck_ids = [d for d in store.deck_ids() if deck_id is None or d == deck_id]
    cards: list[ExportCard] = []
    for one in deck_ids:
        for card_id, state in sorted(store.states(one).items()):
            fsrs = state.fsrs
            cards.append(
                ExportCard(
                    deck=one,
                    card=card_id,
                    fsrs_card_id=fsrs_card_id(one, card_id),
                    state=int(fsrs.state),
                    step=fsrs.step,
                    stability=fsrs.stability,
                    difficulty=fsrs.difficulty,
                    due=fsrs.due.astimezone(dt.UTC),
                    last_review=fsrs.last_review.astimezone(dt.UTC) if fsrs.last_review else None,
                    reps=state.reps,
                    lapses=state.lapses,
                    leech=state.leech,
                    first_seen=state.first_seen,
                )
            )
    name = student if student is not None else settings.student
    return ProgressExport(
        format=EXPORT_FORMAT,
        version=EXPORT_VERSION,
        exported_at=now.astimezone(dt.UTC),
        student=(name.strip() or None) if name is not None else None,
        exam_date=settings.exam_date,
        deck_exam_dates={k: v for k, v in settings.deck_exam_dates.items() if k in deck_ids},
        decks=deck_ids,
        cards=cards,
        reviews=_reviews(store, deck_ids),
    )


def _reviews(store: Store, deck_ids: list[str]) -> list[ExportReview]:
    """The review log of these decks, oldest first, with each review's previous state."""
    return [
        ExportReview(
            time=r.reviewed_at,
            deck=r.deck_id,
            card=r.card_id,
            answer=r.answer,
            correct=r.correct,
            score=r.score,
            suggested=r.suggested,
            rating=r.rating,
            duration_ms=r.duration_ms,
            state_before=r.state_before if r.state_before is not None else 0,
        )
        for r in store.reviews(deck_ids)
    ]


def export_json(export: ProgressExport) -> str:
    """The export as JSON text (UTF-8, indented, times as UTC ``...Z``)."""
    data = export.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _ms(when: dt.datetime) -> int:
    return (when - _EPOCH) // dt.timedelta(milliseconds=1)


def export_csv(export: ProgressExport) -> str:
    """The review log as CSV: the optimizer's revlog columns first, then deck, card, answer, verdict.

    Every text column goes through :func:`~kzjp_tutor.core.visible.csv_cell`: the file is opened
    in spreadsheets, and an answer is whatever was typed (``=HYPERLINK(…)`` included).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REVLOG_COLUMNS + _EXTRA_COLUMNS)
    for review in export.reviews:
        writer.writerow(
            [
                fsrs_card_id(review.deck, review.card),
                _ms(review.time),
                review.rating,
                review.state_before,
                review.duration_ms or 0,
                csv_cell(review.deck),
                csv_cell(review.card),
                csv_cell(review.answer),
                int(review.correct),
                f"{review.score:.3f}",
                review.suggested,
            ]
        )
    return buffer.getvalue()


def _shown(value: object) -> str:
    """``repr`` of a piece of an export, cut short: reasons quote content, never a megabyte of it."""
    text = repr(value) if not isinstance(value, int) or value.bit_length() < 256 else "a very long number"
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def parse_export(data: bytes) -> ProgressExport:
    """Read an export from its bytes, checking the format and version before anything else.

    Raises:
        ExportError: not JSON, not an export, another version, or a field that is wrong; the
            message says which.
    """
    if len(data) > MAX_EXPORT_BYTES:
        raise ExportError(f"larger than {MAX_EXPORT_BYTES // (1024 * 1024)} MB; not an export")
    try:
        raw: Any = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ExportError(f"not valid JSON ({exc})") from None
    except RecursionError:
        raise ExportError("nested too deeply to be an export") from None
    except ValueError as exc:  # Python's int digit limit (4,300 digits): no export holds such a number
        raise ExportError(f"not a usable export: {exc}") from None
    if not isinstance(raw, dict) or raw.get("format") != EXPORT_FORMAT:
        raise ExportError('not a kzjp-tutor progress export (no "format": "kzjp-tutor-progress")')
    version = raw.get("version")
    if version != EXPORT_VERSION or isinstance(version, bool):
        raise ExportError(
            f"export version {_shown(version)} is not supported (this program reads {EXPORT_VERSION})"
        )
    try:
        return ProgressExport.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(_shown(p) if isinstance(p, str) and len(p) > 20 else str(p) for p in first["loc"])
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise ExportError(f"damaged export: {where or '(top level)'}: {first['msg']}{more}") from None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An export left out of a report, and why."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True, slots=True)
class LoadedExport:
    """One usable export and the label it appears under."""

    label: str
    """The student's name, else the file's name (never a full path)."""
    export: ProgressExport


def export_files(paths: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand folders into their ``*.json`` files (sorted); missing paths are skipped with a reason."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.json") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    return files, skipped


def load_exports(
    paths: Iterable[Path], *, deck_id: str | None = None
) -> tuple[list[LoadedExport], list[Skipped]]:
    """Read every export; what cannot be used is skipped with one reason each, never raised.

    Args:
        paths: Export files and folders of them.
        deck_id: Keep only this deck's data; exports without it are skipped.
    """
    files, skipped = export_files(paths)
    loaded: list[LoadedExport] = []
    digests: dict[str, str] = {}
    for path in files:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_EXPORT_BYTES + 1)
        except OSError as exc:
            skipped.append(Skipped(str(path), f"cannot be read: {exc.strerror or exc}"))
            continue
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        if digest in digests:
            skipped.append(Skipped(str(path), f"same content as {digests[digest]}; counted once"))
            continue
        try:
            export = parse_export(data)
        except ExportError as exc:
            skipped.append(Skipped(str(path), str(exc)))
            continue
        digests[digest] = str(path)
        if deck_id is not None:
            if deck_id not in export.decks:
                has = ", ".join(export.decks) or "no deck"
                skipped.append(Skipped(str(path), f"holds no progress for deck {deck_id!r} (it has {has})"))
                continue
            export = _only_deck(export, deck_id)
        loaded.append(LoadedExport(export.student or path.name, export))
    return loaded, skipped


def _only_deck(export: ProgressExport, deck_id: str) -> ProgressExport:
    return export.model_copy(
        update={
            "decks": [deck_id],
            "cards": [c for c in export.cards if c.deck == deck_id],
            "reviews": [r for r in export.reviews if r.deck == deck_id],
            "deck_exam_dates": {k: v for k, v in export.deck_exam_dates.items() if k == deck_id},
        }
    )
