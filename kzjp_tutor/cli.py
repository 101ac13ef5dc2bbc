"""The ``kzjp-tutor`` command line: global options, then one subcommand.

No subcommand opens the study app on the bundled decks. Every failure a user can cause ends in
a message and an exit code, never a traceback: :func:`main` is the only place that catches
broadly, and it says what happened and where the details went.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from . import __version__
from .core import i18n
from .core.clock import Clock
from .core.context import Context
from .core.errors import KzjpError, UsageError
from .core.i18n import N_, pgettext
from .core.i18n import gettext as _
from .core.paths import resolve_home

__all__ = ["build_parser", "main"]

COMMANDS = (
    "study",
    "exam",
    "stats",
    "validate",
    "grade",
    "schema",
    "new",
    "export",
    "report",
    "export_anki",
    "import_csv",
    "lint",
    "serve",
    "class_",
    "sync",
)
"""Subcommand modules under ``kzjp_tutor.commands``, in the order ``--help`` lists them."""


_HOME_HELP = N_("where progress and settings live (default: $KZJP_TUTOR_HOME or the user data dir)")
_LANG_HELP = N_("the interface's language for this run (default: the ui_language setting)")


ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
)
"""What argparse itself writes around our help, listed so the catalog translates it too.

argparse calls its module's ``_`` and ``ngettext`` (gettext's global domain, which has no
Russian) at the moment it writes; :func:`_speak_argparse` points those names at ours."""


def _speak_argparse() -> None:
    argparse._ = i18n.gettext  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def _command_modules(only: str | None = None) -> list[ModuleType]:
    names = [only] if only is not None else COMMANDS
    return [importlib.import_module(f"kzjp_tutor.commands.{name}") for name in names]


_VALUED_OPTIONS = ("--home", "--lang")


def _named_command(argv: Sequence[str]) -> str | None:
    """The command module named on the command line, so that only it is imported (start-up time)."""
    words = list(argv)
    while words and words[0].startswith("-"):
        option = words.pop(0)
        if option in _VALUED_OPTIONS and words:
            words.pop(0)
        elif option in ("-h", "--help"):
            return None
    if not words:
        return "study"  # no command: the app, which the study module opens
    module = words[0].replace("-", "_")
    return module if module in COMMANDS else None


def _option_value(argv: Sequence[str], option: str) -> str | None:
    """The last value given to a global option anywhere on the line (``--lang en`` or ``--lang=en``).

    Read before the parser exists, because the parser's own help is written in that language.
    """
    value = None
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == option and index + 1 < len(argv):
            value = argv[index + 1]
        elif word.startswith(option + "="):
            value = word.partition("=")[2]
    return value


def _choose_language(argv: Sequence[str]) -> None:
    """Speak the student's language from the first message on: ``--lang``, the env, the settings."""
    from .core.settings import interface_language

    try:
        home = resolve_home(_option_value(argv, "--home"))
    except ValueError:
        home = None
    option = _option_value(argv, "--lang")
    if home is None:
        i18n.use(i18n.resolve(option, "auto", "ru", os.environ))
    else:
        i18n.use(interface_language(home, option, os.environ))


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command for ``--help`` and errors, only the named one otherwise."""
    parser = argparse.ArgumentParser(
        prog="kzjp-tutor",
        description=_("Study the Kazakhstan–Japan relations course in a terminal."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kzjp-tutor {__version__}",
        help=_("show the program's version and exit"),
    )
    parser.add_argument("--home", metavar=pgettext("metavar", "DIR"), help=_(_HOME_HELP))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_(_LANG_HELP))
    sub = parser.add_subparsers(dest="command", metavar=pgettext("metavar", "COMMAND"))
    for module in _command_modules(_named_command(argv) if argv is not None else None):
        module.register(sub)
    for command in sub.choices.values():
        # Also after the command name; SUPPRESS keeps a --home given before it when none comes after.
        command.add_argument(
            "--home", metavar=pgettext("metavar", "DIR"), default=argparse.SUPPRESS, help=_(_HOME_HELP)
        )
        command.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=_(_LANG_HELP))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    _choose_language(words)
    _speak_argparse()
    parser = build_parser(words)
    args = parser.parse_args(words)
    try:
        ctx = Context(home=resolve_home(args.home), clock=Clock.from_env())
    except ValueError as exc:
        print(f"kzjp-tutor: {exc}", file=sys.stderr)
        return 2
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from .commands.study import run_default

            return run_default(args, ctx)
        code: int = handler(args, ctx)
        return code
    except UsageError as exc:
        print(f"kzjp-tutor: {exc}", file=sys.stderr)
        return 2
    except KzjpError as exc:
        print(f"kzjp-tutor: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("kzjp-tutor: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last barrier: a bug must not greet the student with a traceback
        from .core.crash import crash_notice  # only a crash pays for traceback and tempfile

        print(crash_notice(ctx.home, exc), file=sys.stderr)
        return 70
