"""The command line speaks Russian or English: ``--lang``, ``$KZJP_TUTOR_LANG``, ``ui_language``, auto.

Each test states the language it expects and sets up only what decides it; the suite's default
(``KZJP_TUTOR_LANG=en``, from tests/conftest.py) is removed where the setting must decide.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from kzjp_tutor import cli
from kzjp_tutor.commands.stats import stats_lines
from kzjp_tutor.core import i18n
from kzjp_tutor.core.stats import Stats

from ..i18n.plurals import RUSSIAN_CARDS

NOW = "2026-09-01T09:00:00+00:00"
SIZES = (1, 2, 5, 11, 21, 22, 25)
"""Section sizes of the plural deck: every count of ``RUSSIAN_CARDS`` but 0 (a section has cards)."""


def _plural_deck() -> str:
    lines = ['format = 1\n\n[deck]\nid = "plurals"\ntitle = "Склонение"\nlanguage = "ru"\n']
    for size in SIZES:
        lines.append(f'[[sections]]\nid = "s{size}"\ntitle = "Раздел {size}"\n')
        for number in range(size):
            lines.append(
                f'[[sections.cards]]\nid = "c{size}-{number}"\n'
                f'prompt = "Вопрос {number} раздела {size}?"\nanswer = "ответ {number}"\n'
            )
    return "\n".join(lines)


RU_DECK = """\
format = 1

[deck]
id = "ru-demo"
title = "Демо"
language = "ru"

[[sections]]
id = "places"
title = "Города"

[[sections.cards]]
id = "capital"
prompt = "Какой город — столица Японии?"
answer = "Токио"
explain = "Токио — столица с 1868 года."

[[sections.cards]]
id = "river"
prompt = "Как называется самая длинная река Казахстана?"
answer = "Иртыш"
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a deck folder, a fixed clock and no language override from the environment."""
    path = tmp_path / "home"
    path.mkdir()
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "plurals.toml").write_text(_plural_deck(), encoding="utf-8")
    (folder / "ru-demo.toml").write_text(RU_DECK, encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(path))
    monkeypatch.setenv("KZJP_TUTOR_NOW", NOW)
    monkeypatch.delenv("KZJP_TUTOR_LANG", raising=False)
    _settings(path, "")
    return path


def _settings(home: Path, extra: str) -> None:
    folder = (home.parent / "decks").as_posix()
    (home / "settings.toml").write_text(
        f'decks_folder = "{folder}"\nexam_date = 2026-09-20\n{extra}\n', encoding="utf-8"
    )


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv)
    except SystemExit as ended:  # argparse's --help and usage errors
        code = int(ended.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _latin_words(text: str, *allowed: str) -> set[str]:
    """English-looking words left in a Russian text once data (ids, names) and key labels are removed."""
    for word in allowed:
        text = text.replace(word, " ")
    return set(re.findall(r"[A-Za-z]{2,}", text)) - {"UTC", "kzjp", "tutor"}


@pytest.mark.parametrize(("size", "written"), [(n, text) for n, text in RUSSIAN_CARDS if n in SIZES])
def test_stats_counts_cards_in_russian_plural_forms(
    home: Path, capsys: pytest.CaptureFixture[str], size: int, written: str
) -> None:
    code, out, err = _run(["stats", "--deck", "plurals", "--lang", "ru"], capsys)
    assert code == 0, err
    line = next(line for line in out.splitlines() if f"› Раздел {size}:" in line)
    assert line == f"  20 сентября 2026 г. plurals › Раздел {size}: 0\u00a0% ({written}, изучено 0)"


def test_stats_counts_cards_in_english(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["--lang", "en", "stats", "--deck", "plurals"], capsys)
    assert code == 0
    assert "  September 20, 2026 plurals › Раздел 1: 0% (1 card, 0 studied)" in out
    assert "  September 20, 2026 plurals › Раздел 2: 0% (2 cards, 0 studied)" in out


def test_russian_stats_has_no_english_word(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["stats", "--lang", "ru", "--deck", "plurals"], capsys)
    assert code == 0
    assert out.startswith("повторений сделано:        0\nверных ответов:            0\n")
    assert "фактическое запоминание за 30 дней: выученные карточки ещё не повторялись" in out
    assert _latin_words(out, "plurals") == set()


def test_a_fresh_home_speaks_russian(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No --lang, no environment, ui_language auto, study_language ru (the defaults): Russian."""
    (home / "settings.toml").unlink()
    code, out, _err = _run(["stats"], capsys)
    assert code == 0 and out.startswith("повторений сделано:")


