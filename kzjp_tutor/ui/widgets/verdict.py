"""The verdict panel: what the grader said, shown after an answer and before it is recorded.

It only displays a :class:`~kzjp_tutor.core.session.Graded`; the decision (correct, partial,
suggested rating) is the grader's. Colours come from the ``-correct``/``-partial``/``-wrong``/
``-unread`` classes in ``app.tcss`` so the light and dark themes both work; every mark is also
text (⟦…⟧, "missing: …"), so nothing depends on colour.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from ...core.grading.feedback import already_names, only_says_correct
from ...core.grading.marks import mark_answer
from ...core.session import Graded
from ...core.wording import answer_text
from .card_text import literal, marked_content

__all__ = ["VerdictPanel", "verdict_label"]

_RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def verdict_label(graded: Graded) -> tuple[str, str]:
    """(headline, class) for the verdict: correct, partly correct, wrong, or could not be read."""
    if graded.verdict.unreadable:
        return "? Could not read this answer", "-unread"
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
        feedback = self.query_one("#verdict-feedback", Static)
        # A bare "Верно." under "✓ Correct" would say the same thing twice, in two languages.
        feedback.display = bool(verdict.feedback) and not only_says_correct(verdict.feedback)
        feedback.update(literal(verdict.feedback))
        answer = self.query_one("#verdict-answer", Static)
        if verdict.correct or verdict.unreadable:
            answer.display = False  # accepted, or kept in the box to be corrected
        else:
            answer.display = True
            language = graded.item.deck.deck.language
            typed = (
                marked_content(mark_answer(card, graded.answer, verdict, language)) if graded.answer else None
            )
            answer.update(Content.assemble(("Your answer: ", "bold"), typed or literal("—")))
        if verdict.unreadable:
            # The feedback says which forms are understood and that nothing was recorded; no
            # rating applies, and the answer would give the card away.
            for selector in ("#verdict-expected", "#verdict-explain", "#verdict-source", "#verdict-rating"):
                self.query_one(selector).display = False
            return
        self.query_one("#verdict-rating").display = True
        expected = answer_text(card, graded.item.deck.deck.language)
        # Feedback that already gives the answer («Правильно: Астана.») is not repeated as "Answer:".
        self.query_one("#verdict-expected").display = not already_names(verdict.feedback, expected)
        self.query_one("#verdict-expected", Static).update(
            Content.assemble(("Answer: ", "bold"), literal(expected))
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
