"""Browse: fuzzy-search every card, and see one card's answer, schedule and record.

The search index is built once the decks are loaded; typing filters it on each keystroke.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

import fsrs
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...core.catalog import CardRef, DeckEntry
from ...core.search import CardIndex
from ...core.wording import answer_text, interval
from ..widgets.card_text import literal

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["BrowseScreen"]


class BrowseScreen(Screen[None]):
    """Search box, matching cards, the highlighted card's details."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+f", "focus_search", "Search", id="browse.search", tooltip="Type to filter cards"),
    ]

    def __init__(self) -> None:
        """No index until the decks are loaded."""
        super().__init__()
        self.index: CardIndex | None = None
        self.results: list[CardRef] = []

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    def compose(self) -> ComposeResult:
        """Search input above a list and a detail pane."""
        yield Header()
        yield Input(id="browse-search", placeholder="Search prompt, answer or tag (fuzzy)")
        with Horizontal(id="browse-main"):
            yield OptionList(id="browse-results", markup=False)
            with VerticalScroll(id="browse-detail-scroll", can_focus=False):
                yield Static(Content("Loading decks…"), id="browse-detail")
        yield Footer()

    def on_mount(self) -> None:
        """Index the cards (now, or when the decks arrive)."""
        self.sub_title = "Browse"
        app = self.tutor
        if app.entries is not None:
            self._index(app.entries)
        else:
            app.decks_loaded.subscribe(self, self._index)
        self.query_one("#browse-search", Input).focus()

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
        for number, ref in enumerate(self.results):
            if number:
                options.append(None)  # a rule between results: a prompt may wrap onto several lines
            options.append(Option(literal(ref.card.prompt.replace("\n", " ")), id=str(number)))
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
        if ref is None:
            detail.update(Content("No card matches."))
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
            ("Answer: ", "bold"),
            literal(answer_text(card, ref.deck.deck.language)),
            "\n",
        ]
        if card.tags:
            parts += [("Tags: ", "bold"), literal(", ".join(card.tags)), "\n"]
        if card.explain:
            parts += ["\n", literal(card.explain), "\n"]
        if card.source:
            parts += [("Source: ", "bold"), literal(f"“{card.source}”"), "\n"]
        parts.append("\n")
        if state is None:
            parts.append(("Never answered; new.", "italic"))
        else:
            last = state.fsrs.last_review
            parts.append(
                f"State: {state.state.name.lower()} · answered {state.reps}×"
                f" · forgotten {state.lapses}×"
                f"{' · ⚑ leech' if state.leech else ''}\n"
                f"First seen: {state.first_seen:%Y-%m-%d %H:%M} UTC\n"
                f"Last review: {f'{last:%Y-%m-%d %H:%M} UTC' if last else '—'}\n"
                f"Next due: {state.due:%Y-%m-%d %H:%M} UTC\n"
                f"Stability: {state.fsrs.stability or 0:.1f} days · difficulty {state.fsrs.difficulty or 0:.1f}"
            )
            parts += ["\n\n", ("History", "bold"), "\n"]
            previous = None
            for review in self.tutor.store.reviews([ref.deck.deck.id], card_id=card.id):
                gap = f" (+{interval(review.reviewed_at - previous)})" if previous else ""
                mark = ("✓ ", "green") if review.correct else ("✗ ", "red")
                rating = fsrs.Rating(review.rating).name.lower()
                parts += [
                    f"{review.reviewed_at:%Y-%m-%d %H:%M}{gap}  ",
                    mark,
                    literal(review.answer or "—"),
                    f"  → {rating}\n",
                ]
                previous = review.reviewed_at
        detail.update(Content.assemble(*parts))

    def action_focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.query_one("#browse-search", Input).focus()
