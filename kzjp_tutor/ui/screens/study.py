"""The study screen: ask, grade, show the verdict, record, next.

The loop follows :class:`~kzjp_tutor.core.session.StudySession` exactly: ``next_card`` →
``answer`` (graded, nothing recorded) → the verdict panel → ``commit`` (one transaction) →
``next_card``. The next question is only shown after ``commit`` returned, so every answer is in
the store before the student sees another card. Nothing here grades or schedules; the keys only
pick which of the session's methods to call.

States: ``loading`` (``kzjp-tutor study`` paints this screen before the decks are parsed, then
:meth:`StudyScreen.begin` hands it the session), ``asking`` (the input or the choice list has
focus), ``graded`` (focus leaves the input so single letters work as overrides), ``done`` (the
summary), with ``grading`` between asking and graded while a long answer is graded in a
thread worker.
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
from ...core.session import Choice, Graded, StudySession
from ..language import follow_language
from ..widgets.card_text import literal
from ..widgets.key_hints import KeyHints
from ..widgets.summary import SummaryView
from ..widgets.verdict import VerdictPanel

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["StudyScope", "StudyScreen"]

StudyState = Literal["loading", "asking", "grading", "graded", "done"]

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
            "r", "mark_right", N_("I was right"), id="study.right", tooltip=N_("Override: record as Good")
        ),
        Binding(
            "w", "mark_wrong", N_("I was wrong"), id="study.wrong", tooltip=N_("Override: record as Again")
        ),
        Binding("e", "mark_easy", N_("Easy"), id="study.easy", tooltip=N_("Record as Easy")),
        Binding(
            "ctrl+z", "undo_answer", N_("Undo"), id="study.undo", tooltip=N_("Take back the last answer")
        ),
        Binding("escape", "leave_session", N_("End"), id="study.leave", tooltip=N_("Back to the decks")),
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
        never push the question off the screen (it did at 80×24).
        """
        yield Header()
        with Horizontal(id="study-head"):
            yield Static(id="study-where")
            yield Static(id="study-badges")
            yield ProgressBar(total=1, id="study-progress", show_eta=False)
        with Vertical(id="study-ask"):
            yield Static(Content(_("Loading the decks…")), id="study-prompt")
            yield OptionList(id="study-choices", markup=False)
            yield Input(id="study-answer")
        with VerticalScroll(id="study-body", can_focus=False):
            yield VerdictPanel(id="study-verdict")
            yield SummaryView(id="study-summary")
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
        if self.state == "graded" and self.graded is not None:
            self.query_one(VerdictPanel).show(self.graded)
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
        """Ask the session's next card, or show the summary when it has none."""
        self.graded = None
        item = self.session.next_card()
        self.item = item
        self._update_progress()
        self.query_one(VerdictPanel).display = False
        if item is None:
            self._show_summary()
            return
        self.state = "asking"
        self.query_one(SummaryView).display = False
        self._show_where(item)
        self.query_one("#study-prompt", Static).update(literal(item.card.prompt))
        choices = self.query_one("#study-choices", OptionList)
        answer = self.query_one("#study-answer", Input)
        answer.value = ""
        answer.can_focus = True
        if isinstance(item.card, ChoiceCard):
            # The session's order for this showing; a number (typed, pressed or the option's id)
            # means the option shown at that place. Nothing is highlighted, so enter alone picks
            # nothing: the student must choose.
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
            choices.display = False
            answer.display = True
            answer.focus()
        self._asked_at = time.monotonic()
        self._update_hints()

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
        self.query_one("#study-choices", OptionList).can_focus = False
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
        if graded.verdict.unreadable:
            self._show_unread(graded)
            return
        self.graded = graded
        self.state = "graded"
        # Not ``disabled``: that restyles the whole subtree on every answer (measurably slow);
        # taking focus away is enough for the letter keys to reach the screen's bindings.
        self.query_one("#study-answer", Input).can_focus = False
        self.query_one("#study-choices", OptionList).can_focus = False
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
        for selector in ("#study-prompt", "#study-choices", "#study-answer"):
            self.query_one(selector).display = False
        self.query_one("#study-where", Static).update(literal(self.scope.title()))
        self.query_one("#study-badges", Static).update(Content(_("done")))
        summary = self.query_one(SummaryView)
        summary.show(self.session.summary(), self.tutor.clock.now())
        summary.display = True
        self.set_focus(None)
        self._update_hints()

    def _update_hints(self) -> None:
        """Refresh the key bar (and the bindings) for the current state."""
        self.refresh_bindings()
        own = [b for b in self.BINDINGS if isinstance(b, Binding)]
        app_keys = [
            b for b in type(self.app).BINDINGS if isinstance(b, Binding) and b.id in ("app.quit", "app.help")
        ]
        self.query_one(KeyHints).show_for(self, [*own, *app_keys], dict(self.tutor.settings.keymap))

    def _update_progress(self) -> None:
        answered = len(self.session.history)
        remaining = 0 if self.item is None else 1
        # When the session is over the bar is full, whatever the estimate said.
        total = max(self._planned, answered + remaining, 1) if self.item is not None else max(answered, 1)
        self.query_one(ProgressBar).update(total=total, progress=answered)

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
        """Offer each key only in the state where it means something."""
        if self.state in ("loading", "grading"):
            return action == "leave_session"
        if action == "submit_answer":  # text cards; a choice card's list takes enter itself
            return (
                self.state == "asking"
                and self.item is not None
                and not isinstance(self.item.card, ChoiceCard)
            )
        if action in ("mark_right", "mark_wrong", "mark_easy"):
            return self.state == "graded"
        if action == "accept_rating":
            return self.state in ("graded", "done")
        if action == "pick_choice":
            if self.state != "asking" or self.item is None or not isinstance(self.item.card, ChoiceCard):
                return False
            number = parameters[0] if parameters else 0
            return isinstance(number, int) and 1 <= number <= len(self.item.choices)
        if action == "undo_answer":
            return self.state == "graded" or bool(self.session.history)
        return True

    def action_submit_answer(self) -> None:
        """Grade what is typed in the answer box, once the box has taken every key typed before enter.

        Keys typed just before enter (a fast typist, a paste ending in a newline) may still wait
        in the Input's queue, so the value is read from a callback queued behind them.
        """
        answer = self.query_one("#study-answer", Input)
        answer.call_later(lambda: self.submit_answer(answer.value))

    def action_accept_rating(self) -> None:
        """Record the grader's suggested rating; on the summary, go back."""
        if self.state == "done":
            self.dismiss(None)
        else:
            self.commit_answer(None)

    def action_mark_right(self) -> None:
        """The student overrides: they were right (recorded as Good)."""
        self.commit_answer("right")

    def action_mark_wrong(self) -> None:
        """The student overrides: they were wrong (recorded as Again)."""
        self.commit_answer("wrong")

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
        """Drop the graded answer, or take back the last recorded one and ask that card again."""
        was_graded = self.state == "graded"
        if not self.session.undo():
            self.notify(_("Nothing to undo."), severity="warning")
            return
        if was_graded:
            self.notify(_("Answer discarded; try again."))
        else:
            self.notify(_("Last answer taken back."))
        self.show_next()

    def action_leave_session(self) -> None:
        """Back to the decks, recording a graded answer first with its suggested rating."""
        self.finish_pending()
        self.dismiss(None)

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
