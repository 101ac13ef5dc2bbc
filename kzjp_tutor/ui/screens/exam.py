"""The Exam screen: choose what to be examined on, answer without feedback, then the marked result.

It follows :class:`~kzjp_tutor.core.exam.Exam` exactly and decides nothing itself: the set-up
form picks the decks, a section, how many questions and minutes, then :func:`~kzjp_tutor.core.exam.draw`
draws the questions; each answer is only kept (``Exam.answer``) until the student hands in or the
time runs out, when ``Exam.finish`` grades everything at once and :func:`~kzjp_tutor.core.exam.save`
keeps the result (and the answers as reviews) in one transaction. The countdown reads the app's
clock once a second, so a test with a fixed clock moves time by moving the clock.

Stages: ``setup`` (the form), ``sitting`` (one question at a time, back and forth), ``result``
(every question with the answer given, the verdict, the right answer and the explanation).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import (
    Button,
    ContentSwitcher,
    Footer,
    Header,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
)
from textual.widgets.option_list import Option

from ...core.deck import Deck
from ...core.errors import KzjpError
from ...core.exam import Exam, ExamResult, draw, save
from ...core.grading.feedback import already_names
from ...core.i18n import N_, ngettext
from ...core.i18n import gettext as _
from ...core.scheduling import Planner
from ..language import follow_language
from ..widgets.card_text import literal
from .confirm import ConfirmDialog
from .exam_words import clock_text, headline, limit_text, place, recorded_line, section_line, verdict_mark

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["ExamScreen", "ExamSetup"]

Stage = Literal["setup", "sitting", "result"]

_CURRENT = "reverse bold"  # i18n: not text
"""The style of the current question's number in the map."""
_WARNING = "bold $warning"  # i18n: not text

_ALL_SECTIONS = ""
"""The section choice meaning "every section" (a section id is never empty)."""  # i18n: not text


@dataclass(frozen=True, slots=True)
class ExamSetup:
    """What ``kzjp-tutor exam`` asked for on the command line: the form starts filled with it."""

    section: str | None = None
    questions: int = 20
    minutes: int | None = None
    seed: int | None = None
    """None: a fresh draw (the app's seed rule); a number draws the same questions again."""


