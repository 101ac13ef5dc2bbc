"""Browse: fuzzy-search every card, see one card's answer, schedule and record, and act on it.

The search index is built once the decks are loaded; typing filters it on each keystroke. From
the results list a card can be suspended (no longer asked), unsuspended, flagged as wrong for the
instructor (with an optional comment) or have its progress reset (after a confirmation). Each
step is one recorded event (:meth:`~kzjp_tutor.core.store.Store.act`), so the last one can be
undone (ctrl+z) and the log stays right; the list marks suspended and flagged cards.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...core.catalog import CardRef, DeckEntry
from ...core.errors import KzjpError
from ...core.i18n import N_, pgettext
from ...core.i18n import gettext as _
from ...core.search import CardIndex
from ...core.store import CardEvent, EventKind
from ...core.wording import answer_text, datetime_text, interval, number, rating_name
from ..language import follow_language
from ..widgets.card_text import literal
from ..widgets.flag_dialog import FlagDialog
from .confirm import ConfirmDialog

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["FLAGGED_MARK", "SUSPENDED_MARK", "BrowseScreen"]

SUSPENDED_MARK = "‖ "  # i18n: not text
"""Before a suspended card's prompt in the results (the detail says it in words)."""
FLAGGED_MARK = "⚐ "  # i18n: not text
"""Before a card flagged as wrong."""

_WARNING = "bold $warning"  # i18n: not text

_DONE = {
    "suspend": N_("Suspended: the card is not asked until you unsuspend it (u)."),
    "unsuspend": N_("Unsuspended: the card is asked again when due."),
    "flag": N_("Flagged as wrong: the instructor sees it in your export."),
    "reset": N_("Progress reset: the card is new again."),
}
"""What each step did, said after it (translated when shown)."""


