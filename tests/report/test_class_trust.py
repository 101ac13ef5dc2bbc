"""Issue 15, the class report: a student is a person, recall is true, suggestions are safe to
paste, figures carry their weight, one fact is one row, and the report speaks Russian.

The exports here are built directly (no store), each review written out, so every expected
figure can be counted by hand from the lines below.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import fsrs
import pytest

from kzjp_tutor.commands import export as export_command
from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core import i18n
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.export import (
    ExportCard,
    ExportReview,
    ProgressExport,
    claim_profile,
    export_json,
    load_exports,
    parse_export,
)
from kzjp_tutor.core.loader import parse_deck
from kzjp_tutor.core.report import build_report, pasteable, render_html
from kzjp_tutor.core.scheduling import fsrs_card_id
from kzjp_tutor.core.settings import Settings, load_settings

from .helpers import DECK_FILE, REPORT_AT, ClassExports, run_command, study

NOW = dt.datetime(2026, 11, 6, 15, 0, tzinfo=dt.UTC)
RU_DECK = """format = 1
[deck]
id = "lecture-ru"
title = "Лекция"
language = "ru"
[[sections]]
id = "people"
title = "Люди"
[[sections.cards]]
id = "pm"
prompt = "Кто предложил «Евразийскую дипломатию»?"
answer = "Хасимото"
[[sections.cards]]
id = "visit"
prompt = "Кто из премьер-министров Японии посетил Астану в 2006 году?"
answer = "Коидзуми"
[[sections]]
id = "dates"
title = "Даты"
[[sections.cards]]
id = "call"
type = "date"
prompt = "Когда состоялся телефонный разговор (число, месяц, год)?"
answer = "2021-04-30"
[[sections.cards]]
id = "uranium"
type = "date"
prompt = "В каком году начались испытания на руднике?"
answer = "2007"
"""
EN_DECK = (
    RU_DECK.replace('id = "lecture-ru"', 'id = "lecture-en"')
    .replace('language = "ru"', 'language = "en"')
    .replace("Хасимото", "Hashimoto")
    .replace("Коидзуми", "Koizumi")
)


def _deck(text: str) -> Deck:
    return parse_deck(text.encode("utf-8"))


def _id(n: int) -> str:
    return f"{n:032x}"


def _review(
    hours: float,
    card: str,
    answer: str,
    *,
    deck: str = "lecture-ru",
    right: bool = False,
    claim: str | None = None,
) -> ExportReview:
    """One answer ``hours`` before NOW; ``claim`` "right"/"wrong" is the student's override."""
    rating = 3 if (right and claim != "wrong") or claim == "right" else 1
    return ExportReview(
        time=NOW - dt.timedelta(hours=hours), deck=deck, card=card, answer=answer, correct=right,
        score=1.0 if right else 0.0, suggested="good" if right else "again", rating=rating,
        duration_ms=1000, state_before=0,
    )  # fmt: skip


def _state(card: str, hours: float, *, deck: str = "lecture-ru", stability: float = 0.2) -> ExportCard:
    last = NOW - dt.timedelta(hours=hours)
    return ExportCard(
        deck=deck, card=card, fsrs_card_id=fsrs_card_id(deck, card), state=3, step=0, stability=stability,
        difficulty=6.0, due=last + dt.timedelta(minutes=10), last_review=last, reps=1, lapses=0, leech=False,
        first_seen=last,
    )  # fmt: skip


def _export(
    name: str | None,
    student_id: str | None,
    reviews: list[ExportReview],
    *,
    at: dt.datetime = NOW,
    cards: list[ExportCard] | None = None,
) -> ProgressExport:
    if cards is None:  # a state for every card answered, as of its last answer
        last = {(r.deck, r.card): r for r in reviews}
        cards = [_state(c, (NOW - r.time) / dt.timedelta(hours=1), deck=d) for (d, c), r in last.items()]
    return ProgressExport(
        format="kzjp-tutor-progress", version=1, exported_at=at, student=name, student_id=student_id,
        decks=sorted({r.deck for r in reviews}), cards=cards, reviews=reviews,
    )  # fmt: skip


