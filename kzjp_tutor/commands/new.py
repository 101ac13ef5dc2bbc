"""``kzjp-tutor new FILE``: a commented starter deck that validates as written.

The deck's comments stay English in every interface language: they sit beside the format's
English keys (``prompt``, ``accept``) that they explain, and the file is shared between authors.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.errors import reason
from ..core.i18n import gettext as _
from ..core.i18n import pgettext

STARTER = """\
#:schema ./deck.schema.json
# A kzjp-tutor deck (format 1). Check it with:  kzjp-tutor validate {name}
# Editor completion: run `kzjp-tutor schema > deck.schema.json` next to this file.
format = 1

[deck]
id = "{deck_id}"              # lowercase letters, digits and '-'; progress is keyed by it
title = "Моя колода"          # shown on the home screen
language = "ru"               # "ru" or "en": drives grading of inflection and date words
description = "Что изучает эта колода."

[[sections]]                  # sections keep lecture order; new cards come in this order
id = "recognition"
title = "Признание и дипломатические отношения"

[[sections.cards]]            # a date, asked at the precision of the answer (YYYY, YYYY-MM or YYYY-MM-DD)
id = "japan-recognized-kz"
type = "date"
prompt = "Когда Япония признала независимость Казахстана?"
answer = "1991-12-28"
explain = "Дипломатические отношения были установлены 26 января 1992 года."
source = "28 декабря 1991 года Япония признала независимость Казахстана."
tags = ["dates"]

[[sections.cards]]            # text (the default type): accept = other correct forms, reject = near misses
id = "silk-road-author"
prompt = "Какой премьер-министр Японии в 1997 году озвучил концепцию «Дипломатия Шелкового пути»?"
answer = "Рютаро Хасимото"
accept = ["Хашимото", "Hashimoto"]
reject = ["Обути", "Обучи"]
tags = ["people"]

[[sections.cards]]            # a number; never graded fuzzily
id = "japanese-branches"
type = "number"
prompt = "Сколько филиалов и представительств компаний с японским участием зарегистрировано в Казахстане?"
answer = 74
unit = "филиала и представительства"
tags = ["numbers"]

[[sections.cards]]            # a list: `need` distinct items make the answer correct
id = "kz-exports"
type = "list"
prompt = "Назовите три статьи экспорта Казахстана в Японию."
answer = ["титан", "сталь", ["ферросплавы", "ферросплав"], "морепродукты"]
need = 3
tags = ["trade"]

[[sections.cards]]            # a choice: where a free answer would be unfair
id = "eurasian-diplomacy-year"
type = "choice"
prompt = "В каком году была провозглашена концепция «Евразийская дипломатия»?"
choices = ["1994", "1997", "1999", "2002"]
answer = "1997"
tags = ["dates", "concepts"]
"""  # i18n: not text


def register(sub: Any) -> None:
    """Add the ``new`` subcommand."""
    parser = sub.add_parser("new", help=_("write a commented starter deck"))
    parser.add_argument(
        "file",
        type=Path,
        metavar=pgettext("metavar", "FILE"),
        help=_("where to write the deck (a .toml file)"),
    )
    parser.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write the starter deck; never overwrite without ``--force``."""
    path: Path = args.file
    if path.exists() and not args.force:
        print(
            _("kzjp-tutor new: {path} already exists; choose another name or add --force").format(path=path),
            file=ctx.stderr,
        )
        return 2
    stem = path.name.split(".")[0].lower()
    deck_id = "".join(c if c.isascii() and (c.isalnum() or c == "-") else "-" for c in stem).strip("-")
    try:
        path.write_text(STARTER.format(name=path, deck_id=deck_id or "my-deck"), encoding="utf-8")
    except OSError as exc:
        print(
            _("kzjp-tutor new: cannot write {path}: {reason}").format(path=path, reason=reason(exc)),
            file=ctx.stderr,
        )
        return 2
    print(_("wrote {path}; check it with: kzjp-tutor validate {path}").format(path=path), file=ctx.stdout)
    return 0
