"""Labelled answers: what a careful teacher would say, card by card.

Each case is ``(deck, card_id, answer, expected_correct, family)``. ``deck`` is "ru" or "en"
(``tests/data/grading-deck.{ru,en}.toml``, same card ids). The label is the teacher's verdict
under the course's grading spec, never what the grader happens to do today. Families group the
cases by the rule they test; the ``TRAP_FAMILIES`` are the ones built around near misses, on
which a false accept is never tolerated.
"""

from __future__ import annotations

from .casebook import Case, collector

CASES: list[Case] = []


_add = collector(CASES)


T, F = True, False

TRAP_FAMILIES = frozenset(
    {
        "digit_off_by_one",
        "swapped_digits",
        "right_year_wrong_day",
        "less_precise_date",
        "mln_vs_bln",
        "subset_answer",
        "hedge",
        "related_concept",
        "same_shape_surname",
        "hepburn_polivanov",
        "mixed_layout",
        "inflected_list_items",
        "duplicate_list_items",
        "empty_dont_know",
        "short_word_typo",
        "wrong_choice",
    }
)
"""Families built around near misses: zero false accepts allowed on their wrong cases."""

# ---------------------------------------------------------------------------------------------
# Traps: digit off by one (dates, numbers, digits inside text)
# ---------------------------------------------------------------------------------------------
_add(
    "digit_off_by_one",
    "ru",
    "japan-recognized-kz",
    F,
    "27 декабря 1991",
    "29 декабря 1991",
    "28 декабря 1992",
)
_add("digit_off_by_one", "ru", "japan-recognized-kz", F, "28.12.1990", "28.11.1991")
_add(
    "digit_off_by_one", "ru", "diplomatic-relations", F, "25 января 1992", "27 января 1992", "26 января 1991"
)
_add("digit_off_by_one", "ru", "embassy-moved", F, "январь 2006", "январь 2004")
_add("digit_off_by_one", "ru", "first-visit", F, "апрель 1995", "май 1994", "март 1994")
_add("digit_off_by_one", "ru", "eurasian-diplomacy-year", F, "1998", "1996", "в 1998 году")
_add("digit_off_by_one", "ru", "parliament-speech", F, "9 ноября 2016", "7 ноября 2016", "8 ноября 2015")
_add("digit_off_by_one", "ru", "polygon-closed", F, "28 августа 1991", "30 августа 1991", "29 августа 1992")
_add("digit_off_by_one", "ru", "resolution-adopted", F, "3 декабря 2009", "1 декабря 2009")
_add("digit_off_by_one", "ru", "master-plan-completed", F, "2002", "2000")
_add("digit_off_by_one", "ru", "japanese-branches", F, "73", "75", "74,5")
_add("digit_off_by_one", "ru", "expo-pavilion-visitors", F, "726 826", "726 824", "726826")
_add("digit_off_by_one", "ru", "munkuduk-investment", F, "101 млн долларов", "99 млн")
_add("digit_off_by_one", "ru", "children-hospitals-grant", F, "996 млн йен", "994")
_add("digit_off_by_one", "ru", "jica-alumni", F, "1201", "более 1300")
_add("digit_off_by_one", "ru", "un-resolution", F, "64/36", "65/35", "64/34")
_add("digit_off_by_one", "ru", "nuclear-test-day", F, "28 августа", "30 августа")
_add("digit_off_by_one", "en", "japan-recognized-kz", F, "December 27, 1991", "December 28, 1992")
_add("digit_off_by_one", "en", "diplomatic-relations", F, "January 25, 1992")
_add("digit_off_by_one", "en", "japanese-branches", F, "73", "75")
_add("digit_off_by_one", "en", "expo-pavilion-visitors", F, "726,826")
_add("digit_off_by_one", "en", "un-resolution", F, "64/36")
_add("digit_off_by_one", "en", "nuclear-test-day", F, "28 August", "August 30")

# ---------------------------------------------------------------------------------------------
# Traps: swapped digits
# ---------------------------------------------------------------------------------------------
_add("swapped_digits", "ru", "japanese-branches", F, "47", "47 филиалов")
_add("swapped_digits", "ru", "un-resolution", F, "64/53", "46/35", "резолюция 64/53")
_add("swapped_digits", "ru", "eurasian-diplomacy-year", F, "1979", "1799")
_add("swapped_digits", "ru", "japan-recognized-kz", F, "28 декабря 1919", "82.12.1991")
_add("swapped_digits", "ru", "expo-pavilion-visitors", F, "762 825", "726 852", "726 582")
_add("swapped_digits", "ru", "children-hospitals-grant", F, "959 млн йен", "599")
_add("swapped_digits", "ru", "jica-alumni", F, "2100", "более 1020")
_add("swapped_digits", "ru", "master-plan-completed", F, "2010", "в 2010 году")
_add("swapped_digits", "ru", "first-visit", F, "апрель 1949")
_add("swapped_digits", "ru", "mou-marubeni", F, "16 мая 1989", "61 мая 1998")
_add("swapped_digits", "ru", "nuclear-test-day", F, "92 августа")
_add("swapped_digits", "en", "japanese-branches", F, "47")
_add("swapped_digits", "en", "un-resolution", F, "64/53", "46/35")
_add("swapped_digits", "en", "expo-pavilion-visitors", F, "762,825", "726,852")
_add("swapped_digits", "en", "eurasian-diplomacy-year", F, "1979")

