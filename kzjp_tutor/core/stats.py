"""Progress statistics: what a student (or the ``stats`` command) wants to know at a glance.

Everything here reads the ``daily`` roll-up and indexed ranges of the store, never the whole
review log, so it stays well under a few hundred milliseconds on a million reviews. Counts are
over UTC days, the store's day boundary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from .deck import Deck
from .i18n import gettext as _
from .i18n import ngettext
from .overview import extra_cards
from .scheduling import ExamPlan, Planner, new_cards_left
from .settings import Settings
from .store import Store
from .wording import cards, date_text, days, number

__all__ = [
    "FORECAST_SHOWN",
    "RETENTION_DAYS",
    "DeckCards",
    "SectionForecast",
    "Stats",
    "cards_text",
    "compute_stats",
    "forecast_text",
    "late_text",
    "window_text",
]

FORECAST_SHOWN = 14
"""Days of the review forecast written on one line (the rest is "…"; ``stats --json`` has all)."""

RETENTION_DAYS = 30
"""True retention is measured over this many most recent days (today included)."""


@dataclass(frozen=True, slots=True)
class SectionForecast:
    """Predicted recall of one section's cards on the exam day (unstudied cards count as 0)."""

    deck_id: str
    section_id: str
    title: str
    exam_date: dt.date
    cards: int
    studied: int
    recall: float


@dataclass(frozen=True, slots=True)
class DeckCards:
    """A loaded deck's cards, its core facts and its ``extra`` ones counted apart."""

    deck_id: str
    core: int
    extra: int
    extra_studied: bool
    """``include_extra``: whether the extra cards are studied at all."""


@dataclass(frozen=True, slots=True)
class Stats:
    """The numbers ``kzjp-tutor stats`` shows."""

    reviews: int
    """Answers recorded (undone ones excluded)."""
    correct: int
    """Answers whose final rating was not Again."""
    cards_seen: int
    due_now: int
    new_left_today: int
    """New cards the daily limit still allows today, over the decks whose files are loaded."""
    retention: float | None
    """Share of reviews of learned cards (Review state) passed in the last :data:`RETENTION_DAYS`
    days; None when there were none."""
    retention_reviews: int
    leeches: list[tuple[str, str, int]] = field(default_factory=list)
    """(deck id, card id, lapses) of leeches."""
    forecast: list[SectionForecast] = field(default_factory=list)
    """Per section, for decks with a future exam date."""
    decks: list[DeckCards] = field(default_factory=list)
    """Per loaded deck."""
    plans: list[ExamPlan] = field(default_factory=list)
    """Per loaded deck with an exam today or later: its window, forecast and late cards."""

    @property
    def exam_readiness(self) -> float | None:
        """Predicted recall on the exam day over every card with an exam ahead, weighted by cards."""
        cards = sum(f.cards for f in self.forecast)
        return sum(f.recall * f.cards for f in self.forecast) / cards if cards else None


