"""Every sentence the grader says to a student, in Russian and English, in one table.

Why one table: the text, date, number and list graders each used to keep their own wording (a
dict here, inline ``… if en else …`` there), so the same situation was phrased differently by
card type and a fix to one phrase missed the others. The interface-language work turns this
table into the message catalog.
"""

from __future__ import annotations

__all__ = ["already_names", "message", "only_says_correct", "quoted"]

_SENTENCES: dict[str, dict[str, str]] = {
    "ru": {
        "correct": "Верно.",
        "typo": "Засчитано с опечаткой: {pairs}.",
        "blank": "Ответа нет. Правильно: {answer}.",
        "reject": "Это другой ответ: «{reject}». Правильно: {answer}.",
        "hedge": "Нужен один ответ, а названо несколько: лишнее «{extra}». Правильно: {answer}.",
        "extra": "Лишнее в ответе: «{extra}». Правильно: {answer}.",
        "partial": "Неполный ответ: не хватает «{missing}». Правильно: {answer}.",
        "wrong": "Правильно: {answer}.",
        "date.unread": "Не удалось прочитать дату. Правильно: {answer}.",
        "date.hedge": "Названо несколько дат; нужна одна. Правильно: {answer}.",
        "date.year": "Год неверный. Правильно: {answer}.",
        "date.need_month": "Год верный, но нужен и месяц. Правильно: {answer}.",
        "date.month": "Год верный, а месяц нет. Правильно: {answer}.",
        "date.need_day": "Месяц и год верные, но нужен и день. Правильно: {answer}.",
        "date.day": "Месяц и год верные, а день нет. Правильно: {answer}.",
        "number.none": "Число не названо. Правильно: {answer}.",
        "number.hedge": "Названо несколько чисел; нужно одно. Правильно: {answer}.",
        "number.unit": "Единица не та, о которой спрашивали. Правильно: {answer}.",
        "number.direction": "В тексте сказано не «менее». Правильно: {answer}.",
        "number.scale": "Цифры верные, но порядок другой (тыс./млн/млрд). Правильно: {answer}.",
        "number.wrong": "Неверное число. Правильно: {answer}.",
        "list.blank": "Ответа нет. Правильно: {answer}.",
        "list.typos": "Засчитано с опечатками.",
        "list.order": "порядок неверный",
        "list.not_in": "не из списка: {wrong}",
        "list.count": "названо {count} из {need}",
        "list.more": "Не названо: {missing}.",
        "negated": "Отрицание — не ответ: назовите сам факт. Правильно: {answer}.",
        "swapped": "Роли перепутаны: «{typed}» и «{wanted}» стоят не на своих местах. Правильно: {answer}.",
        # The examples are no answer of the course decks: they must not give a card away.
        "date.unread_forms": (
            "Дату не удалось прочитать; ничего не записано. Понятные формы: 14.06.2011, "
            "14 июня 2011, июнь 2011, VI.2011, июн. 11-го, в 2011-м. Введите дату ещё раз."
        ),
        "number.unread_forms": (
            "Число не удалось прочитать; ничего не записано. Понятные формы: 38, 1 350, "
            "7,8 тыс., 80 млн, тридцать восемь, более шестидесяти, полторы тысячи. Введите число ещё раз."
        ),
        "date.decade": "Названо десятилетие, а нужен год. Правильно: {answer}.",
        "stand_in": "«{typed}» стоит на месте «{wanted}»: это другой факт. Правильно: {answer}.",
    },
    "en": {
        "correct": "Correct.",
        "typo": "Accepted with a typo: {pairs}.",
        "blank": "No answer. The answer is: {answer}.",
        "reject": "That is a different answer: “{reject}”. The answer is: {answer}.",
        "hedge": "Give one answer, not several: “{extra}” is extra. The answer is: {answer}.",
        "extra": "Not part of the answer: “{extra}”. The answer is: {answer}.",
        "partial": "Incomplete: “{missing}” is missing. The answer is: {answer}.",
        "wrong": "The answer is: {answer}.",
        "date.unread": "That date could not be read. The answer is: {answer}.",
        "date.hedge": "Several dates were given; give one. The answer is: {answer}.",
        "date.year": "Wrong year. The answer is: {answer}.",
        "date.need_month": "Right year, but the month is asked for too. The answer is: {answer}.",
        "date.month": "Right year, wrong month. The answer is: {answer}.",
        "date.need_day": "Right month and year, but the day is asked for too. The answer is: {answer}.",
        "date.day": "Right month and year, wrong day. The answer is: {answer}.",
        "number.none": "No number was given. The answer is: {answer}.",
        "number.hedge": "Several numbers were given; give one. The answer is: {answer}.",
        "number.unit": "The unit is not the one asked for. The answer is: {answer}.",
        "number.direction": "“Less than” is not what the text says. The answer is: {answer}.",
        "number.scale": "Right digits, wrong scale (thousand/million/billion). The answer is: {answer}.",
        "number.wrong": "Wrong number. The answer is: {answer}.",
        "list.blank": "No answer. The items are: {answer}.",
        "list.typos": "Correct, with typos.",
        "list.order": "wrong order",
        "list.not_in": "not in the list: {wrong}",
        "list.count": "named {count} of {need}",
        "list.more": "Not named: {missing}.",
        "negated": "A negation is not an answer: name the fact itself. The answer is: {answer}.",
        "swapped": "The roles are swapped: “{typed}” and “{wanted}” are in each other's place. The answer is: {answer}.",
        # The examples are no answer of the course decks: they must not give a card away.
        "date.unread_forms": (
            "That date could not be read; nothing was recorded. Forms understood: 14.06.2011, "
            "June 14, 2011, Jun 2011, VI.2011, June '11, in 2011. Please type the date again."
        ),
        "number.unread_forms": (
            "No number could be read; nothing was recorded. Forms understood: 38, 1,350, "
            "7.8 thousand, 80 million, thirty-eight, more than sixty, a dozen. Please type it again."
        ),
        "date.decade": "That is a decade; the year is asked. The answer is: {answer}.",
        "stand_in": "“{typed}” stands where “{wanted}” should be: that is a different fact. The answer is: {answer}.",
    },
}


def message(language: str, key: str, **values: str) -> str:
    """The feedback sentence ``key`` in the deck's language (Russian unless the deck is English)."""
    return _SENTENCES["en" if language == "en" else "ru"][key].format(**values)


_QUOTES = {"ru": ("«", "»"), "en": ("“", "”")}


def quoted(language: str, text: str) -> str:
    """``text`` in the deck language's quotation marks: «…» in Russian, “…” in English."""
    opening, closing = _QUOTES["en" if language == "en" else "ru"]
    return f"{opening}{text}{closing}"


def already_names(feedback: str, answer: str) -> bool:
    """Whether ``feedback`` already gives ``answer`` (its "Правильно: …"), so a front end need not
    print the answer on a line of its own, once more and under an English label."""
    return bool(answer) and answer in feedback


def only_says_correct(feedback: str) -> bool:
    """Whether ``feedback`` is nothing but "Correct." in some language.

    A front end that already shows its own "✓ Correct" headline leaves such feedback out, so the
    student is not told the same thing twice in two languages. (For the same reason the "wrong"
    sentence does not begin with «Неверно.»: the verdict's headline says so.)
    """
    return feedback in {table["correct"] for table in _SENTENCES.values()}