# ---------------------------------------------------------------------------------------------
# Traps: right year, wrong day (or month) on a card asked to the day / month
# ---------------------------------------------------------------------------------------------
_add(
    "right_year_wrong_day",
    "ru",
    "japan-recognized-kz",
    F,
    "26 декабря 1991",
    "12 декабря 1991",
    "28 января 1991",
)
_add(
    "right_year_wrong_day", "ru", "diplomatic-relations", F, "26 февраля 1992", "6 января 1992", "16.01.1992"
)
_add("right_year_wrong_day", "ru", "parliament-speech", F, "8 октября 2016", "18 ноября 2016", "11.08.2016")
_add("right_year_wrong_day", "ru", "mou-marubeni", F, "16 марта 1998", "6 мая 1998")
_add("right_year_wrong_day", "ru", "polygon-closed", F, "29 июля 1991", "21 августа 1991")
_add("right_year_wrong_day", "ru", "resolution-adopted", F, "12 декабря 2009", "2 ноября 2009")
_add("right_year_wrong_day", "ru", "embassy-moved", F, "июнь 2005", "февраль 2005")
_add("right_year_wrong_day", "ru", "kz-embassy-tokyo", F, "март 1997", "январь 1997")
_add("right_year_wrong_day", "ru", "jica-association-founded", F, "апрель 2010")
_add("right_year_wrong_day", "ru", "first-visit", F, "6-9 мая 1994")
_add("right_year_wrong_day", "en", "japan-recognized-kz", F, "December 26, 1991", "28 November 1991")
_add("right_year_wrong_day", "en", "parliament-speech", F, "November 9, 2016")
_add("right_year_wrong_day", "en", "mou-marubeni", F, "16 March 1998")
_add("right_year_wrong_day", "en", "resolution-adopted", F, "December 12, 2009")

# ---------------------------------------------------------------------------------------------
# Traps: less precise than asked (and a range that only contains the day)
# ---------------------------------------------------------------------------------------------
_add("less_precise_date", "ru", "japan-recognized-kz", F, "1991", "декабрь 1991", "в декабре 1991 года")
_add("less_precise_date", "ru", "japan-recognized-kz", F, "27-29 декабря 1991")
_add("less_precise_date", "ru", "diplomatic-relations", F, "1992", "январь 1992")
_add("less_precise_date", "ru", "embassy-almaty-opened", F, "1993", "в 1993 году")
_add("less_precise_date", "ru", "embassy-moved", F, "2005", "в 2005 г.")
_add("less_precise_date", "ru", "first-visit", F, "1994")
_add("less_precise_date", "ru", "second-visit", F, "1999")
_add("less_precise_date", "ru", "parliament-speech", F, "ноябрь 2016", "2016")
_add("less_precise_date", "ru", "mou-marubeni", F, "май 1998", "1998")
_add("less_precise_date", "ru", "polygon-closed", F, "август 1991", "1991")
_add("less_precise_date", "ru", "resolution-adopted", F, "декабрь 2009", "2009")
_add("less_precise_date", "ru", "jica-association-founded", F, "2010")
_add("less_precise_date", "ru", "kz-embassy-tokyo", F, "1997")
_add("less_precise_date", "ru", "nuclear-test-day", F, "август", "29")
_add("less_precise_date", "en", "japan-recognized-kz", F, "1991", "December 1991")
_add("less_precise_date", "en", "embassy-moved", F, "2005")
_add("less_precise_date", "en", "first-visit", F, "1994")
_add("less_precise_date", "en", "parliament-speech", F, "November 2016")
_add("less_precise_date", "en", "nuclear-test-day", F, "August")

# ---------------------------------------------------------------------------------------------
# Traps: million vs billion (and thousand); equal amounts in another scale are right
# ---------------------------------------------------------------------------------------------
_add("mln_vs_bln", "ru", "munkuduk-investment", F, "100 млрд", "100 млрд долларов", "100 миллиардов долларов")
_add("mln_vs_bln", "ru", "munkuduk-investment", F, "100 тыс. долларов", "1 млрд", "100 000")
_add(
    "mln_vs_bln", "ru", "munkuduk-investment", T, "100 млн", "100 миллионов долларов США", "0,1 млрд долларов"
)
_add("mln_vs_bln", "ru", "munkuduk-investment", T, "100 000 000 долларов")
_add("mln_vs_bln", "ru", "children-hospitals-grant", F, "995 млрд йен", "995 тыс. йен")
_add("mln_vs_bln", "ru", "children-hospitals-grant", T, "995 млн йен", "995 миллионов иен")
_add("mln_vs_bln", "ru", "jica-alumni", F, "1,2 млн", "1,2 млрд")
_add("mln_vs_bln", "ru", "jica-alumni", T, "1,2 тыс.")
_add("mln_vs_bln", "en", "munkuduk-investment", F, "100 billion", "100 bn", "100 thousand", "$100 billion")
_add("mln_vs_bln", "en", "munkuduk-investment", T, "100 million", "$100 million", "0.1 billion", "100 mln")
_add("mln_vs_bln", "en", "children-hospitals-grant", F, "995 billion yen")
_add("mln_vs_bln", "en", "children-hospitals-grant", T, "995 million yen")

# ---------------------------------------------------------------------------------------------
# Traps: part of a multi-word concept, part of a list
# ---------------------------------------------------------------------------------------------
_add("subset_answer", "ru", "eurasian-diplomacy", F, "дипломатия", "Евразийская")
_add("subset_answer", "ru", "silk-road-diplomacy", F, "дипломатия", "Шелкового пути", "Шелковый путь")
_add("subset_answer", "ru", "oil-for-technology", F, "нефть", "технологии")
_add("subset_answer", "ru", "akihito-award", F, "Алтын", "Кыран")
_add("subset_answer", "ru", "un-resolution", F, "64", "35")
_add("subset_answer", "ru", "expo-slogan", F, "Smart Mix", "Technology")
_add("subset_answer", "ru", "league-chairman", F, "Такео")
_add("subset_answer", "ru", "expo-ambassador", F, "Итиро")
_add("subset_answer", "ru", "astana-master-plan", F, "Кисё")
_add("subset_answer", "ru", "kz-exports", F, "титан, сталь, морепродукты", "титан")
_add("subset_answer", "ru", "jp-imports", F, "автомобили, текстиль", "часы")
_add("subset_answer", "ru", "strategies", F, "Нурлы жол", "Абэномика", "жол и Абэномика")
_add("subset_answer", "en", "eurasian-diplomacy", F, "Diplomacy", "Eurasian")
_add("subset_answer", "en", "silk-road-diplomacy", F, "Silk Road", "diplomacy")
_add("subset_answer", "en", "oil-for-technology", F, "oil")
_add("subset_answer", "en", "un-resolution", F, "64")
_add("subset_answer", "en", "expo-slogan", F, "Smart Mix")
_add("subset_answer", "en", "kz-exports", F, "titanium, steel, seafood")
_add("subset_answer", "en", "jp-imports", F, "cars, textiles")
_add("subset_answer", "en", "strategies", F, "Abenomics")