def _write(folder: Path, files: dict[str, ProgressExport]) -> Path:
    folder.mkdir(exist_ok=True)
    for file, export in files.items():
        (folder / file).write_text(export_json(export), encoding="utf-8")
    return folder


class TestStudentIsAPerson:
    def test_same_id_is_one_student_and_the_newest_file_wins(self, tmp_path: Path) -> None:
        """Monday's and Friday's exports of one profile: one student, Friday's data, Monday's
        file listed as skipped; "Обучи" is one student's answer, not two."""
        monday = [_review(100, "pm", "Обучи")]
        friday = [*monday, _review(2, "pm", "Обучи"), _review(1, "visit", "Коидзуми", right=True)]
        folder = _write(
            tmp_path / "exports",
            {
                "aigerim-monday.json": _export("Айгерим", _id(1), monday, at=NOW - dt.timedelta(days=4)),
                "aigerim-friday.json": _export(None, _id(1), friday),
                "erlan.json": _export("Ерлан", _id(2), [_review(3, "pm", "Обучи")]),
            },
        )
        exports, skipped = load_exports([folder])
        assert sorted(e.label for e in exports) == ["Айгерим", "Ерлан"]  # the name from Monday's file
        assert [Path(s.file).name for s in skipped] == ["aigerim-monday.json"]
        assert "aigerim-friday.json" in skipped[0].reason and "only the newest counts" in skipped[0].reason
        report = build_report(exports, [_deck(RU_DECK)], NOW, skipped=skipped)
        assert (report.students, report.answers) == (2, 3 + 1)
        pm = next(c for c in report.cards if c.card_id == "pm")
        assert [(w.text, w.answers, w.students) for w in pm.wrong_answers] == [("Обучи", 3, 2)]

    def test_two_ids_with_one_name_are_two_students_told_apart(self, tmp_path: Path) -> None:
        folder = _write(
            tmp_path / "exports",
            {
                "a.json": _export("Айгерим", "ab12" + "0" * 28, [_review(1, "pm", "x")]),
                "b.json": _export("Айгерим", "ab34" + "0" * 28, [_review(2, "pm", "y")]),
                "c.json": _export("Ерлан", _id(3), [_review(3, "pm", "z")]),
            },
        )
        exports, skipped = load_exports([folder])
        assert skipped == []
        assert sorted(e.label for e in exports) == ["Айгерим #ab12", "Айгерим #ab34", "Ерлан"]
        report = build_report(exports, [], NOW)
        assert report.students == 3
        assert {s.student_id for s in report.student_rows} == {"ab12" + "0" * 28, "ab34" + "0" * 28, _id(3)}

    def test_old_exports_without_ids_are_one_student_when_they_share_their_log(self, tmp_path: Path) -> None:
        """Exports written before ids: the later one holds the earlier one's reviews → one student;
        a classmate with another log stays apart even with the same name."""
        early = [_review(50, "pm", "Обучи"), _review(49, "visit", "Абэ")]
        folder = _write(
            tmp_path / "exports",
            {
                "1.json": _export("Aruzhan", None, early, at=NOW - dt.timedelta(days=2)),
                "2.json": _export("Aruzhan", None, [*early, _review(1, "pm", "Хасимото", right=True)]),
                "3.json": _export("Aruzhan", None, [_review(50, "pm", "Абэ")]),
            },
        )
        exports, skipped = load_exports([folder])
        assert [Path(s.file).name for s in skipped] == ["1.json"]
        assert sorted(e.label for e in exports) == ["Aruzhan (2.json)", "Aruzhan (3.json)"]

    def test_export_makes_an_id_once_and_keeps_the_name(self, tmp_path: Path, deck: Deck) -> None:
        """First export: a random id is drawn and kept in the settings, with --student's name;
        the re-export without --student has the same id and the same name."""
        home = tmp_path / "home"
        study(home, deck, [(0, "pm-visit", "Koizumi", None)], Settings(learning_steps=[]))
        first = run_command(export_command, ["export", "--student", "Aigerim"], home)
        again = run_command(export_command, ["export"], home)
        one, two = parse_export(first.out.encode()), parse_export(again.out.encode())
        assert one.student_id is not None and len(one.student_id) == 32
        assert (two.student_id, two.student) == (one.student_id, "Aigerim")
        assert load_settings(home).profile_id == one.student_id
        assert "no name" not in again.err

    def test_export_without_a_name_warns(self, tmp_path: Path, deck: Deck) -> None:
        home = tmp_path / "home"
        study(home, deck, [(0, "pm-visit", "Koizumi", None)], Settings(learning_steps=[]))
        ran = run_command(export_command, ["export"], home)
        assert ran.code == 0 and "this export has no name" in ran.err and "--student NAME" in ran.err
        assert parse_export(ran.out.encode()).student is None

    def test_claim_profile_is_pure_and_checks_the_id(self) -> None:
        fresh = uuid.UUID(int=7).hex
        claimed = claim_profile(Settings(), fresh, " Ерлан ")
        assert (claimed.profile_id, claimed.student) == (fresh, "Ерлан")
        kept = claim_profile(claimed, uuid.UUID(int=8).hex, None)
        assert kept is claimed  # nothing to save
        with pytest.raises(KzjpError, match="not a profile id"):
            claim_profile(Settings(), "not-an-id", None)


