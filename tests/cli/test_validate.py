"""`kzjp-tutor validate`, `schema` and `new` as an instructor runs them: real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzjp_tutor", *args], capture_output=True, text=True, cwd=cwd, timeout=60
    )


def test_valid_folder(tmp_path: Path) -> None:
    result = run("validate", str(ROOT / "decks" / "examples" / "format-example.ru.toml"))
    assert result.returncode == 0
    assert result.stdout.strip() == "1 deck file valid, 6 cards"


def test_invalid_deck_prints_lines_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    text = (ROOT / "decks" / "examples" / "format-example.ru.toml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace('answer = "1991-12-28"', 'answer = "1991-13-45"').replace("need = 4", "need = 9")
    )
    good = tmp_path / "good.toml"
    good.write_text(text.replace('id = "format-example"', 'id = "format-example-2"', 1))  # one id per file
    result = run("validate", str(tmp_path))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith(f"{bad}:20: section 'recognition' card 'japan-recognized-kz': answer: ")
    assert lines[1].startswith(f"{bad}:68: section 'trade' card 'kz-exports': need: need is 9")
    assert lines[-1] == "2 problems in 1 of 2 deck files"
    assert "Traceback" not in result.stderr


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.toml"))
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2() -> None:
    assert run("validate").returncode == 2


def test_binary_garbage_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    junk = tmp_path / "junk.toml"
    junk.write_bytes(bytes(range(256)) * 4)
    result = run("validate", str(junk))
    assert result.returncode == 1
    assert "not UTF-8 text" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout


def test_schema_is_json_schema_of_the_models() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "kzjp-tutor deck, format 1"
    assert set(schema["required"]) == {"format", "deck", "sections"}
    assert schema["additionalProperties"] is False
    assert "TextCard" in schema["$defs"]


def test_new_writes_a_deck_that_validates(tmp_path: Path) -> None:
    target = tmp_path / "my-deck.toml"
    assert run("new", str(target)).returncode == 0
    assert "#:schema" in target.read_text(encoding="utf-8")
    assert run("validate", str(target)).returncode == 0
    again = run("new", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_an_internal_error_is_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug anywhere in a command ends in one sentence and a crash log, never a traceback."""
    from kzjp_tutor import cli
    from kzjp_tutor.commands import schema

    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(schema, "run", broken)
    code = cli.main(["--home", str(tmp_path), "schema"])
    err = capsys.readouterr().err
    assert code == 70
    assert "Traceback" not in err
    assert "(ZeroDivisionError)" in err and "Your progress is safe" in err
    assert "a bug" not in err  # an exception's text may carry data; it goes to the log only
    assert "ZeroDivisionError: a bug" in (tmp_path / "kzjp-tutor-crash.log").read_text(encoding="utf-8")


_ESCAPES = ("\x1b", "\x07", "\x9b")
"""Raw bytes that must never reach the terminal from a deck or a file name."""


def test_escape_sequences_in_a_deck_are_shown_not_run(tmp_path: Path) -> None:
    """Reliability F12: a ``format`` value with OSC 52 + CSI 2J, an unknown key holding OSC 0 and
    BEL, and a file name holding CSI 2J are printed as visible escapes, one line per problem."""
    text = (ROOT / "decks" / "examples" / "format-example.ru.toml").read_text(encoding="utf-8")
    bad_format = text.replace("format = 1", 'format = "\\u001b]52;c;SGVsbG8=\\u0007\\u001b[2J"', 1)
    bad_key = text.replace(
        'answer = "1991-12-28"', 'answer = "1991-12-28"\n"\\u001b]0;PWNED\\u0007\\u001b[31mRED" = 1', 1
    ).replace('id = "format-example"', 'id = "format-example-2"', 1)  # one deck id per file
    (tmp_path / "f.toml").write_text(bad_format, encoding="utf-8")
    (tmp_path / "k\x1b[2J.toml").write_text(bad_key, encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.returncode == 1
    for raw in _ESCAPES:
        assert raw not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3  # two problems and the summary
    assert any("format" in line and "\\x1b]52;c;SGVsbG8=\\x07\\x1b[2J" in line for line in lines)
    assert any("k\\x1b[2J.toml" in line and "\\x1b]0;PWNED\\x07\\x1b[31mRED" in line for line in lines)


def test_a_missing_path_with_an_escape_is_shown_not_run(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "gone\x1b]0;T\x07.toml"))
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "gone\\x1b]0;T\\x07.toml" in result.stderr
