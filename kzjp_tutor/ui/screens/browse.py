"""Browse: fuzzy-search every card, and see one card's answer, schedule and record.

The search index is built once the decks are loaded; typing filters it on each keystroke.
"""

from __future__ import annotations

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
from ...core.i18n import N_, pgettext
from ...core.i18n import gettext as _
from ...core.search import CardIndex
from ...core.wording import answer_text, datetime_text, interval, number, rating_name
from ..language import follow_language
from ..widgets.card_text import literal

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["BrowseScreen"]


class BrowseScreen(Screen[None]):
    """Search box, matching cards, the highlighted card's details."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+f", "focus_search", N_("Search"), id="browse.search", tooltip=N_("Type to filter cards")
        ),
    ]

    def __init__(self) -> None:
        """No index until the decks are loaded."""
        super().__init__()
        self.index: CardIndex | None = None
        self.results: list[CardRef] = []
        self._shown: CardRef | None = None

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
        self.filter(self.query_one("#browse-search", Input).value)

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
            options.append(Option(literal(ref.card.prompt.replace("\n", " ")), id=str(place)))
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

    def action_focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.query_one("#browse-search", Input).focus()


def _state_name(name: str) -> str:
    """An fsrs card state ("Learning", "Review", "Relearning") as the student reads it."""
    names = {
        "Learning": pgettext("card state", "learning"),
        "Review": pgettext("card state", "review"),
        "Relearning": pgettext("card state", "relearning"),
    }
    return names.get(name, name.lower())
