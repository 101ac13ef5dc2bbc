"""Validating a deck: a generated 10,000-card deck against a bare ``tomllib`` parse, in one run.

Prints a Markdown table for ``docs/performance.md``. The acceptance figure is a ratio measured in
the same process, because these machines are noisy: validation must take at most 1.5x the time of
``tomllib.loads`` on the same text. Also times refusing hostile 40 KB decks and their peak memory
(in a child process each, so one case's memory does not hide another's).

Run: python bench/bench_loader.py [--cards 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import tomllib

from kzjp_tutor.core.loader import parse_deck

KINDS = ("text", "date", "number", "list", "choice")


def make_deck(cards: int) -> str:
    """A deck of ``cards`` cards in 100 sections, every type, long realistic text."""
    out = ['format = 1\n\n[deck]\nid = "bench"\ntitle = "Bench"\nlanguage = "ru"\n']
    filler = "Казахстан и Япония установили дипломатические отношения " * 2
    per_section = max(1, cards // 100)
    for n in range(cards):
        if n % per_section == 0:
            out.append(f'\n[[sections]]\nid = "s{n // per_section}"\ntitle = "Раздел {n // per_section}"\n')
        kind = KINDS[n % 5]
        out.append(f'\n[[sections.cards]]\nid = "c{n}"\ntype = "{kind}"\nprompt = "Вопрос {n}: {filler}?"\n')
        if kind == "text":
            out.append('answer = "Рютаро Хасимото"\naccept = ["Хашимото", "Hashimoto"]\nreject = ["Обути"]\n')
        elif kind == "date":
            out.append('answer = "1991-12-28"\n')
        elif kind == "number":
            out.append('answer = 74\nunit = "филиала"\n')
        elif kind == "list":
            out.append('answer = ["сталь", ["ферросплавы", "ферросплав"], "титан"]\nneed = 2\n')
        else:
            out.append('choices = ["1994", "1997", "1999"]\nanswer = "1997"\n')
        out.append(f'explain = "{filler}"\nsource = "{filler[:100]}"\ntags = ["dates", "people"]\n')
    return "".join(out)


HOSTILE = {
    "dotted key, 20,000 parts": "a" + ".a" * 20000 + " = 1\n",
    "1,000-deep arrays": "x = " + "[" * 1000 + "]" * 1000 + "\n",
    "1,000-deep inline tables": "x = " + "{a=" * 1000 + "1" + "}" * 1000 + "\n",
    "header with 13,000 parts": "[" + ".".join(["k"] * 13000) + "]\n",
}

CHILD = """
import resource, sys, time
from kzjp_tutor.core.loader import parse_deck
from kzjp_tutor.core.errors import DeckError
data = sys.stdin.buffer.read()
start = time.perf_counter()
try:
    parse_deck(data, "hostile.toml")
    outcome = "accepted"
except DeckError as exc:
    outcome = "refused"
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{outcome} {elapsed:.4f} {peak:.0f}")
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = make_deck(args.cards)
    data = text.encode()
    toml_times, deck_times = [], []
    cold_start = time.perf_counter()
    parse_deck(data, "bench.toml")
    cold = time.perf_counter() - cold_start
    for _ in range(args.repeat):
        start = time.perf_counter()
        tomllib.loads(text)
        toml_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        parse_deck(data, "bench.toml")
        deck_times.append(time.perf_counter() - start)
    ratios = [d / t for d, t in zip(deck_times, toml_times, strict=True)]
    print(f"deck: {args.cards} cards, {len(data) / 1e6:.1f} MB; {args.repeat} runs, medians\n")
    print("| measure | seconds |")
    print("|---|---|")
    print(f"| tomllib.loads (bare parse) | {statistics.median(toml_times):.3f} |")
    print(f"| kzjp-tutor load (decode + pre-scan + parse + validate), cold | {cold:.3f} |")
    print(f"| kzjp-tutor load, repeated | {statistics.median(deck_times):.3f} |")
    print(f"| ratio load / tomllib (median of pairs; target <= 1.5) | {statistics.median(ratios):.2f} |")
    print("\n| hostile 40 KB-class deck | bytes | outcome | seconds | peak RSS MB (target < 5 s, < 500 MB) |")
    print("|---|---|---|---|---|")
    for name, hostile in HOSTILE.items():
        result = subprocess.run(
            [sys.executable, "-c", CHILD], input=hostile.encode(), capture_output=True, timeout=60, check=True
        )
        outcome, seconds, peak = result.stdout.decode().split()
        print(f"| {name} | {len(hostile.encode())} | {outcome} | {float(seconds):.4f} | {peak} |")


if __name__ == "__main__":
    main()
