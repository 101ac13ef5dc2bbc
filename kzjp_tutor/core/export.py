"""The progress export: what a student hands to the instructor, and how it is read back.

Why a separate file format instead of copying ``progress.sqlite3``: the database holds undo
snapshots, backups and a schema that moves on with the program; an instructor wants one small,
versioned, self-describing file per student that any tool can read. The export is

* **JSON** (the full export, read by :mod:`kzjp_tutor.core.report`): a header
  (:data:`EXPORT_FORMAT`, :data:`EXPORT_VERSION`, when, the optional student name and exam
  dates), one entry per studied card (fsrs state, stability, difficulty, due, lapses, leech) and
  the whole review log (time, answer text, the grader's verdict, the suggested and the final
  rating, duration, the card's state before the answer); since version 2 also the cards the
  student flagged as wrong, with their comments, and their practice exams' results;
* **CSV** (the review log only), whose first five columns are the FSRS optimizer's revlog
  columns ``card_id, review_time, review_rating, review_state, review_duration`` so the file can
  be fed to an optimizer as is: ``card_id`` is the stable integer id the scheduler gives the card
  (:func:`~kzjp_tutor.core.scheduling.fsrs_card_id`), ``review_time`` milliseconds since the
  epoch, ``review_rating`` 1–4, ``review_state`` the card's py-fsrs state *before* the review
  (1 Learning, 2 Review, 3 Relearning) or 0 for its first review (the optimizer's "New", which
  py-fsrs has no member for), ``review_duration`` milliseconds (0 when unknown). Extra columns
  (deck, card, answer, correct, score, suggested) follow.

A student is a person, not a file: every export carries the profile's ``student_id``, a random
id made on the profile's first export (the command makes it; :func:`claim_profile` keeps it in
the settings) and never changed. :func:`load_exports` counts exports with one id as one student
(the newest file wins), exports written before ids existed as one student when they share most
of their review log, and gives two students with one name a distinguishing suffix.

Privacy: an export is built from ONE home folder's store (one profile), restricted to the decks
asked for, and carries no filesystem path of any kind (not the home folder, not deck files, not
the database), no review ids and no feedback text. Files are written atomically (a temp file in
the target folder, then ``os.replace``), so a half-written export never exists.

Versions: this program writes :data:`EXPORT_VERSION` and reads every version in
:data:`READABLE_VERSIONS`. Version 2 only added ``flags`` and ``exams`` (both default to empty),
so a version 1 file is read as it always was; the number was raised so that an older program
given a new file says "version 2 is not supported" instead of calling the file damaged.

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
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from .deck import Id
from .errors import KzjpError
from .i18n import gettext as _
from .i18n import ngettext
from .review_fields import FsrsRating, Mark, Percent, Score, Suggested
from .scheduling import fsrs_card_id
from .settings import PROFILE_ID_PATTERN, Settings
from .store import CardState, Store
from .store.records import MAX_COMMENT
from .visible import csv_cell

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_EXPORT_BYTES",
    "READABLE_VERSIONS",
    "REVLOG_COLUMNS",
    "ExportCard",
    "ExportError",
    "ExportExam",
    "ExportFlag",
    "ExportReview",
    "LoadedExport",
    "ProgressExport",
    "Skipped",
    "build_export",
    "claim_profile",
    "export_card",
    "export_csv",
    "export_files",
    "export_json",
    "load_export_data",
    "load_exports",
    "one_per_student",
    "parse_export",
]

EXPORT_FORMAT = "kzjp-tutor-progress"
"""The ``format`` field every export carries; anything else is not one of ours."""
EXPORT_VERSION = 2
"""The export version this program writes (2: flags and practice exams)."""
READABLE_VERSIONS = (1, 2)
"""Every export version this program reads."""
MAX_EXPORT_BYTES = 256 * 1024 * 1024
"""A student with a million reviews exports about 200 MB; larger is not an export."""
REVLOG_COLUMNS = ("card_id", "review_time", "review_rating", "review_state", "review_duration")
"""The FSRS optimizer's revlog columns, first in the CSV and in this order."""
_EXTRA_COLUMNS = ("deck", "card", "answer", "correct", "score", "suggested")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SHOWN_CHARS = 80
SHARED_LOG = 0.5
"""Two exports without ids are one student's when more than this share of the smaller one's review log
(time, deck, card and answer of each review) is also in the other: nobody else answered the
same cards at the same instants."""
"""Longest piece of an export's own content quoted in a reason (a key can be a megabyte long)."""


class ExportError(KzjpError):
    """An export file that cannot be used; the message is the reason, without the file name."""


