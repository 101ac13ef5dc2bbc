"""Validating a deck: a generated 10,000-card deck against a bare ``tomllib`` parse, in one run.

Prints a Markdown table for ``docs/performance.md``. The acceptance figure is a ratio measured in
the same process, because these machines are noisy: validation must take at most 1.5x the time of
``tomllib.loads`` on the same text. Also times refusing hostile decks and their peak memory (in a
child process each, so one case's memory does not hide another's): the parser-bomb shapes, and
the reliability probe's reproductions (issue 11): the 80,000-character word on a line with 32
dots (F3, was 112 s), 48,000 and 96,000 cards with one error each (F8, was 72 s and 345 s), a
15 MB string (F8, was 10 s and 1.8 GB RSS) and a 5,000-digit integer (F6, was a crash).

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


def bad_cards(count: int) -> str:
    """The F8 reproduction: ``count`` cards with one unknown field each."""
    out = ['format = 1\n[deck]\nid = "t"\ntitle = "T"\nlanguage = "ru"\n']
    for start in range(0, count, 20000):
        out.append(f'[[sections]]\nid = "s{start // 20000}"\ntitle = "S"\n')
        out += [
            f'[[sections.cards]]\nid = "c{i}"\nprompt = "p"\nanswer = "a"\nx = 1\n'
            for i in range(start, min(count, start + 20000))
        ]
    return "".join(out)


EXAMPLE = 'format = 1\n[deck]\nid = "t"\ntitle = "T"\nlanguage = "ru"\n[[sections]]\nid = "s"\ntitle = "S"\n'
HOSTILE = {
    "dotted key, 20,000 parts": "a" + ".a" * 20000 + " = 1\n",
    "1,000-deep arrays": "x = " + "[" * 1000 + "]" * 1000 + "\n",
    "1,000-deep inline tables": "x = " + "{a=" * 1000 + "1" + "}" * 1000 + "\n",
    "header with 13,000 parts": "[" + ".".join(["k"] * 13000) + "]\n",
    "F3: 80,000-char word + 32 dots": "k" * 80000 + " = [" + "1.5, " * 32 + "]\n",
    "F3: CR-only, 20,000-digit number": EXAMPLE.replace("\n", "\r")
    + "x = "
    + "9" * 20000
    + "\ry = ["
    + "1.5, " * 40
    + "]\r",
    "F6: 5,000-digit answer": EXAMPLE
    + '[[sections.cards]]\nid = "c"\ntype = "number"\nprompt = "p"\nanswer = '
    + "9" * 5000,
    "F8: 48,000 bad cards": bad_cards(48000),
    "F8: 96,000 bad cards": bad_cards(96000),
    "F8: 15 MB basic string": EXAMPLE
    + '[[sections.cards]]\nid = "c"\nprompt = "'
    + "a" * 15_000_000
    + '"\nanswer = "a"\n',
    "F8: 3.5M \\\\ escapes (7 MB)": EXAMPLE
    + '[[sections.cards]]\nid = "c"\nprompt = "'
    + "\\\\" * 3_500_000
    + '"\nanswer = "a"\n',
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
    print("\n| hostile deck | bytes | outcome | seconds | peak RSS MB (target < 5 s, < 500 MB) |")
    print("|---|---|---|---|---|")
    for name, hostile in HOSTILE.items():
        result = subprocess.run(
            [sys.executable, "-c", CHILD],
            input=hostile.encode(),
            capture_output=True,
            timeout=600,
            check=True,
        )
        outcome, seconds, peak = result.stdout.decode().split()
        print(f"| {name} | {len(hostile.encode())} | {outcome} | {float(seconds):.4f} | {peak} |")


if __name__ == "__main__":
    main()