class TestRecallNow:
    def test_a_card_failed_an_hour_ago_is_not_recalled(self) -> None:
        """py-fsrs counts whole days, so its retrievability of this card is 100 %; the report's is 0."""
        failed = _export("A", _id(1), [_review(1, "pm", "Обучи")])
        card = failed.cards[0]
        assert card.last_review is not None
        whole_days = fsrs.Scheduler().get_card_retrievability(
            fsrs.Card(state=fsrs.State(card.state), stability=card.stability, difficulty=card.difficulty,
                      due=card.due, last_review=card.last_review), NOW,
        )  # fmt: skip
        assert whole_days == 1.0  # the artefact of issue 15
        report = build_report(load_exports_of(failed), [_deck(RU_DECK)], NOW)
        assert figure_of(report, "pm") == 0.0

    def test_elapsed_time_counts_in_fractional_days(self) -> None:
        """Passed 12 hours ago with stability 1 day: FSRS's curve at t = 0.5, not at t = 0."""
        passed = _export("A", _id(1), [_review(12, "pm", "Хасимото", right=True)])
        passed = passed.model_copy(update={"cards": [_state("pm", 12, stability=1.0)]})
        scheduler = fsrs.Scheduler()
        decay = -scheduler.parameters[20]
        factor = 0.9 ** (1 / decay) - 1
        expected = (1 + factor * 0.5 / 1.0) ** decay
        report = build_report(load_exports_of(passed), [_deck(RU_DECK)], NOW)
        assert figure_of(report, "pm") == pytest.approx(expected)
        assert 0.9 < expected < 1.0

    def test_a_failure_over_a_day_old_follows_the_curve(self) -> None:
        old = _export("A", _id(1), [_review(30, "pm", "Обучи")])
        report = build_report(load_exports_of(old), [_deck(RU_DECK)], NOW)
        value = figure_of(report, "pm")
        assert value is not None and 0 < value < 1


def load_exports_of(*exports: ProgressExport) -> list:  # type: ignore[type-arg]
    from kzjp_tutor.core.export import LoadedExport

    return [LoadedExport(e.student or f"{n}.json", e, f"{n}.json") for n, e in enumerate(exports)]


def figure_of(report: object, card_id: str) -> float | None:
    row = next(c for c in report.cards if c.card_id == card_id)  # type: ignore[attr-defined]
    return row.recall.value  # type: ignore[no-any-return]


