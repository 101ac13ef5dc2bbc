"""One command line: usage errors exit 2 everywhere, --version, --home before or after the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor import __version__, cli


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv)
    except SystemExit as ended:  # argparse's own usage errors and --version
        code = int(ended.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--version"], capsys)
    assert code == 0 and out.strip() == f"kzjp-tutor {__version__}"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["study", "--plain", "--limit", "0"], "must be at least 1"),
        (["study", "--plain", "--limit", "x"], "not a whole number"),
        (["study", "--plain", "no-such-deck-id"], "no deck file, folder or deck id 'no-such-deck-id'"),
        (["stats", "--deck", "nope"], "--deck 'nope' is not a deck being studied"),
        (["grade", "missing.toml"], "missing.toml: no such file or folder"),
        (["report", "missing-exports"], "missing-exports: no such file or folder"),
        (["validate", "missing.toml"], "no such file or folder"),
        (["export-anki", "no-such-deck-id", "--out", "x.apkg"], "no deck file, folder or deck id"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str],
    says: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["--home", str(tmp_path / "home"), *argv], capsys)
    assert code == 2, err
    assert says in err
    assert "Traceback" not in err


def test_stats_for_an_unknown_deck_names_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["--home", str(tmp_path), "stats", "--deck", "nope"], capsys)
    assert code == 2 and out == ""  # not a page of zeros
    assert "kzjp-lecture-11" in err


@pytest.mark.parametrize("after", [False, True])
def test_home_before_or_after_the_command(
    after: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "elsewhere"
    argv = ["stats", "--json", "--home", str(home)] if after else ["--home", str(home), "stats", "--json"]
    code, out, _ = _run(argv, capsys)
    assert code == 0 and '"reviews": 0' in out
    assert (home / "progress.sqlite3").exists()