@pytest.mark.parametrize(
    ("settings", "argv", "russian"),
    [
        ('ui_language = "en"', ["stats"], False),
        ('ui_language = "ru"', ["stats"], True),
        ('study_language = "en"', ["stats"], False),  # ui_language auto follows what is studied
        ('study_language = "en"\nui_language = "ru"', ["stats"], True),
        ('ui_language = "ru"', ["--lang", "en", "stats"], False),  # --lang wins, before the command
        ('ui_language = "ru"', ["stats", "--lang", "en"], False),  # and after it
        ('ui_language = "en"', ["stats", "--lang=ru"], True),
    ],
)
def test_which_language(
    home: Path, capsys: pytest.CaptureFixture[str], settings: str, argv: list[str], russian: bool
) -> None:
    _settings(home, settings)
    code, out, err = _run(argv, capsys)
    assert code == 0, err
    assert out.startswith("повторений сделано:" if russian else "reviews done:")


def test_lang_beats_the_environment(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KZJP_TUTOR_LANG", "en")
    assert _run(["stats"], capsys)[1].startswith("reviews done:")
    assert _run(["stats", "--lang", "ru"], capsys)[1].startswith("повторений сделано:")


TYPED = ("--help", "--home", "--lang", "--json", "--deck", "--repair", "--section", "--plain", "--limit",
         "--force", "--version", "{ru,en}", "KZJP_TUTOR_HOME", "ui_language", ":undo", ":right", ":wrong",
         ":hard", ":easy", ":quit", "Enter", "JSON", ".toml")  # fmt: skip
"""What a person types as written (options, keys, formats, setting names): not words to translate."""
GRADE_FIELDS = ('"card"', '"answer"', "ID", "TEXT", '"state"', "correct", "partial", "wrong", "unreadable")
"""The grade command's JSON fields and values, which stay English (machine output) and its help names."""


@pytest.mark.parametrize("command", ["study", "stats", "grade", "new", "schema"])
def test_command_help_in_both_languages(home: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _err = _run([command, "--help", "--lang", "ru"], capsys)
    assert code == 0
    assert out.startswith(f"использование: kzjp-tutor {command}")
    assert "\nпараметры:\n" in out and "показать эту справку и выйти" in out
    assert _latin_words(out, *TYPED, *GRADE_FIELDS, '"correct"', "false", command) == set()
    code, out, _err = _run([command, "--help", "--lang", "en"], capsys)
    assert code == 0 and out.startswith(f"usage: kzjp-tutor {command}") and "\noptions:\n" in out


def test_main_help_in_russian(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["--lang", "ru", "--help"], capsys)
    assert code == 0
    assert out.startswith("использование: kzjp-tutor [-h] [--version] [--home ПАПКА] [--lang {ru,en}]")
    assert "Занятия по курсу казахстанско-японских отношений в терминале." in out
    assert re.search(r"\n    study +заниматься по колодам", out)
    assert "  --home ПАПКА    где хранятся прогресс и настройки" in out


def test_command_help_names_its_arguments_in_russian(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["--lang", "ru", "stats", "--help"], capsys)
    assert code == 0
    assert "--deck КОЛОДА   только колода с этим идентификатором" in out


def test_an_argparse_error_in_russian(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["stats", "--bogus", "--lang", "ru"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("использование: kzjp-tutor")
    assert err.endswith("kzjp-tutor: ошибка: неизвестные аргументы: --bogus\n")


def test_an_argparse_error_in_english(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["stats", "--bogus", "--lang", "en"], capsys)
    assert code == 2 and err.endswith("kzjp-tutor: error: unrecognized arguments: --bogus\n")


def test_a_type_error_in_russian(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["--lang", "ru", "study", "--plain", "--limit", "0"], capsys)
    assert code == 2
    assert err.endswith("kzjp-tutor study: ошибка: аргумент --limit: нужно число не меньше 1, а не 0\n")


def _plain(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answers: str, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    return _run([*argv, "study", "ru-demo", "--plain"], capsys)


def test_plain_mode_in_russian(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(home, 'new_cards = "ask-first"')  # first answers graded at once (issue 17's show-first aside)
    code, out, err = _plain(monkeypatch, capsys, "Токио\nВолга\n:right\n:undo\n:quit\n", "--lang", "ru")
    assert code == 0, err
    assert "[Демо › Города] (новая)\nКакой город — столица Японии?\n✓ верно\n" in out
    assert "  следующее повторение: через 10 мин\n" in out
    assert "✗ неверно: " in out and "  ваш ответ: " in out
    assert "оценка изменена на «Хорошо»; следующее повторение: через 10 мин\n" in out
    assert "последний ответ отменён\n" in out
    assert out.endswith(
        "Ответов               1\nВерно                 1 (100\u00a0%)\nВремя                 0 с\n"
        "Следующее повторение  через 10 мин (1 сентября, 09:10 UTC)\n"
    )
    assert _latin_words(out) == set()


def test_plain_mode_in_english(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(home, 'new_cards = "ask-first"')  # first answers graded at once (issue 17's show-first aside)
    code, out, _err = _plain(monkeypatch, capsys, "Токио\nВолга\n:quit\n", "--lang", "en")
    assert code == 0
    assert "[Демо › Города] (new)\nКакой город — столица Японии?\n✓ correct\n" in out
    assert "✗ wrong: " in out and "  next: in 10 min\n" in out
    assert "Answered     2\nCorrect      1 (50%)\n" in out


def test_new_speaks_russian_and_names_the_file(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "моя.toml"
    code, out, _err = _run(["--lang", "ru", "new", str(target)], capsys)
    assert code == 0 and out == f"колода записана в {target}; проверить её: kzjp-tutor validate {target}\n"
    code, _out, err = _run(["--lang", "ru", "new", str(target)], capsys)
    assert code == 2
    assert err == f"kzjp-tutor new: {target} уже существует; выберите другое имя или добавьте --force\n"
    missing = tmp_path / "нет-такой-папки" / "d.toml"
    code, _out, err = _run(["--lang", "ru", "new", str(missing)], capsys)
    assert code == 2 and err.startswith(f"kzjp-tutor new: не удалось записать {missing}: ")
    assert _latin_words(err, str(missing), "kzjp-tutor new") == set()  # the OS's reason in Russian too


def test_stats_lines_with_retention_and_leeches_in_russian() -> None:
    """The lines a fixture cannot reach cheaply: a measured retention, leeches forgotten 1, 3 and 21 times."""
    stats = Stats(
        reviews=12345,
        correct=10000,
        cards_seen=321,
        due_now=4,
        new_left_today=20,
        retention=0.9125,
        retention_reviews=21,
        leeches=[("d", "a", 1), ("d", "b", 3), ("d", "c", 21)],
    )
    i18n.use("ru")
    assert stats_lines(stats) == [
        "повторений сделано:        12\u00a0345",
        "верных ответов:            10\u00a0000 (81\u00a0%)",
        "карточек пройдено:         321",
        "к повторению сейчас:       4",
        "новых карточек на сегодня: 20",
        "фактическое запоминание за 30 дней: 91,2\u00a0% из 21 повторения выученных карточек",
        "трудных карточек:          3",
        "  d/a: забыта 1 раз",
        "  d/b: забыта 3 раза",
        "  d/c: забыта 21 раз",
    ]
    i18n.use("en")
    assert stats_lines(stats)[5] == "true retention over 30 days: 91.2% of 21 reviews of learned cards"