# ---------------------------------------------------------------------------------------------
# Traps: hedges (two answers, every candidate)
# ---------------------------------------------------------------------------------------------
_add(
    "hedge",
    "ru",
    "silk-road-author",
    F,
    "Хашимото и Обучи",
    "Хашимото или Обучи",
    "Хашимото, Обучи, Коидзуми",
)
_add("hedge", "ru", "silk-road-author", F, "Хашимото или Хосокава", "Хашимото/Обути")
_add("hedge", "ru", "league-chairman", F, "Кавамура или Кавабата", "Кавамура или Накамура")
_add("hedge", "ru", "eurasian-diplomacy", F, "Евразийская дипломатия или Дипломатия Шелкового пути")
_add("hedge", "ru", "astana-master-plan", F, "Кисё Курокава или Кэндзо Танге", "Курокава или Танге")
_add("hedge", "ru", "metabolism", F, "метаболизм или модернизм")
_add("hedge", "ru", "president-nazarbayev", F, "Назарбаев или Токаев")
_add("hedge", "ru", "first-visit", F, "1994 или 1999", "апрель 1994 или декабрь 1999", "апрель или май 1994")
_add("hedge", "ru", "eurasian-diplomacy-year", F, "1997 или 1998", "1997-1998", "1994 или 1997")
_add("hedge", "ru", "japan-recognized-kz", F, "28 декабря 1991 или 26 января 1992", "26 или 28 декабря 1991")
_add("hedge", "ru", "japanese-branches", F, "74 или 47", "74-75", "70 или 74")
_add("hedge", "ru", "expo-pavilion-visitors", F, "726 825 или 762 825")
_add("hedge", "ru", "un-resolution", F, "64/35 или 64/53")
_add("hedge", "ru", "nuclear-test-day", F, "29 или 30 августа")
_add("hedge", "ru", "silk-road-adopted-by", F, "2 или 1", "К. Обучи или Р. Хашимото", "1, 2, 3, 4")
_add("hedge", "ru", "jogmec-partner", F, "КазМунайГаз или Казатомпром")
_add(
    "hedge",
    "en",
    "silk-road-author",
    F,
    "Hashimoto or Obuchi",
    "Hashimoto and Obuchi",
    "Hashimoto, Obuchi, Koizumi",
)
_add("hedge", "en", "league-chairman", F, "Kawamura or Kawabata")
_add("hedge", "en", "first-visit", F, "1994 or 1999", "April 1994 or December 1999")
_add("hedge", "en", "japanese-branches", F, "74 or 47")
_add("hedge", "en", "silk-road-adopted-by", F, "2 or 3")
_add("hedge", "en", "eurasian-diplomacy", F, "Eurasian Diplomacy or Silk Road Diplomacy")
# Hedges without a separator word
_add("hedge", "ru", "silk-road-author", F, "Хашимото Обучи")
_add("hedge", "ru", "league-chairman", F, "Кавамура Кавабата")
_add("hedge", "ru", "president-nazarbayev", F, "Назарбаев Токаев")
_add("hedge", "ru", "book-of-memory", F, "Хосокава Хашимото")
_add("hedge", "ru", "eurasian-diplomacy", F, "Евразийская дипломатия Шелкового пути")
_add("hedge", "ru", "japanese-branches", F, "74 47")
_add("hedge", "ru", "un-resolution", F, "64/35 64/53")
_add("hedge", "ru", "eurasian-diplomacy-year", F, "1997 1998")
_add("hedge", "ru", "munkuduk-investment", F, "100 млн или 100 млрд")
_add("hedge", "ru", "silk-road-adopted-by", F, "2 3")
_add("hedge", "ru", "kz-exports", F, "титан, сталь, морепродукты, ферросплавы или уран")
_add("hedge", "en", "silk-road-author", F, "Hashimoto Obuchi")

# ---------------------------------------------------------------------------------------------
# Traps: a related concept, a neighbouring fact, an added content word
# ---------------------------------------------------------------------------------------------
_add("related_concept", "ru", "eurasian-diplomacy", F, "Дипломатия Шелкового пути", "Азиатская дипломатия")
_add(
    "related_concept",
    "ru",
    "silk-road-diplomacy",
    F,
    "Евразийская дипломатия",
    "План действий Шелкового пути",
)
_add(
    "related_concept",
    "ru",
    "silk-road-diplomacy",
    F,
    "Дипломатия Великого Шелкового пути",
    "Экономика Шелкового пути",
)
_add(
    "related_concept",
    "ru",
    "oil-for-technology",
    F,
    "технологии в обмен на нефть",
    "нефть в обмен на инвестиции",
)
_add("related_concept", "ru", "oil-for-technology", F, "уран в обмен на технологии")
_add("related_concept", "ru", "akihito-award", F, "орден Хризантемы", "Алтын Адам")
_add("related_concept", "ru", "astana-master-plan", F, "Микио Курокава", "Кэндзо Танге", "Курокава Микио")
_add("related_concept", "ru", "metabolism-leader", F, "Кисё Курокава", "Фумихико Маки", "Маки")
_add("related_concept", "ru", "abe-statement", F, "Акиэ Абэ")
_add("related_concept", "ru", "metabolism", F, "модернизм", "брутализм")
_add("related_concept", "ru", "expo-slogan", F, "3E+S", "Smart Energy Mix")
_add("related_concept", "ru", "embassy-moved", F, "январь 1993")
_add("related_concept", "ru", "first-visit", F, "декабрь 1999", "5-8 декабря 1999")
_add("related_concept", "ru", "polygon-closed", F, "29 августа 1999", "29 августа 2009")
_add("related_concept", "ru", "diplomatic-relations", F, "28 декабря 1991")
_add("related_concept", "ru", "children-hospitals-grant", F, "454 млн йен", "467")
_add("related_concept", "ru", "jica-alumni", F, "200", "более 200")
_add("related_concept", "ru", "expo-pavilion-visitors", F, "4 млн", "около 4 миллионов")
_add("related_concept", "ru", "jp-imports", F, "титан, сталь, ферросплавы", "автомобили, текстиль, нефть")
_add(
    "related_concept",
    "ru",
    "kz-exports",
    F,
    "титан, сталь, морепродукты, автомобили",
    "уран, титан, сталь, морепродукты",
)
_add("related_concept", "ru", "kz-exports", F, "титан, сталь, морепродукты, ферросплавы, часы")
_add(
    "related_concept",
    "ru",
    "strategies",
    F,
    "Нурлы жол и Стратегия 2050",
    "Нурлы жол, Абэномика, Стратегия 2050",
)
_add("related_concept", "ru", "journal-father", F, "Кисё Курокава")
_add("related_concept", "en", "eurasian-diplomacy", F, "Silk Road Diplomacy")
_add("related_concept", "en", "silk-road-diplomacy", F, "Eurasian Diplomacy", "Silk Road Action Plan")
_add(
    "related_concept",
    "en",
    "oil-for-technology",
    F,
    "technology in exchange for oil",
    "gas in exchange for technology",
)
_add("related_concept", "en", "akihito-award", F, "Order of the Chrysanthemum")
_add("related_concept", "en", "astana-master-plan", F, "Mikio Kurokawa", "Kenzo Tange")
_add("related_concept", "en", "metabolism-leader", F, "Fumihiko Maki", "Kisho Kurokawa")
_add("related_concept", "en", "abe-statement", F, "Akie Abe")
_add("related_concept", "en", "jp-imports", F, "titanium, steel, seafood")
_add("related_concept", "en", "kz-exports", F, "titanium, steel, seafood, cars")

