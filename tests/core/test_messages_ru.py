"""The core's messages in Russian: whole sentences, still naming the file, the field and the fix.

Each test switches the interface to Russian (the suite runs in English) and compares the WHOLE
message, so a message that drops its path, keeps an English fragment or loses a translation
fails here; the English tests elsewhere hold the English wording.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
import tomllib
from pathlib import Path

import fsrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core import i18n
from kzjp_tutor.core.catalog import resolve_decks
from kzjp_tutor.core.errors import _ERRNO_REASONS, KzjpError, Problem, StoreError, reason, toml_reason
from kzjp_tutor.core.files import check_target
from kzjp_tutor.core.settings import Settings, check_ui_settings, load_settings, settings_path
from kzjp_tutor.core.store import BACKUP_DIR, DB_FILE, Review, Store
from kzjp_tutor.core.store.health import store_error, unreadable_notice

from .helpers import T0, planner

_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_NOT_WORDS = re.compile(r"'[^']*'|`[^`]*`|\S*/\S*|\S+\.\S+|\w*_\w*|kzjp-tutor|SQLite|TOML|UTF-8|--\w+|\bid\b")
"""What a Russian message may show in Latin letters: quoted data, commands, paths, ids and names."""


def _english_left(message: str) -> list[str]:
    """The English words left in a Russian message once data, paths and names are taken out."""
    return _LATIN_WORD.findall(_NOT_WORDS.sub(" ", message))


def _answer_once(home: Path) -> None:
    """One recorded answer, so that opening the store makes the day's backup."""
    plan = planner()
    with Store.open(home, now=T0) as store:
        new = plan.review(plan.new_state("demo", "capital", T0), fsrs.Rating.Good, T0).state
        review = Review("r1", "demo", "capital", T0, "Tokyo", True, 1.0, "ok", "good", 3, 900)
        assert store.record(review, None, new)
    with Store.open(home, now=T0 + dt.timedelta(minutes=5)):
        pass  # the second open of the day backs up the answer


def test_a_garbage_progress_file_restored_from_the_backup(home: Path) -> None:
    """The notice says, in Russian, what was wrong, where the file went and which backup came back."""
    _answer_once(home)
    assert (home / BACKUP_DIR / "progress-2026-09-01.sqlite3").exists()
    (home / DB_FILE).write_bytes(b"my essay about Japan\n" * 100)
    i18n.use("ru")
    with Store.open(home, now=T0 + dt.timedelta(days=1)) as store:
        assert store.notices == [
            f"файл прогресса {home / DB_FILE} был непригоден (это не база данных SQLite); он перемещён в "
            f"{home / DB_FILE}.corrupt-20260902T090000Z, восстановлена резервная копия "
            "progress-2026-09-01.sqlite3"
        ]
        assert store.count_reviews() == 1
    assert _english_left(store.notices[0]) == []


def test_a_newer_database_is_refused_in_russian(home: Path) -> None:
    with Store.open(home, now=T0):
        pass
    with sqlite3.connect(home / DB_FILE) as db:
        db.execute("INSERT INTO _migrations VALUES ('m099_from_the_future', 'x')")
    db.close()
    i18n.use("ru")
    with pytest.raises(StoreError) as caught:
        Store.open(home, now=T0)
    message = str(caught.value)
    assert message == (
        f"файл прогресса {home / DB_FILE} записан более новой версией kzjp-tutor (в нём есть шаги схемы "
        "m099_from_the_future, неизвестные этой версии); чтобы открыть его, обновите kzjp-tutor"
    )
    assert _english_left(message) == []


def _settings_refusal_in_russian(home: Path, text: str) -> str:
    """What loading a settings file of ``text`` says in Russian."""
    home.mkdir()
    settings_path(home).write_text(text, encoding="utf-8")
    i18n.use("ru")
    with pytest.raises(KzjpError) as caught:
        load_settings(home)
    return str(caught.value)


def test_a_settings_typo_suggests_the_setting_in_russian(home: Path) -> None:
    assert _settings_refusal_in_russian(home, "new_per_da = 5\n") == (
        f"{settings_path(home)}: 'new_per_da': такой настройки нет; может быть, имелась в виду 'new_per_day'?"
    )


def test_wrong_values_name_each_field_in_russian(home: Path) -> None:
    """pydantic's English is replaced by the catalog's words; field names and values stay as written."""
    message = _settings_refusal_in_russian(
        home,
        'new_per_day = "20"\ndesired_retention = 2\nexam_date = "soon"\nstudy_language = "de"\n'
        "learning_steps = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n",
    )
    path = settings_path(home)
    assert message.splitlines() == [
        f"{path}: desired_retention: значение должно быть меньше 1 (указано 2)",
        f"{path}: learning_steps: в списке должно быть не больше 10 значений, а их 11 "
        "(указано [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])",
        f"{path}: new_per_day: нужно целое число (указано '20'; числа пишутся без кавычек)",
        f"{path}: exam_date: нужна дата без времени, например 2026-12-20 (указано 'soon')",
        f"{path}: study_language: допустимые значения: 'ru', 'en', 'all' (указано 'de')",
    ]


def test_a_toml_mistake_in_the_settings_file_in_russian(home: Path) -> None:
    assert _settings_refusal_in_russian(home, "this is not toml\n") == (
        f"{settings_path(home)}: ошибка синтаксиса TOML: после ключа ожидался знак «=» (строка 1, столбец 6)"
    )


