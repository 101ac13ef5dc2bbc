"""``kzjp-tutor lint``: every check fires on the mistake it is for and stays quiet on a good card.

Each case is one small deck; a card carries ``explain`` and ``source`` unless the case is about
them, so that only the check under test can fire.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kzjp_tutor import cli
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.lint import CHECKS, LintedDeck, lint, lint_decks
from kzjp_tutor.core.loader import parse_deck

FULL = 'explain = "Пояснение."\nsource = "Цитата."\n'


def deck(
    cards: str, *, deck_id: str = "t", title: str = "Тест", language: str = "ru", file: str = "t.toml"
) -> LintedDeck:
    text = (
        f'format = 1\n[deck]\nid = "{deck_id}"\ntitle = "{title}"\nlanguage = "{language}"\n'
        f'[[sections]]\nid = "s"\ntitle = "Раздел"\n{cards}'
    )
    return LintedDeck(file, text, parse_deck(text.encode(), file))


def card(card_id: str, body: str, *, full: bool = True) -> str:
    return f'[[sections.cards]]\nid = "{card_id}"\n{body}\n' + (FULL if full else "")


def checks(*decks: LintedDeck) -> list[tuple[str, str | None]]:
    return [(w.check, w.card) for w in lint_decks(list(decks))]


# (check, a deck that must fire it on card "bad", a deck that must not fire it)
CASES = {
    "gives-away": (
        card("who", 'prompt = "Кто автор генплана Астаны?"\nanswer = "Кисё Курокава"')
        + card(
            "bad",
            'type = "date"\nprompt = "В каком году Кисё Курокава представил генплан Астаны?"\nanswer = "1998"',
        ),
        card("who", 'prompt = "Кто автор генплана Астаны?"\nanswer = "Кисё Курокава"')
        + card("bad", 'type = "date"\nprompt = "В каком году представлен генплан Астаны?"\nanswer = "1998"'),
    ),
    "date-precision": (
        card(
            "bad", 'type = "date"\nprompt = "В каком году Япония признала Казахстан?"\nanswer = "1991-12-28"'
        ),
        card(
            "bad",
            'type = "date"\nprompt = "Когда Япония признала Казахстан (число, месяц, год)?"\nanswer = "1991-12-28"',
        ),
    ),
    "choice-longest": (
        card(
            "bad",
            'type = "choice"\nprompt = "Цель?"\nchoices = ["мир", "торговля", '
            '"развитие многостороннего сотрудничества в регионе"]\n'
            'answer = "развитие многостороннего сотрудничества в регионе"',
        ),
        card(
            "bad",
            'type = "choice"\nprompt = "Цель?"\nchoices = ["укрепление мира во всём регионе", '
            '"расширение торговли со всеми соседями", "развитие многостороннего сотрудничества"]\n'
            'answer = "развитие многостороннего сотрудничества"',
        ),
    ),
    "same-fact": (
        card("first", 'prompt = "Кто был первым послом Японии в Казахстане?"\nanswer = "Сэцуо Нацуи"')
        + card(
            "bad", 'prompt = "Кто был первым послом Японии в Республике Казахстан?"\nanswer = "Сэцуо Нацуи"'
        ),
        card("first", 'prompt = "Кто был первым послом Японии в Казахстане?"\nanswer = "Сэцуо Нацуи"')
        + card("bad", 'prompt = "Кто был первым послом Японии в Казахстане?"\nanswer = "Тосио Катаяма"'),
    ),
    "generic-list": (
        card(
            "bad",
            'type = "list"\nprompt = "Назовите две сферы сотрудничества"\nanswer = ["экономика", "культура", "уран"]\nneed = 2',
        ),
        card(
            "bad",
            'type = "list"\nprompt = "Назовите два товара"\nanswer = ["уран", "ферросплавы", "экономика"]\nneed = 2',
        ),
    ),
    "accept-redundant": (
        card("bad", 'prompt = "Кто?"\nanswer = "Рютаро Хасимото"\naccept = ["рютаро хасимото"]'),
        card("bad", 'prompt = "Кто?"\nanswer = "Рютаро Хасимото"\naccept = ["премьер Японии 1996 года"]'),
    ),
    "accept-overlap": (
        card(
            "bad",
            'prompt = "Кто предложил Евразийскую дипломатию?"\nanswer = "Рютаро Хасимото"\naccept = ["Кэйдзо Обути"]',
        )
        + card("other", 'prompt = "Кто возглавил миссию 1997 года?"\nanswer = "Кэйдзо Обути"'),
        card(
            "bad",
            'prompt = "Кто предложил Евразийскую дипломатию?"\nanswer = "Рютаро Хасимото"\naccept = ["Хасимото"]',
        )
        + card("other", 'prompt = "Кто возглавил миссию 1997 года?"\nanswer = "Кэйдзо Обути"'),
    ),
    "reject-accepted": (
        card("bad", 'prompt = "Кто?"\nanswer = "Ким Ён Сам"\nreject = ["ким ён сам"]'),
        card("bad", 'prompt = "Кто?"\nanswer = "Ким Ён Сам"\nreject = ["Ким Дэ Чжун"]'),
    ),
    "no-explain": (
        card("bad", 'prompt = "Кто?"\nanswer = "Хасимото"\nsource = "Цитата."', full=False),
        card("bad", 'prompt = "Кто?"\nanswer = "Хасимото"', full=True),
    ),
    "no-source": (
        card("bad", 'prompt = "Кто?"\nanswer = "Хасимото"\nexplain = "Пояснение."', full=False),
        card("bad", 'prompt = "Кто?"\nanswer = "Хасимото"', full=True),
    ),
}


def test_every_check_has_a_case() -> None:
    assert set(CASES) | {"starter-left", "ignore-unused"} == set(CHECKS)


@pytest.mark.parametrize("check", sorted(CASES))
def test_check_fires_on_its_mistake(check: str) -> None:
    bad, _good = CASES[check]
    assert (check, "bad") in checks(deck(bad))


@pytest.mark.parametrize("check", sorted(CASES))
def test_check_is_quiet_on_a_good_card(check: str) -> None:
    _bad, good = CASES[check]
    assert [c for c in checks(deck(good)) if c[0] == check] == []


def test_starter_title_fires_and_a_real_title_does_not() -> None:
    cards = card("c", 'prompt = "Кто?"\nanswer = "Хасимото"')
    assert ("starter-left", None) in checks(deck(cards, title="Моя колода"))
    assert checks(deck(cards, title="Лекция 12")) == []


def test_same_fact_across_decks_but_not_across_languages() -> None:
    one = deck(card("a", 'prompt = "Кто был первым послом Японии в Казахстане?"\nanswer = "Сэцуо Нацуи"'))
    two = deck(
        card("b", 'prompt = "Кто был первым послом Японии в Казахстане?"\nanswer = "Сэцуо Нацуи"'),
        deck_id="u",
        file="u.toml",
    )
    english = deck(
        card("b", 'prompt = "Кто был первым послом Японии в Казахстане?"\nanswer = "Сэцуо Нацуи"'),
        deck_id="u-en",
        language="en",
        file="u-en.toml",
    )
    assert ("same-fact", "b") in checks(one, two)
    assert checks(one, english) == []


def test_a_word_every_prompt_names_is_a_topic_not_a_giveaway() -> None:
    cards = card(
        "country", 'prompt = "С какой страной у Японии стратегическое партнёрство?"\nanswer = "Казахстан"'
    )
    for n in range(5):
        cards += card(
            f"q{n}",
            f'type = "number"\nprompt = "Сколько соглашений № {n} подписал Казахстан с партнёром?"\nanswer = {n + 10}',
        )
    assert [c for c in checks(deck(cards)) if c[0] == "gives-away"] == []


def test_warning_names_file_line_section_and_card() -> None:
    linted = deck(CASES["date-precision"][0])
    (warning,) = [w for w in lint_decks([linted]) if w.check == "date-precision"]
    assert str(warning).startswith(
        "t.toml:9: section 's' card 'bad': date-precision: the answer 1991-12-28 has a day"
    )


@pytest.fixture
def run_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Callable[[list[str]], tuple[int, str, str]]:
    def run(args: list[str]) -> tuple[int, str, str]:
        code = cli.main(["--home", str(tmp_path / "home"), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


Run = Callable[[list[str]], tuple[int, str, str]]


def test_cli_exits_non_zero_only_with_strict(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "d.toml"
    path.write_text(deck(CASES["date-precision"][0]).text, encoding="utf-8")
    code, out, _err = run_cli(["lint", str(path)])
    assert code == 0 and "date-precision" in out and out.rstrip().endswith("1 warning in 1 deck file")
    assert run_cli(["lint", "--strict", str(path)])[0] == 1
    assert run_cli(["lint", "--strict", "--skip", "date-precision", str(path)])[0] == 0
    path.write_text(deck(CASES["date-precision"][1]).text, encoding="utf-8")
    assert run_cli(["lint", "--strict", str(path)])[0] == 0


def test_cli_refuses_a_deck_that_does_not_load(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "d.toml"
    path.write_text("format = 2\n", encoding="utf-8")
    code, _out, err = run_cli(["lint", str(path)])
    assert code == 1 and "does not load" in err and "Traceback" not in err


def test_cli_in_russian(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "d.toml"
    path.write_text(deck(CASES["date-precision"][0]).text, encoding="utf-8")
    code, out, _err = run_cli(["--lang", "ru", "lint", str(path)])
    assert code == 0
    assert "раздел 's' карточка 'bad': date-precision: в ответе 1991-12-28 есть день или месяц" in out
    assert out.rstrip().endswith("1 предупреждение в 1 файле колоды")


# --- gives-away: whole words, inflected, never a typo -------------------------------------------


def gives_away(*decks: LintedDeck) -> list[tuple[str | None, str]]:
    return [(w.card, w.message) for w in lint_decks(list(decks)) if w.check == "gives-away"]


def test_an_inflected_answer_in_another_prompt_gives_it_away() -> None:
    cards = card("who", 'prompt = "Кто автор генплана Астаны?"\nanswer = "Кисё Курокава"') + card(
        "bad",
        'type = "date"\nprompt = "В каком году генплан Астаны Кисё Курокавы был одобрен?"\nanswer = "1998"',
    )
    assert [c for c, _m in gives_away(deck(cards))] == ["bad"]


def test_a_word_within_typo_distance_is_not_the_answer() -> None:
    # The subject reader's false matches: «успели» is not «успехов», "still" is not "stimulus".
    ru = card(
        "wish", 'prompt = "Чего пожелал Синдзо Абэ казахстанскому народу в 2015 году?"\nanswer = "успехов"'
    ) + card(
        "done",
        'prompt = "Какой проект успели завершить к визиту Синдзо Абэ в 2015 году?"\nanswer = "аэропорт"',
    )
    en = card(
        "effect",
        'prompt = "What did the 1994 and 1999 visits of Nazarbayev give to the relations?"\n'
        'answer = "a powerful stimulus"\naccept = ["stimulus"]',
    ) + card(
        "still",
        'prompt = "Which relations did the 1994 and 1999 visits of Nazarbayev still leave open?"\n'
        'answer = "energy"',
    )
    assert gives_away(deck(ru)) == []
    assert gives_away(deck(en, language="en")) == []


def test_one_warning_per_prompt_and_answer_naming_the_answer_itself() -> None:
    cards = card(
        "who", 'prompt = "Кто автор генплана Астаны?"\nanswer = "Кисё Курокава"\naccept = ["Курокава"]'
    ) + card(
        "bad",
        'type = "date"\nprompt = "В каком году Кисё Курокава представил генплан Астаны?"\nanswer = "1998"',
    )
    ((card_id, message),) = gives_away(deck(cards))
    assert card_id == "bad" and "'Кисё Курокава', the answer of t/who" in message


def test_a_prompt_about_something_else_is_not_given_the_answer() -> None:
    # The answer is in the prompt, but the two prompts share no rarer word: a coincidence.
    cards = card(
        "city", 'prompt = "В каком городе открыт центр скорой помощи?"\nanswer = "Кызылорда"'
    ) + card("other", 'prompt = "Сколько рейсов в неделю летает из Кызылорды в Алматы?"\nanswer = "Три"')
    assert gives_away(deck(cards)) == []


# --- gives-away: a date card's month and year, or its whole date ---------------------------------

VISIT_DATE = card(
    "when",
    'type = "date"\nprompt = "Когда (месяц и год) состоялся первый визит Президента Н. Назарбаева в Японию?"\n'
    'answer = "1994-04"',
)


def test_a_month_and_year_in_another_prompt_give_a_month_card_away() -> None:
    cards = VISIT_DATE + card(
        "doc",
        'prompt = "Какой документ был подписан в ходе первого визита Н. Назарбаева в Японию (апрель 1994 года)?"\n'
        'answer = "Совместное заявление"',
    )
    ((card_id, message),) = gives_away(deck(cards))
    assert card_id == "doc" and "'апрель 1994', the answer of t/when" in message


def test_a_full_date_in_either_english_order_gives_a_day_card_away() -> None:
    date = card(
        "when",
        'type = "date"\nprompt = "When (day, month and year) was the memorial panel unveiled in Tokyo?"\n'
        'answer = "2016-08-21"',
    )
    for said in ("on 21 August 2016", "on August 21, 2016", "in August 2016"):
        cards = date + card(
            "where",
            f'prompt = "In which Tokyo museum was the memorial panel unveiled {said}?"\nanswer = "Daigo"',
        )
        assert [c for c, _m in gives_away(deck(cards, language="en"))] == ["where"], said


def test_two_common_words_tie_a_month_to_its_event_where_a_year_needs_a_rare_one() -> None:
    # Nine more prompts about Nazarbayev's visits: «визит» and «Назарбаев» are no rare words now.
    visits = "".join(
        card(
            f"v{n}",
            f'prompt = "Что обсуждалось во время первого визита Н. Назарбаева в Японию, день {n}?"\nanswer = "тема {n}"',
        )
        for n in range(9)
    )
    doc = card(
        "doc",
        'prompt = "Какой документ был подписан в ходе первого визита Н. Назарбаева в Японию (апрель 1994 года)?"\n'
        'answer = "Совместное заявление"',
    )
    assert [c for c, _m in gives_away(deck(VISIT_DATE + visits + doc))] == ["doc"]


def test_a_year_or_an_unrelated_month_gives_no_date_away() -> None:
    year_only = card(
        "doc",
        'prompt = "Какой документ был подписан в ходе первого визита Н. Назарбаева в Японию (1994 год)?"\n'
        'answer = "Совместное заявление"',
    )
    # The same month and year in a question about another event: no word in common but the date.
    elsewhere = card(
        "grant",
        'prompt = "Какую сумму выделило правительство на больницы в апреле 1994 года?"\nanswer = "сто"',
    )
    own = card(
        "day",
        'type = "date"\nprompt = "Какого числа в апреле 1994 года Н. Назарбаев прибыл в Японию?"\n'
        'answer = "1994-04-06"',
    )
    assert gives_away(deck(VISIT_DATE + year_only)) == []
    assert gives_away(deck(VISIT_DATE + elsewhere)) == []
    assert gives_away(deck(own)) == []


# --- accept-overlap, accept-redundant ------------------------------------------------------------


def test_one_person_written_two_ways_is_not_an_overlap() -> None:
    cards = card(
        "bad",
        'prompt = "Кто подписал заявление 2016 года?"\nanswer = "С. Абэ"\naccept = ["Синдзо Абэ", "премьер Абэ"]',
    )
    # The other card takes this card's answer too: the two answers are one person written two ways.
    same = card(
        "other",
        'prompt = "Кто выступил в Назарбаев Университете?"\nanswer = "Синдзо Абэ"\naccept = ["С. Абэ"]',
    )
    assert [c for c in checks(deck(cards + same)) if c[0] == "accept-overlap"] == []


def test_each_redundant_entry_is_checked_with_the_others_kept() -> None:
    # Either entry is redundant while the other stays: each warning holds for that entry alone.
    cards = card("bad", 'prompt = "Кто?"\nanswer = "Рютаро Хасимото"\naccept = ["Хасимото", "хасимото"]')
    assert checks(deck(cards)).count(("accept-redundant", "bad")) == 2


def test_an_entry_that_lends_its_words_to_the_grader_is_not_redundant() -> None:
    # «Суга» alone is accepted without the entry, but only the entry lets «Сугой» pass; «Алма-Ата»
    # is Алматы to the grader, but only the entry lets «в Алма-Ате» pass.
    cards = card("suga", 'prompt = "Кто?"\nanswer = "Ёсихидэ Суга"\naccept = ["Суга"]') + card(
        "city", 'prompt = "Где?"\nanswer = "Алматы"\naccept = ["Алма-Ата"]'
    )
    linted = deck(cards)
    assert [c for c in checks(linted) if c[0] == "accept-redundant"] == []
    suga, city = (c for _s, c in linted.deck.cards())
    assert grade(suga, "Сугой", "ru").correct and grade(city, "в Алма-Ате", "ru").correct
    assert not grade(suga.model_copy(update={"accept": []}), "Сугой", "ru").correct
    assert not grade(city.model_copy(update={"accept": []}), "в Алма-Ате", "ru").correct


def test_an_inflected_copy_of_the_answer_is_redundant() -> None:
    cards = card("bad", 'prompt = "Чего?"\nanswer = "успехов"\naccept = ["успеха", "Успехи"]')
    assert checks(deck(cards)).count(("accept-redundant", "bad")) == 2


# --- lint_ignore ---------------------------------------------------------------------------------


def test_lint_ignore_silences_its_check_with_a_reason_and_counts_it() -> None:
    bad = CASES["date-precision"][0] + 'lint_ignore = { date-precision = "the year is asked on purpose" }\n'
    result = lint([deck(bad)])
    assert result.warnings == []
    assert [(w.check, w.card) for w in result.silenced] == [("date-precision", "bad")]


def test_lint_ignore_silences_only_the_checks_it_names() -> None:
    bad = CASES["date-precision"][0].replace(FULL, "") + 'lint_ignore = { date-precision = "on purpose" }\n'
    assert sorted(checks(deck(bad))) == [("no-explain", "bad"), ("no-source", "bad")]


def test_an_entry_that_silences_nothing_is_a_warning() -> None:
    good = CASES["date-precision"][1] + 'lint_ignore = { date-precision = "on purpose" }\n'
    (warning,) = lint_decks([deck(good)])
    assert (warning.check, warning.card) == ("ignore-unused", "bad")
    assert "finds nothing" in warning.message
    # ...unless its check was skipped in this run: then it cannot be known to be unused.
    assert lint([deck(good)], skip=["date-precision"]).warnings == []


def test_an_unknown_check_name_gets_a_suggestion() -> None:
    good = CASES["date-precision"][1] + 'lint_ignore = { gives-awy = "on purpose" }\n'
    (warning,) = lint_decks([deck(good)])
    assert warning.check == "ignore-unused" and "did you mean gives-away?" in warning.message


def test_a_blank_reason_does_not_load(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "d.toml"
    text = deck(CASES["date-precision"][1]).text + 'lint_ignore = { date-precision = " " }\n'
    path.write_text(text, encoding="utf-8")
    code, out, _err = run_cli(["validate", str(path)])
    assert code != 0 and "the reason for ignoring 'date-precision' is empty" in out + _err


def test_cli_counts_what_lint_ignore_silenced(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "d.toml"
    text = deck(CASES["date-precision"][0]).text + 'lint_ignore = { date-precision = "on purpose" }\n'
    path.write_text(text, encoding="utf-8")
    code, out, _err = run_cli(["lint", "--strict", str(path)])
    assert code == 0
    assert out.splitlines() == ["1 more silenced by the cards' lint_ignore", "0 warnings in 1 deck file"]
