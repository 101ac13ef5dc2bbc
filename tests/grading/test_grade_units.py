"""Table tests for the grader's building blocks: normalisation, phonetic keys, dates, numbers."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import ListCard
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.grading.dates import TypedDate, parse_date
from kzjp_tutor.core.grading.grader import MAX_ANSWER, _cap
from kzjp_tutor.core.grading.lists import _Vocabulary, split_items
from kzjp_tutor.core.grading.normalize import fix_layout, fold, normalize, tokens
from kzjp_tutor.core.grading.numbers import parse_number, scale_of
from kzjp_tutor.core.grading.phonetic import phonetic_key
from kzjp_tutor.core.grading.words import Strength, allowed_typos, compare_words

_TRANSLIT = str.maketrans(
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abvgdeejzijklmnoprstufhccss_y_eua", strict=True))
)


def _id(value: object) -> str:
    """A readable ASCII test id for a table row value."""
    text = str(value).lower().translate(_TRANSLIT)
    return "".join(ch if ch.isascii() and ch.isprintable() else "_" for ch in text) or "EMPTY"


# ---------------------------------------------------------------------------------------------
# normalize
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ёлка", "елка"),
        ("ДИПЛОМАТИЯ ШЁЛКОВОГО ПУТИ", "дипломатия шелкового пути"),
        ("Хашимотo", "хашимото"),  # Latin o inside a Cyrillic word
        ("Xашимото", "хашимото"),  # Latin X
        ("Kаwamura", "kawamura"),  # Cyrillic а inside a Latin word
        ("3Е+S", "3e+s"),  # Cyrillic Е in a code with digits
        ("726\u00a0825", "726 825"),
    ],
    ids=["yo", "upper-yo", "latin-o", "latin-x", "cyr-a-in-latin", "code-3E+S", "nbsp"],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Евразийская дипломатия»!", "евразийская дипломатия"),
        ('"Eurasian Diplomacy".', "eurasian diplomacy"),
        ("Хашимото - Обучи", "хашимото обучи"),
        ("Хашимото — Обучи", "хашимото обучи"),
        ("Усть-Каменогорск", "усть-каменогорск"),
        ("  много   пробелов\t", "много пробелов"),
        ("64/35", "64/35"),
    ],
    ids=["guillemets", "en-quotes", "dash-separator", "em-dash", "hyphen-joiner", "spaces", "slash"],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("в 1997 году", "ru", ("1997",)),
        ("1997 г.", "ru", ("1997",)),
        ("около 100 млн", "ru", ("100", "млн")),
        ("the Eurasian Diplomacy", "en", ("eurasian", "diplomacy")),
        ("about 1200", "en", ("1200",)),
        ("в", "ru", ("в",)),  # only fillers: keep them rather than return nothing
        ("Р. Хашимото", "ru", ("р", "хашимото")),
    ],
    ids=["v-godu", "g-dot", "okolo", "the", "about", "only-filler", "initial"],
)
def test_tokens(text: str, language: str, expected: tuple[str, ...]) -> None:
    assert tokens(text, language) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("[fibvjnj", "хашимото"),
        ("rfdfvehf", "кавамура"),
        ("vtnf,jkbpv", "метаболизм"),
        ("yfpfh,ftd", "назарбаев"),
    ],
    ids=_id,
)
def test_fix_layout(typed: str, expected: str) -> None:
    assert fix_layout(typed) == expected


# ---------------------------------------------------------------------------------------------
# phonetic keys and word comparison
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spellings",
    [
        ("Хашимото", "Хасимото", "Hashimoto", "Hasimoto"),
        ("Обучи", "Обути", "Obuchi", "Obuti"),
        ("Коидзуми", "Коизуми", "Koizumi"),
        ("Кисё", "Кишо", "Kisho", "Kisyo"),
        ("Кэндзо", "Кензо", "Kenzo"),
        ("Синдзо", "Shinzo"),
        ("Итиро", "Ичиро", "Ichiro", "Itiro"),
        ("Мицуя", "Mitsuya"),
        ("Кавамура", "Kawamura"),
        ("Абэ", "Абе", "Abe"),
    ],
    ids=lambda spellings: _id(spellings[-1]),
)
def test_same_name_same_key(spellings: tuple[str, ...]) -> None:
    keys = {phonetic_key(fold(s)) for s in spellings}
    assert len(keys) == 1, {s: phonetic_key(fold(s)) for s in spellings}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Кавамура", "Кавабата"),
        ("Кавамура", "Накамура"),
        ("Хашимото", "Обучи"),
        ("Назарбаев", "Назаров"),
        ("Курокава", "Хосокава"),
        ("Абэ", "Або"),
    ],
    ids=_id,
)
def test_different_names_different_keys(one: str, other: str) -> None:
    assert phonetic_key(fold(one)) != phonetic_key(fold(other))


@pytest.mark.parametrize(
    ("typed", "expected", "strength"),
    [
        ("хашимото", "хашимото", Strength.EXACT),
        ("хасимото", "хашимото", Strength.EXACT),  # Polivanov vs Hepburn
        ("евразийской", "евразийская", Strength.EXACT),  # inflection
        ("назарбаевым", "назарбаев", Strength.EXACT),
        ("кавамара", "кавамура", Strength.TYPO),
        ("хашимотто", "хашимото", Strength.TYPO),  # a doubled letter is a typo: forgiven, rated hard
        ("кавабата", "кавамура", Strength.NONE),
        ("накамура", "кавамура", Strength.NONE),
        ("назаров", "назарбаев", Strength.NONE),
        ("або", "абэ", Strength.NONE),  # no typos in short words
        ("28", "29", Strength.NONE),  # digits only exactly
        ("64/53", "64/35", Strength.NONE),
        ("47", "74", Strength.NONE),
        ("[fibvjnj", "хашимото", Strength.TYPO),  # wrong layout; '[' is stripped as punctuation first
    ],
    ids=_id,
)
def test_compare_words(typed: str, expected: str, strength: Strength) -> None:
    if typed.startswith("["):
        # What the text grader really compares: the normalised token.
        typed = normalize(typed)
        assert compare_words(typed, expected, "ru") >= strength
    else:
        assert compare_words(typed, expected, "ru") == strength


@pytest.mark.parametrize(
    ("word", "budget"), [("абэ", 0), ("токио", 1), ("кавамура", 1), ("назарбаевым", 2)], ids=_id
)
def test_allowed_typos(word: str, budget: int) -> None:
    assert allowed_typos(word) == budget


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 декабря 1991", TypedDate(1991, 12, 28, 28)),
        ("28 декабря 1991 года", TypedDate(1991, 12, 28, 28)),
        ("28.12.1991", TypedDate(1991, 12, 28, 28)),
        ("28/12/1991", TypedDate(1991, 12, 28, 28)),
        ("1991-12-28", TypedDate(1991, 12, 28, 28)),
        ("December 28, 1991", TypedDate(1991, 12, 28, 28)),
        ("Dec 28 1991", TypedDate(1991, 12, 28, 28)),
        ("28-е декабря 1991 г.", TypedDate(1991, 12, 28, 28)),
        ("2nd December 2009", TypedDate(2009, 12, 2, 2)),
        ("в апреле 1994 года", TypedDate(1994, 4)),
        ("6-9 апреля 1994", TypedDate(1994, 4, 6, 9)),
        ("6–9 апреля 1994 года", TypedDate(1994, 4, 6, 9)),
        ("April 6-9, 1994", TypedDate(1994, 4, 6, 9)),
        ("январь 2005", TypedDate(2005, 1)),
        ("01.2005", TypedDate(2005, 1)),
        ("2005-01", TypedDate(2005, 1)),
        ("1997 г.", TypedDate(1997)),
        ("в 1997 году", TypedDate(1997)),
        ("1994 или 1999", "hedge"),
        ("28 декабря 1991 или 26 января 1992", "hedge"),
        ("апрель или май 1994", "hedge"),
        ("", None),
        ("не знаю", None),
        ("декабрь", None),
        ("1991-13-28", None),
    ],
    ids=_id,
)
def test_parse_date(text: str, expected: TypedDate | str | None) -> None:
    assert parse_date(text) == expected


# ---------------------------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("726 825", "ru", [(726825.0, None)]),
        ("726\u00a0825", "ru", [(726825.0, None)]),
        ("726\u202f825", "ru", [(726825.0, None)]),
        ("726825", "ru", [(726825.0, None)]),
        ("726,825", "en", [(726825.0, None)]),
        ("1,200", "en", [(1200.0, None)]),
        ("1,2 тыс.", "ru", [(1.2, 1e3)]),
        ("более 1200", "ru", [(1200.0, None)]),
        ("100 млн долларов", "ru", [(100.0, 1e6)]),
        ("100 миллионов", "ru", [(100.0, 1e6)]),
        ("100 млрд", "ru", [(100.0, 1e9)]),
        ("0,1 млрд", "ru", [(0.1, 1e9)]),
        ("$100 million", "en", [(100.0, 1e6)]),
        ("100 bn", "en", [(100.0, 1e9)]),
        ("74 или 47", "ru", [(74.0, None), (47.0, None)]),
        ("не знаю", "ru", []),
    ],
    ids=_id,
)
def test_parse_number(text: str, language: str, expected: list[tuple[float, float | None]]) -> None:
    got = parse_number(text, language)
    wanted: list[object] = [(pytest.approx(v), s) for v, s in expected]
    assert wanted == got


@pytest.mark.parametrize(
    ("word", "scale"),
    [
        ("тыс", 1e3),
        ("тыс.", 1e3),
        ("млн", 1e6),
        ("миллионов", 1e6),
        ("млрд", 1e9),
        ("billion", 1e9),
        ("долларов", None),
    ],
    ids=_id,
)
def test_scale_of(word: str, scale: float | None) -> None:
    assert scale_of(word) == scale


# ---------------------------------------------------------------------------------------------
# list splitting
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("титан, сталь и морепродукты", ["титан", "сталь", "морепродукты"]),
        ("титан; сталь; морепродукты", ["титан", "сталь", "морепродукты"]),
        ("cars, textiles and watches", ["cars", "textiles", "watches"]),
        ("Титан,Сталь", ["титан", "сталь"]),
        ("титан\nсталь", ["титан", "сталь"]),
    ],
    ids=["comma-i", "semicolons", "and", "no-space", "newline"],
)
def test_split_items(text: str, expected: list[str]) -> None:
    assert split_items(text) == expected


# ---------------------------------------------------------------------------------------------
# lists at the caps (F9): the word index never hides a pair, hostile answers stay bounded
# ---------------------------------------------------------------------------------------------

_SYLLABLES = [
    "ка",
    "ра",
    "то",
    "ми",
    "су",
    "ше",
    "на",
    "ло",
    "ви",
    "де",
    "ха",
    "ши",
    "ко",
    "ё",
    "ya",
    "shi",
    "ko",
]


def _word(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=5))
    word = "".join(parts)
    if draw(st.booleans()):  # an inflected or misspelt neighbour
        word = word + draw(st.sampled_from(["а", "у", "ов", "ами", "ев", "s", "x"]))
    return word


@st.composite
def _vocabulary_case(draw: st.DrawFn) -> tuple[list[str], str, str]:
    words = [_word(draw) for _ in range(draw(st.integers(1, 30)))]
    typed = _word(draw) if draw(st.booleans()) else draw(st.sampled_from(words))
    if draw(st.booleans()):  # a typo of a vocabulary word
        base = draw(st.sampled_from(words))
        cut = draw(st.integers(0, len(base)))
        typed = base[:cut] + draw(st.sampled_from(["", "a", "о", "и"])) + base[cut + 1 :]
    return words, typed or "x", draw(st.sampled_from(["ru", "en"]))


@settings(max_examples=400, deadline=None)
@given(_vocabulary_case())
def test_word_index_never_hides_a_pair(case: tuple[list[str], str, str]) -> None:
    """Every word compare_words pairs with the typed word is among the index's candidates, so the
    index only saves time and never changes a verdict."""
    words, typed, language = case
    vocabulary = _Vocabulary([w for w in (normalize(x) for x in words) if w], language)
    typed = normalize(typed) or "x"
    paired = {w for w in vocabulary.words if compare_words(typed, w, language) is not Strength.NONE}
    assert paired <= vocabulary.candidates(typed)


def _caps_list_card() -> ListCard:
    """The largest list the format allows: 50 items of 20 two-word aliases (F9's reproduction)."""
    rng = random.Random(1)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES[:10]) for _ in range(rng.randint(2, 4)))

    items = [[f"{word()} {word()}" for _ in range(20)] for _ in range(50)]
    return ListCard.model_validate(
        {"id": "l", "type": "list", "prompt": "Назовите пять", "need": 5, "answer": items}
    )