class BrowseScreen(Screen[None]):
    """Search box, matching cards, the highlighted card's details."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+f", "focus_search", N_("Search"), id="browse.search", tooltip=N_("Type to filter cards")
        ),
        # Letters act on the highlighted card once the results list has focus (enter in the search box).
        Binding("s", "suspend_card", N_("Suspend"), id="browse.suspend", tooltip=N_("Stop asking this card")),
        Binding(
            "u",
            "unsuspend_card",
            N_("Unsuspend"),
            id="browse.unsuspend",
            tooltip=N_("Ask this card again when due"),
        ),
        Binding(
            "f",
            "flag_card",
            N_("Flag"),
            id="browse.flag",
            tooltip=N_("Report this card as wrong to the instructor, with a comment"),
        ),
        Binding(
            "ctrl+r",
            "reset_card",
            N_("Reset"),
            id="browse.reset",
            tooltip=N_("Forget this card's progress (asks first)"),
        ),
        Binding("ctrl+z", "undo_step", N_("Undo"), id="browse.undo", tooltip=N_("Take back the last step")),
    ]

    def __init__(self) -> None:
        """No index until the decks are loaded."""
        super().__init__()
        self.index: CardIndex | None = None
        self.results: list[CardRef] = []
        self._shown: CardRef | None = None
        self.suspended: set[tuple[str, str]] = set()
        """(deck id, card id) of every suspended card, read from the store after each step."""
        self.flags: dict[tuple[str, str], list[CardEvent]] = {}
        """Each flagged card's flags (with their comments), oldest first."""
        self.last_step: CardEvent | None = None
        """The step ctrl+z takes back."""

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    def compose(self) -> ComposeResult:
        """Search input above a list and a detail pane."""
        yield Header()
        yield Input(id="browse-search")
        with Horizontal(id="browse-main"):
            yield OptionList(id="browse-results", markup=False)
            with VerticalScroll(id="browse-detail-scroll", can_focus=False):
                yield Static(Content(_("Loading decks…")), id="browse-detail")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Index the cards (now, or when the decks arrive)."""
        self._label()
        follow_language(self, self.relabel)
        app = self.tutor
        if app.entries is not None:
            self._index(app.entries)
        else:
            app.decks_loaded.subscribe(self, self._index)
        self.query_one("#browse-search", Input).focus()

    def _label(self) -> None:
        self.sub_title = _("Browse")
        self.query_one("#browse-search", Input).placeholder = _("Search prompt, answer or tag (fuzzy)")

    def relabel(self) -> None:
        """The interface language changed: the hint and the shown card's details again."""
        self._label()
        if self.index is not None:
            self.show_card(self._shown)

    def _index(self, entries: list[DeckEntry]) -> None:
        self.index = CardIndex([ref for entry in entries for ref in entry.cards()])
        self._read_marks()
        self.filter(self.query_one("#browse-search", Input).value)

    def _read_marks(self) -> None:
        """Which cards are suspended and which flagged, from the store."""
        store = self.tutor.store
        deck_ids = [deck.deck.id for deck in self.tutor.decks]
        self.suspended = {(deck_id, card) for deck_id in deck_ids for card in store.suspended_ids(deck_id)}
        self.flags = {}
        for event in store.events(deck_ids, kinds=["flag"]):
            self.flags.setdefault((event.deck_id, event.card_id), []).append(event)

    def _marks(self, ref: CardRef) -> str:
        """The result's marks: suspended, flagged."""
        return (SUSPENDED_MARK if ref.key in self.suspended else "") + (
            FLAGGED_MARK if ref.key in self.flags else ""
        )

    def filter(self, query: str) -> None:
        """Show the cards matching ``query``."""
        if self.index is None:
            return
        self.results = self.index.search(query)
        results = self.query_one("#browse-results", OptionList)
        results.clear_options()
        options: list[Option | None] = []
        for place, ref in enumerate(self.results):
            if place:
                options.append(None)  # a rule between results: a prompt may wrap onto several lines
            prompt = self._marks(ref) + ref.card.prompt.replace("\n", " ")
            options.append(Option(literal(prompt), id=str(place)))
        results.add_options(options)
        if self.results:
            results.highlighted = 0
        self.show_card(self.results[0] if self.results else None)

    @on(Input.Changed, "#browse-search")
    def _typed(self, event: Input.Changed) -> None:
        self.filter(event.value)

    @on(Input.Submitted, "#browse-search")
    def _to_results(self) -> None:
        self.query_one("#browse-results", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#browse-results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        number = int(event.option.id or -1)
        if 0 <= number < len(self.results):
            self.show_card(self.results[number])

    def show_card(self, ref: CardRef | None) -> None:
        """The card's full text, its schedule and its counters."""
        detail = self.query_one("#browse-detail", Static)
        self._shown = ref
        if ref is None:
            detail.update(Content(_("No card matches.")))
            return
        card = ref.card
        state = self.tutor.store.state(*ref.key)
        parts: list[Content | str | tuple[str, str]] = [
            literal(ref.deck.deck.title, "bold"),
            "  ›  ",
            literal(ref.section.title),
            "\n\n",
            literal(card.prompt, "bold"),
            "\n\n",
            (_("Answer: "), "bold"),
            literal(answer_text(card, ref.deck.deck.language)),
            "\n",
        ]
        if card.tags:
            parts += [(_("Tags: "), "bold"), literal(", ".join(card.tags)), "\n"]
        if card.explain:
            parts += ["\n", literal(card.explain), "\n"]
        if card.source:
            parts += [(_("Source: "), "bold"), literal(_("“{quote}”").format(quote=card.source)), "\n"]
        parts.append("\n")
        parts += self._steps(ref)
        if state is None:
            parts.append((_("Never answered; new."), "italic"))
        else:
            now = self.tutor.clock.now()
            last = state.fsrs.last_review
            lines = [
                _("State: {state} · answered {reps}× · forgotten {lapses}×").format(
                    state=_state_name(state.state.name), reps=state.reps, lapses=state.lapses
                )
                + (" · " + _("⚑ leech") if state.leech else ""),
                _("First seen: {moment}").format(moment=datetime_text(state.first_seen, now)),
                _("Last review: {moment}").format(moment=datetime_text(last, now) if last else "—"),
                _("Next due: {moment}").format(moment=datetime_text(state.due, now)),
                _("Stability: {days} days · difficulty {difficulty}").format(
                    days=number(state.fsrs.stability or 0, 1),
                    difficulty=number(state.fsrs.difficulty or 0, 1),
                ),
            ]
            parts.append("\n".join(lines))
            parts += ["\n\n", (_("History"), "bold"), "\n"]
            previous = None
            for review in self.tutor.store.reviews([ref.deck.deck.id], card_id=card.id):
                gap = f" (+{interval(review.reviewed_at - previous)})" if previous else ""
                mark = ("✓ ", "green") if review.correct else ("✗ ", "red")
                parts += [
                    f"{datetime_text(review.reviewed_at, now)}{gap}  ",
                    mark,
                    literal(review.answer or "—"),
                    f"  → {rating_name(review.rating)}\n",
                ]
                previous = review.reviewed_at
        detail.update(Content.assemble(*parts))

    def _steps(self, ref: CardRef) -> list[Content | str | tuple[str, str]]:
        """The card's suspension and flags, in words."""
        parts: list[Content | str | tuple[str, str]] = []
        if ref.key in self.suspended:
            parts += [(_("Suspended: not asked until you unsuspend it (u)."), _WARNING), "\n"]
        for flag in self.flags.get(ref.key, []):
            when = datetime_text(flag.at, self.tutor.clock.now())
            if flag.comment:
                line = _("Flagged as wrong on {moment}: “{comment}”").format(
                    moment=when, comment=flag.comment
                )
            else:
                line = _("Flagged as wrong on {moment}").format(moment=when)
            parts += [literal(line, "$warning"), "\n"]
        return [*parts, "\n"] if parts else parts

    def action_focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.query_one("#browse-search", Input).focus()

    # ------------------------------------------------------------------ acting on a card

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Card steps only with a card highlighted; undo only after a step."""
        if action in ("suspend_card", "unsuspend_card", "flag_card", "reset_card"):
            return self._shown is not None
        if action == "undo_step":
            return self.last_step is not None
        return True

    def _record(self, kind: EventKind, comment: str | None = None) -> None:
        """Record ``kind`` for the highlighted card (its own transaction), say so, redraw the marks."""
        ref = self._shown
        if ref is None:
            return
        app = self.tutor
        event = CardEvent(uuid.uuid4().hex, *ref.key, kind, app.clock.now(), comment or None)
        try:
            recorded = app.store.act(event)
        except KzjpError as exc:
            app.notify(str(exc), severity="error", markup=False)
            return
        if not recorded:
            app.notify(_("This card has no progress to reset."), severity="warning")
            return
        self.last_step = event
        app.notify(_(_DONE[kind]))
        self._after_step()

    def _after_step(self) -> None:
        """Marks, list and counts again after a step or its undo (the highlighted card stays)."""
        self._read_marks()
        results = self.query_one("#browse-results", OptionList)
        highlighted = results.highlighted
        self.filter(self.query_one("#browse-search", Input).value)
        if highlighted is not None and highlighted < results.option_count:
            results.highlighted = highlighted
        self.refresh_bindings()
        self.tutor.refresh_overview()

    def action_suspend_card(self) -> None:
        """Stop asking the highlighted card (until it is unsuspended)."""
        if self._shown is not None and self._shown.key in self.suspended:
            self.tutor.notify(_("This card is already suspended."))
            return
        self._record("suspend")

    def action_unsuspend_card(self) -> None:
        """Ask the highlighted card again when it is due."""
        if self._shown is not None and self._shown.key not in self.suspended:
            self.tutor.notify(_("This card is not suspended."))
            return
        self._record("unsuspend")

    def action_flag_card(self) -> None:
        """Report the highlighted card as wrong, with an optional comment, for the instructor."""
        ref = self._shown
        if ref is None:
            return

        def flagged(comment: str | None) -> None:
            if comment is not None and self._shown is ref:
                self._record("flag", comment)

        self.app.push_screen(FlagDialog(ref.card.prompt), flagged)

    def action_reset_card(self) -> None:
        """Forget the highlighted card's progress, after asking (undo takes it back)."""
        ref = self._shown
        if ref is None:
            return

        def answered(yes: bool | None) -> None:
            if yes and self._shown is ref:
                self._record("reset")

        question = _("Reset this card's progress? It becomes new; its answers stay in the log.")
        self.app.push_screen(
            ConfirmDialog(question, ref.card.prompt, yes=_("Reset"), focus_yes=False), answered
        )

    def action_undo_step(self) -> None:
        """Take back the last step made here."""
        step = self.last_step
        if step is None:
            return
        undone = self.tutor.store.undo_event(step.id)
        self.last_step = None
        if undone is None:
            self.tutor.notify(
                _("That step cannot be undone: the card was answered since."), severity="warning"
            )
        else:
            self.tutor.notify(_("Undone."))
        self._after_step()


def _state_name(name: str) -> str:
    """An fsrs card state ("Learning", "Review", "Relearning") as the student reads it."""
    names = {
        "Learning": pgettext("card state", "learning"),
        "Review": pgettext("card state", "review"),
        "Relearning": pgettext("card state", "relearning"),
    }
    return names.get(name, name.lower())