class TestSuggestions:
    @pytest.mark.parametrize(
        "text",
        [
            '=HYPERLINK("http://evil.example/x","QazVac")',
            "+7 701",
            "-1",
            "@SUM(A1)",
            "  =1+1",
            "<b>КазВак</b>",
            "&lt;КазВак",
            "[bold]КазВак[/bold]",
            "[link=http://x]КазВак[/link]",
            "[КазВак](http://evil.example)",
            "КазВак\x1b[2J",
            "Каз\u202eВак",
        ],
    )
    def test_unsafe_text_is_never_pasteable(self, text: str) -> None:
        assert not pasteable(text)

    @pytest.mark.parametrize("text", ["КазВак", "Сэцуо Нацуи", "Олимпиада-2020", "Tokyo (1993)", "a < b"])
    def test_ordinary_answers_are_pasteable(self, text: str) -> None:
        assert pasteable(text)

    def test_formula_claims_are_not_suggested_but_real_ones_are(self) -> None:
        """Two students claim a formula, two claim «Обучи Кэйдзо»: only the second is suggested;
        a typo of the answer the grader already accepts is never suggested."""
        formula = '=HYPERLINK("http://evil.example/x","Хасимото")'
        exports = [
            _export(f"S{n}", _id(n), [
                _review(5, "pm", formula, claim="right"),
                _review(4, "pm", "Рютаро Хасимото-сан", claim="right"),
            ])
            for n in range(2)
        ]  # fmt: skip
        report = build_report(load_exports_of(*exports), [_deck(RU_DECK)], NOW)
        assert [(a.card_id, a.entries, a.students) for a in report.aliases] == [
            ("pm", ("Рютаро Хасимото-сан",), 2)
        ]

    def test_three_spellings_of_one_wrong_date_are_one_row(self) -> None:
        exports = [
            _export("A", _id(1), [_review(5, "call", "1 мая 2021")]),
            _export("B", _id(2), [_review(5, "call", "01.05.2021")]),
            _export("C", _id(3), [_review(5, "call", "May 1, 2021"), _review(4, "call", "1993")]),
        ]
        report = build_report(load_exports_of(*exports), [_deck(RU_DECK)], NOW)
        call = next(c for c in report.cards if c.card_id == "call")
        first = call.wrong_answers[0]
        assert (first.normalized, first.answers, first.students) == ("date:2021-05-1", 3, 3)
        assert sorted(first.forms) == ["01.05.2021", "1 мая 2021", "May 1, 2021"]
        assert [w.answers for w in call.wrong_answers] == [3, 1]

    def test_a_shared_year_is_no_confusion_unless_the_other_card_was_studied(self) -> None:
        """ "2007" to `call` is `uranium`'s answer: a confusion only for the student who had
        studied `uranium`."""
        never = _export("A", _id(1), [_review(5, "call", "2007")])
        studied = _export(
            "B", _id(2), [_review(6, "uranium", "2007", right=True), _review(5, "call", "2007")]
        )
        alone = build_report(load_exports_of(never), [_deck(RU_DECK)], NOW)
        assert alone.confusions == []
        both = build_report(load_exports_of(never, studied), [_deck(RU_DECK)], NOW)
        assert [(c.card_id, c.other_id, c.students, c.answers) for c in both.confusions] == [
            ("call", "uranium", 1, 1)
        ]
        assert both.confusions[0].other_prompt == "В каком году начались испытания на руднике?"


class TestWeight:
    def test_override_rates_per_student(self) -> None:
        """S0: 2 answers called wrong, 1 claimed right; 2 called right, 1 failed by the student."""
        s0 = _export("S0", _id(1), [
            _review(9, "pm", "Обучи"), _review(8, "pm", "Хасимото-сан", claim="right"),
            _review(7, "visit", "Коидзуми", right=True), _review(6, "visit", "Коидзуми", right=True, claim="wrong"),
        ])  # fmt: skip
        report = build_report(load_exports_of(s0), [_deck(RU_DECK)], NOW)
        row = report.student_rows[0]
        assert (row.right_claims.value, row.right_claims.answers) == (0.5, 2)
        assert (row.wrong_claims.value, row.wrong_claims.answers) == (0.5, 2)


