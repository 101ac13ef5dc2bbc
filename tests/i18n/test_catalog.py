"""The Russian catalog is complete, current and safe to format, and no interface text escapes it.

Why these fail loudly: an English sentence in the Russian app, or a translation that dropped a
``{count}`` placeholder (a crash at the moment the student sees it), is found here, not by a
student.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from kzjp_tutor.core import i18n

from .unmarked import PACKAGE, package_files, unmarked

RU_PO = PACKAGE / "locale" / "ru" / "LC_MESSAGES" / "kzjp_tutor.po"
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "N_": None,
}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sdrf]|%[sdrf]")


def _russian() -> Catalog:
    with RU_PO.open("rb") as handle:
        return read_po(handle, locale="ru")


def _source_ids() -> set[tuple[str, str | None]]:
    found: set[tuple[str, str | None]] = set()
    for _filename, _line, message, _comments, context in extract_from_dir(
        str(PACKAGE), keywords=KEYWORDS, comment_tags=()
    ):
        singular = message[0] if isinstance(message, tuple) else message
        found.add((singular, context))
    return found


def _forms(message: Message) -> list[str]:
    string = message.string
    if isinstance(string, (tuple, list)):
        return [str(form) for form in string]
    return [string or ""]


def _ids(message: Message) -> tuple[str, ...]:
    """The msgid, or the singular and plural of a counted message."""
    return (
        tuple(str(part) for part in message.id)
        if isinstance(message.id, (tuple, list))
        else (str(message.id),)
    )


def test_every_piece_of_interface_text_is_marked() -> None:
    problems = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}"
        for path in package_files()
        for line, text in unmarked(path)
    ]
    assert not problems, "Not marked for translation (wrap in _() or mark '# i18n: not text'):\n" + "\n".join(
        problems
    )


def test_the_russian_catalog_has_every_message_of_the_source_and_no_stale_one() -> None:
    catalog = _russian()
    in_catalog = {
        (message.id[0] if isinstance(message.id, tuple) else message.id, message.context)
        for message in catalog
        if message.id
    }
    source = _source_ids()
    assert not source - in_catalog, f"run .ci/catalog update: missing {sorted(source - in_catalog)[:20]}"
    assert not in_catalog - source, f"run .ci/catalog update: stale {sorted(in_catalog - source)[:20]}"


def test_every_russian_message_is_translated_and_not_fuzzy() -> None:
    untranslated = [
        message.id for message in _russian() if message.id and (not all(_forms(message)) or message.fuzzy)
    ]
    assert not untranslated, f"{len(untranslated)} messages lack a Russian translation: {untranslated[:20]}"


def test_translations_keep_every_placeholder() -> None:
    broken = []
    for message in _russian():
        if not message.id:
            continue
        ids = _ids(message)
        wanted = set(_PLACEHOLDER.findall(ids[-1])) | set(_PLACEHOLDER.findall(ids[0]))
        for form in _forms(message):
            if form and set(_PLACEHOLDER.findall(form)) - wanted:
                broken.append((message.id, form))
            if form and not set(_PLACEHOLDER.findall(ids[0])) - {"{n}", "{count}", "%d"} <= set(
                _PLACEHOLDER.findall(form)
            ):
                broken.append((message.id, form))
    assert not broken, broken[:20]


def test_plural_messages_have_the_three_russian_forms() -> None:
    catalog = _russian()
    assert catalog.num_plurals == 3
    short = [message.id for message in catalog if isinstance(message.id, tuple) and len(_forms(message)) != 3]
    assert not short


def test_the_compiled_catalog_is_shipped_beside_its_source() -> None:
    assert RU_PO.with_suffix(".mo").is_file()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "использование: "), ("en", "usage: ")],
)
def test_use_switches_every_later_message(language: i18n.Language, expected: str) -> None:
    i18n.use(language)
    assert i18n.current() == language
    assert i18n.gettext("usage: ") == expected


@pytest.mark.parametrize(
    ("option", "env", "setting", "study", "expected"),
    [
        (None, {}, "auto", "ru", "ru"),
        (None, {}, "auto", "all", "ru"),
        (None, {}, "auto", "en", "en"),
        (None, {}, "en", "ru", "en"),
        (None, {"KZJP_TUTOR_LANG": "ru"}, "en", "en", "ru"),
        ("en", {"KZJP_TUTOR_LANG": "ru"}, "ru", "ru", "en"),
        (None, {"KZJP_TUTOR_LANG": "de"}, "auto", "en", "en"),
    ],
)
def test_which_language_applies(
    option: str | None, env: dict[str, str], setting: str, study: str, expected: str
) -> None:
    assert i18n.resolve(option, setting, study, env) == expected


def test_a_missing_catalog_falls_back_to_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.use("ru")
    assert i18n.gettext("usage: ") == "usage: "
