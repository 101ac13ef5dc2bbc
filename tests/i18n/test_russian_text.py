"""The Russian catalog reads as Russian: no English word left, «ё» where it belongs, «…» quotes.

Why: the completeness tests (test_catalog.py) pass for a translation that says «Id в [keymap]»,
«еще» or "колода" in straight quotes; a fluent reader sees each at once. These checks keep what
the reader fixed from coming back, in every fragment merged into the catalog.

What may stay in Latin letters, and why, is ``ALLOWED`` below; code-like tokens (options,
file names, key chords, placeholders, commands in backticks, quoted literals the user types)
are taken out before words are looked at, so the list stays short.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from .unmarked import PACKAGE

RU_PO = PACKAGE / "locale" / "ru" / "LC_MESSAGES" / "kzjp_tutor.po"

ALLOWED: dict[str, str] = {
    # names of programs and products
    "kzjp-tutor": "the program's name",
    "Anki": "a program's name",
    "Excel": "a program's name",
    "SQLite": "a database engine's name",
    "PostgreSQL": "a database engine's name",
    "README": "the file a server set-up points to",
    "FSRS": "the scheduler's name",
    # format and standard names
    **{
        name: "a format or standard name"
        for name in (
            "TOML",
            "JSON",
            "Lines",
            "Schema",
            "CSV",
            "HTML",
            "SVG",
            "ISO",
            "UTC",
            "BOM",
            "FIFO",
            "HTTP",
            "TLS",
            "API",
        )
    },
    # key labels as the keyboard and the footer print them
    **{name: "a key label" for name in ("Enter", "Escape", "enter", "escape")},
    # commands, typed as written
    **{
        name: "a kzjp-tutor command"
        for name in ("validate", "report", "export", "export-anki", "import-csv", "lint", "new", "chmod")
    },
    "no-source": "a lint check's name, typed after --skip",
    # setting keys and deck-file fields, typed as written in settings.toml and deck files
    **{
        name: "a setting key or deck field"
        for name in (
            "theme",
            "student",
            "keymap",
            "accept",
            "reject",
            "need",
            "choices",
            "explain",
            "source",
            "format",
            "tags",
        )
    },
    # values typed as written: TOML booleans and special floats, the language codes, the
    # `grade` verdict's JSON states (machine output stays English)
    **{
        name: "a value typed or printed as written"
        for name in (
            "true",
            "false",
            "nan",
            "inf",
            "ru",
            "en",
            "json",
            "correct",
            "partial",
            "wrong",
            "unreadable",
        )
    },
}
"""Every Latin word a Russian translation may contain, with the reason it stays."""

_EXEMPT = re.compile(r"Столбец id\b")
"""The CSV column named ``id``: the one place «id» is a name to type, not the word «идентификатор»."""

_CODE = [
    re.compile(r"[a-z]+://\S*"),  # a URL, or a scheme named alone: http://, postgresql://USER@HOST/DB
    re.compile(r"\$\([^)]*\)"),  # a shell substitution in a command to paste: $(cat {path})
    re.compile(r"kzjp-tutor(?: [a-z][a-z_-]*)+|pip install"),  # a command line to type, as written
    re.compile(r"\{[^{}]*\}"),  # {placeholder}, and the grade help's {"card": ID, ...} example
    re.compile(r"%\([a-z_]+\)[sdr]|%[sdr]"),  # printf placeholders
    re.compile(r"`[^`]*`"),  # commands in backticks
    re.compile(r"«[\x20-\x7e]*»"),  # a literal the user types, quoted: «ctrl+r», «japan-recognized-kz»
    re.compile(r'"[\x20-\x7e]*"'),  # a code literal in straight quotes: "format", "1"
    re.compile(r"\[[\x20-\x7e]*\]"),  # TOML tables and arrays: [keymap], [[sections.cards]]
    re.compile(r"--[a-z][a-z-]*"),  # options
    re.compile(r"(?<![A-Za-z0-9]):[a-z]+"),  # --plain's commands: :undo, :quit
    re.compile(r"\$?[A-Z][A-Z_]*_[A-Z_]+"),  # environment variables
    # a file name, key chord or setting path: settings.toml, *.toml, ctrl+q, u+rw, ui_language
    re.compile(r"[A-Za-z0-9_*.+/-]*[A-Za-z0-9*][._+*/][A-Za-z0-9*][A-Za-z0-9_.+*/-]*"),
    re.compile(r"(?<![A-Za-z0-9])\.[a-z]+"),  # a file extension: .apkg, .toml
    re.compile(r"[A-Za-z]+-?[0-9][A-Za-z0-9-]*|[0-9]+[A-Za-z]+"),  # letters with digits: UTF-8, F1, f7, 0x
]
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")

NEEDS_YO: dict[str, str] = {
    "еще": "ещё",
    "ее": "её",
    "нее": "неё",
    "нем": "нём",
    "чье": "чьё",
    "отчет": "отчёт",
    "отчета": "отчёта",
    "отчете": "отчёте",
    "отчету": "отчёту",
    "отчетом": "отчётом",
    "отчеты": "отчёты",
    "подсчет": "подсчёт",
    "учет": "учёт",
    "темная": "тёмная",
    "темную": "тёмную",
    "темный": "тёмный",
    "сохранен": "сохранён",
    "сохраненное": "сохранённое",
    "сохраненные": "сохранённые",
    "поврежден": "повреждён",
    "поврежденная": "повреждённая",
    "перемещен": "перемещён",
    "отменен": "отменён",
    "запрещен": "запрещён",
    "введенный": "введённый",
    "нечеткий": "нечёткий",
    "начнет": "начнёт",
    "несет": "несёт",
    "идет": "идёт",
    "дает": "даёт",
    "причем": "причём",
}
"""Words of this interface spelled with «е» where Russian writes «ё» (lower case; matched whole).

