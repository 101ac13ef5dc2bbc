"""Compile the interface's message catalogs into the wheel (and an editable install's tree).

The ``.po`` files are the source kept in git; the ``.mo`` files gettext reads are built, never
committed, so a translation and its compiled form cannot disagree in a release.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for po in sorted((root / "kzjp_tutor" / "locale").glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as source:
                catalog = read_po(source)
            mo = po.with_suffix(".mo")
            with mo.open("wb") as target:
                write_mo(target, catalog)
            relative = mo.relative_to(root).as_posix()
            build_data["force_include"][str(mo)] = relative
