"""Labelled answers against the REAL bundled decks, as a careful teacher would grade them.

Each case is ``(deck_file_name, card_id, answer, expected_correct, family)``. ``deck_file_name``
is a file in :func:`kzjp_tutor.core.paths.bundled_decks_dir`. The label is the teacher's verdict
under the course's grading spec (forgiven: typos bounded by word length, case, ё/е, punctuation,
word order, Russian inflection, Hepburn/Polivanov transliteration, look-alike letters, the wrong
keyboard layout, fillers, words echoed from the question, many date and number formats; never
accepted: a wrong digit, a different person, a neighbouring concept, part of a multi-word
concept, hedges, a less precise date, млн vs млрд, an added content word, empty / "не знаю").
It is never what the grader happens to say today. Families ending in ``_trap`` (and ``hedge``,
``empty_dont_know``, ``short_word_typo``) are built around near misses: their wrong cases are
the ones a false accept would hurt most.
"""

from __future__ import annotations

from .casebook import Case, collector

L11R = "kzjp-lecture-11.ru.toml"
L11E = "kzjp-lecture-11.en.toml"
Y25R = "kzjp-25-years.ru.toml"
Y25E = "kzjp-25-years.en.toml"
K21R = "kzjp-2021.ru.toml"
K21E = "kzjp-2021.en.toml"

CASES: list[Case] = []


_add = collector(CASES)


T, F = True, False

TRAP_FAMILIES = frozenset(
    {
        "date_trap",
        "number_trap",
        "name_trap",
        "concept_trap",
        "list_trap",
        "choice_trap",
        "hedge",
        "empty_dont_know",
        "short_word_typo",
    }
)
"""Families built around near misses."""

# ---------------------------------------------------------------------------------------------
# Dates: right answers in many formats
# ---------------------------------------------------------------------------------------------
_add(
    "date_format",
    L11R,
    "japan-recognized-kz",
    T,
    "28 декабря 1991",
    "28.12.1991",
    "28/12/1991",
    "1991-12-28",
    "28 декабря 1991 г.",
    "28 дек. 1991",
)
_add(
    "date_format",
    L11E,
    "japan-recognized-kz",
    T,
    "December 28, 1991",
    "Dec 28 1991",
    "28 December 1991",
    "28.12.1991",
)
_add("date_format", L11R, "diplomatic-relations-date", T, "26 января 1992 года", "26.01.1992")
_add("date_format", L11E, "diplomatic-relations-date", T, "January 26, 1992", "26/01/1992")
_add("date_format", L11R, "japan-embassy-opened", T, "январь 1993", "в январе 1993 года")
_add("date_format", L11R, "embassy-moved", T, "январь 2005", "в январе 2005 г.")
_add("date_format", L11E, "embassy-moved", T, "January 2005", "Jan 2005")
_add("date_format", L11R, "japan-ambassador-since", T, "с августа 2008 года")
_add("date_format", L11R, "kz-embassy-tokyo", T, "февраль 1997")
_add("date_format", L11R, "first-visit-date", T, "6-9 апреля 1994", "апрель 1994")
_add("date_format", L11E, "first-visit-date", T, "April 1994", "6-9 April 1994")
_add("date_format", L11R, "second-visit-date", T, "5–8 декабря 1999 года", "декабрь 1999")
_add("date_format", L11R, "eurasian-diplomacy-year", T, "1997 г.", "в 1997 году")
_add("date_format", L11E, "silk-road-adopted-year", T, "1998", "in 1998")
_add("date_format", L11R, "boao-date", T, "апрель 2002", "в апреле 2002 г.")
_add("date_format", L11E, "boao-date", T, "April 2002")
_add("date_format", L11R, "munkuduk-trial", T, "2007 год")
_add("date_format", Y25R, "high-level-diplomatic-relations-year", T, "1992", "26 января 1992")
_add("date_format", Y25R, "high-level-first-visit-date", T, "май 1992", "в мае 1992 года")
_add("date_format", Y25R, "high-level-visit-2016-date", T, "ноябрь 2016", "8 ноября 2016")
_add("date_format", Y25R, "parliament-speech-date", T, "8 ноября 2016", "08.11.2016")
_add("date_format", Y25E, "parliament-speech-date", T, "November 8, 2016", "8 Nov 2016")
_add("date_format", Y25R, "parliament-tokayev-kawamura-date", T, "5 июля 2017 г.", "05.07.2017")
_add("date_format", Y25E, "parliament-tokayev-kawamura-date", T, "July 5, 2017", "5 July 2017")
_add("date_format", Y25R, "atom-polygon-closed", T, "29 августа 1991 года")
_add("date_format", Y25E, "atom-polygon-closed", T, "August 29, 1991")
_add("date_format", Y25R, "atom-resolution-adopted", T, "2 декабря 2009", "02.12.2009")
_add("date_format", Y25R, "expo-opened", T, "10 июня 2017", "10.06.2017")
_add("date_format", Y25R, "expo-closed", T, "10 сентября 2017 года")
_add("date_format", Y25E, "expo-opened", T, "June 10, 2017")
_add("date_format", Y25R, "expo-national-day", T, "22 июля 2017", "2017-07-22")
_add("date_format", Y25R, "healthcare-telebridge-date", T, "29 августа 1999")
_add("date_format", Y25R, "atom-panel-date", T, "21 августа 2016 г.")
_add("date_format", Y25R, "economy-memoranda-date", T, "16 мая 1998", "16.05.1998")
_add("date_format", Y25R, "jica-kz-founded", T, "март 2010")
_add("date_format", Y25E, "jica-kz-founded", T, "March 2010")
_add("date_format", Y25R, "kurokawa-plan-completed", T, "в 2001 году")
_add("date_format", Y25R, "atom-japan-coauthor-year", T, "2009 г.")
_add("date_format", K21R, "call-date", T, "12 мая 2021", "12.05.2021", "2021-05-12")
_add("date_format", K21E, "call-date", T, "May 12, 2021", "12 May 2021")

# ---------------------------------------------------------------------------------------------
# Dates: near misses, neighbouring dates from the same text, less precise dates
# ---------------------------------------------------------------------------------------------
_add(
    "date_trap",
    L11R,
    "japan-recognized-kz",
    F,
    "29 декабря 1991",
    "28 декабря 1992",
    "декабрь 1991",
    "1991",
    "26 января 1992",
)
_add("date_trap", L11E, "japan-recognized-kz", F, "December 1991", "December 29, 1991")
_add("date_trap", L11R, "diplomatic-relations-date", F, "26 января 1991", "январь 1992")
_add("date_trap", L11R, "japan-embassy-opened", F, "1993", "январь 2005")
_add("date_trap", L11R, "embassy-moved", F, "2005", "январь 2004", "январь 1993")
_add("date_trap", L11R, "japan-ambassador-since", F, "апрель 2007")
_add("date_trap", L11R, "kz-embassy-tokyo", F, "февраль 1998")
_add("date_trap", L11R, "first-visit-date", F, "апрель 1999", "декабрь 1994", "1994")
_add("date_trap", L11E, "second-visit-date", F, "December 1994", "1999")
_add("date_trap", L11R, "eurasian-diplomacy-year", F, "1998", "1979")
_add("date_trap", L11R, "silk-road-adopted-year", F, "1997")
_add("date_trap", L11E, "silk-road-voiced-year", F, "1998")
_add("date_trap", L11R, "boao-date", F, "2002", "апрель 2003")
_add("date_trap", L11R, "munkuduk-target-year", F, "2007")
_add("date_trap", Y25R, "high-level-diplomatic-relations-year", F, "1991")
_add("date_trap", Y25R, "high-level-first-visit-date", F, "май 1993")
_add("date_trap", Y25R, "high-level-visit-2016-date", F, "октябрь 2016")
_add("date_trap", Y25R, "parliament-speech-date", F, "ноябрь 2016", "9 ноября 2016")
_add("date_trap", Y25R, "parliament-tokayev-kawamura-date", F, "07.05.2017")
_add("date_trap", Y25R, "atom-polygon-closed", F, "28 августа 1991", "29 августа 1949")
_add("date_trap", Y25R, "atom-resolution-adopted", F, "2 декабря 2010", "декабрь 2009")
_add("date_trap", Y25R, "expo-opened", F, "10 сентября 2017")
_add("date_trap", Y25E, "expo-closed", F, "June 10, 2017")
_add("date_trap", Y25R, "expo-national-day", F, "22 июня 2017")
_add("date_trap", Y25R, "healthcare-telebridge-date", F, "29 августа 1991")
_add("date_trap", Y25R, "atom-panel-date", F, "29 августа 2016")
_add("date_trap", Y25R, "economy-memoranda-date", F, "май 1998", "16 марта 1998")
_add("date_trap", Y25R, "jica-kz-founded", F, "2010")
_add("date_trap", Y25R, "kurokawa-plan-completed", F, "2010", "2000")
_add("date_trap", Y25R, "kurokawa-metabolism-year", F, "1966")
_add("date_trap", Y25R, "atom-japan-coauthor-year", F, "2019")
_add("date_trap", K21R, "call-date", F, "май 2021", "21 мая 2021", "12 мая 2020")
_add("date_trap", K21E, "call-date", F, "May 2021", "May 21, 2021")

# Date-like text cards (day of year, resolution number, period)
_add("date_format", Y25R, "atom-day-date", T, "29 августа", "29.08")
_add("date_format", Y25E, "atom-day-date", T, "29 August", "August 29")
_add("date_trap", Y25R, "atom-day-date", F, "28 августа", "2 декабря")
_add("date_trap", Y25E, "atom-day-date", F, "28 August", "December 2")
_add("number_format", Y25R, "atom-resolution-number", T, "64/35", "резолюция 64/35")
_add("number_trap", Y25R, "atom-resolution-number", F, "64/53", "63/35")
_add("number_trap", Y25E, "atom-resolution-number", F, "64/53", "46/35")
_add("date_format", Y25R, "atom-cochairs-period", T, "2015-2017", "с 2015 по 2017 год", "2015–2017 гг.")
_add("date_format", Y25E, "atom-cochairs-period", T, "2015 to 2017", "2015-2017")
_add("date_trap", Y25R, "atom-cochairs-period", F, "2015–2016", "2015", "2015-2018")
_add("date_trap", Y25E, "atom-cochairs-period", F, "2016-2017")

# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------
_add(
    "number_format",
    L11R,
    "munkuduk-investment",
    T,
    "100 млн долларов",
    "около 100 миллионов",
    "100 млн долл. США",
)
_add("number_format", L11E, "munkuduk-investment", T, "about 100 million dollars", "100 million")
_add("number_format", L11R, "munkuduk-target", T, "1000 тонн", "1 тыс. тонн", "1 000")
_add("number_format", L11E, "munkuduk-target", T, "1,000 tonnes", "1000")
_add("number_format", L11R, "silk-road-directions-count", T, "3", "3 направления")
_add("number_format", Y25R, "expo-japan-pavilion-visitors", T, "726 825", "726825 человек", "726 825 чел.")
_add("number_format", Y25E, "expo-japan-pavilion-visitors", T, "726,825", "726 825 people")
_add("number_format", Y25R, "expo-total-visitors", T, "4 млн", "около 4 миллионов человек")
_add("number_format", Y25E, "expo-total-visitors", T, "4 million", "about 4 million people")
_add("number_format", Y25R, "jica-trained-count", T, "более 1200", "1,2 тыс.", "1 200 человек")
_add("number_format", Y25E, "jica-trained-count", T, "more than 1,200", "1200")
_add("number_format", Y25R, "economy-investors-number", T, "около 250", "250 инвесторов")
_add("number_format", Y25R, "economy-branches-number", T, "74 филиала")
_add("number_format", Y25R, "healthcare-astana-children-amount", T, "995 млн йен", "995")
_add("number_format", Y25E, "healthcare-astana-children-amount", T, "995 million yen")
_add("number_format", Y25R, "parliament-league-age", T, "более 20 лет", "20")
_add("number_format", Y25R, "parliament-japanese-delegations", T, "9 делегаций")
_add("number_format", Y25R, "kurokawa-letter-signatories", T, "более 200")
_add("number_format", Y25R, "kurokawa-plan-duration", T, "2 года")
_add("number_format", Y25R, "bulletin-circulation", T, "1000 экземпляров", "1 000")
_add("number_format", Y25E, "bulletin-circulation", T, "1,000 copies")
_add("number_format", Y25R, "healthcare-cytologists-trained", T, "36 специалистов")
_add("number_format", K21R, "top-ten-investors", T, "10")
_add("number_format", K21R, "japanese-companies", T, "свыше 50", "более 50 компаний")
_add("number_format", K21E, "japanese-companies", T, "more than 50", "over 50 companies")
_add("number_format", K21E, "top-ten-investors", T, "top 10", "10 largest investors")

