"""The verdict panel: what the grader said, shown after an answer and before it is recorded.

It only displays a :class:`~kzjp_tutor.core.session.Graded`; the decision (correct, partial,
suggested rating) is the grader's. Colours come from the ``-correct``/``-partial``/``-wrong``/
``-unread`` classes in ``app.tcss`` so the light and dark themes both work; every mark is also
text (⟦…⟧, "missing: …"), so nothing depends on colour.
"""

from __future__ import annotations

import datetime as dt

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from ...core.grading.feedback import already_names, only_says_correct
from ...core.grading.marks import mark_answer
from ...core.i18n import gettext as _
from ...core.queue import QueueItem
from ...core.session import Graded
from ...core.wording import answer_text, asked_back, rating_name
from .card_text import literal, marked_content

__all__ = ["VerdictPanel", "verdict_label"]


def verdict_label(graded: Graded) -> tuple[str, str]:
    """(headline, class) for the verdict: correct, partly correct, wrong, or could not be read."""
    if graded.verdict.unreadable:
        return _("? Could not read this answer"), "-unread"
    if graded.verdict.correct:
        return _("✓ Correct"), "-correct"
    if graded.verdict.partial:
        return _("◐ Partly correct"), "-partial"
    return _("✗ Wrong"), "-wrong"


class VerdictPanel(Vertical):
    """Headline and suggested rating, the answer with its differences, the canonical answer,
    explanation and source.

    The rating sits on the headline's line: when a long explanation does not fit, what is cut
    (it scrolls) is the source quote at the end, never what will be recorded.
    """

    def compose(self) -> ComposeResult:
        """One line per part; empty parts are hidden by :meth:`show`."""
        with Horizontal(id="verdict-top"):
            yield Static(id="verdict-headline")
            yield Static(id="verdict-rating")
        yield Static(id="verdict-feedback", markup=False)
        yield Static(id="verdict-answer")
        yield Static(id="verdict-expected")
        yield Static(id="verdict-explain")
        yield Static(id="verdict-source")

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
            answer.update(Content.assemble((_("Your answer: "), "bold"), typed or literal("—")))
        if verdict.unreadable:
            # The feedback says which forms are understood and that nothing was recorded; no
            # rating applies, and the answer would give the card away.
            for selector in ("#verdict-expected", "#verdict-explain", "#verdict-source", "#verdict-rating"):
                self.query_one(selector).display = False
            return
        self.query_one("#verdict-rating").display = True
        expected = self._fact(graded.item)
        # Feedback that already gives the answer («Правильно: Астана.») is not repeated as "Answer:".
        self.query_one("#verdict-expected").display = not already_names(verdict.feedback, expected)
        self.query_one("#verdict-rating", Static).update(
            Content.assemble(_("Suggested rating: "), (rating_name(int(graded.suggested)), "bold"))
        )

    def show_fact(self, item: QueueItem, delay: dt.timedelta) -> None:
        """A new card shown first, as a fact to read: its answer, explanation and source.

        The same lines as under a verdict (one home for how an answer is written out), under a
        headline that says this is not a test, what the student does next and when the card comes
        back (``delay``, the planner's ``show_delay``).
        """
        self.set_classes("-fact")
        self.query_one("#verdict-headline", Static).update(Content(_("New card: read it")))
        rating = self.query_one("#verdict-rating", Static)
        rating.display = True
        rating.update(Content(_("enter when read: {asked_back}").format(asked_back=asked_back(delay))))
        for selector in ("#verdict-feedback", "#verdict-answer"):
            self.query_one(selector).display = False
        self._fact(item)
        self.query_one("#verdict-expected").display = True

    def _fact(self, item: QueueItem) -> str:
        """Fill the answer, explanation and source lines of ``item``'s card; the answer as written."""
        card = item.card
        expected = answer_text(card, item.deck.deck.language)
        self.query_one("#verdict-expected", Static).update(
            Content.assemble((_("Answer: "), "bold"), literal(expected))
        )
        self._optional("#verdict-explain", card.explain, "")
        quote = _("“{quote}”").format(quote=card.source) if card.source else None
        self._optional("#verdict-source", quote, _("Source: "))
        return expected

    def _optional(self, selector: str, text: str | None, label: str) -> None:
        widget = self.query_one(selector, Static)
        widget.display = bool(text)
        if text:
            widget.update(Content.assemble((label, "bold"), literal(text)) if label else literal(text))