# ---------------------------------------------------------------------------------------------
# Traps: same-shape surnames and other people
# ---------------------------------------------------------------------------------------------
_add(
    "same_shape_surname",
    "ru",
    "league-chairman",
    F,
    "Кавабата",
    "Накамура",
    "Итиро Кавабата",
    "Такео Накамура",
)
_add("same_shape_surname", "ru", "league-chairman", F, "Кавасаки", "Кавамото", "Kawabata")
_add("same_shape_surname", "ru", "expo-ambassador", F, "Кавамура", "Такео Кавамура", "Кавасима")
_add("same_shape_surname", "ru", "president-nazarbayev", F, "Назаров", "Токаев", "Назарова")
_add("same_shape_surname", "ru", "astana-master-plan", F, "Хосокава", "Кисё Хосокава")
_add("same_shape_surname", "ru", "book-of-memory", F, "Курокава", "Хашимото", "Хасегава")
_add("same_shape_surname", "ru", "silk-road-author", F, "Обути", "Обучи", "Коидзуми", "Хосокава")
_add("same_shape_surname", "ru", "ambassador-kamaldinov", F, "Камалов", "Нацуи")
_add("same_shape_surname", "ru", "ambassador-natsui", F, "Камалдинов", "Кавабата")
_add("same_shape_surname", "ru", "metabolism-leader", F, "Танака")
_add("same_shape_surname", "en", "league-chairman", F, "Kawabata", "Nakamura", "Ichiro Kawabata")
_add("same_shape_surname", "en", "expo-ambassador", F, "Kawamura", "Nakamura")
_add("same_shape_surname", "en", "president-nazarbayev", F, "Nazarov", "Tokayev")
_add("same_shape_surname", "en", "astana-master-plan", F, "Hosokawa")
_add("same_shape_surname", "en", "book-of-memory", F, "Kurokawa")
_add("same_shape_surname", "en", "metabolism-leader", F, "Kenzo Tanaka")

# ---------------------------------------------------------------------------------------------
# Short words get no typos: "Або" is not "Абэ"
# ---------------------------------------------------------------------------------------------
_add("short_word_typo", "ru", "abe-statement", F, "Або", "Аба", "Абу")
_add("short_word_typo", "en", "abe-statement", F, "Abo", "Aba")

# ---------------------------------------------------------------------------------------------
# Hepburn vs Polivanov (and Kunrei) spellings: the same person is right, another person wrong
# ---------------------------------------------------------------------------------------------
_add("hepburn_polivanov", "ru", "silk-road-author", T, "Хасимото", "Хашимото", "Hashimoto", "Hasimoto")
_add("hepburn_polivanov", "ru", "silk-road-author", T, "Рютаро Хашимото", "Рютаро Хасимото")
_add("hepburn_polivanov", "ru", "silk-road-author", F, "Коизуми", "Obuchi", "Obuti")
_add("hepburn_polivanov", "ru", "silk-road-adopted-by", T, "Обути", "Обучи", "Obuchi", "Obuti", "К. Обути")
_add("hepburn_polivanov", "ru", "silk-road-adopted-by", F, "Хасимото", "Коизуми")
_add("hepburn_polivanov", "ru", "astana-master-plan", T, "Кисё Курокава", "Кишо Курокава", "Kisho Kurokawa")
_add("hepburn_polivanov", "ru", "astana-master-plan", T, "Kisyo Kurokawa", "Кисе Курокава")
_add(
    "hepburn_polivanov",
    "ru",
    "metabolism-leader",
    T,
    "Кэндзо Танге",
    "Кензо Танге",
    "Кэнзо Танге",
    "Kenzo Tange",
)
_add("hepburn_polivanov", "ru", "abe-statement", T, "Синдзо Абэ", "Синзо Абэ", "Шинзо Абэ", "Shinzo Abe")
_add("hepburn_polivanov", "ru", "abe-statement", T, "Shinzō Abe")
_add("hepburn_polivanov", "ru", "expo-ambassador", T, "Ичиро Кавабата", "Itiro Kawabata", "Ichiro Kawabata")
_add("hepburn_polivanov", "ru", "journal-father", T, "Араки Митсуя", "Mitsuya Araki", "Митсуя Араки")
_add("hepburn_polivanov", "ru", "league-chairman", T, "Takeo Kawamura")
_add("hepburn_polivanov", "en", "silk-road-author", T, "Hasimoto", "Hashimoto", "Хасимото", "Хашимото")
_add("hepburn_polivanov", "en", "silk-road-author", F, "Obuti", "Koidzumi")
_add("hepburn_polivanov", "en", "silk-road-adopted-by", T, "Obuti", "Obuchi")
_add("hepburn_polivanov", "en", "astana-master-plan", T, "Kisyo Kurokawa", "Kishō Kurokawa")
_add("hepburn_polivanov", "en", "expo-ambassador", T, "Itiro Kawabata")
_add("hepburn_polivanov", "en", "journal-father", T, "Mituya Araki")
_add("hepburn_polivanov", "en", "metabolism-leader", T, "Kenzō Tange")

