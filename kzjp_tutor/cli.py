"""The ``kzjp-tutor`` command line: global options, then one subcommand.

No subcommand opens the study app on the bundled decks. Every failure a user can cause ends in
a message and an exit code, never a traceback: :func:`main` is the only place that catches
broadly, and it says what happened and where the details went.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from . import __version__
from .core.clock import Clock
from .core.context import Context
from .core.errors import KzjpError, UsageError
from .core.paths import resolve_home

__all__ = ["build_parser", "main"]

COMMANDS = (
    "study",
    "stats",
    "validate",
    "grade",
    "schema",
    "new",
    "export",
    "report",
    "export_anki",
    "import_csv",
)
"""Subcommand modules under ``kzjp_tutor.commands``, in the order ``--help`` lists them."""


_HOME_HELP = "where progress and settings live (default: $KZJP_TUTOR_HOME or the user data dir)"


def _command_modules(only: str | None = None) -> list[ModuleType]:
    names = [only] if only is not None else COMMANDS
    return [importlib.import_module(f"kzjp_tutor.commands.{name}") for name in names]


def _named_command(argv: Sequence[str]) -> str | None:
    """The command module named on the command line, so that only it is imported (start-up time)."""
    words = list(argv)
    while words and words[0].startswith("-"):
        option = words.pop(0)
        if option == "--home" and words:
            words.pop(0)
        elif option in ("-h", "--help"):
            return None
    if not words:
        return "study"  # no command: the app, which the study module opens
    module = words[0].replace("-", "_")
    return module if module in COMMANDS else None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command for ``--help`` and errors, only the named one otherwise."""
    parser = argparse.ArgumentParser(
        prog="kzjp-tutor",
        description="Study the Kazakhstan–Japan relations course in a terminal.",
    )
    parser.add_argument("--version", action="version", version=f"kzjp-tutor {__version__}")
    parser.add_argument("--home", metavar="DIR", help=_HOME_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules(_named_command(argv) if argv is not None else None):
        module.register(sub)
    for command in sub.choices.values():
        # Also after the command name; SUPPRESS keeps a --home given before it when none comes after.
        command.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS, help=_HOME_HELP)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
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
        print("kzjp-tutor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last barrier: a bug must not greet the student with a traceback
        from .core.crash import crash_notice  # only a crash pays for traceback and tempfile

        print(crash_notice(ctx.home, exc), file=sys.stderr)
        return 70
