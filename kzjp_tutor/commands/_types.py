"""Argument types shared by the commands, so that every usage error exits 2 at parse time.

argparse turns an ``ArgumentTypeError`` raised here into its own usage message and exit code 2,
before any deck is read or the database is opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ..core.i18n import gettext as _
from ..core.i18n import pgettext

__all__ = ["add_deck_arguments", "existing_path", "iso_date", "positive_int"]


def positive_int(text: str) -> int:
    """A whole number of at least 1 (``--limit``, ``--questions``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text!r} is not a whole number").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be at least 1, not {value}").format(value=value))
    return value


def iso_date(text: str) -> dt.date:
    """A calendar date written ``YYYY-MM-DD``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date; write YYYY-MM-DD").format(text=text)
        ) from None


def existing_path(text: str) -> Path:
    """A file or folder that exists."""
    path = Path(text).expanduser()
    if not path.exists():
        raise argparse.ArgumentTypeError(_("{path}: no such file or folder").format(path=text))
    return path


def add_deck_arguments(parser: argparse.ArgumentParser, section_help: str) -> None:
    """The decks to work on and one section of them, the same for every command that studies.

    ``study`` and ``exam`` take decks the same way (files, folders or ids, resolved by
    :mod:`kzjp_tutor.core.catalog`); one declaration keeps their help and metavars alike.
    """
    parser.add_argument(
        "decks",
        nargs="*",
        metavar=pgettext("metavar", "DECK"),
        help=_("a deck file, a folder of decks or a deck id"),
    )
    parser.add_argument("--section", metavar=pgettext("metavar", "SECTION"), help=section_help)