# ---------------------------------------------------------------------------------------------
# Typed with the Latin keyboard layout on (Russian deck)
# ---------------------------------------------------------------------------------------------
_add("mixed_layout", "ru", "silk-road-author", T, "[fibvjnj", "[fcbvjnj")
_add("mixed_layout", "ru", "league-chairman", T, "rfdfvehf", "Rfdfvehf")
_add("mixed_layout", "ru", "league-chairman", F, "Yfrfvehf", "Rfdf,fnf")
_add("mixed_layout", "ru", "president-nazarbayev", T, "Yfpfh,ftd")
_add("mixed_layout", "ru", "president-nazarbayev", F, "Yfpfhjd")
_add("mixed_layout", "ru", "metabolism", T, "vtnf,jkbpv")
_add("mixed_layout", "ru", "metabolism-leader", T, "Nfyut")
_add("mixed_layout", "ru", "astana-master-plan", T, "Rehjrfdf")
_add("mixed_layout", "ru", "astana-master-plan", F, "Vbrbj Rehjrfdf")
_add("mixed_layout", "ru", "silk-road-author", F, "J,exb")
_add("mixed_layout", "ru", "akihito-award", T, "Fknsy Rshfy")
_add("mixed_layout", "ru", "eurasian-diplomacy", T, "Tdhfpbqcrfz lbgkjvfnbz")
_add("mixed_layout", "ru", "eurasian-diplomacy", F, "Lbgkjvfnbz Itkrjdjuj genb")

# ---------------------------------------------------------------------------------------------
# Inflected list items
# ---------------------------------------------------------------------------------------------
_add("inflected_list_items", "ru", "kz-exports", T, "титана, стали, ферросплавов и морепродуктов")
_add(
    "inflected_list_items",
    "ru",
    "kz-exports",
    T,
    "сырьевых ресурсов, минерального топлива, ферросплавов, титана",
)
_add("inflected_list_items", "ru", "kz-exports", T, "редкоземельных металлов, титана, стали и морепродуктов")
_add("inflected_list_items", "ru", "kz-exports", F, "титана, стали, ферросплавов и автомобилей")
_add("inflected_list_items", "ru", "jp-imports", T, "автомобили, бытовую технику, текстиль")
_add(
    "inflected_list_items",
    "ru",
    "jp-imports",
    T,
    "автомобилей, часов и текстиля",
    "бытовой техники, приборов, часов",
)
_add("inflected_list_items", "ru", "jp-imports", T, "химическую продукцию, текстиль и часы")
_add("inflected_list_items", "ru", "jp-imports", F, "автомобилей, часов и нефти")
_add("inflected_list_items", "ru", "strategies", T, "Нурлы жола и Абэномики")
_add(
    "inflected_list_items",
    "en",
    "jp-imports",
    T,
    "car, textile, watch",
    "household appliance, chemical product, instrument",
)
_add("inflected_list_items", "en", "kz-exports", T, "titanium, steels, ferroalloy, seafoods")

# ---------------------------------------------------------------------------------------------
# Duplicate list items: counted once
# ---------------------------------------------------------------------------------------------
_add(
    "duplicate_list_items",
    "ru",
    "kz-exports",
    F,
    "титан, титан, сталь, морепродукты",
    "сталь, стали, титан, морепродукты",
)
_add(
    "duplicate_list_items",
    "ru",
    "kz-exports",
    F,
    "ферросплавы, ферросплав, титан, сталь",
    "титан, Титан, ТИТАН, титан",
)
_add("duplicate_list_items", "ru", "kz-exports", T, "титан, сталь, сталь, морепродукты, ферросплавы")
_add("duplicate_list_items", "ru", "kz-exports", T, "титан, сталь, морепродукты, ферросплавы и титан")
_add("duplicate_list_items", "ru", "jp-imports", F, "автомобили, автомобили, текстиль", "часы, часы, часы")
_add("duplicate_list_items", "ru", "jp-imports", T, "автомобили, текстиль, часы, часы")
_add("duplicate_list_items", "ru", "strategies", F, "Нурлы жол, Нұрлы жол", "Абэномика и Абеномика")
_add("duplicate_list_items", "en", "kz-exports", F, "titanium, titanium, steel, seafood")
_add("duplicate_list_items", "en", "kz-exports", T, "titanium, steel, steel, seafood, ferroalloys")
_add("duplicate_list_items", "en", "jp-imports", F, "cars, automobiles, watches")
_add("duplicate_list_items", "en", "jp-imports", T, "cars, textiles, watches, watches")
_add("duplicate_list_items", "en", "strategies", F, "Abenomics and Abenomics")

# ---------------------------------------------------------------------------------------------
# Empty answers and "don't know"
# ---------------------------------------------------------------------------------------------
_add("empty_dont_know", "ru", "silk-road-author", F, "", "   ", "не знаю", "Не знаю.", "?")
_add("empty_dont_know", "ru", "japan-recognized-kz", F, "", "не знаю", "незнаю")
_add("empty_dont_know", "ru", "japanese-branches", F, "", "не знаю", "-")
_add("empty_dont_know", "ru", "kz-exports", F, "", "не знаю")
_add("empty_dont_know", "ru", "silk-road-adopted-by", F, "", "не знаю", " ")
_add("empty_dont_know", "ru", "eurasian-diplomacy", F, "не помню", "\t")
_add("empty_dont_know", "en", "silk-road-author", F, "", "I don't know", "idk")
_add("empty_dont_know", "en", "japan-recognized-kz", F, "", "don't know")
_add("empty_dont_know", "en", "jp-imports", F, "", "no idea")
_add("empty_dont_know", "en", "co-author-country", F, "", "I don't know")

