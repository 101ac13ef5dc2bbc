"""Pilot tests of the Exam screen: start, move back, hand in, the result, the time running out.

They assert on state: the screen's exam and result, and what the store kept. The clock is the
fixture's fixed clock; the time limit is tested by moving that clock, as the countdown reads it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.queue import QueueItem
from kzjp_tutor.core.wording import answer_text
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.screens.confirm import ConfirmDialog
from kzjp_tutor.ui.screens.exam import ExamScreen, ExamSetup

from .helpers import NOW, SMALL, SMALL_RU, AppFactory, wait_loaded

RIGHT = {"capital": "Astana", "recognized": "1991", "silk-road": "Hashimoto", "eurasian-year": "1997"}
"""A right answer to each card of the small deck (the choice card's by its option's text)."""
RIGHT_RU = {"capital": "Астана", "recognized": "1991", "silk-road": "Хасимото", "eurasian-year": "1997"}


def _exam(app: TutorApp) -> ExamScreen:
    screen = app.screen
    assert isinstance(screen, ExamScreen), type(screen)
    return screen


def _stage(screen: ExamScreen) -> str:
    """Read afresh after key presses (keeps mypy from narrowing the literal)."""
    return screen.stage


async def _open(pilot: Pilot[None]) -> ExamScreen:
    """Once the decks are in, F7: the set-up form."""
    await wait_loaded(pilot)
    await pilot.press("f7")
    await pilot.pause()
    return _exam(pilot.app)  # type: ignore[arg-type]


async def _open_and_start(pilot: Pilot[None], *form_keys: str) -> ExamScreen:
    """F7, fill the form with ``form_keys`` (focus starts on Start), press Start."""
    screen = await _open(pilot)
    await pilot.press(*form_keys)
    screen.start()
    await pilot.pause()
    return screen


async def _answer_current(pilot: Pilot[None], screen: ExamScreen, answers: dict[str, str]) -> None:
    """Answer the question on screen rightly: the choice by its number as shown, text by typing."""
    assert screen.exam is not None
    item = screen.exam.current
    right = answers[item.card.id]
    if item.choices:
        await pilot.press(str(item.choices.index(right) + 1))
    else:
        await pilot.press(*right, "enter")
    await pilot.pause()


class TestSitting:
    """Start, answer, move back and forth; nothing is graded or recorded meanwhile."""

    async def test_start_from_the_key(self, build_app: AppFactory) -> None:
        """F7 opens the set-up; Start draws every card of the small deck (fewer than 20) and asks the first."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open(pilot)
            assert _stage(screen) == "setup"
            assert app.screen.focused is not None and app.screen.focused.id == "exam-start"
            await pilot.press("enter")
            await pilot.pause()
            assert _stage(screen) == "sitting"
            assert screen.exam is not None
            assert sorted(q.card.id for q in screen.exam.questions) == sorted(RIGHT)
            assert screen.exam.minutes is None
            prompt = str(screen.query_one("#exam-prompt", Static).render())
            assert prompt == screen.exam.current.card.prompt
            assert "no time limit" in str(screen.query_one("#exam-timer", Static).render())
            assert app.store.exams() == []

    async def test_answers_are_kept_without_feedback_and_back_shows_them(self, build_app: AppFactory) -> None:
        """An answer moves on without a verdict; page up goes back to it with the text kept."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_and_start(pilot)
            exam = screen.exam
            assert exam is not None
            first = exam.current
            await pilot.press(*"my guess")
            await pilot.press("pagedown")  # moving on keeps what is typed
            await pilot.pause()
            assert exam.position == 1
            assert exam.answers[0] == "my guess"
            await pilot.press("pageup")
            await pilot.pause()
            assert exam.position == 0
            assert exam.current is first
            if not first.choices:
                assert screen.query_one("#exam-answer", Input).value == "my guess"
            await pilot.press("pageup")  # clamped at the first question
            await pilot.pause()
            assert exam.position == 0
            assert app.store.reviews(["ui-small"]) == []  # nothing recorded before handing in
            assert "✓ correct" not in str(screen.query_one("#exam-report", Static).render())

    async def test_choice_by_number_is_the_option_shown(self, build_app: AppFactory) -> None:
        """A digit picks the option in the order shown (the draw shuffles options by seed)."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_and_start(pilot)
            exam = screen.exam
            assert exam is not None
            index = next(i for i, q in enumerate(exam.questions) if q.choices)
            exam.goto(index)
            screen.show_question()
            await pilot.press("3")
            await pilot.pause()
            assert exam.answers[index] == exam.questions[index].choices[2]


