"""The class item analysis checked figure by figure against the hand-computed fixture (conftest)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.report import Report, build_report, load_exports

from .helpers import DECK_FILE, EXAM, REPORT_AT, ClassExports, figure, run_command


def _report(class_exports: ClassExports, deck: Deck, **kwargs: object) -> Report:
    exports, skipped = load_exports([class_exports.folder])
    assert skipped == []
    return build_report(exports, [deck], REPORT_AT, skipped=skipped, **kwargs)  # type: ignore[arg-type]


def _with_accept(deck: Deck, card_id: str, accept: list[str]) -> Deck:
    """The deck with one text card's accept list replaced (validated anew)."""
    data = deck.model_dump()
    for section in data["sections"]:
        for card in section["cards"]:
            if card["id"] == card_id:
                card["accept"] = accept
    return Deck.model_validate(data)


class TestCards:
    def test_hardest_first_only_with_three_students(self, class_exports: ClassExports, deck: Deck) -> None:
        """Only silk-road was answered by 3 students, so only it is ranked; relations (1/1 failed,
        from ONE student) is listed apart, after pm-visit (2 students), then capital and relations
        (1 student, 1 answer each; tie → by id)."""
        report = _report(class_exports, deck)
        assert [c.card_id for c in report.hardest] == ["silk-road"]
        assert [c.card_id for c in report.too_few] == ["pm-visit", "capital", "relations"]
        assert [c.card_id for c in report.cards] == ["silk-road", "pm-visit", "capital", "relations"]
        relations = report.too_few[-1]
        assert figure(relations.first_try_failure) == (1.0, 1, 1) and not relations.ranked
        assert (report.students, report.answers) == (3, 3 + 5 + 2)

    def test_silk_road_figures(self, class_exports: ClassExports, deck: Deck) -> None:
        """Seen by all 3 (4 answers); first try: Alice Again, Bob Again, Carol Good → 2/3;
        recall: Alice failed it 7 hours ago (0), Bob and Carol passed it 5 and 8 hours ago
        (just under 1 each); Again suggested 4 times (Alice, Bob ×2, Carol), overridden twice."""
        card = next(c for c in _report(class_exports, deck).cards if c.card_id == "silk-road")
        assert card.section_id == "people"
        assert figure(card.seen) == (1.0, 3, 4)
        assert figure(card.first_try_failure) == (0.6667, 3, 3)
        assert card.recall.value is not None and 0.6 < card.recall.value < 2 / 3
        assert (card.recall.students, card.recall.answers) == (3, 4)
        assert figure(card.overrides) == (0.5, 3, 4)
        assert [(w.text, w.normalized, w.answers, w.students) for w in card.wrong_answers] == [
            ("Koizumi", "koizumi", 2, 2)
        ]

    def test_pm_visit_figures(self, class_exports: ClassExports, deck: Deck) -> None:
        """Alice and Bob, 2 answers each: 2 of 3 students; nobody failed the first try; one Again
        suggestion (Bob's "Hashimoto"), not overridden."""
        card = next(c for c in _report(class_exports, deck).cards if c.card_id == "pm-visit")
        assert figure(card.seen) == (0.6667, 2, 4)
        assert figure(card.first_try_failure) == (0.0, 2, 2)
        assert figure(card.overrides) == (0.0, 1, 1)
        assert [(w.text, w.answers) for w in card.wrong_answers] == [("Hashimoto", 1)]

    def test_recall_decays_later(self, class_exports: ClassExports, deck: Deck) -> None:
        """Thirty days on, predicted recall is below 1 and still rests on the same students."""
        import datetime as dt

        exports, _ = load_exports([class_exports.folder])
        later = build_report(exports, [deck], REPORT_AT + dt.timedelta(days=30))
        card = next(c for c in later.cards if c.card_id == "silk-road")
        assert card.recall.value is not None and 0 < card.recall.value < 1
        assert card.recall.students == 3