class ExamScreen(Screen[None]):
    """A practice exam from set-up to result; dismissed back to where it was opened."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the choice list would take page up/down for itself.
        Binding("pageup", "previous_question", N_("Previous"), id="exam.previous", priority=True),
        Binding("pagedown", "next_question", N_("Next"), id="exam.next", priority=True),
        Binding(
            "ctrl+f",
            "hand_in",
            N_("Hand in"),
            id="exam.finish",
            priority=True,
            tooltip=N_("Finish the exam and see the result"),
        ),
        Binding("escape", "leave_exam", N_("Close"), id="exam.leave", tooltip=N_("Back to the decks")),
        # During the exam escape hands in too (after asking), like ctrl+f; the footer shows ctrl+f.
        Binding("escape", "hand_in", N_("Hand in"), id="exam.leave-sitting", show=False),
        *(
            Binding(
                str(n),
                f"pick_choice({n})",
                N_("Pick the choice with this number"),
                id=f"exam.choice-{n}",
                show=False,
            )
            for n in range(1, 10)
        ),
    ]

    def __init__(self, setup: ExamSetup | None = None) -> None:
        """Open on the set-up form, filled from ``setup`` (the command line's options)."""
        super().__init__()
        self.setup = setup or ExamSetup()
        self.stage: Stage = "setup"
        self.exam: Exam | None = None
        self.result: ExamResult | None = None
        self.counted: int | None = None
        """How many answers the saved result recorded as reviews (None: not saved)."""
        self._timer: Timer | None = None

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        """The three stages, one shown at a time."""
        yield Header()
        with ContentSwitcher(initial="exam-setup", id="exam-stages"):
            with VerticalScroll(id="exam-setup"):
                yield Static(id="exam-intro")
                with Horizontal(classes="exam-field"):
                    yield Label(id="label-exam-decks")
                    yield SelectionList[str](id="exam-decks", compact=True)
                with Horizontal(classes="exam-field"):
                    yield Label(id="label-exam-section")
                    yield Select[str](
                        [(_("All sections"), _ALL_SECTIONS)],
                        id="exam-section",
                        allow_blank=False,
                        compact=True,
                    )
                with Horizontal(classes="exam-field"):
                    yield Label(id="label-exam-questions")
                    yield Input(str(self.setup.questions), id="exam-questions", type="integer", compact=True)
                with Horizontal(classes="exam-field"):
                    yield Label(id="label-exam-minutes")
                    minutes = "" if self.setup.minutes is None else str(self.setup.minutes)
                    yield Input(minutes, id="exam-minutes", type="integer", compact=True)
                with Horizontal(id="exam-actions"):
                    yield Button(id="exam-start", variant="primary", compact=True)
                    yield Static(id="exam-status")
            with Vertical(id="exam-sitting"):
                with Horizontal(id="exam-head"):
                    yield Static(id="exam-where")
                    yield Static(id="exam-timer")
                yield Static(id="exam-map")
                yield Static(id="exam-prompt")
                yield OptionList(id="exam-choices", markup=False)
                yield Input(id="exam-answer")
            with VerticalScroll(id="exam-result"):
                yield Static(id="exam-report")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Words, then the decks to choose from (now, or when they are loaded)."""
        self._label()
        follow_language(self, self.relabel)
        if self.tutor.entries is not None:
            self._fill_decks()
        else:
            self.tutor.decks_loaded.subscribe(self, lambda _entries: self._fill_decks())

    def _label(self) -> None:
        """The words that do not depend on the exam."""
        self.sub_title = _("Practice exam")
        self.query_one("#exam-intro", Static).update(
            Content(
                _(
                    "Questions drawn across the sections you choose. No verdicts until you hand in: "
                    "move back and forth with page up and page down."
                )
            )
        )
        for field, label in (
            ("exam-decks", _("Decks")),
            ("exam-section", _("Section")),
            ("exam-questions", _("Questions")),
            ("exam-minutes", _("Minutes (empty: no limit)")),
        ):
            self.query_one(f"#label-{field}", Label).update(Content(label))
        self.query_one("#exam-start", Button).label = _("Start the exam")
        self.query_one("#exam-answer", Input).placeholder = _("Type your answer and press enter")
        if self.tutor.entries is not None:
            self._fill_sections()

    def relabel(self) -> None:
        """The interface language changed: say the current stage again in it."""
        self._label()
        if self.stage == "sitting":
            self.show_question()
        elif self.stage == "result":
            self._show_result()

    def _fill_decks(self) -> None:
        """Every loaded deck, all chosen; the sections of the chosen ones."""
        decks = self.query_one("#exam-decks", SelectionList)
        decks.clear_options()
        decks.add_options([(literal(d.deck.title), d.deck.id, True) for d in self.tutor.decks])
        self._fill_sections()
        self.query_one("#exam-start", Button).focus()

    def _chosen_decks(self) -> list[Deck]:
        chosen = set(self.query_one("#exam-decks", SelectionList).selected)
        return [deck for deck in self.tutor.decks if deck.deck.id in chosen]

    def _fill_sections(self) -> None:
        """ "All sections" and each section of the chosen decks (the setup's section chosen if there)."""
        select: Select[str] = self.query_one("#exam-section", Select)
        current = select.value if isinstance(select.value, str) else None
        options: list[tuple[str | Content, str]] = [(_("All sections"), _ALL_SECTIONS)]
        seen = {_ALL_SECTIONS}
        for deck in self._chosen_decks():
            for section in deck.sections:
                if section.id not in seen:
                    seen.add(section.id)
                    options.append((literal(section.title), section.id))
        wanted = current if current and current in seen else (self.setup.section or _ALL_SECTIONS)
        select.set_options(options)
        select.value = wanted if wanted in seen else _ALL_SECTIONS

    @on(SelectionList.SelectedChanged, "#exam-decks")
    def _decks_changed(self) -> None:
        self._fill_sections()

    # ------------------------------------------------------------------ start

    @on(Button.Pressed, "#exam-start")
    @on(Input.Submitted, "#exam-questions, #exam-minutes")
    def start(self) -> None:
        """Draw the questions the form asks for and ask the first; or say what is wrong."""
        status = self.query_one("#exam-status", Static)
        try:
            exam = self._draw()
        except (KzjpError, ValueError) as exc:
            status.update(Content(str(exc)))
            status.add_class("-error")
            return
        status.update(Content(""))
        status.remove_class("-error")
        self.exam = exam
        self.stage = "sitting"
        self.query_one("#exam-stages", ContentSwitcher).current = "exam-sitting"
        self.show_question()
        if exam.minutes is not None:
            self._timer = self.set_interval(1.0, self.tick)
        self.refresh_bindings()

    def _draw(self) -> Exam:
        """The exam the form describes.

        Raises:
            ValueError: a number field is not a whole number above zero (the message says which).
            KzjpError: nothing to draw from (no deck chosen, no such section, all suspended).
        """
        app = self.tutor
        if app.entries is None:
            raise KzjpError(_("The decks are still loading…"))
        decks = self._chosen_decks()
        if not decks:
            raise KzjpError(_("Choose at least one deck."))
        questions = _whole(self.query_one("#exam-questions", Input).value, _("Questions"))
        minutes_text = self.query_one("#exam-minutes", Input).value.strip()
        minutes = _whole(minutes_text, _("Minutes")) if minutes_text else None
        section = self.query_one("#exam-section", Select).value
        chosen = section if isinstance(section, str) and section != _ALL_SECTIONS else None
        seed = self.setup.seed if self.setup.seed is not None else app.new_seed()
        store = app.store
        suspended = {(d.deck.id, card_id) for d in decks for card_id in store.suspended_ids(d.deck.id)}
        items = draw(
            decks,
            count=questions,
            seed=seed,
            section=chosen,
            include_extra=app.settings.include_extra,
            exclude=suspended,
        )
        return Exam(items, started=app.clock.now(), minutes=minutes, seed=seed, section=chosen)

    # ------------------------------------------------------------------ sitting

    def show_question(self) -> None:
        """The current question, the answer kept for it so far, where it is, and the time left."""
        exam = self.exam
        if exam is None:
            return
        item = exam.current
        where = _("Question {number} of {total}").format(number=exam.position + 1, total=len(exam.questions))
        self.query_one("#exam-where", Static).update(
            Content.assemble((where, "bold"), "  ", literal(place(item)))
        )
        self._show_map(exam)
        self.query_one("#exam-prompt", Static).update(literal(item.card.prompt))
        given = exam.answers[exam.position]
        choices = self.query_one("#exam-choices", OptionList)
        answer = self.query_one("#exam-answer", Input)
        if item.choices:
            choices.clear_options()
            choices.add_options(
                [Option(literal(f"{n}. {text}"), id=str(n)) for n, text in enumerate(item.choices, start=1)]
            )
            choices.highlighted = item.choices.index(given) if given in item.choices else 0
            choices.display = True
            answer.display = False
            choices.focus()
        else:
            choices.display = False
            answer.display = True
            answer.value = given or ""
            answer.cursor_position = len(answer.value)
            answer.focus()
        self.tick()

    def _show_map(self, exam: Exam) -> None:
        """Every question's number: the current one highlighted, the answered ones marked."""
        parts: list[tuple[str, str] | str] = []
        for index, given in enumerate(exam.answers):
            label = f" {index + 1}{'✓' if given is not None else '·'} "
            style = _CURRENT if index == exam.position else ("" if given is not None else "dim")
            parts.append((label, style))
        answered = len(exam.answers) - len(exam.unanswered)
        count = ngettext("{count} of {total} answered", "{count} of {total} answered", answered)
        parts += ["  ", count.format(count=answered, total=len(exam.answers))]
        self.query_one("#exam-map", Static).update(Content.assemble(*parts))

    def tick(self) -> None:
        """Show the time left by the app's clock; hand in when it has run out."""
        exam = self.exam
        if exam is None or self.stage != "sitting":
            return
        now = self.tutor.clock.now()
        if exam.over(now):
            self.finish(now)
            return
        left = exam.time_left(now)
        text = limit_text(None) if left is None else _("{time} left").format(time=clock_text(left))
        timer = self.query_one("#exam-timer", Static)
        timer.update(Content(text))
        timer.set_class(left is not None and left < dt.timedelta(minutes=1), "-ending")

    def _keep_typed(self) -> None:
        """Keep what is typed in the answer box as the current question's answer (nothing graded)."""
        exam = self.exam
        if exam is not None and not exam.current.choices:
            exam.answer(exam.position, self.query_one("#exam-answer", Input).value)

    def _go(self, index: int) -> None:
        exam = self.exam
        if exam is None or self._time_up():
            return
        self._keep_typed()
        exam.goto(index)
        self.show_question()

    def _time_up(self) -> bool:
        """Whether the time ran out (then the exam is handed in: nothing typed after counts)."""
        exam = self.exam
        now = self.tutor.clock.now()
        if exam is not None and exam.over(now):
            self.finish(now)
            return True
        return False

    def _answered(self, text: str) -> None:
        """An answer to the current question: keep it, go on (after the last, offer to hand in)."""
        exam = self.exam
        if exam is None or self._time_up():
            return
        exam.answer(exam.position, text)
        if exam.position + 1 < len(exam.questions):
            exam.goto(exam.position + 1)
            self.show_question()
        else:
            self.show_question()
            self.action_hand_in()

    @on(Input.Submitted, "#exam-answer")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        self._answered(event.value)

    @on(OptionList.OptionSelected, "#exam-choices")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        exam = self.exam
        if exam is not None and event.option_index < len(exam.current.choices):
            self._answered(exam.current.choices[event.option_index])

    def action_pick_choice(self, number: int) -> None:
        """Answer a choice question with the option numbered ``number``."""
        exam = self.exam
        if exam is not None and 1 <= number <= len(exam.current.choices):
            self._answered(exam.current.choices[number - 1])

    def action_previous_question(self) -> None:
        """Back to the question before."""
        if self.exam is not None:
            self._go(self.exam.position - 1)

    def action_next_question(self) -> None:
        """On to the next question, keeping what is typed."""
        if self.exam is not None:
            self._go(self.exam.position + 1)

    def action_hand_in(self) -> None:
        """Hand the exam in, after asking when questions are left unanswered."""
        exam = self.exam
        if exam is None or self.stage != "sitting" or self._time_up():
            return
        self._keep_typed()
        left = exam.unanswered
        if not left:
            self.finish(self.tutor.clock.now())
            return
        question = ngettext(
            "{count} question is unanswered ({numbers}); it counts as wrong. Hand in now?",
            "{count} questions are unanswered ({numbers}); they count as wrong. Hand in now?",
            len(left),
        ).format(count=len(left), numbers=", ".join(str(i + 1) for i in left))

        def answered(yes: bool | None) -> None:
            if yes:
                self.finish(self.tutor.clock.now())

        self.app.push_screen(ConfirmDialog(question, yes=_("Hand in")), answered)

    def finish(self, now: dt.datetime) -> None:
        """Grade everything, keep the result (and the answers as reviews), show it."""
        exam = self.exam
        if exam is None or self.stage != "sitting":
            return
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        app = self.tutor
        result = exam.finish(now, thresholds=app.settings.exam_marks)
        self.stage = "result"
        self.result = result
        try:
            self.counted = save(
                result, app.store, Planner(app.settings, enable_fuzzing=app.fuzz), app.settings
            )
        except KzjpError as exc:
            app.notify(str(exc), severity="error", timeout=15, markup=False)
        self.query_one("#exam-stages", ContentSwitcher).current = "exam-result"
        self._show_result()
        self.query_one("#exam-result", VerticalScroll).focus()
        self.refresh_bindings()

    # ------------------------------------------------------------------ result

    def _show_result(self) -> None:
        """Score and mark, the sections, then every question with its verdict and right answer."""
        result = self.result
        if result is None:
            return
        parts: list[Content | str | tuple[str, str]] = []
        if result.timed_out:
            parts += [(_("The time ran out; unanswered questions count as wrong."), _WARNING), "\n"]
        parts += [(headline(result), "bold"), "\n"]
        if len(result.sections) > 1:
            parts += [_("By section:"), "\n"]
            parts += [f"{section_line(score)}\n" for score in result.sections]
        if self.counted is not None:  # not saved: the error was said when it happened
            parts += [(recorded_line(self.counted), "italic"), "\n"]
        for answer in result.answers:
            item = answer.item
            parts += ["\n", (f"{answer.position + 1}. ", "bold"), literal(item.card.prompt, "bold")]
            parts += ["  ", literal(f"[{place(item)}]", "dim"), "\n"]
            given = answer.answer if answer.answer is not None else _("(no answer)")
            parts += [literal(_("  your answer: {answer}").format(answer=given)), "\n"]
            verdict = answer.verdict
            colour = "$success" if verdict.correct else ("$warning" if verdict.partial else "$error")
            parts += ["  ", (verdict_mark(verdict), f"bold {colour}")]
            if verdict.feedback:
                parts += [": ", literal(verdict.feedback)]
            parts.append("\n")
            if not already_names(verdict.feedback, answer.right):
                parts += [literal(_("  answer: {answer}").format(answer=answer.right), "bold"), "\n"]
            if answer.explanation:
                parts += ["  ", literal(answer.explanation, "italic"), "\n"]
        self.query_one("#exam-report", Static).update(Content.assemble(*parts))

    # ------------------------------------------------------------------ leaving

    def action_leave_exam(self) -> None:
        """Close the set-up or the result (during the exam escape hands in instead)."""
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys of the current stage are offered."""
        sitting = self.stage == "sitting"
        if action in ("previous_question", "next_question", "hand_in"):
            return sitting
        if action == "leave_exam":
            return not sitting
        if action == "pick_choice":
            return sitting and self.exam is not None and bool(self.exam.current.choices)
        return True

    def on_unmount(self) -> None:
        """No countdown after the screen is gone."""
        if self._timer is not None:
            self._timer.stop()


def _whole(text: str, field: str) -> int:
    """A whole number above zero typed in the form.

    Raises:
        ValueError: naming the field.
    """
    value = text.strip()
    if not value.isdigit() or int(value) < 1:
        raise ValueError(_("{field}: type a whole number above zero").format(field=field))
    return int(value)
