"""``kzjp-tutor schema``: the deck format's JSON Schema, for editors (Taplo, Even Better TOML)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.context import Context
from ..core.deck import Deck
from ..core.i18n import gettext as _


def deck_schema() -> dict[str, Any]:
    """The JSON Schema of deck format 1, generated from the models so it can never drift."""
    schema = Deck.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "kzjp-tutor deck, format 1"  # i18n: not text
    return schema


def register(sub: Any) -> None:
    """Add the ``schema`` subcommand."""
    parser = sub.add_parser("schema", help=_("print the deck format's JSON Schema"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the schema as indented JSON."""
    print(json.dumps(deck_schema(), ensure_ascii=False, indent=2), file=ctx.stdout)
    return 0