class TestHandingIn:
    """The result: every question, its verdict and right answer, the mark; saved once."""

    async def test_all_right_is_a_five_and_is_saved(self, build_app: AppFactory) -> None:
        """Four right answers: 100 %, mark 5, the exam kept and its answers recorded as reviews."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_and_start(pilot)
            for _ in range(4):
                await _answer_current(pilot, screen, RIGHT)
            # Past the last question with every one answered: handed in at once, no question asked.
            assert _stage(screen) == "result"
            result = screen.result
            assert result is not None
            assert result.percent == 100 and result.mark == 5
            assert all(a.verdict.correct for a in result.answers)
            kept = app.store.exams()
            assert [(e.questions, e.percent, e.mark, e.timed_out) for e in kept] == [(4, 100.0, 5, False)]
            assert len(app.store.reviews(["ui-small"])) == 4
            report = str(screen.query_one("#exam-report", Static).render())
            assert "Result: 4.0 of 4 (100%), mark 5" in report
            for question in result.answers:
                assert question.item.card.prompt in report
            assert "4 answers recorded as reviews" in report

    async def test_unanswered_asks_first_and_no_keeps_sitting(self, build_app: AppFactory) -> None:
        """ctrl+f with questions left asks; No goes back to the exam; Hand in grades the rest as wrong."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_and_start(pilot)
            await _answer_current(pilot, screen, RIGHT)
            await pilot.press("ctrl+f")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            assert "3 questions are unanswered (2, 3, 4)" in app.screen.question
            await pilot.press("n")
            await pilot.pause()
            assert _exam(app) is screen and _stage(screen) == "sitting"
            await pilot.press("ctrl+f")
            await pilot.pause()
            await pilot.press("enter")  # Hand in has focus
            await pilot.pause()
            assert _stage(screen) == "result"
            result = screen.result
            assert result is not None
            assert [a.answer is None for a in result.answers] == [False, True, True, True]
            assert result.percent == 25 and result.mark == 2
            report = str(screen.query_one("#exam-report", Static).render())
            assert report.count("(no answer)") == 3
            assert len(app.store.exams()) == 1

    async def test_right_answer_of_a_choice_is_numbered_as_shown(self, build_app: AppFactory) -> None:
        """The result names a choice's right option by the number the student saw, not the deck's."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_and_start(pilot)
            exam = screen.exam
            assert exam is not None
            item = next(q for q in exam.questions if q.choices)
            await pilot.press("ctrl+f")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            result = screen.result
            assert result is not None
            right = next(a.right for a in result.answers if a.item is item)
            assert right == f"{item.choices.index('1997') + 1}. 1997"

    async def test_escape_closes_the_result(self, build_app: AppFactory) -> None:
        """After the result, escape goes back to the decks."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_and_start(pilot)
            await pilot.press("ctrl+f", "enter")
            await pilot.pause()
            assert _stage(screen) == "result"
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, ExamScreen)