def _no_surrogates(text: str) -> str:
    """Refuse lone surrogates (JSON's ``"\\ud800"``): they cannot be written out as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(_("holds a lone surrogate (not text)")) from None
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
    score: Score
    suggested: Suggested
    """The grader's suggested rating."""
    rating: FsrsRating
    """The final fsrs rating after any override: 1 again … 4 easy."""
    duration_ms: Annotated[int, Field(ge=0)] | None = None
    state_before: Annotated[int, Field(ge=0, le=3)]
    """The card's py-fsrs state before this answer; 0 for its first answer."""


class ExportFlag(_Model):
    """A card the student reported as wrong (the latest flag of each card is not merged: each counts)."""

    time: AwareDatetime
    deck: Id
    card: Id
    comment: Annotated[Text, Field(max_length=MAX_COMMENT)] | None = None
    """The student's words, if they gave any."""


class ExportExam(_Model):
    """One finished practice exam's result (its answers that count as reviews are in the log)."""

    finished: AwareDatetime
    decks: list[Id]
    section: Id | None = None
    questions: Annotated[int, Field(ge=0)]
    percent: Percent
    mark: Mark
    """On the course's 5-point scale (2 is a fail)."""
    timed_out: bool = False


class ProgressExport(_Model):
    """A whole export file."""

    format: Literal["kzjp-tutor-progress"]
    version: int
    exported_at: AwareDatetime
    student: Text | None = None
    """The student's name or id: ``--student``, else the ``student`` setting, else none."""
    student_id: Annotated[str, Field(pattern=PROFILE_ID_PATTERN)] | None = None
    """The profile's random id (:func:`claim_profile`); None in exports written before ids."""
    exam_date: dt.date | None = None
    deck_exam_dates: dict[Id, dt.date] = {}
    decks: list[Id]
    """Deck ids with progress in this export, sorted."""
    cards: list[ExportCard]
    reviews: list[ExportReview]
    """Oldest first."""
    flags: list[ExportFlag] = []
    """Oldest first (version 2)."""
    exams: list[ExportExam] = []
    """Oldest first (version 2)."""


