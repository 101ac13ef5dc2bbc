"""The one sanitiser for untrusted text on a screen (visible) and in a spreadsheet (csv_cell)."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.visible import csv_cell, visible

_ESCAPED = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _bad(char: str) -> bool:
    return unicodedata.category(char) in _ESCAPED


def _stray(text: str, keep: str = "") -> list[str]:
    """Characters of ``text`` that must not be there: escaped categories, except ``keep`` and a
    zero-width joiner between two pictographs."""
    found = []
    for index, char in enumerate(text):
        if not _bad(char) or char in keep:
            continue
        if char == "\u200d" and 0 < index < len(text) - 1:
            before, after = text[index - 1], text[index + 1]
            if (before == "\ufe0f" or unicodedata.category(before) in {"So", "Sk"}) and (
                unicodedata.category(after) == "So"
            ):
                continue
        found.append(char)
    return found


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("s0\x1b]52;c;SGVsbG8=\x07", "s0\\x1b]52;c;SGVsbG8=\\x07"),  # OSC 52: clipboard write
        (
            "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
            "\\x1b]8;;http://evil.example\\x1b\\link\\x1b]8;;\\x1b\\",
        ),
        ("\x1b[2Jwrong", "\\x1b[2Jwrong"),  # CSI 2J: clear screen
        ("a\x9b2Jb", "a\\x9b2Jb"),  # the one-byte C1 CSI
        ("bell\x07", "bell\\x07"),
        ("del\x7f", "del\\x7f"),
        ("abc\u202edcba", "abc\\u202edcba"),  # right-to-left override
        ("\u2066x\u2069\u061c\u200e\u200f", "\\u2066x\\u2069\\u061c\\u200e\\u200f"),
        ("\u00adsoft", "\\xadsoft"),
        ("tag\U000e0041", "tag\\U000e0041"),
        ("lone\ud800", "lone\\ud800"),
        ("line\u2028sep", "line\\u2028sep"),
        ("two\nlines\tand tab\r", "two\\x0alines\\x09and tab\\x0d"),
    ],
)
def test_controls_become_visible_escapes(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    assert not _stray(visible(raw))


def test_keep_newline_and_tab_where_asked() -> None:
    assert visible("a\nb\tc\r", keep="\n") == "a\nb\\x09c\\x0d"
    assert visible("a\nb\tc", keep="\n\t") == "a\nb\tc"


@pytest.mark.parametrize(
    "text",
    [
        "Рютаро Хасимото",
        "橋本龍太郎 と ナザルバエフ",
        "Қазақстан–Жапония",
        "👩‍💻 🏳️‍🌈 👨🏽‍⚕️ 👍🏻",  # ZWJ sequences and modifiers stay emoji
        "no\u00a0break\u3000space",
        "[bold]markup[/bold] \\x1b",  # markup and backslashes are not controls
        "",
    ],
)
def test_normal_text_is_untouched(text: str) -> None:
    assert visible(text) is text


def test_a_joiner_outside_an_emoji_is_escaped() -> None:
    assert visible("a\u200db") == "a\\u200db"
    assert visible("\u200d👍") == "\\u200d👍"


@given(st.text(alphabet=st.characters(codec=None), max_size=80), st.sampled_from(["", "\n", "\n\t"]))
def test_output_never_holds_a_control(text: str, keep: str) -> None:
    """Whatever the input, nothing escapable survives (except ``keep`` and emoji joiners)."""
    assert not _stray(visible(text, keep=keep), keep)


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp")), max_size=80))
def test_identity_on_text_without_controls(text: str) -> None:
    assert visible(text) == text


@given(st.text(max_size=40))
def test_every_escaped_character_can_be_read_back(text: str) -> None:
    """The escapes are Python's own, so the original can be recovered (no information lost) when
    the input holds no backslash of its own."""
    if "\\" in text:
        return
    shown = visible(text)
    assert shown.encode("ascii", "backslashreplace").decode("unicode_escape") == text


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1", ' =HYPERLINK("x")', "   @x", " \t+"],
)
def test_csv_formula_cells_are_neutralised(value: str) -> None:
    cell = csv_cell(value)
    assert cell == "'" + value
    row = next(csv.reader(io.StringIO(_write([cell]))))
    assert row[0].startswith("'")


@pytest.mark.parametrize("value", ["Хашимото", "1997", "a=b", "kzjp-mini", "", "  plain", "e-mail"])
def test_csv_plain_cells_are_kept(value: str) -> None:
    assert csv_cell(value) == value


def _write(row: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(row)
    return buffer.getvalue()


def test_limit_cuts_long_text_with_an_ellipsis() -> None:
    """A megabyte answer is cut before it is escaped, so a table cell stays small."""
    assert visible("x" * 1_000_000, limit=10) == "x" * 9 + "…"
    assert visible("\x1b" * 100, limit=3) == "\\x1b\\x1b…"
    assert visible("short", limit=10) == "short"
