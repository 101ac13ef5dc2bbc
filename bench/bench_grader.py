"""Grading speed: a warm answer, the first answer in a fresh process, and 10,000 piped answers.

Prints a Markdown table for ``docs/performance.md``. Targets: warm median <= 200 us; the first
grade after start-up (imports + deck load + grade, in a new interpreter) <= 150 ms; 10,000 answers
through ``kzjp-tutor grade`` <= 5 s wall.

Also (F9) a list card at the documented caps (50 items x 20 aliases) with 2,000-character
hostile answers: target <= 50 ms per answer once the card's word index is built (its first grade
in a process builds it).

Run: python bench/bench_grader.py          (all rows)
     python bench/bench_grader.py --caps   (only the caps rows)
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from kzjp_tutor.core.deck import ListCard
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
from kzjp_tutor.core.deck import ListCard
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.loader import load_deck
deck = load_deck({deck!r})
card = deck.card("silk-road-author")
verdict = grade(card, "Хашимота", "ru")
print(time.perf_counter() - start)
"""


def caps_rows() -> list[str]:
    """Rows for the largest list card the format allows and the hostile answers of F9."""
    rng = random.Random(1)
    syllables = ["ка", "ра", "то", "ми", "су", "ше", "на", "ло", "ви", "де", "по", "за", "ху", "мо"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))

    items = [[f"{word()} {word()}" for _ in range(20)] for _ in range(50)]
    card = ListCard.model_validate(
        {"id": "l", "type": "list", "prompt": "Назовите пять", "need": 5, "answer": items}
    )
    answers = {
        '`"a," * 1000`': "a," * 1000,
        '`"\\ufdfa," * 1000`': "\ufdfa," * 1000,
        "333 real words, comma-separated": ", ".join(word() for _ in range(333))[:2000],
    }
    rows = []
    start = time.perf_counter()
    grade(card, "ка", "ru")
    rows.append(
        f"| caps list card (50 x 20 aliases): first grade in the process, builds its word index | {(time.perf_counter() - start) * 1e3:.0f} ms | |"
    )
    for name, answer in answers.items():
        times = []
        for n in range(5):  # each run a text never graded before: no cache answers for it
            text = answer + " " * n
            start = time.perf_counter()
            grade(card, text, "ru")
            times.append(time.perf_counter() - start)
        rows.append(
            f"| caps list card, {name}, median of 5 | {statistics.median(times) * 1e3:.1f} ms | <= 50 ms |"
        )
    return rows


def main() -> None:
    if "--caps" in sys.argv:
        print("| measure | value | target |")
        print("|---|---|---|")
        print("\n".join(caps_rows()))
        return
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
    print("\n".join(caps_rows()))


if __name__ == "__main__":
    main()
