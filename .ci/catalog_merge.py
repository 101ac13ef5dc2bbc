"""Fold translation fragments into each language's catalog (``.ci/catalog update`` runs this).

Why fragments: several people translate at once, and one shared ``.po`` that everybody rewrites
loses work. Each writes ``kzjp_tutor/locale/LANG/parts/AREA.po`` (plain PO entries); this copies
their translations into ``LANG/LC_MESSAGES/kzjp_tutor.po`` for the msgids the source still has.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "kzjp_tutor" / "locale"


def merge(language_dir: Path) -> int:
    main_po = language_dir / "LC_MESSAGES" / "kzjp_tutor.po"
    with main_po.open("rb") as handle:
        catalog = read_po(handle, locale=language_dir.name)
    copied = 0
    for part in sorted((language_dir / "parts").glob("*.po")):
        with part.open("rb") as handle:
            fragment = read_po(handle, locale=language_dir.name)
        for message in fragment:
            if not message.id or not message.string:
                continue
            target = catalog.get(message.id, message.context)
            if target is not None and (target.string != message.string or target.fuzzy):
                target.string = message.string
                target.flags.discard("fuzzy")
                copied += 1
    with main_po.open("wb") as handle:
        write_po(handle, catalog, width=0, sort_by_file=True, include_previous=False)
    return copied


def main() -> int:
    for language_dir in sorted(path for path in LOCALE.iterdir() if (path / "LC_MESSAGES").is_dir()):
        print(f"{language_dir.name}: {merge(language_dir)} translations taken from parts/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