_add("number_trap", L11R, "munkuduk-investment", F, "100 млрд долларов", "10 млн")
_add("number_trap", L11E, "munkuduk-investment", F, "100 billion dollars", "1000")
_add("number_trap", L11R, "munkuduk-target", F, "10000", "100 тонн", "1 млн тонн")
_add("number_trap", L11R, "silk-road-directions-count", F, "2")
_add("number_trap", Y25R, "expo-japan-pavilion-visitors", F, "726 852", "762 825", "около 727 тысяч")
_add("number_trap", Y25E, "expo-japan-pavilion-visitors", F, "762,825", "726,852")
_add("number_trap", Y25R, "expo-total-visitors", F, "4 млрд", "40")
_add("number_trap", Y25E, "expo-total-visitors", F, "4 billion")
_add("number_trap", Y25R, "jica-trained-count", F, "2100", "120", "более 1000")
_add("number_trap", Y25R, "economy-investors-number", F, "205")
_add("number_trap", Y25R, "economy-branches-number", F, "47")
_add("number_trap", Y25R, "healthcare-astana-children-amount", F, "959", "995 млрд йен", "454")
_add("number_trap", Y25R, "parliament-league-age", F, "25")
_add("number_trap", Y25R, "parliament-ex-pm-delegations", F, "9")
_add("number_trap", Y25R, "kurokawa-letter-signatories", F, "2000")
_add("number_trap", Y25R, "bulletin-circulation", F, "10000", "100")
_add("number_trap", Y25R, "healthcare-cytologists-trained", F, "63")
_add("number_trap", K21R, "top-ten-investors", F, "100", "5")
_add("number_trap", K21R, "japanese-companies", F, "15", "500")
_add("number_trap", K21E, "japanese-companies", F, "more than 15")

# ---------------------------------------------------------------------------------------------
# People and names: variants that must pass, other people who must not
# ---------------------------------------------------------------------------------------------
_add(
    "name_variant",
    L11R,
    "silk-road-author",
    T,
    "Хасимото",
    "Hashimoto",
    "Рютаро Хасимото",
    "Хашимото Рютаро",
    "hashimoto ryutaro",
)
_add("name_variant", L11R, "eurasian-diplomacy-author", T, "Хашимото", "Р. Хасимото")
_add("name_variant", L11R, "silk-road-adopted-by", T, "Обути", "Кэйдзо Обути", "Keizo Obuchi", "Obuti")
_add("name_variant", L11E, "silk-road-adopted-by", T, "Keizo Obuchi", "Обути")
_add(
    "name_variant", L11R, "boao-speaker", T, "Коизуми", "Junichiro Koizumi", "Коидзуми Дзюнъитиро", "Koidzumi"
)
_add("name_variant", L11E, "boao-speaker", T, "Junichiro Koizumi", "koizumi")
_add("name_variant", L11R, "japan-ambassador", T, "Нацуи", "Natsui", "С. Нацуи")
_add("name_variant", L11R, "kz-ambassador", T, "Камалдинов", "Kamaldinov", "Камалдинова")
_add(
    "name_variant",
    L11R,
    "visits-president",
    T,
    "Назарбаевым",
    "Нурсултан Назарбаев",
    "Nursultan Nazarbayev",
    "Назарбаева",
)
_add("name_variant", L11E, "visits-president", T, "Nazarbaev", "Nursultan Nazarbayev")
_add(
    "name_variant",
    K21R,
    "call-partner",
    T,
    "Суга",
    "Ёсихидэ Суга",
    "Yoshihide Suga",
    "с Есихидэ Сугой",
    "Сугой",
)
_add("name_variant", K21E, "call-partner", T, "Yoshihide Suga", "suga")
_add(
    "name_variant",
    Y25R,
    "high-level-first-visit-who",
    T,
    "Ватанабе",
    "Митио Ватанабэ",
    "Michio Watanabe",
    "Мичио Ватанабе",
)
_add(
    "name_variant",
    Y25R,
    "high-level-book-of-memory-recipient",
    T,
    "Хосокава",
    "Морихиро Хосокава",
    "Hosokawa",
    "Хосокаве",
)
_add("name_variant", Y25R, "high-level-abe", T, "Абэ", "Синдзо Абэ", "Шинзо Абе", "Shinzo Abe")
_add(
    "name_variant",
    Y25R,
    "parliament-league-chair",
    T,
    "Кавамура",
    "Такео Кавамура",
    "Kawamura",
    "Кавамура Такэо",
)
_add("name_variant", Y25E, "parliament-league-chair", T, "Takeo Kawamura", "Кавамура")
_add("name_variant", Y25R, "parliament-abykaev", T, "Абыкаев", "Nurtai Abykayev")
_add("name_variant", Y25R, "parliament-mami", T, "Мами", "Кайрат Мами", "Kairat Mami")
_add("name_variant", Y25R, "parliament-tokayev", T, "Токаев", "Касым-Жомарт Токаев", "Tokaev")
_add(
    "name_variant",
    Y25R,
    "expo-ambassador",
    T,
    "Итиро Кавабата",
    "Ичиро Кавабата",
    "Kawabata",
    "Кавабата Итиро",
)
_add("name_variant", Y25E, "expo-ambassador", T, "Ichiro Kawabata", "Kawabata")
_add(
    "name_variant",
    Y25R,
    "kurokawa-master-plan-author",
    T,
    "Кисё Курокава",
    "Кишо Курокава",
    "Kisho Kurokawa",
    "Кисе Курокава",
    "Кисё Курокавой",
)
_add("name_variant", Y25E, "kurokawa-master-plan-author", T, "Kisho Kurokawa", "Kurokawa Kisho")
_add("name_variant", Y25R, "kurokawa-mikio", T, "Микио Курокава", "Микио")
_add("name_variant", Y25R, "kurokawa-tange", T, "Кэндзо Танге", "Кензо Танге", "Tange")
_add("name_variant", Y25R, "bulletin-araki", T, "Араки", "Мицуя Араки", "Araki Mitsuya")
_add("name_variant", Y25R, "atom-akie-abe", T, "Акиэ Абэ", "Акиэ", "Akie Abe")
_add("name_variant", Y25E, "atom-akie-abe", T, "Akie Abe", "Akie")
_add("name_variant", Y25R, "atom-statement-abe", T, "Синдзо Абэ", "Абэ")
_add("name_variant", Y25R, "kurokawa-letter-recipient", T, "Тажин", "Marat Tazhin", "Тажину")
_add("name_variant", Y25R, "healthcare-nagai-prize-winner", T, "Балмуханов", "академик Балмуханов")
_add("name_variant", Y25R, "expo-kamon", T, "Камон", "Тацуо Камон", "Tatsuo Kamon")
_add("name_variant", Y25R, "healthcare-papanicolaou", T, "Папаниколау", "Papanicolaou")
_add("name_variant", Y25R, "high-level-akihito", T, "Акихито", "Император Акихито")

_add("name_trap", L11R, "silk-road-author", F, "Обучи", "Р. Обучи", "Коидзуми")
_add("name_trap", L11E, "silk-road-author", F, "Obuchi", "Koizumi")
_add("name_trap", L11R, "silk-road-adopted-by", F, "Хасимото", "Коидзуми")
_add("name_trap", L11E, "silk-road-adopted-by", F, "Hashimoto")
_add("name_trap", L11R, "boao-speaker", F, "Хашимото", "Обути")
_add("name_trap", L11R, "japan-ambassador", F, "Камалдинов", "Кавабата", "Кавамура")
_add("name_trap", L11E, "japan-ambassador", F, "Kamaldinov", "Kawabata")
_add("name_trap", L11R, "kz-ambassador", F, "Нацуи", "Кавабата")
_add("name_trap", L11R, "visits-president", F, "Назаров", "Токаев")
_add("name_trap", L11E, "visits-president", F, "Tokayev", "Nazarov")
_add("name_trap", K21R, "call-partner", F, "Синдзо Абэ", "Абэ", "Фумио Кисида", "Коидзуми")
_add("name_trap", K21E, "call-partner", F, "Shinzo Abe", "Fumio Kishida")
_add("name_trap", Y25R, "high-level-first-visit-who", F, "Хосокава", "Кавамура")
_add("name_trap", Y25R, "high-level-book-of-memory-recipient", F, "Ватанабэ", "Акихито", "Абэ")
_add("name_trap", Y25E, "high-level-book-of-memory-recipient", F, "Watanabe", "Hashimoto")
_add("name_trap", Y25R, "high-level-abe", F, "Акиэ Абэ", "Суга", "Хосокава")
_add("name_trap", Y25E, "high-level-abe", F, "Akie Abe", "Suga")
_add("name_trap", Y25R, "parliament-league-chair", F, "Кавабата", "Камалдинов", "Ватанабэ")
_add("name_trap", Y25R, "parliament-abykaev", F, "Мами", "Мухамеджанов")
_add("name_trap", Y25R, "parliament-mami", F, "Абыкаев", "Маки", "Токаев")
_add("name_trap", Y25R, "parliament-mukhamedzhanov", F, "Абыкаев", "Мами")
_add("name_trap", Y25R, "parliament-tokayev", F, "Мами", "Назарбаев")
_add("name_trap", Y25R, "expo-ambassador", F, "Кавамура", "Нацуи", "Такео Кавамура")
_add("name_trap", Y25E, "expo-ambassador", F, "Kawamura", "Natsui")
_add("name_trap", Y25R, "kurokawa-master-plan-author", F, "Микио Курокава", "Кэндзо Танге", "Фумихико Маки")
_add("name_trap", Y25E, "kurokawa-master-plan-author", F, "Mikio Kurokawa", "Kenzo Tange")
_add("name_trap", Y25R, "kurokawa-mikio", F, "Кисё Курокава", "Кишо Курокава")
_add("name_trap", Y25R, "kurokawa-tange", F, "Кисё Курокава", "Кикутакэ", "Маки")
_add("name_trap", Y25R, "bulletin-araki", F, "Кисё Курокава", "Кавабата")
_add("name_trap", Y25R, "atom-akie-abe", F, "Синдзо Абэ", "Абэ")
_add("name_trap", Y25E, "atom-akie-abe", F, "Shinzo Abe", "Abe")
_add("name_trap", Y25R, "atom-statement-abe", F, "Акиэ Абэ", "Суга")
_add("name_trap", Y25R, "high-level-akihito", F, "Нарухито", "Хирохито")
_add("name_trap", Y25E, "high-level-akihito", F, "Naruhito")
_add("name_trap", Y25R, "kurokawa-letter-recipient", F, "Токаев")
_add("name_trap", Y25R, "healthcare-papanicolaou", F, "Романовский", "Грам")

