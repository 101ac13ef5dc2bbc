"""Untrusted text made safe to show: every invisible control becomes a visible escape.

Student exports, deck files and file names are data, never terminal control. A student name
holding ``ESC ] 52 ; c ; … BEL`` would write the instructor's clipboard, ``ESC [ 2 J`` would clear
the screen, and a right-to-left override (U+202E) reorders what an instructor reads. Rich and
Textual strip only a handful of these (BEL, BS, VT, FF, CR), so every place that shows such text
in a terminal passes it through :func:`visible` first, and spreadsheet cells pass through
:func:`csv_cell`.

What is escaped, written as Python writes it (``\\x1b``, ``\\u202e``, ``\\U000e0041``):

* Cc: C0 controls, DEL and the C1 controls (``\\x9b`` is a one-byte CSI);
* Cf: format controls, among them the bidi overrides and isolates (U+202A–202E, U+2066–2069),
  the Arabic letter mark U+061C, zero-width spaces, the soft hyphen and the tag characters;
  one exception is the zero-width joiner between two pictographs, which is how emoji such as
  👩‍💻 are spelled and controls nothing;
* Cs: lone surrogates (they cannot even be encoded for output);
* Zl, Zp: U+2028 and U+2029, line breaks that are not newlines.

Newline and tab are escaped too unless the caller lists them in ``keep``: a one-line message
must stay one line, a multi-line cell may keep its newlines. Everything else, Cyrillic, CJK,
emoji, no-break spaces and characters newer than this Python's Unicode tables, is left alone, so
normal text comes back unchanged (and as the same object).
"""

from __future__ import annotations

import unicodedata

__all__ = ["csv_cell", "visible"]

_ESCAPED = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})  # i18n: not text
"""Unicode general categories that never reach a screen as they are."""
_ZWJ = "\u200d"
_PICTOGRAPH_BEFORE = frozenset({"So", "Sk"})  # i18n: not text
"""What may precede a kept zero-width joiner: a symbol or an emoji skin-tone modifier (Sk);
VS16 (U+FE0F, Mn) is accepted separately."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by Excel, LibreOffice or Sheets."""


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _joins_pictographs(text: str, index: int) -> bool:
    """Whether the joiner at ``index`` sits between two pictographs (an emoji ZWJ sequence)."""
    if index == 0 or index + 1 >= len(text):
        return False
    before, after = text[index - 1], text[index + 1]
    return (
        before == "\ufe0f" or unicodedata.category(before) in _PICTOGRAPH_BEFORE
    ) and unicodedata.category(after) == "So"


def visible(text: str, *, keep: str = "", limit: int | None = None) -> str:
    """``text`` with every control, format and surrogate character shown as an escape.

    Args:
        text: Untrusted text (from an export, a deck, a file name).
        keep: Characters to leave as they are; only ``"\\n"`` and ``"\\t"`` make sense here,
            for a call site that shows several lines or aligns with tabs.
        limit: Show at most this many characters of ``text``, then "…": an answer is whatever
            was typed, and a megabyte of it in one table cell takes Rich seconds to lay out.

    Returns:
        Text that holds no Cc, Cf, Cs, Zl or Zp character other than those in ``keep`` (and the
        joiner inside an emoji sequence); ``text`` itself when there is nothing to escape or cut.
    """
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    if text.isprintable():  # C speed; false for every character escaped here (and for some kept)
        return text
    out: list[str] = []
    changed = False
    for index, char in enumerate(text):
        if (
            char.isprintable()
            or char in keep
            or unicodedata.category(char) not in _ESCAPED
            or (char == _ZWJ and _joins_pictographs(text, index))
        ):
            out.append(char)
        else:
            out.append(_escape(char))
            changed = True
    return "".join(out) if changed else text


def csv_cell(text: str) -> str:
    """``text`` as a spreadsheet cell that is never run as a formula.

    A leading ``=``, ``+``, ``-``, ``@``, tab or CR, also after leading spaces (spreadsheets skip
    them), gets a ``'`` in front: the spreadsheet then shows the text as typed. Exports come from
    students, so any text column may hold ``=HYPERLINK(…)`` or ``=cmd|…``.
    """
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text