«все» is not here: it is its own word («все колоды»); only «всё» in set phrases is checked
(``_VSYO``). «выбранный» has no «ё» at all and is not here either.
"""

_VSYO = re.compile(r"(?<![А-Яа-яЁё])[Вв]се(?:,? что\b| время\b| ещё\b| еще\b| равно\b|(?=\s*$))")
"""«всё» meaning "everything": «всё, что пора повторить», «всё время», a label ending in «всё»."""

_STRAIGHT_RUSSIAN = re.compile(r'"[^"]*[А-Яа-яЁё][^"]*"')
_NOT_RUSSIAN_QUOTES = [
    re.compile(r'\[[^\]]*"[^\]]*\]'),  # a TOML array example: ["основной", "вариант", ...]
    re.compile(r'\\"'),  # the escaped quote itself, as a TOML hint names it: \"
    re.compile(r'"[\x20\x21\x23-\x7e]*"'),  # a code literal: "state", "1", "format"
]
"""Straight quotes that are code, not Russian quotation, taken out before the check."""


def english_words(text: str) -> list[str]:
    """The Latin words of a translation that are not on the allowlist (one-letter key labels pass)."""
    text = _EXEMPT.sub(" ", text)
    for pattern in _CODE:
        text = pattern.sub(" ", text)
    return [word for word in _LATIN_WORD.findall(text) if len(word) > 1 and word not in ALLOWED]


def missing_yo(text: str) -> list[str]:
    """The words of a translation written with «е» that need «ё»."""
    found = [
        f"{word} → {NEEDS_YO[word.lower()]}"
        for word in re.findall(r"[А-Яа-яЁё]+", text)
        if word.lower() in NEEDS_YO
    ]
    found += [f"{match.group(0).strip()} → всё" for match in _VSYO.finditer(text)]
    return found


def straight_quoted_russian(text: str) -> list[str]:
    """Russian words in straight quotes "…" outside a TOML array example; Russian text quotes «…»."""
    for pattern in _NOT_RUSSIAN_QUOTES:
        text = pattern.sub(" ", text)
    return _STRAIGHT_RUSSIAN.findall(text)


def _translations() -> list[tuple[str, str]]:
    with RU_PO.open("rb") as handle:
        catalog = read_po(handle, locale="ru")
    pairs: list[tuple[str, str]] = []
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id[0] if isinstance(message.id, (tuple, list)) else message.id
        forms = message.string if isinstance(message.string, (tuple, list)) else [message.string]
        pairs += [(str(msgid), str(form)) for form in forms if form]
    return pairs


def _report(check: str, found: list[tuple[str, list[str]]]) -> str:
    return f"{check} in {len(found)} translations (fix in kzjp_tutor/locale/ru/parts/):\n" + "\n".join(
        f"  {msgid!r}: {', '.join(items)}" for msgid, items in found
    )


def test_no_english_word_is_left_in_a_russian_translation() -> None:
    found = [(msgid, words) for msgid, text in _translations() if (words := english_words(text))]
    assert not found, _report("English words", found)


def test_words_that_need_yo_are_written_with_yo() -> None:
    found = [(msgid, words) for msgid, text in _translations() if (words := missing_yo(text))]
    assert not found, _report("«е» for «ё»", found)


def test_russian_words_are_quoted_with_guillemets() -> None:
    found = [(msgid, quoted) for msgid, text in _translations() if (quoted := straight_quoted_russian(text))]
    assert not found, _report('straight quotes "…" around Russian', found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Id в [keymap]", ["Id"]),
        ("только колода с этим id", ["id"]),
        ("Не удалось выполнить load-decks: сбой", ["load-decks"]),
        ("Теги: concepts, places", ["concepts", "places"]),
        ("Столбец id закрепляет id карточек", ["id"]),
        ("ctrl+s — сохранить в settings.toml в папке данных", []),
        ("Enter или s — учить этот раздел; `kzjp-tutor validate {path}`", []),
        ("пишите клавиши так: «y», «ctrl+r», «f7»; chmod u+rw {path}; --deck-file", []),
        ('format должен быть числом 1, а не текстом "1"; UTF-8, U+{code}, 0x{byte}, F1', []),
        ("через $KZJP_TUTOR_HOME; [[sections.cards]]; *.toml; HTML-страницей", []),
    ],
)
def test_english_words_are_found_and_code_is_not(text: str, expected: list[str]) -> None:
    assert english_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Колоды еще загружаются…", ["еще → ещё"]),
        ("Отчет по группе", ["Отчет → отчёт"]),
        ("Повторить все, что пора", ["все, что → всё"]),
        ("Учить все", ["все → всё"]),
        ("Все колоды, все разделы", []),
        ("выгрузить все ответы; Учить выбранное", []),
        ("Колоды ещё загружаются; её вопрос; сохранено", []),
    ],
)
def test_yo_check_tells_vsyo_from_vse(text: str, expected: list[str]) -> None:
    assert missing_yo(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('пустая строка значит "не знаю"', ['"не знаю"']),
        ("пустая строка значит «не знаю»", []),
        ('списком текстов ["основной", "вариант", ...]', []),
        ('нет "format": "kzjp-tutor-progress"', []),
        ('{"card": ID}; "state" — correct; но "correct" для него false', []),
        ('пишите «…» или \\" вместо ", либо', []),
        ('или "{value}" — "это" не так', ['"это"']),
    ],
)
def test_straight_quotes_around_russian_are_found(text: str, expected: list[str]) -> None:
    assert straight_quoted_russian(text) == expected