# ---------------------------------------------------------------------------------------------
# Concepts, documents, organisations, places: phrasings that must pass
# ---------------------------------------------------------------------------------------------
_add(
    "concept_variant",
    L11R,
    "eurasian-diplomacy-name",
    T,
    "Евразийской дипломатии",
    "дипломатия евразийская",
    "«евразийская дипломатия»",
)
_add("concept_variant", L11E, "eurasian-diplomacy-name", T, "eurasian diplomacy", "the Eurasian Diplomacy")
_add("concept_variant", L11R, "silk-road-continuation", T, "Евразийской дипломатии")
_add("concept_variant", L11R, "first-visit-statement", T, "совместное заявление", "Совместного заявления")
_add("concept_variant", L11E, "first-visit-statement", T, "the Joint Statement", "joint declaration")
_add(
    "concept_variant",
    L11R,
    "second-visit-document",
    T,
    "Совместное заявление о дружбе, партнёрстве и сотрудничестве",
    "Совместное заявление о дружбе партнерстве и сотрудничестве",
    "заявление о сотрудничестве, дружбе и партнерстве",
)
_add(
    "concept_variant",
    L11E,
    "second-visit-document",
    T,
    "joint statement on friendship partnership and cooperation",
)
_add("concept_variant", L11R, "boao-forum", T, "Боаоском форуме", "Боаоский азиатский форум", "Boao")
_add("concept_variant", L11E, "boao-forum", T, "the Boao Forum for Asia")
_add("concept_variant", L11R, "unsc-membership", T, "СБ ООН", "Совета Безопасности", "Совет безопасности ООН")
_add("concept_variant", L11E, "unsc-membership", T, "UNSC", "the UN Security Council")
_add(
    "concept_variant",
    L11R,
    "cica-preparation",
    T,
    "СВМДА",
    "Совещание по взаимодействию и мерам доверия в Азии",
)
_add("concept_variant", L11R, "reactor-type", T, "на легкой воде", "легководные")
_add("concept_variant", L11E, "reactor-type", T, "light water reactors", "light-water")
_add("concept_variant", L11R, "initiative-source", T, "от Токио", "от Японии")
_add("concept_variant", L11R, "astana-role", T, "пассивного игрока", "пассивный игрок", "пассивный")
_add("concept_variant", L11R, "japan-dependence", T, "почти полностью", "практически полностью")
_add("concept_variant", L11R, "oil-for-tech", T, "нефть в обмен на технологии", "Нефть за технологии")
_add("concept_variant", L11E, "oil-for-tech", T, "oil for technology", "oil in exchange for technologies")
_add("concept_variant", L11R, "oil-for-tech-role", T, "катализатором", "катализатор")
_add("concept_variant", L11R, "visits-effect", T, "мощный стимул", "мощным стимулом")
_add("concept_variant", L11R, "unequal-exchange", T, "неравноценного обмена")
_add("concept_variant", L11R, "kz-exports-dominant", T, "неблагородные металлы", "неблагородных металлов")
_add("concept_variant", L11E, "kz-exports-dominant", T, "base metals")
_add("concept_variant", L11R, "japan-aim", T, "Ближний Восток", "от стран Ближнего Востока")
_add("concept_variant", L11R, "munkuduk-name", T, "Западный Мункудук", "Западного Мункудука", "Мункудук")
_add("concept_variant", L11R, "jogmec-partner", T, "КазМунайГаз", "казмунайгаз")
_add("concept_variant", L11E, "jogmec-partner", T, "KazMunaiGas", "KMG")
_add("concept_variant", L11R, "kmg-predecessor", T, "Казахойл", "НК Казахойл")
_add("concept_variant", K21R, "headline-delegation", T, "направить делегацию в Японию", "отправить делегацию")
_add("concept_variant", K21E, "headline-delegation", T, "to send a delegation to Japan")
_add("concept_variant", K21R, "olympics", T, "Олимпиада в Токио", "летних Олимпийских игр в Токио")
_add("concept_variant", K21E, "olympics", T, "Tokyo Olympics", "the Tokyo Olympic Games")
_add("concept_variant", K21R, "olympics-symbol", T, "победа над коронавирусом")
_add("concept_variant", K21R, "qazvac", T, "QazVac", "Казвак", "qazvac")
_add(
    "concept_variant",
    K21R,
    "strategic-partner",
    T,
    "одним из ключевых стратегических партнёров",
    "стратегический партнер",
)
_add("concept_variant", K21E, "strategic-partner", T, "key strategic partner")
_add("concept_variant", K21R, "new-level", T, "на качественно новый уровень")
_add("concept_variant", K21E, "new-level", T, "a qualitatively new level")
_add("concept_variant", K21R, "new-economic-agenda", T, "новая экономическая повестка")
_add("concept_variant", K21R, "green-energy", T, "зеленой энергетики", "зелёная энергетика")
_add("concept_variant", K21E, "green-energy", T, "green energy")
# Second edition of the decks: the alias was removed, not the text's term (review 1, #19).
_add("concept_trap", K21E, "green-energy", F, "renewable energy")
_add("concept_variant", K21R, "carbon-neutrality", T, "к середине века", "середина столетия")
_add("concept_variant", K21E, "carbon-neutrality", T, "by the middle of the century")
_add("concept_variant", K21R, "suga-kz-leader", T, "лидером в Центральной Азии")
_add("concept_variant", K21R, "agreed-dialogue", T, "диалог и консультации")
_add("concept_variant", K21R, "invitation", T, "в Казахстан", "Казахстан")
_add("concept_variant", K21E, "invitation", T, "to Kazakhstan")
_add("concept_variant", K21R, "congrats-election", T, "с избранием премьер-министром")
_add("concept_variant", K21E, "congrats-election", T, "on his election as Prime Minister")
_add(
    "concept_variant",
    Y25R,
    "high-level-chrysanthemum-order",
    T,
    "орден Хризантемы",
    "орденом Хризантемы на Большой ленте",
)
_add("concept_variant", Y25R, "high-level-altyn-kyran", T, "Алтын Кыран", "орден Алтын Қыран", "Altyn Kyran")
_add("concept_variant", Y25E, "high-level-altyn-kyran", T, "Golden Eagle", "Altyn Qyran")
_add("concept_variant", Y25R, "high-level-partnership-status", T, "расширенного стратегического партнёрства")
_add("concept_variant", Y25E, "high-level-partnership-status", T, "enhanced strategic partnership")
_add("concept_variant", Y25R, "high-level-parliament-speech-first", T, "постсоветского пространства")
_add("concept_variant", Y25R, "parliament-kawamura-house", T, "Палата представителей", "нижняя палата")
_add("concept_variant", Y25R, "parliament-expo-2017", T, "ЭКСПО-2017", "Expo 2017")
_add("concept_variant", Y25R, "economy-jcif-organizer", T, "Японский центр международных финансов", "JCIF")
_add(
    "concept_variant",
    Y25R,
    "economy-tokyo-conference-ebrd",
    T,
    "ЕБРР",
    "EBRD",
    "Европейский банк реконструкции и развития",
)
_add("concept_variant", Y25R, "economy-ebrd-role", T, "координатора проектов")
_add("concept_variant", Y25R, "economy-sumitomo", T, "Сумитомо", "Sumitomo Corporation")
_add("concept_variant", Y25R, "economy-marubeni", T, "Марубени")
_add("concept_variant", Y25R, "economy-aifc", T, "МФЦА", "AIFC", "Международный финансовый центр Астана")
_add("concept_variant", Y25R, "healthcare-kyzylorda-city", T, "Кызылорды", "Kyzylorda")
_add("concept_variant", Y25R, "healthcare-radiological-medicine", T, "радиология", "радиологическую медицину")
_add("concept_variant", Y25R, "healthcare-satellite", T, "спутниковой связи", "через спутник")
_add("concept_variant", Y25R, "healthcare-tuberculosis", T, "туберкулёз лёгких", "туберкулез")
_add("concept_variant", Y25E, "healthcare-tuberculosis", T, "TB", "tuberculosis")
_add("concept_variant", Y25R, "atom-resolution-initiator", T, "Казахстан", "РК")
_add("concept_variant", Y25R, "atom-project-atom-name", T, "проект «АТОМ»", "ATOM")
_add("concept_variant", Y25R, "atom-ctbt-abbrev", T, "Договор о всеобъемлющем запрещении ядерных испытаний")
_add(
    "concept_variant",
    Y25E,
    "atom-ctbt-abbrev",
    T,
    "Comprehensive Test Ban Treaty",
    "comprehensive nuclear test ban treaty",
)
_add("concept_variant", Y25R, "atom-conference-city", T, "Нью-Йорк", "Нью Йорк", "New York")
_add("concept_variant", Y25R, "atom-panel-museum", T, "Дайго Фукурю-мару", "Daigo Fukuryu Maru")
_add("concept_variant", Y25R, "atom-iaea", T, "МАГАТЭ", "IAEA")
_add("concept_variant", Y25R, "atom-jaea-training", T, "JAEA", "Японское агентство по атомной энергии")
_add("concept_variant", Y25R, "atom-nnc-name", T, "НЯЦ", "Национальный ядерный центр")
_add(
    "concept_variant", Y25R, "jica-first-association-country", T, "Филиппины", "на Филиппинах", "Philippines"
)
_add("concept_variant", Y25R, "bulletin-araki-university", T, "Досися", "Doshisha")
_add("concept_variant", Y25R, "bulletin-araki-oda", T, "ОПР", "ODA", "официальной помощи развитию")
_add("concept_variant", Y25R, "bulletin-mukuokai", T, "Мукуокай", "Mukuokai")
_add("concept_variant", Y25R, "bulletin-initiator", T, "JICA", "Джайка")
_add("concept_variant", Y25R, "kurokawa-metabolism", T, "метаболизм", "метаболизма")
_add("concept_variant", Y25R, "kurokawa-tange-city", T, "Хиросима", "Хиросимы")
_add("concept_variant", Y25R, "kurokawa-river-axis", T, "русло реки", "реку")
_add("concept_variant", Y25R, "expo-slogan", T, "Smart Mix with Technology", "smart mix")
_add("concept_variant", Y25R, "expo-3es-name", T, "3E+S", "3Е+S", "3E + S")
_add("concept_variant", Y25R, "expo-3es-priority", T, "безопасность", "Safety")
_add("concept_variant", Y25E, "expo-3es-priority", T, "safety")
_add("concept_variant", Y25R, "expo-wagakki", T, "WAGAKKI", "Вагакки")
_add("concept_variant", Y25R, "expo-osaka-stage", T, "Osaka Stage")
# Second edition of the decks: the alias was removed, Осака is the city, not the troupe (review 1, #17).
_add("concept_trap", Y25R, "expo-osaka-stage", F, "Осака")
_add("concept_variant", Y25R, "expo-symbol", T, "красный круг")
_add("concept_variant", Y25R, "institute-applied-science", T, "прикладной науки")
_add("concept_variant", Y25R, "institute-name", T, "Казахстан-Япония", "институт «Казахстан – Япония»")
_add("concept_variant", Y25R, "institute-base", T, "МНК «Астана»", "Международный научный комплекс Астана")

