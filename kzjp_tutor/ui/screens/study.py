"""The study screen: ask, grade, show the verdict, record, next.

The loop follows :class:`~kzjp_tutor.core.session.StudySession` exactly: ``next_card`` →
``answer`` (graded, nothing recorded) → the verdict panel → ``commit`` (one transaction) →
``next_card``. The next question is only shown after ``commit`` returned, so every answer is in
the store before the student sees another card. Nothing here grades or schedules; the keys only
pick which of the session's methods to call.

States: ``loading`` (``kzjp-tutor study`` paints this screen before the decks are parsed, then
:meth:`StudyScreen.begin` hands it the session), ``showing`` (a new card shown first as a fact:
enter or space when read calls ``session.acknowledge()``, and the core asks it back later),
``asking`` (the input or the choice list has focus), ``graded`` (focus leaves the input so single
letters work as overrides), ``done`` (the summary, also after escape), with ``grading`` between
asking and graded while a long answer is graded in a thread worker.

Acting on the card (suspend, flag with a comment) uses ctrl keys, so they work while the answer
box has the keys too; every step, answer or not, is taken back by ctrl+z in order.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, ClassVar, Literal, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from ...core.deck import Card, ChoiceCard, ListCard, TextCard
from ...core.errors import KzjpError
from ...core.i18n import N_
from ...core.i18n import gettext as _
from ...core.overview import estimate_session
from ...core.queue import QueueItem
from ...core.session import Choice, Graded, Recorded, Step, StudySession
from ..language import follow_language
from ..widgets.card_text import literal
from ..widgets.key_hints import KeyHints
from ..widgets.summary import SummaryView
from ..widgets.verdict import VerdictPanel

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["StudyScope", "StudyScreen"]

StudyState = Literal["loading", "showing", "asking", "grading", "graded", "done"]

_CHEAP_ANSWER = 200
"""Answers up to this many characters to a card with up to :data:`_CHEAP_FORMS` accepted forms
are graded on the UI thread (bench: well under 1 ms); longer ones go to a thread worker."""
_CHEAP_FORMS = 60


def _cheap(card: Card, text: str) -> bool:
    """Whether grading ``text`` is surely quick enough to do between two frames."""
    if len(text) > _CHEAP_ANSWER:
        return False
    if isinstance(card, ListCard):
        return sum(len(item) for item in card.items) <= _CHEAP_FORMS
    if isinstance(card, TextCard):
        return len(card.accept) + len(card.reject) < _CHEAP_FORMS
    return True


_KIND_LABELS = {
    "review": N_("review"),
    "learning": N_("learning"),
    "new": N_("new"),
    "cram": N_("exam cram"),
    "ahead": N_("ahead"),
}
"""The badge of each kind of showing (translated when shown)."""


@dataclass(frozen=True, slots=True)
class StudyScope:
    """What to study: every deck (None) or one deck, and optionally one of its sections.

    ``label`` is the deck's (and section's) own title, from the deck file; without one the scope
    names itself in the interface's language (:meth:`title`), so a language switch renames it.
    """

    deck_id: str | None = None
    section_id: str | None = None
    label: str | None = None

    def title(self) -> str:
        """What the header calls this scope."""
        if self.label is not None:
            return self.label
        if self.section_id is not None:
            return _("Section {section}").format(section=self.section_id)
        return _("Everything due")


class StudyScreen(Screen[None]):
    """One study session; dismissed back to the home screen when the student leaves."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding, so enter reaches the screen before the Input: the Input's own
        # handling would schedule a repaint that lands before the verdict is laid out, and the
        # verdict would then wait one more frame (measured: 35 ms instead of 10 from key to verdict).
        Binding(
            "enter",
            "submit_answer",
            N_("Check"),
            id="study.submit",
            priority=True,
            tooltip=N_("Grade the typed answer"),
        ),
        Binding(
            "enter",
            "accept_rating",
            N_("Accept"),
            id="study.accept",
            tooltip=N_("Record the suggested rating"),
        ),
        Binding(
            "enter,space",
            "acknowledge_card",
            N_("Got it"),
            id="study.read",
            tooltip=N_("A new card is read: it is asked back after the first learning step"),
        ),
        Binding(
            "enter,escape",
            "close_summary",
            N_("Back to the decks"),
            id="study.close",
            tooltip=N_("Leave the finished session"),
        ),
        Binding(
            "r", "mark_right", N_("I was right"), id="study.right", tooltip=N_("Override: record as Good")
        ),
        Binding(
            "w", "mark_wrong", N_("I was wrong"), id="study.wrong", tooltip=N_("Override: record as Again")
        ),
        Binding("h", "mark_hard", N_("Hard"), id="study.hard", tooltip=N_("Override: record as Hard")),
        Binding("e", "mark_easy", N_("Easy"), id="study.easy", tooltip=N_("Record as Easy")),
        Binding("ctrl+z", "undo_answer", N_("Undo"), id="study.undo", tooltip=N_("Take back the last step")),
        Binding(
            "escape",
            "leave_session",
            N_("End"),
            id="study.leave",
            tooltip=N_("End the session and show its summary"),
        ),
        Binding(
            "ctrl+s",
            "suspend_card",
            N_("Suspend"),
            id="study.suspend",
            tooltip=N_("Set this card aside: not asked until taken back in Browse"),
        ),
        Binding(
            "ctrl+f",
            "flag_card",
            N_("Flag"),
            id="study.flag",
            tooltip=N_("Flag this card as wrong, with an optional comment for the instructor"),
        ),
        *(
            Binding(
                str(n),
                f"pick_choice({n})",
                N_("Pick the choice with this number"),
                id=f"study.choice-{n}",
                show=False,
            )
            for n in range(1, 10)
        ),
    ]

    def __init__(self, session: StudySession | None, scope: StudyScope) -> None:
        """Study ``session`` (None: wait for :meth:`begin`); ``scope`` is shown in the title."""
        super().__init__()
        self._session = session
        self.scope = scope
        self.state: StudyState = "loading"
        self.item: QueueItem | None = None
        self.graded: Graded | None = None
        self._asked_at = 0.0
        self._planned = 0
        self._flagged_after_grading = False
        """A flag made while a graded answer waited: undo takes the flag back, not the answer."""

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    @property
    def has_session(self) -> bool:
        """False while the screen waits for the decks (``loading``)."""
        return self._session is not None

    @property
    def session(self) -> StudySession:
        """The session being studied.

        Raises:
            RuntimeError: still loading (no key reaches a method that needs it then).
        """
        if self._session is None:
            raise RuntimeError("the study screen has no session yet")  # i18n: not text (a bug)
        return self._session

    def compose(self) -> ComposeResult:
        """Header line with section/deck and progress, the card and the answer, then the verdict.

        The verdict scrolls in a box of its own under the question, so a long explanation can
        never push the question off the screen (it did at 80×24). The choice list and the summary
        are mounted when first needed (:meth:`_choices`, :meth:`_summary`): most first cards are
        not choice cards, and building the hidden widgets slowed the first card's paint.
        """
        yield Header()
        with Horizontal(id="study-head"):
            yield Static(id="study-where")
            yield Static(id="study-badges")
            yield Static(id="study-position")
            yield ProgressBar(total=1, id="study-progress", show_eta=False)
        with Vertical(id="study-ask"):
            yield Static(Content(_("Loading the decks…")), id="study-prompt")
            yield Input(id="study-answer")
        with VerticalScroll(id="study-body", can_focus=False):
            yield VerdictPanel(id="study-verdict")
        yield KeyHints(id="study-keys")

    def on_mount(self) -> None:
        """Show the scope; ask the first card if the session is already here."""
        self._label()
        follow_language(self, self.relabel)
        self.tutor.study_screens.add(self)
        if self._session is not None:
            self._start()
        else:
            self._update_hints()

    def _label(self) -> None:
        """The words that do not depend on the card: the title and the answer box's hint."""
        self.sub_title = self.scope.title()
        self.query_one("#study-answer", Input).placeholder = _("Type your answer and press enter")

    def relabel(self) -> None:
        """The interface language changed: say everything on screen again in it."""
        self._label()
        if self.state == "loading":
            self.query_one("#study-prompt", Static).update(Content(_("Loading the decks…")))
        elif self.state == "done":
            self._show_summary()
            return
        elif self.item is not None:
            self._show_where(self.item)
            self._update_progress()
        if self.state == "graded" and self.graded is not None:
            self.query_one(VerdictPanel).show(self.graded)
        elif self.state == "showing" and self.item is not None:
            self.query_one(VerdictPanel).show_fact(self.item, self.session.planner.show_delay)
        self._update_hints()

    def on_unmount(self) -> None:
        """No longer a screen whose graded answer quitting must record."""
        self.tutor.study_screens.discard(self)

    def begin(self, session: StudySession) -> None:
        """Study ``session`` on this screen, which has been showing "Loading…"."""
        self._session = session
        if self.is_mounted:
            self._start()

    def _start(self) -> None:
        """Size the progress bar and ask the first card."""
        app = self.tutor
        self._planned = estimate_session(
            list(self.session.decks.values()), app.store, app.settings, app.clock.now(), self.scope.section_id
        )
        if self.session.limit is not None:  # `study --limit N`: the session asks N cards at most
            self._planned = min(self._planned, self.session.limit)
        self.show_next()

    # ------------------------------------------------------------------ the loop

    def show_next(self) -> None:
        """Ask the session's next card (or show it first), or show the summary when it has none."""
        self.graded = None
        self._flagged_after_grading = False
        item = self.session.next_card()
        self.item = item
        self._update_progress()
        self.query_one(VerdictPanel).display = False
        if item is None:
            self._show_summary()
            return
        for summary in self.query(SummaryView):
            summary.display = False
        self._show_where(item)
        self.query_one("#study-prompt", Static).update(literal(item.card.prompt))
        answer = self.query_one("#study-answer", Input)
        answer.value = ""
        if item.show:
            self._show_fact(item)
            return
        self.state = "asking"
        answer.can_focus = True
        if isinstance(item.card, ChoiceCard):
            # The session's order for this showing; a number (typed, pressed or the option's id)
            # means the option shown at that place. Nothing is highlighted, so enter alone picks
            # nothing: the student must choose.
            choices = self._choices()
            choices.clear_options()
            choices.add_options(
                Option(literal(f"{n}. {text}"), id=str(n)) for n, text in enumerate(item.choices, start=1)
            )
            choices.display = True
            choices.can_focus = True
            choices.highlighted = None
            answer.display = False
            choices.focus()
        else:
            self._hide_choices()
            answer.display = True
            answer.focus()
        self._asked_at = time.monotonic()
        self._update_hints()

    def _show_fact(self, item: QueueItem) -> None:
        """A new card as a fact to read: question, answer, explanation, source; no answer box."""
        self.state = "showing"
        self._hide_choices()
        answer = self.query_one("#study-answer", Input)
        answer.display = False
        answer.can_focus = False
        panel = self.query_one(VerdictPanel)
        panel.show_fact(item, self.session.planner.show_delay)
        panel.display = True
        self.set_focus(None)
        self.query_one("#study-body", VerticalScroll).scroll_home(animate=False)
        self._update_hints()

    def _choices(self) -> OptionList:
        """The choice list, mounted above the answer box by the first choice card that needs it."""
        for found in self.query("#study-choices").results(OptionList):
            return found
        choices = OptionList(id="study-choices", markup=False)
        self.query_one("#study-ask", Vertical).mount(choices, before="#study-answer")
        return choices

    def _hide_choices(self) -> None:
        """Hide the choice list, if a choice card has built it, and take the keys from it."""
        for choices in self.query("#study-choices").results(OptionList):
            choices.display = False
            choices.can_focus = False

    def _summary(self) -> SummaryView:
        """The summary, mounted under the verdict when the session first ends."""
        for found in self.query(SummaryView).results(SummaryView):
            return found
        summary = SummaryView(id="study-summary")
        self.query_one("#study-body", VerticalScroll).mount(summary)
        return summary

    def _show_where(self, item: QueueItem) -> None:
        """Section first, then the deck: a long deck title is what gets cut, never the section."""
        self.query_one("#study-where", Static).update(
            Content.assemble(literal(item.section.title, "bold"), "  ·  ", literal(item.deck.deck.title))
        )
        kind = _KIND_LABELS.get(item.kind)
        badges = [_(kind) if kind else item.kind]
        if item.is_leech:
            badges.append(_("⚑ leech"))
        badge = self.query_one("#study-badges", Static)
        badge.update(Content("  ".join(badges)))
        badge.set_class(item.is_leech, "-leech")

    def submit_answer(self, text: str) -> None:
        """Grade ``text`` (nothing is recorded yet) and show the verdict.

        A short answer to a small card is graded here, on the UI thread: it takes well under a
        millisecond, and a worker's hand-off would cost the verdict a frame. Anything else is
        graded in a thread worker, so no answer can freeze the app (ctrl+q always answers).
        """
        if self.state != "asking" or self.item is None:
            return
        duration_ms = int((time.monotonic() - self._asked_at) * 1000)
        if _cheap(self.item.card, text):
            self._show_verdict(self.session.answer(text, duration_ms))
            return
        self.state = "grading"
        self.query_one("#study-answer", Input).can_focus = False
        for choices in self.query("#study-choices").results(OptionList):
            choices.can_focus = False
        self.set_focus(None)
        self._update_hints()
        self.run_worker(
            partial(self.session.answer, text, duration_ms),
            thread=True,
            name="grade-answer",
            group="grade",
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The worker's verdict arrives: show it (or say grading failed and ask again)."""
        if event.worker.name != "grade-answer" or event.worker.node is not self:
            return
        event.stop()
        if self.state != "grading":
            return
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Graded):
            self._show_verdict(event.worker.result)
        elif event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self.notify(
                _("The answer could not be graded: {error}").format(error=event.worker.error),
                severity="error",
                markup=False,
            )
            self.state = "asking"
            answer = self.query_one("#study-answer", Input)
            answer.can_focus = True
            answer.focus()
            self._update_hints()

    def _show_verdict(self, graded: Graded) -> None:
        self._flagged_after_grading = False
        if graded.verdict.unreadable:
            self._show_unread(graded)
            return
        self.graded = graded
        self.state = "graded"
        # Not ``disabled``: that restyles the whole subtree on every answer (measurably slow);
        # taking focus away is enough for the letter keys to reach the screen's bindings.
        self.query_one("#study-answer", Input).can_focus = False
        for choices in self.query("#study-choices").results(OptionList):
            choices.can_focus = False
        panel = self.query_one(VerdictPanel)
        panel.show(self.graded)
        panel.display = True
        self.set_focus(None)
        self.query_one("#study-body", VerticalScroll).scroll_home(animate=False)
        self._update_hints()

    def _show_unread(self, graded: Graded) -> None:
        """The answer could not be read: say so and which forms are understood, record nothing,
        and keep the typed answer in the box to be corrected and sent again."""
        self.graded = None
        self.state = "asking"
        panel = self.query_one(VerdictPanel)
        panel.show(graded)
        panel.display = True
        answer = self.query_one("#study-answer", Input)
        answer.can_focus = True
        answer.value = graded.answer
        answer.focus()
        self.query_one("#study-body", VerticalScroll).scroll_home(animate=False)
        self._update_hints()

    def commit_answer(self, choice: Choice) -> None:
        """Record the graded answer, then (and only then) ask the next card."""
        if self.state != "graded":
            return
        try:
            self.session.commit(choice)
        except KzjpError as exc:
            self.notify(
                _("The answer could not be saved: {error}").format(error=exc),
                severity="error",
                timeout=10,
                markup=False,
            )
            return
        self.show_next()

    def _show_summary(self) -> None:
        self.state = "done"
        self._hide_choices()
        for selector in ("#study-prompt", "#study-answer"):
            self.query_one(selector).display = False
        self.query_one("#study-where", Static).update(literal(self.scope.title()))
        self.query_one("#study-badges", Static).update(Content(_("done")))
        self.query_one(VerdictPanel).display = False
        self._update_progress()
        summary = self._summary()
        summary.show(self.session.summary(), self.tutor.clock.now())
        summary.display = True
        self.set_focus(None)
        self._update_hints()

    def _update_hints(self) -> None:
        """Refresh the key bar (and the bindings) for the current state."""
        self.refresh_bindings()
        own = [b for b in self.BINDINGS if isinstance(b, Binding)]
        # F2 first: the decks are one key away, and the session waits there to be resumed.
        by_id = {b.id: b for b in type(self.app).BINDINGS if isinstance(b, Binding) and b.id}
        app_keys = [by_id[i] for i in ("app.home", "app.quit", "app.help") if i in by_id]
        self.query_one(KeyHints).show_for(self, [*own, *app_keys], dict(self.tutor.settings.keymap))

    def cards_done(self) -> int:
        """Cards this session has dealt with: answered, shown first, or set aside."""
        return sum(
            1
            for step in self.session.steps
            if isinstance(step, Recorded) or step.event.kind in ("shown", "suspend")
        )

    def position(self) -> tuple[int, int]:
        """(the current card's place, the cards planned): "12 / 40"; the total is an estimate
        that grows when learning steps or shown cards bring more cards back than it counted."""
        done = self.cards_done()
        if self.item is None:
            return done, done
        place = done + 1
        return place, max(self._planned, place)

    def _update_progress(self) -> None:
        if self._session is None:
            return
        place, total = self.position()
        done = self.cards_done()
        # When the session is over the bar is full, whatever the estimate said.
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        said = _("{place} / {total} · {left} left").format(place=place, total=total, left=total - place)
        self.query_one("#study-position", Static).update(Content(said))

    # ------------------------------------------------------------------ events

    @on(Input.Submitted, "#study-answer")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit_answer(event.value)

    @on(OptionList.OptionSelected, "#study-choices")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.action_pick_choice(int(event.option.id))

    # ------------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer each key only in the state where it means something (the app's keys always)."""
        if action not in _OWN_ACTIONS:
            return True
        if self.state in ("loading", "grading"):
            return action == "leave_session"
        if action == "close_summary":
            return self.state == "done"
        if self.state == "done":
            return False
        if action == "acknowledge_card":
            return self.state == "showing"
        if action in ("suspend_card", "flag_card"):
            return self.item is not None
        if action == "submit_answer":  # text cards; a choice card's list takes enter itself
            return (
                self.state == "asking"
                and self.item is not None
                and not isinstance(self.item.card, ChoiceCard)
            )
        if action in ("mark_right", "mark_wrong", "mark_hard", "mark_easy"):
            return self.state == "graded"
        if action == "accept_rating":
            return self.state == "graded"
        if action == "pick_choice":
            if self.state != "asking" or self.item is None or not isinstance(self.item.card, ChoiceCard):
                return False
            number = parameters[0] if parameters else 0
            return isinstance(number, int) and 1 <= number <= len(self.item.choices)
        if action == "undo_answer":
            return self.state == "graded" or bool(self.session.steps)
        return True

    def action_submit_answer(self) -> None:
        """Grade what is typed in the answer box, once the box has taken every key typed before enter.

        Keys typed just before enter (a fast typist, a paste ending in a newline) may still wait
        in the Input's queue, so the value is read from a callback queued behind them.
        """
        answer = self.query_one("#study-answer", Input)
        answer.call_later(lambda: self.submit_answer(answer.value))

    def action_accept_rating(self) -> None:
        """Record the grader's suggested rating."""
        self.commit_answer(None)

    def action_close_summary(self) -> None:
        """The session is over and its summary read: back to the decks."""
        self.dismiss(None)

    def action_acknowledge_card(self) -> None:
        """The student has read the new card: record it as shown (the core asks it back later)."""
        if self.state != "showing":
            return
        try:
            self.session.acknowledge()
        except KzjpError as exc:
            self.notify(
                _("Could not save that the card was read: {error}").format(error=exc),
                severity="error",
                timeout=10,
                markup=False,
            )
            return
        self.show_next()

    def action_mark_right(self) -> None:
        """The student overrides: they were right (recorded as Good)."""
        self.commit_answer("right")

    def action_mark_wrong(self) -> None:
        """The student overrides: they were wrong (recorded as Again)."""
        self.commit_answer("wrong")

    def action_mark_hard(self) -> None:
        """The student found it hard (recorded as Hard, whatever the grader suggested)."""
        self.commit_answer("hard")

    def action_mark_easy(self) -> None:
        """The student found it easy (recorded as Easy)."""
        self.commit_answer("easy")

    def action_pick_choice(self, number: int) -> None:
        """Answer a choice card with the option shown as ``number``.

        The option's text is sent, not the number: a choice that is itself a number ("3") would
        otherwise be read as that text rather than as the option shown at that place.
        """
        if self.item is not None and 1 <= number <= len(self.item.choices):
            self.submit_answer(self.item.choices[number - 1])

    def action_undo_answer(self) -> None:
        """Take back the last step: a graded answer, a recorded one, a showing, a suspension or a flag.

        The card it concerned is asked (or shown) again; a flag taken back leaves the screen as it was.
        """
        if self.state == "graded" and self._flagged_after_grading and self.graded is not None:
            self._undo_flag_over(self.graded)
            return
        steps = self.session.steps
        last = steps[-1] if steps else None
        was_graded = self.state == "graded"
        try:
            undone = self.session.undo()
        except KzjpError as exc:
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        if not undone:
            self.notify(_("Nothing to undo."), severity="warning")
            return
        if was_graded:
            self.notify(_("Answer discarded; try again."))
        elif isinstance(last, Step) and last.event.kind == "flag":
            self.notify(_("Flag taken back."))
            self._update_hints()
            return  # flagging did not move on, so neither does taking it back
        else:
            self.notify(_undone_message(last))
        self.show_next()

    def _undo_flag_over(self, graded: Graded) -> None:
        """A flag made after grading is the last step, but the session drops a waiting answer
        first: drop it, take the flag back, and grade the same answer again (nothing recorded)."""
        try:
            self.session.undo()  # the graded answer (unrecorded)
            self.session.undo()  # the flag
        except KzjpError as exc:
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        self.notify(_("Flag taken back."))
        self._show_verdict(self.session.answer(graded.answer, graded.duration_ms))

    def action_suspend_card(self) -> None:
        """Set the current card aside (a graded answer waiting on it is dropped, not recorded)."""
        if self.item is None:
            return
        try:
            step = self.session.suspend()
        except KzjpError as exc:
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        if step is None:
            self.notify(_("The card could not be suspended."), severity="warning")
            return
        self.notify(_("Card suspended: it is not asked until you take it back in Browse (ctrl+z undoes)."))
        self.show_next()

    def action_flag_card(self) -> None:
        """Ask for an optional comment, then flag the current card as wrong for the instructor."""
        if self.item is None:
            return
        from ..widgets.flag_dialog import FlagDialog  # on first use: no first card waits for it

        self.app.push_screen(FlagDialog(self.item.card.prompt), callback=self._flag_with)

    def _flag_with(self, comment: str | None) -> None:
        if comment is None or self.item is None or self.state == "done":
            return  # cancelled (or the session ended meanwhile)
        graded = self.state == "graded"
        try:
            step = self.session.flag(comment or None)
        except KzjpError as exc:
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        if step is None:
            self.notify(_("The card could not be flagged."), severity="warning")
            return
        self._flagged_after_grading = graded
        self.notify(_("Card flagged for the instructor (ctrl+z undoes)."))
        self._update_hints()

    def action_leave_session(self) -> None:
        """End the session: record a graded answer with its suggested rating, then the summary.

        While the decks are still loading there is no session to sum up: back to the decks.
        """
        if self._session is None:
            self.dismiss(None)
            return
        self.finish_pending()
        self.item = None
        self._show_summary()

    @property
    def running(self) -> bool:
        """Whether this session can be resumed: begun or loading, and not yet ended."""
        return self.state != "done"

    def finish_pending(self) -> None:
        """Record a graded answer still on screen, so leaving or quitting never loses it."""
        if self.state == "graded":
            try:
                self.session.commit(None)
            except KzjpError as exc:
                self.notify(
                    _("The answer could not be saved: {error}").format(error=exc),
                    severity="error",
                    timeout=10,
                    markup=False,
                )
            self.state = "asking"


def _undone_message(step: Recorded | Step | None) -> str:
    """What ctrl+z just took back, said to the student."""
    if isinstance(step, Step):
        kind = step.event.kind
        if kind == "shown":
            return _("The card is shown again.")
        if kind == "suspend":
            return _("The card is back in the session.")
        if kind == "reset":
            return _("The card's progress is back.")
    return _("Last answer taken back.")


_OWN_ACTIONS = frozenset(b.action.partition("(")[0] for b in StudyScreen.BINDINGS if isinstance(b, Binding))
"""The study screen's own actions: the ones its state decides on (F1, F2, ctrl+q are the app's)."""
