"""The verdict panel: what the grader said, shown after an answer and before it is recorded.

It only displays a :class:`~kzjp_tutor.core.session.Graded`; the decision (correct, partial,
suggested rating) is the grader's. Colours come from the ``-correct``/``-partial``/``-wrong``
classes in ``app.tcss`` so the light and dark themes both work.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from ...core.session import Graded
from ...core.wording import answer_text
from .card_text import close_enough, diff_content, literal

__all__ = ["VerdictPanel", "verdict_label"]

_RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def verdict_label(graded: Graded) -> tuple[str, str]:
    """(headline, class) for the verdict: correct, partly correct or wrong."""
    if graded.verdict.correct:
        return "✓ Correct", "-correct"
    if graded.verdict.partial:
        return "◐ Partly correct", "-partial"
    return "✗ Wrong", "-wrong"


class VerdictPanel(Vertical):
    """Headline, the answer with its differences, the canonical answer, explanation and source."""

    def compose(self) -> ComposeResult:
        """One line per part; empty parts are hidden by :meth:`show`."""
        yield Static(id="verdict-headline")
        yield Static(id="verdict-feedback", markup=False)
        yield Static(id="verdict-answer")
        yield Static(id="verdict-expected")
        yield Static(id="verdict-explain")
        yield Static(id="verdict-source")
        yield Static(id="verdict-rating")

    def show(self, graded: Graded) -> None:
        """Fill the panel from a graded answer."""
        headline, kind = verdict_label(graded)
        self.set_classes(kind)  # one restyle, not one per removed/added class
        verdict = graded.verdict
        card = graded.item.card
        self.query_one("#verdict-headline", Static).update(Content(headline))
        self.query_one("#verdict-feedback", Static).update(literal(verdict.feedback))
        answer = self.query_one("#verdict-answer", Static)
        if verdict.correct and not verdict.diff:
            answer.display = False
        else:
            answer.display = True
            typed = (
                diff_content(graded.answer, verdict.diff)
                if close_enough(verdict.diff)
                else literal(graded.answer or "—")
            )
            answer.update(Content.assemble(("Your answer: ", "bold"), typed))
        self.query_one("#verdict-expected", Static).update(
            Content.assemble(("Answer: ", "bold"), literal(answer_text(card, graded.item.deck.deck.language)))
        )
        self._optional("#verdict-explain", card.explain, "")
        self._optional("#verdict-source", f"“{card.source}”" if card.source else None, "Source: ")
        rating = _RATING_NAMES.get(int(graded.suggested), str(graded.suggested))
        self.query_one("#verdict-rating", Static).update(
            Content.assemble(
                ("Suggested rating: ", "bold"),
                (rating, "bold"),
                "   enter accept · r right · w wrong · e easy · ctrl+z undo",
            )
        )

    def _optional(self, selector: str, text: str | None, label: str) -> None:
        widget = self.query_one(selector, Static)
        widget.display = bool(text)
        if text:
            widget.update(Content.assemble((label, "bold"), literal(text)) if label else literal(text))