class TestOneFactOneRow:
    def _exports(self) -> list:  # type: ignore[type-arg]
        return load_exports_of(
            _export("A", _id(1), [_review(5, "pm", "Koizumi", deck="lecture-en")]),
            _export("B", _id(2), [_review(5, "pm", "Коидзуми")]),
            _export("C", _id(3), [_review(5, "pm", "Обучи"), _review(4, "pm", "Хасимото", right=True)]),
        )

    def test_language_versions_are_merged_by_default(self) -> None:
        decks = [_deck(RU_DECK), _deck(EN_DECK)]
        report = build_report(self._exports(), decks, NOW)
        pm = [c for c in report.cards if c.card_id == "pm"]
        assert len(pm) == 1 and pm[0].deck_id == "lecture-ru" and pm[0].ranked
        assert pm[0].versions == ("lecture-en", "lecture-ru")
        assert (pm[0].first_try_failure.value, pm[0].first_try_failure.students) == (1.0, 3)
        assert pm[0].prompt == "Кто предложил «Евразийскую дипломатию»?"
        assert [s.deck_id for s in report.sections] == ["lecture-ru", "lecture-ru"]
        confused = {(c.card_id, c.other_id) for c in report.confusions}
        assert confused == set()  # nobody had studied `visit`

    def test_by_language_splits_them(self) -> None:
        decks = [_deck(RU_DECK), _deck(EN_DECK)]
        report = build_report(self._exports(), decks, NOW, by_language=True)
        rows = sorted((c.deck_id, c.first_try_failure.students, c.ranked) for c in report.cards)
        assert rows == [("lecture-en", 1, False), ("lecture-ru", 2, False)]

    def test_decks_of_one_language_are_never_merged(self) -> None:
        copy = RU_DECK.replace('id = "lecture-ru"', 'id = "lecture-copy"')
        report = build_report(self._exports(), [_deck(RU_DECK), _deck(copy)], NOW)
        assert {c.deck_id for c in report.cards} == {"lecture-ru", "lecture-en"}


class TestRussian:
    def test_terminal_html_and_csv_in_russian(self, class_exports: ClassExports, tmp_path: Path) -> None:
        """With the Russian interface the tables, the page and its lang speak Russian; the CSV's
        column ids and the export files stay English (machine data)."""
        i18n.use("ru")
        page, table = tmp_path / "report.html", tmp_path / "cards.csv"
        ran = run_command(
            report_command,
            ["report", str(class_exports.folder), "--deck-file", str(DECK_FILE), "--html", str(page),
             "--csv", str(table)],
            tmp_path / "home",
        )  # fmt: skip
        assert ran.code == 0
        for words in ("Отчёт по группе", "3 студента", "10 ответов", "Самые сложные карточки", "Студенты"):
            assert words in ran.out, words
        assert "3 студ. · 3 отв." in ran.out
        html = page.read_text(encoding="utf-8")
        assert '<html lang="ru">' in html and "Самые сложные карточки" in html
        assert table.read_text(encoding="utf-8-sig").startswith("deck,card,section,prompt,")
        data = json.loads((class_exports.folder / "alice.json").read_text(encoding="utf-8"))
        assert "reviews" in data and "student_id" in data

    def test_figures_in_russian(self) -> None:
        i18n.use("ru")
        report = build_report(load_exports_of(_export("A", _id(1), [_review(30, "pm", "Обучи")])), [], NOW)
        assert "студ." in render_html(report) and '<html lang="ru">' in render_html(report)


def test_report_at_is_not_now(class_exports: ClassExports) -> None:
    """The fixture's report time is the same day as every answer (guards the recall cases above)."""
    exports, _ = load_exports([class_exports.folder])
    assert all(r.time.date() == REPORT_AT.date() for e in exports for r in e.export.reviews)