# ---------------------------------------------------------------------------------------------
# Choice cards: a wrong pick
# ---------------------------------------------------------------------------------------------
_add("wrong_choice", "ru", "silk-road-adopted-by", F, "1", "3", "4", "5", "0", "Р. Хашимото", "Д. Коидзуми")
_add("wrong_choice", "ru", "jogmec-partner", F, "2", "Казатомпром")
_add("wrong_choice", "ru", "co-author-country", F, "США", "1", "4")
_add("wrong_choice", "ru", "expo-scheme", F, "3R", "2", "3E", "ESG")
_add("wrong_choice", "en", "silk-road-adopted-by", F, "1", "Hashimoto", "4")
_add("wrong_choice", "en", "jogmec-partner", F, "Kazatomprom", "2")
_add("wrong_choice", "en", "co-author-country", F, "USA", "3")
_add("wrong_choice", "en", "expo-scheme", F, "3R")

# ---------------------------------------------------------------------------------------------
# Plainly correct variants (false rejects are measured here)
# ---------------------------------------------------------------------------------------------
_add("typo", "ru", "silk-road-author", T, "Хашимотто", "Хасимота")
_add("typo", "ru", "league-chairman", T, "Кавамурра", "Кавамуда")
_add("typo", "ru", "eurasian-diplomacy", T, "Евразиская дипломатия", "Евразийская дипламатия")
_add("typo", "ru", "silk-road-diplomacy", T, "Дипломатия Шелковово пути")
_add("typo", "ru", "astana-master-plan", T, "Курокова", "Кисё Куракава")
_add("typo", "ru", "president-nazarbayev", T, "Назарбаеф", "Назарбайев")
_add("typo", "ru", "ambassador-kamaldinov", T, "Камалдинав")
_add("typo", "ru", "metabolism", T, "метоболизм", "митаболизм")
_add("typo", "ru", "book-of-memory", T, "Хосакава")
_add("typo", "en", "silk-road-author", T, "Hashimotto", "Hashimoyo")
_add("typo", "en", "league-chairman", T, "Kawamure")
_add("typo", "en", "eurasian-diplomacy", T, "Eurasion Diplomacy", "Eurasian Diplomasy")
_add("typo", "en", "president-nazarbayev", T, "Nazarbajev")
_add("typo", "en", "kz-exports", T, "titanium, steel, seafod, ferroaloys")

_add("case_yo", "ru", "silk-road-author", T, "ХАШИМОТО", "хашимото")
_add("case_yo", "ru", "silk-road-diplomacy", T, "дипломатия шёлкового пути", "ДИПЛОМАТИЯ ШЁЛКОВОГО ПУТИ")
_add("case_yo", "ru", "eurasian-diplomacy", T, "евразийская ДИПЛОМАТИЯ")
_add("case_yo", "ru", "astana-master-plan", T, "кисё курокава", "КИСЕ КУРОКАВА")
_add("case_yo", "ru", "metabolism-leader", T, "кэндзо танге")
_add("case_yo", "ru", "silk-road-adopted-by", T, "к. обучи", "К. ОБУЧИ")
_add("case_yo", "en", "league-chairman", T, "KAWAMURA", "takeo kawamura")
_add("case_yo", "en", "expo-slogan", T, "smart mix with technology", "SMART MIX WITH TECHNOLOGY")

_add(
    "punctuation_quotes", "ru", "eurasian-diplomacy", T, "«Евразийская дипломатия»", "Евразийская дипломатия."
)
_add(
    "punctuation_quotes",
    "ru",
    "silk-road-diplomacy",
    T,
    '"Дипломатия Шелкового пути"',
    "„Дипломатия Шелкового пути“",
)
_add("punctuation_quotes", "ru", "oil-for-technology", T, "«Нефть в обмен на технологии»!")
_add("punctuation_quotes", "ru", "silk-road-author", T, "Хашимото!", "  Хашимото  ", "Р.Хашимото")
_add("punctuation_quotes", "ru", "akihito-award", T, "«Алтын Қыран»", "орден «Алтын Қыран»")
_add("punctuation_quotes", "ru", "expo-slogan", T, "«Smart Mix with Technology»")
_add("punctuation_quotes", "en", "eurasian-diplomacy", T, "“Eurasian Diplomacy”", '"Eurasian Diplomacy".')
_add("punctuation_quotes", "en", "silk-road-author", T, "Hashimoto.", "R.Hashimoto")

_add("homoglyph", "ru", "silk-road-author", T, "Хашимотo", "Xашимото")
_add("homoglyph", "ru", "league-chairman", T, "Кавамурa", "KAВАМУРА")
_add("homoglyph", "ru", "eurasian-diplomacy", T, "Eвразийская дипломатия")
_add("homoglyph", "ru", "president-nazarbayev", T, "Нaзарбаев")
_add("homoglyph", "ru", "expo-scheme", T, "3Е+S")
_add("homoglyph", "en", "league-chairman", T, "Kаwamura")
_add("homoglyph", "en", "silk-road-author", T, "Наshimoto")

_add("word_order", "ru", "eurasian-diplomacy", T, "Дипломатия евразийская")
_add("word_order", "ru", "silk-road-diplomacy", T, "Шелкового пути дипломатия")
_add("word_order", "ru", "silk-road-author", T, "Хасимото Рютаро")
_add("word_order", "ru", "astana-master-plan", T, "Курокава Кисё")
_add("word_order", "ru", "league-chairman", T, "Кавамура Такео")
_add("word_order", "ru", "journal-father", T, "Мицуя Араки")
_add("word_order", "en", "silk-road-author", T, "Hashimoto Ryutaro")
_add("word_order", "en", "astana-master-plan", T, "Kurokawa Kisho")
_add("word_order", "en", "abe-statement", T, "Abe Shinzo")
_add("word_order", "en", "journal-father", T, "Araki Mitsuya")

_add("inflection", "ru", "eurasian-diplomacy", T, "Евразийской дипломатии", "Евразийскую дипломатию")
_add("inflection", "ru", "silk-road-diplomacy", T, "Дипломатии Шелкового пути", "Дипломатией Шелкового пути")
_add("inflection", "ru", "president-nazarbayev", T, "Назарбаевым", "Назарбаева")
_add("inflection", "ru", "book-of-memory", T, "Хосокаве", "М. Хосокаве")
_add("inflection", "ru", "league-chairman", T, "Кавамуре")
_add("inflection", "ru", "astana-master-plan", T, "Курокавой", "Кисё Курокавой")
_add("inflection", "ru", "metabolism", T, "метаболизма")
_add("inflection", "ru", "oil-for-technology", T, "нефть в обмен на технологию")
_add("inflection", "en", "oil-for-technology", T, "oil in exchange for technologies")
_add("inflection", "en", "expo-slogan", T, "Smart Mix with Technologies")

