"""``kzjp-tutor stats [--json] [--deck ID]``: how studying is going.

Reads the store's daily roll-up and indexed ranges only, so it answers in well under 300 ms
on a million reviews.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.catalog import resolve_decks
from ..core.context import Context
from ..core.errors import UsageError
from ..core.i18n import gettext as _
from ..core.i18n import ngettext, pgettext
from ..core.scheduling import Planner
from ..core.settings import load_settings
from ..core.stats import (
    RETENTION_DAYS,
    Stats,
    cards_text,
    compute_stats,
    forecast_text,
    late_text,
    window_text,
)
from ..core.store import Store
from ..core.wording import date_text, days, number, percent, share


def register(sub: Any) -> None:
    """Add the ``stats`` subcommand."""
    parser = sub.add_parser("stats", help=_("show progress: reviews, retention, due cards, exam forecast"))
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    parser.add_argument("--deck", metavar=pgettext("metavar", "DECK"), help=_("only the deck with this id"))
    parser.add_argument(
        "--repair",
        action="store_true",
        help=_("start cards whose saved schedule cannot be read again as new"),
    )
    parser.set_defaults(handler=run)


def stats_json(stats: Stats) -> dict[str, Any]:
    """The JSON form: at least ``reviews``, ``correct``, ``cards_seen``, ``due_now``."""
    return {
        "reviews": stats.reviews,
        "correct": stats.correct,
        "cards_seen": stats.cards_seen,
        "due_now": stats.due_now,
        "new_left_today": stats.new_left_today,
        "retention_30d": stats.retention,
        "retention_reviews_30d": stats.retention_reviews,
        "leeches": [{"deck": d, "card": c, "lapses": n} for d, c, n in stats.leeches],
        "exam_readiness": stats.exam_readiness,
        "exam_forecast": [
            {
                "deck": f.deck_id,
                "section": f.section_id,
                "title": f.title,
                "exam_date": f.exam_date.isoformat(),
                "cards": f.cards,
                "studied": f.studied,
                "predicted_recall": round(f.recall, 4),
            }
            for f in stats.forecast
        ],
        "decks": [
            {"deck": d.deck_id, "cards": d.core, "extra": d.extra, "extra_studied": d.extra_studied}
            for d in stats.decks
        ],
        "exam_plan": [
            {
                "deck": p.deck_id,
                "exam_date": p.window.exam_date.isoformat(),
                "window_start": p.window.start.isoformat(),
                "window_days": p.window.days,
                "window_extended_days": p.window.extended,
                "cannot_learn_in_time": p.cannot_learn,
                "forecast": [{"day": day.isoformat(), "count": count} for day, count in p.forecast],
            }
            for p in stats.plans
        ],
    }


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the statistics as text or JSON."""
    settings = load_settings(ctx.home)
    decks = resolve_decks([], settings, ctx.warn)
    if args.deck and args.deck not in {deck.deck.id for deck in decks}:
        known = ", ".join(sorted(deck.deck.id for deck in decks)) or _("none")
        raise UsageError(
            _("--deck {deck!r} is not a deck being studied (deck ids: {known})").format(
                deck=args.deck, known=known
            )
        )
    deck_ids = [args.deck] if args.deck else None
    now = ctx.clock.now()
    with Store.open(ctx.home, now=now, write=args.repair) as store:
        for notice in store.notices:
            print(f"kzjp-tutor: {notice}", file=ctx.stderr)
        if args.repair:
            _report_repair(store.repair(), ctx)
        stats = compute_stats(store, decks, Planner(settings), settings, now, deck_ids=deck_ids)
    if args.json:
        print(json.dumps(stats_json(stats), ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    print("\n".join(stats_lines(stats)), file=ctx.stdout)
    return 0


def _report_repair(reset: list[tuple[str, str]], ctx: Context) -> None:
    if not reset:
        print(_("kzjp-tutor: no card needed starting again as new"), file=ctx.stderr)
        return
    names = ", ".join(f"{deck}/{card}" for deck, card in reset)
    text = ngettext(
        "kzjp-tutor: started {count} card again as new ({names})",
        "kzjp-tutor: started {count} cards again as new ({names})",
        len(reset),
    )
    print(text.format(count=number(len(reset)), names=names), file=ctx.stderr)


def stats_lines(stats: Stats) -> list[str]:
    """The text form, one fact a line, the short labels aligned in the interface's language."""
    labels = {
        "reviews": _("reviews done:"),
        "correct": _("correct answers:"),
        "seen": _("cards seen:"),
        "due": _("cards due now:"),
        "new": _("new cards left today:"),
        "leeches": _("leeches:"),
        "readiness": _("exam readiness:"),
    }
    width = max(len(label) for label in labels.values()) + 1

    def row(key: str, value: str) -> str:
        return f"{labels[key]:<{width}}{value}"

    correct = number(stats.correct)
    if stats.reviews:
        correct = _("{count} ({share})").format(count=correct, share=percent(stats.correct, stats.reviews))
    lines = [
        row("reviews", number(stats.reviews)),
        row("correct", correct),
        row("seen", number(stats.cards_seen)),
        row("due", number(stats.due_now)),
        row("new", number(stats.new_left_today)),
    ]
    if stats.decks:
        lines.append(_("cards in the decks:"))
    for d in stats.decks:
        text = cards_text(d.core, d.extra, d.extra_studied)
        lines.append(_("  {deck}: {cards}").format(deck=d.deck_id, cards=text))
    period = days(RETENTION_DAYS)
    if stats.retention is None:
        retention = _("true retention over {period}: no reviews of learned cards yet")
    else:
        retention = ngettext(
            "true retention over {period}: {share} of {count} review of learned cards",
            "true retention over {period}: {share} of {count} reviews of learned cards",
            stats.retention_reviews,
        )
    lines.append(
        retention.format(
            period=period, share=share(stats.retention or 0.0, 1), count=number(stats.retention_reviews)
        )
    )
    lines.append(row("leeches", number(len(stats.leeches))))
    for deck_id, card_id, lapses in stats.leeches:
        forgotten = ngettext("  {card}: forgotten {count} time", "  {card}: forgotten {count} times", lapses)
        lines.append(forgotten.format(card=f"{deck_id}/{card_id}", count=number(lapses)))
    for plan in stats.plans:
        lines.append(_("exam plan for {deck}:").format(deck=plan.deck_id))
        lines.append("  " + window_text(plan))
        if (forecast := forecast_text(plan.forecast)) is not None:
            lines.append("  " + forecast)
        if plan.cannot_learn:
            lines.append("  " + late_text(plan))
    if stats.exam_readiness is not None:
        lines.append(row("readiness", share(stats.exam_readiness)))
        lines.append(_("predicted recall on the exam day:"))
        for f in stats.forecast:
            studied = ngettext(
                "{count} card, {studied} studied", "{count} cards, {studied} studied", f.cards
            ).format(studied=number(f.studied), count=number(f.cards))
            line = _("  {date} {deck} › {section}: {recall} ({studied})")
            lines.append(
                line.format(
                    date=date_text(f.exam_date),
                    deck=f.deck_id,
                    section=f.title,
                    recall=share(f.recall),
                    studied=studied,
                )
            )
    return lines
