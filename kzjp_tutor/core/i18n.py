"""The interface's language: gettext catalogs, one active language per process.

Why gettext and one process-wide language: every layer (the CLI's ``--help``, the core's error
messages, the report, the app's screens) must speak the same language, and passing a translator
through every call would touch every signature for no gain; gettext's own model is exactly this.
The msgids are the English text, so English needs no catalog and a missing Russian entry shows
English rather than nothing. Catalogs live in ``kzjp_tutor/locale`` as ``.po`` files (the
source, in git) and compiled ``.mo`` files (built by ``.ci/catalog compile``, the wheel's build
hook and the test suite's start).

What the student reads in the deck's own language (the grader's feedback, a card's answer) is
not the interface: it follows the deck, not this setting.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Mapping
from pathlib import Path
from typing import Final, Literal

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "Language",
    "current",
    "gettext",
    "ngettext",
    "npgettext",
    "pgettext",
    "resolve",
    "use",
]

Language = Literal["ru", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("ru", "en")
DOMAIN: Final = "kzjp_tutor"
LOCALE_DIR: Final = Path(__file__).resolve().parent.parent / "locale"
ENV_VARIABLE: Final = "KZJP_TUTOR_LANG"
"""Overrides the setting, below ``--lang``: for scripts and test suites that need one language."""

_active: _gettext.NullTranslations = _gettext.NullTranslations()
_language: Language = "en"


def use(language: Language) -> None:
    """Make ``language`` the one every later message is written in.

    A missing compiled catalog falls back to English instead of failing: a student with a broken
    install still gets a working app, and the catalog test catches the missing file in CI.
    """
    global _active, _language
    if language == "en":
        _active = _gettext.NullTranslations()
    else:
        _active = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    _language = language


def current() -> Language:
    """The language messages are being written in now."""
    return _language


def resolve(
    option: str | None,
    setting: str,
    study_language: str,
    env: Mapping[str, str] | None = None,
) -> Language:
    """Which interface language applies: ``--lang``, then ``$KZJP_TUTOR_LANG``, then ``ui_language``.

    ``auto`` (the setting's default) follows what the student studies: the Russian decks (and
    "all", the course being Russian) give Russian, the English twins give English.
    """
    for chosen in (option, (env or {}).get(ENV_VARIABLE), setting):
        if chosen in LANGUAGES:
            return chosen
    return "en" if study_language == "en" else "ru"


def gettext(message: str) -> str:
    """``message`` in the active language."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted phrase for ``n``, by the catalog's plural rule (ru has three forms)."""
    return _active.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` where the same English word needs two translations ("Back" the key, "back" of a card)."""
    return _active.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """:func:`ngettext` with a context."""
    return _active.npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it now.

    For text defined at import time (key bindings, tables of labels), before the language is
    known; the code that shows it calls :func:`gettext` on it then.
    """
    return message