_add("latin_spelling", "ru", "silk-road-author", T, "Ryutaro Hashimoto", "R. Hashimoto")
_add("latin_spelling", "ru", "league-chairman", T, "Kawamura", "Kawamura Takeo")
_add("latin_spelling", "ru", "president-nazarbayev", T, "Nazarbayev", "Nazarbaev", "Nursultan Nazarbayev")
_add("latin_spelling", "ru", "book-of-memory", T, "Hosokawa", "Morihiro Hosokawa")
_add("latin_spelling", "ru", "akihito-award", T, "Altyn Kyran")
_add("latin_spelling", "ru", "ambassador-natsui", T, "Natsui")
_add("latin_spelling", "ru", "ambassador-kamaldinov", T, "Kamaldinov")
_add("latin_spelling", "ru", "metabolism", T, "metabolism")
_add("latin_spelling", "ru", "strategies", T, "Nurly Zhol and Abenomics")
_add("latin_spelling", "en", "league-chairman", T, "Кавамура")
_add("latin_spelling", "en", "president-nazarbayev", T, "Назарбаев")

_add("fillers_prompt_words", "ru", "silk-road-author", T, "премьер-министр Хашимото", "Это был Хашимото")
_add("fillers_prompt_words", "ru", "eurasian-diplomacy", T, "концепция «Евразийская дипломатия»")
_add("fillers_prompt_words", "ru", "un-resolution", T, "резолюция 64/35", "№ 64/35", "A/RES/64/35")
_add(
    "fillers_prompt_words", "ru", "eurasian-diplomacy-year", T, "в 1997 году", "1997 г.", "1997г.", "1997 год"
)
_add("fillers_prompt_words", "en", "silk-road-author", T, "Prime Minister Hashimoto", "it was Hashimoto")
_add("fillers_prompt_words", "en", "eurasian-diplomacy", T, "the Eurasian Diplomacy")
_add("fillers_prompt_words", "en", "un-resolution", T, "resolution 64/35")
_add("fillers_prompt_words", "en", "eurasian-diplomacy-year", T, "in 1997")

_add("digits_in_text", "ru", "nuclear-test-day", T, "29 августа", "29 Августа", "29.08")
_add("digits_in_text", "ru", "nuclear-test-day", T, "29-го августа")
_add("digits_in_text", "ru", "un-resolution", T, "64/35")
_add("digits_in_text", "en", "nuclear-test-day", T, "29 August", "August 29", "Aug 29", "29th August")

_add(
    "date_format", "ru", "japan-recognized-kz", T, "28 декабря 1991", "28.12.1991", "28/12/1991", "1991-12-28"
)
_add("date_format", "ru", "japan-recognized-kz", T, "December 28, 1991", "Dec 28 1991", "28 дек. 1991")
_add(
    "date_format",
    "ru",
    "japan-recognized-kz",
    T,
    "28-е декабря 1991 года",
    "28 декабря 1991 г.",
    "28 ДЕКАБРЯ 1991",
)
_add("date_format", "ru", "japan-recognized-kz", T, "28.12.91")
_add(
    "date_format",
    "ru",
    "diplomatic-relations",
    T,
    "26 января 1992",
    "26.01.1992",
    "26 январа 1992",
    "26 January 1992",
)
_add(
    "date_format", "ru", "embassy-almaty-opened", T, "январь 1993", "в январе 1993 года", "01.1993", "1993-01"
)
_add(
    "date_format",
    "ru",
    "embassy-moved",
    T,
    "январь 2005",
    "в январе 2005 г.",
    "янв. 2005",
    "Jan 2005",
    "01/2005",
)
_add("date_format", "ru", "kz-embassy-tokyo", T, "с февраля 1997 года", "February 1997")
_add("date_format", "ru", "first-visit", T, "апрель 1994", "в апреле 1994 года", "04.1994", "April 1994")
_add("date_format", "ru", "second-visit", T, "декабрь 1999", "в декабре 1999")
_add("date_format", "ru", "parliament-speech", T, "8 ноября 2016", "08.11.2016", "8.11.2016", "2016-11-08")
_add("date_format", "ru", "parliament-speech", T, "8 Nov 2016", "8 ноября 2016 года")
_add("date_format", "ru", "boao-forum", T, "апрель 2002", "в апреле 2002 г.")
_add("date_format", "ru", "master-plan-completed", T, "2001", "в 2001 году")
_add("date_format", "ru", "mou-marubeni", T, "16 мая 1998", "16.05.1998", "May 16, 1998")
_add(
    "date_format",
    "ru",
    "polygon-closed",
    T,
    "29 августа 1991",
    "29.08.1991",
    "29 авг 1991",
    "August 29, 1991",
)
_add(
    "date_format",
    "ru",
    "resolution-adopted",
    T,
    "2 декабря 2009",
    "02.12.2009",
    "2.12.2009",
    "2-го декабря 2009 г.",
)
_add("date_format", "ru", "jica-association-founded", T, "март 2010", "в марте 2010 года")
_add("date_format", "en", "japan-recognized-kz", T, "December 28, 1991", "28 December 1991", "Dec 28 1991")
_add("date_format", "en", "japan-recognized-kz", T, "28.12.1991", "1991-12-28", "the 28th of December 1991")
_add("date_format", "en", "japan-recognized-kz", T, "12/28/1991")
_add("date_format", "en", "embassy-moved", T, "January 2005", "in January 2005", "Jan. 2005")
_add("date_format", "en", "first-visit", T, "April 1994")
_add("date_format", "en", "parliament-speech", T, "November 8, 2016", "8 November 2016")
_add("date_format", "en", "resolution-adopted", T, "December 2, 2009", "2nd December 2009")
_add("date_format", "en", "eurasian-diplomacy-year", T, "1997")

