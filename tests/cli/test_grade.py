"""``kzjp-tutor grade``: one bad input line is one error line; the batch always goes on.

stdin is given as bytes (a ``TextIOWrapper`` over ``BytesIO``, as a real pipe is), so the bytes
that are not UTF-8 reach the command exactly as a legacy terminal or file would send them.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzjp_tutor.cli import main

DECK = Path(__file__).parents[1] / "report" / "data" / "mini.en.toml"
GOOD = b'{"card": "silk-road", "answer": "Hashimoto"}\n'
CYRILLIC = '{"card": "silk-road", "answer": "Хасимото"}\n'.encode()
BAD_LINES = {
    "invalid UTF-8": b"\xff\xfe\n",
    "a cp1251 answer": '{"card": "silk-road", "answer": "Хасимото"}\n'.encode("cp1251"),
    "a lone surrogate answer": b'{"card": "silk-road", "answer": "\\ud800"}\n',
    "a lone surrogate card id": b'{"card": "\\udfff", "answer": "x"}\n',
    "a 5,000-digit number": b'{"card": ' + b"9" * 5000 + b"}\n",
    "100,000 nested brackets": b"[" * 100_000 + b"\n",
    "a number beyond float": b'{"card": 1e999, "answer": "x"}\n',
}


def _grade(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes) -> list[str]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict"))
    assert main(["grade", str(DECK)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # no lone surrogate reaches the output
    return out.splitlines()


@pytest.mark.parametrize("bad", BAD_LINES)
def test_a_bad_line_is_an_error_line_and_the_batch_goes_on(
    bad: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _grade(monkeypatch, capsys, GOOD + BAD_LINES[bad] + GOOD)
    results = [json.loads(line, parse_constant=pytest.fail) for line in lines]  # strict JSON: no Infinity
    assert len(results) == 3
    assert results[0]["correct"] is True and results[2]["correct"] is True
    assert results[1]["line"] == 2 and results[1]["error"]


def test_the_error_names_what_is_wrong(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = [json.loads(line)["error"] for line in _grade(monkeypatch, capsys, b"".join(BAD_LINES.values()))]
    assert errors[0] == errors[1] == "not UTF-8 text"
    assert errors[2] == errors[3] == "card and answer must be text (a lone \\ud800-\\udfff escape is not)"
    assert errors[4] == "not usable JSON: a number with too many digits"
    assert errors[5] == "not usable JSON: nested too deeply"
    assert errors[6] == "no card inf in deck 'kzjp-mini'"


def test_cyrillic_stays_readable(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Valid text is written as UTF-8, not as \\u escapes: the output is for people too."""
    [out] = _grade(monkeypatch, capsys, CYRILLIC)
    assert '"answer": "Хасимото"' in out


@pytest.mark.parametrize("io_encoding", ["utf-8:strict", "utf-8:surrogateescape", "ascii:strict"])
def test_a_real_pipe_in_any_locale(io_encoding: str, tmp_path: Path) -> None:
    """The bytes are read as bytes: neither a strict nor a C-locale stdin ends the batch."""
    env = {**os.environ, "PYTHONIOENCODING": io_encoding, "KZJP_TUTOR_HOME": str(tmp_path / "home")}
    proc = subprocess.run(
        [sys.executable, "-m", "kzjp_tutor", "grade", str(DECK)],
        input=GOOD + BAD_LINES["invalid UTF-8"] + BAD_LINES["a lone surrogate answer"] + CYRILLIC + GOOD,
        capture_output=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    lines = proc.stdout.decode("ascii" if io_encoding.startswith("ascii") else "utf-8").splitlines()
    results = [json.loads(line) for line in lines]
    assert [("error" in result) for result in results] == [False, True, True, False, False]
    assert results[3]["answer"] == "Хасимото"  # as UTF-8, or as \u escapes where stdout is ASCII


def test_each_verdict_has_its_state(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "state" is correct, partial or wrong; a choice card takes the deck's own 1-based numbers
    (Astana is option 2 of the deck), not any shuffled order."""
    lines = [
        b'{"card": "silk-road", "answer": "Hashimoto"}\n',
        b'{"card": "silk-road", "answer": "Obuchi"}\n',
        b'{"card": "capital", "answer": "2"}\n',
        b'{"card": "capital", "answer": "1"}\n',
    ]
    results = [json.loads(line) for line in _grade(monkeypatch, capsys, b"".join(lines))]
    assert [(r["state"], r["correct"]) for r in results] == [
        ("correct", True),
        ("wrong", False),
        ("correct", True),
        ("wrong", False),
    ]


def test_an_unreadable_answer_is_its_own_state(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Could not read" is reported as "unreadable", with "correct": false kept for older readers."""
    from kzjp_tutor.commands import grade as command
    from kzjp_tutor.core.grading import Verdict

    monkeypatch.setattr(command, "grade", lambda *_args: Verdict.unread("No date could be read.", "1991"))
    [result] = [json.loads(line) for line in _grade(monkeypatch, capsys, GOOD)]
    assert result["state"] == "unreadable" and result["correct"] is False
    assert result["feedback"] == "No date could be read."