# Concepts: neighbours from the same text, partial names, reversed meanings
_add(
    "concept_trap",
    L11R,
    "eurasian-diplomacy-name",
    F,
    "Дипломатия Шелкового пути",
    "дипломатия",
    "евразийская",
    "План действий Шелкового пути",
)
_add("concept_trap", L11E, "eurasian-diplomacy-name", F, "Silk Road Diplomacy", "diplomacy")
_add(
    "concept_trap", L11R, "silk-road-continuation", F, "Дипломатия Шелкового пути", "многовекторная политика"
)
_add(
    "concept_trap",
    L11R,
    "first-visit-statement",
    F,
    "Совместное заявление о дружбе, партнерстве и сотрудничестве",
    "заявление",
)
_add(
    "concept_trap",
    L11E,
    "first-visit-statement",
    F,
    "Joint Statement on Friendship, Partnership and Cooperation",
    "statement",
)
_add(
    "concept_trap",
    L11R,
    "second-visit-document",
    F,
    "Совместное заявление",
    "заявление о дружбе и сотрудничестве",
)
_add("concept_trap", L11E, "second-visit-document", F, "Joint Statement")
_add("concept_trap", L11R, "boao-forum", F, "СВМДА", "азиатский форум")
_add("concept_trap", L11R, "unsc-membership", F, "СВМДА", "Генассамблея ООН", "ООН")
_add("concept_trap", L11E, "unsc-membership", F, "CICA", "UN General Assembly", "the UN")
_add("concept_trap", L11R, "cica-preparation", F, "Боаоский форум", "ШОС")
_add("concept_trap", L11R, "reactor-type", F, "на тяжёлой воде", "тяжеловодные")
_add("concept_trap", L11E, "reactor-type", F, "heavy water")
_add("concept_trap", L11R, "initiative-source", F, "от Астаны", "Казахстан")
_add("concept_trap", L11R, "astana-role", F, "активного игрока", "ведущего игрока")
_add("concept_trap", L11R, "japan-dependence", F, "частично", "незначительно")
_add("concept_trap", L11R, "oil-for-tech", F, "уран в обмен на технологии", "нефть в обмен на инвестиции")
_add("concept_trap", L11E, "oil-for-tech", F, "uranium for technology", "oil in exchange for investment")
_add("concept_trap", L11R, "oil-for-tech-role", F, "стимулом")
_add("concept_trap", L11E, "oil-for-tech-role", F, "stimulus")
_add("concept_trap", L11R, "visits-effect", F, "катализатор")
_add("concept_trap", L11E, "visits-effect", F, "catalyst")
_add("concept_trap", L11R, "unequal-exchange", F, "равноценный обмен")
_add(
    "concept_trap", L11R, "kz-exports-dominant", F, "редкоземельные металлы", "благородные металлы", "металлы"
)
_add("concept_trap", L11E, "kz-exports-dominant", F, "precious metals", "metals")
_add("concept_trap", L11R, "japan-aim", F, "Дальний Восток", "Восток")
_add("concept_trap", L11R, "munkuduk-name", F, "Восточный Мункудук", "Южный Мункудук")
_add("concept_trap", L11R, "munkuduk-resource", F, "нефть", "газ")
_add("concept_trap", L11R, "jogmec-partner", F, "Казатомпром")
_add("concept_trap", L11E, "jogmec-partner", F, "Kazatomprom")
_add("concept_trap", L11R, "kmg-predecessor", F, "Казатомпром", "Казахтелеком")
_add(
    "concept_trap", K21R, "headline-delegation", F, "отправить делегацию в Казахстан", "пригласить делегацию"
)
_add("concept_trap", K21E, "headline-delegation", F, "invite a delegation")
_add("concept_trap", K21R, "olympics", F, "ЭКСПО-2017", "Паралимпийские игры в Токио")
_add("concept_trap", K21E, "olympics", F, "Tokyo Paralympics", "EXPO-2017")
_add("concept_trap", K21R, "qazvac", F, "Спутник V")
_add("concept_trap", K21R, "strategic-partner", F, "торговый партнер")
_add("concept_trap", K21E, "strategic-partner", F, "trading partner")
_add("concept_trap", K21R, "new-level", F, "стратегический уровень")
_add("concept_trap", K21E, "new-level", F, "a strategic level")
_add("concept_trap", K21R, "new-economic-agenda", F, "новую инвестиционную программу")
_add("concept_trap", K21R, "green-energy", F, "цифровизация", "атомная энергетика")
_add("concept_trap", K21E, "green-energy", F, "nuclear energy", "digitalisation")
_add("concept_trap", K21R, "carbon-neutrality", F, "к концу столетия")
_add("concept_trap", K21E, "carbon-neutrality", F, "by the end of the century")
_add("concept_trap", K21R, "agreed-dialogue", F, "переговоры")
_add("concept_trap", K21R, "invitation", F, "в Японию")
_add("concept_trap", K21E, "invitation", F, "Japan")
_add("concept_trap", K21R, "congrats-election", F, "с днём рождения")
_add("concept_trap", Y25R, "high-level-chrysanthemum-order", F, "Алтын Кыран", "орден Восходящего солнца")
_add("concept_trap", Y25R, "high-level-altyn-kyran", F, "орден Хризантемы", "орден Отан")
_add("concept_trap", Y25E, "high-level-altyn-kyran", F, "Order of the Chrysanthemum")
_add(
    "concept_trap",
    Y25R,
    "high-level-partnership-status",
    F,
    "стратегическое партнерство",
    "всеобъемлющее стратегическое партнерство",
)
_add(
    "concept_trap",
    Y25E,
    "high-level-partnership-status",
    F,
    "strategic partnership",
    "comprehensive strategic partnership",
)
_add("concept_trap", Y25R, "parliament-kawamura-house", F, "Палата советников", "верхняя палата")
_add("concept_trap", Y25R, "parliament-expo-2017", F, "ЭКСПО-2016")
_add("concept_trap", Y25R, "economy-jcif-organizer", F, "ЕБРР", "Японский банк международного сотрудничества")
_add(
    "concept_trap",
    Y25R,
    "economy-tokyo-conference-ebrd",
    F,
    "Всемирный банк",
    "Азиатский банк развития",
    "Европейский банк",
    "ЕАБР",
)
_add("concept_trap", Y25R, "economy-ebrd-role", F, "основной организатор", "спонсор")
_add("concept_trap", Y25R, "economy-sumitomo", F, "Марубени", "Мицуи")
_add("concept_trap", Y25R, "economy-marubeni", F, "Сумитомо")
_add("concept_trap", Y25R, "economy-aifc", F, "Токийская фондовая биржа", "Казахстанская фондовая биржа")
_add("concept_trap", Y25R, "healthcare-kyzylorda-city", F, "Талдыкорган", "Семипалатинск")
_add("concept_trap", Y25R, "healthcare-radiological-medicine", F, "онкология", "ядерная медицина")
_add("concept_trap", Y25R, "healthcare-satellite", F, "интернет", "телемост")
_add("concept_trap", Y25R, "healthcare-tuberculosis", F, "рак", "рак лёгких")
_add("concept_trap", Y25E, "healthcare-tuberculosis", F, "lung cancer")
_add("concept_trap", Y25R, "atom-resolution-initiator", F, "Япония", "Казахстан и Япония")
_add("concept_trap", Y25R, "atom-project-atom-name", F, "Проект МИР")
_add(
    "concept_trap",
    Y25R,
    "atom-ctbt-abbrev",
    F,
    "Договор о запрещении ядерных испытаний",
    "Договор о нераспространении ядерного оружия",
)
_add("concept_trap", Y25E, "atom-ctbt-abbrev", F, "Non-Proliferation Treaty", "Nuclear Test Ban Treaty")
_add("concept_trap", Y25R, "atom-conference-city", F, "Вена", "Женева")
_add("concept_trap", Y25E, "atom-conference-city", F, "Vienna")
_add("concept_trap", Y25R, "atom-panel-museum", F, "Музей мира в Хиросиме")
_add("concept_trap", Y25R, "atom-iaea", F, "ОДВЗЯИ", "JICA")
_add("concept_trap", Y25R, "atom-jaea-training", F, "JICA", "МАГАТЭ")
_add("concept_trap", Y25E, "atom-jaea-training", F, "JICA", "IAEA")
_add("concept_trap", Y25R, "atom-nnc-name", F, "Казатомпром", "Институт ядерной физики")
_add("concept_trap", Y25R, "jica-first-association-country", F, "Индонезия", "Таиланд")
_add("concept_trap", Y25R, "bulletin-araki-university", F, "Университет Васэда", "Киотский университет")
_add("concept_trap", Y25R, "bulletin-araki-oda", F, "гуманитарная помощь", "грантовая помощь")
_add("concept_trap", Y25R, "bulletin-initiator", F, "Посольство Японии", "JBIC")
_add("concept_trap", Y25R, "kurokawa-metabolism", F, "брутализм", "модернизм")
_add("concept_trap", Y25R, "kurokawa-tange-city", F, "Нагасаки")
_add("concept_trap", Y25E, "kurokawa-tange-city", F, "Nagasaki")
_add("concept_trap", Y25R, "kurokawa-river-axis", F, "главная улица")
_add("concept_trap", Y25R, "expo-slogan", F, "3E+S", "Future Energy", "Smart Technology")
_add("concept_trap", Y25E, "expo-slogan", F, "Future Energy")
_add("concept_trap", Y25R, "expo-3es-name", F, "3E", "Smart Mix", "3S+E")
_add(
    "concept_trap",
    Y25R,
    "expo-3es-priority",
    F,
    "энергетическая безопасность",
    "окружающая среда",
    "экономическая эффективность",
)
_add("concept_trap", Y25E, "expo-3es-priority", F, "Energy Security", "Environment")
_add("concept_trap", Y25R, "expo-wagakki", F, "Osaka Stage")
_add("concept_trap", Y25R, "expo-osaka-stage", F, "WAGAKKI", "Кабуки")
_add("concept_trap", Y25R, "expo-symbol", F, "синий круг", "круг")
_add("concept_trap", Y25R, "institute-applied-science", F, "фундаментальная наука")
_add("concept_trap", Y25R, "institute-base", F, "Назарбаев Университет", "Ассоциация выпускников JICA")
_add("concept_trap", Y25E, "institute-base", F, "JICA Alumni Association")

