"""List the Russian catalog's untranslated or fuzzy messages, optionally only those from some files.

Run ``python -m tests.i18n.untranslated [FILE...]`` after ``.ci/catalog update``; each line is
``file: msgid``. Several people translate at once, so each checks their own files here while the
whole-catalog test stays red until everyone is done.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po

from .unmarked import PACKAGE

RU_PO = PACKAGE / "locale" / "ru" / "LC_MESSAGES" / "kzjp_tutor.po"


def main(argv: list[str]) -> int:
    wanted = {Path(arg).resolve().relative_to(PACKAGE.parent).as_posix() for arg in argv}
    with RU_PO.open("rb") as handle:
        catalog = read_po(handle, locale="ru")
    missing = 0
    for message in catalog:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if all(forms) and not message.fuzzy:
            continue
        files = {location for location, _line in message.locations}
        if wanted and not files & wanted:
            continue
        print(f"{', '.join(sorted(files))}: {message.id!r}")
        missing += 1
    print(f"{missing} untranslated", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