def test_a_keymap_mistake_in_russian() -> None:
    with pytest.raises(KzjpError) as caught:
        i18n.use("ru")
        check_ui_settings(
            Settings(keymap={"study.rigth": "x", "app.quit": "r"}),
            Path("/h/settings.toml"),
            themes={"textual-dark"},
            bindings=[("Study", "study.right", "r"), ("Study", "app.quit", "ctrl+q")],
            key_name=lambda key: key,
        )
    assert str(caught.value).splitlines() == [
        "/h/settings.toml: keymap.'study.rigth': нет действия с таким идентификатором; может быть, имелось в виду "
        "'study.right'?",
        "/h/settings.toml: keymap.'app.quit': на этом экране 'r' уже означает 'study.right', и одно из "
        "действий никогда не сработает; выберите для 'app.quit' другую клавишу",
    ]


def test_a_full_disk_in_russian() -> None:
    """The reason comes from the catalog by errno, not as the OS's English words."""
    path = Path("/home/student/.kzjp-tutor/progress.sqlite3")
    i18n.use("ru")
    message = str(store_error(OSError(errno.ENOSPC, "No space left on device"), path))
    assert message == (
        f"файл прогресса {path} сейчас не открыть: диск заполнен или недоступен для записи (на устройстве "
        "не осталось места). Ничего не перемещено и не удалено; освободите место на диске и попробуйте снова"
    )
    assert _english_left(message) == []


def test_an_existing_out_file_in_russian(tmp_path: Path) -> None:
    target = tmp_path / "class.csv"
    target.write_text("mine", encoding="utf-8")
    i18n.use("ru")
    with pytest.raises(KzjpError) as caught:
        check_target(target, force=False, home=tmp_path / "home")
    assert str(caught.value) == f"{target} уже существует; чтобы заменить его, добавьте --force"


def test_a_skipped_deck_in_a_folder_in_russian(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "broken.toml").write_text("format = [\n", encoding="utf-8")
    said: list[str] = []
    i18n.use("ru")
    assert resolve_decks([str(folder)], Settings(), said.append) == []
    broken = folder / "broken.toml"
    assert said == [f"файл колоды {broken} пропущен: 1 ошибка (подробнее: `kzjp-tutor validate {broken}`)"]


def test_a_deck_problem_names_its_section_and_card_in_russian() -> None:
    problem = Problem("deck.toml", "пусто", line=3, section="s1", card="c1", field="prompt")
    i18n.use("ru")
    assert str(problem) == "deck.toml:3: раздел 's1' карточка 'c1': prompt: пусто"


@pytest.mark.parametrize(
    ("count", "form"),
    [(1, "карточки"), (2, "карточек"), (5, "карточек"), (11, "карточек"), (21, "карточки"), (22, "карточек")],
)
def test_unreadable_cards_are_counted_with_russian_plurals(home: Path, count: int, form: str) -> None:
    """'card(s)' is gone: the catalog's plural rule picks the form (1 and 21 alike, 11 not)."""
    with Store.open(home, now=T0) as store:
        store._db.executemany(
            "INSERT INTO card_state (deck_id, card_id, fsrs, state, due, reps, lapses, leech, first_seen)"
            " VALUES ('demo', ?, 'not json', 1, '2026-09-01', 0, 0, 0, '2026-09-01')",
            [(f"c{n:02}",) for n in range(count)],
        )
        i18n.use("ru")
        notice = unreadable_notice(store._db)[0]
    assert notice.startswith(f"не читается сохранённое расписание {count} {form} (demo/c00")
    i18n.use("en")
    with Store.open(home, now=T0) as store:
        english = unreadable_notice(store._db)[0]
    assert english.startswith(f"{count} card has " if count == 1 else f"{count} cards have ")


def test_os_reasons_in_english_are_the_systems_own_words() -> None:
    """The catalog's English for each errno is what the OS says, so English messages did not change."""
    if os.strerror(errno.ENOSPC) != "No space left on device":
        pytest.skip("not glibc's wording")
    for code in _ERRNO_REASONS:
        assert reason(OSError(code, os.strerror(code))) == os.strerror(code)


def test_reasons_are_told_by_code_and_unknown_ones_kept() -> None:
    i18n.use("ru")
    assert reason(OSError(errno.EACCES, "whatever the OS says")) == "доступ запрещён"
    corrupt = sqlite3.DatabaseError("anything")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
    assert reason(corrupt) == "нарушена структура базы данных"
    assert reason(OSError(errno.ECHILD, "No child processes")) == "No child processes"
    assert reason(ValueError("plain words")) == "plain words"


@given(st.text(alphabet="ab =[]{}\"'.,#\n1-:\\", max_size=30))
def test_toml_reasons_in_english_are_tomllibs_own_words(text: str) -> None:
    """Read back in English, every TOML error says exactly what tomllib said: nothing lost in parsing it."""
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        i18n.use("en")
        assert str(toml_reason(exc)) == str(exc)


@pytest.mark.parametrize(
    ("text", "russian"),
    [
        ("a = [1,\n", "недопустимое значение (в конце файла)"),
        ('a = "x', "строка не закрыта кавычкой (в конце файла)"),
        ("a = {b = 1, b = 2}\n", "ключ 'b' повторяется во встроенной таблице (строка 1, столбец 18)"),
        ("[a\n", "в конце объявления таблицы ожидалась «]» (строка 1, столбец 3)"),
    ],
)
def test_toml_reasons_in_russian(text: str, russian: str) -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    i18n.use("ru")
    assert str(toml_reason(caught.value)) == russian