# ---------------------------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------------------------
_add(
    "list_ok",
    L11R,
    "kz-exports",
    T,
    "титан, сталь, ферросплавы, морепродукты",
    "сырье, топливо, титан и сталь",
    "редкоземельных металлов, ферросплавов, титана, стали",
    "морепродукты; титан; сталь; минеральное топливо",
)
_add(
    "list_ok",
    L11E,
    "kz-exports",
    T,
    "titanium, steel, ferroalloys, seafood",
    "steel and titanium and seafood and fuel",
)
_add(
    "list_ok",
    L11R,
    "jp-exports",
    T,
    "автомобили, бытовая техника, часы, текстиль",
    "автомобилей, приборов, часов, оборудования",
)
_add("list_ok", L11E, "jp-exports", T, "cars, household appliances, watches, textiles")
_add(
    "list_ok",
    L11R,
    "eurasian-diplomacy-zone",
    T,
    "Центральная Азия и Кавказ",
    "Кавказ, Средняя Азия",
    "Центральную Азию и Кавказ",
)
_add("list_ok", L11E, "eurasian-diplomacy-zone", T, "Caucasus and Central Asia")
_add(
    "list_ok",
    L11R,
    "resource-activities",
    T,
    "разведка, добыча, транспортировка",
    "разведке, добыче и транспортировке",
)
_add("list_ok", L11E, "resource-activities", T, "exploration, mining and transportation")
_add("list_ok", L11R, "munkuduk-companies", T, "Сумитомо, Кепко, Казатомпром", "Kazatomprom, KEPCO, Sumitomo")
_add(
    "list_ok",
    L11R,
    "economic-committees",
    T,
    "казахстанско-японский и японско-казахстанский",
    "японско-казахстанский комитет, казахстанско-японский комитет",
)
_add(
    "list_ok",
    L11R,
    "japan-growing-interest",
    T,
    "Казахстан и Центральная Азия",
    "с Казахстаном и Центральной Азией",
)
_add("list_ok", L11R, "lecture-questions", T, "экономическое сотрудничество и культурные связи")
_add(
    "list_ok",
    L11R,
    "lecture-keywords",
    T,
    "геополитика, политика, концепция, дипломатия",
    "многовекторность, экономика, признание, мировое сообщество",
)
_add("list_ok", L11R, "uranium-kz-offers", T, "допуск к урановым месторождениям и поставки урана за рубеж")
_add("list_ok", L11R, "uranium-japan-offers", T, "переработка урана и строительство ядерных реакторов")
_add("list_ok", L11R, "silk-road-directions", T, "политический диалог, экономическое сотрудничество")
_add("list_ok", L11R, "sector-skew", T, "энергетический и транспортный", "энергетика, транспорт")
_add("list_ok", K21R, "covid-thanks", T, "гуманитарную помощь и содействие в борьбе с COVID-19")
_add("list_ok", K21E, "covid-thanks", T, "humanitarian aid and help fighting COVID-19")
_add(
    "list_ok",
    K21R,
    "agenda-sectors",
    T,
    "сельское хозяйство, геологоразведка, цифровизация",
    "сельского хозяйства, геологоразведки и цифровизации",
    "сельское хозяйство, ИИ, цифровизация",
)
_add("list_ok", K21E, "agenda-sectors", T, "agriculture, AI, digitalisation")
_add("list_ok", K21R, "suga-regions", T, "Северная Азия и Юго-Восточная Азия", "ЮВА, Северная Азия")
_add("list_ok", K21E, "suga-regions", T, "North Asia and Southeast Asia")
_add(
    "list_ok",
    Y25R,
    "high-level-books",
    T,
    "Критическое десятилетие, Казахстанский путь",
    "Политика мира и согласия, Критическое десятилетие",
)
_add("list_ok", Y25R, "high-level-breakthrough-visits", T, "1994 и 1999", "1999, 1994")
_add(
    "list_ok",
    Y25R,
    "economy-consortium-members",
    T,
    "ИНПЕКС, ДЖАПЕКС, Тэйкоку Ойл",
    "INPEX, JAPEX, Mitsui Corporation",
)
_add("list_ok", Y25R, "economy-strategies", T, "Нурлы жол и Абэномика", "Нурлы жол, Абеномика")
_add("list_ok", Y25E, "economy-strategies", T, "Nurly Zhol and Abenomics")
_add("list_ok", Y25R, "economy-eaeu-wto", T, "ЕАЭС и ВТО", "ВТО, ЕАЭС")
_add("list_ok", Y25E, "economy-eaeu-wto", T, "WTO and EAEU")
_add(
    "list_ok",
    Y25R,
    "economy-branches-spheres",
    T,
    "нефть, газ, металлургия, финансы",
    "нефти, газа, металлургии и финансов",
)
_add("list_ok", Y25R, "economy-training-orgs", T, "JICA, JBIC", "ДЖАЙКА и JCCP")
_add("list_ok", Y25R, "economy-forum-meetings", T, "Эксимбанк Японии, JUKI")
_add("list_ok", Y25R, "healthcare-expert-cities", T, "Нагасаки и Хиросима", "Хиросима, Нагасаки")
_add(
    "list_ok",
    Y25R,
    "healthcare-telebridge-cities",
    T,
    "Нагасаки, Семипалатинск, Токио",
    "Нагасаки, Семей, Токио",
)
_add(
    "list_ok",
    Y25R,
    "healthcare-ultrasound-villages",
    T,
    "Бородулиха, Кокпекты, Аксуат",
    "Караул, Бурас, Аксуат",
)
_add("list_ok", Y25R, "atom-experiments-lwr", T, "COTELS и IVR-AM", "cotels, ivr am")
_add("list_ok", Y25R, "atom-new-facilities", T, "CORMIT, EAGLE")
_add("list_ok", Y25R, "atom-delegation-cities", T, "Астана и Семей", "Астана, Семипалатинск")
_add("list_ok", Y25R, "atom-mayors-cities", T, "Хиросимы и Нагасаки")
_add("list_ok", Y25R, "atom-cochairs-countries", T, "Япония, Казахстан")
_add("list_ok", Y25R, "jica-trainee-groups", T, "госслужащие, частный сектор, НПО")
_add("list_ok", Y25R, "kurokawa-cofounders", T, "Кикутакэ и Маки", "Киёнори Кикутакэ, Фумихико Маки")
_add(
    "list_ok",
    Y25R,
    "expo-3es-components",
    T,
    "энергетическая безопасность, экономическая эффективность, окружающая среда, безопасность",
    "безопасность, энергетическая безопасность, экономическая эффективность, окружающая среда",
)
_add("list_ok", Y25R, "expo-three-colors", T, "традиционная энергия, ВИЭ, энергия будущего")
_add("list_ok", Y25R, "expo-filmmakers", T, "Куросава и Игучи", "Акира Куросава, Нобору Игути")
_add("list_ok", Y25R, "expo-national-day-show", T, "парад, танцы гейш", "танец гейш и катана")
_add("list_ok", Y25R, "institute-activities", T, "научно-прикладная, экспертно-аналитическая, консалтинговая")
_add("list_ok", Y25E, "healthcare-expert-cities", T, "Hiroshima and Nagasaki")

_add(
    "list_trap",
    L11R,
    "kz-exports",
    F,
    "титан; сталь; уран; морепродукты",
    "титан, сталь, ферросплавы",
    "титан, титан, сталь, ферросплавы",
    "автомобили, титан, сталь, ферросплавы",
)
_add("list_trap", L11E, "kz-exports", F, "titanium, steel, cars, seafood", "steel, steel, titanium, seafood")
_add("list_trap", L11R, "jp-exports", F, "автомобили, часы, текстиль, титан", "автомобили, часы, текстиль")
_add(
    "list_trap",
    L11R,
    "eurasian-diplomacy-zone",
    F,
    "Центральная Азия",
    "Центральная Азия, Кавказ, Ближний Восток",
)
_add("list_trap", L11R, "resource-activities", F, "разведка, добыча, переработка")
_add("list_trap", L11R, "munkuduk-companies", F, "Sumitomo, KEPCO, КазМунайГаз", "Sumitomo, Kepko")
_add(
    "list_trap",
    L11R,
    "economic-committees",
    F,
    "казахстанско-японский, казахстанско-японский",
    "казахстанско-японский комитет",
)
_add("list_trap", L11R, "japan-growing-interest", F, "Казахстан", "Казахстан, Кавказ")
_add("list_trap", L11R, "lecture-questions", F, "экономическое сотрудничество, политические отношения")
_add(
    "list_trap",
    L11R,
    "lecture-keywords",
    F,
    "геополитика, геополитика, политика, экономика",
    "геополитика, политика, экономика, культура",
)
_add("list_trap", L11R, "uranium-kz-offers", F, "технологии переработки урана, строительство реакторов")
_add("list_trap", L11R, "uranium-japan-offers", F, "технологии переработки урана, поставки урана")
_add("list_trap", L11R, "silk-road-directions", F, "политический диалог, культурное сотрудничество")
_add("list_trap", L11R, "sector-skew", F, "энергетический и финансовый", "энергетический")
_add("list_trap", K21R, "covid-thanks", F, "гуманитарная помощь", "гуманитарная помощь, вакцины")
_add("list_trap", K21E, "covid-thanks", F, "humanitarian aid")
_add(
    "list_trap",
    K21R,
    "agenda-sectors",
    F,
    "сельское хозяйство, цифровизация, зелёная энергетика",
    "сельское хозяйство, геологоразведка",
)
_add("list_trap", K21E, "agenda-sectors", F, "agriculture, green energy, digitalization")
_add(
    "list_trap",
    K21R,
    "suga-regions",
    F,
    "Центральная Азия, Юго-Восточная Азия",
    "Северная Азия",
    "Северная Азия, Восточная Азия",
    "Южная Азия и Северная Азия",
)
_add("list_trap", K21E, "suga-regions", F, "East Asia, North Asia", "Central Asia and Southeast Asia")
_add("list_trap", Y25R, "high-level-books", F, "Казахстанский путь и Эра независимости")
_add("list_trap", Y25R, "high-level-breakthrough-visits", F, "1994 и 1997", "1994")
_add("list_trap", Y25R, "economy-consortium-members", F, "INPEX, JAPEX, Marubeni")
_add("list_trap", Y25R, "economy-strategies", F, "Нурлы жол и Стратегия-2050")
_add("list_trap", Y25R, "economy-eaeu-wto", F, "ВТО и ШОС", "ВТО, ОЭСР")
_add("list_trap", Y25E, "economy-eaeu-wto", F, "WTO, OECD")
_add("list_trap", Y25R, "economy-branches-spheres", F, "нефть, газ, металлургия, туризм")
_add("list_trap", Y25R, "economy-training-orgs", F, "JICA, JETRO")
_add("list_trap", Y25R, "economy-forum-meetings", F, "JICA, JUKI")
_add("list_trap", Y25R, "economy-aifc-partners", F, "Токийская фондовая биржа, Банк Японии")
_add("list_trap", Y25R, "healthcare-expert-cities", F, "Нагасаки, Токио")
_add(
    "list_trap",
    Y25R,
    "healthcare-telebridge-cities",
    F,
    "Нагасаки, Семипалатинск, Хиросима",
    "Нагасаки, Семипалатинск",
)
_add("list_trap", Y25R, "healthcare-ultrasound-villages", F, "Бородулиха, Кокпекты, Курчатов")
_add("list_trap", Y25R, "healthcare-cytology-lab-cities", F, "Семипалатинск, Усть-Каменогорск, Алматы")
_add("list_trap", Y25R, "atom-experiments-lwr", F, "COTELS, EAGLE")
_add("list_trap", Y25R, "atom-new-facilities", F, "EAGLE, COTELS")
_add("list_trap", Y25R, "atom-delegation-cities", F, "Алматы, Семей", "Курчатов и Семей")
_add("list_trap", Y25R, "atom-mayors-cities", F, "Токио и Хиросима")
_add("list_trap", Y25R, "atom-cochairs-countries", F, "Казахстан, США")
_add("list_trap", Y25R, "jica-trainee-groups", F, "госслужащие, студенты, НПО")
_add("list_trap", Y25R, "kurokawa-cofounders", F, "Кикутакэ, Танге", "Маки и Кэндзо Танге")
_add(
    "list_trap",
    Y25R,
    "expo-3es-components",
    F,
    "энергетическая безопасность, экономическая эффективность, окружающая среда",
)
_add("list_trap", Y25R, "expo-three-colors", F, "традиционная энергия, атомная энергия, энергия будущего")
_add("list_trap", Y25R, "expo-filmmakers", F, "Куросава, Китано", "Куросава, Миядзаки")
_add("list_trap", Y25R, "expo-national-day-show", F, "чайная церемония, парад", "икебана, оригами")
_add(
    "list_trap",
    Y25R,
    "institute-activities",
    F,
    "научно-прикладная, экспертно-аналитическая, образовательная",
)

# ---------------------------------------------------------------------------------------------
# Choice cards: by text (any inflection / case) or by 1-based number
# ---------------------------------------------------------------------------------------------
_add(
    "choice_ok",
    L11R,
    "first-visit-notes",
    T,
    "3",
    "договоров и соглашений между СССР и Японией",
    "договоры и соглашения между СССР и Японией",
)
_add("choice_ok", L11E, "first-visit-notes", T, "3", "treaties and agreements between the USSR and Japan")
_add("choice_ok", L11R, "boao-concept", T, "2", "Дипломатия Шелкового пути", "дипломатии шелкового пути")
_add("choice_ok", L11R, "eurasian-diplomacy-purpose", T, "2")
_add("choice_ok", L11R, "agreement-outlook", T, "2", "это дело времени")
_add(
    "choice_ok",
    L11E,
    "cooperation-limited",
    T,
    "3",
)
# Second edition of the decks: the card asks how broad the cooperation is (review 1, #50); naming the
# activities (the answer of `resource-activities`) does not give the limitation and picks no option.
_add(
    "concept_trap",
    L11E,
    "cooperation-limited",
    F,
    "exploration, extraction and transportation of natural resources",
)
_add(
    "choice_ok",
    Y25R,
    "high-level-statement-2016-title",
    T,
    "2",
    "О расширенном стратегическом партнерстве в век процветания Азии",
)
_add(
    "choice_ok",
    Y25R,
    "high-level-first-visit-post",
    T,
    "4",
    "заместитель Премьер-министра – Министр иностранных дел Японии",
)
_add(
    "choice_ok",
    Y25R,
    "parliament-kawamura-former-post",
    T,
    "3",
    "Генеральный секретарь Кабинета министров Японии",
)
_add(
    "choice_ok",
    Y25E,
    "parliament-kawamura-former-post",
    T,
    "Chief Cabinet Secretary of Japan",
    "chief cabinet secretary of japan",
)
_add("choice_ok", Y25R, "kurokawa-main-idea", T, "Гармония городской и природной среды", "4")
_add("choice_ok", Y25R, "jica-kz-goal", T, "1")
_add("choice_ok", Y25R, "healthcare-almaty-grant-amount", T, "3", "1.365 млн йен")
_add("choice_ok", Y25E, "healthcare-almaty-grant-amount", T, "3", "1.365 million yen")