def compute_stats(
    store: Store,
    decks: Sequence[Deck],
    planner: Planner,
    settings: Settings,
    now: dt.datetime,
    *,
    deck_ids: Sequence[str] | None = None,
) -> Stats:
    """Gather the statistics.

    Args:
        store: The progress database.
        decks: Deck files loaded (for new cards left and the exam forecast); may be empty.
        planner: For predicted recall.
        settings: Daily limits and exam dates.
        now: The current time (UTC).
        deck_ids: Restrict to these decks; None means every deck with progress or loaded.
    """
    today = now.astimezone(dt.UTC).date()
    scope = list(deck_ids) if deck_ids is not None else None
    loaded = [d for d in decks if scope is None or d.deck.id in scope]
    all_ids = scope if scope is not None else sorted({*store.deck_ids(), *(d.deck.id for d in loaded)})
    totals = store.counts(scope)
    recent = store.counts(scope, since=today - dt.timedelta(days=RETENTION_DAYS - 1), until=today)
    new_left = 0
    forecast: list[SectionForecast] = []
    cards: list[DeckCards] = []
    plans: list[ExamPlan] = []
    for deck in loaded:
        deck_id = deck.deck.id
        seen = store.seen_ids(deck_id)
        unseen = sum(1 for _section, card in deck.cards() if card.id not in seen)
        introduced = store.counts([deck_id], since=today, until=today).new_cards
        new_left += new_cards_left(
            settings, introduced_today=introduced, unseen=unseen, deck_id=deck_id, now=now
        )
        extra = extra_cards(deck)
        cards.append(DeckCards(deck_id, len(deck.cards()) - extra, extra, settings.include_extra))
        exam = settings.exam_date_for(deck_id)
        if exam is not None and exam >= today:
            states = store.states(deck_id)
            suspended = store.suspended_ids(deck_id)
            plan = planner.exam_plan(
                deck,
                (state for card_id, state in states.items() if card_id not in suspended),
                now,
                introduced_today=introduced,
                answered=planner.window_answers(store, deck_id, now),
            )
            if plan is not None:
                plans.append(plan)
            for section in deck.sections:
                section_states = [states.get(card.id) for card in section.cards]
                forecast.append(
                    SectionForecast(
                        deck_id=deck_id,
                        section_id=section.id,
                        title=section.title,
                        exam_date=exam,
                        cards=len(section.cards),
                        studied=sum(1 for s in section_states if s is not None),
                        recall=planner.exam_recall(section_states, exam),
                    )
                )
    return Stats(
        reviews=totals.reviews,
        correct=totals.correct,
        cards_seen=store.count_seen(scope),
        due_now=store.count_due(all_ids, now),
        new_left_today=new_left,
        retention=recent.mature_correct / recent.mature if recent.mature else None,
        retention_reviews=recent.mature,
        leeches=store.leeches(scope),
        forecast=forecast,
        decks=cards,
        plans=plans,
    )


# The texts the home screen and ``stats`` share, written once here so both say the same thing.


def cards_text(core: int, extra: int, extra_studied: bool) -> str:
    """A deck's cards with the extra ones apart: "120 cards (+30 extra)"; just the count without."""
    if not extra:
        return cards(core)
    if extra_studied:
        return _("{cards} (+{extra} extra)").format(cards=cards(core), extra=number(extra))
    return _("{cards} (+{extra} extra, not studied)").format(cards=cards(core), extra=number(extra))


def window_text(plan: ExamPlan) -> str:
    """When the deck's final review starts, and why earlier than usual when the limit forced it."""
    window = plan.window
    text = _("final review from {date}: {days}").format(date=date_text(window.start), days=days(window.days))
    if window.extended:
        more = ngettext(
            "{count} day early: {cards} need more than {usual} at {limit} reviews a day",
            "{count} days early: {cards} need more than {usual} at {limit} reviews a day",
            window.extended,
        ).format(
            count=number(window.extended),
            cards=cards(window.cards),
            usual=days(window.usual_days),
            limit=number(window.per_day_limit),
        )
        text = _("{text} ({why})").format(text=text, why=more)
    return text


def late_text(plan: ExamPlan) -> str:
    """How many unseen cards cannot be learned before the exam at the current pace."""
    count = plan.cannot_learn
    return ngettext(
        "{count} new card cannot be learned before the exam at {pace} a day",
        "{count} new cards cannot be learned before the exam at {pace} a day",
        count,
    ).format(count=number(count), pace=number(plan.new_per_day))


def forecast_text(forecast: list[tuple[dt.date, int]]) -> str | None:
    """Reviews per day until the exam on one line: "reviews a day until the exam: 12 30 0 41 …".

    None when no review is planned at all (nothing studied yet): a row of zeros tells nothing.
    """
    if not any(count for _day, count in forecast):
        return None
    shown = " ".join(number(count) for _day, count in forecast[:FORECAST_SHOWN])
    if len(forecast) > FORECAST_SHOWN:
        shown += " …"
    return _("reviews a day until the exam: {counts}").format(counts=shown)