@pytest.mark.parametrize("answer", ["a," * 1000, "\ufdfa," * 1000, "\ufdfa" * 1000, "x " * 1000])
def test_hostile_answer_to_the_largest_list_is_wrong_and_says_so(answer: str) -> None:
    """A thousand junk pieces: one wrong verdict naming a few of them (grading stops reading
    after need + a few wrong pieces; bench/bench_grader.py measures the time)."""
    verdict = grade(_caps_list_card(), answer, "ru")
    assert not verdict.correct and verdict.score == 0.0
    assert verdict.feedback.startswith("Не из списка: «")
    assert verdict.feedback.count("«") <= 5 + 4


def test_right_items_among_the_caps_still_count() -> None:
    """The index changes no verdict: five right items (one misspelt) pass, in any order."""
    card = _caps_list_card()
    named = [card.items[i][3] for i in (7, 1, 42, 30)] + [card.items[12][0][:-1] + "у"]
    verdict = grade(card, ", ".join(named), "ru")
    assert verdict.correct


def test_answer_cap_counts_nfkc_characters() -> None:
    """U+FDFA is 18 characters after NFKC: the 2,000-character cap applies to what is graded."""
    assert len(_cap("\ufdfa" * 1000)) == MAX_ANSWER // 18
    assert _cap("я" * 5000) == "я" * MAX_ANSWER
    assert _cap("Хашимото") == "Хашимото"