class TestAliasesAndConfusions:
    def test_alias_from_two_students(self, class_exports: ClassExports, deck: Deck) -> None:
        """Bob and Carol both overrode "Ryutaro" on silk-road → one suggested accept line."""
        report = _report(class_exports, deck)
        assert [(a.card_id, a.entries, a.students, a.answers, a.line) for a in report.aliases] == [
            ("silk-road", ("Ryutaro",), 2, 2, 'accept = ["Ryutaro"]')
        ]

    def test_alias_line_keeps_existing_and_escapes(self, class_exports: ClassExports, deck: Deck) -> None:
        """The line merges the card's current accept list and is valid TOML even with quotes."""
        exports, _ = load_exports([class_exports.folder])
        edited = _with_accept(deck, "silk-road", ['Hashimoto "R."'])
        report = build_report(exports, [edited], REPORT_AT)
        line = report.aliases[0].line
        assert "\n" not in line
        assert tomllib.loads(line) == {"accept": ['Hashimoto "R."', "Ryutaro"]}

    def test_alias_already_accepted_is_not_suggested(self, class_exports: ClassExports, deck: Deck) -> None:
        """Once the deck accepts "Ryutaro", the report no longer suggests it."""
        exports, _ = load_exports([class_exports.folder])
        fixed = _with_accept(deck, "silk-road", ["Ryutaro"])
        assert build_report(exports, [fixed], REPORT_AT).aliases == []

    def test_confusions(self, class_exports: ClassExports, deck: Deck) -> None:
        """ "Koizumi" to silk-road is pm-visit's answer (Alice, Bob); "Hashimoto" to pm-visit is
        silk-road's (Bob). "1993" matches no card; the choice card is never a candidate."""
        report = _report(class_exports, deck)
        assert [(c.card_id, c.other_id, c.example, c.students, c.answers) for c in report.confusions] == [
            ("silk-road", "pm-visit", "Koizumi", 2, 2),
            ("pm-visit", "silk-road", "Hashimoto", 1, 1),
        ]


class TestSectionsAndStudents:
    def test_sections(self, class_exports: ClassExports, deck: Deck) -> None:
        """people: 6 (student, card) pairs, 5 studied → coverage 5/6; mastery is the cards' recall
        summed over the 6 pairs: silk-road's 3 students and pm-visit's 2; 3+4+1 = 8 answers.
        dates: Bob's relations (failed 4 hours ago: 0) and Carol's capital → at most 1/6."""
        report = _report(class_exports, deck)
        rows = {s.section_id: s for s in report.sections}
        cards = {c.card_id: c for c in report.cards}
        recall = {card: cards[card].recall.value or 0.0 for card in cards}
        people = (3 * recall["silk-road"] + 2 * recall["pm-visit"]) / 6
        assert rows["people"].mastery.value == pytest.approx(people)
        assert (rows["people"].mastery.students, rows["people"].mastery.answers) == (3, 8)
        assert figure(rows["people"].coverage) == (0.8333, 3, 8)
        assert recall["relations"] == 0.0
        assert rows["dates"].mastery.value == pytest.approx(recall["capital"] / 6)
        assert figure(rows["dates"].coverage) == (0.3333, 3, 2)
        assert rows["people"].title == "People & <b>leaders</b>"

    def test_students(self, class_exports: ClassExports, deck: Deck) -> None:
        """Retention = passed / answers to Review-state cards: Alice 1/1, Bob 1/2 (Hashimoto failed,
        Ryutaro passed), Carol none. Exam-day recall over the deck's 4 cards, unstudied = 0:
        Alice 2/4, Carol 2/4; Bob has no exam date. Least ready first, then by label."""
        report = _report(class_exports, deck)
        rows = [
            (s.label, s.cards_seen, s.answers, figure(s.retention), s.leeches, s.exam_date,
             figure(s.exam_recall) if s.exam_recall else None)
            for s in report.student_rows
        ]  # fmt: skip
        assert rows == [
            ("Alice", 2, 3, (1.0, 1, 1), 0, EXAM, (0.5, 1, 3)),
            ("Carol", 2, 2, (None, 1, 0), 0, EXAM, (0.5, 1, 2)),
            ("bob.json", 3, 5, (0.5, 1, 2), 0, None, None),
        ]

    def test_exam_date_override(self, class_exports: ClassExports, deck: Deck) -> None:
        """--exam-date gives Bob a forecast too: 3 studied of 4 cards → 0.75."""
        report = _report(class_exports, deck, exam_date=EXAM)
        bob = next(s for s in report.student_rows if s.label == "bob.json")
        assert bob.exam_recall is not None and figure(bob.exam_recall) == (0.75, 1, 5)

    def test_without_decks(self, class_exports: ClassExports) -> None:
        """No deck files: no sections, prompts or confusions, and a note says why."""
        exports, _ = load_exports([class_exports.folder])
        report = build_report(exports, [], REPORT_AT)
        assert report.sections == [] and report.confusions == []
        assert all(c.prompt is None for c in report.cards)
        assert "kzjp-mini" in report.notes[0]
        assert report.missing_decks == ["kzjp-mini"]
        assert "--deck-file" not in report.notes[0]  # the core does not know the CLI; the command adds it