_add("choice_trap", L11R, "first-visit-notes", F, "2", "независимости Казахстана", "5")
_add("choice_trap", L11E, "first-visit-notes", F, "the independence of Kazakhstan")
_add("choice_trap", L11R, "boao-concept", F, "1", "Евразийская дипломатия")
_add("choice_trap", L11R, "eurasian-diplomacy-purpose", F, "созыву СВМДА", "4")
_add("choice_trap", L11R, "agreement-outlook", F, "3")
_add("choice_trap", L11E, "cooperation-limited", F, "science and technology", "2")
_add("choice_trap", Y25R, "high-level-statement-2016-title", F, "О дружбе, партнерстве и сотрудничестве", "1")
_add("choice_trap", Y25R, "high-level-first-visit-post", F, "Премьер-министр Японии", "2")
_add("choice_trap", Y25R, "parliament-kawamura-former-post", F, "1")
_add("choice_trap", Y25E, "parliament-kawamura-former-post", F, "Prime Minister of Japan")
_add("choice_trap", Y25R, "kurokawa-main-idea", F, "Русло реки как архитектурная ось города")
_add("choice_trap", Y25R, "jica-kz-goal", F, "2")
_add("choice_trap", Y25R, "healthcare-almaty-grant-amount", F, "995 млн йен", "2")
_add("choice_trap", Y25E, "healthcare-almaty-grant-amount", F, "995 million yen")

# ---------------------------------------------------------------------------------------------
# Hedges: two candidates, or every candidate at once
# ---------------------------------------------------------------------------------------------
_add(
    "hedge", L11R, "silk-road-author", F, "Хашимото или Обучи", "Хашимото/Обучи", "Хашимото, Обучи, Коидзуми"
)
_add("hedge", L11E, "silk-road-author", F, "Hashimoto or Obuchi")
_add("hedge", L11R, "silk-road-voiced-year", F, "1997 или 1998")
_add("hedge", L11E, "eurasian-diplomacy-year", F, "1997 or 1998")
_add("hedge", L11R, "first-visit-date", F, "апрель 1994 или декабрь 1999")
_add("hedge", L11R, "japan-embassy-first-city", F, "Алматы или Астана")
_add("hedge", L11E, "japan-embassy-first-city", F, "Almaty or Astana")
_add("hedge", L11R, "initiative-source", F, "от Токио и Астаны")
_add("hedge", L11R, "first-visit-notes", F, "1 или 2")
_add("hedge", K21R, "call-partner", F, "Суга или Абэ")
_add("hedge", Y25R, "expo-ambassador", F, "Кавамура или Кавабата")
_add("hedge", Y25R, "economy-sumitomo", F, "Сумитомо или Марубени")
_add("hedge", Y25R, "expo-total-visitors", F, "4 или 5 млн")
_add("hedge", Y25R, "kurokawa-plan-completed", F, "2001 или 2002")

# ---------------------------------------------------------------------------------------------
# Empty answers and "I don't know"
# ---------------------------------------------------------------------------------------------
_add("empty_dont_know", L11R, "silk-road-author", F, "", "не знаю")
_add("empty_dont_know", L11R, "kz-exports", F, "не знаю", " ")
_add("empty_dont_know", L11R, "japan-recognized-kz", F, "не помню")
_add("empty_dont_know", L11E, "munkuduk-investment", F, "I don't know")
_add("empty_dont_know", Y25R, "expo-japan-pavilion-visitors", F, "не знаю")
_add("empty_dont_know", Y25R, "jica-kz-goal", F, "")
_add("empty_dont_know", K21E, "call-partner", F, "don't know", "?")
_add("empty_dont_know", K21R, "agenda-sectors", F, "-")

# ---------------------------------------------------------------------------------------------
# Typos within the allowed bound, and typos in short words (never forgiven)
# ---------------------------------------------------------------------------------------------
_add("typo", L11R, "visits-president", T, "Назарбев")
_add("typo", L11R, "silk-road-author", T, "Хашимто")
_add("typo", L11R, "kz-ambassador", T, "Камалдиноа")
_add("typo", L11R, "japan-embassy-new-city", T, "Астна")
_add("typo", Y25R, "parliament-mukhamedzhanov", T, "Мухамеджнов")
_add("typo", Y25R, "parliament-isimbayeva", T, "Исинбаева")
_add("typo", Y25R, "expo-ambassador", T, "Кавабато")
_add("typo", Y25R, "atom-iaea", T, "МАГАТЕ")
_add("typo", Y25R, "healthcare-ultrasound-villages", T, "Бородулиа, Кокпекти, Аксуат")
_add("typo", K21E, "agenda-sectors", T, "agricultre, digitalisation, artifical intelligence")
_add("typo", L11E, "eurasian-diplomacy-author", T, "Hashimotto")

_add("short_word_typo", L11R, "munkuduk-resource", F, "урон")
_add("short_word_typo", Y25R, "high-level-abe", F, "Абу")
_add("short_word_typo", Y25R, "economy-eaeu-wto", F, "ЕАЭС и ВТА")
_add("short_word_typo", Y25R, "parliament-mami", F, "Мамо")
_add("short_word_typo", K21R, "call-partner", F, "Сага")
_add("short_word_typo", Y25E, "atom-iaea", F, "IAAE")
# Not JICA misspelt in a short word: it is the accepted «Джайка» (six letters) with one slip, rated hard.
_add("name_variant", Y25R, "bulletin-initiator", T, "JIKA")

# ---------------------------------------------------------------------------------------------
# Wrong keyboard layout and Latin/Cyrillic look-alike letters
# ---------------------------------------------------------------------------------------------
_add("layout_lookalike", L11R, "eurasian-diplomacy-author", T, "[fibvjnj")
_add("layout_lookalike", L11R, "japan-embassy-first-city", T, "fkvfns")
_add("layout_lookalike", L11R, "boao-speaker", T, "rjblpevb")
_add("layout_lookalike", L11R, "visits-president", T, "yfpfh,ftd")
_add("layout_lookalike", L11E, "japan-embassy-new-city", T, "фыефтф")
_add("layout_lookalike", L11R, "japan-embassy-first-city", T, "Aлматы")
_add("layout_lookalike", L11R, "munkuduk-companies", T, "Сумитомо, Кепко, Kaзaтoмпpoм")
_add("layout_lookalike", L11R, "silk-road-author", T, "Хашимотo")
_add("layout_lookalike", L11R, "silk-road-author", F, "j,exb")
_add("layout_lookalike", L11R, "japan-embassy-first-city", F, "fcnfyf")

# ---------------------------------------------------------------------------------------------
# Fillers and words echoed from the question
# ---------------------------------------------------------------------------------------------
_add("echo_filler", L11R, "boao-speaker", T, "премьер-министр Коидзуми")
_add("echo_filler", L11E, "boao-speaker", T, "the Prime Minister Koizumi")
_add("echo_filler", L11R, "japan-embassy-first-city", T, "в городе Алматы")
_add("echo_filler", L11R, "silk-road-adopted-by", T, "правительство Обучи")
# Part of a multi-word name (the spec: "only part of a multi-word concept is not correct").
_add("echo_filler", Y25R, "economy-jcif-organizer", F, "центр международных финансов")
_add("echo_filler", Y25R, "atom-jaea-training", F, "агентство по атомной энергии")
_add("echo_filler", Y25E, "economy-investors-number", T, "about 250 investors")
_add("echo_filler", L11E, "munkuduk-trial", T, "in the year 2007")
_add("echo_filler", K21R, "call-partner", T, "премьер-министр Суга")
_add("echo_filler", K21E, "call-partner", T, "Prime Minister Yoshihide Suga")

# An added content word that the answer does not contain
_add("concept_trap", L11R, "eurasian-diplomacy-name", F, "Евразийская дипломатия Хашимото")
_add("concept_trap", L11R, "first-visit-statement", F, "Совместное заявление о мире")
_add("concept_trap", Y25R, "atom-conference-city", F, "Нью-Йорк и Вена")

# ---------------------------------------------------------------------------------------------
# Second pass: harder traps (negation, near-miss compounds, echo-only answers, neighbouring
# dates and items from the same paragraph) and more right answers phrased differently
# ---------------------------------------------------------------------------------------------
# Negation dropped or added: the meaning flips, so the answer is wrong.
_add(
    "concept_trap",
    L11R,
    "trade-list-unchanged",
    F,
    "претерпел значительные изменения",
    "значительные изменения",
)
_add("concept_trap", L11E, "trade-list-unchanged", F, "significant changes", "it has changed significantly")
_add(
    "concept_variant",
    L11R,
    "trade-list-unchanged",
    T,
    "практически не изменился",
    "не претерпел значительных изменений",
)
_add("concept_variant", L11E, "trade-list-unchanged", T, "it has hardly changed")
_add("concept_trap", L11R, "japan-dependence", F, "не полностью")
_add("concept_trap", L11E, "japan-dependence", F, "not completely")
_add("concept_trap", L11R, "authorities-attitude", F, "не приветствуют")
_add("concept_trap", L11E, "authorities-attitude", F, "they do not welcome it")
_add("concept_variant", L11E, "authorities-attitude", T, "welcome")
_add("name_trap", L11R, "silk-road-author", F, "не Хашимото")
# Near-miss compounds and antonyms that share most letters with the answer
_add("concept_trap", L11R, "multivector-policy", F, "одновекторная политика")
_add("concept_trap", L11E, "multivector-policy", F, "single-vector policy")
_add("concept_variant", L11R, "multivector-policy", T, "многовекторной политики")
_add("concept_trap", L11R, "sector-narrow", F, "широкая отраслевая")
_add(
    "concept_trap",
    L11R,
    "middle-east-reason",
    F,
    "напряжённая внешнеполитическая ситуация",
    "стабильная внутриполитическая ситуация",
)
_add("concept_trap", L11E, "middle-east-reason", F, "a tense foreign political situation")
_add("concept_variant", L11R, "middle-east-reason", T, "напряженная внутриполитическая ситуация")
_add("concept_trap", L11R, "peaceful-atom-agreement", F, "военного использования атомной энергии")
_add("concept_variant", L11R, "peaceful-atom-agreement", T, "в области мирного использования атомной энергии")
_add("concept_trap", L11R, "silk-road-dialogue-goal", F, "углубление торговли")
_add(
    "concept_trap", L11R, "silk-road-economic-goal", F, "людских ресурсов", "освоение урановых месторождений"
)
_add("concept_trap", L11R, "economic-association", F, "ассоциация экономического развития")
_add(
    "concept_variant",
    L11R,
    "economic-association",
    T,
    "казахстанско-японская ассоциация экономического и социального развития",
)
_add("concept_trap", L11R, "jogmec-what", F, "корпорация нефти и газа")
_add("concept_variant", L11R, "jogmec-what", T, "японская национальная корпорация нефти, газа и металлов")
_add("concept_trap", L11E, "jogmec-what", F, "oil and gas corporation")
_add("concept_trap", L11R, "passive-role-cause", F, "отсутствие инвестиций")
_add("concept_trap", L11R, "multivector-failed", F, "стратегических направлений")
_add("concept_trap", L11R, "not-a-showcase", F, "инвестиции")
_add("concept_trap", K21R, "new-level", F, "количественно новый уровень")
_add("concept_trap", K21R, "olympics", F, "зимние Олимпийские игры")
_add("concept_trap", K21E, "olympics", F, "Winter Olympics")
_add("concept_trap", K21R, "congrats-election", F, "с переизбранием на пост премьер-министра")
_add("concept_trap", K21E, "congrats-election", F, "his re-election as Prime Minister")
_add("concept_trap", K21E, "olympics-symbol", F, "humanity's victory over poverty")
_add("concept_variant", K21E, "olympics-symbol", T, "victory over COVID-19")
_add("concept_trap", K21E, "suga-kz-leader", F, "a partner in Central Asia")
_add("concept_trap", K21E, "agreed-dialogue", F, "trade negotiations")
_add("concept_variant", K21E, "agreed-dialogue", T, "dialogue and consultations")
_add("concept_trap", Y25R, "high-level-book-of-memory", F, "Книга скорби", "Красная книга")
_add("concept_variant", Y25R, "high-level-book-of-memory", T, "Книгу памяти")
_add("concept_trap", Y25R, "high-level-statement-2016-roadmap", F, "картой")
_add("concept_variant", Y25R, "high-level-statement-2016-roadmap", T, "дорожной картой")
_add("concept_trap", Y25R, "economy-juki-industry", F, "тяжёлая промышленность")
_add("concept_variant", Y25R, "economy-juki-industry", T, "лёгкая промышленность")
_add(
    "concept_trap",
    Y25R,
    "economy-strategic-planning-agency",
    F,
    "Министерство по стратегическому планированию",
    "Государственный комитет по инвестициям",
)
_add(
    "concept_variant",
    Y25R,
    "economy-strategic-planning-agency",
    T,
    "Агентство по стратегическому планированию",
)
_add(
    "concept_trap",
    Y25R,
    "healthcare-biochemical-analyser",
    F,
    "гематологический анализатор",
    "компьютерный томограф",
)
_add("concept_variant", Y25R, "healthcare-biochemical-analyser", T, "биохимического анализатора")
_add("concept_trap", Y25R, "healthcare-cytology-labs", F, "гистологические лаборатории")
_add("concept_trap", Y25R, "healthcare-ambulance-centre", F, "детские больницы")
_add("concept_variant", Y25R, "healthcare-ambulance-centre", T, "центр скорой помощи")
_add("concept_trap", Y25R, "healthcare-cytology-atlas", F, "учебник")
_add("concept_trap", Y25R, "healthcare-japanese-program", F, "Японская помощь")
_add("concept_trap", Y25R, "healthcare-nagai-prize-name", F, "Нобелевская премия")
_add("concept_variant", Y25R, "healthcare-nagai-prize-name", T, "Премия Нагаи")
_add("concept_trap", Y25R, "healthcare-balmukhanov-institute", F, "Институт онкологии")
_add("concept_variant", Y25R, "healthcare-balmukhanov-institute", T, "Института онкологии и радиологии")
_add("concept_trap", Y25R, "bulletin-name", F, "Мосты доверия")
_add("concept_variant", Y25R, "bulletin-name", T, "Мосты дружбы")
_add("concept_trap", Y25R, "bulletin-araki-journal", F, "Журнал международных отношений")
_add("concept_trap", Y25R, "bulletin-araki-association", F, "Ассоциация выпускников JICA")
_add("concept_trap", Y25R, "bulletin-location", F, "Алматы")
_add("concept_variant", Y25R, "bulletin-location", T, "в Астане")
_add("concept_variant", Y25E, "expo-one-japan-challenge", T, "One Japan Challenge")
_add("concept_variant", Y25R, "expo-one-japan-challenge", T, "Вызов Единой Японии")

