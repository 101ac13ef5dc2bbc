"""Grading speed: a warm answer, the first answer in a fresh process, and 10,000 piped answers.

Prints a Markdown table for ``docs/performance.md``. Targets: warm median <= 200 us; the first
grade after start-up (imports + deck load + grade, in a new interpreter) <= 150 ms; 10,000 answers
through ``kzjp-tutor grade`` <= 5 s wall.

Run: python bench/bench_grader.py
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.loader import load_deck

DECK = Path(__file__).resolve().parents[1] / "decks" / "examples" / "format-example.ru.toml"
ANSWERS = {
    "japan-recognized-kz": ["28 декабря 1991", "28.12.1991", "1991", "28 декабря 1992", "December 28, 1991"],
    "embassy-moved": ["январь 2005", "в январе 2005 года", "2005"],
    "silk-road-author": ["Хашимота", "Hashimoto", "Рютаро Хасимото", "Обучи", "Хашимото и Обучи", "не знаю"],
    "eurasian-diplomacy-year": ["1997", "2", "1998"],
    "kz-exports": ["сталь, титан, ферросплав, морепродукт", "сталь и титан", "нефть, уран, сталь, титан"],
    "japanese-branches": ["74", "47", "более 74 филиалов"],
}

FIRST = """
import time
start = time.perf_counter()
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.loader import load_deck
deck = load_deck({deck!r})
card = deck.card("silk-road-author")
verdict = grade(card, "Хашимота", "ru")
print(time.perf_counter() - start)
"""


def main() -> None:
    deck = load_deck(DECK)
    pairs = [(deck.card(cid), answer) for cid, answers in ANSWERS.items() for answer in answers]
    for card, answer in pairs:  # warm the caches, as a study session does after one round
        assert card is not None
        grade(card, answer, "ru")
    warm = []
    for _ in range(200):
        for card, answer in pairs:
            assert card is not None
            start = time.perf_counter()
            grade(card, answer, "ru")
            warm.append(time.perf_counter() - start)
    rng = random.Random(3)
    fresh = []
    for n in range(2000):
        card, answer = rng.choice(pairs)
        assert card is not None
        # A string this process has never seen: random case plus a distinct filler suffix.
        text = "".join(c.upper() if rng.random() < 0.3 else c for c in answer) + " " * (n % 5)
        text = f"{text} {'!' * (n // 5 % 7)}"
        start = time.perf_counter()
        grade(card, text, "ru")
        fresh.append(time.perf_counter() - start)
    cold = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", FIRST.format(deck=str(DECK))], capture_output=True, text=True, check=True
        )
        cold.append(float(out.stdout))
    rng.seed(7)
    lines = []
    for _ in range(10000):
        cid = rng.choice(list(ANSWERS))
        # Mostly distinct strings, so the per-string caches do not make this a cache benchmark.
        lines.append(json.dumps({"card": cid, "answer": rng.choice(ANSWERS[cid]) + " " * rng.randint(0, 3)}))
    payload = ("\n".join(lines) + "\n").encode()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kzjp_tutor", "grade", str(DECK)],
        input=payload,
        capture_output=True,
        check=True,
    )
    piped = time.perf_counter() - start
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| warm grade, median of {len(warm)} | {statistics.median(warm) * 1e6:.0f} us | <= 200 us |")
    print(
        f"| warm process, never-seen answer text, median of {len(fresh)} | {statistics.median(fresh) * 1e6:.0f} us | <= 200 us |"
    )
    print(f"| warm grade, p95 | {statistics.quantiles(warm, n=20)[18] * 1e6:.0f} us | |")
    print(
        f"| first grade in a new process (imports + deck + grade), median of 5 | {statistics.median(cold) * 1e3:.0f} ms | <= 150 ms |"
    )
    print(f"| 10,000 answers through `kzjp-tutor grade` (wall, whole process) | {piped:.2f} s | <= 5 s |")


if __name__ == "__main__":
    main()
