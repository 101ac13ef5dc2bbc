"""Benchmark the class report: 300 student exports of 250 cards with 200 reviews each.

Run: ``.venv/bin/python bench/bench_report.py`` (builds its exports in a temp folder). Target:
the whole report (reading and checking every export + the item analysis, including the
confusion search with ``grade()``) in ≤ 5 s. Also times the HTML and CSV rendering.

The exports are synthetic but shaped like a real class: answers are right ~70 % of the time,
wrong answers are typos, another card's answer (so confusions exist) or a stray word, and some
students press "I was right" on a handful of near-answers (so aliases are suggested). Every
third student studies the deck's other-language twin (so the two are merged into one row per
card), and every tenth export has no profile id, as exports written before ids (so one student
is found by the shared review log).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.export import ExportCard, ExportReview, ProgressExport, export_json
from kzjp_tutor.core.report import build_report, cards_csv, load_exports, render_html
from kzjp_tutor.core.scheduling import fsrs_card_id

STUDENTS = 300
CARDS = 250
REVIEWS = 200
TARGET_S = 5.0
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
DECK_ID = "bench-deck"
TWIN_ID = "bench-deck-ru"
_NAMES = [
    "hashimoto", "koizumi", "obuchi", "abe", "kishida", "nazarbayev", "tokayev", "astana", "almaty",
    "semey", "uranium", "kazatomprom", "jica", "silk", "road", "oda", "caspian", "baikonur",
    "mitsubishi", "toyota", "sumitomo", "marubeni", "itochu", "kashagan", "tengiz",
]  # fmt: skip


def _deck(deck_id: str = DECK_ID, language: str = "en") -> Deck:
    rng = random.Random(1)
    sections = []
    for s in range(10):
        cards = []
        for n in range(s * 25, s * 25 + 25):
            answer = f"{rng.choice(_NAMES)} {rng.choice(_NAMES)} {n}"
            cards.append({"id": f"c{n}", "prompt": f"Question number {n}?", "answer": answer})
        sections.append({"id": f"s{s}", "title": f"Section {s}", "cards": cards})
    return Deck.model_validate(
        {"format": 1, "deck": {"id": deck_id, "title": "Bench", "language": language}, "sections": sections}
    )


def _typo(text: str, rng: random.Random) -> str:
    i = rng.randrange(len(text))
    return text[:i] + rng.choice("aeiouxyz") + text[i + 1 :]


def _export(number: int, deck: Deck, rng: random.Random) -> ProgressExport:
    deck_id = TWIN_ID if number % 3 == 2 else DECK_ID
    cards = [c for _s, c in deck.cards()]
    start = NOW - dt.timedelta(days=60)
    exported: list[ExportCard] = []
    for card in cards:
        last = start + dt.timedelta(hours=rng.randrange(0, 60 * 24))
        stability = rng.uniform(0.5, 40.0)
        exported.append(
            ExportCard(
                deck=deck_id, card=card.id, fsrs_card_id=fsrs_card_id(deck_id, card.id),
                state=rng.choice((1, 2, 2, 2, 3)), step=None, stability=stability,
                difficulty=rng.uniform(1, 10), due=last + dt.timedelta(days=stability), last_review=last,
                reps=rng.randrange(1, 6), lapses=rng.randrange(0, 4), leech=rng.random() < 0.02,
                first_seen=start,
            )
        )  # fmt: skip
    reviews: list[ExportReview] = []
    seen: set[str] = set()
    for r in range(REVIEWS):
        card = rng.choice(cards)
        answer = str(getattr(card, "answer", ""))
        roll = rng.random()
        override = False
        if roll < 0.7:
            typed, correct = answer, True
        elif roll < 0.8:
            typed, correct = _typo(answer, rng), False
            override = rng.random() < 0.3
        elif roll < 0.9:
            other = rng.choice(cards)
            typed, correct = str(getattr(other, "answer", "")), False
        else:
            typed, correct = rng.choice(_NAMES), False
        rating = 3 if correct or override else 1
        reviews.append(
            ExportReview(
                time=start + dt.timedelta(minutes=r * 7), deck=deck_id, card=card.id, answer=typed,
                correct=correct, score=1.0 if correct else 0.0, suggested="good" if correct else "again",
                rating=rating, duration_ms=rng.randrange(2000, 20000), state_before=2 if card.id in seen else 0,
            )
        )  # fmt: skip
        seen.add(card.id)
    return ProgressExport(
        format="kzjp-tutor-progress",
        version=1,
        exported_at=NOW,
        student=f"Student {number:03d}",
        student_id=None if number % 10 == 9 else f"{number:032x}",
        exam_date=dt.date(2026, 12, 20),
        decks=[deck_id],
        cards=exported,
        reviews=reviews,
    )


def main() -> int:
    """Build the exports, time the report, print a table; exit 1 if over target."""
    deck = _deck()
    decks = [deck, _deck(TWIN_ID, "ru")]
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        for number in range(STUDENTS):
            (folder / f"s{number:03d}.json").write_text(
                export_json(_export(number, deck, rng)), encoding="utf-8"
            )
        build_s = time.perf_counter() - t
        size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6

        t0 = time.perf_counter()
        exports, skipped = load_exports([folder])
        t1 = time.perf_counter()
        report = build_report(exports, decks, NOW, skipped=skipped)
        t2 = time.perf_counter()
        page = render_html(report)
        table = cards_csv(report)
        t3 = time.perf_counter()

    total = t2 - t0
    rows = [
        ("exports written (setup)", f"{STUDENTS} files, {size_mb:.1f} MB", f"{build_s:.2f} s", ""),
        ("read + check exports", f"{len(exports)} ok, {len(skipped)} skipped", f"{t1 - t0:.2f} s", ""),
        (
            "item analysis",
            f"{len(report.cards)} cards, {len(report.aliases)} aliases, {len(report.confusions)} confusions",
            f"{t2 - t1:.2f} s",
            "",
        ),
        ("report total", f"{report.answers} answers", f"{total:.2f} s", f"≤ {TARGET_S:.0f} s"),
        (
            "render HTML + CSV",
            f"{len(page) / 1e6:.1f} MB + {len(table) / 1e3:.0f} kB",
            f"{t3 - t2:.2f} s",
            "",
        ),
    ]
    widths = [max(len(r[i]) for r in [("step", "size", "time", "target"), *rows]) for i in range(4)]
    for row in [("step", "size", "time", "target"), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    ok = total <= TARGET_S
    print(
        "PASS" if ok else "FAIL", f"report over {STUDENTS} exports in {total:.2f} s (target ≤ {TARGET_S} s)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