def claim_profile(settings: Settings, fresh_id: str, student: str | None) -> Settings:
    """The settings with this profile's id and name, as every export must carry them.

    The id is ``settings.profile_id``, else ``fresh_id`` (random, made by the caller: the core
    draws no random numbers); a ``student`` name given now replaces the stored one, so the next
    export without ``--student`` keeps it. The caller saves the result when it differs.

    Raises:
        KzjpError: ``fresh_id`` is not a profile id (a caller's mistake, said plainly).
    """
    if not re.fullmatch(PROFILE_ID_PATTERN, fresh_id):
        raise KzjpError(_("{value!r} is not a profile id (32 hex digits)").format(value=fresh_id))
    update: dict[str, str] = {}
    if settings.profile_id is None:
        update["profile_id"] = fresh_id
    name = student.strip() if student is not None else ""
    if name and name != settings.student:
        update["student"] = name
    return settings.model_copy(update=update) if update else settings


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

    The profile id comes from ``settings.profile_id`` (see :func:`claim_profile`).

    Raises:
        ExportError: the database cannot be read.
    """
    deck_ids = [d for d in store.deck_ids() if deck_id is None or d == deck_id]
    cards: list[ExportCard] = []
    for one in deck_ids:
        cards.extend(export_card(state) for _card_id, state in sorted(store.states(one).items()))
    name = student if student is not None else settings.student
    return ProgressExport(
        format=EXPORT_FORMAT,
        version=EXPORT_VERSION,
        exported_at=now.astimezone(dt.UTC),
        student=(name.strip() or None) if name is not None else None,
        student_id=settings.profile_id,
        exam_date=settings.exam_date,
        deck_exam_dates={k: v for k, v in settings.deck_exam_dates.items() if k in deck_ids},
        decks=deck_ids,
        cards=cards,
        reviews=_reviews(store, deck_ids),
        flags=[
            ExportFlag(time=f.at, deck=f.deck_id, card=f.card_id, comment=f.comment)
            for f in store.events(None if deck_id is None else [deck_id], kinds=["flag"])
        ],
        exams=[
            ExportExam(
                finished=e.finished,
                decks=list(e.decks),
                section=e.section,
                questions=e.questions,
                percent=e.percent,
                mark=e.mark,
                timed_out=e.timed_out,
            )
            for e in store.exams()
            if deck_id is None or deck_id in e.decks
        ],
    )


def export_card(state: CardState) -> ExportCard:
    """One card's state as an export holds it (also what the class server builds from replayed events)."""
    fsrs = state.fsrs
    return ExportCard(
        deck=state.deck_id,
        card=state.card_id,
        fsrs_card_id=fsrs_card_id(state.deck_id, state.card_id),
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
    text = repr(value) if not isinstance(value, int) or value.bit_length() < 256 else _("a very long number")
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def parse_export(data: bytes) -> ProgressExport:
    """Read an export from its bytes, checking the format and version before anything else.

    Raises:
        ExportError: not JSON, not an export, another version, or a field that is wrong; the
            message says which.
    """
    if len(data) > MAX_EXPORT_BYTES:
        raise ExportError(
            _("larger than {size} MB; not an export").format(size=MAX_EXPORT_BYTES // (1024 * 1024))
        )
    try:
        raw: Any = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ExportError(_("not valid JSON ({error})").format(error=exc)) from None
    except RecursionError:
        raise ExportError(_("nested too deeply to be an export")) from None
    except ValueError as exc:  # Python's int digit limit (4,300 digits): no export holds such a number
        raise ExportError(_("not a usable export: {error}").format(error=exc)) from None
    if not isinstance(raw, dict) or raw.get("format") != EXPORT_FORMAT:
        raise ExportError(_('not a kzjp-tutor progress export (no "format": "kzjp-tutor-progress")'))
    version = raw.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise ExportError(
            _("export version {version} is not supported (this program reads {supported})").format(
                version=_shown(version), supported=", ".join(str(v) for v in READABLE_VERSIONS)
            )
        )
    try:
        return ProgressExport.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(_shown(p) if isinstance(p, str) and len(p) > 20 else str(p) for p in first["loc"])
        where = where or _("(top level)")
        if exc.error_count() > 1:
            more = exc.error_count() - 1
            raise ExportError(
                ngettext(
                    "damaged export: {where}: {problem} (and {count} more problem)",
                    "damaged export: {where}: {problem} (and {count} more problems)",
                    more,
                ).format(where=where, problem=first["msg"], count=more)
            ) from None
        raise ExportError(
            _("damaged export: {where}: {problem}").format(where=where, problem=first["msg"])
        ) from None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An export left out of a report, and why."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True, slots=True)
class LoadedExport:
    """One usable export (one student's newest) and the label it appears under."""

    label: str
    """The student's name, else the file's name (never a full path); with a suffix when two
    students share a name."""
    export: ProgressExport
    file: str = ""
    """The file it was read from, as given."""

    @property
    def student_id(self) -> str | None:
        """The profile id, None for exports written before ids."""
        return self.export.student_id


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
            skipped.append(Skipped(str(path), _("no such file or folder")))
    return files, skipped


def load_exports(
    paths: Iterable[Path], *, deck_id: str | Collection[str] | None = None
) -> tuple[list[LoadedExport], list[Skipped]]:
    """Read every export, one per student; what cannot be used is skipped with one reason each.

    Args:
        paths: Export files and folders of them.
        deck_id: Keep only this deck's data (or these decks': a deck and its other-language
            twin); exports without it are skipped.
    """
    files, skipped = export_files(paths)

    def contents() -> Iterator[tuple[str, str, bytes]]:
        for path in files:
            try:
                with path.open("rb") as handle:
                    data = handle.read(MAX_EXPORT_BYTES + 1)
            except OSError as exc:
                skipped.append(
                    Skipped(str(path), _("cannot be read: {error}").format(error=exc.strerror or exc))
                )
                continue
            yield str(path), path.name, data

    kept, more = load_export_data(contents(), deck_id=deck_id)
    return kept, skipped + more


def load_export_data(
    items: Iterable[tuple[str, str, bytes]], *, deck_id: str | Collection[str] | None = None
) -> tuple[list[LoadedExport], list[Skipped]]:
    """The same as :func:`load_exports` over exports already read: (where from, fallback label, bytes).

    ``report --server`` reads the class server's exports through this, so they are checked and
    counted exactly as files are.
    """
    wanted = {deck_id} if isinstance(deck_id, str) else set(deck_id) if deck_id is not None else None
    skipped: list[Skipped] = []
    loaded: list[LoadedExport] = []
    digests: dict[str, str] = {}
    for where, label, data in items:
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        if digest in digests:
            skipped.append(
                Skipped(where, _("same content as {file}; counted once").format(file=digests[digest]))
            )
            continue
        try:
            export = parse_export(data)
        except ExportError as exc:
            skipped.append(Skipped(where, str(exc)))
            continue
        digests[digest] = where
        if wanted is not None:
            if not wanted & set(export.decks):
                has = ", ".join(export.decks) or _("no deck")
                asked = ", ".join(repr(one) for one in sorted(wanted))
                skipped.append(
                    Skipped(
                        where,
                        _("holds no progress for deck {deck} (it has {has})").format(deck=asked, has=has),
                    )
                )
                continue
            export = _only_decks(export, wanted)
        loaded.append(LoadedExport(export.student or label, export, where))
    kept, older = one_per_student(loaded)
    return kept, skipped + older


def _newest(export: ProgressExport) -> tuple[dt.datetime, int]:
    return (export.exported_at, len(export.reviews))


_Entry = tuple[dt.datetime, str, str, str]
"""One review as the log comparison sees it: time, deck, card, answer."""


def _log(export: ProgressExport) -> set[_Entry]:
    return {(r.time, r.deck, r.card, r.answer) for r in export.reviews}


def one_per_student(loaded: Sequence[LoadedExport]) -> tuple[list[LoadedExport], list[Skipped]]:
    """Keep each student's newest export; label students who share a name apart.

    One student is: exports with the same ``student_id``; or an export without an id (written
    before ids) whose review log is mostly (:data:`SHARED_LOG`) in another's. The older
    exports are returned as skipped, each naming the one that counts.
    """
    groups: list[list[LoadedExport]] = []
    by_id: dict[str, list[LoadedExport]] = {}
    for one in loaded:
        if one.student_id is not None:
            if one.student_id not in by_id:
                by_id[one.student_id] = []
                groups.append(by_id[one.student_id])
            by_id[one.student_id].append(one)
    if any(one.student_id is None for one in loaded):
        _by_shared_log(loaded, groups)
    kept: list[LoadedExport] = []
    older: list[Skipped] = []
    for group in groups:
        group.sort(key=lambda one: _newest(one.export), reverse=True)
        newest = group[0]
        name = next((g.export.student for g in group if g.export.student), None)
        kept.append(LoadedExport(name or newest.label, newest.export, newest.file))
        for other in group[1:]:
            older.append(
                Skipped(
                    other.file,
                    _("an older export of the same student as {file}; only the newest counts").format(
                        file=newest.file
                    ),
                )
            )
    return _labelled(kept), older


def _by_shared_log(loaded: Sequence[LoadedExport], groups: list[list[LoadedExport]]) -> None:
    """Put each export without an id into the group whose review log holds most of its own.

    Only exports written before ids need this; each log is built once (300 exports of 200
    reviews: about a quarter of a second).
    """
    logs: dict[int, set[_Entry]] = {id(one): _log(one.export) for one in loaded}
    owner: dict[_Entry, int] = {}
    smallest: list[int] = []
    for number, group in enumerate(groups):
        smallest.append(min(len(logs[id(one)]) for one in group))
        for one in group:
            for entry in logs[id(one)]:
                owner.setdefault(entry, number)
    for one in loaded:
        if one.student_id is not None:
            continue
        log = logs[id(one)]
        shared = Counter(owner[entry] for entry in log if entry in owner)
        match = next(
            (
                number
                for number, n in shared.most_common()
                if n > SHARED_LOG * min(len(log), smallest[number])
            ),
            None,
        )
        if match is None:
            match = len(groups)
            groups.append([])
            smallest.append(len(log))
        groups[match].append(one)
        smallest[match] = min(smallest[match], len(log))
        for entry in log:
            owner.setdefault(entry, match)


def _labelled(kept: list[LoadedExport]) -> list[LoadedExport]:
    """Give students who share a label a suffix: their id's first digits, else their file name."""
    names = Counter(one.label for one in kept)
    ids = [one.student_id for one in kept if one.student_id]
    out: list[LoadedExport] = []
    for one in kept:
        label = one.label
        if names[label] > 1:
            if one.student_id:
                size = next(n for n in range(4, 33) if sum(i[:n] == one.student_id[:n] for i in ids) == 1)
                label = f"{label} #{one.student_id[:size]}"
            else:
                label = f"{label} ({Path(one.file).name})"
        out.append(LoadedExport(label, one.export, one.file))
    return out


def _only_decks(export: ProgressExport, deck_ids: Collection[str]) -> ProgressExport:
    return export.model_copy(
        update={
            "decks": [d for d in export.decks if d in deck_ids],
            "cards": [c for c in export.cards if c.deck in deck_ids],
            "reviews": [r for r in export.reviews if r.deck in deck_ids],
            "deck_exam_dates": {k: v for k, v in export.deck_exam_dates.items() if k in deck_ids},
            "flags": [f for f in export.flags if f.deck in deck_ids],
            "exams": [e for e in export.exams if set(e.decks) & set(deck_ids)],
        }
    )
