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
from ..core.scheduling import Planner
from ..core.settings import load_settings
from ..core.stats import RETENTION_DAYS, Stats, compute_stats
from ..core.store import Store
from ..core.wording import count, percent


def register(sub: Any) -> None:
    """Add the ``stats`` subcommand."""
    parser = sub.add_parser("stats", help="show progress: reviews, retention, due cards, exam forecast")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--deck", metavar="ID", help="only this deck id")
    parser.add_argument(
        "--repair", action="store_true", help="start cards whose saved schedule cannot be read again as new"
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
    }


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the statistics as text or JSON."""
    settings = load_settings(ctx.home)
    decks = resolve_decks([], settings, ctx.warn)
    if args.deck and args.deck not in {deck.deck.id for deck in decks}:
        known = ", ".join(sorted(deck.deck.id for deck in decks)) or "none"
        raise UsageError(f"--deck {args.deck!r} is not a deck being studied (deck ids: {known})")
    deck_ids = [args.deck] if args.deck else None
    now = ctx.clock.now()
    with Store.open(ctx.home, now=now, write=args.repair) as store:
        for notice in store.notices:
            print(f"kzjp-tutor: {notice}", file=ctx.stderr)
        if args.repair:
            reset = store.repair()
            names = ", ".join(f"{deck}/{card}" for deck, card in reset) or "none needed"
            print(f"kzjp-tutor: started {count(len(reset), 'card')} again as new ({names})", file=ctx.stderr)
        stats = compute_stats(store, decks, Planner(settings), settings, now, deck_ids=deck_ids)
    if args.json:
        print(json.dumps(stats_json(stats), ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    out = ctx.stdout
    share = f" ({percent(stats.correct, stats.reviews)})" if stats.reviews else ""
    print(f"reviews done:        {stats.reviews}", file=out)
    print(f"correct answers:     {stats.correct}{share}", file=out)
    print(f"cards seen:          {stats.cards_seen}", file=out)
    print(f"cards due now:       {stats.due_now}", file=out)
    print(f"new cards left today: {stats.new_left_today}", file=out)
    if stats.retention is None:
        print(f"true retention ({RETENTION_DAYS} d): no reviews of learned cards yet", file=out)
    else:
        print(
            f"true retention ({RETENTION_DAYS} d): {100 * stats.retention:.1f}% of {stats.retention_reviews} "
            "reviews of learned cards",
            file=out,
        )
    print(f"leeches:             {len(stats.leeches)}", file=out)
    for deck_id, card_id, lapses in stats.leeches:
        print(f"  {deck_id}/{card_id}: forgotten {lapses} times", file=out)
    if stats.exam_readiness is not None:
        print(f"exam readiness:      {percent(round(1000 * stats.exam_readiness), 1000)}", file=out)
        print("predicted recall on the exam day:", file=out)
        for f in stats.forecast:
            print(
                f"  {f.exam_date} {f.deck_id} › {f.title}: {100 * f.recall:.0f}% "
                f"({f.studied}/{f.cards} cards studied)",
                file=out,
            )
    return 0