# Extra words: echoed from the question (fine) or pointing at a different fact (wrong)
_add("echo_filler", L11R, "first-visit-statement", T, "Совместное заявление 1994 года")
_add("echo_filler", L11R, "boao-forum", T, "Боаоский форум 2002")
_add("echo_filler", L11R, "eurasian-diplomacy-name", T, "Евразийская дипломатия 1997")
_add("echo_filler", L11E, "eurasian-diplomacy-name", T, "the Eurasian Diplomacy concept")
_add("echo_filler", L11E, "silk-road-adopted-by", T, "Obuchi's government")
_add("concept_trap", L11R, "first-visit-statement", F, "Совместное заявление 1999 года")
_add("concept_trap", L11R, "second-visit-document", F, "Совместное заявление 1999 года")
# Answers made only of words from the question
_add("concept_trap", L11R, "silk-road-author", F, "премьер-министр Японии")
_add("concept_trap", L11R, "eurasian-diplomacy-name", F, "японская внешнеполитическая концепция")
_add("concept_trap", L11R, "silk-road-continuation", F, "дипломатия", "концепция Шелкового пути")
_add("name_trap", Y25R, "kurokawa-mikio", F, "Курокава")
_add("name_trap", Y25E, "kurokawa-mikio", F, "Kurokawa")

# More transliterations of names
_add("name_variant", L11E, "silk-road-author", T, "Ryūtarō Hashimoto", "Hashimoto Ryutaro")
_add("name_variant", L11E, "boao-speaker", T, "Jun'ichiro Koizumi")
_add("name_variant", L11R, "boao-speaker", T, "Дзюнитиро Коидзуми")
_add("name_variant", L11R, "silk-road-adopted-by", T, "Кейдзо Обучи")
_add("hedge", L11E, "silk-road-author", F, "either Hashimoto or Obuchi", "Hashimoto and Obuchi")
_add("name_trap", L11E, "silk-road-author", F, "R. Obuchi")
_add("hedge", Y25R, "high-level-book-of-memory-recipient", F, "либо Хосокава, либо Ватанабэ")
_add("hedge", L11R, "japan-recognized-kz", F, "28 или 29 декабря 1991")
_add("hedge", L11R, "eurasian-diplomacy-year", F, "1997-1998")
_add("hedge", Y25R, "expo-total-visitors", F, "4-5 млн")
_add("hedge", L11R, "first-visit-notes", F, "1, 2")

# Layout and look-alikes, right and wrong
_add("layout_lookalike", L11R, "jogmec-partner", T, "rfpveyfqufp", "КазMунайГаз")
_add("layout_lookalike", L11R, "jogmec-partner", F, "rfpfnjvghjv")
_add("layout_lookalike", Y25R, "expo-ambassador", T, "Kaвабата")
_add("layout_lookalike", Y25R, "parliament-league-chair", F, "Kaвабата")

# Empty-ish answers
_add("empty_dont_know", L11R, "first-visit-date", F, "нет ответа", "...")
_add("empty_dont_know", Y25R, "kurokawa-master-plan-author", F, "хз")

# Numbers: scale written out, wrong currency, wrong scale, swapped digits
_add("number_format", Y25R, "expo-total-visitors", T, "4 000 000")
_add("number_format", L11R, "munkuduk-investment", T, "100 000 000 долларов")
_add("number_format", L11E, "munkuduk-investment", T, "$100 million")
_add("number_trap", L11R, "munkuduk-investment", F, "100 млн тенге")
_add("number_trap", Y25R, "healthcare-astana-children-amount", F, "995 млн долларов")
_add("number_trap", Y25R, "jica-trained-count", F, "1 тыс.", "1200 тыс.", "1,2 млн")
_add("number_trap", K21R, "japanese-companies", F, "50 тыс.")
_add("number_trap", Y25R, "expo-japan-pavilion-visitors", F, "726 825 000", "726")
_add("number_format", Y25R, "healthcare-ultrasound-number", T, "5 аппаратов")
_add("number_trap", Y25R, "healthcare-ultrasound-number", F, "6")
_add("number_format", Y25R, "healthcare-semey-hospitals", T, "3")
_add("number_trap", Y25R, "healthcare-semey-hospitals", F, "4")
_add("number_format", Y25R, "healthcare-telebridge-anniversary", T, "50 лет")
_add("number_trap", Y25R, "healthcare-telebridge-anniversary", F, "40")
_add("number_format", Y25R, "atom-panel-anniversary", T, "25 лет")
_add("number_trap", Y25R, "atom-panel-anniversary", F, "20")
_add("number_format", Y25R, "atom-nnc-years", T, "20 лет")
_add("number_trap", Y25R, "atom-nnc-years", F, "25")
_add("number_format", Y25R, "healthcare-ambulance-service", T, "более 10 лет")
_add("number_format", Y25R, "bulletin-first-issue-anniversary", T, "20-летия")
_add("number_format", Y25R, "healthcare-almaty-grant-towns", T, "16")
_add("number_trap", Y25R, "healthcare-almaty-grant-towns", F, "61")
_add("number_format", Y25R, "healthcare-kyzylorda-amount", T, "467 млн йен")
_add("number_trap", Y25R, "healthcare-kyzylorda-amount", F, "476", "467 млрд йен")
_add("number_format", Y25R, "healthcare-ambulance-amount", T, "454 млн")
_add("number_trap", Y25R, "healthcare-ambulance-amount", F, "445")
_add("number_format", Y25R, "economy-consortium-size", T, "6 компаний")
_add("number_trap", Y25R, "economy-consortium-size", F, "16")
_add("number_format", Y25R, "jica-meetings-count", T, "6")
_add("number_trap", Y25R, "jica-meetings-count", F, "7")
_add("number_format", Y25R, "kurokawa-death-anniversary", T, "10 лет")
_add("number_trap", Y25R, "kurokawa-death-anniversary", F, "7")
_add("number_format", Y25R, "bulletin-araki-years-asia", T, "более 45 лет")
_add("number_trap", Y25R, "bulletin-araki-years-asia", F, "54")
_add("number_format", Y25E, "healthcare-kyzylorda-amount", T, "467 million yen")
_add("number_trap", Y25E, "healthcare-kyzylorda-amount", F, "476 million yen")

# Dates: the neighbouring month/year from the same paragraph, and precise dates inside a month
_add("date_format", L11R, "japan-embassy-opened", T, "31 января 1993")
_add("date_trap", L11R, "japan-embassy-opened", F, "1 февраля 1993")
_add("date_trap", L11R, "japan-recognized-kz", F, "28 декабря")
_add("date_format", L11E, "japan-recognized-kz", T, "the 28th of December, 1991")
_add("date_trap", L11E, "japan-recognized-kz", F, "Dec. 1991")
_add("date_format", Y25R, "economy-joint-commission-date", T, "декабрь 1993")
_add("date_trap", Y25R, "economy-joint-commission-date", F, "январь 1993")
_add("date_format", Y25R, "economy-jcif-founded", T, "март 1983")
_add("date_trap", Y25R, "economy-jcif-founded", F, "март 1998")
_add("date_format", Y25E, "economy-jcif-founded", T, "March 1983", "Mar 1983")
_add("date_format", Y25R, "economy-tokyo-conference-date", T, "в марте 1998 года")
_add("date_trap", Y25R, "economy-tokyo-conference-date", F, "май 1998")
_add("date_format", Y25R, "healthcare-nagasaki-treaty-date", T, "март 1998")
_add("date_format", Y25R, "atom-cochairs-appointed", T, "февраль 2015")
_add("date_trap", Y25R, "atom-cochairs-appointed", F, "сентябрь 2015")
_add("date_format", Y25R, "atom-conference-date", T, "сентябрь 2015")
_add("date_format", Y25R, "atom-statement-first", T, "октябрь 2015")
_add("date_trap", Y25R, "atom-statement-first", F, "апрель 2016")
_add("date_format", Y25R, "atom-statement-second", T, "апрель 2016")
_add("date_trap", Y25R, "atom-statement-second", F, "октябрь 2015")
_add("date_format", Y25R, "parliament-mazhilis-group-date", T, "июнь 2005")
_add("date_trap", Y25R, "parliament-mazhilis-group-date", F, "2004", "июнь 2004")
_add("date_format", Y25R, "parliament-senate-group-year", T, "2004")
_add("date_trap", Y25R, "parliament-senate-group-year", F, "2005")
_add("date_format", Y25R, "kurokawa-mikio-visit", T, "сентябрь 2017")
_add("date_format", Y25R, "healthcare-ultrasound-year", T, "2003")
_add("date_trap", Y25R, "healthcare-ultrasound-year", F, "2002")
_add("date_format", Y25R, "high-level-third-visit-year", T, "2008")
_add("date_trap", Y25R, "high-level-third-visit-year", F, "2016")
_add("date_format", Y25R, "parliament-population-conference-date", T, "апрель 2016")