_add("more_precise_date", "ru", "first-visit", T, "6-9 апреля 1994", "6–9 апреля 1994 года", "6 апреля 1994")
_add("more_precise_date", "ru", "second-visit", T, "5-8 декабря 1999 года", "5 декабря 1999")
_add("more_precise_date", "ru", "eurasian-diplomacy-year", T, "июль 1997", "24 июля 1997")
_add("more_precise_date", "ru", "embassy-moved", T, "1 января 2005")
_add("more_precise_date", "ru", "first-visit", F, "6-9 апреля 1995", "6-9 марта 1994")
_add("more_precise_date", "ru", "eurasian-diplomacy-year", F, "31 декабря 1996")
_add("more_precise_date", "en", "first-visit", T, "April 6-9, 1994", "6-9 April 1994")
_add("more_precise_date", "en", "second-visit", T, "December 5-8, 1999")

_add("number_format", "ru", "expo-pavilion-visitors", T, "726 825", "726825", "726\u00a0825", "726\u202f825")
_add("number_format", "ru", "expo-pavilion-visitors", T, "726 825 человек", "около 726 825")
_add("number_format", "ru", "japanese-branches", T, "74", "74 филиала", "74 филиала и представительства")
_add("number_format", "ru", "japanese-branches", T, "семьдесят четыре")
_add(
    "number_format",
    "ru",
    "jica-alumni",
    T,
    "1200",
    "более 1200",
    "1 200",
    "свыше 1 200 человек",
    "1,2 тысячи",
)
_add("number_format", "ru", "munkuduk-investment", T, "100", "около 100 млн $", "100 млн долларов")
_add("number_format", "ru", "children-hospitals-grant", T, "995", "995 000 000")
_add("number_format", "en", "expo-pavilion-visitors", T, "726,825", "726825", "726 825", "726,825 people")
_add("number_format", "en", "jica-alumni", T, "1,200", "more than 1,200", "over 1200", "1.2 thousand")
_add("number_format", "en", "japanese-branches", T, "74", "seventy-four")
_add("number_format", "en", "munkuduk-investment", T, "100", "100,000,000", "about $100 million")

_add("choice_pick", "ru", "silk-road-adopted-by", T, "2", "2.", "2)", "№2", "К. Обучи", "К.Обучи")
_add("choice_pick", "ru", "jogmec-partner", T, "1", "КазМунайГаз", "казмунайгаз", "KazMunayGas")
_add("choice_pick", "ru", "co-author-country", T, "2", "Япония", "японии")
_add("choice_pick", "ru", "expo-scheme", T, "1", "3E+S", "3e+s")
_add("choice_pick", "en", "silk-road-adopted-by", T, "2", "K. Obuchi", "obuchi")
_add("choice_pick", "en", "jogmec-partner", T, "1", "kazmunaygas")
_add("choice_pick", "en", "co-author-country", T, "2", "Japan")
_add("choice_pick", "en", "expo-scheme", T, "3E+S", "1")

_add("list_correct", "ru", "kz-exports", T, "сырьевые ресурсы, минеральное топливо, ферросплавы, титан")
_add("list_correct", "ru", "kz-exports", T, "титан, сталь, морепродукты и ферросплавы")
_add("list_correct", "ru", "kz-exports", T, "сталь; титан; морепродукты; редкоземельные металлы")
_add(
    "list_correct",
    "ru",
    "kz-exports",
    T,
    "Титан, Сталь, Морепродукты, Ферросплав",
    "топливо, титан, сталь, морепродукты",
)
_add("list_correct", "ru", "jp-imports", T, "автомобили, текстиль, часы", "бытовая техника, приборы и часы")
_add("list_correct", "ru", "jp-imports", T, "самолеты, суда, автомобили", "часы, приборы, оборудование")
_add("list_correct", "ru", "jp-imports", T, "средства воздушного и водного транспорта, автомобили, часы")
_add("list_correct", "ru", "strategies", T, "Нұрлы жол и Абэномика", "Абэномика и Нурлы жол")
_add("list_correct", "ru", "strategies", T, "«Нұрлы жол», «Абэномика»", "Нурлы Жол; Абеномика")
_add("list_correct", "en", "kz-exports", T, "raw materials, mineral fuel, ferroalloys, titanium")
_add(
    "list_correct",
    "en",
    "kz-exports",
    T,
    "titanium, steel, seafood and ferroalloys",
    "steel; titanium; seafood; rare earth metals",
)
_add(
    "list_correct",
    "en",
    "jp-imports",
    T,
    "cars, textiles, watches",
    "automobiles, household appliances and chemicals",
)
_add("list_correct", "en", "jp-imports", T, "ships, aircraft, instruments")
_add(
    "list_correct",
    "en",
    "strategies",
    T,
    "Nurly Zhol and Abenomics",
    "Abenomics, Nurly Zhol",
    "Nurly Jol and Abenomics",
)

_add("name_variants", "ru", "silk-road-author", T, "Р. Хашимото", "Хашимото Р.", "Ryutaro Hasimoto")
_add("name_variants", "ru", "league-chairman", T, "Т. Кавамура", "Т.Кавамура", "Такео Кавамура")
_add(
    "name_variants", "ru", "president-nazarbayev", T, "Н. Назарбаев", "Н.А. Назарбаев", "Нурсултан Назарбаев"
)
_add("name_variants", "ru", "abe-statement", T, "Абэ", "Абе", "С. Абэ", "Синдзо Абе")
_add("name_variants", "ru", "akihito-award", T, "Алтын Кыран", "алтын қыран")
_add("name_variants", "ru", "ambassador-natsui", T, "Нацуи", "С. Нацуи", "Нацуи С.")
_add("name_variants", "ru", "journal-father", T, "Араки", "Араки Мицуя")
_add("name_variants", "ru", "metabolism-leader", T, "Танге", "Тангэ")
_add("name_variants", "en", "abe-statement", T, "Abe", "S. Abe", "Shinzo Abe")
_add("name_variants", "en", "astana-master-plan", T, "Kurokawa", "Kisho Kurokawa")
_add("name_variants", "en", "metabolism-leader", T, "Tange", "Kenzo Tange")
_add("name_variants", "en", "akihito-award", T, "Altyn Kyran", "Altyn Qyran", "Order of Altyn Kyran")
_add("name_variants", "en", "metabolism", T, "Metabolism", "the Metabolism movement")
_add("name_variants", "en", "book-of-memory", T, "Hosokawa", "Morihiro Hosokawa")
