"""A spelling-independent key for names written in Cyrillic or Latin.

Japanese names reach Russian students in two systems: Polivanov (Хасимото, Обути, Коидзуми,
Кисё) and Hepburn, directly or through Russian (Хашимото, Обучи, Коизуми, Kisho); Kazakh names
come with English spellings (Nazarbayev, Tokayev), Kazakh letters (Қыран) and the Kazakh Latin
alphabet of 2021 (Qyran; its ǵ, ń, ú lose their accents like any diacritic). Both sides of a
comparison are reduced to the same Latin skeleton, in which the systems' differences disappear:
sh/s before i, ch/t, dz/z/j, y/i, w/v, kh/h, q/k, long vowels.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["phonetic_key"]

_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ё": "yo",
    # Kazakh letters: «Алтын Қыран» is "Altyn Kyran" and, in the Latin alphabet of 2021, "Altyn Qyran"
    "қ": "k", "ғ": "g", "ң": "n", "ү": "u", "ұ": "u", "ө": "o", "ә": "a", "і": "i", "һ": "h",
    "ı": "i", "q": "k",
}  # fmt: skip

_VOWELS = "aeiou"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"kh", "h"),
        (r"x", "ks"),
        (r"w", "v"),
        (r"dzh|dz|j", "z"),
        (r"zh", "z"),
        (r"tsu", "tu"),
        (r"ts", "t"),
        (r"sh(?=[aou])", "si"),
        (r"ch(?=[aou])", "ti"),
        (r"sh", "s"),
        (r"ch", "t"),
        (r"c", "k"),
        (r"^ie|^ye|^yo", "io"),
        # Japanese sho/cho/jo/ryo reach Russian as сё/тё/дзё/рё, and ё is typed as е.
        (r"(?<=[stzr])e", "io"),
        (r"(?<=[aeiou])y(?=[aeiou])", ""),
        (r"y", "i"),
        (r"z$", "s"),  # КазМунайГаз / KazMunayGas
        (r"ou", "o"),
        (r"uu", "u"),
    )
)


@lru_cache(maxsize=65536)
def phonetic_key(word: str) -> str:
    """The Latin skeleton of a word: equal keys mean "the same name, spelled another way".

    "Хашимото", "Хасимото" and "Hashimoto" share a key; so do "Обучи", "Обути" and "Obuchi".
    """
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # Cyrillic е/ё/ю/я are iotated at the start of a word and after a vowel: "Есихидэ" = "Yeshihide".
    out: list[str] = []
    previous = ""
    for ch in text:
        if ch == "е" and not previous:
            out.append("ie")
        else:
            out.append(_CYR_TO_LAT.get(ch, ch))
        previous = ch
    key = "".join(out)
    for pattern, replacement in _RULES:
        key = pattern.sub(replacement, key)
    return key