# Lists: the same item twice through two of its own alternatives, items phrased with "и"
_add(
    "list_trap",
    L11R,
    "kz-exports",
    F,
    "сырьевые ресурсы, сырьё, титан, сталь",
    "топливо, минеральное топливо, титан, сталь",
    "титан, сталь, ферросплавы, морепродукты, автомобили",
)
_add("list_trap", L11E, "kz-exports", F, "fuel, mineral fuel, titanium, steel")
_add(
    "list_ok",
    L11R,
    "point-one-topics",
    T,
    "визиты и встречи, дипломатические отношения, инвестиции, наука и техника",
)
_add("list_ok", L11R, "part-two-topics", T, "СВМДА, экология, гуманитарная помощь")
_add("list_trap", L11R, "part-two-topics", F, "СВМДА, экология, Боаоский форум")
_add("list_ok", L11R, "jogmec-merger", T, "национальная нефтяная корпорация и Организация добычи металла")
_add("list_trap", L11R, "jogmec-merger", F, "национальная нефтяная корпорация и КазМунайГаз")
_add("list_ok", L11R, "lecture-keywords", T, "внешняя политика, геополитика, концепция, признание")
_add("list_ok", L11E, "uranium-japan-offers", T, "uranium processing and building nuclear reactors")
_add("list_trap", L11E, "resource-activities", F, "exploration, extraction, processing")
_add("list_ok", K21R, "suga-regions", T, "Юго-Восточная Азия, Северная Азия")
_add("list_trap", K21R, "suga-regions", F, "Северо-Восточная Азия и Юго-Восточная Азия")
_add("list_ok", Y25R, "conclusion-author-posts", T, "директор МНК «Астана», академик РАЕН, главный редактор")
_add("list_trap", Y25R, "conclusion-author-posts", F, "директор МНК, академик РАН, главный редактор")
_add("list_ok", Y25R, "jica-training-fields", T, "экономика, финансы, здравоохранение")
_add("list_trap", Y25R, "jica-training-fields", F, "экономика, финансы, образование")
_add("list_ok", Y25R, "bulletin-speakers", T, "акимы, вице-премьеры, министр экологии")
_add("list_trap", Y25R, "bulletin-speakers", F, "акимы, депутаты, министр экологии")
_add("list_ok", Y25R, "high-level-cultural-influence", T, "японская кухня, японский дизайн, единоборства")
_add("list_trap", Y25R, "high-level-cultural-influence", F, "японская кухня, аниме, единоборства")
_add(
    "list_ok",
    Y25R,
    "economy-landmark-projects",
    T,
    "аэропорт в Астане, железные дороги, автомобильные дороги",
)
_add("list_trap", Y25R, "economy-landmark-projects", F, "аэропорт Астаны, железные дороги, метро")
_add(
    "list_ok", Y25R, "economy-earlier-infrastructure", T, "станция Дружба, мост через Иртыш, аэропорт Астаны"
)
_add(
    "list_trap", Y25R, "economy-earlier-infrastructure", F, "мост через Ишим, станция Дружба, аэропорт Астаны"
)
_add("list_ok", Y25R, "economy-new-focus", T, "промышленные комплексы, развитие регионов")
_add("list_ok", Y25R, "healthcare-almaty-grant-cities", T, "Алматы и Талдыкорган")
_add("list_trap", Y25R, "healthcare-almaty-grant-cities", F, "Алматы, Капчагай")
_add(
    "list_ok",
    Y25R,
    "healthcare-nagasaki-treaty-parties",
    T,
    "Семипалатинская медицинская академия и Университет Нагасаки",
)
_add(
    "list_trap",
    Y25R,
    "healthcare-nagasaki-treaty-parties",
    F,
    "Семипалатинская медакадемия и Университет Хиросимы",
)
_add(
    "list_ok",
    Y25R,
    "healthcare-diagnostic-centre-gifts",
    T,
    "мобильный диагностический центр и компьютерный томограф",
)
_add(
    "list_trap",
    Y25R,
    "healthcare-diagnostic-centre-gifts",
    F,
    "компьютерный томограф, биохимический анализатор",
)
_add("list_ok", Y25R, "atom-coop-areas", T, "подготовка кадров, добыча урана, научно-техническое развитие")
_add("list_trap", Y25R, "atom-coop-areas", F, "подготовка кадров, добыча урана, строительство АЭС")
_add("list_trap", Y25E, "atom-experiments-lwr", F, "COTELS and EAGLE")
_add("list_ok", Y25E, "economy-consortium-members", T, "INPEX, JAPEX and Teikoku Oil")
_add("list_ok", Y25E, "economy-branches-spheres", T, "oil, gas, metallurgy, finance")
_add("list_trap", Y25E, "economy-branches-spheres", F, "oil, gas, tourism, finance")
_add("concept_trap", Y25E, "atom-resolution-initiator", F, "Kazakhstan and Japan")

# Choice cards: more of them, by number (also "2.") and by text
_add("choice_ok", L11R, "boao-concept", T, "2.")
_add("choice_ok", L11E, "boao-concept", T, "Silk Road Diplomacy", "2")
_add("choice_trap", L11E, "boao-concept", F, "Eurasian Diplomacy")
_add("choice_ok", L11R, "trade-volume-verdict", T, "4")
_add("choice_trap", L11R, "trade-volume-verdict", F, "2")
_add(
    "choice_ok",
    Y25R,
    "high-level-book-of-memory-content",
    T,
    "2",
    "списки японских военнопленных, умерших на казахстанской территории",
)
_add(
    "choice_trap",
    Y25R,
    "high-level-book-of-memory-content",
    F,
    "списки пострадавших от ядерных испытаний на Семипалатинском полигоне",
)
_add(
    "choice_ok",
    Y25R,
    "high-level-joint-statement-1999",
    T,
    "3",
    "Совместное заявление о дружбе, партнерстве и сотрудничестве",
)
_add(
    "choice_trap",
    Y25R,
    "high-level-joint-statement-1999",
    F,
    "2",
    "Совместное заявление «О расширенном стратегическом партнерстве в век процветания Азии»",
)
_add("choice_ok", Y25R, "parliament-population-conference", T, "4")
_add("choice_trap", Y25R, "parliament-population-conference", F, "1")
_add("choice_ok", Y25R, "economy-tokyo-conference-name", T, "2")
_add("choice_trap", Y25R, "economy-tokyo-conference-name", F, "3")
_add(
    "choice_ok", Y25E, "kurokawa-metabolism-association", T, "Japan's revival after the Second World War", "1"
)
_add("choice_trap", Y25E, "kurokawa-metabolism-association", F, "The Meiji Restoration")
_add("choice_ok", Y25R, "kurokawa-river-reason", T, "1")
_add("choice_trap", Y25R, "kurokawa-river-reason", F, "2")
_add("choice_ok", Y25R, "kurokawa-letter-request", T, "1")
_add("choice_trap", Y25R, "kurokawa-letter-request", F, "Установить памятник Кисё Курокаве")
_add("choice_ok", Y25R, "atom-experiments-result", T, "4")
_add(
    "choice_trap",
    Y25R,
    "atom-experiments-result",
    F,
    "Невозможность плавления топлива в легководных реакторах",
    "2",
)
_add("choice_ok", Y25R, "healthcare-project-name", T, "1")
_add("choice_trap", Y25R, "healthcare-project-name", F, "«Проект АТОМ»")

# ---------------------------------------------------------------------------------------------
# Third pass (found by probing): unit words, month ranges, "less than", names one letter away
# from another person of the same text, Азия in oblique cases
# ---------------------------------------------------------------------------------------------
# The number is right but the unit (time, mass, currency, period) or the direction is wrong.
_add("number_trap", Y25R, "kurokawa-plan-duration", F, "2 месяца")
_add("number_trap", Y25E, "kurokawa-plan-duration", F, "2 months")
_add("number_trap", Y25R, "kurokawa-death-anniversary", F, "10 дней")
_add("number_trap", Y25R, "parliament-league-age", F, "20 месяцев")
_add("number_trap", L11R, "munkuduk-target", F, "1000 кг", "1000 тонн в сутки")
_add("number_trap", L11E, "munkuduk-target", F, "1000 tonnes a month")
_add("number_trap", Y25R, "healthcare-kyzylorda-amount", F, "467 млн тенге")
_add("number_trap", L11R, "munkuduk-investment", F, "100 млн евро")
_add("number_trap", L11E, "munkuduk-investment", F, "100 million yen")
_add("number_trap", Y25R, "jica-trained-count", F, "менее 1200")
_add("number_trap", K21R, "japanese-companies", F, "менее 50", "до 50")
_add("number_trap", K21E, "japanese-companies", F, "fewer than 50", "up to 50")
_add("number_format", Y25R, "jica-trained-count", T, "около 1200")
# A range of months is a hedge over months, not a date inside the asked month.
_add("hedge", L11R, "first-visit-date", F, "апрель–декабрь 1994")
_add("hedge", L11E, "first-visit-date", F, "April-December 1994")
_add("hedge", L11R, "japan-embassy-opened", F, "январь-декабрь 1993", "январь-февраль 1993")
_add("hedge", L11R, "second-visit-date", F, "ноябрь-декабрь 1999")
_add("hedge", K21R, "call-date", F, "12-13 мая 2021")
_add("hedge", Y25R, "expo-japan-pavilion-visitors", F, "726 825 или 762 825")
# Центральная Азия in oblique cases
_add("list_ok", L11R, "eurasian-diplomacy-zone", T, "Центральной Азии и Кавказа")
_add("list_ok", L11R, "japan-growing-interest", T, "Казахстан и Центральную Азию")
_add("concept_variant", L11R, "boao-statement", T, "Центральную Азию")
# A one-letter "typo" that lands on a different person or company
_add("list_trap", Y25R, "expo-filmmakers", F, "Курокава и Игучи")
_add("list_trap", Y25E, "expo-filmmakers", F, "Kurokawa and Iguchi")
_add("name_trap", L11R, "silk-road-author", F, "Нишимото")
_add("list_trap", L11R, "munkuduk-companies", F, "Sumitomo, Tepco, Kazatomprom")
_add("list_trap", L11E, "munkuduk-companies", F, "Sumitomo, TEPCO, Kazatomprom")
_add("name_trap", Y25R, "expo-ambassador", F, "Итиро Кавамура")
_add("name_trap", Y25R, "parliament-league-chair", F, "Такео Кавабата")
_add("name_trap", K21R, "call-partner", F, "Есихидэ Абэ")
_add("name_trap", L11R, "silk-road-author", F, "Рютаро Обучи")
_add("name_trap", Y25R, "kurokawa-master-plan-author", F, "Микио Кисё Курокава")
# Neighbouring organisations and places (same text or same field)
_add("list_trap", Y25R, "atom-cochairs-countries", F, "Казахстан, Япония, США")
_add("list_trap", Y25R, "kurokawa-cofounders", F, "Кикутакэ, Маки, Танге")
_add("list_trap", Y25R, "economy-eaeu-wto", F, "ЕврАзЭС и ВТО")
_add(
    "list_trap",
    Y25R,
    "economy-aifc-partners",
    F,
    "Токийская товарная биржа, Японская ассоциация дилеров ценных бумаг",
)
_add(
    "list_trap",
    L11R,
    "uranium-japan-offers",
    F,
    "технологии обогащения урана, строительство ядерных реакторов",
)
_add("list_trap", L11R, "uranium-kz-offers", F, "допуск к нефтяным месторождениям, поставки урана за рубеж")
_add("list_trap", L11E, "sector-skew", F, "energy and transport and banking")
_add("concept_trap", Y25R, "healthcare-ambulance-centre", F, "Больница скорой медицинской помощи")
_add("concept_trap", Y25R, "institute-base", F, "Международный финансовый центр Астана")
_add("concept_trap", Y25R, "economy-aifc", F, "Международный научный комплекс Астана")
_add("concept_trap", Y25R, "bulletin-araki-journal", F, "Журнал международного сотрудничества")
_add("concept_trap", L11R, "jogmec-where", F, "Аральское море")
_add("concept_trap", L11R, "munkuduk-announcer", F, "Мицуи сёдзи", "Kepko")
_add("concept_trap", L11R, "kz-exports-dominant", F, "цветные металлы")
_add("concept_trap", L11E, "kz-exports-dominant", F, "non-ferrous metals")
_add("concept_trap", Y25R, "high-level-partnership-status", F, "расширенное партнерство")
_add("concept_trap", L11R, "peaceful-atom-agreement", F, "использование атомной энергии")
_add("name_trap", Y25R, "parliament-league-chair", F, "Накамура", "Такео Накамура")
