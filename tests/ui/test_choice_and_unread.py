"""The study screen's choice cards (shown shuffled, nothing pre-selected) and "could not read"."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from kzjp_tutor.ui.screens.study import StudyScreen
from kzjp_tutor.ui.widgets.verdict import VerdictPanel

from .helpers import SMALL, AppFactory, wait_loaded


def _study(app: object) -> StudyScreen:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, StudyScreen)
    return screen


def _state(study: StudyScreen) -> str:
    return study.state


async def _to_choice(pilot: Pilot[None], app: object) -> StudyScreen:
    """Answer the small deck's three free cards (easy) to reach its choice card."""
    await pilot.press(*"Astana", "enter", "e", *"1991", "enter", "e", *"Hashimoto", "enter", "e")
    study = _study(app)
    assert study.item is not None and study.item.card.id == "eurasian-year"
    return study


async def test_choices_show_in_the_sessions_order_with_nothing_selected(build_app: AppFactory) -> None:
    """The options on screen are the session's order for this showing, and none is highlighted."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = await _to_choice(pilot, app)
        assert study.item is not None
        options = study.query_one("#study-choices", OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert shown == [f"{n}. {text}" for n, text in enumerate(study.item.choices, start=1)]
        assert options.highlighted is None


async def test_enter_with_nothing_picked_does_nothing(build_app: AppFactory) -> None:
    """Enter alone neither grades nor records: the student must pick an option."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = await _to_choice(pilot, app)
        reviews = app.store.count_reviews()
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert _state(study) == "asking" and study.graded is None
        assert app.store.count_reviews() == reviews


async def test_a_pressed_number_means_the_option_shown_there(build_app: AppFactory) -> None:
    """Pressing the key of each wrong option's shown place is wrong; the right one's place is right.
    The recorded answer is the option's text."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = await _to_choice(pilot, app)
        assert study.item is not None
        shown = study.item.choices
        wrong = next(n for n, text in enumerate(shown, start=1) if text != "1997")
        await pilot.press(str(wrong))
        assert study.graded is not None and not study.graded.verdict.correct
        assert study.graded.answer == shown[wrong - 1]
        await pilot.press("ctrl+z")  # discard; the same showing, in the same order
        assert study.item is not None and study.item.choices == shown
        await pilot.press(str(shown.index("1997") + 1), "enter")
        assert study.session.history[-1].answer == "1997" and study.session.history[-1].verdict.correct


async def test_could_not_read_keeps_the_answer_and_records_nothing(build_app: AppFactory) -> None:
    """The panel says the answer could not be read and how to write it; the typed text stays in the
    box to be corrected; nothing is recorded, enter sends the corrected answer.

    The date grader itself says it cannot read "nineteen-ninety-what" (no date in it).
    """
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = _study(app)
        await pilot.press(*"Astana", "enter", "enter")
        assert study.item is not None and study.item.card.id == "recognized"
        await pilot.press(*"nineteen-ninety-what", "enter")
        await pilot.pause()
        assert _state(study) == "asking" and study.graded is None
        panel = study.query_one(VerdictPanel)
        assert panel.display and panel.has_class("-unread")
        assert "Could not read" in str(study.query_one("#verdict-headline", Static).render())
        feedback = str(study.query_one("#verdict-feedback", Static).render())
        assert feedback and study.session.pending is None
        box = study.query_one("#study-answer", Input)
        assert box.value == "nineteen-ninety-what" and box.has_focus
        assert app.store.count_reviews() == 1
        box.value = ""
        await pilot.press(*"1991", "enter")
        assert _state(study) == "graded" and study.graded is not None and study.graded.verdict.correct
        await pilot.press("enter")
        assert app.store.count_reviews() == 2
        assert study.session.history[-1].answer == "1991"


async def test_a_wrong_answer_is_shown_as_typed_with_marks(build_app: AppFactory) -> None:
    """ "Your answer" is the typed text verbatim (case kept) with the wrong word in ⟦…⟧ and the
    missing word named, readable without colour."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = _study(app)
        await pilot.press(*"Astana", "enter", "enter", *"1991", "enter", "enter")
        assert study.item is not None and study.item.card.id == "silk-road"
        await pilot.press(*"Ryutaro Obuchi", "enter")
        assert study.graded is not None and not study.graded.verdict.correct
        text = str(study.query_one("#verdict-answer", Static).render())
        assert "Your answer: Ryutaro ⟦Obuchi⟧" in text and "missing: Hashimoto" in text


async def test_a_correct_verdict_does_not_say_correct_twice(build_app: AppFactory) -> None:
    """ "✓ Correct" is not followed by a bare "Correct." of the grader's."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = _study(app)
        await pilot.press(*"Astana", "enter")
        assert study.graded is not None and study.graded.verdict.feedback == "Correct."
        assert not study.query_one("#verdict-feedback", Static).display


async def test_a_choice_that_is_itself_a_number_is_picked_by_its_place(
    build_app: AppFactory, tmp_path: Path
) -> None:
    """With options "3", "1", "2" shown in some order, pressing a key picks the option shown at that
    place, never the option whose text is that digit."""
    deck = tmp_path / "numbers.en.toml"
    deck.write_text(
        'format = 1\n[deck]\nid = "numbers"\ntitle = "Numbers"\nlanguage = "en"\n'
        '[[sections]]\nid = "s"\ntitle = "S"\n[[sections.cards]]\nid = "directions"\ntype = "choice"\n'
        'prompt = "How many directions?"\nchoices = ["1", "2", "3"]\nanswer = "3"\n',
        encoding="utf-8",
    )
    app = build_app(deck, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = _study(app)
        assert study.item is not None
        shown = study.item.choices
        place = shown.index("3") + 1
        await pilot.press(str(place))
        assert study.graded is not None and study.graded.answer == "3" and study.graded.verdict.correct