class TestSkipped:
    def test_bad_exports_are_skipped_not_fatal(self, class_exports: ClassExports, deck: Deck) -> None:
        """Corrupt JSON, another version, another kind of file, a damaged field and a duplicate:
        each is one line with file + reason; the three good exports still make the report."""
        folder = class_exports.folder
        good = json.loads((folder / "alice.json").read_text(encoding="utf-8"))
        (folder / "corrupt.json").write_text('{"format": "kzjp-tutor-progress", "vers', encoding="utf-8")
        (folder / "v3.json").write_text(json.dumps({**good, "version": 3}), encoding="utf-8")
        (folder / "other.json").write_text(json.dumps({"hello": 1}), encoding="utf-8")
        damaged = {**good, "cards": [{**good["cards"][0], "state": 9}]}
        (folder / "damaged.json").write_text(json.dumps(damaged), encoding="utf-8")
        (folder / "zz-copy.json").write_bytes((folder / "alice.json").read_bytes())
        exports, skipped = load_exports([folder, folder / "missing.json"])
        assert len(exports) == 3
        reasons = {Path(s.file).name: s.reason for s in skipped}
        assert set(reasons) == {
            "corrupt.json",
            "v3.json",
            "other.json",
            "damaged.json",
            "zz-copy.json",
            "missing.json",
        }
        assert "not valid JSON" in reasons["corrupt.json"]
        assert "version 3 is not supported" in reasons["v3.json"]
        assert "not a kzjp-tutor progress export" in reasons["other.json"]
        assert "cards.0.state" in reasons["damaged.json"]
        assert "same content as" in reasons["zz-copy.json"]

    def test_other_deck_skipped(self, class_exports: ClassExports, deck: Deck) -> None:
        """With --deck, an export without that deck is skipped with a reason naming its decks."""
        exports, skipped = load_exports([class_exports.folder], deck_id="kzjp-2021")
        assert exports == []
        assert len(skipped) == 3
        assert all("holds no progress for deck 'kzjp-2021' (it has kzjp-mini)" in s.reason for s in skipped)

    def test_other_deck_skipped_unless_a_version_of_it(self, class_exports: ClassExports) -> None:
        """--deck with the set of a deck's versions keeps an export holding any of them."""
        exports, skipped = load_exports([class_exports.folder], deck_id={"kzjp-2021", "kzjp-mini"})
        assert len(exports) == 3 and skipped == []


class TestCommand:
    def test_terminal_tables_and_skips(self, class_exports: ClassExports, tmp_path: Path) -> None:
        """Rich tables on stdout; a bad file is one stderr line and the report still runs."""
        (class_exports.folder / "broken.json").write_text("{", encoding="utf-8")
        csv_out = tmp_path / "cards.csv"
        ran = run_command(
            report_command,
            ["report", str(class_exports.folder), "--deck-file", str(DECK_FILE), "--csv", str(csv_out)],
            tmp_path / "home",
        )
        assert ran.code == 0
        assert ran.err.count("skipped") == 1 and "broken.json: not valid JSON" in ran.err
        for heading in ("Hardest cards", "Suggested aliases", "Mastery per section", "Students", "confuse"):
            assert heading in ran.out
        assert "People & <b>leaders</b>" in ran.out
        data = csv_out.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Excel reads Cyrillic as such
        lines = data.decode("utf-8-sig").splitlines()
        assert lines[0].startswith("deck,card,section,prompt,students_seen")
        assert lines[0].endswith(",ranked,versions,flags")
        assert lines[1].startswith("kzjp-mini,silk-road,people,")
        assert lines[1].endswith(",1,kzjp-mini,0") and lines[2].endswith(",0,kzjp-mini,0")  # 0 flags

    def test_missing_deck_hint(self, class_exports: ClassExports, tmp_path: Path) -> None:
        """Without the deck file the command (not the core) says how to pass it."""
        ran = run_command(
            report_command, ["report", str(class_exports.folder / "bob.json")], tmp_path / "home"
        )
        assert ran.code == 0
        assert "deck files not loaded for kzjp-mini" in ran.out
        assert "pass the missing decks with --deck-file" in ran.err

    def test_no_usable_exports(self, tmp_path: Path) -> None:
        """Only bad files: a message and exit 1, no traceback."""
        (tmp_path / "x.json").write_text("nope", encoding="utf-8")
        ran = run_command(report_command, ["report", str(tmp_path / "x.json")], tmp_path / "home")
        assert ran.code == 1 and "no usable exports" in ran.err

    def test_bad_exam_date(
        self, class_exports: ClassExports, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A malformed --exam-date is a usage error (exit 2) that says how to write it."""
        from kzjp_tutor import cli

        with pytest.raises(SystemExit) as ended:
            cli.main(["--home", str(tmp_path), "report", str(class_exports.folder), "--exam-date", "1.9.26"])
        assert ended.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