class TestTimeLimit:
    """The countdown reads the app's clock; at the deadline the exam is handed in by itself."""

    async def test_time_out_hands_in(self, build_app: AppFactory, clock: Clock) -> None:
        """Two minutes allowed: the timer shows 2:00, then at the deadline the result says time ran out."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open(pilot)
            screen.query_one("#exam-minutes", Input).value = "2"
            screen.start()
            await pilot.pause()
            assert "2:00 left" in str(screen.query_one("#exam-timer", Static).render())
            await _answer_current(pilot, screen, RIGHT)
            clock.source = lambda: NOW + dt.timedelta(minutes=1, seconds=30)
            screen.tick()
            assert "0:30 left" in str(screen.query_one("#exam-timer", Static).render())
            assert screen.query_one("#exam-timer", Static).has_class("-ending")
            clock.source = lambda: NOW + dt.timedelta(minutes=2, seconds=5)
            for _ in range(40):  # the once-a-second countdown notices by itself
                await pilot.pause(0.1)
                if _stage(screen) == "result":
                    break
            assert _stage(screen) == "result"
            result = screen.result
            assert result is not None and result.timed_out
            assert result.finished == NOW + dt.timedelta(minutes=2)  # the deadline, not later
            assert [e.timed_out for e in app.store.exams()] == [True]
            assert "The time ran out" in str(screen.query_one("#exam-report", Static).render())

    async def test_an_answer_typed_after_the_deadline_is_not_taken(
        self, build_app: AppFactory, clock: Clock
    ) -> None:
        """Enter after the deadline hands in without the late answer."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_and_start(pilot)
            assert screen.exam is not None
            screen.exam.minutes = 1  # as if the form had asked for one minute
            first = screen.exam.current
            clock.source = lambda: NOW + dt.timedelta(minutes=5)
            if first.choices:
                await pilot.press("1")
            else:
                await pilot.press(*"late", "enter")
            await pilot.pause()
            assert _stage(screen) == "result"
            assert screen.result is not None
            assert screen.result.answers[0].answer is None


