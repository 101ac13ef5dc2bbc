"""Fuzz the report's input: a real export made by the program, mutated 1,200 ways per run.

An export comes from a student's machine, so the report must survive anything in it. Each case
is one file; the only allowed outcomes are "loaded" or "skipped with a reason" (the documented
path), after which the whole pipeline runs on what was loaded: the analysis, the HTML page (as
UTF-8 bytes, as it is written), the CSV, the terminal table and the CSV revlog. Any other
exception fails the test with the seed that reproduces it, and so does a figure outside 0..1.

The seed list is fixed (seeds 0..CASES-1) so a failure is reproducible anywhere; the mutators
cover what the reliability probe found (F6, F15) and more: hostile numbers (NaN, inf, 0, -5,
5e-324, 5,000 digits), hostile text (escape sequences, lone surrogates, formula cells,
megabyte strings), wrong types, deleted keys, deep nesting, byte flips, truncation and other
encodings. Each case must finish within :data:`CASE_BOUND_S`; only that bound is asserted.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import math
import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from kzjp_tutor.commands.report_table import print_report
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.export import export_csv, load_exports
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.report import Figure, Report, build_report, cards_csv, render_html

from .limits import CASE_BOUND_S, SCALE, case_clock

DECK_FILE = Path(__file__).parents[1] / "report" / "data" / "mini.en.toml"
CASES = 1200 * SCALE
NOW = dt.datetime(2026, 9, 2, 9, 0, tzinfo=dt.UTC)

Json = Any
"""A decoded JSON value."""

HOSTILE_VALUES: list[Json] = [
    None, True, False, 0, -1, 1, 2, 3, 4, 5, 2**63, -(2**63), 10**400, 0.0, -0.0, 5e-324, 1e308,
    float("nan"), float("inf"), float("-inf"), "", "x" * 200_000, "\x1b]52;c;SGVsbG8=\x07\x1b[2J",
    "\ud800", "a\udfffb", "=cmd|' /C calc'!A0", " @SUM(1)", "\u202eevil", "[bold]x[/]", "again",
    "2026-13-45", "2026-09-01", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59Z", "2026-09-01T09:00:00", "kzjp-mini",
    "pm-visit", [], {}, [[[]]], {"a": 1}, ["kzjp-mini", "kzjp-mini"],
]  # fmt: skip
"""Values a mutator puts anywhere in the export."""

RAW_TOKENS = [
    "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "9" * 5000, "-" + "9" * 4400, '"\\ud800"',
    '"\\u0000"', '"\\u001b[2J"', "[" * 5000 + "]" * 5000, "1" + "0" * 300, "0.0", "-0", "true",
]  # fmt: skip
"""JSON text spliced in as it is: what ``json.dumps`` would never write."""


@pytest.fixture(scope="module")
def base_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Json]:
    """A real export: answers typed into ``study --plain``, then ``export``, both as processes."""
    folder = tmp_path_factory.mktemp("fuzz-base")
    env = {**os.environ, "KZJP_TUTOR_HOME": str(folder / "home")}
    program = [sys.executable, "-m", "kzjp_tutor"]
    answers = "Hashimoto\nKoizumi\n1991\n2\nwrong\n=1+1\n\x1b[2J\nKoizumi\n"
    subprocess.run(
        [*program, "study", "--plain", str(DECK_FILE)], input=answers, text=True, capture_output=True,
        env={**env, "KZJP_TUTOR_NOW": "2026-09-01T09:00:00+00:00"}, check=True, timeout=120,
    )  # fmt: skip
    out = folder / "base.json"
    subprocess.run(
        [*program, "export", "--student", "Fuzz", "--out", str(out)], capture_output=True,
        env={**env, "KZJP_TUTOR_NOW": "2026-09-01T10:00:00+00:00"}, check=True, timeout=120,
    )  # fmt: skip
    data: dict[str, Json] = json.loads(out.read_text(encoding="utf-8"))
    assert data["cards"] and data["reviews"], "the base export must hold progress to mutate"
    return data


def _paths(value: Json, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (keys and indexes) to a value inside ``value``, containers included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _set(root: Json, path: tuple[Any, ...], value: Json) -> Json:
    if not path:
        return value
    parent = root
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return root


def _delete(root: Json, path: tuple[Any, ...]) -> Json:
    if not path:
        return {}
    parent = root
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return root


def _nest(depth: int) -> Json:
    value: Json = 1
    for _ in range(depth):
        value = [value]
    return value


Mutator = Callable[[random.Random, Json], Json]


def _set_hostile(rng: random.Random, data: Json) -> Json:
    return _set(data, rng.choice(_paths(data)[1:]), copy.deepcopy(rng.choice(HOSTILE_VALUES)))


def _delete_key(rng: random.Random, data: Json) -> Json:
    return _delete(data, rng.choice(_paths(data)[1:]))


def _grow_list(rng: random.Random, data: Json) -> Json:
    lists = [p for p in _paths(data) if isinstance(_get(data, p), list) and _get(data, p)]
    target = _get(data, rng.choice(lists))
    target.extend(copy.deepcopy(rng.choice(target)) for _ in range(rng.choice((1, 2, 50))))
    return data


def _nest_deep(rng: random.Random, data: Json) -> Json:
    return _set(data, rng.choice(_paths(data)[1:]), _nest(rng.choice((10, 100, 400))))


def _same_field_everywhere(rng: random.Random, data: Json) -> Json:
    """One field of every card or review set to one hostile value (as F15 did with stability)."""
    rows = data.get("cards") if rng.random() < 0.6 else data.get("reviews")
    pool = NUMBERS if rng.random() < 0.5 else HOSTILE_VALUES
    if not isinstance(rows, list) or not rows or not isinstance(rows[0], dict):
        return _set_hostile(rng, data)
    name = rng.choice(sorted(rows[0]))
    value = rng.choice(pool)
    for row in rows:
        if isinstance(row, dict):
            row[name] = copy.deepcopy(value)
    return data


NUMBERS: list[Json] = [
    0,
    0.0,
    -5.0,
    -1,
    5e-324,
    1e-9,
    1e308,
    float("nan"),
    float("inf"),
    2**63,
    10**400,
    4,
    5,
]
"""Hostile numbers for numeric fields: the F15 shapes and their neighbours."""


def _numeric_field(rng: random.Random, data: Json) -> Json:
    """A number of one card or review (stability, step, reps, rating, score...) made hostile."""
    numbers = [
        p
        for p in _paths(data)
        if isinstance(_get(data, p), int | float) and not isinstance(_get(data, p), bool)
    ]
    if not numbers:
        return _set_hostile(rng, data)
    return _set(data, rng.choice(numbers), rng.choice(NUMBERS))


def _get(root: Json, path: tuple[Any, ...]) -> Json:
    for step in path:
        root = root[step]
    return root


STRUCTURAL: list[Mutator] = [
    _set_hostile, _set_hostile, _numeric_field, _numeric_field, _delete_key, _grow_list, _nest_deep,
    _same_field_everywhere, _same_field_everywhere,
]  # fmt: skip


def _bytes_of(rng: random.Random, data: Json) -> bytes:
    """Serialise (NaN as NaN, surrogates escaped), then maybe damage the bytes."""
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice((None, 1)))
    roll = rng.random()
    if roll < 0.08:  # splice a raw token over a number or a string
        spots = [i for i, ch in enumerate(text) if ch in '-0123456789"']
        if spots:
            at = rng.choice(spots)
            end = at + 1
            while end < len(text) and text[end] not in ",]}\n":
                end += 1
            text = text[:at] + rng.choice(RAW_TOKENS) + text[end:]
    raw = text.encode("utf-8", "surrogatepass")
    if 0.08 <= roll < 0.14:
        flipped = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        raw = bytes(flipped)
    elif 0.14 <= roll < 0.17:
        raw = raw[: rng.randrange(len(raw))]
    elif 0.17 <= roll < 0.2:
        raw = rng.choice(
            (b"\xef\xbb\xbf" + raw, text.encode("utf-16", "surrogatepass"), text.encode("latin-1", "replace"))
        )
    return raw


def make_case(seed: int, base: dict[str, Json]) -> bytes:
    """The hostile file for ``seed``: 1-3 structural mutations, then serialisation damage."""
    rng = random.Random(seed)
    data: Json = copy.deepcopy(base)
    for _ in range(rng.choice((1, 1, 2, 3))):
        data = rng.choice(STRUCTURAL)(rng, data)
    return _bytes_of(rng, data)


def _figures(report: Report) -> list[Figure]:
    found = [f for c in report.cards for f in (c.seen, c.first_try_failure, c.recall, c.overrides)]
    found += [f for s in report.sections for f in (s.mastery, s.coverage)]
    found += [s.retention for s in report.student_rows] + [
        s.exam_recall for s in report.student_rows if s.exam_recall
    ]
    return found


@dataclass
class Tally:
    """What the campaign saw."""

    loaded: int = 0
    skipped: int = 0
    worst_s: float = 0.0
    worst_seed: int = -1
    failures: list[str] = field(default_factory=list)


def run_case(path: Path, data: bytes, deck: Deck, tally: Tally, seed: int) -> None:
    """One file through the whole report pipeline; any unexpected outcome is recorded."""
    path.write_bytes(data)
    started = case_clock()
    try:
        exports, skipped = load_exports([path])
        if len(exports) + len(skipped) != 1:
            raise AssertionError(f"{len(exports)} loaded and {len(skipped)} skipped for one file")
        if skipped:
            tally.skipped += 1
            assert skipped[0].reason and isinstance(skipped[0].reason, str)
        else:
            tally.loaded += 1
            report = build_report(exports, [deck], NOW)
            bad = [f for f in _figures(report) if f.value is not None and not (0.0 <= f.value <= 1.0)]
            assert not bad, f"figures out of 0..1: {bad[:3]}"
            assert not any(isinstance(f.value, float) and math.isnan(f.value) for f in _figures(report))
            render_html(report).encode("utf-8")
            cards_csv(report).encode("utf-8")
            export_csv(exports[0].export).encode("utf-8")
            print_report(report, Console(file=io.StringIO(), width=120))
    except Exception as exc:  # the point of the fuzzer: anything else is a finding
        tally.failures.append(f"seed {seed}: {type(exc).__name__}: {str(exc)[:200]}")
    elapsed = case_clock() - started
    if elapsed > tally.worst_s:
        tally.worst_s, tally.worst_seed = elapsed, seed


def test_fuzz_exports(
    base_export: dict[str, Json], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = load_deck(DECK_FILE)
    tally = Tally()
    for seed in range(CASES):
        run_case(tmp_path / "case.json", make_case(seed, base_export), deck, tally, seed)
    with capsys.disabled():
        print(
            f"\nfuzz exports: {CASES} cases, {tally.loaded} loaded, {tally.skipped} skipped, "
            f"{len(tally.failures)} failures, worst {tally.worst_s:.3f} s (seed {tally.worst_seed})"
        )
    assert not tally.failures, "\n".join(tally.failures[:20])
    assert tally.loaded > 0 and tally.skipped > 0  # both paths are exercised
    assert tally.worst_s < CASE_BOUND_S, f"seed {tally.worst_seed} took {tally.worst_s:.2f} s"