class TestSetup:
    """The form: deck choice, section, numbers; the command line's options fill it."""

    async def test_section_and_count_from_the_setup(self, build_app: AppFactory) -> None:
        """ExamSetup (``kzjp-tutor exam --section concepts --questions 1``) draws from that section only."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            screen = ExamScreen(ExamSetup(section="concepts", questions=1, seed=7))
            await app.push_screen(screen)
            await pilot.pause()
            screen.start()
            await pilot.pause()
            assert screen.exam is not None
            assert [q.section.id for q in screen.exam.questions] == ["concepts"]
            assert screen.exam.seed == 7

    async def test_bad_number_is_said_and_nothing_starts(self, build_app: AppFactory) -> None:
        """Questions "0": the status line says what to type; still the form."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open(pilot)
            screen.query_one("#exam-questions", Input).value = "0"
            screen.start()
            await pilot.pause()
            assert _stage(screen) == "setup"
            status = screen.query_one("#exam-status", Static)
            assert "Questions: type a whole number above zero" in str(status.render())
            assert status.has_class("-error")

    async def test_no_deck_chosen(self, build_app: AppFactory) -> None:
        """Every deck unticked: asked to choose one."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open(pilot)
            screen.query_one("#exam-decks").deselect_all()  # type: ignore[attr-defined]
            await pilot.pause()
            screen.start()
            await pilot.pause()
            assert _stage(screen) == "setup"
            assert "Choose at least one deck." in str(screen.query_one("#exam-status", Static).render())


def i18n_no_answer() -> str:
    """ "(no answer)" in the language in use (the catalog's own words, not retyped here)."""
    from kzjp_tutor.core.i18n import gettext

    return gettext("(no answer)")


class TestRussian:
    """The exam in Russian: the words on screen, the plural of what is left."""

    async def test_russian_exam_and_result(self, build_app: AppFactory) -> None:
        app = build_app(SMALL_RU, language="ru")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _open_and_start(pilot)
            where = str(screen.query_one("#exam-where", Static).render())
            assert where.startswith("Вопрос 1 из 4")
            assert "без ограничения времени" in str(screen.query_one("#exam-timer", Static).render())
            await _answer_current(pilot, screen, RIGHT_RU)
            await pilot.press("ctrl+f")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            assert app.screen.question.startswith("3 вопроса без ответа (2, 3, 4)")
            await pilot.press("enter")
            await pilot.pause()
            report = str(screen.query_one("#exam-report", Static).render())
            assert "Результат: 1,0 из 4 (25\u00a0%), оценка 2" in report
            assert report.count(i18n_no_answer()) == 3


class TestCommandLine:
    """``kzjp-tutor exam`` at a terminal opens the app on the Exam screen, filled from its options."""

    def test_exam_opens_the_screen(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        from kzjp_tutor import cli

        seen: dict[str, object] = {}

        def fake_tui(paths: list[Path], ctx: object, **options: object) -> int:
            seen["paths"] = paths
            seen.update(options)
            return 0

        monkeypatch.setattr("kzjp_tutor.ui.run.run_tui", fake_tui)
        monkeypatch.setattr("kzjp_tutor.commands.study._interactive", lambda: True)
        monkeypatch.setenv("KZJP_TUTOR_HOME", str(tmp_path))
        argv = ["exam", str(SMALL), "--section", "concepts", "--questions", "3", "--minutes", "15"]
        assert cli.main(argv) == 0
        assert seen["paths"] == [SMALL]
        assert seen["start_study"] is False
        first = seen["first_screen"]
        assert callable(first)
        screen = first()
        assert isinstance(screen, ExamScreen)
        assert screen.setup == ExamSetup(section="concepts", questions=3, minutes=15, seed=None)

    def test_plain_at_a_terminal_stays_line_by_line(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--plain never opens the app, even at a terminal: the result is printed."""
        import io

        from kzjp_tutor import cli

        def no_app(*_args: object, **_options: object) -> int:
            raise AssertionError("the app opened")

        monkeypatch.setattr("kzjp_tutor.ui.run.run_tui", no_app)
        monkeypatch.setattr("kzjp_tutor.commands.study._interactive", lambda: True)
        monkeypatch.setenv("KZJP_TUTOR_HOME", str(tmp_path))
        monkeypatch.setattr("sys.stdin", io.StringIO(":finish\n"))
        assert cli.main(["exam", str(SMALL), "--plain", "--lang", "en"]) == 0
        assert "Result: 0.0 of 4 (0%), mark 2" in capsys.readouterr().out


def test_answer_text_numbers_a_choice_as_shown() -> None:
    """One home for the right answer's wording: a choice's number follows the order shown."""
    deck = load_deck(SMALL)
    section = deck.sections[1]
    card = section.cards[1]
    shown = QueueItem(deck, section, card, "exam", None, (2, 1, 0))  # 1999, 1997, 1994
    assert answer_text(card, "en", shown.choices) == "2. 1997"
    assert answer_text(card, "en") == "2. 1997"  # deck order: 1994, 1997, 1999
    other = QueueItem(deck, section, card, "exam", None, (1, 0, 2))  # 1997 first
    assert answer_text(card, "en", other.choices) == "1. 1997"


async def test_escape_during_the_exam_asks_to_hand_in(build_app: AppFactory) -> None:
    """Escape while sitting never drops the exam: it asks to hand in, and No goes back to it."""
    app = build_app(SMALL)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_and_start(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # No
        await pilot.pause()
        assert _exam(app) is screen and _stage(screen) == "sitting"
        assert app.store.exams() == []


async def test_a_result_that_cannot_be_saved_is_still_shown(
    build_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store refuses the result: the student still reads it, is told why, and is not told it was recorded."""
    from kzjp_tutor.core.errors import KzjpError

    def refuse(*_args: object, **_options: object) -> int:
        raise KzjpError("the disk is full")

    monkeypatch.setattr("kzjp_tutor.ui.screens.exam.save", refuse)
    app = build_app(SMALL)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_and_start(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert _stage(screen) == "result" and screen.counted is None
        report = str(screen.query_one("#exam-report", Static).render())
        assert "Result: 0.0 of 4 (0%), mark 2" in report
        assert "recorded" not in report
        assert "the disk is full" in [n.message for n in app._notifications]
