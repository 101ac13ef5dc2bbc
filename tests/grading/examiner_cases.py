"""The examiner's answer key for the bundled decks (written 2026-12-02).

Written by an independent examiner who read only the bundled decks (``decks/*.toml``), the deck
format, the course source text (``kz-jp-relations.ru.txt``, the only source of facts) and the
student trial report. The examiner did NOT read the grader's code or the other labelled sets, so
every label below is a teacher's judgement, not a description of what the program happens to do.

The decks' second edition (after review 1) made 154 cases of this set and ``real_deck_cases`` stale;
they were relabelled from the decks and the source only, again without reading the grader, and
:data:`RELABELLED_FOR_SECOND_EDITION` at the end records each change and its reason.

Each case is a realistic answer a student could type, with the verdict a fair teacher would give
under the course's grading policy. Only clear-cut cases are kept; answers on which fair teachers
could disagree were left out.

Families, answers a teacher ACCEPTS (expected True):
  exact          the canonical answer or an ``accept`` form, as written (for a list card: enough
                 distinct items, each in its canonical or alias form)
  case           upper/lower case, Caps Lock
  yo             ё written as е or the other way round
  typo           a letter or two wrong/missing/swapped, proportional to word length
  inflection     another grammatical case/number/form of the right word(s)
  translit       Latin transliteration (Hepburn, Kunrei, macrons) or the Russian (Polivanov or
                 popular) spelling of a Japanese/Kazakh name, or a Russian word in Latin letters
  layout         Russian typed on a Latin keyboard layout (ЙЦУКЕН keys on QWERTY)
  extra_words    harmless extra words: prepositions/particles from the question, a correct extra
                 detail from the source, "the answer is ..."
  title          a title or post before a name («президент», «премьер-министр», "Prime Minister")
  patronymic     a patronymic or its initial added to a name
  order          word order or item order that does not change the fact (Japanese name order)
  number_words   numbers written as words, in any case, collective numerals, "more than 50"
  date_forms     dates as people write them (numeric, abbreviated, Roman month, two-digit year,
                 «в 97-м», an extra day range or time of day inside the asked precision)
  split_merge    a compound written split or merged («Алма Ата», «Алмаата»)
  alias_mix      an answer combining words of two accepted aliases
  synonym        a plain synonym that keeps the fact («послать» for «отправить», "PM")
  list_forms     list answers numbered, dashed, on shared head words, in another order
  choice_forms   a choice picked by number, number word, "option 2", "(2)" or by its text
  trial          (both values) the 88 answers of trial-student-1.md section (b), with the
                 examiner's own verdicts (5 left out as not clear-cut; the 3 example-deck answers
                 are put on the same card ids of kzjp-lecture-11.ru.toml)

Families, answers a teacher REJECTS (expected False):
  wrong_year, wrong_month, wrong_day, wrong_number   the fact is off by a year/month/day/number
  other_person        a different person (another PM, ambassador, speaker, architect)
  same_surname        a different person sharing the surname (Akie Abe for Shinzo Abe)
  neighbour_concept   a nearby but different thing (another programme, order, city, company,
                      document, date or number from a neighbouring fact)
  negation            negated or excluding answers («не в 1992 году», "anything but Hashimoto")
  initials_only       initials without the surname
  real_word_typo      a different real word one or two letters away («геология» for «экология»)
  swapped_roles       the two sides of a relation swapped (Kazakhstan's exports for Japan's)
  hedge               two different answers offered («1991 или 1992», "1 or 2")
  incomplete          a list with fewer distinct items than ``need`` (a repeated item counts once)
  too_imprecise       a date less precise than the card asks (only the year for a full date)
  extra_content       extra content words that change the fact
  wrong_choice        another option of a choice card, by number or by text
  unrelated           an answer to some other question
"""

from __future__ import annotations

from typing import NamedTuple

from .casebook import Case, collector

EXAMINER_CASES: list[Case] = []
add = collector(EXAMINER_CASES)

# ---------------------------------------------------------------------------------------------
# The trial student's answers (trial-student-1.md, section (b)), with the examiner's verdicts.
# Left out as not clear-cut: #6 «победы над пандемией», #19 «к 2050 году», #20 «2050»
# (Kazakhstan's own pledge is 2060, the source says only «к середине столетия»), #27 «Сарсембаев»
# (a different existing surname, three edits away), #31 «суши, аниме, карате» (examples, not the
# author's categories). #86-88 were typed in the example deck; the same card ids exist in
# kzjp-lecture-11.ru.toml with the same prompts, so they are graded there.
# ---------------------------------------------------------------------------------------------
add("trial", "kzjp-2021.ru.toml", "call-date", True, "12 мая 2021")
add("trial", "kzjp-2021.ru.toml", "call-partner", True, "Suga Yosihide")
add("trial", "kzjp-2021.ru.toml", "headline-delegation", True, "послать делегацию в Японию")
add("trial", "kzjp-2021.ru.toml", "congrats-election", True, "избрание премьер министром")
add("trial", "kzjp-2021.ru.toml", "olympics", True, "летних Олимпийских игр в Токио")
add(
    "trial",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    True,
    "за гуманитарную помощь и содействие в борьбе с ковидом",
    "гуманитарную помощь и содействие в борьбе с ковидом",
    "за гуманитарную помощь и за содействие в борьбе с коронавирусом",
)
add("trial", "kzjp-2021.ru.toml", "qazvac", True, "Qazvak")
add("trial", "kzjp-2021.ru.toml", "strategic-partner", False, "главным торговым партнером")
add("trial", "kzjp-2021.ru.toml", "top-ten-investors", True, "в десятку", "десять")
add("trial", "kzjp-2021.ru.toml", "japanese-companies", False, "свыше 70")
add("trial", "kzjp-2021.ru.toml", "new-level", False, "")
add("trial", "kzjp-2021.ru.toml", "new-economic-agenda", True, "новую экономичскую повесту")
add(
    "trial",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    True,
    "сельское хозяйство, геологоразведку и искуственный интелект",
)
add("trial", "kzjp-2021.ru.toml", "green-energy", False, "цифровизации")
add("trial", "kzjp-2021.ru.toml", "olympics-symbol", True, "победа человечества над коронавирусом")
add("trial", "kzjp-2021.ru.toml", "suga-kz-leader", True, "лидером в регионе", "лидером Центральной Азии")
add("trial", "kzjp-2021.ru.toml", "suga-regions", True, "в Северной и Юго-Восточной Азии")
add("trial", "kzjp-2021.ru.toml", "agreed-dialogue", True, "консультации и доверительный диалог")
add("trial", "kzjp-2021.ru.toml", "strategic-partner", True, "одним из ключевых стратегических партнёров")
add("trial", "kzjp-2021.ru.toml", "invitation", True, "v Kazahstan")
add("trial", "kzjp-2021.ru.toml", "japanese-companies", True, "больше пятидесяти", "пятьдесят")
add("trial", "kzjp-2021.ru.toml", "new-level", True, "на качественно новый")
add("trial", "kzjp-2021.ru.toml", "green-energy", True, "zelenaya energetika")
add("trial", "kzjp-2021.ru.toml", "carbon-neutrality", True, "к середине века")
add("trial", "kzjp-25-years.ru.toml", "high-level-recognition-date", False, "28 декабря 1992", "28.11.1991")
add("trial", "kzjp-25-years.ru.toml", "high-level-recognition-date", True, "28 декабря 1991 г")
add("trial", "kzjp-25-years.ru.toml", "high-level-diplomatic-relations-year", True, "26 января 1992 года")
add("trial", "kzjp-25-years.ru.toml", "high-level-first-visit-who", False, "Хосокава")
add("trial", "kzjp-25-years.ru.toml", "high-level-first-visit-who", True, "Michio Watanabe")
add("trial", "kzjp-25-years.ru.toml", "high-level-first-visit-post", False, "2")
add("trial", "kzjp-25-years.ru.toml", "high-level-first-visit-post", True, "4")
add("trial", "kzjp-25-years.ru.toml", "high-level-first-visit-date", True, "май 92", "05.1992")
add("trial", "kzjp-25-years.ru.toml", "high-level-breakthrough-visits", False, "1994 и 1997")
add(
    "trial",
    "kzjp-25-years.ru.toml",
    "high-level-breakthrough-visits",
    True,
    "в 1999 и 1994 годах",
    "1994, 1999",
)
add(
    "trial",
    "kzjp-25-years.ru.toml",
    "high-level-book-of-memory",
    True,
    "книгу памяти со списками японских военнопленных",
)
add("trial", "kzjp-25-years.ru.toml", "high-level-book-of-memory-recipient", True, "Морихиро Хосокаве")
add("trial", "kzjp-25-years.ru.toml", "high-level-book-of-memory-content", True, "2")
add("trial", "kzjp-25-years.ru.toml", "high-level-joint-statement-1999", True, "3")
add(
    "trial",
    "kzjp-25-years.ru.toml",
    "high-level-cultural-influence",
    True,
    "японскую кухню, японский язык и единоборства",
)
add("trial", "kzjp-25-years.ru.toml", "high-level-third-visit-year", True, "в 2008 г.")
add("trial", "kzjp-25-years.ru.toml", "high-level-chrysanthemum-order", False, "орденом Восходящего солнца")
add(
    "trial",
    "kzjp-25-years.ru.toml",
    "high-level-chrysanthemum-order",
    True,
    "орденом хризантемы на большой ленте",
)
add("trial", "kzjp-25-years.ru.toml", "high-level-altyn-kyran", False, "орден Достык")
add("trial", "kzjp-25-years.ru.toml", "high-level-altyn-kyran", True, "Altyn Qyran", "Алтын Кыран")
add("trial", "kzjp-25-years.ru.toml", "high-level-akihito", False, "Нарухито")
add("trial", "kzjp-25-years.ru.toml", "high-level-visit-2016-date", False, "2016")
add("trial", "kzjp-2021.en.toml", "call-date", True, "May 12th, 2021")
add("trial", "kzjp-2021.en.toml", "call-partner", False, "Prime Minister Abe")
add("trial", "kzjp-2021.en.toml", "call-partner", True, "Suga")
add("trial", "kzjp-2021.en.toml", "headline-delegation", True, "to send a delegation to Japan")
add("trial", "kzjp-2021.en.toml", "congrats-election", True, "on being elected PM")
add("trial", "kzjp-2021.en.toml", "olympics", True, "Tokyo 2020 Olympics")
add("trial", "kzjp-2021.en.toml", "olympics-symbol", True, "humanity's victory over covid")
add("trial", "kzjp-2021.en.toml", "covid-thanks", True, "for humanitarian aid and for help fighting COVID-19")
add("trial", "kzjp-2021.en.toml", "qazvac", True, "Kazvak")
add("trial", "kzjp-2021.en.toml", "strategic-partner", True, "strategic partner")
add("trial", "kzjp-2021.en.toml", "top-ten-investors", False, "to Kazakhstan")
add("trial", "kzjp-2021.en.toml", "top-ten-investors", True, "top ten")
add("trial", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-name", False, "Дипломатия Шёлкового пути")
add("trial", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-year", True, "в 1997-м")
add("trial", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-zone", False, "Хасимота")
add("trial", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", True, "Хасимота")
add("trial", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", False, "4")
add("trial", "kzjp-lecture-11.ru.toml", "silk-road-continuation", True, "евразийской дипломатии")
add("trial", "kzjp-lecture-11.ru.toml", "silk-road-author", False, "Обути")
add("trial", "kzjp-lecture-11.ru.toml", "silk-road-adopted-year", True, "1998")
add("trial", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "Keizo Obuti")
add("trial", "kzjp-lecture-11.ru.toml", "silk-road-directions-count", True, "три")
add("trial", "kzjp-lecture-11.ru.toml", "silk-road-voiced-year", True, "1997г.")
add(
    "trial",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions",
    True,
    "политический диалог и экономическое сотрудничество",
)
add(
    "trial",
    "kzjp-lecture-11.ru.toml",
    "silk-road-dialogue-goal",
    True,
    "для углубления доверия и взаимопонимания",
)
add("trial", "kzjp-lecture-11.ru.toml", "embassy-moved", False, "Хашимото")
add("trial", "kzjp-lecture-11.ru.toml", "silk-road-author", True, "Хашимото")
add("trial", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", True, "28 декабря 1991")

# ---------------------------------------------------------------------------------------------
# kzjp-2021.ru.toml: the Tokayev–Suga phone call (May 2021)
# ---------------------------------------------------------------------------------------------

add("exact", "kzjp-2021.ru.toml", "call-date", True, "2021-05-12")
add(
    "date_forms",
    "kzjp-2021.ru.toml",
    "call-date",
    True,
    "12.05.2021",
    "12 мая 2021 года",
    "12-го мая 2021 г.",
    "2021, 12 мая",
    "12.05.21",
    "12 мая 2021, 18:38",
)
add("wrong_day", "kzjp-2021.ru.toml", "call-date", False, "13 мая 2021", "21 мая 2021")
add("wrong_month", "kzjp-2021.ru.toml", "call-date", False, "12 апреля 2021", "12.06.2021")
add("wrong_year", "kzjp-2021.ru.toml", "call-date", False, "12 мая 2020")
add("too_imprecise", "kzjp-2021.ru.toml", "call-date", False, "май 2021", "2021")
add("hedge", "kzjp-2021.ru.toml", "call-date", False, "12 или 13 мая 2021")

add("exact", "kzjp-2021.ru.toml", "call-partner", True, "Есихидэ Суга", "Суга")
add("inflection", "kzjp-2021.ru.toml", "call-partner", True, "с Есихидэ Сугой", "Сугой")
add(
    "translit",
    "kzjp-2021.ru.toml",
    "call-partner",
    True,
    "Yoshihide Suga",
    "Ёсихидэ Суга",
    "Йошихидэ Суга",
    "Suga",
)
add("order", "kzjp-2021.ru.toml", "call-partner", True, "Суга Есихидэ", "Суга Ёсихидэ")
add(
    "title",
    "kzjp-2021.ru.toml",
    "call-partner",
    True,
    "премьер-министр Суга",
    "с премьер-министром Японии Есихидэ Сугой",
)
add("typo", "kzjp-2021.ru.toml", "call-partner", True, "Есихедэ Суга")
add("layout", "kzjp-2021.ru.toml", "call-partner", True, "Ceuf", "Tcb[bl' Ceuf")
add(
    "other_person",
    "kzjp-2021.ru.toml",
    "call-partner",
    False,
    "Синдзо Абэ",
    "Абэ",
    "Фумио Кисида",
    "Хашимото",
)
add("initials_only", "kzjp-2021.ru.toml", "call-partner", False, "Ё. С.", "Е.С.")
add("hedge", "kzjp-2021.ru.toml", "call-partner", False, "Суга или Абэ")
add("negation", "kzjp-2021.ru.toml", "call-partner", False, "не с Абэ")

add(
    "exact",
    "kzjp-2021.ru.toml",
    "headline-delegation",
    True,
    "отправить делегацию в Японию",
    "направить делегацию в Японию",
)
add("extra_words", "kzjp-2021.ru.toml", "headline-delegation", True, "решил отправить делегацию в Японию")
add("inflection", "kzjp-2021.ru.toml", "headline-delegation", True, "отправил делегацию в Японию")
add("typo", "kzjp-2021.ru.toml", "headline-delegation", True, "отправить делегатцию в Японию")
add("case", "kzjp-2021.ru.toml", "headline-delegation", True, "ОТПРАВИТЬ ДЕЛЕГАЦИЮ В ЯПОНИЮ")
add("swapped_roles", "kzjp-2021.ru.toml", "headline-delegation", False, "принять японскую делегацию")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "headline-delegation",
    False,
    "отправить делегацию в Китай",
    "пригласить Сугу в Казахстан",
)
add("negation", "kzjp-2021.ru.toml", "headline-delegation", False, "не отправлять делегацию в Японию")

add(
    "exact",
    "kzjp-2021.ru.toml",
    "congrats-election",
    True,
    "с избранием на пост премьер-министра",
    "с избранием премьер-министром",
)
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "congrats-election",
    True,
    "с избранием на пост премьер-министра Японии",
)
add("typo", "kzjp-2021.ru.toml", "congrats-election", True, "с избранеем на пост премьер-министра")
add("inflection", "kzjp-2021.ru.toml", "congrats-election", True, "избранием на пост премьер-министра")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "congrats-election",
    False,
    "с летними Олимпийскими играми в Токио",
)
add("extra_content", "kzjp-2021.ru.toml", "congrats-election", False, "с избранием на пост президента")
add("unrelated", "kzjp-2021.ru.toml", "congrats-election", False, "с днём рождения")

add("exact", "kzjp-2021.ru.toml", "olympics", True, "летние Олимпийские игры в Токио", "Олимпиада в Токио")
add(
    "inflection", "kzjp-2021.ru.toml", "olympics", True, "летней Олимпиады в Токио", "Олимпийских игр в Токио"
)
add("alias_mix", "kzjp-2021.ru.toml", "olympics", True, "летняя Олимпиада в Токио")
add("synonym", "kzjp-2021.ru.toml", "olympics", True, "Токийская Олимпиада", "Олимпиада-2020 в Токио")
add("order", "kzjp-2021.ru.toml", "olympics", True, "в Токио летние Олимпийские игры")
add("typo", "kzjp-2021.ru.toml", "olympics", True, "летние Олимпийскии игры в Токио")
add("case", "kzjp-2021.ru.toml", "olympics", True, "ОЛИМПИАДА В ТОКИО")
add("translit", "kzjp-2021.ru.toml", "olympics", True, "Tokyo Olympics")
add(
    "extra_content",
    "kzjp-2021.ru.toml",
    "olympics",
    False,
    "зимние Олимпийские игры",
    "Олимпийские игры в Пекине",
)
add("neighbour_concept", "kzjp-2021.ru.toml", "olympics", False, "Паралимпийские игры", "ЭКСПО-2017")
add("unrelated", "kzjp-2021.ru.toml", "olympics", False, "чемпионат мира по футболу")

add(
    "exact",
    "kzjp-2021.ru.toml",
    "olympics-symbol",
    True,
    "победы человечества над коронавирусом",
    "победы над коронавирусом",
)
add("inflection", "kzjp-2021.ru.toml", "olympics-symbol", True, "победу над коронавирусом")
add(
    "synonym",
    "kzjp-2021.ru.toml",
    "olympics-symbol",
    True,
    "победы человечества над COVID-19",
    "победы над ковидом",
)
add("typo", "kzjp-2021.ru.toml", "olympics-symbol", True, "победы человечества над каронавирусом")
add("swapped_roles", "kzjp-2021.ru.toml", "olympics-symbol", False, "победы коронавируса над человечеством")
add("extra_content", "kzjp-2021.ru.toml", "olympics-symbol", False, "победы Японии над коронавирусом")
add("unrelated", "kzjp-2021.ru.toml", "olympics-symbol", False, "дружбы народов", "мира и согласия")

add("exact", "kzjp-2021.ru.toml", "covid-thanks", True, "гуманитарная помощь, содействие в борьбе с COVID-19")
add(
    "inflection",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    True,
    "за гуманитарную помощь и содействие в борьбе с COVID-19",
)
add(
    "alias_mix",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    True,
    "гуманитарную помощь и содействие в борьбе с коронавирусом",
)
add(
    "list_forms",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    True,
    "1) гуманитарная помощь 2) помощь в борьбе с COVID-19",
)
add(
    "order", "kzjp-2021.ru.toml", "covid-thanks", True, "содействие в борьбе с COVID-19 и гуманитарную помощь"
)
add("typo", "kzjp-2021.ru.toml", "covid-thanks", True, "гуманитарную помошь и содействие в борьбе с COVID-19")
add(
    "incomplete",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    False,
    "за гуманитарную помощь",
    "содействие в борьбе с COVID-19",
)
add(
    "extra_content",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    False,
    "за военную помощь и содействие в борьбе с COVID-19",
)
add("neighbour_concept", "kzjp-2021.ru.toml", "covid-thanks", False, "за инвестиции и гуманитарную помощь")
add("unrelated", "kzjp-2021.ru.toml", "covid-thanks", False, "за поставки вакцины QazVac")

add("exact", "kzjp-2021.ru.toml", "qazvac", True, "QazVac", "КазВак")
add("case", "kzjp-2021.ru.toml", "qazvac", True, "qazvac", "QAZVAC")
add("translit", "kzjp-2021.ru.toml", "qazvac", True, "KazVac")
add("extra_words", "kzjp-2021.ru.toml", "qazvac", True, "вакцина QazVac", "отечественную вакцину QazVac")
add("neighbour_concept", "kzjp-2021.ru.toml", "qazvac", False, "Спутник V", "Pfizer", "CoronaVac")
add("hedge", "kzjp-2021.ru.toml", "qazvac", False, "QazVac или Спутник V")

add(
    "exact",
    "kzjp-2021.ru.toml",
    "strategic-partner",
    True,
    "ключевой стратегический партнёр",
    "стратегический партнер",
)
add("yo", "kzjp-2021.ru.toml", "strategic-partner", True, "ключевой стратегический партнер")
add("inflection", "kzjp-2021.ru.toml", "strategic-partner", True, "ключевым стратегическим партнёром")
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "strategic-partner",
    True,
    "одним из ключевых стратегических партнеров в Азии",
)
add("typo", "kzjp-2021.ru.toml", "strategic-partner", True, "ключевой стратегичекий партнер")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "strategic-partner",
    False,
    "крупнейшим инвестором",
    "лидером в Центральной Азии",
    "тактическим партнёром",
)
add("negation", "kzjp-2021.ru.toml", "strategic-partner", False, "не стратегический партнёр")

add("exact", "kzjp-2021.ru.toml", "top-ten-investors", True, "10")
add("number_words", "kzjp-2021.ru.toml", "top-ten-investors", True, "десятка", "в первую десятку", "десяти")
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "top-ten-investors",
    True,
    "в десятку крупнейших инвесторов",
    "входит в топ-10",
)
add(
    "wrong_number",
    "kzjp-2021.ru.toml",
    "top-ten-investors",
    False,
    "5",
    "20",
    "в пятёрку",
    "в двадцатку",
    "100",
)
add("hedge", "kzjp-2021.ru.toml", "top-ten-investors", False, "в десятку или в двадцатку")

add("exact", "kzjp-2021.ru.toml", "japanese-companies", True, "50")
add(
    "number_words",
    "kzjp-2021.ru.toml",
    "japanese-companies",
    True,
    "свыше 50",
    "более 50",
    "свыше пятидесяти предприятий",
    "полсотни",
)
add("wrong_number", "kzjp-2021.ru.toml", "japanese-companies", False, "40", "500", "5", "около 100")
add("neighbour_concept", "kzjp-2021.ru.toml", "japanese-companies", False, "74")
add("negation", "kzjp-2021.ru.toml", "japanese-companies", False, "не 50")

add(
    "exact",
    "kzjp-2021.ru.toml",
    "new-level",
    True,
    "качественно новый уровень",
    "на качественно новый уровень",
    "новый уровень",
)
add("inflection", "kzjp-2021.ru.toml", "new-level", True, "качественно нового уровня")
add("typo", "kzjp-2021.ru.toml", "new-level", True, "качественно новый урвень")
add("layout", "kzjp-2021.ru.toml", "new-level", True, "rfxtcndtyyj yjdsq ehjdtym")
add("alias_mix", "kzjp-2021.ru.toml", "new-level", True, "на новый уровень")
add("neighbour_concept", "kzjp-2021.ru.toml", "new-level", False, "количественно новый уровень")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "new-level",
    False,
    "прежний уровень",
    "на уровень расширенного стратегического партнерства",
)

add(
    "exact",
    "kzjp-2021.ru.toml",
    "new-economic-agenda",
    True,
    "новую экономическую повестку",
    "экономическую повестку",
)
add(
    "inflection",
    "kzjp-2021.ru.toml",
    "new-economic-agenda",
    True,
    "новая экономическая повестка",
    "новой экономической повестки",
)
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "new-economic-agenda",
    True,
    "новую экономическую повестку с конкретными инвестиционными проектами",
)
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "new-economic-agenda",
    False,
    "новую политическую повестку",
    "новую экологическую повестку",
    "дорожную карту",
)

add("exact", "kzjp-2021.ru.toml", "agenda-sectors", True, "сельское хозяйство, геологоразведка, цифровизация")
add(
    "exact",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    True,
    "сельское хозяйство, геологоразведка, цифровизация, искусственный интеллект",
)
add(
    "inflection",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    True,
    "в сфере сельского хозяйства, геологоразведки и цифровизации",
)
add("exact", "kzjp-2021.ru.toml", "agenda-sectors", True, "агросектор, геологическая разведка, ИИ")
add("list_forms", "kzjp-2021.ru.toml", "agenda-sectors", True, "1) сельское хозяйство 2) цифровизация 3) ИИ")
add(
    "order",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    True,
    "искусственный интеллект, цифровизация и сельское хозяйство",
)
add(
    "incomplete",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    False,
    "сельское хозяйство и цифровизация",
    "сельское хозяйство, цифровизация, цифровизация",
)
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    False,
    "зелёная энергетика, сельское хозяйство, цифровизация",
)
add("unrelated", "kzjp-2021.ru.toml", "agenda-sectors", False, "туризм, образование, медицина")

add("exact", "kzjp-2021.ru.toml", "green-energy", True, "зелёная энергетика", "развитие зеленой энергетики")
add("yo", "kzjp-2021.ru.toml", "green-energy", True, "зеленая энергетика")
add("inflection", "kzjp-2021.ru.toml", "green-energy", True, "зелёной энергетики")
add("layout", "kzjp-2021.ru.toml", "green-energy", True, "ptktyfz 'ythutnbrf")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "green-energy",
    False,
    "атомная энергетика",
    "геологоразведка",
    "нефтегазовая отрасль",
)

add("exact", "kzjp-2021.ru.toml", "carbon-neutrality", True, "к середине столетия", "к середине XXI века")
add("alias_mix", "kzjp-2021.ru.toml", "carbon-neutrality", True, "к середине XXI столетия")
add("typo", "kzjp-2021.ru.toml", "carbon-neutrality", True, "к серидине столетия")
add("wrong_year", "kzjp-2021.ru.toml", "carbon-neutrality", False, "к 2070 году", "к 2030 году")
add("neighbour_concept", "kzjp-2021.ru.toml", "carbon-neutrality", False, "к концу столетия", "к началу века")
add("unrelated", "kzjp-2021.ru.toml", "carbon-neutrality", False, "к")

add(
    "exact",
    "kzjp-2021.ru.toml",
    "suga-kz-leader",
    True,
    "лидер в Центральной Азии",
    "лидером в Центральной Азии",
)
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "suga-kz-leader",
    True,
    "лидер в Центральной Азии по числу японских компаний",
)
add("typo", "kzjp-2021.ru.toml", "suga-kz-leader", True, "лидер в Центральной Азиии")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "suga-kz-leader",
    False,
    "ключевой стратегический партнёр",
    "лидер в Юго-Восточной Азии",
)
add("negation", "kzjp-2021.ru.toml", "suga-kz-leader", False, "не лидер в Центральной Азии")

add("exact", "kzjp-2021.ru.toml", "suga-regions", True, "Северная Азия, Юго-Восточная Азия")
add("exact", "kzjp-2021.ru.toml", "suga-regions", True, "Северная Азия и ЮВА")
add("order", "kzjp-2021.ru.toml", "suga-regions", True, "Юго-Восточная Азия и Северная Азия")
add("list_forms", "kzjp-2021.ru.toml", "suga-regions", True, "Северной и Юго-Восточной Азии")
add("split_merge", "kzjp-2021.ru.toml", "suga-regions", True, "Северная Азия, Юго Восточная Азия")
add("incomplete", "kzjp-2021.ru.toml", "suga-regions", False, "Северная Азия", "Юго-Восточная Азия")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "suga-regions",
    False,
    "Центральная Азия и Юго-Восточная Азия",
    "Северная и Южная Азия",
)

add(
    "exact",
    "kzjp-2021.ru.toml",
    "agreed-dialogue",
    True,
    "доверительный диалог и консультации",
    "доверительный диалог",
)
add("inflection", "kzjp-2021.ru.toml", "agreed-dialogue", True, "доверительного диалога и консультаций")
add("typo", "kzjp-2021.ru.toml", "agreed-dialogue", True, "доверительный диалог и консултации")
add(
    "unrelated",
    "kzjp-2021.ru.toml",
    "agreed-dialogue",
    False,
    "переговоры о свободной торговле",
    "военное сотрудничество",
)

add("exact", "kzjp-2021.ru.toml", "invitation", True, "в Казахстан", "Казахстан", "посетить Казахстан")
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "invitation",
    True,
    "посетить Казахстан с визитом в удобное для него время",
)
add("translit", "kzjp-2021.ru.toml", "invitation", True, "Kazakhstan", "v Kazakhstan")
add("layout", "kzjp-2021.ru.toml", "invitation", True, "Rfpf[cnfy")
add("swapped_roles", "kzjp-2021.ru.toml", "invitation", False, "в Японию")
add("neighbour_concept", "kzjp-2021.ru.toml", "invitation", False, "в Китай", "на Олимпиаду в Токио")

# ---------------------------------------------------------------------------------------------
# kzjp-2021.en.toml
# ---------------------------------------------------------------------------------------------
add("exact", "kzjp-2021.en.toml", "call-date", True, "12 May 2021", "2021-05-12")
add(
    "date_forms",
    "kzjp-2021.en.toml",
    "call-date",
    True,
    "May 12, 2021",
    "the 12th of May, 2021",
    "12.05.2021",
    "May 12 2021, 6:38 pm",
)
add("too_imprecise", "kzjp-2021.en.toml", "call-date", False, "May 2021", "2021")
add("wrong_year", "kzjp-2021.en.toml", "call-date", False, "12 May 2020")
add("wrong_day", "kzjp-2021.en.toml", "call-date", False, "May 21, 2021", "13 May 2021")
add("wrong_month", "kzjp-2021.en.toml", "call-date", False, "12 June 2021")
add("hedge", "kzjp-2021.en.toml", "call-date", False, "11 or 12 May 2021")

add("exact", "kzjp-2021.en.toml", "call-partner", True, "Yoshihide Suga")
add("title", "kzjp-2021.en.toml", "call-partner", True, "Prime Minister Suga", "PM Yoshihide Suga")
add("order", "kzjp-2021.en.toml", "call-partner", True, "Suga Yoshihide")
add("translit", "kzjp-2021.en.toml", "call-partner", True, "Yosihide Suga", "Суга")
add("case", "kzjp-2021.en.toml", "call-partner", True, "yoshihide suga")
add("typo", "kzjp-2021.en.toml", "call-partner", True, "Yoshihde Suga")
add("other_person", "kzjp-2021.en.toml", "call-partner", False, "Shinzo Abe", "Fumio Kishida", "Koizumi")
add("initials_only", "kzjp-2021.en.toml", "call-partner", False, "Y. S.")
add("hedge", "kzjp-2021.en.toml", "call-partner", False, "Suga or Abe")
add("negation", "kzjp-2021.en.toml", "call-partner", False, "not Abe")

add(
    "exact",
    "kzjp-2021.en.toml",
    "headline-delegation",
    True,
    "send a delegation to Japan",
    "to send a delegation",
)
add("inflection", "kzjp-2021.en.toml", "headline-delegation", True, "sending a delegation to Japan")
add("typo", "kzjp-2021.en.toml", "headline-delegation", True, "send a delegaton to Japan")
add(
    "extra_words",
    "kzjp-2021.en.toml",
    "headline-delegation",
    True,
    "he decided to send a delegation to Japan",
)
add("swapped_roles", "kzjp-2021.en.toml", "headline-delegation", False, "receive a Japanese delegation")
add(
    "neighbour_concept",
    "kzjp-2021.en.toml",
    "headline-delegation",
    False,
    "send a delegation to China",
    "invite Suga to Kazakhstan",
)

add(
    "exact",
    "kzjp-2021.en.toml",
    "congrats-election",
    True,
    "his election as Prime Minister",
    "on his election as Prime Minister",
)
add("synonym", "kzjp-2021.en.toml", "congrats-election", True, "on his election as PM")
add("case", "kzjp-2021.en.toml", "congrats-election", True, "his election as prime minister")
add("typo", "kzjp-2021.en.toml", "congrats-election", True, "his elektion as Prime Minister")
add("extra_content", "kzjp-2021.en.toml", "congrats-election", False, "his election as President")
add("neighbour_concept", "kzjp-2021.en.toml", "congrats-election", False, "the Tokyo Olympics")
add("unrelated", "kzjp-2021.en.toml", "congrats-election", False, "his birthday")

add(
    "exact",
    "kzjp-2021.en.toml",
    "olympics",
    True,
    "Tokyo Summer Olympics",
    "Summer Olympics in Tokyo",
    "the Tokyo Olympic Games",
)
add(
    "alias_mix",
    "kzjp-2021.en.toml",
    "olympics",
    True,
    "the Summer Olympic Games",
    "the Tokyo Summer Olympic Games",
)
add("typo", "kzjp-2021.en.toml", "olympics", True, "Tokyo Olympcs")
add("extra_content", "kzjp-2021.en.toml", "olympics", False, "the Winter Olympics", "the Beijing Olympics")
add("neighbour_concept", "kzjp-2021.en.toml", "olympics", False, "the Paralympics", "EXPO-2017")
add("unrelated", "kzjp-2021.en.toml", "olympics", False, "the World Cup")

add(
    "exact",
    "kzjp-2021.en.toml",
    "olympics-symbol",
    True,
    "humanity's victory over the coronavirus",
    "victory over COVID-19",
)
add("synonym", "kzjp-2021.en.toml", "olympics-symbol", True, "the victory of mankind over the coronavirus")
add("typo", "kzjp-2021.en.toml", "olympics-symbol", True, "humanity's victory over the coronavirs")
add("alias_mix", "kzjp-2021.en.toml", "olympics-symbol", True, "victory of humanity over COVID-19")
add("swapped_roles", "kzjp-2021.en.toml", "olympics-symbol", False, "the coronavirus's victory over humanity")
add("extra_content", "kzjp-2021.en.toml", "olympics-symbol", False, "Japan's victory over the coronavirus")
add("unrelated", "kzjp-2021.en.toml", "olympics-symbol", False, "friendship between peoples")

add("exact", "kzjp-2021.en.toml", "covid-thanks", True, "humanitarian aid, help fighting COVID-19")
add(
    "alias_mix",
    "kzjp-2021.en.toml",
    "covid-thanks",
    True,
    "humanitarian assistance and assistance in fighting the coronavirus",
)
add("list_forms", "kzjp-2021.en.toml", "covid-thanks", True, "1) humanitarian aid 2) fighting COVID-19")
add("order", "kzjp-2021.en.toml", "covid-thanks", True, "help fighting COVID-19 and humanitarian aid")
add(
    "incomplete", "kzjp-2021.en.toml", "covid-thanks", False, "humanitarian aid", "for help fighting COVID-19"
)
add("extra_content", "kzjp-2021.en.toml", "covid-thanks", False, "military aid and help fighting COVID-19")
add("neighbour_concept", "kzjp-2021.en.toml", "covid-thanks", False, "investment and humanitarian aid")

add("exact", "kzjp-2021.en.toml", "qazvac", True, "QazVac", "KazVac")
add("case", "kzjp-2021.en.toml", "qazvac", True, "qazvac", "QAZVAC")
add("extra_words", "kzjp-2021.en.toml", "qazvac", True, "the QazVac vaccine")
add("neighbour_concept", "kzjp-2021.en.toml", "qazvac", False, "Sputnik V", "CoronaVac", "Pfizer")

add(
    "exact",
    "kzjp-2021.en.toml",
    "strategic-partner",
    True,
    "a key strategic partner",
    "one of the key strategic partners",
)
add(
    "extra_words", "kzjp-2021.en.toml", "strategic-partner", True, "one of its key strategic partners in Asia"
)
add("typo", "kzjp-2021.en.toml", "strategic-partner", True, "a key stratgic partner")
add(
    "neighbour_concept",
    "kzjp-2021.en.toml",
    "strategic-partner",
    False,
    "the main trading partner",
    "the largest investor",
    "the leader in Central Asia",
)
add("negation", "kzjp-2021.en.toml", "strategic-partner", False, "not a strategic partner")

add("exact", "kzjp-2021.en.toml", "top-ten-investors", True, "10")
add(
    "number_words",
    "kzjp-2021.en.toml",
    "top-ten-investors",
    True,
    "ten",
    "top 10",
    "the top ten largest investors",
)
add("wrong_number", "kzjp-2021.en.toml", "top-ten-investors", False, "5", "20", "top five", "top 20")

add("exact", "kzjp-2021.en.toml", "japanese-companies", True, "50")
add("number_words", "kzjp-2021.en.toml", "japanese-companies", True, "more than 50", "over fifty", "fifty")
add("wrong_number", "kzjp-2021.en.toml", "japanese-companies", False, "70", "40", "500", "fifteen")
add("neighbour_concept", "kzjp-2021.en.toml", "japanese-companies", False, "74")

add(
    "exact",
    "kzjp-2021.en.toml",
    "new-level",
    True,
    "a qualitatively new level",
    "to a qualitatively new level",
    "a new level",
)
add("typo", "kzjp-2021.en.toml", "new-level", True, "a qualitativly new level")
add("neighbour_concept", "kzjp-2021.en.toml", "new-level", False, "a quantitatively new level")
add(
    "neighbour_concept",
    "kzjp-2021.en.toml",
    "new-level",
    False,
    "the previous level",
    "the level of expanded strategic partnership",
)

add("exact", "kzjp-2021.en.toml", "new-economic-agenda", True, "a new economic agenda", "economic agenda")
add("typo", "kzjp-2021.en.toml", "new-economic-agenda", True, "a new economic agneda")
add(
    "neighbour_concept",
    "kzjp-2021.en.toml",
    "new-economic-agenda",
    False,
    "a new political agenda",
    "a new ecological agenda",
    "a road map",
)

add(
    "exact",
    "kzjp-2021.en.toml",
    "agenda-sectors",
    True,
    "agriculture, geological exploration, digitalisation",
)
add("exact", "kzjp-2021.en.toml", "agenda-sectors", True, "agriculture, exploration, digitalization, AI")
add(
    "exact",
    "kzjp-2021.en.toml",
    "agenda-sectors",
    True,
    "farming, digital transformation and artificial intelligence",
)
add(
    "list_forms",
    "kzjp-2021.en.toml",
    "agenda-sectors",
    True,
    "1) agriculture 2) AI 3) geological prospecting",
)
add("typo", "kzjp-2021.en.toml", "agenda-sectors", True, "agricultre, digitalisation, artificial inteligence")
add("incomplete", "kzjp-2021.en.toml", "agenda-sectors", False, "agriculture and AI")
add("neighbour_concept", "kzjp-2021.en.toml", "agenda-sectors", False, "green energy, agriculture, AI")
add("unrelated", "kzjp-2021.en.toml", "agenda-sectors", False, "tourism, education, medicine")

add(
    "exact",
    "kzjp-2021.en.toml",
    "green-energy",
    True,
    "green energy",
    "development of green energy",
)
# Second edition: the alias was removed, not the text's term (review 1, #19).
add("neighbour_concept", "kzjp-2021.en.toml", "green-energy", False, "renewable energy")
add("typo", "kzjp-2021.en.toml", "green-energy", True, "green enrgy")
add(
    "neighbour_concept",
    "kzjp-2021.en.toml",
    "green-energy",
    False,
    "nuclear energy",
    "digitalisation",
    "oil and gas",
)

add(
    "exact",
    "kzjp-2021.en.toml",
    "carbon-neutrality",
    True,
    "by mid-century",
    "by the middle of the century",
    "mid-century",
)
add("alias_mix", "kzjp-2021.en.toml", "carbon-neutrality", True, "the middle of the 21st century")
add("typo", "kzjp-2021.en.toml", "carbon-neutrality", True, "by mid-centruy")
add("wrong_year", "kzjp-2021.en.toml", "carbon-neutrality", False, "by 2070", "by 2030")
add("neighbour_concept", "kzjp-2021.en.toml", "carbon-neutrality", False, "by the end of the century")

add(
    "exact",
    "kzjp-2021.en.toml",
    "suga-kz-leader",
    True,
    "the leader in Central Asia",
    "a leader in Central Asia",
)
add("alias_mix", "kzjp-2021.en.toml", "suga-kz-leader", True, "a leader of Central Asia")
add("typo", "kzjp-2021.en.toml", "suga-kz-leader", True, "the leader in Centrl Asia")
add(
    "neighbour_concept",
    "kzjp-2021.en.toml",
    "suga-kz-leader",
    False,
    "a key strategic partner",
    "the leader in Southeast Asia",
)

add(
    "exact",
    "kzjp-2021.en.toml",
    "suga-regions",
    True,
    "North Asia, Southeast Asia",
    "Northern Asia and South-East Asia",
)
add("list_forms", "kzjp-2021.en.toml", "suga-regions", True, "North and Southeast Asia")
add("order", "kzjp-2021.en.toml", "suga-regions", True, "Southeast Asia and North Asia")
add("incomplete", "kzjp-2021.en.toml", "suga-regions", False, "North Asia")
add(
    "neighbour_concept",
    "kzjp-2021.en.toml",
    "suga-regions",
    False,
    "Central Asia and Southeast Asia",
    "North and South Asia",
)

add(
    "exact",
    "kzjp-2021.en.toml",
    "agreed-dialogue",
    True,
    "trusting dialogue and consultations",
    "trust-based dialogue",
)
add("order", "kzjp-2021.en.toml", "agreed-dialogue", True, "consultations and trusting dialogue")
add("typo", "kzjp-2021.en.toml", "agreed-dialogue", True, "trusting dialogue and consultatons")
add(
    "unrelated",
    "kzjp-2021.en.toml",
    "agreed-dialogue",
    False,
    "free trade negotiations",
    "military cooperation",
)

add("exact", "kzjp-2021.en.toml", "invitation", True, "Kazakhstan", "to Kazakhstan", "visit Kazakhstan")
add("typo", "kzjp-2021.en.toml", "invitation", True, "Kazakstan")
add("swapped_roles", "kzjp-2021.en.toml", "invitation", False, "Japan", "to Japan")
add("neighbour_concept", "kzjp-2021.en.toml", "invitation", False, "China", "to the Tokyo Olympics")

# ---------------------------------------------------------------------------------------------
# kzjp-lecture-11.ru.toml: Лекция 11 «Казахстанско-японские отношения»
# ---------------------------------------------------------------------------------------------
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "lecture-questions",
    True,
    "экономическое сотрудничество, культурные связи",
)
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "lecture-questions",
    True,
    "1. Экономическое сотрудничество Казахстана с Японией 2. Казахстанско-японские культурные связи",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "lecture-questions",
    True,
    "культурное сотрудничество и экономическое сотрудничество",
)
add(
    "alias_mix",
    "kzjp-lecture-11.ru.toml",
    "lecture-questions",
    True,
    "экономическое сотрудничество с Японией и культурные связи",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "lecture-questions", False, "экономическое сотрудничество")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "lecture-questions",
    False,
    "установление дипломатических отношений и визиты",
)
add(
    "unrelated",
    "kzjp-lecture-11.ru.toml",
    "lecture-questions",
    False,
    "военное и политическое сотрудничество",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "point-one-topics",
    True,
    "установление дипломатических отношений, визиты и встречи, основные области сотрудничества, экономическое сотрудничество",
    "дипломатические отношения; визиты; инвестиции; наука и техника",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "point-one-topics",
    True,
    "визиты и встречи руководящих деятелей, инвестиционное сотрудничество, сотрудничество в области науки и техники, установление дипломатических отношений",
)
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "point-one-topics",
    True,
    "1) дипломатические отношения 2) визиты 3) области сотрудничества 4) инвестиционное сотрудничество",
)
add(
    "incomplete",
    "kzjp-lecture-11.ru.toml",
    "point-one-topics",
    False,
    "дипломатические отношения, визиты, инвестиции",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "point-one-topics",
    False,
    "экологические проблемы, гуманитарная помощь, СВМДА, Совет Безопасности",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "lecture-keywords",
    True,
    "геополитика, политика, концепция, дипломатия",
)
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "lecture-keywords",
    True,
    "признание, экономика, мировое сообщество, многовекторность",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "lecture-keywords",
    True,
    "дипломатия, признание, внешняя политика, геополитика",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "lecture-keywords", False, "геополитика, дипломатия, экономика")
add(
    "incomplete",
    "kzjp-lecture-11.ru.toml",
    "lecture-keywords",
    False,
    "геополитика, геополитика, дипломатия, экономика",
)
add(
    "unrelated",
    "kzjp-lecture-11.ru.toml",
    "lecture-keywords",
    False,
    "стратегия, технологии, инвестиции, уран",
)

add("exact", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", True, "1991-12-28")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "japan-recognized-kz",
    True,
    "28.12.1991",
    "28 декабря 1991 года",
    "28.12.91",
    "28 декабря 91-го",
    "1991, 28 декабря",
    "28-го декабря 1991 г.",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", False, "1991", "декабрь 1991")
add("wrong_year", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", False, "28 декабря 1992")
add("wrong_month", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", False, "28 ноября 1991")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "japan-recognized-kz",
    False,
    "26 января 1992",
    "16 декабря 1991",
)
add("hedge", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", False, "28 декабря 1991 или 1992 года")

add("exact", "kzjp-lecture-11.ru.toml", "diplomatic-relations-date", True, "26 января 1992")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "diplomatic-relations-date",
    True,
    "26.01.1992",
    "26 января 1992 г.",
    "26.I.1992",
    "в 1992 году, 26 января",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "diplomatic-relations-date", False, "1992", "январь 1992")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "diplomatic-relations-date", False, "28 декабря 1991")
add("wrong_year", "kzjp-lecture-11.ru.toml", "diplomatic-relations-date", False, "26 января 1993")
add("wrong_month", "kzjp-lecture-11.ru.toml", "diplomatic-relations-date", False, "26 февраля 1992")
add("wrong_day", "kzjp-lecture-11.ru.toml", "diplomatic-relations-date", False, "25 января 1992")

add("exact", "kzjp-lecture-11.ru.toml", "japan-embassy-opened", True, "январь 1993")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "japan-embassy-opened",
    True,
    "в январе 1993 года",
    "01.1993",
    "янв. 1993",
    "1993, январь",
    "I.1993",
    "январь 93-го",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "japan-embassy-opened", False, "1993", "зимой 1993")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "japan-embassy-opened", False, "январь 2005")
add("wrong_month", "kzjp-lecture-11.ru.toml", "japan-embassy-opened", False, "февраль 1993")
add("wrong_year", "kzjp-lecture-11.ru.toml", "japan-embassy-opened", False, "январь 1992")

add("exact", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "Алматы", "Алма-Ата")
add("extra_words", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "в Алматы", "в городе Алматы")
add("inflection", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "в Алма-Ате")
add("split_merge", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "Алма Ата", "Алмаата")
add("translit", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "Almaty")
add("layout", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "Fkvfns")
add("case", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "алматы")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "japan-embassy-first-city",
    False,
    "Астана",
    "Нур-Султан",
    "Шымкент",
    "Токио",
)
add("hedge", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", False, "Алматы или Астана")
add("negation", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", False, "не Алматы")

add("exact", "kzjp-lecture-11.ru.toml", "embassy-moved", True, "январь 2005")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "embassy-moved",
    True,
    "в январе 2005 г.",
    "01.2005",
    "янв 2005",
    "в январе 2005-го",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "embassy-moved", False, "2005")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "embassy-moved", False, "январь 1993")
add("wrong_year", "kzjp-lecture-11.ru.toml", "embassy-moved", False, "январь 2006")
add("wrong_month", "kzjp-lecture-11.ru.toml", "embassy-moved", False, "февраль 2005")

add("exact", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", True, "Астана", "Нур-Султан")
add("inflection", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", True, "в Астану", "Астане")
add("translit", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", True, "Astana")
add("layout", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", True, "Fcnfyf")
add("split_merge", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", True, "Нур Султан")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "japan-embassy-new-city",
    False,
    "Алматы",
    "Алма-Ата",
    "Караганда",
)
add("negation", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", False, "не в Астану")

add("exact", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "С. Нацуи", "Нацуи")
add("split_merge", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "С.Нацуи")
add("order", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "Нацуи С.")
add("title", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "посол Нацуи")
add("translit", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "Natsui", "Natui")
add("layout", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "Yfweb")
add("swapped_roles", "kzjp-lecture-11.ru.toml", "japan-ambassador", False, "Камалдинов", "А. Камалдинов")
add("other_person", "kzjp-lecture-11.ru.toml", "japan-ambassador", False, "Итиро Кавабата", "Кавамура")
add("initials_only", "kzjp-lecture-11.ru.toml", "japan-ambassador", False, "С. Н.")
add("hedge", "kzjp-lecture-11.ru.toml", "japan-ambassador", False, "Нацуи или Кавабата")

add("exact", "kzjp-lecture-11.ru.toml", "japan-ambassador-since", True, "август 2008")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "japan-ambassador-since",
    True,
    "с августа 2008 года",
    "08.2008",
    "авг. 2008",
    "VIII.2008",
    "2008, август",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "japan-ambassador-since", False, "2008")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "japan-ambassador-since", False, "апрель 2007")
add("wrong_year", "kzjp-lecture-11.ru.toml", "japan-ambassador-since", False, "август 2007")
add("wrong_month", "kzjp-lecture-11.ru.toml", "japan-ambassador-since", False, "июль 2008")

add("exact", "kzjp-lecture-11.ru.toml", "kz-embassy-tokyo", True, "февраль 1997")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "kz-embassy-tokyo",
    True,
    "с февраля 1997 года",
    "02.1997",
    "февр. 1997",
    "II.1997",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "kz-embassy-tokyo", False, "1997")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "kz-embassy-tokyo", False, "январь 1993")
add("wrong_year", "kzjp-lecture-11.ru.toml", "kz-embassy-tokyo", False, "февраль 1998")
add("wrong_month", "kzjp-lecture-11.ru.toml", "kz-embassy-tokyo", False, "март 1997")

add("exact", "kzjp-lecture-11.ru.toml", "kz-ambassador", True, "А. Камалдинов", "Камалдинов")
add("translit", "kzjp-lecture-11.ru.toml", "kz-ambassador", True, "Kamaldinov")
add("title", "kzjp-lecture-11.ru.toml", "kz-ambassador", True, "посол Камалдинов")
add("order", "kzjp-lecture-11.ru.toml", "kz-ambassador", True, "Камалдинов А.")
add("typo", "kzjp-lecture-11.ru.toml", "kz-ambassador", True, "Камалдинав")
add("layout", "kzjp-lecture-11.ru.toml", "kz-ambassador", True, "Rfvfklbyjd")
add("swapped_roles", "kzjp-lecture-11.ru.toml", "kz-ambassador", False, "С. Нацуи", "Нацуи")
add("other_person", "kzjp-lecture-11.ru.toml", "kz-ambassador", False, "Кавабата", "Назарбаев")
add("initials_only", "kzjp-lecture-11.ru.toml", "kz-ambassador", False, "А. К.")

add("exact", "kzjp-lecture-11.ru.toml", "kz-ambassador-since", True, "апрель 2007")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "kz-ambassador-since",
    True,
    "с апреля 2007 г.",
    "04.2007",
    "апр. 2007",
    "IV.2007",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "kz-ambassador-since", False, "2007")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "kz-ambassador-since", False, "август 2008")
add("wrong_year", "kzjp-lecture-11.ru.toml", "kz-ambassador-since", False, "апрель 2008")
add("wrong_month", "kzjp-lecture-11.ru.toml", "kz-ambassador-since", False, "май 2007")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "visits-president",
    True,
    "Н. Назарбаев",
    "Назарбаев",
    "Нурсултан Назарбаев",
)
add(
    "patronymic",
    "kzjp-lecture-11.ru.toml",
    "visits-president",
    True,
    "Нурсултан Абишевич Назарбаев",
    "Н.А. Назарбаев",
)
add(
    "title",
    "kzjp-lecture-11.ru.toml",
    "visits-president",
    True,
    "президент Назарбаев",
    "Первый Президент Н. Назарбаев",
)
add("translit", "kzjp-lecture-11.ru.toml", "visits-president", True, "Nazarbayev", "Nazarbaev")
add("inflection", "kzjp-lecture-11.ru.toml", "visits-president", True, "Назарбаева")
add("layout", "kzjp-lecture-11.ru.toml", "visits-president", True, "Yfpfh,ftd")
add("typo", "kzjp-lecture-11.ru.toml", "visits-president", True, "Назорбаев")
add("other_person", "kzjp-lecture-11.ru.toml", "visits-president", False, "Токаев", "Касым-Жомарт Токаев")
add("same_surname", "kzjp-lecture-11.ru.toml", "visits-president", False, "Дарига Назарбаева")
add("initials_only", "kzjp-lecture-11.ru.toml", "visits-president", False, "Н.А.")
add("hedge", "kzjp-lecture-11.ru.toml", "visits-president", False, "Назарбаев или Токаев")

add("exact", "kzjp-lecture-11.ru.toml", "first-visit-date", True, "апрель 1994")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "first-visit-date",
    True,
    "в апреле 1994 года",
    "6-9 апреля 1994",
    "04.1994",
    "IV.1994",
    "апр. 1994",
    "1994 г., апрель",
    "апрель 94-го",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "first-visit-date", False, "1994", "весной 1994")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "first-visit-date", False, "декабрь 1999")
add("wrong_year", "kzjp-lecture-11.ru.toml", "first-visit-date", False, "апрель 1995")
add("wrong_month", "kzjp-lecture-11.ru.toml", "first-visit-date", False, "март 1994")
add("hedge", "kzjp-lecture-11.ru.toml", "first-visit-date", False, "апрель 1994 или декабрь 1999")

add("exact", "kzjp-lecture-11.ru.toml", "second-visit-date", True, "декабрь 1999")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "second-visit-date",
    True,
    "5-8 декабря 1999",
    "12.1999",
    "в декабре 1999-го",
    "дек. 1999",
    "XII.1999",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "second-visit-date", False, "1999")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "second-visit-date", False, "апрель 1994")
add("wrong_year", "kzjp-lecture-11.ru.toml", "second-visit-date", False, "декабрь 1998")
add("wrong_month", "kzjp-lecture-11.ru.toml", "second-visit-date", False, "ноябрь 1999")

add("exact", "kzjp-lecture-11.ru.toml", "first-visit-statement", True, "Совместное заявление")
add("case", "kzjp-lecture-11.ru.toml", "first-visit-statement", True, "совместное заявление")
add("inflection", "kzjp-lecture-11.ru.toml", "first-visit-statement", True, "Совместного заявления")
add("typo", "kzjp-lecture-11.ru.toml", "first-visit-statement", True, "Совместное зоявление")
add("layout", "kzjp-lecture-11.ru.toml", "first-visit-statement", True, "Cjdvtcnyjt pfzdktybt")
add(
    "extra_content",
    "kzjp-lecture-11.ru.toml",
    "first-visit-statement",
    False,
    "Совместное заявление о дружбе, партнерстве и сотрудничестве",
)
add(
    "extra_content",
    "kzjp-lecture-11.ru.toml",
    "first-visit-statement",
    False,
    "Совместное заявление о расширенном стратегическом партнерстве",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "first-visit-statement",
    False,
    "Соглашение о взаимной защите и поощрении инвестиций",
)

add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "first-visit-notes",
    True,
    "3",
    "третий",
    "ответ 3",
    "(3)",
    "вариант 3",
)
add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "first-visit-notes",
    True,
    "договоров и соглашений между СССР и Японией",
)
add(
    "typo", "kzjp-lecture-11.ru.toml", "first-visit-notes", True, "договоров и соглашений между СССР и Японей"
)
add(
    "wrong_choice",
    "kzjp-lecture-11.ru.toml",
    "first-visit-notes",
    False,
    "2",
    "4",
    "второй",
    "независимости Казахстана",
)
add("hedge", "kzjp-lecture-11.ru.toml", "first-visit-notes", False, "1 или 2")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    True,
    "Совместное заявление о дружбе, партнерстве и сотрудничестве",
)
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    True,
    "о дружбе, партнёрстве и сотрудничестве",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    True,
    "Совместного заявления о дружбе, партнёрстве и сотрудничестве",
)
add(
    "typo",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    True,
    "Совместное заявление о дружбе, партнерстве и сотрудничетсве",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    True,
    "Совместное заявление о дружбе, сотрудничестве и партнерстве",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "second-visit-document", False, "Совместное заявление")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    False,
    "Совместное заявление о расширенном стратегическом партнерстве в век процветания Азии",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    False,
    "Договор о дружбе и сотрудничестве",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "visits-effect",
    True,
    "мощный стимул",
    "стимул",
    "мощный стимул развитию отношений",
)
add("synonym", "kzjp-lecture-11.ru.toml", "visits-effect", True, "мощный импульс")
add("extra_words", "kzjp-lecture-11.ru.toml", "visits-effect", True, "дали мощный стимул")
add("typo", "kzjp-lecture-11.ru.toml", "visits-effect", True, "мощьный стимул")
add("layout", "kzjp-lecture-11.ru.toml", "visits-effect", True, "cnbvek")
add("extra_content", "kzjp-lecture-11.ru.toml", "visits-effect", False, "слабый стимул")
add("unrelated", "kzjp-lecture-11.ru.toml", "visits-effect", False, "кризис", "торможение")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "visits-effect", False, "дорожную карту")

add("exact", "kzjp-lecture-11.ru.toml", "japan-growing-interest", True, "Казахстан, Центральная Азия")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "japan-growing-interest",
    True,
    "с Казахстаном и Центральной Азией в целом",
)
add("order", "kzjp-lecture-11.ru.toml", "japan-growing-interest", True, "Центральная Азия и Казахстан")
add(
    "incomplete",
    "kzjp-lecture-11.ru.toml",
    "japan-growing-interest",
    False,
    "Казахстан",
    "с Центральной Азией",
)
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "japan-growing-interest", False, "Казахстан и Кавказ")
add("unrelated", "kzjp-lecture-11.ru.toml", "japan-growing-interest", False, "Россия и Китай")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-name",
    True,
    "Евразийская дипломатия",
    "«Евразийская дипломатия»",
)
add("case", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-name", True, "евразийская дипломатия")
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-name",
    True,
    "концепция «Евразийская дипломатия»",
)
add("inflection", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-name", True, "Евразийской дипломатии")
add("layout", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-name", True, "Tdhfpbqcrfz lbgkjvfnbz")
add("typo", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-name", True, "Евразиская дипломатия")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-name",
    False,
    "Дипломатия Шелкового пути",
    "многовекторная политика",
    "нефть в обмен на технологии",
)

add("exact", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-year", True, "1997")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-year",
    True,
    "в 1997 году",
    "1997 г.",
    "в 97-м",
    "1997-й",
)
add(
    "number_words",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-year",
    True,
    "в тысяча девятьсот девяносто седьмом году",
)
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-year", False, "1998")
add("wrong_year", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-year", False, "1996", "1994")
add("negation", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-year", False, "не в 1997 году")
add("hedge", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-year", False, "1997 или 1998")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-author",
    True,
    "Р. Хашимото",
    "Хашимото",
    "Хасимото",
    "Рютаро Хасимото",
)
add(
    "translit",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-author",
    True,
    "Hashimoto",
    "Hasimoto",
    "Ryūtarō Hashimoto",
)
add("title", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", True, "премьер-министр Хашимото")
add("order", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", True, "Хашимото Рютаро", "Хасимото Р.")
add("layout", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", True, "{fibvjnj", "{fcbvjnj")
add("extra_words", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", True, "Р. Хашимото, в 1997 году")
add(
    "other_person",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-author",
    False,
    "Обучи",
    "Обути",
    "Коидзуми",
)
add("same_surname", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", False, "Тору Хасимото")
add("initials_only", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", False, "Р.Х.")
add("hedge", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", False, "Хашимото или Обучи")
add("negation", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", False, "кто угодно, кроме Хашимото")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-zone",
    True,
    "Центральная Азия и Кавказ",
    "Средняя Азия и Кавказ",
)
add("order", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-zone", True, "Кавказ, Центральная Азия")
add("inflection", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-zone", True, "Центральную Азию и Кавказ")
add("list_forms", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-zone", True, "1) Центральная Азия 2) Кавказ")
add("incomplete", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-zone", False, "Центральная Азия", "Кавказ")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-zone",
    False,
    "Центральная Азия и Ближний Восток",
    "Северная и Юго-Восточная Азия",
)

add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-purpose",
    True,
    "2",
    "второй",
    "ответ 2",
    "(2)",
)
add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-purpose",
    True,
    "продвижению двустороннего сотрудничества Японии с Казахстаном и другими странами Центральной Азии",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-purpose",
    False,
    "3",
    "созыву СВМДА",
    "уменьшению энергетической зависимости Японии от стран Ближнего Востока",
)
add("hedge", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", False, "1 или 2")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "silk-road-continuation",
    True,
    "Евразийская дипломатия",
    "«Евразийская дипломатия»",
)
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "silk-road-continuation",
    True,
    "концепции «Евразийская дипломатия»",
)
add("typo", "kzjp-lecture-11.ru.toml", "silk-road-continuation", True, "Евразийская дипламатия")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "silk-road-continuation",
    False,
    "Дипломатия Шелкового пути",
    "многовекторной политики",
)

add(
    "exact", "kzjp-lecture-11.ru.toml", "silk-road-author", True, "Хасимото", "Рютаро Хашимото", "Р. Хашимото"
)
add("translit", "kzjp-lecture-11.ru.toml", "silk-road-author", True, "Ryutaro Hashimoto", "Hasimoto")
add("title", "kzjp-lecture-11.ru.toml", "silk-road-author", True, "премьер-министр Р. Хашимото")
add("order", "kzjp-lecture-11.ru.toml", "silk-road-author", True, "Хашимото Рютаро")
add("other_person", "kzjp-lecture-11.ru.toml", "silk-road-author", False, "Обучи", "Кэйдзо Обути", "Коидзуми")
add("initials_only", "kzjp-lecture-11.ru.toml", "silk-road-author", False, "Р.Х.")
add("hedge", "kzjp-lecture-11.ru.toml", "silk-road-author", False, "Хашимото или Обути")

add("exact", "kzjp-lecture-11.ru.toml", "silk-road-voiced-year", True, "1997")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "silk-road-voiced-year",
    True,
    "в 1997-м году",
    "97-й год",
    "в 1997 г.",
)
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "silk-road-voiced-year", False, "1998")
add("wrong_year", "kzjp-lecture-11.ru.toml", "silk-road-voiced-year", False, "1999")
add("hedge", "kzjp-lecture-11.ru.toml", "silk-road-voiced-year", False, "1997 или 1998")

add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "silk-road-adopted-year",
    True,
    "в 1998 году",
    "в 98-м",
    "1998 г.",
)
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "silk-road-adopted-year", False, "1997", "2002")
add("wrong_year", "kzjp-lecture-11.ru.toml", "silk-road-adopted-year", False, "1999")
add("negation", "kzjp-lecture-11.ru.toml", "silk-road-adopted-year", False, "не в 1998 году")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "silk-road-adopted-by",
    True,
    "К. Обучи",
    "Обучи",
    "Обути",
    "Кэйдзо Обути",
)
add("alias_mix", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "Кейдзо Обути")
add("translit", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "Obuchi", "Keizō Obuchi")
add("title", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "премьер-министр Обучи")
add("extra_words", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "правительство К. Обучи")
add("order", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "Обучи Кэйдзо")
add("layout", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "J,exb")
add("other_person", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", False, "Хашимото", "Коидзуми")
add("same_surname", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", False, "Юко Обути")
add("initials_only", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", False, "К.О.")
add("hedge", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", False, "Обучи или Хашимото")

add("exact", "kzjp-lecture-11.ru.toml", "silk-road-directions-count", True, "3")
add(
    "number_words",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions-count",
    True,
    "три направления",
    "3 основных направления",
)
add("wrong_number", "kzjp-lecture-11.ru.toml", "silk-road-directions-count", False, "два", "2", "4", "пять")
add("hedge", "kzjp-lecture-11.ru.toml", "silk-road-directions-count", False, "2 или 3")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions",
    True,
    "политический диалог, экономическое сотрудничество",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions",
    True,
    "экономическое сотрудничество и политический диалог",
)
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions",
    True,
    "— политический диалог для углубления доверия; — освоение природных ресурсов",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "silk-road-directions", False, "политический диалог")
add(
    "incomplete",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions",
    False,
    "экономическое сотрудничество и освоение природных ресурсов",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions",
    False,
    "политический диалог и военное сотрудничество",
    "культурные связи и гуманитарная помощь",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "silk-road-dialogue-goal",
    True,
    "углубление доверия и взаимопонимания",
    "доверие и взаимопонимание",
    "углубление доверия",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "silk-road-dialogue-goal",
    True,
    "для углубления взаимопонимания и доверия",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "silk-road-dialogue-goal",
    False,
    "для обеспечения процветания в регионе",
    "освоение природных ресурсов",
)
add("unrelated", "kzjp-lecture-11.ru.toml", "silk-road-dialogue-goal", False, "для борьбы с терроризмом")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "silk-road-economic-goal",
    True,
    "природных ресурсов",
    "освоение природных ресурсов",
    "природные ресурсы",
)
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "silk-road-economic-goal",
    True,
    "природных ресурсов для обеспечения процветания в регионе",
)
add("layout", "kzjp-lecture-11.ru.toml", "silk-road-economic-goal", True, "ghbhjlys[ htcehcjd")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "silk-road-economic-goal",
    False,
    "урановых месторождений",
    "трудовых ресурсов",
    "Каспийского шельфа",
)

add("exact", "kzjp-lecture-11.ru.toml", "boao-date", True, "апрель 2002")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "boao-date",
    True,
    "в апреле 2002 г.",
    "04.2002",
    "апр. 2002",
    "IV.2002",
)
add("too_imprecise", "kzjp-lecture-11.ru.toml", "boao-date", False, "2002")
add("wrong_year", "kzjp-lecture-11.ru.toml", "boao-date", False, "апрель 2003")
add("wrong_month", "kzjp-lecture-11.ru.toml", "boao-date", False, "май 2002")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "boao-date", False, "апрель 1994")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "boao-speaker",
    True,
    "Д. Коидзуми",
    "Коидзуми",
    "Коизуми",
    "Дзюнъитиро Коидзуми",
)
add(
    "translit",
    "kzjp-lecture-11.ru.toml",
    "boao-speaker",
    True,
    "Джуничиро Коидзуми",
    "Junichiro Koizumi",
    "Jun'ichirō Koizumi",
)
add("title", "kzjp-lecture-11.ru.toml", "boao-speaker", True, "премьер-министр Коидзуми")
add("order", "kzjp-lecture-11.ru.toml", "boao-speaker", True, "Коидзуми Дзюнъитиро")
add("layout", "kzjp-lecture-11.ru.toml", "boao-speaker", True, "Rjblpevb")
add("same_surname", "kzjp-lecture-11.ru.toml", "boao-speaker", False, "Коизуми Синдзиро", "Синдзиро Коидзуми")
add("other_person", "kzjp-lecture-11.ru.toml", "boao-speaker", False, "Хашимото", "Обути")
add("initials_only", "kzjp-lecture-11.ru.toml", "boao-speaker", False, "Д.К.")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "boao-forum",
    True,
    "Боаоский форум",
    "Боао",
    "Боаоский азиатский форум",
    "Boao Forum",
)
add("inflection", "kzjp-lecture-11.ru.toml", "boao-forum", True, "Боаоского форума")
add("order", "kzjp-lecture-11.ru.toml", "boao-forum", True, "форум Боао")
add("layout", "kzjp-lecture-11.ru.toml", "boao-forum", True, "<jfjcrbq ajhev")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "boao-forum",
    False,
    "СВМДА",
    "Давосский форум",
    "Астанинский экономический форум",
    "АТЭС",
)

add("choice_forms", "kzjp-lecture-11.ru.toml", "boao-concept", True, "2", "второй", "ответ 2", "(2)")
add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "boao-concept",
    True,
    "«Дипломатия Шелкового пути»",
    "Дипломатия Шёлкового пути",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.ru.toml",
    "boao-concept",
    False,
    "1",
    "первый",
    "«Евразийская дипломатия»",
    "4",
)
add("hedge", "kzjp-lecture-11.ru.toml", "boao-concept", False, "1 или 2")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "boao-statement",
    True,
    "со странами Центральной Азии",
    "Центральная Азия",
    "центральноазиатские страны",
)
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "boao-statement",
    True,
    "с богатыми энергетическими ресурсами центральноазиатскими странами",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "boao-statement",
    True,
    "с центральноазиатскими странами",
    "странами Центральной Азии",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "boao-statement",
    False,
    "со странами Ближнего Востока",
    "со странами Юго-Восточной Азии",
    "с Китаем",
)

add("choice_forms", "kzjp-lecture-11.ru.toml", "trade-volume-verdict", True, "4", "четвёртый", "ответ 4")
add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "trade-volume-verdict",
    True,
    "что странам ещё далеко до того времени, когда они реально могут называть друг друга партнёрами",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.ru.toml",
    "trade-volume-verdict",
    False,
    "2",
    "3",
    "что перечень товаров и услуг значительно изменился",
)
add("hedge", "kzjp-lecture-11.ru.toml", "trade-volume-verdict", False, "1 или 3")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "trade-list-unchanged",
    True,
    "не претерпел значительных изменений",
    "не изменился",
    "практически не изменился",
    "без значительных изменений",
)
add(
    "alias_mix",
    "kzjp-lecture-11.ru.toml",
    "trade-list-unchanged",
    True,
    "практически без значительных изменений",
)
add("typo", "kzjp-lecture-11.ru.toml", "trade-list-unchanged", True, "не претерпел значительных изминений")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "trade-list-unchanged",
    False,
    "значительно изменился",
    "сильно изменился",
    "полностью изменился",
    "расширился",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "kz-exports",
    True,
    "сырьевые ресурсы, минеральное топливо, ферросплавы, титан",
)
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "kz-exports",
    True,
    "титан, сталь, морепродукты, редкоземельные металлы",
)
add("exact", "kzjp-lecture-11.ru.toml", "kz-exports", True, "сырьё, топливо, сталь, титан")
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "kz-exports",
    True,
    "1) сталь 2) титан 3) ферросплавы 4) морепродукты",
)
add("typo", "kzjp-lecture-11.ru.toml", "kz-exports", True, "ферасплавы, титан, сталь, морепродукты")
add(
    "swapped_roles",
    "kzjp-lecture-11.ru.toml",
    "kz-exports",
    False,
    "автомобили, бытовая техника, текстиль, часы",
)
add(
    "incomplete",
    "kzjp-lecture-11.ru.toml",
    "kz-exports",
    False,
    "титан, сталь, морепродукты",
    "титан, титан, сталь, сталь",
)
add("swapped_roles", "kzjp-lecture-11.ru.toml", "kz-exports", False, "титан, сталь, автомобили, часы")

add("exact", "kzjp-lecture-11.ru.toml", "kz-exports-dominant", True, "неблагородные металлы", "неблагородные")
add("inflection", "kzjp-lecture-11.ru.toml", "kz-exports-dominant", True, "неблагородных металлов")
add("typo", "kzjp-lecture-11.ru.toml", "kz-exports-dominant", True, "неблагародные металлы")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "kz-exports-dominant",
    False,
    "благородные металлы",
    "редкоземельные металлы",
    "минеральное топливо",
    "нефть",
)

add("exact", "kzjp-lecture-11.ru.toml", "jp-exports", True, "автомобили, бытовая техника, текстиль, часы")
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "jp-exports",
    True,
    "средства воздушного и водного транспорта, оборудование, приборы, химическая продукция",
)
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "jp-exports",
    True,
    "автомобили; оборудование; часы; изделия из неблагородных металлов",
)
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "jp-exports",
    True,
    "1) автомобили 2) бытовую технику 3) текстиль 4) приборы",
)
add(
    "swapped_roles",
    "kzjp-lecture-11.ru.toml",
    "jp-exports",
    False,
    "сырьевые ресурсы, титан, сталь, морепродукты",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "jp-exports", False, "автомобили, часы, текстиль")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "jp-exports", False, "автомобили, часы, нефть, уран")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "initiative-source",
    True,
    "от Токио",
    "Токио",
    "Япония",
    "от Японии",
    "японская сторона",
)
add("layout", "kzjp-lecture-11.ru.toml", "initiative-source", True, "Njrbj", "jn Njrbj")
add("swapped_roles", "kzjp-lecture-11.ru.toml", "initiative-source", False, "от Астаны", "Казахстан")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "initiative-source",
    False,
    "от Киото",
    "поровну от обеих сторон",
)
add("negation", "kzjp-lecture-11.ru.toml", "initiative-source", False, "не от Токио")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "astana-role",
    True,
    "пассивного игрока",
    "пассивный игрок",
    "пассивную роль",
)
add("layout", "kzjp-lecture-11.ru.toml", "astana-role", True, "gfccbdyjuj buhjrf")
add("typo", "kzjp-lecture-11.ru.toml", "astana-role", True, "пасивного игрока")
add(
    "swapped_roles",
    "kzjp-lecture-11.ru.toml",
    "astana-role",
    False,
    "активного игрока",
    "ведущего игрока",
    "главного игрока",
)
add("real_word_typo", "kzjp-lecture-11.ru.toml", "astana-role", False, "массивного игрока")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "passive-role-cause",
    True,
    "стратегии действий в отношении Японии",
    "стратегии",
    "отсутствие стратегии",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "passive-role-cause",
    True,
    "стратегия действий в отношении Японии",
)
add("typo", "kzjp-lecture-11.ru.toml", "passive-role-cause", True, "стратегии действий в отношени Японии")
add(
    "unrelated",
    "kzjp-lecture-11.ru.toml",
    "passive-role-cause",
    False,
    "инвестиций",
    "энергоресурсов",
    "денег",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "multivector-policy",
    True,
    "многовекторная политика",
    "многовекторность",
    "многовекторная внешняя политика",
)
add("inflection", "kzjp-lecture-11.ru.toml", "multivector-policy", True, "многовекторной политики")
add("split_merge", "kzjp-lecture-11.ru.toml", "multivector-policy", True, "много-векторная политика")
add("layout", "kzjp-lecture-11.ru.toml", "multivector-policy", True, "vyjujdtrnjhyfz gjkbnbrf")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "multivector-policy",
    False,
    "политика нейтралитета",
    "Евразийская дипломатия",
    "одновекторная политика",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "multivector-failed",
    True,
    "приоритетных направлений",
    "приоритетные направления",
    "приоритетов",
    "определению приоритетных направлений",
)
add("typo", "kzjp-lecture-11.ru.toml", "multivector-failed", True, "приоритетных напрвлений")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "multivector-failed",
    False,
    "стратегических партнёров",
    "инвестиционного климата",
    "объёма товарооборота",
)

# Second edition: the card now asks what Japan takes economic cooperation to mean («несколько другие
# направления», review 1, #49); the old card's answer, trade, is the next sentence's subject.
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "not-a-showcase",
    False,
    "торговый оборот",
    "товарооборот",
    "торговля",
)
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "not-a-showcase", False, "объем товарооборота")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "not-a-showcase",
    False,
    "торговый оборот между двумя странами",
)
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "not-a-showcase", False, "njhujdsq j,jhjn")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "not-a-showcase",
    False,
    "инвестиции",
    "культурные связи",
    "добыча урана",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "economic-committees",
    True,
    "казахстанско-японский комитет, японско-казахстанский комитет",
)
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "economic-committees",
    True,
    "казахстанско-японский и японско-казахстанский комитеты",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "economic-committees",
    True,
    "японско-казахстанский и казахстанско-японский",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "economic-committees", False, "казахстанско-японский комитет")
add(
    "incomplete",
    "kzjp-lecture-11.ru.toml",
    "economic-committees",
    False,
    "казахстанско-японский комитет, казахстанско-японский комитет",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "economic-committees",
    False,
    "ассоциация экономического и социального развития",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "economic-association",
    True,
    "ассоциация экономического и социального развития",
    "казахстанско-японская ассоциация экономического и социального развития",
    "экономического и социального развития",
)
add(
    "typo",
    "kzjp-lecture-11.ru.toml",
    "economic-association",
    True,
    "ассоциация экономического и социального развитя",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "economic-association",
    True,
    "ассоциация социального и экономического развития",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "economic-association",
    False,
    "Ассоциация выпускников JICA",
    "Ассоциация банков Казахстана",
    "ассоциация культурного развития",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "sector-narrow",
    True,
    "узкая отраслевая",
    "узкая отраслевая направленность",
    "узкоотраслевая",
)
add("inflection", "kzjp-lecture-11.ru.toml", "sector-narrow", True, "узкую отраслевую направленность")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "sector-narrow",
    False,
    "широкая отраслевая",
    "многовекторная",
    "диверсифицированная",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "sector-skew",
    True,
    "энергетический и транспортный",
    "энергетика, транспорт",
)
add("inflection", "kzjp-lecture-11.ru.toml", "sector-skew", True, "энергетического и транспортного секторов")
add("order", "kzjp-lecture-11.ru.toml", "sector-skew", True, "транспортный сектор и энергетический сектор")
add("incomplete", "kzjp-lecture-11.ru.toml", "sector-skew", False, "энергетический")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "sector-skew",
    False,
    "энергетический и сельскохозяйственный",
    "финансовый и банковский",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "tokyo-attention",
    True,
    "освоение месторождений энергоносителей",
    "в освоении месторождений энергоносителей",
    "энергоносители",
)
add("typo", "kzjp-lecture-11.ru.toml", "tokyo-attention", True, "освоение месторождений энергоносителий")
add(
    "unrelated",
    "kzjp-lecture-11.ru.toml",
    "tokyo-attention",
    False,
    "производство автомобилей",
    "туризм",
    "строительство аэропорта",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "oil-for-tech",
    True,
    "нефть в обмен на технологии",
    "нефть за технологии",
)
add("layout", "kzjp-lecture-11.ru.toml", "oil-for-tech", True, "ytanm d j,vty yf nt[yjkjubb")
add("typo", "kzjp-lecture-11.ru.toml", "oil-for-tech", True, "нефть в обмен на техналогии")
add("case", "kzjp-lecture-11.ru.toml", "oil-for-tech", True, "Нефть в обмен на технологии")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "oil-for-tech",
    False,
    "уран в обмен на технологии",
    "нефть в обмен на инвестиции",
    "газ в обмен на кредиты",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "oil-for-tech-role",
    True,
    "катализатором",
    "катализатор",
    "катализатором активных действий",
)
add("layout", "kzjp-lecture-11.ru.toml", "oil-for-tech-role", True, "rfnfkbpfnjhjv")
add("typo", "kzjp-lecture-11.ru.toml", "oil-for-tech-role", True, "католизатором")
add(
    "unrelated",
    "kzjp-lecture-11.ru.toml",
    "oil-for-tech-role",
    False,
    "тормозом",
    "препятствием",
    "ингибитором",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "jogmec-what",
    True,
    "корпорация нефти, газа и металлов",
    "японская национальная корпорация нефти, газа и металлов",
)
add(
    "translit",
    "kzjp-lecture-11.ru.toml",
    "jogmec-what",
    True,
    "Japan Oil, Gas and Metals National Corporation",
)
add("exact", "kzjp-lecture-11.ru.toml", "jogmec-what", True, "национальная корпорация нефти газа и металлов")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "jogmec-what",
    False,
    "японская национальная нефтяная корпорация",
    "Организация добычи металла",
    "японское агентство международного сотрудничества",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "jogmec-merger",
    True,
    "японская национальная нефтяная корпорация и Организация добычи металла",
)
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "jogmec-merger",
    True,
    "национальная нефтяная корпорация, организация добычи металлов",
)
add(
    "order",
    "kzjp-lecture-11.ru.toml",
    "jogmec-merger",
    True,
    "Организация добычи металла и нефтяная корпорация",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "jogmec-merger", False, "национальная нефтяная корпорация")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "jogmec-merger", False, "КазМунайГаз и Казахойл")

add("exact", "kzjp-lecture-11.ru.toml", "jogmec-where", True, "Каспийское море", "Каспий", "Каспийское")
add("inflection", "kzjp-lecture-11.ru.toml", "jogmec-where", True, "в Каспийском море")
add("layout", "kzjp-lecture-11.ru.toml", "jogmec-where", True, "Rfcgbqcrjt vjht")
add("translit", "kzjp-lecture-11.ru.toml", "jogmec-where", True, "Caspian Sea")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "jogmec-where",
    False,
    "Аральское море",
    "Чёрное море",
    "Японское море",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "jogmec-partner",
    True,
    "КазМунайГаз",
    "НК «КазМунайГаз»",
    "KazMunayGas",
)
add("case", "kzjp-lecture-11.ru.toml", "jogmec-partner", True, "Казмунайгаз")
add("split_merge", "kzjp-lecture-11.ru.toml", "jogmec-partner", True, "КазМунай Газ")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "jogmec-partner",
    False,
    "Казатомпром",
    "Казахойл",
    "Самрук-Казына",
)

add("exact", "kzjp-lecture-11.ru.toml", "kmg-predecessor", True, "НК «Казахойл»", "Казахойл", "Kazakhoil")
add("layout", "kzjp-lecture-11.ru.toml", "kmg-predecessor", True, "Rfpf[jqk")
add("split_merge", "kzjp-lecture-11.ru.toml", "kmg-predecessor", True, "Казах Ойл")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "kmg-predecessor",
    False,
    "Казатомпром",
    "КазМунайГаз",
    "Казахтелеком",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-name",
    True,
    "Западный Мункудук",
    "Мункудук",
    "Западный Мынкудук",
    "«Западный Мункудук»",
)
add("inflection", "kzjp-lecture-11.ru.toml", "munkuduk-name", True, "Западного Мункудука")
add("layout", "kzjp-lecture-11.ru.toml", "munkuduk-name", True, "Pfgflysq Veyreler")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-name",
    False,
    "Восточный Мункудук",
    "Инкай",
    "Тенгиз",
    "Карачаганак",
)

add("exact", "kzjp-lecture-11.ru.toml", "munkuduk-resource", True, "уран", "урана", "урановое")
add("layout", "kzjp-lecture-11.ru.toml", "munkuduk-resource", True, "ehfy")
add("extra_words", "kzjp-lecture-11.ru.toml", "munkuduk-resource", True, "природный уран")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-resource",
    False,
    "нефть",
    "газ",
    "титан",
    "золото",
)
add("real_word_typo", "kzjp-lecture-11.ru.toml", "munkuduk-resource", False, "Иран")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-announcer",
    True,
    "Sumitomo shoji",
    "Sumitomo",
    "Сумитомо",
    "Сумитомо Шоджи",
)
add("yo", "kzjp-lecture-11.ru.toml", "munkuduk-announcer", True, "Сумитомо Седзи")
add("layout", "kzjp-lecture-11.ru.toml", "munkuduk-announcer", True, "Cevbnjvj")
add("extra_words", "kzjp-lecture-11.ru.toml", "munkuduk-announcer", True, "компания Sumitomo shoji")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-announcer",
    False,
    "Kepko",
    "Кэпко",
    "Казатомпром",
    "Марубени",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-companies",
    True,
    "Sumitomo shoji, Kepko, Казатомпром",
    "Сумитомо, Кэпко и Казатомпром",
)
add("order", "kzjp-lecture-11.ru.toml", "munkuduk-companies", True, "KEPCO, Sumitomo, Kazatomprom")
add(
    "list_forms", "kzjp-lecture-11.ru.toml", "munkuduk-companies", True, "1) Казатомпром 2) Сумитомо 3) Кепко"
)
add("incomplete", "kzjp-lecture-11.ru.toml", "munkuduk-companies", False, "Sumitomo и Kepko")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-companies",
    False,
    "Сумитомо, Кэпко, КазМунайГаз",
    "Марубени, Кэпко, Казатомпром",
)

add("exact", "kzjp-lecture-11.ru.toml", "munkuduk-investment", True, "100", "около 100")
add(
    "number_words",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-investment",
    True,
    "сто",
    "около ста миллионов долларов",
    "100 млн долларов",
)
add("wrong_number", "kzjp-lecture-11.ru.toml", "munkuduk-investment", False, "1000", "10", "200")
add("extra_content", "kzjp-lecture-11.ru.toml", "munkuduk-investment", False, "100 миллиардов долларов")

add("exact", "kzjp-lecture-11.ru.toml", "munkuduk-trial", True, "2007")
add("date_forms", "kzjp-lecture-11.ru.toml", "munkuduk-trial", True, "в 2007 году", "2007 г.", "в 2007-м")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "munkuduk-trial", False, "2010")
add("wrong_year", "kzjp-lecture-11.ru.toml", "munkuduk-trial", False, "2008", "2006")
add("hedge", "kzjp-lecture-11.ru.toml", "munkuduk-trial", False, "2007 или 2010")

add("exact", "kzjp-lecture-11.ru.toml", "munkuduk-target", True, "1000", "1 000")
add(
    "number_words",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-target",
    True,
    "тысяча",
    "1 тысяча тонн",
    "1 тыс. тонн",
    "одна тысяча",
)
add("extra_words", "kzjp-lecture-11.ru.toml", "munkuduk-target", True, "1000 тонн урана в год")
add("wrong_number", "kzjp-lecture-11.ru.toml", "munkuduk-target", False, "100", "10 000", "1 млн тонн")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "munkuduk-target", False, "2010")

add("exact", "kzjp-lecture-11.ru.toml", "munkuduk-target-year", True, "2010")
add("date_forms", "kzjp-lecture-11.ru.toml", "munkuduk-target-year", True, "к 2010 году", "2010 г.")
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "munkuduk-target-year", False, "2007")
add("wrong_year", "kzjp-lecture-11.ru.toml", "munkuduk-target-year", False, "2011", "2020")

add("exact", "kzjp-lecture-11.ru.toml", "resource-activities", True, "разведка, добыча, транспортировка")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "resource-activities",
    True,
    "в разведке, добыче и транспортировке",
)
add("order", "kzjp-lecture-11.ru.toml", "resource-activities", True, "добыча, разведка и транспортировка")
add("typo", "kzjp-lecture-11.ru.toml", "resource-activities", True, "разведка, добыча, транспартировка")
add("incomplete", "kzjp-lecture-11.ru.toml", "resource-activities", False, "разведка и добыча")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "resource-activities",
    False,
    "разведка, добыча, переработка",
    "добыча, переработка, продажа",
)

add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "cooperation-limited",
    True,
    "3",
    "третий",
    "(3)",
)
# Second edition: the card asks how broad the cooperation is (review 1, #50); naming the activities
# (the answer of `resource-activities`) does not give the limitation and picks no option.
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "cooperation-limited",
    False,
    "разведкой, добычей и транспортировкой природных ископаемых",
)
add("wrong_choice", "kzjp-lecture-11.ru.toml", "cooperation-limited", False, "2", "наукой и техникой", "4")
add("hedge", "kzjp-lecture-11.ru.toml", "cooperation-limited", False, "1 или 2")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "authorities-attitude",
    True,
    "приветствуют",
    "только приветствуется",
    "положительно",
    "одобряют",
)
add("typo", "kzjp-lecture-11.ru.toml", "authorities-attitude", True, "привествуют")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "authorities-attitude",
    False,
    "отрицательно",
    "ограничивают",
    "нейтрально",
    "с подозрением",
)
add("negation", "kzjp-lecture-11.ru.toml", "authorities-attitude", False, "не приветствуют")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "japan-aim",
    True,
    "страны Ближнего Востока",
    "Ближний Восток",
    "от стран Ближнего Востока",
)
add("layout", "kzjp-lecture-11.ru.toml", "japan-aim", True, "<kb;ybq Djcnjr")
add("inflection", "kzjp-lecture-11.ru.toml", "japan-aim", True, "стран Ближнего Востока")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "japan-aim",
    False,
    "страны Дальнего Востока",
    "Россия",
    "Китай",
    "Центральная Азия",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "middle-east-reason",
    True,
    "напряжённая внутриполитическая ситуация",
    "внутриполитическая напряжённость",
)
add("yo", "kzjp-lecture-11.ru.toml", "middle-east-reason", True, "напряженная внутриполитическая ситуация")
add("typo", "kzjp-lecture-11.ru.toml", "middle-east-reason", True, "напряженная внутреполитическая ситуация")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "middle-east-reason",
    False,
    "стабильная внутриполитическая ситуация",
    "экономический бум",
)
add(
    "extra_content",
    "kzjp-lecture-11.ru.toml",
    "middle-east-reason",
    False,
    "напряжённая экологическая ситуация",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "japan-dependence",
    True,
    "практически в полной зависимости",
    "практически полностью",
    "почти полностью",
)
# Second edition: the alias was removed, «полностью» overstates «практически в полной» (review 1, #18).
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "japan-dependence", False, "полностью")
add("alias_mix", "kzjp-lecture-11.ru.toml", "japan-dependence", True, "почти в полной зависимости")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "japan-dependence",
    False,
    "частично",
    "незначительно",
    "наполовину",
)
add("negation", "kzjp-lecture-11.ru.toml", "japan-dependence", False, "не зависит")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "uranium-kz-offers",
    True,
    "допуск к урановым месторождениям и поставки урана за рубеж",
)
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "uranium-kz-offers",
    True,
    "доступ к урановым месторождениям, экспорт урана",
)
add("order", "kzjp-lecture-11.ru.toml", "uranium-kz-offers", True, "поставки урана и допуск к месторождениям")
add(
    "swapped_roles",
    "kzjp-lecture-11.ru.toml",
    "uranium-kz-offers",
    False,
    "технологии переработки урана и строительство реакторов",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "uranium-kz-offers", False, "допуск к урановым месторождениям")
add("unrelated", "kzjp-lecture-11.ru.toml", "uranium-kz-offers", False, "нефть и газ")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "uranium-japan-offers",
    True,
    "технологии переработки урана и строительство ядерных реакторов",
)
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "uranium-japan-offers",
    True,
    "переработка урана, строительство реакторов",
)
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "uranium-japan-offers",
    True,
    "строительство ядерных реакторов на лёгкой воде и технологии переработки урана",
)
add(
    "swapped_roles",
    "kzjp-lecture-11.ru.toml",
    "uranium-japan-offers",
    False,
    "допуск к урановым месторождениям, поставки урана",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "uranium-japan-offers", False, "переработка урана")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "uranium-japan-offers",
    False,
    "переработка урана и добыча нефти",
)

add("exact", "kzjp-lecture-11.ru.toml", "reactor-type", True, "на лёгкой воде", "легководные", "легководный")
add("yo", "kzjp-lecture-11.ru.toml", "reactor-type", True, "на легкой воде")
add("layout", "kzjp-lecture-11.ru.toml", "reactor-type", True, "yf kturjq djlt")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "reactor-type",
    False,
    "на тяжёлой воде",
    "тяжеловодные",
    "на быстрых нейтронах",
    "термоядерные",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "peaceful-atom-agreement",
    True,
    "мирное использование атомной энергии",
    "в области мирного использования атомной энергии",
    "мирный атом",
)
add(
    "typo", "kzjp-lecture-11.ru.toml", "peaceful-atom-agreement", True, "мирного испльзования атомной энергии"
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "peaceful-atom-agreement",
    False,
    "избежание двойного налогообложения",
    "защита инвестиций",
)
add(
    "extra_content",
    "kzjp-lecture-11.ru.toml",
    "peaceful-atom-agreement",
    False,
    "военное использование атомной энергии",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "peaceful-atom-needed-for",
    True,
    "налаживание поставок урана",
    "для налаживания поставок урана",
    "поставки урана",
    "для поставок урана",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "peaceful-atom-needed-for",
    False,
    "поставки нефти",
    "добыча газа",
)

add(
    "choice_forms",
    "kzjp-lecture-11.ru.toml",
    "agreement-outlook",
    True,
    "2",
    "это дело времени",
    "второй",
    "ответ 2",
    "дело времени",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.ru.toml",
    "agreement-outlook",
    False,
    "1",
    "оно уже подписано вместе с другими договорами",
    "3",
)
add("hedge", "kzjp-lecture-11.ru.toml", "agreement-outlook", False, "1 или 4")

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "unequal-exchange",
    True,
    "неравноценный обмен",
    "неравноценного обмена",
    "неравный обмен",
    "неравноценность обмена",
)
add("layout", "kzjp-lecture-11.ru.toml", "unequal-exchange", True, "ythfdyjwtyysq j,vty")
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "unequal-exchange",
    True,
    "что между Астаной и Токио происходит неравноценный обмен",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "unequal-exchange",
    False,
    "равноценный обмен",
    "взаимовыгодный обмен",
    "справедливый обмен",
)

add("exact", "kzjp-lecture-11.ru.toml", "part-two-topics", True, "Япония в СБ, СВМДА, экологические проблемы")
add("exact", "kzjp-lecture-11.ru.toml", "part-two-topics", True, "гуманитарная помощь, экология, СВМДА")
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "part-two-topics",
    True,
    "позиция Казахстана по Японии в СБ; созыв СВМДА; гуманитарная помощь Японии",
)
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "part-two-topics",
    True,
    "1) Япония в Совете Безопасности 2) СВМДА 3) экологические проблемы Казахстана",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "part-two-topics", False, "СВМДА и гуманитарная помощь")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "part-two-topics",
    False,
    "экономическое сотрудничество, визиты, дипломатические отношения",
)
add(
    "real_word_typo",
    "kzjp-lecture-11.ru.toml",
    "part-two-topics",
    False,
    "геология, СВМДА, гуманитарная помощь",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "unsc-membership",
    True,
    "Совет Безопасности",
    "СБ ООН",
    "Совет Безопасности ООН",
    "СБ",
)
add("inflection", "kzjp-lecture-11.ru.toml", "unsc-membership", True, "Совета Безопасности")
add("layout", "kzjp-lecture-11.ru.toml", "unsc-membership", True, "Cjdtn <tpjgfcyjcnb")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "unsc-membership",
    False,
    "СВМДА",
    "Генеральная Ассамблея ООН",
    "ШОС",
    "ЕАЭС",
)

add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "cica-preparation",
    True,
    "СВМДА",
    "Совещание по взаимодействию и мерам доверия в Азии",
    "CICA",
)
add("layout", "kzjp-lecture-11.ru.toml", "cica-preparation", True, "CDVLF")
add("extra_words", "kzjp-lecture-11.ru.toml", "cica-preparation", True, "созыв СВМДА")
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "cica-preparation",
    False,
    "Боаоский форум",
    "ШОС",
    "ОБСЕ",
    "АТЭС",
)

# ---------------------------------------------------------------------------------------------
# kzjp-lecture-11.en.toml
# ---------------------------------------------------------------------------------------------
add("exact", "kzjp-lecture-11.en.toml", "lecture-questions", True, "economic cooperation, cultural ties")
add(
    "list_forms",
    "kzjp-lecture-11.en.toml",
    "lecture-questions",
    True,
    "1. Economic cooperation of Kazakhstan with Japan 2. Kazakhstan–Japan cultural ties",
)
add(
    "order",
    "kzjp-lecture-11.en.toml",
    "lecture-questions",
    True,
    "cultural cooperation and economic cooperation",
)
add("incomplete", "kzjp-lecture-11.en.toml", "lecture-questions", False, "economic cooperation")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "lecture-questions",
    False,
    "diplomatic relations and visits",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "point-one-topics",
    True,
    "establishment of diplomatic relations, visits and meetings, main areas of cooperation, economic cooperation",
    "diplomatic relations; visits; investment; science and technology",
)
add(
    "incomplete",
    "kzjp-lecture-11.en.toml",
    "point-one-topics",
    False,
    "diplomatic relations, visits, investment",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "point-one-topics",
    False,
    "environmental problems, humanitarian aid, CICA, Security Council",
)

add("exact", "kzjp-lecture-11.en.toml", "lecture-keywords", True, "geopolitics, politics, concept, diplomacy")
add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "lecture-keywords",
    True,
    "recognition, economy, world community, multi-vector orientation",
)
add("incomplete", "kzjp-lecture-11.en.toml", "lecture-keywords", False, "geopolitics, diplomacy, economy")
add(
    "unrelated",
    "kzjp-lecture-11.en.toml",
    "lecture-keywords",
    False,
    "strategy, technology, investment, uranium",
)

add("exact", "kzjp-lecture-11.en.toml", "japan-recognized-kz", True, "28 December 1991")
add(
    "date_forms",
    "kzjp-lecture-11.en.toml",
    "japan-recognized-kz",
    True,
    "December 28, 1991",
    "28.12.1991",
    "Dec 28 1991",
    "the 28th of December 1991",
)
add("too_imprecise", "kzjp-lecture-11.en.toml", "japan-recognized-kz", False, "1991", "December 1991")
add("wrong_year", "kzjp-lecture-11.en.toml", "japan-recognized-kz", False, "28 December 1992")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "japan-recognized-kz",
    False,
    "26 January 1992",
    "16 December 1991",
)
add("hedge", "kzjp-lecture-11.en.toml", "japan-recognized-kz", False, "28 December 1991 or 1992")

add("exact", "kzjp-lecture-11.en.toml", "diplomatic-relations-date", True, "26 January 1992")
add(
    "date_forms",
    "kzjp-lecture-11.en.toml",
    "diplomatic-relations-date",
    True,
    "January 26, 1992",
    "26.01.1992",
    "Jan 26th 1992",
)
add("too_imprecise", "kzjp-lecture-11.en.toml", "diplomatic-relations-date", False, "1992", "January 1992")
add("wrong_year", "kzjp-lecture-11.en.toml", "diplomatic-relations-date", False, "26 January 1993")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "diplomatic-relations-date", False, "28 December 1991")

add("exact", "kzjp-lecture-11.en.toml", "japan-embassy-opened", True, "January 1993")
add(
    "date_forms",
    "kzjp-lecture-11.en.toml",
    "japan-embassy-opened",
    True,
    "Jan 1993",
    "in January 1993",
    "01/1993",
    "January '93",
)
add("too_imprecise", "kzjp-lecture-11.en.toml", "japan-embassy-opened", False, "1993")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "japan-embassy-opened", False, "January 2005")
add("wrong_month", "kzjp-lecture-11.en.toml", "japan-embassy-opened", False, "February 1993")

add("exact", "kzjp-lecture-11.en.toml", "japan-embassy-first-city", True, "Almaty", "Alma-Ata", "Алматы")
add("split_merge", "kzjp-lecture-11.en.toml", "japan-embassy-first-city", True, "Alma Ata")
add("extra_words", "kzjp-lecture-11.en.toml", "japan-embassy-first-city", True, "in Almaty")
add("case", "kzjp-lecture-11.en.toml", "japan-embassy-first-city", True, "almaty")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "japan-embassy-first-city",
    False,
    "Astana",
    "Nur-Sultan",
    "Shymkent",
    "Tokyo",
)
add("hedge", "kzjp-lecture-11.en.toml", "japan-embassy-first-city", False, "Almaty or Astana")

add("exact", "kzjp-lecture-11.en.toml", "embassy-moved", True, "January 2005")
add("date_forms", "kzjp-lecture-11.en.toml", "embassy-moved", True, "Jan. 2005", "in January 2005")
add("too_imprecise", "kzjp-lecture-11.en.toml", "embassy-moved", False, "2005")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "embassy-moved", False, "January 1993")
add("wrong_year", "kzjp-lecture-11.en.toml", "embassy-moved", False, "January 2006")

add("exact", "kzjp-lecture-11.en.toml", "japan-embassy-new-city", True, "Astana", "Nur-Sultan", "Астана")
add("extra_words", "kzjp-lecture-11.en.toml", "japan-embassy-new-city", True, "to Astana")
add("split_merge", "kzjp-lecture-11.en.toml", "japan-embassy-new-city", True, "Nur Sultan")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "japan-embassy-new-city", False, "Almaty", "Karaganda")

add("exact", "kzjp-lecture-11.en.toml", "japan-ambassador", True, "S. Natsui", "Natsui", "Нацуи")
add("title", "kzjp-lecture-11.en.toml", "japan-ambassador", True, "Ambassador Natsui")
add("swapped_roles", "kzjp-lecture-11.en.toml", "japan-ambassador", False, "Kamaldinov")
add("other_person", "kzjp-lecture-11.en.toml", "japan-ambassador", False, "Ichiro Kawabata", "Kawamura")
add("initials_only", "kzjp-lecture-11.en.toml", "japan-ambassador", False, "S. N.")

add("exact", "kzjp-lecture-11.en.toml", "japan-ambassador-since", True, "August 2008")
add("date_forms", "kzjp-lecture-11.en.toml", "japan-ambassador-since", True, "Aug 2008", "since August 2008")
add("too_imprecise", "kzjp-lecture-11.en.toml", "japan-ambassador-since", False, "2008")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "japan-ambassador-since", False, "April 2007")
add("wrong_year", "kzjp-lecture-11.en.toml", "japan-ambassador-since", False, "August 2007")

add("exact", "kzjp-lecture-11.en.toml", "kz-embassy-tokyo", True, "February 1997")
add("date_forms", "kzjp-lecture-11.en.toml", "kz-embassy-tokyo", True, "Feb 1997", "since February 1997")
add("too_imprecise", "kzjp-lecture-11.en.toml", "kz-embassy-tokyo", False, "1997")
add("wrong_year", "kzjp-lecture-11.en.toml", "kz-embassy-tokyo", False, "February 1998")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "kz-embassy-tokyo", False, "January 1993")

add("exact", "kzjp-lecture-11.en.toml", "kz-ambassador", True, "A. Kamaldinov", "Kamaldinov", "Камалдинов")
add("title", "kzjp-lecture-11.en.toml", "kz-ambassador", True, "Ambassador Kamaldinov")
add("swapped_roles", "kzjp-lecture-11.en.toml", "kz-ambassador", False, "S. Natsui")
add("other_person", "kzjp-lecture-11.en.toml", "kz-ambassador", False, "Kawabata")
add("initials_only", "kzjp-lecture-11.en.toml", "kz-ambassador", False, "A. K.")

add("exact", "kzjp-lecture-11.en.toml", "kz-ambassador-since", True, "April 2007")
add("date_forms", "kzjp-lecture-11.en.toml", "kz-ambassador-since", True, "Apr 2007", "since April 2007")
add("too_imprecise", "kzjp-lecture-11.en.toml", "kz-ambassador-since", False, "2007")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "kz-ambassador-since", False, "August 2008")
add("wrong_year", "kzjp-lecture-11.en.toml", "kz-ambassador-since", False, "April 2008")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "visits-president",
    True,
    "N. Nazarbayev",
    "Nazarbayev",
    "Nursultan Nazarbayev",
    "Nazarbaev",
)
add(
    "patronymic",
    "kzjp-lecture-11.en.toml",
    "visits-president",
    True,
    "Nursultan Abishevich Nazarbayev",
    "N. A. Nazarbayev",
)
add("title", "kzjp-lecture-11.en.toml", "visits-president", True, "President Nazarbayev")
add("other_person", "kzjp-lecture-11.en.toml", "visits-president", False, "Tokayev", "Kassym-Jomart Tokayev")
add("same_surname", "kzjp-lecture-11.en.toml", "visits-president", False, "Dariga Nazarbayeva")
add("initials_only", "kzjp-lecture-11.en.toml", "visits-president", False, "N. A.")

add("exact", "kzjp-lecture-11.en.toml", "first-visit-date", True, "April 1994")
add(
    "date_forms",
    "kzjp-lecture-11.en.toml",
    "first-visit-date",
    True,
    "6–9 April 1994",
    "April 6-9, 1994",
    "Apr. 1994",
    "04/1994",
)
add("too_imprecise", "kzjp-lecture-11.en.toml", "first-visit-date", False, "1994", "spring 1994")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "first-visit-date", False, "December 1999")
add("wrong_year", "kzjp-lecture-11.en.toml", "first-visit-date", False, "April 1995")
add("wrong_month", "kzjp-lecture-11.en.toml", "first-visit-date", False, "March 1994")

add("exact", "kzjp-lecture-11.en.toml", "second-visit-date", True, "December 1999")
add("date_forms", "kzjp-lecture-11.en.toml", "second-visit-date", True, "5-8 December 1999", "Dec 1999")
add("too_imprecise", "kzjp-lecture-11.en.toml", "second-visit-date", False, "1999")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "second-visit-date", False, "April 1994")
add("wrong_year", "kzjp-lecture-11.en.toml", "second-visit-date", False, "December 1998")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "first-visit-statement",
    True,
    "Joint Statement",
    "a Joint Statement",
    "Joint Declaration",
)
add("case", "kzjp-lecture-11.en.toml", "first-visit-statement", True, "the joint statement")
add(
    "extra_content",
    "kzjp-lecture-11.en.toml",
    "first-visit-statement",
    False,
    "Joint Statement on Friendship, Partnership and Cooperation",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "first-visit-statement",
    False,
    "the Agreement on the Mutual Protection and Promotion of Investments",
)

add(
    "choice_forms",
    "kzjp-lecture-11.en.toml",
    "first-visit-notes",
    True,
    "3",
    "third",
    "option 3",
    "the third one",
)
add(
    "choice_forms",
    "kzjp-lecture-11.en.toml",
    "first-visit-notes",
    True,
    "treaties and agreements between the USSR and Japan",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.en.toml",
    "first-visit-notes",
    False,
    "2",
    "the independence of Kazakhstan",
    "4",
)
add("hedge", "kzjp-lecture-11.en.toml", "first-visit-notes", False, "1 or 2")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "second-visit-document",
    True,
    "Joint Statement on Friendship, Partnership and Cooperation",
    "Statement on Friendship, Partnership and Cooperation",
)
add(
    "extra_words",
    "kzjp-lecture-11.en.toml",
    "second-visit-document",
    True,
    "the Joint Statement on Friendship, Partnership and Cooperation",
)
add(
    "typo",
    "kzjp-lecture-11.en.toml",
    "second-visit-document",
    True,
    "Joint Statement on Freindship, Partnership and Cooperation",
)
add("incomplete", "kzjp-lecture-11.en.toml", "second-visit-document", False, "Joint Statement")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "second-visit-document",
    False,
    "Joint Statement on Expanded Strategic Partnership",
    "Treaty of Friendship and Cooperation",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "visits-effect",
    True,
    "a powerful stimulus",
    "stimulus",
    "a powerful impetus",
    "a strong boost",
)
add("typo", "kzjp-lecture-11.en.toml", "visits-effect", True, "a powerfull stimulus")
add("extra_content", "kzjp-lecture-11.en.toml", "visits-effect", False, "a weak stimulus")
add("unrelated", "kzjp-lecture-11.en.toml", "visits-effect", False, "a slowdown", "a crisis")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "japan-growing-interest",
    True,
    "Kazakhstan and Central Asia",
    "with Kazakhstan and with Central Asia as a whole",
)
add("order", "kzjp-lecture-11.en.toml", "japan-growing-interest", True, "Central Asia, Kazakhstan")
add("incomplete", "kzjp-lecture-11.en.toml", "japan-growing-interest", False, "Kazakhstan")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "japan-growing-interest",
    False,
    "Kazakhstan and the Caucasus",
    "Russia and China",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-name",
    True,
    "Eurasian Diplomacy",
    '"Eurasian Diplomacy"',
)
add("case", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-name", True, "eurasian diplomacy")
add(
    "extra_words",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-name",
    True,
    "the Eurasian Diplomacy concept",
)
add("typo", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-name", True, "Euroasian Diplomacy")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-name",
    False,
    "Silk Road Diplomacy",
    "multi-vector policy",
    "oil in exchange for technology",
)

add("exact", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-year", True, "1997")
add("date_forms", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-year", True, "in 1997", "in '97")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-year", False, "1998")
add("wrong_year", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-year", False, "1996")
add("negation", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-year", False, "not in 1997")
add("hedge", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-year", False, "1997 or 1998")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-author",
    True,
    "R. Hashimoto",
    "Hashimoto",
    "Ryutaro Hashimoto",
    "Хасимото",
)
add("translit", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", True, "Ryūtarō Hashimoto", "Hasimoto")
add("title", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", True, "Prime Minister Hashimoto")
add("order", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", True, "Hashimoto Ryutaro")
add("typo", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", True, "Hashimotto")
add("other_person", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", False, "Obuchi", "Koizumi")
add("same_surname", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", False, "Toru Hashimoto")
add("initials_only", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", False, "R. H.")
add("negation", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", False, "anything but Hashimoto")
add("hedge", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-author", False, "Hashimoto or Obuchi")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-zone",
    True,
    "Central Asia and the Caucasus",
    "Central Asia and Caucasus",
)
add("order", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-zone", True, "the Caucasus, Central Asia")
add("incomplete", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-zone", False, "Central Asia", "the Caucasus")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-zone",
    False,
    "Central Asia and the Middle East",
)

add("choice_forms", "kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", True, "2", "second", "answer 2")
add(
    "choice_forms",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-purpose",
    True,
    "bilateral cooperation of Japan with Kazakhstan and the other countries of Central Asia",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.en.toml",
    "eurasian-diplomacy-purpose",
    False,
    "4",
    "the convening of CICA",
    "3",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "silk-road-continuation",
    True,
    "Eurasian Diplomacy",
    '"Eurasian Diplomacy"',
)
add(
    "extra_words", "kzjp-lecture-11.en.toml", "silk-road-continuation", True, "the Eurasian Diplomacy concept"
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "silk-road-continuation",
    False,
    "Silk Road Diplomacy",
    "multi-vector policy",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "silk-road-author",
    True,
    "R. Hashimoto",
    "Hashimoto",
    "Ryutaro Hashimoto",
    "Хашимото",
)
add("title", "kzjp-lecture-11.en.toml", "silk-road-author", True, "PM Hashimoto")
add("other_person", "kzjp-lecture-11.en.toml", "silk-road-author", False, "Obuchi", "Keizo Obuchi", "Koizumi")
add("hedge", "kzjp-lecture-11.en.toml", "silk-road-author", False, "Hashimoto or Obuchi")

add("exact", "kzjp-lecture-11.en.toml", "silk-road-voiced-year", True, "1997")
add("date_forms", "kzjp-lecture-11.en.toml", "silk-road-voiced-year", True, "in 1997")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "silk-road-voiced-year", False, "1998")
add("wrong_year", "kzjp-lecture-11.en.toml", "silk-road-voiced-year", False, "1999")

add("exact", "kzjp-lecture-11.en.toml", "silk-road-adopted-year", True, "1998")
add("date_forms", "kzjp-lecture-11.en.toml", "silk-road-adopted-year", True, "in 1998")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "silk-road-adopted-year", False, "1997", "2002")
add("hedge", "kzjp-lecture-11.en.toml", "silk-road-adopted-year", False, "1998 or 1999")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "silk-road-adopted-by",
    True,
    "K. Obuchi",
    "Obuchi",
    "Keizo Obuchi",
    "Обути",
)
add("translit", "kzjp-lecture-11.en.toml", "silk-road-adopted-by", True, "Keizō Obuchi", "Obuti")
add("title", "kzjp-lecture-11.en.toml", "silk-road-adopted-by", True, "Prime Minister Obuchi")
add("order", "kzjp-lecture-11.en.toml", "silk-road-adopted-by", True, "Obuchi Keizo")
add("other_person", "kzjp-lecture-11.en.toml", "silk-road-adopted-by", False, "Hashimoto", "Koizumi")
add("same_surname", "kzjp-lecture-11.en.toml", "silk-road-adopted-by", False, "Yuko Obuchi")
add("initials_only", "kzjp-lecture-11.en.toml", "silk-road-adopted-by", False, "K. O.")

add("exact", "kzjp-lecture-11.en.toml", "silk-road-directions-count", True, "3")
add(
    "number_words", "kzjp-lecture-11.en.toml", "silk-road-directions-count", True, "three", "three directions"
)
add("wrong_number", "kzjp-lecture-11.en.toml", "silk-road-directions-count", False, "2", "two", "4")
add("hedge", "kzjp-lecture-11.en.toml", "silk-road-directions-count", False, "2 or 3")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "silk-road-directions",
    True,
    "political dialogue and economic cooperation",
)
add(
    "order",
    "kzjp-lecture-11.en.toml",
    "silk-road-directions",
    True,
    "economic cooperation, political dialogue",
)
add(
    "list_forms",
    "kzjp-lecture-11.en.toml",
    "silk-road-directions",
    True,
    "- political dialogue to deepen trust; - development of natural resources",
)
add("incomplete", "kzjp-lecture-11.en.toml", "silk-road-directions", False, "political dialogue")
add(
    "incomplete",
    "kzjp-lecture-11.en.toml",
    "silk-road-directions",
    False,
    "economic cooperation and development of natural resources",
)
add(
    "unrelated",
    "kzjp-lecture-11.en.toml",
    "silk-road-directions",
    False,
    "cultural ties and humanitarian aid",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "silk-road-dialogue-goal",
    True,
    "deepening trust and mutual understanding",
    "to deepen trust and mutual understanding",
    "trust and mutual understanding",
)
add(
    "order",
    "kzjp-lecture-11.en.toml",
    "silk-road-dialogue-goal",
    True,
    "deepening mutual understanding and trust",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "silk-road-dialogue-goal",
    False,
    "ensuring prosperity in the region",
    "developing natural resources",
)
add("unrelated", "kzjp-lecture-11.en.toml", "silk-road-dialogue-goal", False, "fighting terrorism")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "silk-road-economic-goal",
    True,
    "natural resources",
    "development of natural resources",
)
add("typo", "kzjp-lecture-11.en.toml", "silk-road-economic-goal", True, "natural resourses")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "silk-road-economic-goal",
    False,
    "uranium deposits",
    "human resources",
    "the Caspian shelf",
)

add("exact", "kzjp-lecture-11.en.toml", "boao-date", True, "April 2002")
add("date_forms", "kzjp-lecture-11.en.toml", "boao-date", True, "Apr 2002", "in April 2002")
add("too_imprecise", "kzjp-lecture-11.en.toml", "boao-date", False, "2002")
add("wrong_year", "kzjp-lecture-11.en.toml", "boao-date", False, "April 2003")
add("wrong_month", "kzjp-lecture-11.en.toml", "boao-date", False, "May 2002")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "boao-speaker",
    True,
    "J. Koizumi",
    "Koizumi",
    "Junichiro Koizumi",
    "Коидзуми",
)
add("translit", "kzjp-lecture-11.en.toml", "boao-speaker", True, "Jun'ichirō Koizumi")
add("title", "kzjp-lecture-11.en.toml", "boao-speaker", True, "Prime Minister Koizumi")
add("same_surname", "kzjp-lecture-11.en.toml", "boao-speaker", False, "Shinjiro Koizumi")
add("other_person", "kzjp-lecture-11.en.toml", "boao-speaker", False, "Hashimoto", "Obuchi")
add("initials_only", "kzjp-lecture-11.en.toml", "boao-speaker", False, "J. K.")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "boao-forum",
    True,
    "Boao Forum",
    "the Boao Forum",
    "Boao Forum for Asia",
    "Boao",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "boao-forum",
    False,
    "CICA",
    "the World Economic Forum in Davos",
    "APEC",
)

add(
    "choice_forms",
    "kzjp-lecture-11.en.toml",
    "boao-concept",
    True,
    "2",
    "second",
    "option 2",
    '"Silk Road Diplomacy"',
    "Silk Road Diplomacy",
)
add("wrong_choice", "kzjp-lecture-11.en.toml", "boao-concept", False, "1", '"Eurasian Diplomacy"', "4")
add("hedge", "kzjp-lecture-11.en.toml", "boao-concept", False, "1 or 2")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "boao-statement",
    True,
    "the countries of Central Asia",
    "Central Asia",
    "Central Asian countries",
)
add(
    "extra_words",
    "kzjp-lecture-11.en.toml",
    "boao-statement",
    True,
    "the energy-rich Central Asian countries",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "boao-statement",
    False,
    "the countries of the Middle East",
    "China",
    "Southeast Asian countries",
)

add("choice_forms", "kzjp-lecture-11.en.toml", "trade-volume-verdict", True, "4", "fourth")
add(
    "choice_forms",
    "kzjp-lecture-11.en.toml",
    "trade-volume-verdict",
    True,
    "that the countries are still far from the time when they can really call each other partners",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.en.toml",
    "trade-volume-verdict",
    False,
    "2",
    "3",
    "that the list of goods and services has changed significantly",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "trade-list-unchanged",
    True,
    "no significant changes",
    "it has not changed significantly",
    "hardly changed",
    "almost unchanged",
)
add("synonym", "kzjp-lecture-11.en.toml", "trade-list-unchanged", True, "it has barely changed")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "trade-list-unchanged",
    False,
    "changed significantly",
    "changed a lot",
    "completely changed",
    "it has expanded",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "kz-exports",
    True,
    "raw materials, mineral fuel, ferroalloys, titanium",
)
add("exact", "kzjp-lecture-11.en.toml", "kz-exports", True, "titanium, steel, seafood, rare earth metals")
add("list_forms", "kzjp-lecture-11.en.toml", "kz-exports", True, "fuel; steel; titanium; ferroalloys")
add(
    "swapped_roles",
    "kzjp-lecture-11.en.toml",
    "kz-exports",
    False,
    "cars, household appliances, textiles, watches",
)
add("incomplete", "kzjp-lecture-11.en.toml", "kz-exports", False, "titanium, steel, seafood")
add("swapped_roles", "kzjp-lecture-11.en.toml", "kz-exports", False, "titanium, steel, cars, watches")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "kz-exports-dominant",
    True,
    "base metals",
    "non-precious metals",
    "base metal",
)
add("case", "kzjp-lecture-11.en.toml", "kz-exports-dominant", True, "Base Metals")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "kz-exports-dominant",
    False,
    "precious metals",
    "rare earth metals",
    "mineral fuel",
    "oil",
)

add("exact", "kzjp-lecture-11.en.toml", "jp-exports", True, "cars, household appliances, textiles, watches")
add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "jp-exports",
    True,
    "air and water transport, equipment, instruments, chemical products",
)
add(
    "list_forms",
    "kzjp-lecture-11.en.toml",
    "jp-exports",
    True,
    "1) automobiles 2) electrical equipment 3) clocks 4) metal products",
)
add(
    "swapped_roles", "kzjp-lecture-11.en.toml", "jp-exports", False, "raw materials, titanium, steel, seafood"
)
add("incomplete", "kzjp-lecture-11.en.toml", "jp-exports", False, "cars, watches, textiles")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "jp-exports", False, "cars, watches, oil, uranium")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "initiative-source",
    True,
    "Tokyo",
    "from Tokyo",
    "Japan",
    "the Japanese side",
)
add("swapped_roles", "kzjp-lecture-11.en.toml", "initiative-source", False, "Astana", "from Kazakhstan")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "initiative-source", False, "Kyoto")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "initiative-source", False, "equally from both sides")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "astana-role",
    True,
    "a passive player",
    "passive",
    "a passive role",
    "passive player",
)
add("typo", "kzjp-lecture-11.en.toml", "astana-role", True, "a pasive player")
add(
    "swapped_roles", "kzjp-lecture-11.en.toml", "astana-role", False, "an active player", "the leading player"
)
add("real_word_typo", "kzjp-lecture-11.en.toml", "astana-role", False, "a massive player")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "passive-role-cause",
    True,
    "strategy of action towards Japan",
    "a strategy",
    "a strategy towards Japan",
    "strategy of action",
)
add(
    "unrelated",
    "kzjp-lecture-11.en.toml",
    "passive-role-cause",
    False,
    "investment",
    "energy resources",
    "money",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "multivector-policy",
    True,
    "multi-vector policy",
    "multivector policy",
    "multi-vector",
    "multi-vector foreign policy",
)
add("split_merge", "kzjp-lecture-11.en.toml", "multivector-policy", True, "multi vector policy")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "multivector-policy",
    False,
    "a policy of neutrality",
    "Eurasian Diplomacy",
    "isolationism",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "multivector-failed",
    True,
    "priority directions",
    "priorities",
    "priority areas",
    "priority directions of cooperation",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "multivector-failed",
    False,
    "strategic partners",
    "the investment climate",
    "trade volume",
)

# Second edition: the card was re-aimed at "somewhat different things" (review 1, #49).
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "not-a-showcase",
    False,
    "trade turnover",
    "trade",
    "the volume of trade",
    "trade volume",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "not-a-showcase",
    False,
    "investment",
    "cultural ties",
    "uranium mining",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "economic-committees",
    True,
    "Kazakhstan–Japan committee and Japan–Kazakhstan committee",
)
add(
    "list_forms",
    "kzjp-lecture-11.en.toml",
    "economic-committees",
    True,
    "Kazakhstan-Japan and Japan-Kazakhstan committees",
)
add(
    "order",
    "kzjp-lecture-11.en.toml",
    "economic-committees",
    True,
    "Japanese–Kazakh committee, Kazakh–Japanese committee",
)
add(
    "incomplete",
    "kzjp-lecture-11.en.toml",
    "economic-committees",
    False,
    "Kazakhstan-Japan committee",
    "Kazakhstan-Japan committee, Kazakhstan-Japan committee",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "economic-committees",
    False,
    "economic and social development association",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "economic-association",
    True,
    "economic and social development association",
    "association for economic and social development",
)
add(
    "extra_words",
    "kzjp-lecture-11.en.toml",
    "economic-association",
    True,
    "Kazakhstan–Japan association for economic and social development",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "economic-association",
    False,
    "JICA Alumni Association",
    "Association of Banks of Kazakhstan",
    "association for cultural development",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "sector-narrow",
    True,
    "a narrow sectoral focus",
    "narrow sectoral",
    "narrow industry focus",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "sector-narrow",
    False,
    "a broad sectoral focus",
    "multi-vector",
    "diversified",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "sector-skew",
    True,
    "energy and transport",
    "the energy sector and the transport sector",
)
add("order", "kzjp-lecture-11.en.toml", "sector-skew", True, "transport, energy")
add("incomplete", "kzjp-lecture-11.en.toml", "sector-skew", False, "energy")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "sector-skew",
    False,
    "energy and agriculture",
    "finance and banking",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "tokyo-attention",
    True,
    "developing energy deposits",
    "development of energy deposits",
    "energy resources",
)
add(
    "unrelated",
    "kzjp-lecture-11.en.toml",
    "tokyo-attention",
    False,
    "car manufacturing",
    "tourism",
    "airport construction",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "oil-for-tech",
    True,
    "oil in exchange for technology",
    "oil for technology",
    "oil in exchange for technologies",
)
add("typo", "kzjp-lecture-11.en.toml", "oil-for-tech", True, "oil in exchange for tecnology")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "oil-for-tech",
    False,
    "uranium in exchange for technology",
    "oil in exchange for investment",
    "gas for loans",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "oil-for-tech-role",
    True,
    "a catalyst",
    "catalyst",
    "the catalyst",
    "a catalyst for active steps",
)
add("typo", "kzjp-lecture-11.en.toml", "oil-for-tech-role", True, "a catalist")
add(
    "unrelated",
    "kzjp-lecture-11.en.toml",
    "oil-for-tech-role",
    False,
    "a brake",
    "an obstacle",
    "an inhibitor",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "jogmec-what",
    True,
    "oil, gas and metals corporation",
    "Japan Oil, Gas and Metals National Corporation",
    "Japanese national oil, gas and metals corporation",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "jogmec-what",
    False,
    "Japan National Oil Corporation",
    "Metal Mining Agency",
    "Japan International Cooperation Agency",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "jogmec-merger",
    True,
    "Japan National Oil Corporation and Metal Mining Agency",
    "national oil corporation, metal mining organisation",
)
add("incomplete", "kzjp-lecture-11.en.toml", "jogmec-merger", False, "Japan National Oil Corporation")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "jogmec-merger", False, "KazMunayGas and Kazakhoil")

add("exact", "kzjp-lecture-11.en.toml", "jogmec-where", True, "the Caspian Sea", "Caspian", "Caspian Sea")
add("case", "kzjp-lecture-11.en.toml", "jogmec-where", True, "the caspian sea")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "jogmec-where",
    False,
    "the Aral Sea",
    "the Black Sea",
    "the Sea of Japan",
)

add("exact", "kzjp-lecture-11.en.toml", "jogmec-partner", True, "KazMunayGas", "KazMunaiGas", "KMG")
add("split_merge", "kzjp-lecture-11.en.toml", "jogmec-partner", True, "KazMunay Gas")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "jogmec-partner",
    False,
    "Kazatomprom",
    "Kazakhoil",
    "Samruk-Kazyna",
)

add("exact", "kzjp-lecture-11.en.toml", "kmg-predecessor", True, "NC Kazakhoil", "Kazakhoil", "Казахойл")
add("split_merge", "kzjp-lecture-11.en.toml", "kmg-predecessor", True, "Kazakh Oil")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "kmg-predecessor",
    False,
    "Kazatomprom",
    "KazMunayGas",
    "Kazakhtelecom",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "munkuduk-name",
    True,
    "West Munkuduk",
    "Western Munkuduk",
    "Munkuduk",
    "Zapadny Munkuduk",
)
add(
    "neighbour_concept", "kzjp-lecture-11.en.toml", "munkuduk-name", False, "East Munkuduk", "Inkai", "Tengiz"
)

add("exact", "kzjp-lecture-11.en.toml", "munkuduk-resource", True, "uranium", "uranium ore")
add("typo", "kzjp-lecture-11.en.toml", "munkuduk-resource", True, "uranuim")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "munkuduk-resource",
    False,
    "oil",
    "titanium",
    "gas",
    "gold",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "munkuduk-announcer",
    True,
    "Sumitomo Shoji",
    "Sumitomo",
    "Sumitomo Corporation",
)
add("case", "kzjp-lecture-11.en.toml", "munkuduk-announcer", True, "sumitomo shoji")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "munkuduk-announcer",
    False,
    "Kepko",
    "KEPCO",
    "Marubeni",
    "Mitsubishi",
)

add("exact", "kzjp-lecture-11.en.toml", "munkuduk-companies", True, "Sumitomo Shoji, Kepko, Kazatomprom")
add("order", "kzjp-lecture-11.en.toml", "munkuduk-companies", True, "Kazatomprom, KEPCO and Sumitomo")
add("incomplete", "kzjp-lecture-11.en.toml", "munkuduk-companies", False, "Sumitomo and Kepko")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "munkuduk-companies",
    False,
    "Sumitomo, Kepko, KazMunayGas",
)

add("exact", "kzjp-lecture-11.en.toml", "munkuduk-investment", True, "100", "about 100")
add(
    "number_words",
    "kzjp-lecture-11.en.toml",
    "munkuduk-investment",
    True,
    "a hundred",
    "one hundred",
    "$100 million",
)
add("wrong_number", "kzjp-lecture-11.en.toml", "munkuduk-investment", False, "1000", "10")
add("extra_content", "kzjp-lecture-11.en.toml", "munkuduk-investment", False, "100 billion dollars")

add("exact", "kzjp-lecture-11.en.toml", "munkuduk-trial", True, "2007", "in 2007")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "munkuduk-trial", False, "2010")
add("wrong_year", "kzjp-lecture-11.en.toml", "munkuduk-trial", False, "2008")

add("exact", "kzjp-lecture-11.en.toml", "munkuduk-target", True, "1000")
add(
    "number_words",
    "kzjp-lecture-11.en.toml",
    "munkuduk-target",
    True,
    "1,000",
    "a thousand",
    "one thousand tonnes",
    "1 thousand tonnes",
)
add("wrong_number", "kzjp-lecture-11.en.toml", "munkuduk-target", False, "100", "10,000")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "munkuduk-target", False, "2010")

add("exact", "kzjp-lecture-11.en.toml", "munkuduk-target-year", True, "2010", "by 2010")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "munkuduk-target-year", False, "2007")
add("wrong_year", "kzjp-lecture-11.en.toml", "munkuduk-target-year", False, "2020")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "resource-activities",
    True,
    "exploration, extraction and transportation",
    "prospecting, mining, transport",
)
add(
    "order", "kzjp-lecture-11.en.toml", "resource-activities", True, "transportation, exploration, production"
)
add("incomplete", "kzjp-lecture-11.en.toml", "resource-activities", False, "exploration and extraction")
add("neighbour_concept", "kzjp-lecture-11.en.toml", "resource-activities", False, "mining, processing, sales")

add(
    "choice_forms",
    "kzjp-lecture-11.en.toml",
    "cooperation-limited",
    True,
    "3",
    "third",
)
# Second edition: the card asks how broad the cooperation is (review 1, #50); see the Russian twin.
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "cooperation-limited",
    False,
    "exploration, extraction and transportation of natural resources",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.en.toml",
    "cooperation-limited",
    False,
    "2",
    "science and technology",
    "4",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "authorities-attitude",
    True,
    "they welcome it",
    "welcome",
    "welcomed",
    "positively",
    "favourably",
)
add("typo", "kzjp-lecture-11.en.toml", "authorities-attitude", True, "they welcom it")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "authorities-attitude",
    False,
    "negatively",
    "restrict it",
    "neutrally",
)
add("negation", "kzjp-lecture-11.en.toml", "authorities-attitude", False, "they do not welcome it")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "japan-aim",
    True,
    "Middle Eastern countries",
    "the Middle East",
    "the countries of the Middle East",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "japan-aim",
    False,
    "Far Eastern countries",
    "Russia",
    "China",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "middle-east-reason",
    True,
    "a tense domestic political situation",
    "tense internal political situation",
    "political tension",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "middle-east-reason",
    False,
    "a stable domestic political situation",
    "an economic boom",
)
add(
    "extra_content", "kzjp-lecture-11.en.toml", "middle-east-reason", False, "a tense environmental situation"
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "japan-dependence",
    True,
    "almost completely",
    "practically completely",
    "almost entirely",
)
# Second edition: the alias was removed, "completely" overstates "almost completely" (review 1, #18).
add("neighbour_concept", "kzjp-lecture-11.en.toml", "japan-dependence", False, "completely")
add("exact", "kzjp-lecture-11.en.toml", "japan-dependence", True, "almost total dependence")
add(
    "neighbour_concept", "kzjp-lecture-11.en.toml", "japan-dependence", False, "partly", "slightly", "by half"
)
add("negation", "kzjp-lecture-11.en.toml", "japan-dependence", False, "not at all")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "uranium-kz-offers",
    True,
    "access to uranium deposits and uranium supplies abroad",
    "uranium exports, access to deposits",
)
add(
    "swapped_roles",
    "kzjp-lecture-11.en.toml",
    "uranium-kz-offers",
    False,
    "uranium processing technology and building nuclear reactors",
)
add("incomplete", "kzjp-lecture-11.en.toml", "uranium-kz-offers", False, "access to uranium deposits")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "uranium-japan-offers",
    True,
    "uranium processing technology and building nuclear reactors",
    "reactor construction, uranium processing",
)
add(
    "swapped_roles",
    "kzjp-lecture-11.en.toml",
    "uranium-japan-offers",
    False,
    "access to uranium deposits and uranium supplies",
)
add("incomplete", "kzjp-lecture-11.en.toml", "uranium-japan-offers", False, "uranium processing")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "reactor-type",
    True,
    "light-water reactors",
    "light-water",
    "light water",
    "light water reactors",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "reactor-type",
    False,
    "heavy-water reactors",
    "fast neutron reactors",
    "fusion reactors",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "peaceful-atom-agreement",
    True,
    "peaceful use of atomic energy",
    "the peaceful use of nuclear energy",
    "peaceful atom",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "peaceful-atom-agreement",
    False,
    "avoidance of double taxation",
    "investment protection",
)
add(
    "extra_content",
    "kzjp-lecture-11.en.toml",
    "peaceful-atom-agreement",
    False,
    "military use of atomic energy",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "peaceful-atom-needed-for",
    True,
    "setting up uranium supplies",
    "to set up uranium supplies",
    "uranium supplies",
    "establishing uranium supplies",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "peaceful-atom-needed-for",
    False,
    "oil supplies",
    "gas extraction",
)

add(
    "choice_forms",
    "kzjp-lecture-11.en.toml",
    "agreement-outlook",
    True,
    "2",
    "it is a matter of time",
    "a matter of time",
    "second",
)
add(
    "wrong_choice",
    "kzjp-lecture-11.en.toml",
    "agreement-outlook",
    False,
    "1",
    "it has already been signed together with other treaties",
    "4",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "unequal-exchange",
    True,
    "an unequal exchange",
    "unequal exchange",
    "an unfair exchange",
    "inequality of the exchange",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "unequal-exchange",
    False,
    "an equal exchange",
    "a mutually beneficial exchange",
    "a fair exchange",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "part-two-topics",
    True,
    "Japan in the Security Council, CICA, environmental problems",
)
add("exact", "kzjp-lecture-11.en.toml", "part-two-topics", True, "humanitarian aid, ecology, convening CICA")
add("incomplete", "kzjp-lecture-11.en.toml", "part-two-topics", False, "CICA and humanitarian aid")
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "part-two-topics",
    False,
    "economic cooperation, visits, diplomatic relations",
)
add("real_word_typo", "kzjp-lecture-11.en.toml", "part-two-topics", False, "geology, CICA, humanitarian aid")

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "unsc-membership",
    True,
    "Security Council",
    "the UN Security Council",
    "UNSC",
    "UN Security Council",
)
add(
    "neighbour_concept",
    "kzjp-lecture-11.en.toml",
    "unsc-membership",
    False,
    "CICA",
    "the UN General Assembly",
    "SCO",
)

add(
    "exact",
    "kzjp-lecture-11.en.toml",
    "cica-preparation",
    True,
    "CICA",
    "Conference on Interaction and Confidence-Building Measures in Asia",
    "СВМДА",
)
add("neighbour_concept", "kzjp-lecture-11.en.toml", "cica-preparation", False, "Boao Forum", "SCO", "OSCE")

# ---------------------------------------------------------------------------------------------
# kzjp-25-years.ru.toml: Н.А. Сарсенбай, «Казахстан – Япония: 25 лет доверия, дружбы и партнерства»
# ---------------------------------------------------------------------------------------------
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-author",
    True,
    "Н.А. Сарсенбай",
    "Сарсенбай",
    "Нурлан Сарсенбай",
)
add("translit", "kzjp-25-years.ru.toml", "high-level-author", True, "Sarsenbay", "Sarsenbai")
add("title", "kzjp-25-years.ru.toml", "high-level-author", True, "академик Сарсенбай")
add("layout", "kzjp-25-years.ru.toml", "high-level-author", True, "Cfhcty,fq")
add("other_person", "kzjp-25-years.ru.toml", "high-level-author", False, "Назарбаев", "Араки Мицуя")
add("initials_only", "kzjp-25-years.ru.toml", "high-level-author", False, "Н.А.")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-cultural-influence",
    True,
    "японская кухня, японский дизайн, японский язык",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-cultural-influence",
    True,
    "единоборства, стандарты японского качества, восточный минимализм",
)
add(
    "list_forms",
    "kzjp-25-years.ru.toml",
    "high-level-cultural-influence",
    True,
    "традиционная японская кухня; изучение японского языка; японские единоборства",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "high-level-cultural-influence",
    False,
    "японская кухня и японский язык",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-cultural-influence",
    False,
    "японская кухня, японские автомобили, японская электроника",
)

add("exact", "kzjp-25-years.ru.toml", "high-level-recognition-date", True, "28 декабря 1991")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "high-level-recognition-date",
    True,
    "28.12.1991",
    "28 декабря 1991 года",
)
add("too_imprecise", "kzjp-25-years.ru.toml", "high-level-recognition-date", False, "1991", "декабрь 1991")

add("exact", "kzjp-25-years.ru.toml", "high-level-diplomatic-relations-year", True, "1992")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "high-level-diplomatic-relations-year",
    True,
    "в 1992 году",
    "в 92-м",
)
add("wrong_year", "kzjp-25-years.ru.toml", "high-level-diplomatic-relations-year", False, "1991", "1993")
add("hedge", "kzjp-25-years.ru.toml", "high-level-diplomatic-relations-year", False, "1991 или 1992")
add("negation", "kzjp-25-years.ru.toml", "high-level-diplomatic-relations-year", False, "не в 1992 году")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-first-visit-who",
    True,
    "Ватанабэ",
    "М. Ватанабэ",
    "Ватанабе",
    "Митио Ватанабэ",
)
add("title", "kzjp-25-years.ru.toml", "high-level-first-visit-who", True, "министр иностранных дел Ватанабэ")
add("layout", "kzjp-25-years.ru.toml", "high-level-first-visit-who", True, "Dfnfyf,'")
add("same_surname", "kzjp-25-years.ru.toml", "high-level-first-visit-who", False, "Ватанабэ Кодзи")
add("initials_only", "kzjp-25-years.ru.toml", "high-level-first-visit-who", False, "М.В.")
add("other_person", "kzjp-25-years.ru.toml", "high-level-first-visit-who", False, "Абэ", "Кавамура")

add("choice_forms", "kzjp-25-years.ru.toml", "high-level-first-visit-post", True, "четвёртый", "ответ 4")
add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "high-level-first-visit-post",
    True,
    "заместитель Премьер-министра – Министр иностранных дел Японии",
)
add(
    "case",
    "kzjp-25-years.ru.toml",
    "high-level-first-visit-post",
    True,
    "заместитель премьер-министра — министр иностранных дел Японии",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "high-level-first-visit-post",
    False,
    "Премьер-министр Японии",
    "3",
)
add("hedge", "kzjp-25-years.ru.toml", "high-level-first-visit-post", False, "1 или 2")

add("exact", "kzjp-25-years.ru.toml", "high-level-first-visit-date", True, "май 1992")
add("date_forms", "kzjp-25-years.ru.toml", "high-level-first-visit-date", True, "в мае 1992 года", "V.1992")
add("too_imprecise", "kzjp-25-years.ru.toml", "high-level-first-visit-date", False, "1992")
add("wrong_year", "kzjp-25-years.ru.toml", "high-level-first-visit-date", False, "май 1993")
add("wrong_month", "kzjp-25-years.ru.toml", "high-level-first-visit-date", False, "апрель 1992")
add("neighbour_concept", "kzjp-25-years.ru.toml", "high-level-first-visit-date", False, "январь 1992")

add("exact", "kzjp-25-years.ru.toml", "high-level-breakthrough-visits", True, "1994 и 1999")
add("list_forms", "kzjp-25-years.ru.toml", "high-level-breakthrough-visits", True, "в 1994 и в 1999 годах")
add("incomplete", "kzjp-25-years.ru.toml", "high-level-breakthrough-visits", False, "1994")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-breakthrough-visits",
    False,
    "1994 и 2008",
    "1999 и 2016",
)

add("exact", "kzjp-25-years.ru.toml", "high-level-book-of-memory", True, "«Книга памяти»", "Книгу памяти")
add("case", "kzjp-25-years.ru.toml", "high-level-book-of-memory", True, "книгу памяти")
add("typo", "kzjp-25-years.ru.toml", "high-level-book-of-memory", True, "Книгу памети")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-book-of-memory",
    False,
    "орден «Алтын Қыран»",
    "Совместное заявление",
    "Красную книгу",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-book-of-memory-recipient",
    True,
    "Хосокава",
    "М. Хосокава",
    "Hosokawa",
)
add("translit", "kzjp-25-years.ru.toml", "high-level-book-of-memory-recipient", True, "Morihiro Hosokawa")
add(
    "title", "kzjp-25-years.ru.toml", "high-level-book-of-memory-recipient", True, "премьер-министру Хосокаве"
)
add("layout", "kzjp-25-years.ru.toml", "high-level-book-of-memory-recipient", True, "{jcjrfdf")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "high-level-book-of-memory-recipient",
    False,
    "Ватанабэ",
    "Хашимото",
    "Акихито",
)
add("initials_only", "kzjp-25-years.ru.toml", "high-level-book-of-memory-recipient", False, "М.Х.")

add("choice_forms", "kzjp-25-years.ru.toml", "high-level-book-of-memory-content", True, "второй", "ответ 2")
add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "high-level-book-of-memory-content",
    True,
    "списки японских военнопленных, умерших на казахстанской территории",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "high-level-book-of-memory-content",
    False,
    "1",
    "4",
    "списки пострадавших от ядерных испытаний на Семипалатинском полигоне",
)

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "high-level-joint-statement-1999",
    True,
    "третий",
    "Совместное заявление о дружбе, партнерстве и сотрудничестве",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "high-level-joint-statement-1999",
    False,
    "2",
    "1",
    "Совместное заявление «О расширенном стратегическом партнерстве в век процветания Азии»",
)

add("exact", "kzjp-25-years.ru.toml", "high-level-third-visit-year", True, "2008")
add("date_forms", "kzjp-25-years.ru.toml", "high-level-third-visit-year", True, "в 2008-м")
add("neighbour_concept", "kzjp-25-years.ru.toml", "high-level-third-visit-year", False, "2016")
add("wrong_year", "kzjp-25-years.ru.toml", "high-level-third-visit-year", False, "2007", "2009")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-chrysanthemum-order",
    True,
    "орден Хризантемы",
    "орден Хризантемы на Большой ленте",
)
add(
    "case",
    "kzjp-25-years.ru.toml",
    "high-level-chrysanthemum-order",
    True,
    "Орден хризантемы на большой ленте",
)
add("inflection", "kzjp-25-years.ru.toml", "high-level-chrysanthemum-order", True, "орденом Хризантемы")
add("typo", "kzjp-25-years.ru.toml", "high-level-chrysanthemum-order", True, "орден Хризонтемы")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-chrysanthemum-order",
    False,
    "Алтын Қыран",
    "орден Достык",
    "орден Священного сокровища",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-altyn-kyran",
    True,
    "орден «Алтын Қыран»",
    "Алтын Қыран",
    "Altyn Kyran",
)
add("inflection", "kzjp-25-years.ru.toml", "high-level-altyn-kyran", True, "орденом Алтын Кыран")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-altyn-kyran",
    False,
    "орден Хризантемы",
    "орден Отан",
    "орден Барыс",
)

add("exact", "kzjp-25-years.ru.toml", "high-level-akihito", True, "Акихито", "Император Акихито", "Akihito")
add("layout", "kzjp-25-years.ru.toml", "high-level-akihito", True, "Frb[bnj")
add("other_person", "kzjp-25-years.ru.toml", "high-level-akihito", False, "Хирохито", "Хосокава")

add("exact", "kzjp-25-years.ru.toml", "high-level-visit-2016-date", True, "ноябрь 2016")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "high-level-visit-2016-date",
    True,
    "в ноябре 2016 г.",
    "11.2016",
    "8 ноября 2016",
    "нояб. 2016",
)
add("wrong_year", "kzjp-25-years.ru.toml", "high-level-visit-2016-date", False, "ноябрь 2017")
add("wrong_month", "kzjp-25-years.ru.toml", "high-level-visit-2016-date", False, "октябрь 2016")
add("neighbour_concept", "kzjp-25-years.ru.toml", "high-level-visit-2016-date", False, "апрель 2016")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "high-level-statement-2016-title",
    True,
    "2",
    "«О расширенном стратегическом партнерстве в век процветания Азии»",
)
add(
    "yo",
    "kzjp-25-years.ru.toml",
    "high-level-statement-2016-title",
    True,
    "О расширенном стратегическом партнёрстве в век процветания Азии",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "high-level-statement-2016-title",
    False,
    "1",
    "3",
    "«О дружбе, партнерстве и сотрудничестве»",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-partnership-status",
    True,
    "расширенное стратегическое партнерство",
    "расширенного стратегического партнёрства",
)
add(
    "extra_words",
    "kzjp-25-years.ru.toml",
    "high-level-partnership-status",
    True,
    "статус «расширенного стратегического партнерства»",
)
add(
    "typo",
    "kzjp-25-years.ru.toml",
    "high-level-partnership-status",
    True,
    "расширеное стратегическое партнерство",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "high-level-partnership-status",
    False,
    "стратегическое партнерство",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-partnership-status",
    False,
    "дружба, партнерство и сотрудничество",
    "союзнические отношения",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-statement-2016-roadmap",
    True,
    "дорожная карта",
    "дорожной картой",
    "дорожная карта развития сотрудничества",
)
add("layout", "kzjp-25-years.ru.toml", "high-level-statement-2016-roadmap", True, "ljhj;yfz rfhnf")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-statement-2016-roadmap",
    False,
    "Книга памяти",
    "декларация о намерениях",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-abe",
    True,
    "Абэ",
    "С. Абэ",
    "Синдзо Абэ",
    "Шинзо Абэ",
    "Абе",
)
add("translit", "kzjp-25-years.ru.toml", "high-level-abe", True, "Shinzo Abe", "Sinzo Abe")
add("title", "kzjp-25-years.ru.toml", "high-level-abe", True, "премьер-министр Абэ")
add("layout", "kzjp-25-years.ru.toml", "high-level-abe", True, "F,'")
add("same_surname", "kzjp-25-years.ru.toml", "high-level-abe", False, "Акиэ Абэ")
add("other_person", "kzjp-25-years.ru.toml", "high-level-abe", False, "Хосокава", "Суга")
add("initials_only", "kzjp-25-years.ru.toml", "high-level-abe", False, "С.А.")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "high-level-parliament-speech-first",
    True,
    "постсоветского пространства",
    "постсоветское пространство",
    "постсоветских стран",
)
add(
    "split_merge",
    "kzjp-25-years.ru.toml",
    "high-level-parliament-speech-first",
    True,
    "пост-советского пространства",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-parliament-speech-first",
    False,
    "европейского пространства",
    "азиатского пространства",
)

add("exact", "kzjp-25-years.ru.toml", "high-level-books", True, "Критическое десятилетие, Казахстанский путь")
add(
    "list_forms",
    "kzjp-25-years.ru.toml",
    "high-level-books",
    True,
    "«Политика мира и согласия» и «Критическое десятилетие»",
)
add("exact", "kzjp-25-years.ru.toml", "high-level-books", True, "Казахстанский путь; Политика мира")
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "high-level-books",
    False,
    "Критическое десятилетие",
    "Казахстанский путь, Казахстанский путь",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "high-level-books",
    False,
    "Эпицентр мира, На пороге XXI века",
)

add("exact", "kzjp-25-years.ru.toml", "parliament-league-age", True, "20")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "parliament-league-age",
    True,
    "более 20",
    "двадцать",
    "более двадцати лет",
)
add("wrong_number", "kzjp-25-years.ru.toml", "parliament-league-age", False, "25", "10", "30")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "parliament-league-chair",
    True,
    "Такео Кавамура",
    "Кавамура",
    "Т. Кавамура",
    "Takeo Kawamura",
)
add("order", "kzjp-25-years.ru.toml", "parliament-league-chair", True, "Кавамура Такео")
add("layout", "kzjp-25-years.ru.toml", "parliament-league-chair", True, "Rfdfvehf")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "parliament-league-chair",
    False,
    "Кавабата",
    "Итиро Кавабата",
    "Ватанабэ",
)
add("initials_only", "kzjp-25-years.ru.toml", "parliament-league-chair", False, "Т.К.")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "parliament-kawamura-former-post",
    True,
    "3",
    "третий",
    "Генеральный секретарь Кабинета министров Японии",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "parliament-kawamura-former-post",
    False,
    "2",
    "Премьер-министр Японии",
    "4",
)

add("exact", "kzjp-25-years.ru.toml", "parliament-senate-group-year", True, "2004", "в 2004 году")
add("neighbour_concept", "kzjp-25-years.ru.toml", "parliament-senate-group-year", False, "2005")
add("wrong_year", "kzjp-25-years.ru.toml", "parliament-senate-group-year", False, "2006")

add("exact", "kzjp-25-years.ru.toml", "parliament-mazhilis-group-date", True, "июнь 2005")
add(
    "date_forms", "kzjp-25-years.ru.toml", "parliament-mazhilis-group-date", True, "в июне 2005 г.", "06.2005"
)
add("too_imprecise", "kzjp-25-years.ru.toml", "parliament-mazhilis-group-date", False, "2005")
add("wrong_month", "kzjp-25-years.ru.toml", "parliament-mazhilis-group-date", False, "июль 2005")
add("wrong_year", "kzjp-25-years.ru.toml", "parliament-mazhilis-group-date", False, "июнь 2004")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "parliament-abykaev",
    True,
    "Нуртай Абыкаев",
    "Абыкаев",
    "Н. Абыкаев",
    "Abykayev",
)
add("inflection", "kzjp-25-years.ru.toml", "parliament-abykaev", True, "Абыкаева")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "parliament-abykaev",
    False,
    "Кайрат Мами",
    "Урал Мухамеджанов",
    "Токаев",
)
add("initials_only", "kzjp-25-years.ru.toml", "parliament-abykaev", False, "Н.А.")

add(
    "exact", "kzjp-25-years.ru.toml", "parliament-mami", True, "Кайрат Мами", "Мами", "К. Мами", "Kairat Mami"
)
add("title", "kzjp-25-years.ru.toml", "parliament-mami", True, "председатель Сената Мами")
add("other_person", "kzjp-25-years.ru.toml", "parliament-mami", False, "Абыкаев", "Токаев", "Мухамеджанов")
add("initials_only", "kzjp-25-years.ru.toml", "parliament-mami", False, "К.М.")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "parliament-mukhamedzhanov",
    True,
    "Урал Мухамеджанов",
    "Мухамеджанов",
    "Mukhamedzhanov",
)
add("layout", "kzjp-25-years.ru.toml", "parliament-mukhamedzhanov", True, "Ve[fvtl;fyjd")
add("typo", "kzjp-25-years.ru.toml", "parliament-mukhamedzhanov", True, "Мухамеджанав")
add("other_person", "kzjp-25-years.ru.toml", "parliament-mukhamedzhanov", False, "Абыкаев", "Мами")
add("initials_only", "kzjp-25-years.ru.toml", "parliament-mukhamedzhanov", False, "У.М.")

add("exact", "kzjp-25-years.ru.toml", "parliament-japanese-delegations", True, "9")
add("number_words", "kzjp-25-years.ru.toml", "parliament-japanese-delegations", True, "девять", "9 делегаций")
add("neighbour_concept", "kzjp-25-years.ru.toml", "parliament-japanese-delegations", False, "4")
add("wrong_number", "kzjp-25-years.ru.toml", "parliament-japanese-delegations", False, "6", "19")

add("exact", "kzjp-25-years.ru.toml", "parliament-ex-pm-delegations", True, "4")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "parliament-ex-pm-delegations",
    True,
    "четыре",
    "четыре делегации",
)
add("neighbour_concept", "kzjp-25-years.ru.toml", "parliament-ex-pm-delegations", False, "9")
add("wrong_number", "kzjp-25-years.ru.toml", "parliament-ex-pm-delegations", False, "3", "5")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "parliament-isimbayeva",
    True,
    "Г. Исимбаева",
    "Исимбаева",
    "Гульмира Исимбаева",
    "Isimbayeva",
)
add("layout", "kzjp-25-years.ru.toml", "parliament-isimbayeva", True, "Bcbv,ftdf")
add("other_person", "kzjp-25-years.ru.toml", "parliament-isimbayeva", False, "Мухамеджанов", "Мами")
add("initials_only", "kzjp-25-years.ru.toml", "parliament-isimbayeva", False, "Г.И.")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "parliament-population-conference",
    True,
    "4",
    "четвёртый",
    "Глобальная конференция парламентариев по народонаселению и развитию",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "parliament-population-conference",
    False,
    "2",
    "3",
    "Международная выставка «ЭКСПО-2017»",
)

add("exact", "kzjp-25-years.ru.toml", "parliament-population-conference-date", True, "апрель 2016")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "parliament-population-conference-date",
    True,
    "25-28 апреля 2016",
    "04.2016",
)
add("too_imprecise", "kzjp-25-years.ru.toml", "parliament-population-conference-date", False, "2016")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "parliament-population-conference-date",
    False,
    "ноябрь 2016",
    "апрель 2013",
)

add("exact", "kzjp-25-years.ru.toml", "parliament-speech-date", True, "8 ноября 2016")
add("date_forms", "kzjp-25-years.ru.toml", "parliament-speech-date", True, "08.11.2016", "8 ноября 2016 года")
add("too_imprecise", "kzjp-25-years.ru.toml", "parliament-speech-date", False, "ноябрь 2016", "2016")
add("wrong_day", "kzjp-25-years.ru.toml", "parliament-speech-date", False, "9 ноября 2016")
add("wrong_year", "kzjp-25-years.ru.toml", "parliament-speech-date", False, "8 ноября 2017")

add("exact", "kzjp-25-years.ru.toml", "parliament-tokayev-kawamura-date", True, "5 июля 2017")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "parliament-tokayev-kawamura-date",
    True,
    "05.07.2017",
    "5 июля 2017 г.",
)
add("too_imprecise", "kzjp-25-years.ru.toml", "parliament-tokayev-kawamura-date", False, "июль 2017")
add("wrong_month", "kzjp-25-years.ru.toml", "parliament-tokayev-kawamura-date", False, "5 июня 2017")
add("wrong_year", "kzjp-25-years.ru.toml", "parliament-tokayev-kawamura-date", False, "5 июля 2016")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "parliament-tokayev",
    True,
    "Касым-Жомарт Токаев",
    "Токаев",
    "К.-Ж. Токаев",
    "Kassym-Jomart Tokayev",
)
add("patronymic", "kzjp-25-years.ru.toml", "parliament-tokayev", True, "Касым-Жомарт Кемелевич Токаев")
add("split_merge", "kzjp-25-years.ru.toml", "parliament-tokayev", True, "Касым Жомарт Токаев")
add("layout", "kzjp-25-years.ru.toml", "parliament-tokayev", True, "Njrftd")
add("title", "kzjp-25-years.ru.toml", "parliament-tokayev", True, "председатель Сената Токаев")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "parliament-tokayev",
    False,
    "Кайрат Мами",
    "Абыкаев",
    "Назарбаев",
)
add("initials_only", "kzjp-25-years.ru.toml", "parliament-tokayev", False, "К.-Ж. Т.")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "parliament-kawamura-house",
    True,
    "Палата представителей",
    "Палаты представителей",
    "нижняя палата",
)
add("case", "kzjp-25-years.ru.toml", "parliament-kawamura-house", True, "палата представителей")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "parliament-kawamura-house",
    False,
    "Палата советников",
    "верхняя палата",
    "Сенат",
)

add("exact", "kzjp-25-years.ru.toml", "parliament-expo-2017", True, "ЭКСПО-2017", "«ЭКСПО-2017»", "EXPO 2017")
add("case", "kzjp-25-years.ru.toml", "parliament-expo-2017", True, "Экспо 2017")
add("extra_words", "kzjp-25-years.ru.toml", "parliament-expo-2017", True, "выставка ЭКСПО-2017")
add("wrong_year", "kzjp-25-years.ru.toml", "parliament-expo-2017", False, "ЭКСПО-2010", "ЭКСПО-2025")
add("neighbour_concept", "kzjp-25-years.ru.toml", "parliament-expo-2017", False, "Олимпийские игры")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-landmark-projects",
    True,
    "международный аэропорт в Астане, железные дороги, автомобильные дороги",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-landmark-projects",
    True,
    "модернизация энергетических объектов, медицинские учреждения, повышение квалификации кадров",
)
add(
    "list_forms",
    "kzjp-25-years.ru.toml",
    "economy-landmark-projects",
    True,
    "аэропорт Астаны; сеть железных дорог; оснащение спортивных учреждений",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "economy-landmark-projects",
    False,
    "аэропорт в Астане и железные дороги",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-landmark-projects",
    False,
    "Западный Мункудук, КазМунайГаз, мост через Иртыш",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-training-orgs",
    True,
    "JICA и JBIC",
    "JICA, Японский центр нефтяного сотрудничества",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-training-orgs",
    True,
    "Японское агентство международного сотрудничества, Японский банк международного сотрудничества",
)
add("incomplete", "kzjp-25-years.ru.toml", "economy-training-orgs", False, "JICA")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-training-orgs",
    False,
    "JICA и ЕБРР",
    "Эксимбанк Японии и JUKI",
)

add("exact", "kzjp-25-years.ru.toml", "economy-joint-commission-date", True, "декабрь 1993")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "economy-joint-commission-date",
    True,
    "с декабря 1993 г.",
    "12.1993",
)
add("too_imprecise", "kzjp-25-years.ru.toml", "economy-joint-commission-date", False, "1993")
add("neighbour_concept", "kzjp-25-years.ru.toml", "economy-joint-commission-date", False, "январь 1993")
add("wrong_year", "kzjp-25-years.ru.toml", "economy-joint-commission-date", False, "декабрь 1994")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-strategic-planning-agency",
    True,
    "Агентство по стратегическому планированию и реформам",
    "Агентство по стратегическому планированию и реформам РК",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "economy-strategic-planning-agency",
    True,
    "Агентства по стратегическому планированию",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-strategic-planning-agency",
    False,
    "Государственный комитет по инвестициям",
    "Ассоциация банков Казахстана",
    "Министерство иностранных дел",
)

add("exact", "kzjp-25-years.ru.toml", "economy-tokyo-conference-date", True, "март 1998")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-date",
    True,
    "в начале марта 1998",
    "03.1998",
)
add("too_imprecise", "kzjp-25-years.ru.toml", "economy-tokyo-conference-date", False, "1998")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-date",
    False,
    "май 1998",
    "март 1983",
)

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-name",
    True,
    "2",
    "второй",
    "«Токийская экономическая конференция по привлечению капиталовложений в страны Центральной Азии»",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-name",
    False,
    "1",
    "3",
    "«Совместная комиссия по экономическому сотрудничеству»",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-ebrd",
    True,
    "Европейский банк реконструкции и развития",
    "ЕБРР",
    "EBRD",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-ebrd",
    True,
    "Европейским банком реконструкции и развития",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-ebrd",
    False,
    "Эксимбанк Японии",
    "Всемирный банк",
    "Азиатский банк развития",
    "Японский банк международного сотрудничества",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-kz-delegation",
    True,
    "Агентство по стратегическому планированию и реформам и Ассоциация банков Казахстана",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-kz-delegation",
    True,
    "Госкомитет по инвестициям, Ассоциация банков",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-kz-delegation",
    False,
    "Ассоциация банков",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-kz-delegation",
    False,
    "ЕБРР и JUKI",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-jcif-organizer",
    True,
    "Японский центр международных финансов",
    "JCIF",
)
add("typo", "kzjp-25-years.ru.toml", "economy-jcif-organizer", True, "Японский цетр международных финансов")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-jcif-organizer",
    False,
    "ЕБРР",
    "Фонд экономического сотрудничества Японии",
    "JICA",
)

add("exact", "kzjp-25-years.ru.toml", "economy-jcif-founded", True, "март 1983")
add("date_forms", "kzjp-25-years.ru.toml", "economy-jcif-founded", True, "в марте 1983 года", "03.1983")
add("too_imprecise", "kzjp-25-years.ru.toml", "economy-jcif-founded", False, "1983")
add("neighbour_concept", "kzjp-25-years.ru.toml", "economy-jcif-founded", False, "март 1998")
add("wrong_year", "kzjp-25-years.ru.toml", "economy-jcif-founded", False, "март 1993")

add("exact", "kzjp-25-years.ru.toml", "economy-investors-number", True, "250", "около 250")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "economy-investors-number",
    True,
    "двести пятьдесят",
    "около двухсот пятидесяти",
)
add("wrong_number", "kzjp-25-years.ru.toml", "economy-investors-number", False, "200", "25", "2500")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-ebrd-role",
    True,
    "координатор проектов",
    "координатора проектов",
    "координатор",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-ebrd-role",
    False,
    "основной организатор",
    "инвестор",
    "спонсор",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-forum-meetings",
    True,
    "Фонд экономического сотрудничества Японии и Эксимбанк Японии",
    "Эксимбанк, JUKI",
)
add("order", "kzjp-25-years.ru.toml", "economy-forum-meetings", True, "JUKI и OECF")
add("incomplete", "kzjp-25-years.ru.toml", "economy-forum-meetings", False, "JUKI")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-forum-meetings",
    False,
    "JICA и JBIC",
    "Эксимбанк и Марубени",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-juki-industry",
    True,
    "легкая и текстильная промышленность",
    "текстильная промышленность",
)
add(
    "yo",
    "kzjp-25-years.ru.toml",
    "economy-juki-industry",
    True,
    "лёгкой и текстильной промышленности",
    "лёгкая промышленность",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-juki-industry",
    False,
    "тяжёлая промышленность",
    "автомобилестроение",
    "нефтегазовая промышленность",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-sumitomo",
    True,
    "Сумитомо корпорейшн",
    "Сумитомо",
    "Sumitomo Corporation",
)
add("layout", "kzjp-25-years.ru.toml", "economy-sumitomo", True, "Cevbnjvj")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-sumitomo",
    False,
    "Марубени",
    "Мицуи Корпорейшн",
    "JUKI",
    "Мицубиси",
)

add("exact", "kzjp-25-years.ru.toml", "economy-memoranda-date", True, "16 мая 1998")
add("date_forms", "kzjp-25-years.ru.toml", "economy-memoranda-date", True, "16.05.1998", "16 мая 1998 года")
add("too_imprecise", "kzjp-25-years.ru.toml", "economy-memoranda-date", False, "май 1998", "1998")
add("wrong_year", "kzjp-25-years.ru.toml", "economy-memoranda-date", False, "16 мая 1999")
add("wrong_day", "kzjp-25-years.ru.toml", "economy-memoranda-date", False, "15 мая 1998")

add("exact", "kzjp-25-years.ru.toml", "economy-marubeni", True, "Марубени Корпорейшн", "Марубени", "Marubeni")
add("layout", "kzjp-25-years.ru.toml", "economy-marubeni", True, "Vfhe,tyb")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-marubeni",
    False,
    "Сумитомо",
    "ИНПЕКС",
    "Мицуи Корпорейшн",
)

add("exact", "kzjp-25-years.ru.toml", "economy-consortium-size", True, "6")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "economy-consortium-size",
    True,
    "шесть",
    "из 6 компаний",
    "из шести",
)
add("wrong_number", "kzjp-25-years.ru.toml", "economy-consortium-size", False, "5", "7", "16")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-consortium-members",
    True,
    "ИНПЕКС, ДЖАПЕКС, Тэйкоку Ойл",
    "INPEX, JAPEX, Mitsui Oil Exploration",
)
add(
    "yo",
    "kzjp-25-years.ru.toml",
    "economy-consortium-members",
    True,
    "Мицуи Корпорейшн; Ниппон Ойл Эксплорейшн; Тейкоку Ойл",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "economy-consortium-members",
    False,
    "ИНПЕКС, ДЖАПЕКС",
    "ИНПЕКС, ИНПЕКС, ДЖАПЕКС",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-consortium-members",
    False,
    "Марубени, Сумитомо, ИНПЕКС",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-earlier-infrastructure",
    True,
    "станция Дружба, мост через Иртыш, аэропорт Астаны",
)
add(
    "order",
    "kzjp-25-years.ru.toml",
    "economy-earlier-infrastructure",
    True,
    "Каспийский шельф, мост через реку Иртыш, железнодорожная станция Дружба",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "economy-earlier-infrastructure",
    False,
    "станция Дружба и мост через Иртыш",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-earlier-infrastructure",
    False,
    "мост через Урал, станция Дружба, аэропорт Алматы",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-new-focus",
    True,
    "создание промышленных комплексов и развитие отдельных регионов",
    "промышленные комплексы, развитие регионов",
)
add("incomplete", "kzjp-25-years.ru.toml", "economy-new-focus", False, "промышленные комплексы")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-new-focus",
    False,
    "финансирование инфраструктурных проектов",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-strategies",
    True,
    "«Нұрлы жол» и «Абэномика»",
    "Нурлы жол и Абэномика",
    "Nurly Zhol, Abenomics",
)
add("order", "kzjp-25-years.ru.toml", "economy-strategies", True, "Абеномика и Нурлы жол")
add("incomplete", "kzjp-25-years.ru.toml", "economy-strategies", False, "Нурлы жол")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-strategies",
    False,
    "Стратегия-2050 и Абэномика",
    "Рейганомика и Нурлы жол",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-agreements",
    True,
    "Соглашение о взаимной защите и поощрении инвестиций, Конвенция об избежании двойного налогообложения",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-agreements",
    True,
    "двойное налогообложение и мирное использование атомной энергии",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "economy-agreements",
    False,
    "Конвенция об избежании двойного налогообложения",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-agreements",
    False,
    "Соглашение о свободной торговле и Совместное заявление о дружбе",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-eaeu-wto",
    True,
    "ЕАЭС и ВТО",
    "Евразийский экономический союз, Всемирная торговая организация",
)
add("order", "kzjp-25-years.ru.toml", "economy-eaeu-wto", True, "ВТО, ЕАЭС")
add("incomplete", "kzjp-25-years.ru.toml", "economy-eaeu-wto", False, "ВТО")
add("neighbour_concept", "kzjp-25-years.ru.toml", "economy-eaeu-wto", False, "ШОС и ВТО", "ЕС и НАТО")

add("exact", "kzjp-25-years.ru.toml", "economy-branches-number", True, "74")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "economy-branches-number",
    True,
    "семьдесят четыре",
    "74 филиала и представительства",
)
add("wrong_number", "kzjp-25-years.ru.toml", "economy-branches-number", False, "47", "70")
add("neighbour_concept", "kzjp-25-years.ru.toml", "economy-branches-number", False, "50")
add("negation", "kzjp-25-years.ru.toml", "economy-branches-number", False, "не 74")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-branches-spheres",
    True,
    "нефть, газ, металлургия, финансы",
    "логистика, медицина, сельское хозяйство, электросвязь",
)
add(
    "list_forms",
    "kzjp-25-years.ru.toml",
    "economy-branches-spheres",
    True,
    "нефтехимия; лесозаготовки; горнорудная промышленность; оптовая продажа автомобилей",
)
add("incomplete", "kzjp-25-years.ru.toml", "economy-branches-spheres", False, "нефть, газ, металлургия")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-branches-spheres",
    False,
    "туризм, образование, нефть, газ",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-aifc",
    True,
    "Международный финансовый центр «Астана»",
    "МФЦА",
    "AIFC",
    "Международный финансовый центр Астана",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-aifc",
    False,
    "Казахстанская фондовая биржа",
    "Национальный банк Казахстана",
    "Международный научный комплекс «Астана»",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-aifc-partners",
    True,
    "Токийская фондовая биржа и Японское агентство по финансовым услугам",
    "Токийская биржа, Ассоциация дилеров ценных бумаг",
)
add("incomplete", "kzjp-25-years.ru.toml", "economy-aifc-partners", False, "Токийская фондовая биржа")
add("neighbour_concept", "kzjp-25-years.ru.toml", "economy-aifc-partners", False, "Эксимбанк Японии и JBIC")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-smart-tech-areas",
    True,
    "экология, безопасность, транспорт",
    "связь, городское планирование, транспорт",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "economy-smart-tech-areas",
    True,
    "градостроительство, экология, безопасность",
)
add(
    "real_word_typo",
    "kzjp-25-years.ru.toml",
    "economy-smart-tech-areas",
    False,
    "геология, безопасность, транспорт",
)
add("incomplete", "kzjp-25-years.ru.toml", "economy-smart-tech-areas", False, "экология, транспорт")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "economy-smart-tech-areas",
    False,
    "медицина, образование, транспорт",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-year", True, "1997", "в 1997 г.")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-year", False, "1999")
add("wrong_year", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-year", False, "1998")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "healthcare-almaty-grant-amount",
    True,
    "3",
    "1.365 млн йен",
    "третий",
)
add("wrong_choice", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-amount", False, "2", "995 млн йен", "4")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-almaty-grant-cities",
    True,
    "Алматы и Талдыкорган",
    "Алма-Ата, Талды-Курган",
)
add("order", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-cities", True, "Талдыкорган, Алматы")
add("incomplete", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-cities", False, "Алматы")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-almaty-grant-cities",
    False,
    "Алматы и Кызылорда",
    "Астана и Талдыкорган",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-towns", True, "16")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "healthcare-almaty-grant-towns",
    True,
    "шестнадцать",
    "в 16 городов и поселков",
)
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-towns", False, "6", "60", "18")

add("exact", "kzjp-25-years.ru.toml", "healthcare-astana-children-year", True, "1999", "в 1999 году")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-astana-children-year", False, "2001", "1997")

add("exact", "kzjp-25-years.ru.toml", "healthcare-astana-children-amount", True, "995", "995 млн йен")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "healthcare-astana-children-amount",
    True,
    "девятьсот девяносто пять",
)
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-astana-children-amount", False, "959", "около 1000")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-astana-children-amount", False, "454")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-ambulance-centre",
    True,
    "Центр скорой медицинской помощи",
    "Центра скорой медицинской помощи",
    "центр скорой помощи",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-ambulance-centre",
    False,
    "детские больницы",
    "консультативно-диагностический центр",
    "онкологический центр",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-ambulance-amount", True, "454", "454 млн йен")
add(
    "number_words", "kzjp-25-years.ru.toml", "healthcare-ambulance-amount", True, "четыреста пятьдесят четыре"
)
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-ambulance-amount", False, "467", "995")
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-ambulance-amount", False, "445")

add("exact", "kzjp-25-years.ru.toml", "healthcare-ambulance-service", True, "10")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "healthcare-ambulance-service",
    True,
    "больше 10 лет",
    "десять",
    "более десяти",
)
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-ambulance-service", False, "5", "20", "12")

add(
    "exact", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-city", True, "Кызылорда", "Кызылорды", "Kyzylorda"
)
add("layout", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-city", True, "Rspskjhlf")
add("split_merge", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-city", True, "Кызыл-Орда")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-kyzylorda-city",
    False,
    "Талдыкорган",
    "Семипалатинск",
    "Актобе",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-year", True, "2002", "в 2002 году")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-year", False, "2003")
add("wrong_year", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-year", False, "2001")

add("exact", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-amount", True, "467", "467 млн йен")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-amount", False, "454")
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-kyzylorda-amount", False, "476", "4670")

add("exact", "kzjp-25-years.ru.toml", "healthcare-nagasaki-treaty-date", True, "март 1998")
add(
    "date_forms",
    "kzjp-25-years.ru.toml",
    "healthcare-nagasaki-treaty-date",
    True,
    "в марте 1998 г.",
    "03.1998",
)
add("too_imprecise", "kzjp-25-years.ru.toml", "healthcare-nagasaki-treaty-date", False, "1998")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-nagasaki-treaty-date", False, "май 1998")
add("wrong_year", "kzjp-25-years.ru.toml", "healthcare-nagasaki-treaty-date", False, "март 1999")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-nagasaki-treaty-parties",
    True,
    "Семипалатинская медакадемия и Университет Нагасаки",
)
add(
    "order",
    "kzjp-25-years.ru.toml",
    "healthcare-nagasaki-treaty-parties",
    True,
    "Нагасакский университет, Семипалатинская медицинская академия",
)
add(
    "incomplete", "kzjp-25-years.ru.toml", "healthcare-nagasaki-treaty-parties", False, "Университет Нагасаки"
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-nagasaki-treaty-parties",
    False,
    "Университет Хиросимы и Семипалатинская медакадемия",
    "Семипалатинская медакадемия и Университет Досися",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-radiological-medicine",
    True,
    "радиологическая медицина",
    "радиологическую медицину",
    "радиология",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-radiological-medicine",
    False,
    "онкология",
    "кардиология",
    "педиатрия",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-nagai-prize-name",
    True,
    "«Мемориал мира д-ра Нагаи»",
    "Мемориал мира доктора Нагаи",
    "Премия Нагаи",
)
add(
    "extra_words",
    "kzjp-25-years.ru.toml",
    "healthcare-nagai-prize-name",
    True,
    "премия «Мемориал мира д-ра Нагаи»",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-nagai-prize-name",
    False,
    "Нобелевская премия",
    "премия Курокавы",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-nagai-prize-winner",
    True,
    "С. Балмуханов",
    "Балмуханов",
    "академик Балмуханов",
    "Саим Балмуханов",
    "Balmukhanov",
)
add("layout", "kzjp-25-years.ru.toml", "healthcare-nagai-prize-winner", True, "<fkve[fyjd")
add("other_person", "kzjp-25-years.ru.toml", "healthcare-nagai-prize-winner", False, "Сарсенбай", "Назарбаев")
add("initials_only", "kzjp-25-years.ru.toml", "healthcare-nagai-prize-winner", False, "С.Б.")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-balmukhanov-institute",
    True,
    "Институт онкологии и радиологии",
    "Института онкологии и радиологии",
)
add(
    "case",
    "kzjp-25-years.ru.toml",
    "healthcare-balmukhanov-institute",
    True,
    "институт онкологии и радиологии",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-balmukhanov-institute",
    False,
    "Институт ядерной физики",
    "Национальный ядерный центр",
    "Семипалатинская медакадемия",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-expert-cities",
    True,
    "Нагасаки и Хиросима",
    "Hiroshima and Nagasaki",
)
add("inflection", "kzjp-25-years.ru.toml", "healthcare-expert-cities", True, "Хиросимы и Нагасаки")
add(
    "incomplete", "kzjp-25-years.ru.toml", "healthcare-expert-cities", False, "Нагасаки", "Нагасаки, Нагасаки"
)
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-expert-cities", False, "Токио и Нагасаки")

add("exact", "kzjp-25-years.ru.toml", "healthcare-telebridge-date", True, "29 августа 1999")
add("date_forms", "kzjp-25-years.ru.toml", "healthcare-telebridge-date", True, "29.08.1999")
add("too_imprecise", "kzjp-25-years.ru.toml", "healthcare-telebridge-date", False, "август 1999")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-telebridge-date",
    False,
    "29 августа 1991",
    "29 августа 1949",
)
add("wrong_day", "kzjp-25-years.ru.toml", "healthcare-telebridge-date", False, "28 августа 1999")

add("exact", "kzjp-25-years.ru.toml", "healthcare-telebridge-anniversary", True, "50")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "healthcare-telebridge-anniversary",
    True,
    "пятьдесят",
    "к 50-летию",
)
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-telebridge-anniversary", False, "25")
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-telebridge-anniversary", False, "40", "60")

add("exact", "kzjp-25-years.ru.toml", "healthcare-telebridge-cities", True, "Нагасаки, Семипалатинск, Токио")
add("order", "kzjp-25-years.ru.toml", "healthcare-telebridge-cities", True, "Токио, Семей и Нагасаки")
add("incomplete", "kzjp-25-years.ru.toml", "healthcare-telebridge-cities", False, "Нагасаки и Семипалатинск")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-telebridge-cities",
    False,
    "Хиросима, Семипалатинск, Токио",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-satellite",
    True,
    "спутниковая связь",
    "спутниковой связи",
    "через спутник",
)
add("layout", "kzjp-25-years.ru.toml", "healthcare-satellite", True, "cgenybrjdfz cdzpm")
add("extra_words", "kzjp-25-years.ru.toml", "healthcare-satellite", True, "посредством спутниковой связи")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-satellite", False, "телефонная связь", "почта")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "healthcare-project-name",
    True,
    "1",
    "первый",
    "«Улучшение медицинского обслуживания пострадавшего населения от ядерных испытаний»",
)
add("wrong_choice", "kzjp-25-years.ru.toml", "healthcare-project-name", False, "2", "«Проект АТОМ»", "3")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-project-components",
    True,
    "поставка оборудования, повышение квалификации специалистов, мастер-классы",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-project-components",
    True,
    "скрининг, база данных, новые методики диагностики",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "healthcare-project-components",
    False,
    "поставка оборудования, мастер-классы",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-project-components",
    False,
    "строительство больниц, поставка лекарств, мастер-классы",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-semey-hospitals", True, "3")
add("number_words", "kzjp-25-years.ru.toml", "healthcare-semey-hospitals", True, "три", "три больницы")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-semey-hospitals", False, "5")
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-semey-hospitals", False, "2", "4")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-diagnostic-centre-gifts",
    True,
    "мобильный диагностический центр и компьютерный томограф",
)
add(
    "order",
    "kzjp-25-years.ru.toml",
    "healthcare-diagnostic-centre-gifts",
    True,
    "томограф, передвижной диагностический центр",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "healthcare-diagnostic-centre-gifts",
    False,
    "компьютерный томограф",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-diagnostic-centre-gifts",
    False,
    "биохимический анализатор и компьютерный томограф",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-biochemical-analyser",
    True,
    "биохимический анализатор",
    "биохимического анализатора",
    "анализатор",
)
add("layout", "kzjp-25-years.ru.toml", "healthcare-biochemical-analyser", True, ",bj[bvbxtcrbq fyfkbpfnjh")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-biochemical-analyser",
    False,
    "компьютерный томограф",
    "УЗИ аппараты",
    "машины скорой помощи",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-ultrasound-number", True, "5")
add("number_words", "kzjp-25-years.ru.toml", "healthcare-ultrasound-number", True, "пять", "ещё 5")
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-ultrasound-number", False, "3", "6", "15")

add("exact", "kzjp-25-years.ru.toml", "healthcare-ultrasound-year", True, "2003", "в 2003 г.")
add("neighbour_concept", "kzjp-25-years.ru.toml", "healthcare-ultrasound-year", False, "2002")
add("wrong_year", "kzjp-25-years.ru.toml", "healthcare-ultrasound-year", False, "2004")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-ultrasound-villages",
    True,
    "Бородулиха, Карауыл, Кокпекты",
    "Аксуат, Бурас, Караул",
)
add(
    "list_forms",
    "kzjp-25-years.ru.toml",
    "healthcare-ultrasound-villages",
    True,
    "Бородулиха; Кокпекты; Аксуат; Бурас",
)
add("incomplete", "kzjp-25-years.ru.toml", "healthcare-ultrasound-villages", False, "Бородулиха, Кокпекты")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-ultrasound-villages",
    False,
    "Бородулиха, Курчатов, Аягоз",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-tuberculosis", True, "туберкулез легких", "туберкулез")
add("yo", "kzjp-25-years.ru.toml", "healthcare-tuberculosis", True, "туберкулёз лёгких")
add("layout", "kzjp-25-years.ru.toml", "healthcare-tuberculosis", True, "ne,threktp")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-tuberculosis",
    False,
    "рак",
    "пневмония",
    "гепатит",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-cytology-labs",
    True,
    "цитоморфологические лаборатории",
    "цитоморфологические",
    "цитоморфологических лабораторий",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-cytology-labs",
    False,
    "биохимические лаборатории",
    "рентгенологические лаборатории",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-cytology-lab-cities",
    True,
    "Семипалатинск, Усть-Каменогорск, Астана",
    "Семей, Оскемен и Астана",
)
add("incomplete", "kzjp-25-years.ru.toml", "healthcare-cytology-lab-cities", False, "Семипалатинск и Астана")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-cytology-lab-cities",
    False,
    "Алматы, Караганда, Астана",
)

add("exact", "kzjp-25-years.ru.toml", "healthcare-cytologists-trained", True, "36")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "healthcare-cytologists-trained",
    True,
    "тридцать шесть",
    "36 специалистов",
)
add("wrong_number", "kzjp-25-years.ru.toml", "healthcare-cytologists-trained", False, "63", "16", "30")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-cytologists-cities",
    True,
    "Астана, Алматы, Караганда",
    "Семипалатинск, Усть-Каменогорск, Алматы",
)
add("incomplete", "kzjp-25-years.ru.toml", "healthcare-cytologists-cities", False, "Астана, Алматы")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-cytologists-cities",
    False,
    "Астана, Шымкент, Актобе",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-cytology-atlas",
    True,
    "цитологический атлас",
    "атлас",
    "цитологический атлас-учебник",
)
add("extra_content", "kzjp-25-years.ru.toml", "healthcare-cytology-atlas", False, "атлас мира")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-cytology-atlas",
    False,
    "учебник японского языка",
    "энциклопедия",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-papanicolaou",
    True,
    "Папаниколау",
    "по Папаниколау",
    "Papanicolaou",
)
add("layout", "kzjp-25-years.ru.toml", "healthcare-papanicolaou", True, "Gfgfybrjkfe")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-papanicolaou",
    False,
    "Грам",
    "Романовский",
    "Нагаи",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "healthcare-japanese-program",
    True,
    "«Японская Программа»",
    "Японская программа",
)
add("case", "kzjp-25-years.ru.toml", "healthcare-japanese-program", True, "японская программа")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "healthcare-japanese-program",
    False,
    "Проект АТОМ",
    "Программа Нагаи",
)

add("exact", "kzjp-25-years.ru.toml", "atom-japan-coauthor-year", True, "2009", "в 2009 г.")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-japan-coauthor-year", False, "2013", "1991")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-japan-coauthor-year", False, "2010")

add("exact", "kzjp-25-years.ru.toml", "atom-day-date", True, "29 августа", "29.08", "29-е августа")
add("inflection", "kzjp-25-years.ru.toml", "atom-day-date", True, "29-го августа")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-day-date", False, "2 декабря", "21 августа")
add("wrong_day", "kzjp-25-years.ru.toml", "atom-day-date", False, "28 августа")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-day-date", False, "август")

add("exact", "kzjp-25-years.ru.toml", "atom-resolution-number", True, "64/35", "резолюция 64/35")
add("extra_words", "kzjp-25-years.ru.toml", "atom-resolution-number", True, "№ 64/35")
add("wrong_number", "kzjp-25-years.ru.toml", "atom-resolution-number", False, "64/53", "35/64")
add("incomplete", "kzjp-25-years.ru.toml", "atom-resolution-number", False, "64")

add("exact", "kzjp-25-years.ru.toml", "atom-resolution-adopted", True, "2 декабря 2009")
add("date_forms", "kzjp-25-years.ru.toml", "atom-resolution-adopted", True, "02.12.2009")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-resolution-adopted", False, "декабрь 2009", "2009")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-resolution-adopted", False, "29 августа 2009")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-resolution-adopted", False, "2 декабря 2008")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-resolution-initiator",
    True,
    "Республика Казахстан",
    "Казахстан",
    "РК",
    "Kazakhstan",
)
add("swapped_roles", "kzjp-25-years.ru.toml", "atom-resolution-initiator", False, "Япония")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-resolution-initiator", False, "Россия", "США")

add("exact", "kzjp-25-years.ru.toml", "atom-polygon-closed", True, "29 августа 1991")
add("date_forms", "kzjp-25-years.ru.toml", "atom-polygon-closed", True, "29.08.1991", "29 августа 1991 г.")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-polygon-closed", False, "1991", "август 1991")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-polygon-closed", False, "29 августа 1989")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-polygon-closed", False, "28 декабря 1991")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-delegation-cities",
    True,
    "Астана и Семей",
    "Семипалатинск, Астана",
)
add("incomplete", "kzjp-25-years.ru.toml", "atom-delegation-cities", False, "Астана")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-delegation-cities",
    False,
    "Алматы и Семей",
    "Курчатов и Семей",
)

add("exact", "kzjp-25-years.ru.toml", "atom-project-presentation-year", True, "2013", "в 2013 году")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-project-presentation-year", False, "2015", "2009")

add("exact", "kzjp-25-years.ru.toml", "atom-project-atom-name", True, "Проект АТОМ", "АТОМ", "ATOM Project")
add("extra_words", "kzjp-25-years.ru.toml", "atom-project-atom-name", True, "проект «АТОМ»")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-project-atom-name",
    False,
    "Японская программа",
    "Проект Манхэттен",
)

add("exact", "kzjp-25-years.ru.toml", "atom-akie-abe", True, "Акиэ Абэ", "Акие Абе", "Akie Abe", "Акиэ")
add("layout", "kzjp-25-years.ru.toml", "atom-akie-abe", True, "Frb' F,'")
add("same_surname", "kzjp-25-years.ru.toml", "atom-akie-abe", False, "Синдзо Абэ", "Shinzo Abe")
add("other_person", "kzjp-25-years.ru.toml", "atom-akie-abe", False, "Акихито")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-mayors-cities",
    True,
    "Хиросима и Нагасаки",
    "Нагасаки, Хиросима",
    "Hiroshima, Nagasaki",
)
add("incomplete", "kzjp-25-years.ru.toml", "atom-mayors-cities", False, "Хиросима", "Хиросима, Хиросима")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-mayors-cities", False, "Токио и Хиросима")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-ctbt-abbrev",
    True,
    "Договор о всеобъемлющем запрещении ядерных испытаний",
    "Договор о всеобъемлющем запрете ядерных испытаний",
)
add(
    "typo",
    "kzjp-25-years.ru.toml",
    "atom-ctbt-abbrev",
    True,
    "Договор о всеобьемлющем запрещении ядерных испытаний",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-ctbt-abbrev",
    False,
    "Договор о нераспространении ядерного оружия",
    "Договор о частичном запрещении ядерных испытаний",
)
add(
    "extra_content",
    "kzjp-25-years.ru.toml",
    "atom-ctbt-abbrev",
    False,
    "Организация Договора о всеобъемлющем запрещении ядерных испытаний",
)

add("exact", "kzjp-25-years.ru.toml", "atom-cochairs-appointed", True, "февраль 2015")
add("date_forms", "kzjp-25-years.ru.toml", "atom-cochairs-appointed", True, "в феврале 2015 г.", "02.2015")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-cochairs-appointed", False, "2015")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-cochairs-appointed", False, "сентябрь 2015")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-cochairs-appointed", False, "февраль 2016")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-cochairs-countries",
    True,
    "Казахстан и Япония",
    "Япония, Казахстан",
)
add("incomplete", "kzjp-25-years.ru.toml", "atom-cochairs-countries", False, "Казахстан")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-cochairs-countries", False, "Казахстан и США")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-cochairs-period",
    True,
    "2015–2017",
    "2015-2017 гг.",
    "с 2015 по 2017 год",
)
add("date_forms", "kzjp-25-years.ru.toml", "atom-cochairs-period", True, "2015-2017")
add(
    "wrong_year",
    "kzjp-25-years.ru.toml",
    "atom-cochairs-period",
    False,
    "2015–2016",
    "2016–2017",
    "2013–2015",
)
add("incomplete", "kzjp-25-years.ru.toml", "atom-cochairs-period", False, "2015")

add("exact", "kzjp-25-years.ru.toml", "atom-conference-date", True, "сентябрь 2015")
add("date_forms", "kzjp-25-years.ru.toml", "atom-conference-date", True, "в сентябре 2015 г.", "09.2015")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-conference-date", False, "2015")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-conference-date", False, "февраль 2015")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-conference-date", False, "сентябрь 2016")

add("exact", "kzjp-25-years.ru.toml", "atom-conference-city", True, "Нью-Йорк", "New York", "Нью Йорк")
add("inflection", "kzjp-25-years.ru.toml", "atom-conference-city", True, "в Нью-Йорке")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-conference-city", False, "Вена", "Женева", "Токио")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-statement-abe",
    True,
    "Синдзо Абэ",
    "Абэ",
    "Shinzo Abe",
    "Шинзо Абэ",
)
add("translit", "kzjp-25-years.ru.toml", "atom-statement-abe", True, "Шинзо Абе")
add("same_surname", "kzjp-25-years.ru.toml", "atom-statement-abe", False, "Акиэ Абэ")
add("other_person", "kzjp-25-years.ru.toml", "atom-statement-abe", False, "Хосокава", "Суга")
add("initials_only", "kzjp-25-years.ru.toml", "atom-statement-abe", False, "С.А.")

add("exact", "kzjp-25-years.ru.toml", "atom-statement-first", True, "октябрь 2015")
add("date_forms", "kzjp-25-years.ru.toml", "atom-statement-first", True, "в октябре 2015 года", "10.2015")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-statement-first", False, "2015")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-statement-first", False, "апрель 2016")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-statement-first", False, "октябрь 2016")

add("exact", "kzjp-25-years.ru.toml", "atom-statement-second", True, "апрель 2016")
add("date_forms", "kzjp-25-years.ru.toml", "atom-statement-second", True, "в апреле 2016 г.", "04.2016")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-statement-second", False, "2016")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-statement-second", False, "октябрь 2015")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-statement-second", False, "апрель 2015")

add("exact", "kzjp-25-years.ru.toml", "atom-panel-date", True, "21 августа 2016")
add("date_forms", "kzjp-25-years.ru.toml", "atom-panel-date", True, "21.08.2016")
add("too_imprecise", "kzjp-25-years.ru.toml", "atom-panel-date", False, "август 2016")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-panel-date", False, "29 августа 2016")
add("wrong_year", "kzjp-25-years.ru.toml", "atom-panel-date", False, "21 августа 2015")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-panel-museum",
    True,
    "Дайго Фукурю-мару",
    "музей «Дайго Фукурю-мару»",
    "Daigo Fukuryu Maru",
    "Дайго Фукурю мару",
)
add("split_merge", "kzjp-25-years.ru.toml", "atom-panel-museum", True, "Дайго Фукурюмару")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-panel-museum",
    False,
    "Мемориальный музей мира в Хиросиме",
    "Национальный музей Токио",
)

add("exact", "kzjp-25-years.ru.toml", "atom-panel-anniversary", True, "25")
add("number_words", "kzjp-25-years.ru.toml", "atom-panel-anniversary", True, "двадцать пять", "к 25-летию")
add("wrong_number", "kzjp-25-years.ru.toml", "atom-panel-anniversary", False, "20", "30")
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-panel-anniversary", False, "50")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-iaea",
    True,
    "МАГАТЭ",
    "IAEA",
    "Международное агентство по атомной энергии",
)
add("layout", "kzjp-25-years.ru.toml", "atom-iaea", True, 'VFUFN"')
add("neighbour_concept", "kzjp-25-years.ru.toml", "atom-iaea", False, "ОДВЗЯИ", "JICA", "ООН", "ОПЕК")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-coop-areas",
    True,
    "мирное использование атомной энергии, научно-техническое развитие, подготовка кадров",
)
add(
    "order",
    "kzjp-25-years.ru.toml",
    "atom-coop-areas",
    True,
    "добыча урана, подготовка кадров, научно-техническое развитие",
)
add("incomplete", "kzjp-25-years.ru.toml", "atom-coop-areas", False, "подготовка кадров, добыча урана")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-coop-areas",
    False,
    "строительство АЭС, добыча нефти, подготовка кадров",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-nnc-name",
    True,
    "Национальный ядерный центр",
    "НЯЦ",
    "НЯЦ РК",
    "Национальный ядерный центр РК",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-nnc-name",
    False,
    "Казатомпром",
    "Институт ядерной физики",
    "МАГАТЭ",
)

add("exact", "kzjp-25-years.ru.toml", "atom-nnc-years", True, "20")
add("number_words", "kzjp-25-years.ru.toml", "atom-nnc-years", True, "двадцать", "20 лет")
add("wrong_number", "kzjp-25-years.ru.toml", "atom-nnc-years", False, "25", "10")

add("exact", "kzjp-25-years.ru.toml", "atom-experiments-lwr", True, "COTELS и IVR-AM", "IVR AM, COTELS")
add("incomplete", "kzjp-25-years.ru.toml", "atom-experiments-lwr", False, "COTELS")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-experiments-lwr",
    False,
    "COTELS и CORMIT",
    "EAGLE и CORMIT",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-new-facilities",
    True,
    "CORMIT и EAGLE",
    "Fukushima Debris, CORMIT",
    "EAGLE, Фукусима Дебрис",
)
add("incomplete", "kzjp-25-years.ru.toml", "atom-new-facilities", False, "CORMIT")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-new-facilities",
    False,
    "COTELS и IVR-AM",
    "EAGLE и COTELS",
)

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "atom-experiments-result",
    True,
    "4",
    "четвёртый",
    "Возможность управления тяжелой аварией на АЭС с плавлением топлива",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "atom-experiments-result",
    False,
    "2",
    "2",
    "Невозможность плавления топлива в легководных реакторах",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "atom-jaea-training",
    True,
    "Агентство по атомной энергии Японии",
    "Японское агентство по атомной энергии",
    "JAEA",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "atom-jaea-training",
    False,
    "JICA",
    "МАГАТЭ",
    "Японское агентство международного сотрудничества",
)

add("exact", "kzjp-25-years.ru.toml", "jica-first-association-year", True, "1967", "в 1967 г.")
add(
    "neighbour_concept", "kzjp-25-years.ru.toml", "jica-first-association-year", False, "1961", "1970", "2010"
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "jica-first-association-country",
    True,
    "Филиппины",
    "на Филиппинах",
    "Philippines",
)
add("layout", "kzjp-25-years.ru.toml", "jica-first-association-country", True, "Abkbggbys")
add("typo", "kzjp-25-years.ru.toml", "jica-first-association-country", True, "Филлипины")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "jica-first-association-country",
    False,
    "Казахстан",
    "Япония",
    "Индонезия",
    "Таиланд",
)

add("exact", "kzjp-25-years.ru.toml", "jica-kz-founded", True, "март 2010")
add("date_forms", "kzjp-25-years.ru.toml", "jica-kz-founded", True, "в марте 2010 года", "03.2010")
add("too_imprecise", "kzjp-25-years.ru.toml", "jica-kz-founded", False, "2010")
add("wrong_year", "kzjp-25-years.ru.toml", "jica-kz-founded", False, "март 2011")
add("wrong_month", "kzjp-25-years.ru.toml", "jica-kz-founded", False, "июнь 2010")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "jica-kz-goal",
    True,
    "1",
    "первый",
    "Вклад в социально-экономическое развитие Казахстана",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "jica-kz-goal",
    False,
    "2",
    "Организация стажировок казахстанцев в Японии",
    "4",
)

add("exact", "kzjp-25-years.ru.toml", "jica-trained-count", True, "1200", "более 1200")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "jica-trained-count",
    True,
    "тысяча двести",
    "1 200",
    "более 1,2 тысячи",
)
add("neighbour_concept", "kzjp-25-years.ru.toml", "jica-trained-count", False, "200")
add("wrong_number", "kzjp-25-years.ru.toml", "jica-trained-count", False, "120", "12000", "1000")

add("exact", "kzjp-25-years.ru.toml", "jica-trainee-groups", True, "госслужащие, частный сектор, НПО")
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "jica-trainee-groups",
    True,
    "государственные служащие, представители частного сектора и неправительственные организации",
)
add("incomplete", "kzjp-25-years.ru.toml", "jica-trainee-groups", False, "госслужащие и НПО")
add("neighbour_concept", "kzjp-25-years.ru.toml", "jica-trainee-groups", False, "студенты, госслужащие, НПО")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "jica-training-fields",
    True,
    "экономика, финансы, сельское хозяйство",
    "здравоохранение, мониторинг качества воды, финансы",
)
add("incomplete", "kzjp-25-years.ru.toml", "jica-training-fields", False, "экономика, финансы")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "jica-training-fields",
    False,
    "экономика, атомная энергетика, информационные технологии",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "jica-kz-activities",
    True,
    "знакомство с культурой Японии, информационные бюллетени, ежегодное собрание",
    "база данных членов, исследования, бюллетени",
)
add("incomplete", "kzjp-25-years.ru.toml", "jica-kz-activities", False, "бюллетени, ежегодное собрание")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "jica-kz-activities",
    False,
    "выдача грантов, бюллетени, строительство школ",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "jica-joint-work",
    True,
    "совместные проекты и семинары по японским технологиям",
    "инструктаж перед отъездом, семинары",
)
add("incomplete", "kzjp-25-years.ru.toml", "jica-joint-work", False, "семинары")
add("neighbour_concept", "kzjp-25-years.ru.toml", "jica-joint-work", False, "семинары и выдача кредитов")

add("exact", "kzjp-25-years.ru.toml", "jica-meetings-count", True, "6")
add("number_words", "kzjp-25-years.ru.toml", "jica-meetings-count", True, "шесть", "6 собраний")
add("wrong_number", "kzjp-25-years.ru.toml", "jica-meetings-count", False, "7", "5", "10")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-name",
    True,
    "Япония–Казахстан: Мосты дружбы",
    "Мосты дружбы",
    "Япония и Казахстан: мосты дружбы",
    "«Мосты дружбы»",
)
add("layout", "kzjp-25-years.ru.toml", "bulletin-name", True, "Vjcns lhe;,s")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-name",
    False,
    "Журнал международного развития",
    "Мосты сотрудничества",
    "Казахстанская правда",
)

add("exact", "kzjp-25-years.ru.toml", "bulletin-first-issue-anniversary", True, "20")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "bulletin-first-issue-anniversary",
    True,
    "двадцать",
    "к 20-летию",
)
add("neighbour_concept", "kzjp-25-years.ru.toml", "bulletin-first-issue-anniversary", False, "25")
add("wrong_number", "kzjp-25-years.ru.toml", "bulletin-first-issue-anniversary", False, "10")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-initiator",
    True,
    "JICA",
    "Японское агентство международного сотрудничества",
    "Джайка",
)
add("case", "kzjp-25-years.ru.toml", "bulletin-initiator", True, "ДЖАЙКА")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-initiator",
    False,
    "Посольство Японии",
    "Агентство по атомной энергии Японии",
    "МИД Казахстана",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-first-issue-authors",
    True,
    "руководители JICA, японское посольство, члены казахстанского правительства",
    "национальные компании, ассоциации, JICA",
)
add("incomplete", "kzjp-25-years.ru.toml", "bulletin-first-issue-authors", False, "JICA и посольство Японии")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-first-issue-authors",
    False,
    "студенты, JICA, акимы",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-araki",
    True,
    "Араки Мицуя",
    "Мицуя Араки",
    "Mitsuya Araki",
    "Araki",
)
add("translit", "kzjp-25-years.ru.toml", "bulletin-araki", True, "Mituya Araki")
add("layout", "kzjp-25-years.ru.toml", "bulletin-araki", True, "Fhfrb Vbwez")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "bulletin-araki",
    False,
    "Кисё Курокава",
    "Итиро Кавабата",
    "Такео Кавамура",
    "Сарсенбай",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-journal",
    True,
    "Журнал международного развития",
    "«Журнал международного развития»",
    "Журнала международного развития",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-journal",
    False,
    "Мосты дружбы",
    "Журнал международных отношений",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-university",
    True,
    "Университет Досися",
    "Досися",
    "Doshisha",
    "Досиша",
)
add("translit", "kzjp-25-years.ru.toml", "bulletin-araki-university", True, "Дошиша")
add("layout", "kzjp-25-years.ru.toml", "bulletin-araki-university", True, "Ljcbcz")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-university",
    False,
    "Токийский университет",
    "Университет Нагасаки",
    "Университет Васэда",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-association",
    True,
    "Ассоциация по исследованиям мировой экономики",
    "Ассоциацию по исследованиям мировой экономики",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-association",
    False,
    "Ассоциация выпускников JICA",
    "Ассоциация банков Казахстана",
)
add(
    "extra_content",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-association",
    False,
    "Ассоциация по исследованиям японской экономики",
)

add("exact", "kzjp-25-years.ru.toml", "bulletin-araki-first-issue-year", True, "1967", "в 1967 году")
add("neighbour_concept", "kzjp-25-years.ru.toml", "bulletin-araki-first-issue-year", False, "1961", "1970")

add("exact", "kzjp-25-years.ru.toml", "bulletin-araki-director-year", True, "1970", "с 1970 года")
add("neighbour_concept", "kzjp-25-years.ru.toml", "bulletin-araki-director-year", False, "1967")
add("wrong_year", "kzjp-25-years.ru.toml", "bulletin-araki-director-year", False, "1971")

add("exact", "kzjp-25-years.ru.toml", "bulletin-araki-years-asia", True, "45")
add("number_words", "kzjp-25-years.ru.toml", "bulletin-araki-years-asia", True, "более 45", "сорок пять")
add("wrong_number", "kzjp-25-years.ru.toml", "bulletin-araki-years-asia", False, "54", "40", "25")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-oda",
    True,
    "Официальная помощь развитию",
    "ОПР",
    "ODA",
    "официальной помощи развитию",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-araki-oda",
    False,
    "гуманитарная помощь",
    "военная помощь",
    "техническая помощь",
)

add("exact", "kzjp-25-years.ru.toml", "bulletin-location", True, "Астана", "в Астане", "Astana")
add("neighbour_concept", "kzjp-25-years.ru.toml", "bulletin-location", False, "Алматы", "Токио", "Семей")

add("exact", "kzjp-25-years.ru.toml", "bulletin-mukuokai", True, "Мукуокай", "клуб «Мукуокай»", "Mukuokai")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-mukuokai",
    False,
    "Мосты дружбы",
    "Ассоциация выпускников JICA",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "bulletin-speakers",
    True,
    "министр экологии, министр здравоохранения, акимы",
    "вице-премьеры, главы национальных компаний, министр по ЧС",
)
add("incomplete", "kzjp-25-years.ru.toml", "bulletin-speakers", False, "министр экологии, акимы")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "bulletin-speakers",
    False,
    "министр обороны, министр экологии, студенты",
)
add(
    "real_word_typo",
    "kzjp-25-years.ru.toml",
    "bulletin-speakers",
    False,
    "министр геологии, министр здравоохранения, акимы",
)

add("exact", "kzjp-25-years.ru.toml", "bulletin-circulation", True, "1000", "1 000")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "bulletin-circulation",
    True,
    "тысяча",
    "1000 экземпляров",
    "тысяча экземпляров",
)
add("wrong_number", "kzjp-25-years.ru.toml", "bulletin-circulation", False, "100", "10 000", "2000")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "kurokawa-master-plan-author",
    True,
    "Кисё Курокава",
    "Кишо Курокава",
    "Kisho Kurokawa",
    "Курокава Кисё",
)
add("yo", "kzjp-25-years.ru.toml", "kurokawa-master-plan-author", True, "Кисе Курокава")
add("translit", "kzjp-25-years.ru.toml", "kurokawa-master-plan-author", True, "Kisyo Kurokawa")
add("layout", "kzjp-25-years.ru.toml", "kurokawa-master-plan-author", True, "Rbc` Rehjrfdf")
add("same_surname", "kzjp-25-years.ru.toml", "kurokawa-master-plan-author", False, "Микио Курокава")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "kurokawa-master-plan-author",
    False,
    "Кэндзо Танге",
    "Фумихико Маки",
)
add("initials_only", "kzjp-25-years.ru.toml", "kurokawa-master-plan-author", False, "К.К.")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-death-anniversary", True, "10")
add("number_words", "kzjp-25-years.ru.toml", "kurokawa-death-anniversary", True, "десять", "10 лет")
add("wrong_number", "kzjp-25-years.ru.toml", "kurokawa-death-anniversary", False, "20", "7", "17")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-metabolism", True, "метаболизм", "Metabolism")
add("inflection", "kzjp-25-years.ru.toml", "kurokawa-metabolism", True, "метаболизма")
add("layout", "kzjp-25-years.ru.toml", "kurokawa-metabolism", True, "vtnf,jkbpv")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "kurokawa-metabolism",
    False,
    "модернизм",
    "брутализм",
    "конструктивизм",
    "минимализм",
)

add("exact", "kzjp-25-years.ru.toml", "kurokawa-metabolism-year", True, "1960", "в 1960 г.")
add("neighbour_concept", "kzjp-25-years.ru.toml", "kurokawa-metabolism-year", False, "1945")
add("wrong_year", "kzjp-25-years.ru.toml", "kurokawa-metabolism-year", False, "1961", "1970")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "kurokawa-cofounders",
    True,
    "Киёнори Кикутакэ и Фумихико Маки",
    "Кикутаке, Маки",
    "Kikutake and Maki",
)
add("yo", "kzjp-25-years.ru.toml", "kurokawa-cofounders", True, "Фумихико Маки, Киенори Кикутакэ")
add("incomplete", "kzjp-25-years.ru.toml", "kurokawa-cofounders", False, "Кикутакэ")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "kurokawa-cofounders",
    False,
    "Кэндзо Танге и Фумихико Маки",
    "Маки и Микио Курокава",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "kurokawa-tange",
    True,
    "Кэндзо Танге",
    "Танге",
    "Тангэ",
    "Kenzo Tange",
    "Кензо Танге",
)
add("layout", "kzjp-25-years.ru.toml", "kurokawa-tange", True, "Nfyut")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "kurokawa-tange",
    False,
    "Кисё Курокава",
    "Фумихико Маки",
    "Тадао Андо",
)
add("initials_only", "kzjp-25-years.ru.toml", "kurokawa-tange", False, "К.Т.")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-tange-city", True, "Хиросима", "Хиросимы", "Hiroshima")
add("layout", "kzjp-25-years.ru.toml", "kurokawa-tange-city", True, "{bhjcbvf")
add("neighbour_concept", "kzjp-25-years.ru.toml", "kurokawa-tange-city", False, "Нагасаки", "Токио", "Осака")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "kurokawa-metabolism-association",
    True,
    "1",
    "первый",
    "С возрождением Японии после Второй мировой войны",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "kurokawa-metabolism-association",
    False,
    "2",
    "С реставрацией Мэйдзи",
    "3",
)

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "kurokawa-main-idea",
    True,
    "4",
    "ответ 4",
    "Гармония городской и природной среды",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "kurokawa-main-idea",
    False,
    "2",
    "Русло реки как архитектурная ось города",
    "3",
)

add("exact", "kzjp-25-years.ru.toml", "kurokawa-river-axis", True, "русло реки", "реку", "река", "русло")
add("layout", "kzjp-25-years.ru.toml", "kurokawa-river-axis", True, "heckj htrb")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "kurokawa-river-axis",
    False,
    "центральный проспект",
    "железную дорогу",
)

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "kurokawa-river-reason",
    True,
    "1",
    "первый",
    "Крупный город за несколько лет загрязнил бы жизненно важную артерию региона",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "kurokawa-river-reason",
    False,
    "2",
    "Это слишком дорого для молодой столицы",
    "4",
)

add("exact", "kzjp-25-years.ru.toml", "kurokawa-plan-duration", True, "2")
add("number_words", "kzjp-25-years.ru.toml", "kurokawa-plan-duration", True, "два", "два года", "2 года")
add("wrong_number", "kzjp-25-years.ru.toml", "kurokawa-plan-duration", False, "3", "1", "10")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-plan-completed", True, "2001", "в 2001 году")
add("wrong_year", "kzjp-25-years.ru.toml", "kurokawa-plan-completed", False, "2000", "1997")
add("neighbour_concept", "kzjp-25-years.ru.toml", "kurokawa-plan-completed", False, "2013")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-letter-year", True, "2013", "в 2013-м")
add("neighbour_concept", "kzjp-25-years.ru.toml", "kurokawa-letter-year", False, "2016")
add("wrong_year", "kzjp-25-years.ru.toml", "kurokawa-letter-year", False, "2017", "2012")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "kurokawa-letter-recipient",
    True,
    "Марат Тажин",
    "Тажин",
    "Marat Tazhin",
)
add("inflection", "kzjp-25-years.ru.toml", "kurokawa-letter-recipient", True, "Марату Тажину")
add("title", "kzjp-25-years.ru.toml", "kurokawa-letter-recipient", True, "госсекретарь Тажин")
add("layout", "kzjp-25-years.ru.toml", "kurokawa-letter-recipient", True, "Nf;by")
add("other_person", "kzjp-25-years.ru.toml", "kurokawa-letter-recipient", False, "Токаев", "Назарбаев")
add("initials_only", "kzjp-25-years.ru.toml", "kurokawa-letter-recipient", False, "М.Т.")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-letter-signatories", True, "200", "более 200")
add("number_words", "kzjp-25-years.ru.toml", "kurokawa-letter-signatories", True, "двести", "более двухсот")
add("neighbour_concept", "kzjp-25-years.ru.toml", "kurokawa-letter-signatories", False, "1200")
add("wrong_number", "kzjp-25-years.ru.toml", "kurokawa-letter-signatories", False, "20", "2000")

add(
    "choice_forms",
    "kzjp-25-years.ru.toml",
    "kurokawa-letter-request",
    True,
    "1",
    "первый",
    "Присвоить имя Кисё Курокавы одной из улиц (переулков, аллей) Астаны",
)
add(
    "wrong_choice",
    "kzjp-25-years.ru.toml",
    "kurokawa-letter-request",
    False,
    "2",
    "Установить памятник Кисё Курокаве",
    "3",
)

add("exact", "kzjp-25-years.ru.toml", "kurokawa-approval-year", True, "2016", "в 2016 г.")
add("neighbour_concept", "kzjp-25-years.ru.toml", "kurokawa-approval-year", False, "2013")
add("wrong_year", "kzjp-25-years.ru.toml", "kurokawa-approval-year", False, "2017")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-mikio", True, "Микио Курокава", "Микио", "Mikio Kurokawa")
add("same_surname", "kzjp-25-years.ru.toml", "kurokawa-mikio", False, "Кисё Курокава", "Кишо Курокава")
add("other_person", "kzjp-25-years.ru.toml", "kurokawa-mikio", False, "Кэндзо Танге")

add("exact", "kzjp-25-years.ru.toml", "kurokawa-mikio-visit", True, "сентябрь 2017")
add("date_forms", "kzjp-25-years.ru.toml", "kurokawa-mikio-visit", True, "в сентябре 2017 г.", "09.2017")
add("too_imprecise", "kzjp-25-years.ru.toml", "kurokawa-mikio-visit", False, "2017")
add("wrong_month", "kzjp-25-years.ru.toml", "kurokawa-mikio-visit", False, "июнь 2017")
add("wrong_year", "kzjp-25-years.ru.toml", "kurokawa-mikio-visit", False, "сентябрь 2016")

add("exact", "kzjp-25-years.ru.toml", "expo-opened", True, "10 июня 2017")
add("date_forms", "kzjp-25-years.ru.toml", "expo-opened", True, "10.06.2017")
add("too_imprecise", "kzjp-25-years.ru.toml", "expo-opened", False, "июнь 2017")
add("neighbour_concept", "kzjp-25-years.ru.toml", "expo-opened", False, "10 сентября 2017")
add("wrong_year", "kzjp-25-years.ru.toml", "expo-opened", False, "10 июня 2016")
add("wrong_day", "kzjp-25-years.ru.toml", "expo-opened", False, "12 июня 2017")

add("exact", "kzjp-25-years.ru.toml", "expo-closed", True, "10 сентября 2017")
add("date_forms", "kzjp-25-years.ru.toml", "expo-closed", True, "10.09.2017")
add("too_imprecise", "kzjp-25-years.ru.toml", "expo-closed", False, "сентябрь 2017")
add("neighbour_concept", "kzjp-25-years.ru.toml", "expo-closed", False, "10 июня 2017")
add("wrong_year", "kzjp-25-years.ru.toml", "expo-closed", False, "10 сентября 2018")

add("exact", "kzjp-25-years.ru.toml", "expo-total-visitors", True, "4", "около 4")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "expo-total-visitors",
    True,
    "четыре",
    "около четырёх миллионов",
    "4 млн",
)
add("wrong_number", "kzjp-25-years.ru.toml", "expo-total-visitors", False, "40", "3")

add("exact", "kzjp-25-years.ru.toml", "expo-japan-pavilion-visitors", True, "726 825", "726825")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "expo-japan-pavilion-visitors",
    True,
    "семьсот двадцать шесть тысяч восемьсот двадцать пять",
)
add(
    "wrong_number",
    "kzjp-25-years.ru.toml",
    "expo-japan-pavilion-visitors",
    False,
    "726 852",
    "627 825",
    "около 700 000",
)
add("neighbour_concept", "kzjp-25-years.ru.toml", "expo-japan-pavilion-visitors", False, "4 млн")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-ambassador",
    True,
    "Итиро Кавабата",
    "Кавабата",
    "Ичиро Кавабата",
    "Ichiro Kawabata",
)
add("title", "kzjp-25-years.ru.toml", "expo-ambassador", True, "посол Кавабата")
add("layout", "kzjp-25-years.ru.toml", "expo-ambassador", True, "Rfdf,fnf")
add(
    "other_person",
    "kzjp-25-years.ru.toml",
    "expo-ambassador",
    False,
    "Такео Кавамура",
    "Кавамура",
    "С. Нацуи",
)
add("same_surname", "kzjp-25-years.ru.toml", "expo-ambassador", False, "Ясунари Кавабата")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-slogan",
    True,
    "Smart Mix with Technology",
    "Smart Mix",
    "«Smart Mix with Technology»",
)
add("case", "kzjp-25-years.ru.toml", "expo-slogan", True, "smart mix with technology")
add("typo", "kzjp-25-years.ru.toml", "expo-slogan", True, "Smart Mix with Tecnology")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-slogan",
    False,
    "3E+S",
    "Future Energy",
    "Вызов Единой Японии",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-symbol",
    True,
    "красный круг",
    "красный круг, символизирующий Японию",
)
add("layout", "kzjp-25-years.ru.toml", "expo-symbol", True, "rhfcysq rheu")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-symbol",
    False,
    "синий круг",
    "красный квадрат",
    "цветок сакуры",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-three-colors",
    True,
    "традиционные источники энергии, возобновляемые источники энергии, энергия будущего",
)
add(
    "exact", "kzjp-25-years.ru.toml", "expo-three-colors", True, "традиционная энергия, ВИЭ, энергия будущего"
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "expo-three-colors",
    False,
    "традиционные источники энергии и энергия будущего",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-three-colors",
    False,
    "атомная энергия, ВИЭ, энергия будущего",
)

add("exact", "kzjp-25-years.ru.toml", "expo-3es-name", True, "3E+S", "3E + S", "3Е+S", "3E plus S")
add("neighbour_concept", "kzjp-25-years.ru.toml", "expo-3es-name", False, "Smart Mix with Technology")
add("wrong_number", "kzjp-25-years.ru.toml", "expo-3es-name", False, "2E+S")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-3es-components",
    True,
    "энергетическая безопасность, экономическая эффективность, окружающая среда, безопасность",
)
add(
    "translit",
    "kzjp-25-years.ru.toml",
    "expo-3es-components",
    True,
    "Energy Security, Economic Efficiency, Environment, Safety",
)
add(
    "incomplete",
    "kzjp-25-years.ru.toml",
    "expo-3es-components",
    False,
    "энергетическая безопасность, экономическая эффективность, окружающая среда",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-3es-components",
    False,
    "энергетическая безопасность, экономическая эффективность, образование, безопасность",
)

add("exact", "kzjp-25-years.ru.toml", "expo-3es-priority", True, "безопасность", "Safety")
add("layout", "kzjp-25-years.ru.toml", "expo-3es-priority", True, ",tpjgfcyjcnm")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-3es-priority",
    False,
    "энергетическая безопасность",
    "окружающая среда",
    "экономическая эффективность",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-one-japan-challenge",
    True,
    "Вызов Единой Японии",
    "«Вызов Единой Японии»",
    "Вызовом Единой Японии",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-one-japan-challenge",
    False,
    "Smart Mix with Technology",
    "Абэномика",
)

add("exact", "kzjp-25-years.ru.toml", "expo-pavilion-sectors", True, "3")
add("number_words", "kzjp-25-years.ru.toml", "expo-pavilion-sectors", True, "три", "на три сектора")
add("wrong_number", "kzjp-25-years.ru.toml", "expo-pavilion-sectors", False, "4", "2", "5")

add("exact", "kzjp-25-years.ru.toml", "expo-national-day", True, "22 июля 2017")
add("date_forms", "kzjp-25-years.ru.toml", "expo-national-day", True, "22.07.2017", "22 июля 2017 года")
add("too_imprecise", "kzjp-25-years.ru.toml", "expo-national-day", False, "июль 2017")
add("wrong_month", "kzjp-25-years.ru.toml", "expo-national-day", False, "22 июня 2017")
add("neighbour_concept", "kzjp-25-years.ru.toml", "expo-national-day", False, "5 июля 2017")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-filmmakers",
    True,
    "Акира Куросава и Нобору Игучи",
    "Куросава, Игути",
    "Akira Kurosawa, Noboru Iguchi",
)
add("incomplete", "kzjp-25-years.ru.toml", "expo-filmmakers", False, "Куросава")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-filmmakers",
    False,
    "Куросава и Миядзаки",
    "Такеши Китано и Игучи",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-national-day-show",
    True,
    "танцы гейш и парад",
    "владение катаной, традиционный японский парад",
)
add("incomplete", "kzjp-25-years.ru.toml", "expo-national-day-show", False, "танцы гейш")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-national-day-show",
    False,
    "сумо и чайная церемония",
    "танцы гейш, сумо",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-wagakki",
    True,
    "JAPAN TRADITIONAL MUSIC STAGE WAGAKKI",
    "WAGAKKI",
    "Вагакки",
)
add("case", "kzjp-25-years.ru.toml", "expo-wagakki", True, "wagakki")
add("neighbour_concept", "kzjp-25-years.ru.toml", "expo-wagakki", False, "Osaka Stage", "Кабуки")
add("other_person", "kzjp-25-years.ru.toml", "expo-wagakki", False, "Тацуо Камон")

add("exact", "kzjp-25-years.ru.toml", "expo-osaka-stage", True, "Osaka Stage", "Осака Стейдж")
# Second edition: the alias was removed, Осака is the city, not the troupe (review 1, #17).
add("neighbour_concept", "kzjp-25-years.ru.toml", "expo-osaka-stage", False, "Осака")
add("extra_words", "kzjp-25-years.ru.toml", "expo-osaka-stage", True, "труппа Osaka Stage")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-osaka-stage",
    False,
    "WAGAKKI",
    "Tokyo Stage",
    "театр Кабуки",
)

add("exact", "kzjp-25-years.ru.toml", "expo-kamon", True, "Тацуо Камон", "Камон", "Tatsuo Kamon")
add("translit", "kzjp-25-years.ru.toml", "expo-kamon", True, "Tatuo Kamon")
add("other_person", "kzjp-25-years.ru.toml", "expo-kamon", False, "Араки Мицуя", "Акира Куросава")
add("initials_only", "kzjp-25-years.ru.toml", "expo-kamon", False, "Т.К.")

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-choir",
    True,
    "Японский Исследовательский институт глобального индустриального и социального прогресса",
)
add(
    "exact",
    "kzjp-25-years.ru.toml",
    "expo-choir",
    True,
    "институт глобального индустриального и социального прогресса",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "expo-choir",
    False,
    "Институт «Казахстан-Япония»",
    "Японский центр международных финансов",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "institute-science-focus",
    True,
    "атомные технологии и предупреждение чрезвычайных ситуаций",
    "мирный атом, предупреждение ЧС",
)
add("incomplete", "kzjp-25-years.ru.toml", "institute-science-focus", False, "атомные технологии")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "institute-science-focus",
    False,
    "атомные технологии и медицина",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "institute-applied-science",
    True,
    "прикладная наука",
    "прикладной науки",
)
add("layout", "kzjp-25-years.ru.toml", "institute-applied-science", True, "ghbrkflyfz yferf")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "institute-applied-science",
    False,
    "фундаментальная наука",
    "гуманитарные науки",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "institute-name",
    True,
    "Институт «Казахстан-Япония»",
    "Казахстан-Япония",
    "Казахстанско-японский институт",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "institute-name",
    False,
    "Международный научный комплекс «Астана»",
    "Институт онкологии и радиологии",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "institute-base",
    True,
    "Международный научный комплекс «Астана»",
    "МНК «Астана»",
    "МНК Астана",
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "institute-base",
    False,
    "Ассоциация выпускников JICA",
    "Международный финансовый центр «Астана»",
    "Назарбаев Университет",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "institute-activities",
    True,
    "научно-прикладная, экспертно-аналитическая, консалтинговая",
)
add(
    "order",
    "kzjp-25-years.ru.toml",
    "institute-activities",
    True,
    "консалтинг, научно-прикладная деятельность, экспертно-аналитическая деятельность",
)
add(
    "incomplete", "kzjp-25-years.ru.toml", "institute-activities", False, "научно-прикладная и консалтинговая"
)
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "institute-activities",
    False,
    "образовательная, консалтинговая, экспертно-аналитическая",
)

add(
    "exact",
    "kzjp-25-years.ru.toml",
    "conclusion-author-posts",
    True,
    "директор МНК «Астана», академик РАЕН, президент Ассоциации выпускников JICA",
)
add(
    "order",
    "kzjp-25-years.ru.toml",
    "conclusion-author-posts",
    True,
    "главный редактор вестника, президент Ассоциации выпускников JICA в РК, директор МНК",
)
add("incomplete", "kzjp-25-years.ru.toml", "conclusion-author-posts", False, "директор МНК, главный редактор")
add(
    "neighbour_concept",
    "kzjp-25-years.ru.toml",
    "conclusion-author-posts",
    False,
    "посол Казахстана в Японии, академик РАЕН, главный редактор",
)

# ---------------------------------------------------------------------------------------------
# kzjp-25-years.en.toml
# ---------------------------------------------------------------------------------------------
add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-author",
    True,
    "N. A. Sarsenbay",
    "Sarsenbay",
    "Nurlan Sarsenbay",
    "Sarsenbai",
    "Сарсенбай",
)
add("title", "kzjp-25-years.en.toml", "high-level-author", True, "Academician Sarsenbay")
add("other_person", "kzjp-25-years.en.toml", "high-level-author", False, "Nazarbayev", "Mitsuya Araki")
add("initials_only", "kzjp-25-years.en.toml", "high-level-author", False, "N. A.")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-cultural-influence",
    True,
    "Japanese cuisine, Japanese design, Japanese language",
)
add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-cultural-influence",
    True,
    "martial arts, Japanese quality standards, oriental minimalism",
)
add(
    "list_forms",
    "kzjp-25-years.en.toml",
    "high-level-cultural-influence",
    True,
    "1) Japanese restaurants 2) studying Japanese 3) Japanese culture",
)
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "high-level-cultural-influence",
    False,
    "Japanese cuisine and Japanese language",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-cultural-influence",
    False,
    "Japanese cuisine, Japanese cars, Japanese electronics",
)

add("exact", "kzjp-25-years.en.toml", "high-level-recognition-date", True, "28 December 1991")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "high-level-recognition-date",
    True,
    "December 28, 1991",
    "28.12.1991",
)
add("too_imprecise", "kzjp-25-years.en.toml", "high-level-recognition-date", False, "1991", "December 1991")
add("wrong_year", "kzjp-25-years.en.toml", "high-level-recognition-date", False, "28 December 1992")
add("wrong_month", "kzjp-25-years.en.toml", "high-level-recognition-date", False, "28 November 1991")

add("exact", "kzjp-25-years.en.toml", "high-level-diplomatic-relations-year", True, "1992")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "high-level-diplomatic-relations-year",
    True,
    "in 1992",
    "26 January 1992",
)
add("wrong_year", "kzjp-25-years.en.toml", "high-level-diplomatic-relations-year", False, "1991", "1993")
add("hedge", "kzjp-25-years.en.toml", "high-level-diplomatic-relations-year", False, "1991 or 1992")
add("negation", "kzjp-25-years.en.toml", "high-level-diplomatic-relations-year", False, "not in 1992")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-first-visit-who",
    True,
    "M. Watanabe",
    "Watanabe",
    "Michio Watanabe",
    "Ватанабэ",
)
add("title", "kzjp-25-years.en.toml", "high-level-first-visit-who", True, "Foreign Minister Watanabe")
add("other_person", "kzjp-25-years.en.toml", "high-level-first-visit-who", False, "Hosokawa", "Abe")
add("same_surname", "kzjp-25-years.en.toml", "high-level-first-visit-who", False, "Koji Watanabe")
add("initials_only", "kzjp-25-years.en.toml", "high-level-first-visit-who", False, "M. W.")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "high-level-first-visit-post",
    True,
    "4",
    "fourth",
    "option 4",
    "Deputy Prime Minister and Minister for Foreign Affairs of Japan",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "high-level-first-visit-post",
    False,
    "2",
    "Prime Minister of Japan",
    "3",
)
add("hedge", "kzjp-25-years.en.toml", "high-level-first-visit-post", False, "1 or 2")

add("exact", "kzjp-25-years.en.toml", "high-level-first-visit-date", True, "May 1992")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "high-level-first-visit-date",
    True,
    "in May 1992",
    "May '92",
    "05/1992",
)
add("too_imprecise", "kzjp-25-years.en.toml", "high-level-first-visit-date", False, "1992")
add("wrong_year", "kzjp-25-years.en.toml", "high-level-first-visit-date", False, "May 1993")
add("wrong_month", "kzjp-25-years.en.toml", "high-level-first-visit-date", False, "April 1992")
add("neighbour_concept", "kzjp-25-years.en.toml", "high-level-first-visit-date", False, "January 1992")

add("exact", "kzjp-25-years.en.toml", "high-level-breakthrough-visits", True, "1994 and 1999", "1994, 1999")
add("order", "kzjp-25-years.en.toml", "high-level-breakthrough-visits", True, "in 1999 and 1994")
add("incomplete", "kzjp-25-years.en.toml", "high-level-breakthrough-visits", False, "1994")
add("wrong_year", "kzjp-25-years.en.toml", "high-level-breakthrough-visits", False, "1994 and 1997")
add("neighbour_concept", "kzjp-25-years.en.toml", "high-level-breakthrough-visits", False, "1994 and 2008")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-book-of-memory",
    True,
    "the Book of Memory",
    "Book of Memory",
    "Book of Remembrance",
)
add("case", "kzjp-25-years.en.toml", "high-level-book-of-memory", True, "the book of memory")
add(
    "extra_words",
    "kzjp-25-years.en.toml",
    "high-level-book-of-memory",
    True,
    "the Book of Memory with lists of Japanese prisoners of war",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-book-of-memory",
    False,
    "the Order of Altyn Kyran",
    "a Joint Statement",
    "the Red Book",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-book-of-memory-recipient",
    True,
    "M. Hosokawa",
    "Hosokawa",
    "Morihiro Hosokawa",
    "Хосокава",
)
add("title", "kzjp-25-years.en.toml", "high-level-book-of-memory-recipient", True, "Prime Minister Hosokawa")
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "high-level-book-of-memory-recipient",
    False,
    "Watanabe",
    "Hashimoto",
    "Akihito",
)
add("initials_only", "kzjp-25-years.en.toml", "high-level-book-of-memory-recipient", False, "M. H.")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "high-level-book-of-memory-content",
    True,
    "2",
    "second",
    "lists of Japanese prisoners of war who died on Kazakh territory",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "high-level-book-of-memory-content",
    False,
    "1",
    "lists of victims of the Semipalatinsk nuclear tests",
    "4",
)

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "high-level-joint-statement-1999",
    True,
    "3",
    "third",
    "the Joint Statement on Friendship, Partnership and Cooperation",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "high-level-joint-statement-1999",
    False,
    "2",
    "1",
    "the Convention for the Avoidance of Double Taxation",
)

add("exact", "kzjp-25-years.en.toml", "high-level-third-visit-year", True, "2008", "in 2008")
add("neighbour_concept", "kzjp-25-years.en.toml", "high-level-third-visit-year", False, "2016")
add("wrong_year", "kzjp-25-years.en.toml", "high-level-third-visit-year", False, "2007", "2009")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-chrysanthemum-order",
    True,
    "the Order of the Chrysanthemum with Grand Cordon",
    "Order of the Chrysanthemum",
    "Grand Cordon of the Order of the Chrysanthemum",
)
add("case", "kzjp-25-years.en.toml", "high-level-chrysanthemum-order", True, "the order of the chrysanthemum")
add("typo", "kzjp-25-years.en.toml", "high-level-chrysanthemum-order", True, "Order of the Chrysantemum")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-chrysanthemum-order",
    False,
    "Altyn Kyran",
    "the Order of the Rising Sun",
    "the Order of the Sacred Treasure",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-altyn-kyran",
    True,
    "the Order of Altyn Kyran",
    "Altyn Kyran",
    "Altyn Qyran",
    "Golden Eagle",
)
add("order", "kzjp-25-years.en.toml", "high-level-altyn-kyran", True, "the Altyn Kyran order")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-altyn-kyran",
    False,
    "Order of the Chrysanthemum",
    "the Order of Dostyk",
    "the Order of Otan",
)

add("exact", "kzjp-25-years.en.toml", "high-level-akihito", True, "Akihito", "Emperor Akihito", "Акихито")
add("other_person", "kzjp-25-years.en.toml", "high-level-akihito", False, "Naruhito", "Hirohito", "Hosokawa")

add("exact", "kzjp-25-years.en.toml", "high-level-visit-2016-date", True, "November 2016")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "high-level-visit-2016-date",
    True,
    "Nov 2016",
    "8 November 2016",
    "11/2016",
)
add("too_imprecise", "kzjp-25-years.en.toml", "high-level-visit-2016-date", False, "2016")
add("wrong_year", "kzjp-25-years.en.toml", "high-level-visit-2016-date", False, "November 2017")
add("wrong_month", "kzjp-25-years.en.toml", "high-level-visit-2016-date", False, "October 2016")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "high-level-statement-2016-title",
    True,
    "2",
    "second",
    '"On Expanded Strategic Partnership in the Age of Asian Prosperity"',
)
add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "high-level-statement-2016-title",
    True,
    "On Expanded Strategic Partnership in the Age of Asian Prosperity",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "high-level-statement-2016-title",
    False,
    "1",
    "3",
    '"On Friendship, Partnership and Cooperation"',
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-partnership-status",
    True,
    "expanded strategic partnership",
    "extended strategic partnership",
    "enhanced strategic partnership",
)
add(
    "extra_words",
    "kzjp-25-years.en.toml",
    "high-level-partnership-status",
    True,
    "an expanded strategic partnership",
)
add("incomplete", "kzjp-25-years.en.toml", "high-level-partnership-status", False, "strategic partnership")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-partnership-status",
    False,
    "friendship, partnership and cooperation",
    "an alliance",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-statement-2016-roadmap",
    True,
    "a road map",
    "roadmap",
    "road map for further cooperation",
)
add("split_merge", "kzjp-25-years.en.toml", "high-level-statement-2016-roadmap", True, "a roadmap")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-statement-2016-roadmap",
    False,
    "the Book of Memory",
    "a declaration of intent",
)

add("exact", "kzjp-25-years.en.toml", "high-level-abe", True, "S. Abe", "Abe", "Shinzo Abe", "Абэ")
add("title", "kzjp-25-years.en.toml", "high-level-abe", True, "Prime Minister Abe")
add("order", "kzjp-25-years.en.toml", "high-level-abe", True, "Abe Shinzo")
add("same_surname", "kzjp-25-years.en.toml", "high-level-abe", False, "Akie Abe")
add("other_person", "kzjp-25-years.en.toml", "high-level-abe", False, "Hosokawa", "Suga")
add("initials_only", "kzjp-25-years.en.toml", "high-level-abe", False, "S. A.")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-parliament-speech-first",
    True,
    "the post-Soviet space",
    "post-Soviet",
    "post-Soviet countries",
    "post-Soviet states",
)
add(
    "split_merge",
    "kzjp-25-years.en.toml",
    "high-level-parliament-speech-first",
    True,
    "the post Soviet space",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-parliament-speech-first",
    False,
    "the European space",
    "the Asian space",
)

add("exact", "kzjp-25-years.en.toml", "high-level-books", True, "The Critical Decade, The Kazakhstan Way")
add(
    "exact",
    "kzjp-25-years.en.toml",
    "high-level-books",
    True,
    "Policy of Peace and Accord and Critical Decade",
)
add("list_forms", "kzjp-25-years.en.toml", "high-level-books", True, "The Kazakhstan Path; Politics of Peace")
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "high-level-books",
    False,
    "The Critical Decade",
    "The Kazakhstan Way, The Kazakhstan Way",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "high-level-books",
    False,
    "Epicentre of Peace, On the Threshold of the 21st Century",
)

add("exact", "kzjp-25-years.en.toml", "parliament-league-age", True, "20")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "parliament-league-age",
    True,
    "more than 20",
    "over twenty",
    "twenty",
)
add("wrong_number", "kzjp-25-years.en.toml", "parliament-league-age", False, "25", "10")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "parliament-league-chair",
    True,
    "Takeo Kawamura",
    "Kawamura",
    "T. Kawamura",
    "Кавамура",
)
add("order", "kzjp-25-years.en.toml", "parliament-league-chair", True, "Kawamura Takeo")
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "parliament-league-chair",
    False,
    "Kawabata",
    "Ichiro Kawabata",
    "Watanabe",
)
add("initials_only", "kzjp-25-years.en.toml", "parliament-league-chair", False, "T. K.")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "parliament-kawamura-former-post",
    True,
    "3",
    "third",
    "Chief Cabinet Secretary of Japan",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "parliament-kawamura-former-post",
    False,
    "2",
    "Prime Minister of Japan",
    "4",
)

add("exact", "kzjp-25-years.en.toml", "parliament-senate-group-year", True, "2004", "in 2004")
add("neighbour_concept", "kzjp-25-years.en.toml", "parliament-senate-group-year", False, "2005")
add("wrong_year", "kzjp-25-years.en.toml", "parliament-senate-group-year", False, "2006")

add("exact", "kzjp-25-years.en.toml", "parliament-mazhilis-group-date", True, "June 2005")
add("date_forms", "kzjp-25-years.en.toml", "parliament-mazhilis-group-date", True, "in June 2005", "Jun 2005")
add("too_imprecise", "kzjp-25-years.en.toml", "parliament-mazhilis-group-date", False, "2005")
add("wrong_month", "kzjp-25-years.en.toml", "parliament-mazhilis-group-date", False, "July 2005")
add("wrong_year", "kzjp-25-years.en.toml", "parliament-mazhilis-group-date", False, "June 2004")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "parliament-abykaev",
    True,
    "Nurtai Abykayev",
    "Abykayev",
    "Abykaev",
    "Nurtay Abykayev",
    "Абыкаев",
)
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "parliament-abykaev",
    False,
    "Kairat Mami",
    "Tokayev",
    "Mukhamedzhanov",
)
add("initials_only", "kzjp-25-years.en.toml", "parliament-abykaev", False, "N. A.")

add("exact", "kzjp-25-years.en.toml", "parliament-mami", True, "Kairat Mami", "Mami", "K. Mami")
add("title", "kzjp-25-years.en.toml", "parliament-mami", True, "Senate Chairman Mami")
add("other_person", "kzjp-25-years.en.toml", "parliament-mami", False, "Abykayev", "Tokayev")
add("initials_only", "kzjp-25-years.en.toml", "parliament-mami", False, "K. M.")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "parliament-mukhamedzhanov",
    True,
    "Ural Mukhamedzhanov",
    "Mukhamedzhanov",
    "Mukhamedjanov",
    "U. Mukhamedzhanov",
)
add("other_person", "kzjp-25-years.en.toml", "parliament-mukhamedzhanov", False, "Abykayev", "Mami")
add("initials_only", "kzjp-25-years.en.toml", "parliament-mukhamedzhanov", False, "U. M.")

add("exact", "kzjp-25-years.en.toml", "parliament-japanese-delegations", True, "9")
add("number_words", "kzjp-25-years.en.toml", "parliament-japanese-delegations", True, "nine", "9 delegations")
add("neighbour_concept", "kzjp-25-years.en.toml", "parliament-japanese-delegations", False, "4")
add("wrong_number", "kzjp-25-years.en.toml", "parliament-japanese-delegations", False, "6", "19")

add("exact", "kzjp-25-years.en.toml", "parliament-ex-pm-delegations", True, "4")
add("number_words", "kzjp-25-years.en.toml", "parliament-ex-pm-delegations", True, "four", "four delegations")
add("neighbour_concept", "kzjp-25-years.en.toml", "parliament-ex-pm-delegations", False, "9")
add("wrong_number", "kzjp-25-years.en.toml", "parliament-ex-pm-delegations", False, "3", "5")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "parliament-isimbayeva",
    True,
    "G. Isimbayeva",
    "Isimbayeva",
    "Gulmira Isimbayeva",
    "Isimbaeva",
)
add("other_person", "kzjp-25-years.en.toml", "parliament-isimbayeva", False, "Mukhamedzhanov", "Mami")
add("initials_only", "kzjp-25-years.en.toml", "parliament-isimbayeva", False, "G. I.")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "parliament-population-conference",
    True,
    "4",
    "fourth",
    "the Global Conference of Parliamentarians on Population and Development",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "parliament-population-conference",
    False,
    "2",
    "3",
    "the EXPO-2017 international exhibition",
)

add("exact", "kzjp-25-years.en.toml", "parliament-population-conference-date", True, "April 2016")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "parliament-population-conference-date",
    True,
    "25-28 April 2016",
    "Apr 2016",
)
add("too_imprecise", "kzjp-25-years.en.toml", "parliament-population-conference-date", False, "2016")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "parliament-population-conference-date",
    False,
    "November 2016",
    "April 2013",
)

add("exact", "kzjp-25-years.en.toml", "parliament-speech-date", True, "8 November 2016")
add("date_forms", "kzjp-25-years.en.toml", "parliament-speech-date", True, "November 8, 2016", "08.11.2016")
add("too_imprecise", "kzjp-25-years.en.toml", "parliament-speech-date", False, "November 2016", "2016")
add("wrong_day", "kzjp-25-years.en.toml", "parliament-speech-date", False, "9 November 2016")
add("wrong_year", "kzjp-25-years.en.toml", "parliament-speech-date", False, "8 November 2017")

add("exact", "kzjp-25-years.en.toml", "parliament-tokayev-kawamura-date", True, "5 July 2017")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "parliament-tokayev-kawamura-date",
    True,
    "July 5, 2017",
    "05.07.2017",
)
add("too_imprecise", "kzjp-25-years.en.toml", "parliament-tokayev-kawamura-date", False, "July 2017")
add("wrong_month", "kzjp-25-years.en.toml", "parliament-tokayev-kawamura-date", False, "5 June 2017")
add("wrong_year", "kzjp-25-years.en.toml", "parliament-tokayev-kawamura-date", False, "5 July 2016")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "parliament-tokayev",
    True,
    "Kassym-Jomart Tokayev",
    "Tokayev",
    "K. Tokayev",
    "K.-J. Tokayev",
    "Tokaev",
)
add("patronymic", "kzjp-25-years.en.toml", "parliament-tokayev", True, "Kassym-Jomart Kemelevich Tokayev")
add("title", "kzjp-25-years.en.toml", "parliament-tokayev", True, "Senate Chairman Tokayev")
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "parliament-tokayev",
    False,
    "Kairat Mami",
    "Abykayev",
    "Nazarbayev",
)
add("initials_only", "kzjp-25-years.en.toml", "parliament-tokayev", False, "K.-J. T.")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "parliament-kawamura-house",
    True,
    "the House of Representatives",
    "House of Representatives",
    "lower house",
)
add("extra_words", "kzjp-25-years.en.toml", "parliament-kawamura-house", True, "the lower house")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "parliament-kawamura-house",
    False,
    "House of Councillors",
    "the upper house",
    "the Senate",
)

add("exact", "kzjp-25-years.en.toml", "parliament-expo-2017", True, "EXPO-2017", "EXPO 2017", "Expo-2017")
add("extra_words", "kzjp-25-years.en.toml", "parliament-expo-2017", True, "the EXPO-2017 exhibition")
add("wrong_year", "kzjp-25-years.en.toml", "parliament-expo-2017", False, "EXPO 2010", "EXPO 2025")
add("neighbour_concept", "kzjp-25-years.en.toml", "parliament-expo-2017", False, "the Olympic Games")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-landmark-projects",
    True,
    "the international airport in Astana, railways, roads",
)
add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-landmark-projects",
    True,
    "modernisation of energy facilities, medical institutions, staff training",
)
add(
    "list_forms",
    "kzjp-25-years.en.toml",
    "economy-landmark-projects",
    True,
    "Astana airport; railway network; sports facilities",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-landmark-projects", False, "Astana airport and railways")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-landmark-projects",
    False,
    "West Munkuduk, KazMunayGas, the Irtysh bridge",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-training-orgs",
    True,
    "JICA and JBIC",
    "Japan International Cooperation Agency, Japan Cooperation Center for Petroleum",
    "JBIC, JCCP",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-training-orgs", False, "JICA")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-training-orgs",
    False,
    "JICA and the EBRD",
    "Eximbank and JUKI",
)

add("exact", "kzjp-25-years.en.toml", "economy-joint-commission-date", True, "December 1993")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "economy-joint-commission-date",
    True,
    "since December 1993",
    "Dec 1993",
)
add("too_imprecise", "kzjp-25-years.en.toml", "economy-joint-commission-date", False, "1993")
add("neighbour_concept", "kzjp-25-years.en.toml", "economy-joint-commission-date", False, "January 1993")
add("wrong_year", "kzjp-25-years.en.toml", "economy-joint-commission-date", False, "December 1994")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-strategic-planning-agency",
    True,
    "the Agency for Strategic Planning and Reforms",
    "Agency for Strategic Planning",
    "Strategic Planning and Reforms Agency",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-strategic-planning-agency",
    False,
    "State Committee for Investments",
    "Association of Banks of Kazakhstan",
    "the Foreign Ministry",
)

add("exact", "kzjp-25-years.en.toml", "economy-tokyo-conference-date", True, "March 1998")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-date",
    True,
    "early March 1998",
    "Mar 1998",
)
add("too_imprecise", "kzjp-25-years.en.toml", "economy-tokyo-conference-date", False, "1998")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-date",
    False,
    "May 1998",
    "March 1983",
)

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-name",
    True,
    "2",
    "second",
    '"Tokyo Economic Conference on Attracting Investment to Central Asia"',
)
add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-name",
    True,
    "Tokyo Economic Conference on Attracting Investment to Central Asia",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-name",
    False,
    "1",
    "3",
    '"Joint Commission on Economic Cooperation"',
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-ebrd",
    True,
    "the European Bank for Reconstruction and Development",
    "EBRD",
    "European Bank for Reconstruction and Development",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-ebrd",
    False,
    "Export-Import Bank of Japan",
    "the World Bank",
    "the Asian Development Bank",
    "Japan Bank for International Cooperation",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-kz-delegation",
    True,
    "the Agency for Strategic Planning and Reforms and the Association of Banks of Kazakhstan",
)
add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-kz-delegation",
    True,
    "State Investment Committee, Association of Banks",
)
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-kz-delegation",
    False,
    "Association of Banks",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-tokyo-conference-kz-delegation",
    False,
    "EBRD and JUKI",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-jcif-organizer",
    True,
    "the Japan Center for International Finance",
    "JCIF",
)
add("typo", "kzjp-25-years.en.toml", "economy-jcif-organizer", True, "Japan Centre for International Finance")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-jcif-organizer",
    False,
    "EBRD",
    "Overseas Economic Cooperation Fund",
    "JICA",
)

add("exact", "kzjp-25-years.en.toml", "economy-jcif-founded", True, "March 1983")
add("date_forms", "kzjp-25-years.en.toml", "economy-jcif-founded", True, "Mar 1983", "in March 1983")
add("too_imprecise", "kzjp-25-years.en.toml", "economy-jcif-founded", False, "1983")
add("neighbour_concept", "kzjp-25-years.en.toml", "economy-jcif-founded", False, "March 1998")
add("wrong_year", "kzjp-25-years.en.toml", "economy-jcif-founded", False, "March 1993")

add("exact", "kzjp-25-years.en.toml", "economy-investors-number", True, "250", "about 250")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "economy-investors-number",
    True,
    "two hundred and fifty",
    "around 250",
)
add("wrong_number", "kzjp-25-years.en.toml", "economy-investors-number", False, "200", "25", "2500")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-ebrd-role",
    True,
    "project coordinator",
    "coordinator of projects",
    "coordinator",
    "a coordinator of projects",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-ebrd-role",
    False,
    "main organiser",
    "investor",
    "sponsor",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-forum-meetings",
    True,
    "the Economic Cooperation Fund of Japan and the Export-Import Bank of Japan",
    "Eximbank, JUKI",
)
add("order", "kzjp-25-years.en.toml", "economy-forum-meetings", True, "JUKI and OECF")
add("incomplete", "kzjp-25-years.en.toml", "economy-forum-meetings", False, "JUKI")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-forum-meetings",
    False,
    "JICA and JBIC",
    "Eximbank and Marubeni",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-juki-industry",
    True,
    "light and textile industry",
    "textile industry",
    "light industry",
    "textiles",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-juki-industry",
    False,
    "heavy industry",
    "car manufacturing",
    "oil and gas",
)

add(
    "exact", "kzjp-25-years.en.toml", "economy-sumitomo", True, "Sumitomo Corporation", "Sumitomo", "Сумитомо"
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-sumitomo",
    False,
    "Marubeni",
    "Mitsui Corporation",
    "JUKI",
    "Mitsubishi",
)

add("exact", "kzjp-25-years.en.toml", "economy-memoranda-date", True, "16 May 1998")
add("date_forms", "kzjp-25-years.en.toml", "economy-memoranda-date", True, "May 16, 1998", "16.05.1998")
add("too_imprecise", "kzjp-25-years.en.toml", "economy-memoranda-date", False, "May 1998")
add("wrong_year", "kzjp-25-years.en.toml", "economy-memoranda-date", False, "16 May 1999")
add("wrong_day", "kzjp-25-years.en.toml", "economy-memoranda-date", False, "15 May 1998")

add(
    "exact", "kzjp-25-years.en.toml", "economy-marubeni", True, "Marubeni Corporation", "Marubeni", "Марубени"
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-marubeni",
    False,
    "Sumitomo",
    "INPEX",
    "Mitsui Corporation",
)

add("exact", "kzjp-25-years.en.toml", "economy-consortium-size", True, "6")
add("number_words", "kzjp-25-years.en.toml", "economy-consortium-size", True, "six", "six companies")
add("wrong_number", "kzjp-25-years.en.toml", "economy-consortium-size", False, "5", "7", "16")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-consortium-members",
    True,
    "INPEX, JAPEX, Teikoku Oil",
    "Mitsui Oil Exploration, Nippon Oil Exploration, Mitsui Corporation",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-consortium-members", False, "INPEX, JAPEX")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-consortium-members",
    False,
    "Marubeni, Sumitomo, INPEX",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-earlier-infrastructure",
    True,
    "Druzhba railway station, the bridge over the Irtysh, Astana airport",
)
add(
    "order",
    "kzjp-25-years.en.toml",
    "economy-earlier-infrastructure",
    True,
    "Caspian shelf, Irtysh bridge, Druzhba station",
)
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "economy-earlier-infrastructure",
    False,
    "Druzhba station and the Irtysh bridge",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-earlier-infrastructure",
    False,
    "a bridge over the Ural, Druzhba station, Almaty airport",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-new-focus",
    True,
    "creating industrial complexes and developing individual regions",
    "industrial complexes, regional development",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-new-focus", False, "industrial complexes")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-new-focus",
    False,
    "financing infrastructure projects",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-strategies",
    True,
    "Nurly Zhol and Abenomics",
    "Abenomics, Nurly Jol",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-strategies", False, "Nurly Zhol")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-strategies",
    False,
    "Strategy 2050 and Abenomics",
    "Reaganomics and Nurly Zhol",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-agreements",
    True,
    "Agreement on the Mutual Protection and Promotion of Investments, Convention for the Avoidance of Double Taxation",
)
add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-agreements",
    True,
    "double taxation and peaceful use of atomic energy",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-agreements", False, "double taxation convention")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-agreements",
    False,
    "a free trade agreement and a visa agreement",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-eaeu-wto",
    True,
    "the EAEU and the WTO",
    "Eurasian Economic Union, World Trade Organization",
)
add("order", "kzjp-25-years.en.toml", "economy-eaeu-wto", True, "WTO, EAEU")
add("incomplete", "kzjp-25-years.en.toml", "economy-eaeu-wto", False, "WTO")
add("neighbour_concept", "kzjp-25-years.en.toml", "economy-eaeu-wto", False, "SCO and WTO", "EU and NATO")

add("exact", "kzjp-25-years.en.toml", "economy-branches-number", True, "74")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "economy-branches-number",
    True,
    "seventy-four",
    "74 branches and representative offices",
)
add("wrong_number", "kzjp-25-years.en.toml", "economy-branches-number", False, "47", "70")
add("neighbour_concept", "kzjp-25-years.en.toml", "economy-branches-number", False, "50")
add("negation", "kzjp-25-years.en.toml", "economy-branches-number", False, "not 74")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-branches-spheres",
    True,
    "oil, gas, metallurgy, finance",
    "logistics, medicine, agriculture, telecommunications",
)
add(
    "list_forms",
    "kzjp-25-years.en.toml",
    "economy-branches-spheres",
    True,
    "petrochemicals; logging; mining; car sales",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-branches-spheres", False, "oil, gas, metallurgy")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-branches-spheres",
    False,
    "tourism, education, oil, gas",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-aifc",
    True,
    "the Astana International Financial Centre",
    "AIFC",
    "Astana International Financial Center",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-aifc",
    False,
    "the Kazakhstan Stock Exchange",
    "the National Bank of Kazakhstan",
    "International Scientific Complex Astana",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-aifc-partners",
    True,
    "the Tokyo Stock Exchange and the Financial Services Agency of Japan",
    "TSE, JSDA",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-aifc-partners", False, "Tokyo Stock Exchange")
add("neighbour_concept", "kzjp-25-years.en.toml", "economy-aifc-partners", False, "Eximbank and JBIC")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "economy-smart-tech-areas",
    True,
    "ecology, security, transport",
    "communications, urban planning, transport",
    "environment, safety, city planning",
)
add(
    "real_word_typo",
    "kzjp-25-years.en.toml",
    "economy-smart-tech-areas",
    False,
    "geology, security, transport",
)
add("incomplete", "kzjp-25-years.en.toml", "economy-smart-tech-areas", False, "ecology, transport")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "economy-smart-tech-areas",
    False,
    "medicine, education, transport",
)

add("exact", "kzjp-25-years.en.toml", "healthcare-almaty-grant-year", True, "1997", "in 1997")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-almaty-grant-year", False, "1999")
add("wrong_year", "kzjp-25-years.en.toml", "healthcare-almaty-grant-year", False, "1998")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "healthcare-almaty-grant-amount",
    True,
    "3",
    "third",
    "1.365 million yen",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "healthcare-almaty-grant-amount",
    False,
    "2",
    "995 million yen",
    "4",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-almaty-grant-cities",
    True,
    "Almaty and Taldykorgan",
    "Alma-Ata, Taldy-Kurgan",
)
add("order", "kzjp-25-years.en.toml", "healthcare-almaty-grant-cities", True, "Taldykorgan, Almaty")
add("incomplete", "kzjp-25-years.en.toml", "healthcare-almaty-grant-cities", False, "Almaty")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-almaty-grant-cities",
    False,
    "Almaty and Kyzylorda",
)

add("exact", "kzjp-25-years.en.toml", "healthcare-almaty-grant-towns", True, "16", "sixteen")
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-almaty-grant-towns", False, "6", "60")

add("exact", "kzjp-25-years.en.toml", "healthcare-astana-children-year", True, "1999", "in 1999")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-astana-children-year", False, "2001", "1997")

add("exact", "kzjp-25-years.en.toml", "healthcare-astana-children-amount", True, "995", "995 million yen")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "healthcare-astana-children-amount",
    True,
    "nine hundred and ninety-five",
)
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-astana-children-amount", False, "959", "about 1000")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-astana-children-amount", False, "454")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-ambulance-centre",
    True,
    "the Emergency Medical Centre",
    "Emergency Medical Center",
    "ambulance centre",
    "Astana Emergency Medical Centre",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-ambulance-centre",
    False,
    "children's hospitals",
    "consultative and diagnostic centre",
    "the oncology centre",
)

add("exact", "kzjp-25-years.en.toml", "healthcare-ambulance-amount", True, "454", "454 million yen")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-ambulance-amount", False, "467", "995")
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-ambulance-amount", False, "445")

add("exact", "kzjp-25-years.en.toml", "healthcare-ambulance-service", True, "10")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "healthcare-ambulance-service",
    True,
    "more than 10 years",
    "ten",
    "over ten",
)
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-ambulance-service", False, "5", "20")

add(
    "exact", "kzjp-25-years.en.toml", "healthcare-kyzylorda-city", True, "Kyzylorda", "Kzyl-Orda", "Кызылорда"
)
add("split_merge", "kzjp-25-years.en.toml", "healthcare-kyzylorda-city", True, "Kyzyl-Orda")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-kyzylorda-city",
    False,
    "Taldykorgan",
    "Semipalatinsk",
    "Aktobe",
)

add("exact", "kzjp-25-years.en.toml", "healthcare-kyzylorda-year", True, "2002", "in 2002")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-kyzylorda-year", False, "2003")
add("wrong_year", "kzjp-25-years.en.toml", "healthcare-kyzylorda-year", False, "2001")

add("exact", "kzjp-25-years.en.toml", "healthcare-kyzylorda-amount", True, "467", "467 million yen")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-kyzylorda-amount", False, "454")
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-kyzylorda-amount", False, "476")

add("exact", "kzjp-25-years.en.toml", "healthcare-nagasaki-treaty-date", True, "March 1998")
add(
    "date_forms",
    "kzjp-25-years.en.toml",
    "healthcare-nagasaki-treaty-date",
    True,
    "Mar 1998",
    "in March 1998",
)
add("too_imprecise", "kzjp-25-years.en.toml", "healthcare-nagasaki-treaty-date", False, "1998")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-nagasaki-treaty-date", False, "May 1998")
add("wrong_year", "kzjp-25-years.en.toml", "healthcare-nagasaki-treaty-date", False, "March 1999")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-nagasaki-treaty-parties",
    True,
    "Semipalatinsk Medical Academy and Nagasaki University",
)
add(
    "order",
    "kzjp-25-years.en.toml",
    "healthcare-nagasaki-treaty-parties",
    True,
    "University of Nagasaki, Semey Medical Academy",
)
add("incomplete", "kzjp-25-years.en.toml", "healthcare-nagasaki-treaty-parties", False, "Nagasaki University")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-nagasaki-treaty-parties",
    False,
    "Hiroshima University and Semipalatinsk Medical Academy",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-radiological-medicine",
    True,
    "radiological medicine",
    "radiology",
    "radiation medicine",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-radiological-medicine",
    False,
    "oncology",
    "cardiology",
    "paediatrics",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-nagai-prize-name",
    True,
    "the Dr. Nagai Peace Memorial Prize",
    "Nagai Prize",
    "Dr. Nagai Peace Memorial",
    "Nagai Peace Memorial Prize",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-nagai-prize-name",
    False,
    "the Nobel Prize",
    "the Kurokawa Prize",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-nagai-prize-winner",
    True,
    "S. Balmukhanov",
    "Balmukhanov",
    "Academician Balmukhanov",
    "Saim Balmukhanov",
)
add("translit", "kzjp-25-years.en.toml", "healthcare-nagai-prize-winner", True, "Balmuhanov")
add(
    "other_person", "kzjp-25-years.en.toml", "healthcare-nagai-prize-winner", False, "Sarsenbay", "Nazarbayev"
)
add("initials_only", "kzjp-25-years.en.toml", "healthcare-nagai-prize-winner", False, "S. B.")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-balmukhanov-institute",
    True,
    "the Institute of Oncology and Radiology",
    "Institute of Oncology and Radiology",
)
add(
    "case",
    "kzjp-25-years.en.toml",
    "healthcare-balmukhanov-institute",
    True,
    "institute of oncology and radiology",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-balmukhanov-institute",
    False,
    "the Institute of Nuclear Physics",
    "the National Nuclear Center",
    "Semipalatinsk Medical Academy",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-expert-cities",
    True,
    "Nagasaki and Hiroshima",
    "Hiroshima, Nagasaki",
)
add(
    "incomplete", "kzjp-25-years.en.toml", "healthcare-expert-cities", False, "Nagasaki", "Nagasaki, Nagasaki"
)
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-expert-cities", False, "Tokyo and Nagasaki")

add("exact", "kzjp-25-years.en.toml", "healthcare-telebridge-date", True, "29 August 1999")
add(
    "date_forms", "kzjp-25-years.en.toml", "healthcare-telebridge-date", True, "August 29, 1999", "29.08.1999"
)
add("too_imprecise", "kzjp-25-years.en.toml", "healthcare-telebridge-date", False, "August 1999")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-telebridge-date", False, "29 August 1991")
add("wrong_day", "kzjp-25-years.en.toml", "healthcare-telebridge-date", False, "28 August 1999")

add("exact", "kzjp-25-years.en.toml", "healthcare-telebridge-anniversary", True, "50")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "healthcare-telebridge-anniversary",
    True,
    "fifty",
    "the 50th anniversary",
)
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-telebridge-anniversary", False, "25")
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-telebridge-anniversary", False, "40")

add("exact", "kzjp-25-years.en.toml", "healthcare-telebridge-cities", True, "Nagasaki, Semipalatinsk, Tokyo")
add("order", "kzjp-25-years.en.toml", "healthcare-telebridge-cities", True, "Tokyo, Semey and Nagasaki")
add(
    "incomplete", "kzjp-25-years.en.toml", "healthcare-telebridge-cities", False, "Nagasaki and Semipalatinsk"
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-telebridge-cities",
    False,
    "Hiroshima, Semipalatinsk, Tokyo",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-satellite",
    True,
    "satellite communication",
    "satellite link",
    "via satellite",
)
add("inflection", "kzjp-25-years.en.toml", "healthcare-satellite", True, "satellite communications")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-satellite",
    False,
    "the internet",
    "telephone",
    "post",
)

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "healthcare-project-name",
    True,
    "1",
    "first",
    '"Improving Medical Services for the Population Affected by Nuclear Tests"',
)
add("wrong_choice", "kzjp-25-years.en.toml", "healthcare-project-name", False, "2", '"The ATOM Project"', "3")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-project-components",
    True,
    "supplying equipment, training specialists, master classes",
    "screening, database, new diagnostic methods",
)
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "healthcare-project-components",
    False,
    "supplying equipment, master classes",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-project-components",
    False,
    "building hospitals, supplying medicines, master classes",
)

add("exact", "kzjp-25-years.en.toml", "healthcare-semey-hospitals", True, "3")
add("number_words", "kzjp-25-years.en.toml", "healthcare-semey-hospitals", True, "three", "three hospitals")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-semey-hospitals", False, "5")
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-semey-hospitals", False, "2")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-diagnostic-centre-gifts",
    True,
    "a mobile diagnostic centre and a CT scanner",
)
add(
    "order",
    "kzjp-25-years.en.toml",
    "healthcare-diagnostic-centre-gifts",
    True,
    "tomograph, mobile diagnostic center",
)
add("incomplete", "kzjp-25-years.en.toml", "healthcare-diagnostic-centre-gifts", False, "a CT scanner")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-diagnostic-centre-gifts",
    False,
    "a biochemical analyser and a CT scanner",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-biochemical-analyser",
    True,
    "a biochemical analyser",
    "biochemical analyzer",
    "analyser",
    "a biochemical analyzer",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-biochemical-analyser",
    False,
    "CT scanner",
    "ultrasound machines",
    "ambulances",
)

add("exact", "kzjp-25-years.en.toml", "healthcare-ultrasound-number", True, "5")
add("number_words", "kzjp-25-years.en.toml", "healthcare-ultrasound-number", True, "five", "five machines")
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-ultrasound-number", False, "3", "6", "15")

add("exact", "kzjp-25-years.en.toml", "healthcare-ultrasound-year", True, "2003", "in 2003")
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-ultrasound-year", False, "2002")
add("wrong_year", "kzjp-25-years.en.toml", "healthcare-ultrasound-year", False, "2004")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-ultrasound-villages",
    True,
    "Borodulikha, Karauyl, Kokpekty",
    "Aksuat, Buras, Karaul",
)
add("incomplete", "kzjp-25-years.en.toml", "healthcare-ultrasound-villages", False, "Borodulikha, Kokpekty")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-ultrasound-villages",
    False,
    "Borodulikha, Kurchatov, Ayagoz",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-tuberculosis",
    True,
    "pulmonary tuberculosis",
    "tuberculosis",
    "TB",
    "lung tuberculosis",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-tuberculosis",
    False,
    "cancer",
    "pneumonia",
    "hepatitis",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-cytology-labs",
    True,
    "cytomorphology laboratories",
    "cytomorphology",
    "cytomorphological laboratories",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-cytology-labs",
    False,
    "biochemical laboratories",
    "X-ray laboratories",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-cytology-lab-cities",
    True,
    "Semipalatinsk, Ust-Kamenogorsk, Astana",
    "Semey, Oskemen and Astana",
)
add(
    "incomplete", "kzjp-25-years.en.toml", "healthcare-cytology-lab-cities", False, "Semipalatinsk and Astana"
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-cytology-lab-cities",
    False,
    "Almaty, Karaganda, Astana",
)

add("exact", "kzjp-25-years.en.toml", "healthcare-cytologists-trained", True, "36")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "healthcare-cytologists-trained",
    True,
    "thirty-six",
    "36 specialists",
)
add("wrong_number", "kzjp-25-years.en.toml", "healthcare-cytologists-trained", False, "63", "16")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-cytologists-cities",
    True,
    "Astana, Almaty, Karaganda",
    "Semey, Ust-Kamenogorsk, Alma-Ata",
)
add("incomplete", "kzjp-25-years.en.toml", "healthcare-cytologists-cities", False, "Astana, Almaty")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-cytologists-cities",
    False,
    "Astana, Shymkent, Aktobe",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-cytology-atlas",
    True,
    "a cytological atlas",
    "cytology atlas",
    "atlas",
)
add("extra_content", "kzjp-25-years.en.toml", "healthcare-cytology-atlas", False, "a world atlas")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-cytology-atlas",
    False,
    "a Japanese textbook",
    "an encyclopaedia",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-papanicolaou",
    True,
    "Papanicolaou",
)
# Second edition: the aliases were removed, a test and a stain are not the scientist asked for (review 1, #16).
add("neighbour_concept", "kzjp-25-years.en.toml", "healthcare-papanicolaou", False, "Pap", "Pap stain")
add("exact", "kzjp-25-years.en.toml", "healthcare-papanicolaou", True, "Папаниколау")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-papanicolaou",
    False,
    "Gram",
    "Romanowsky",
    "Nagai",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "healthcare-japanese-program",
    True,
    "the Japanese Programme",
    "Japanese Program",
)
add("case", "kzjp-25-years.en.toml", "healthcare-japanese-program", True, "the japanese programme")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "healthcare-japanese-program",
    False,
    "the ATOM Project",
    "the Nagai Programme",
)

add("exact", "kzjp-25-years.en.toml", "atom-japan-coauthor-year", True, "2009", "in 2009")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-japan-coauthor-year", False, "2013")
add("wrong_year", "kzjp-25-years.en.toml", "atom-japan-coauthor-year", False, "2010")

add("exact", "kzjp-25-years.en.toml", "atom-day-date", True, "29 August", "August 29", "29.08")
add("date_forms", "kzjp-25-years.en.toml", "atom-day-date", True, "August 29th", "the 29th of August")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-day-date", False, "2 December", "21 August")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-day-date", False, "August")
add("wrong_day", "kzjp-25-years.en.toml", "atom-day-date", False, "28 August")

add("exact", "kzjp-25-years.en.toml", "atom-resolution-number", True, "64/35", "resolution 64/35")
add("extra_words", "kzjp-25-years.en.toml", "atom-resolution-number", True, "No. 64/35")
add("wrong_number", "kzjp-25-years.en.toml", "atom-resolution-number", False, "64/53", "35/64")
add("incomplete", "kzjp-25-years.en.toml", "atom-resolution-number", False, "64")

add("exact", "kzjp-25-years.en.toml", "atom-resolution-adopted", True, "2 December 2009")
add("date_forms", "kzjp-25-years.en.toml", "atom-resolution-adopted", True, "December 2, 2009", "02.12.2009")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-resolution-adopted", False, "December 2009", "2009")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-resolution-adopted", False, "29 August 2009")
add("wrong_year", "kzjp-25-years.en.toml", "atom-resolution-adopted", False, "2 December 2008")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-resolution-initiator",
    True,
    "Republic of Kazakhstan",
    "Kazakhstan",
)
add("extra_words", "kzjp-25-years.en.toml", "atom-resolution-initiator", True, "the Republic of Kazakhstan")
add("swapped_roles", "kzjp-25-years.en.toml", "atom-resolution-initiator", False, "Japan")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-resolution-initiator", False, "Russia", "the USA")

add("exact", "kzjp-25-years.en.toml", "atom-polygon-closed", True, "29 August 1991")
add("date_forms", "kzjp-25-years.en.toml", "atom-polygon-closed", True, "August 29, 1991", "29.08.1991")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-polygon-closed", False, "1991", "August 1991")
add("wrong_year", "kzjp-25-years.en.toml", "atom-polygon-closed", False, "29 August 1989")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-polygon-closed", False, "28 December 1991")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-delegation-cities",
    True,
    "Astana and Semey",
    "Semipalatinsk, Astana",
)
add("incomplete", "kzjp-25-years.en.toml", "atom-delegation-cities", False, "Astana")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-delegation-cities", False, "Almaty and Semey")

add("exact", "kzjp-25-years.en.toml", "atom-project-presentation-year", True, "2013", "in 2013")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-project-presentation-year", False, "2015", "2009")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-project-atom-name",
    True,
    "The ATOM Project",
    "ATOM",
    "ATOM Project",
)
add("case", "kzjp-25-years.en.toml", "atom-project-atom-name", True, "the Atom project")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "atom-project-atom-name",
    False,
    "the Japanese Programme",
    "the Manhattan Project",
)

add("exact", "kzjp-25-years.en.toml", "atom-akie-abe", True, "Akie Abe", "Akie")
add("order", "kzjp-25-years.en.toml", "atom-akie-abe", True, "Abe Akie")
add("same_surname", "kzjp-25-years.en.toml", "atom-akie-abe", False, "Shinzo Abe")
add("other_person", "kzjp-25-years.en.toml", "atom-akie-abe", False, "Akihito")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-mayors-cities",
    True,
    "Hiroshima and Nagasaki",
    "Nagasaki, Hiroshima",
)
add("incomplete", "kzjp-25-years.en.toml", "atom-mayors-cities", False, "Hiroshima", "Hiroshima, Hiroshima")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-mayors-cities", False, "Tokyo and Hiroshima")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-ctbt-abbrev",
    True,
    "Comprehensive Nuclear-Test-Ban Treaty",
    "Comprehensive Test Ban Treaty",
)
add(
    "extra_words",
    "kzjp-25-years.en.toml",
    "atom-ctbt-abbrev",
    True,
    "the Comprehensive Nuclear Test Ban Treaty",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "atom-ctbt-abbrev",
    False,
    "Treaty on the Non-Proliferation of Nuclear Weapons",
    "Partial Test Ban Treaty",
)
add(
    "extra_content",
    "kzjp-25-years.en.toml",
    "atom-ctbt-abbrev",
    False,
    "Comprehensive Nuclear-Test-Ban Treaty Organization",
)

add("exact", "kzjp-25-years.en.toml", "atom-cochairs-appointed", True, "February 2015")
add("date_forms", "kzjp-25-years.en.toml", "atom-cochairs-appointed", True, "Feb 2015")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-cochairs-appointed", False, "2015")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-cochairs-appointed", False, "September 2015")
add("wrong_year", "kzjp-25-years.en.toml", "atom-cochairs-appointed", False, "February 2016")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-cochairs-countries",
    True,
    "Kazakhstan and Japan",
    "Japan, Kazakhstan",
)
add("incomplete", "kzjp-25-years.en.toml", "atom-cochairs-countries", False, "Kazakhstan")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-cochairs-countries", False, "Kazakhstan and the USA")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-cochairs-period",
    True,
    "2015–2017",
    "2015-2017",
    "from 2015 to 2017",
    "2015 to 2017",
)
add("wrong_year", "kzjp-25-years.en.toml", "atom-cochairs-period", False, "2015–2016", "2016–2017")
add("incomplete", "kzjp-25-years.en.toml", "atom-cochairs-period", False, "2015")

add("exact", "kzjp-25-years.en.toml", "atom-conference-date", True, "September 2015")
add("date_forms", "kzjp-25-years.en.toml", "atom-conference-date", True, "Sept 2015", "in September 2015")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-conference-date", False, "2015")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-conference-date", False, "February 2015")
add("wrong_year", "kzjp-25-years.en.toml", "atom-conference-date", False, "September 2016")

add("exact", "kzjp-25-years.en.toml", "atom-conference-city", True, "New York", "Нью-Йорк")
add("extra_words", "kzjp-25-years.en.toml", "atom-conference-city", True, "in New York")
add("case", "kzjp-25-years.en.toml", "atom-conference-city", True, "new york")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-conference-city", False, "Vienna", "Geneva", "Tokyo")

add("exact", "kzjp-25-years.en.toml", "atom-statement-abe", True, "Shinzo Abe", "Abe")
add("title", "kzjp-25-years.en.toml", "atom-statement-abe", True, "Prime Minister Abe")
add("translit", "kzjp-25-years.en.toml", "atom-statement-abe", True, "Sinzo Abe")
add("same_surname", "kzjp-25-years.en.toml", "atom-statement-abe", False, "Akie Abe")
add("other_person", "kzjp-25-years.en.toml", "atom-statement-abe", False, "Hosokawa", "Suga")

add("exact", "kzjp-25-years.en.toml", "atom-statement-first", True, "October 2015")
add("date_forms", "kzjp-25-years.en.toml", "atom-statement-first", True, "Oct 2015")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-statement-first", False, "2015")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-statement-first", False, "April 2016")
add("wrong_year", "kzjp-25-years.en.toml", "atom-statement-first", False, "October 2016")

add("exact", "kzjp-25-years.en.toml", "atom-statement-second", True, "April 2016")
add("date_forms", "kzjp-25-years.en.toml", "atom-statement-second", True, "Apr 2016")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-statement-second", False, "2016")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-statement-second", False, "October 2015")
add("wrong_year", "kzjp-25-years.en.toml", "atom-statement-second", False, "April 2015")

add("exact", "kzjp-25-years.en.toml", "atom-panel-date", True, "21 August 2016")
add("date_forms", "kzjp-25-years.en.toml", "atom-panel-date", True, "August 21, 2016", "21.08.2016")
add("too_imprecise", "kzjp-25-years.en.toml", "atom-panel-date", False, "August 2016")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-panel-date", False, "29 August 2016")
add("wrong_year", "kzjp-25-years.en.toml", "atom-panel-date", False, "21 August 2015")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-panel-museum",
    True,
    "Daigo Fukuryu Maru",
    "Daigo Fukuryu-maru",
    "Daigo Fukuryu Maru museum",
)
add("translit", "kzjp-25-years.en.toml", "atom-panel-museum", True, "the Daigo Fukuryū Maru museum")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "atom-panel-museum",
    False,
    "Hiroshima Peace Memorial Museum",
    "the Tokyo National Museum",
)

add("exact", "kzjp-25-years.en.toml", "atom-panel-anniversary", True, "25")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "atom-panel-anniversary",
    True,
    "twenty-five",
    "the 25th anniversary",
)
add("wrong_number", "kzjp-25-years.en.toml", "atom-panel-anniversary", False, "20")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-panel-anniversary", False, "50")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-iaea",
    True,
    "IAEA",
    "International Atomic Energy Agency",
    "the IAEA",
)
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-iaea", False, "CTBTO", "JICA", "the UN", "OPEC")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-coop-areas",
    True,
    "peaceful use of atomic energy, scientific development, personnel training",
)
add(
    "order",
    "kzjp-25-years.en.toml",
    "atom-coop-areas",
    True,
    "uranium mining, staff training, technological development",
)
add("incomplete", "kzjp-25-years.en.toml", "atom-coop-areas", False, "staff training, uranium mining")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "atom-coop-areas",
    False,
    "building nuclear plants, oil production, staff training",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-nnc-name",
    True,
    "National Nuclear Center",
    "National Nuclear Centre",
    "NNC",
)
add(
    "extra_words", "kzjp-25-years.en.toml", "atom-nnc-name", True, "the National Nuclear Center of Kazakhstan"
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "atom-nnc-name",
    False,
    "Kazatomprom",
    "the Institute of Nuclear Physics",
    "IAEA",
)

add("exact", "kzjp-25-years.en.toml", "atom-nnc-years", True, "20")
add("number_words", "kzjp-25-years.en.toml", "atom-nnc-years", True, "twenty", "20 years")
add("wrong_number", "kzjp-25-years.en.toml", "atom-nnc-years", False, "25", "10")

add("exact", "kzjp-25-years.en.toml", "atom-experiments-lwr", True, "COTELS and IVR-AM", "IVR AM, COTELS")
add("incomplete", "kzjp-25-years.en.toml", "atom-experiments-lwr", False, "COTELS")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-experiments-lwr", False, "COTELS and CORMIT")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "atom-new-facilities",
    True,
    "CORMIT and EAGLE",
    "Fukushima Debris, CORMIT",
)
add("incomplete", "kzjp-25-years.en.toml", "atom-new-facilities", False, "CORMIT")
add("neighbour_concept", "kzjp-25-years.en.toml", "atom-new-facilities", False, "COTELS and IVR-AM")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "atom-experiments-result",
    True,
    "4",
    "fourth",
    "That a severe accident with fuel melting at a nuclear power plant can be managed",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "atom-experiments-result",
    False,
    "2",
    "That fuel cannot melt in light-water reactors",
    "2",
)

add("exact", "kzjp-25-years.en.toml", "atom-jaea-training", True, "Japan Atomic Energy Agency", "JAEA")
add("extra_words", "kzjp-25-years.en.toml", "atom-jaea-training", True, "the Japan Atomic Energy Agency")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "atom-jaea-training",
    False,
    "JICA",
    "IAEA",
    "Japan International Cooperation Agency",
)

add("exact", "kzjp-25-years.en.toml", "jica-first-association-year", True, "1967", "in 1967")
add("neighbour_concept", "kzjp-25-years.en.toml", "jica-first-association-year", False, "1961", "1970")

add(
    "exact", "kzjp-25-years.en.toml", "jica-first-association-country", True, "the Philippines", "Philippines"
)
add("typo", "kzjp-25-years.en.toml", "jica-first-association-country", True, "the Phillipines")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "jica-first-association-country",
    False,
    "Kazakhstan",
    "Japan",
    "Indonesia",
    "Thailand",
)

add("exact", "kzjp-25-years.en.toml", "jica-kz-founded", True, "March 2010")
add("date_forms", "kzjp-25-years.en.toml", "jica-kz-founded", True, "Mar 2010")
add("too_imprecise", "kzjp-25-years.en.toml", "jica-kz-founded", False, "2010")
add("wrong_year", "kzjp-25-years.en.toml", "jica-kz-founded", False, "March 2011")
add("wrong_month", "kzjp-25-years.en.toml", "jica-kz-founded", False, "June 2010")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "jica-kz-goal",
    True,
    "1",
    "first",
    "Contributing to the socio-economic development of Kazakhstan",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "jica-kz-goal",
    False,
    "2",
    "Organising internships for Kazakhs in Japan",
    "4",
)

add("exact", "kzjp-25-years.en.toml", "jica-trained-count", True, "1200", "more than 1200")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "jica-trained-count",
    True,
    "over 1,200",
    "twelve hundred",
    "1,200",
)
add("neighbour_concept", "kzjp-25-years.en.toml", "jica-trained-count", False, "200")
add("wrong_number", "kzjp-25-years.en.toml", "jica-trained-count", False, "120", "12,000", "1000")

add("exact", "kzjp-25-years.en.toml", "jica-trainee-groups", True, "civil servants, private sector, NGOs")
add(
    "exact",
    "kzjp-25-years.en.toml",
    "jica-trainee-groups",
    True,
    "government officials, private-sector representatives and non-governmental organisations",
)
add("incomplete", "kzjp-25-years.en.toml", "jica-trainee-groups", False, "civil servants and NGOs")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "jica-trainee-groups",
    False,
    "students, civil servants, NGOs",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "jica-training-fields",
    True,
    "economics, finance, agriculture",
    "health care, water quality monitoring, finance",
)
add("incomplete", "kzjp-25-years.en.toml", "jica-training-fields", False, "economics, finance")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "jica-training-fields",
    False,
    "economics, nuclear energy, IT",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "jica-kz-activities",
    True,
    "introducing Japanese culture, information bulletins, annual meeting",
    "database of members, research, bulletins",
)
add("incomplete", "kzjp-25-years.en.toml", "jica-kz-activities", False, "bulletins, annual meeting")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "jica-kz-activities",
    False,
    "giving grants, bulletins, building schools",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "jica-joint-work",
    True,
    "joint projects and seminars on Japanese technologies",
    "pre-departure briefings, seminars",
)
add("incomplete", "kzjp-25-years.en.toml", "jica-joint-work", False, "seminars")
add("neighbour_concept", "kzjp-25-years.en.toml", "jica-joint-work", False, "seminars and issuing loans")

add("exact", "kzjp-25-years.en.toml", "jica-meetings-count", True, "6")
add("number_words", "kzjp-25-years.en.toml", "jica-meetings-count", True, "six", "six meetings")
add("wrong_number", "kzjp-25-years.en.toml", "jica-meetings-count", False, "7", "5")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "bulletin-name",
    True,
    "Japan–Kazakhstan: Bridges of Friendship",
    "Bridges of Friendship",
    "Мосты дружбы",
)
add("exact", "kzjp-25-years.en.toml", "bulletin-name", True, "Japan-Kazakhstan: Bridges of Friendship")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-name",
    False,
    "International Development Journal",
    "Bridges of Cooperation",
)

add("exact", "kzjp-25-years.en.toml", "bulletin-first-issue-anniversary", True, "20")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "bulletin-first-issue-anniversary",
    True,
    "twenty",
    "the 20th anniversary",
)
add("neighbour_concept", "kzjp-25-years.en.toml", "bulletin-first-issue-anniversary", False, "25")
add("wrong_number", "kzjp-25-years.en.toml", "bulletin-first-issue-anniversary", False, "10")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "bulletin-initiator",
    True,
    "JICA",
    "Japan International Cooperation Agency",
)
add("case", "kzjp-25-years.en.toml", "bulletin-initiator", True, "jica")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-initiator",
    False,
    "Embassy of Japan",
    "Japan Atomic Energy Agency",
    "the Kazakh Foreign Ministry",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "bulletin-first-issue-authors",
    True,
    "heads of JICA, the Japanese embassy, members of the Kazakh government",
    "national companies, associations, JICA",
)
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "bulletin-first-issue-authors",
    False,
    "JICA and the Embassy of Japan",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-first-issue-authors",
    False,
    "students, JICA, akims",
)

add("exact", "kzjp-25-years.en.toml", "bulletin-araki", True, "Mitsuya Araki", "Araki", "Araki Mitsuya")
add("translit", "kzjp-25-years.en.toml", "bulletin-araki", True, "Mituya Araki")
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "bulletin-araki",
    False,
    "Kisho Kurokawa",
    "Ichiro Kawabata",
    "Takeo Kawamura",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "bulletin-araki-journal",
    True,
    "International Development Journal",
    "the International Development Journal",
    "Journal of International Development",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-araki-journal",
    False,
    "Bridges of Friendship",
    "Journal of International Relations",
)

add("exact", "kzjp-25-years.en.toml", "bulletin-araki-university", True, "Doshisha University", "Doshisha")
add("translit", "kzjp-25-years.en.toml", "bulletin-araki-university", True, "Dōshisha University")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-araki-university",
    False,
    "Tokyo University",
    "Nagasaki University",
    "Waseda University",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "bulletin-araki-association",
    True,
    "the Association for World Economy Research",
    "World Economy Research Association",
    "Association for Research on the World Economy",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-araki-association",
    False,
    "JICA Alumni Association",
    "Association of Banks of Kazakhstan",
)

add("exact", "kzjp-25-years.en.toml", "bulletin-araki-first-issue-year", True, "1967", "in 1967")
add("neighbour_concept", "kzjp-25-years.en.toml", "bulletin-araki-first-issue-year", False, "1961", "1970")

add("exact", "kzjp-25-years.en.toml", "bulletin-araki-director-year", True, "1970", "from 1970")
add("neighbour_concept", "kzjp-25-years.en.toml", "bulletin-araki-director-year", False, "1967")
add("wrong_year", "kzjp-25-years.en.toml", "bulletin-araki-director-year", False, "1971")

add("exact", "kzjp-25-years.en.toml", "bulletin-araki-years-asia", True, "45")
add("number_words", "kzjp-25-years.en.toml", "bulletin-araki-years-asia", True, "more than 45", "forty-five")
add("wrong_number", "kzjp-25-years.en.toml", "bulletin-araki-years-asia", False, "54", "40")

add("exact", "kzjp-25-years.en.toml", "bulletin-araki-oda", True, "Official Development Assistance", "ODA")
add("case", "kzjp-25-years.en.toml", "bulletin-araki-oda", True, "official development assistance")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-araki-oda",
    False,
    "humanitarian aid",
    "military aid",
    "technical assistance",
)

add("exact", "kzjp-25-years.en.toml", "bulletin-location", True, "Astana", "Астана")
add("extra_words", "kzjp-25-years.en.toml", "bulletin-location", True, "in Astana")
add("neighbour_concept", "kzjp-25-years.en.toml", "bulletin-location", False, "Almaty", "Tokyo")

add("exact", "kzjp-25-years.en.toml", "bulletin-mukuokai", True, "Mukuokai", "Mukuokai club")
add("extra_words", "kzjp-25-years.en.toml", "bulletin-mukuokai", True, "the Mukuokai club")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-mukuokai",
    False,
    "Bridges of Friendship",
    "JICA Alumni Association",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "bulletin-speakers",
    True,
    "minister of ecology, minister of health, akims",
    "deputy prime ministers, heads of national companies, emergencies minister",
)
add("incomplete", "kzjp-25-years.en.toml", "bulletin-speakers", False, "minister of ecology, akims")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "bulletin-speakers",
    False,
    "minister of defence, minister of ecology, students",
)
add(
    "real_word_typo",
    "kzjp-25-years.en.toml",
    "bulletin-speakers",
    False,
    "minister of geology, minister of health, akims",
)

add("exact", "kzjp-25-years.en.toml", "bulletin-circulation", True, "1000")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "bulletin-circulation",
    True,
    "1,000",
    "a thousand",
    "1000 copies",
    "one thousand copies",
)
add("wrong_number", "kzjp-25-years.en.toml", "bulletin-circulation", False, "100", "10,000", "2000")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "kurokawa-master-plan-author",
    True,
    "Kisho Kurokawa",
    "Kurokawa Kisho",
    "Кисё Курокава",
)
add(
    "translit",
    "kzjp-25-years.en.toml",
    "kurokawa-master-plan-author",
    True,
    "Kishō Kurokawa",
    "Kisyo Kurokawa",
)
add("same_surname", "kzjp-25-years.en.toml", "kurokawa-master-plan-author", False, "Mikio Kurokawa")
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "kurokawa-master-plan-author",
    False,
    "Kenzo Tange",
    "Fumihiko Maki",
)
add("initials_only", "kzjp-25-years.en.toml", "kurokawa-master-plan-author", False, "K. K.")

add("exact", "kzjp-25-years.en.toml", "kurokawa-death-anniversary", True, "10")
add("number_words", "kzjp-25-years.en.toml", "kurokawa-death-anniversary", True, "ten", "10 years")
add("wrong_number", "kzjp-25-years.en.toml", "kurokawa-death-anniversary", False, "20", "7")

add("exact", "kzjp-25-years.en.toml", "kurokawa-metabolism", True, "Metabolism", "метаболизм")
add("case", "kzjp-25-years.en.toml", "kurokawa-metabolism", True, "metabolism")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "kurokawa-metabolism",
    False,
    "Modernism",
    "Brutalism",
    "Constructivism",
)

add("exact", "kzjp-25-years.en.toml", "kurokawa-metabolism-year", True, "1960", "in 1960")
add("neighbour_concept", "kzjp-25-years.en.toml", "kurokawa-metabolism-year", False, "1945")
add("wrong_year", "kzjp-25-years.en.toml", "kurokawa-metabolism-year", False, "1961")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "kurokawa-cofounders",
    True,
    "Kiyonori Kikutake and Fumihiko Maki",
    "Kikutake, Maki",
)
add("order", "kzjp-25-years.en.toml", "kurokawa-cofounders", True, "Maki and Kikutake")
add("incomplete", "kzjp-25-years.en.toml", "kurokawa-cofounders", False, "Kikutake")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "kurokawa-cofounders",
    False,
    "Kenzo Tange and Fumihiko Maki",
)

add("exact", "kzjp-25-years.en.toml", "kurokawa-tange", True, "Kenzo Tange", "Tange")
add("translit", "kzjp-25-years.en.toml", "kurokawa-tange", True, "Kenzō Tange")
add("order", "kzjp-25-years.en.toml", "kurokawa-tange", True, "Tange Kenzo")
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "kurokawa-tange",
    False,
    "Kisho Kurokawa",
    "Fumihiko Maki",
    "Tadao Ando",
)
add("initials_only", "kzjp-25-years.en.toml", "kurokawa-tange", False, "K. T.")

add("exact", "kzjp-25-years.en.toml", "kurokawa-tange-city", True, "Hiroshima", "Хиросима")
add("case", "kzjp-25-years.en.toml", "kurokawa-tange-city", True, "hiroshima")
add("neighbour_concept", "kzjp-25-years.en.toml", "kurokawa-tange-city", False, "Nagasaki", "Tokyo", "Osaka")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "kurokawa-metabolism-association",
    True,
    "1",
    "first",
    "Japan's revival after the Second World War",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "kurokawa-metabolism-association",
    False,
    "2",
    "The Meiji Restoration",
    "3",
)

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "kurokawa-main-idea",
    True,
    "4",
    "option 4",
    "Harmony of the urban and natural environment",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "kurokawa-main-idea",
    False,
    "2",
    "The river bed as the architectural axis of the city",
    "3",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "kurokawa-river-axis",
    True,
    "the river bed",
    "river",
    "riverbed",
    "the river",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "kurokawa-river-axis",
    False,
    "the central avenue",
    "the railway",
)

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "kurokawa-river-reason",
    True,
    "1",
    "first",
    "Within a few years a large city would have polluted the vital artery of the region",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "kurokawa-river-reason",
    False,
    "2",
    "It was too expensive for a young capital",
    "4",
)

add("exact", "kzjp-25-years.en.toml", "kurokawa-plan-duration", True, "2")
add("number_words", "kzjp-25-years.en.toml", "kurokawa-plan-duration", True, "two", "two years")
add("wrong_number", "kzjp-25-years.en.toml", "kurokawa-plan-duration", False, "3", "1", "10")

add("exact", "kzjp-25-years.en.toml", "kurokawa-plan-completed", True, "2001", "in 2001")
add("wrong_year", "kzjp-25-years.en.toml", "kurokawa-plan-completed", False, "2000")
add("neighbour_concept", "kzjp-25-years.en.toml", "kurokawa-plan-completed", False, "2013")

add("exact", "kzjp-25-years.en.toml", "kurokawa-letter-year", True, "2013", "in 2013")
add("neighbour_concept", "kzjp-25-years.en.toml", "kurokawa-letter-year", False, "2016")
add("wrong_year", "kzjp-25-years.en.toml", "kurokawa-letter-year", False, "2017")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "kurokawa-letter-recipient",
    True,
    "Marat Tazhin",
    "Tazhin",
    "Марат Тажин",
)
add("title", "kzjp-25-years.en.toml", "kurokawa-letter-recipient", True, "State Secretary Tazhin")
add("other_person", "kzjp-25-years.en.toml", "kurokawa-letter-recipient", False, "Tokayev", "Nazarbayev")
add("initials_only", "kzjp-25-years.en.toml", "kurokawa-letter-recipient", False, "M. T.")

add("exact", "kzjp-25-years.en.toml", "kurokawa-letter-signatories", True, "200", "more than 200")
add("number_words", "kzjp-25-years.en.toml", "kurokawa-letter-signatories", True, "over two hundred")
add("neighbour_concept", "kzjp-25-years.en.toml", "kurokawa-letter-signatories", False, "1200")
add("wrong_number", "kzjp-25-years.en.toml", "kurokawa-letter-signatories", False, "20", "2000")

add(
    "choice_forms",
    "kzjp-25-years.en.toml",
    "kurokawa-letter-request",
    True,
    "1",
    "first",
    "To name one of Astana's streets (lanes, alleys) after Kisho Kurokawa",
)
add(
    "wrong_choice",
    "kzjp-25-years.en.toml",
    "kurokawa-letter-request",
    False,
    "2",
    "To erect a monument to Kisho Kurokawa",
    "3",
)

add("exact", "kzjp-25-years.en.toml", "kurokawa-approval-year", True, "2016", "in 2016")
add("neighbour_concept", "kzjp-25-years.en.toml", "kurokawa-approval-year", False, "2013")
add("wrong_year", "kzjp-25-years.en.toml", "kurokawa-approval-year", False, "2017")

add("exact", "kzjp-25-years.en.toml", "kurokawa-mikio", True, "Mikio Kurokawa", "Mikio", "Микио Курокава")
add("same_surname", "kzjp-25-years.en.toml", "kurokawa-mikio", False, "Kisho Kurokawa")
add("other_person", "kzjp-25-years.en.toml", "kurokawa-mikio", False, "Kenzo Tange")

add("exact", "kzjp-25-years.en.toml", "kurokawa-mikio-visit", True, "September 2017")
add("date_forms", "kzjp-25-years.en.toml", "kurokawa-mikio-visit", True, "Sept 2017", "in September 2017")
add("too_imprecise", "kzjp-25-years.en.toml", "kurokawa-mikio-visit", False, "2017")
add("wrong_month", "kzjp-25-years.en.toml", "kurokawa-mikio-visit", False, "June 2017")
add("wrong_year", "kzjp-25-years.en.toml", "kurokawa-mikio-visit", False, "September 2016")

add("exact", "kzjp-25-years.en.toml", "expo-opened", True, "10 June 2017")
add("date_forms", "kzjp-25-years.en.toml", "expo-opened", True, "June 10, 2017", "10.06.2017")
add("too_imprecise", "kzjp-25-years.en.toml", "expo-opened", False, "June 2017")
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-opened", False, "10 September 2017")
add("wrong_year", "kzjp-25-years.en.toml", "expo-opened", False, "10 June 2016")

add("exact", "kzjp-25-years.en.toml", "expo-closed", True, "10 September 2017")
add("date_forms", "kzjp-25-years.en.toml", "expo-closed", True, "September 10, 2017", "10.09.2017")
add("too_imprecise", "kzjp-25-years.en.toml", "expo-closed", False, "September 2017")
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-closed", False, "10 June 2017")
add("wrong_year", "kzjp-25-years.en.toml", "expo-closed", False, "10 September 2018")

add("exact", "kzjp-25-years.en.toml", "expo-total-visitors", True, "4", "about 4")
add(
    "number_words",
    "kzjp-25-years.en.toml",
    "expo-total-visitors",
    True,
    "four",
    "about four million",
    "4 million",
)
add("wrong_number", "kzjp-25-years.en.toml", "expo-total-visitors", False, "40", "3")

add("exact", "kzjp-25-years.en.toml", "expo-japan-pavilion-visitors", True, "726825", "726,825", "726 825")
add(
    "wrong_number",
    "kzjp-25-years.en.toml",
    "expo-japan-pavilion-visitors",
    False,
    "726,852",
    "627,825",
    "about 700,000",
)
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-japan-pavilion-visitors", False, "4 million")

add("exact", "kzjp-25-years.en.toml", "expo-ambassador", True, "Ichiro Kawabata", "Kawabata")
add("title", "kzjp-25-years.en.toml", "expo-ambassador", True, "Ambassador Kawabata")
add("translit", "kzjp-25-years.en.toml", "expo-ambassador", True, "Itiro Kawabata")
add(
    "other_person",
    "kzjp-25-years.en.toml",
    "expo-ambassador",
    False,
    "Takeo Kawamura",
    "Kawamura",
    "S. Natsui",
)
add("same_surname", "kzjp-25-years.en.toml", "expo-ambassador", False, "Yasunari Kawabata")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-slogan",
    True,
    "Smart Mix with Technology",
    "Smart Mix",
    '"Smart Mix with Technology"',
)
add("case", "kzjp-25-years.en.toml", "expo-slogan", True, "smart mix with technology")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-slogan",
    False,
    "3E+S",
    "Future Energy",
    "One Japan Challenge",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-symbol",
    True,
    "a red circle",
    "red circle",
    "a red circle symbolising Japan",
)
add("typo", "kzjp-25-years.en.toml", "expo-symbol", True, "a red circle symbolizing Japan")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-symbol",
    False,
    "a blue circle",
    "a red square",
    "a cherry blossom",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-three-colors",
    True,
    "traditional energy sources, renewable energy sources, energy of the future",
)
add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-three-colors",
    True,
    "traditional energy, renewables, future energy",
)
add("incomplete", "kzjp-25-years.en.toml", "expo-three-colors", False, "traditional energy and future energy")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-three-colors",
    False,
    "nuclear energy, renewables, future energy",
)

add("exact", "kzjp-25-years.en.toml", "expo-3es-name", True, "3E+S", "3E + S", "3E plus S")
add("case", "kzjp-25-years.en.toml", "expo-3es-name", True, "3e+s")
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-3es-name", False, "Smart Mix with Technology")
add("wrong_number", "kzjp-25-years.en.toml", "expo-3es-name", False, "2E+S")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-3es-components",
    True,
    "Energy Security, Economic Efficiency, Environment, Safety",
)
add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-3es-components",
    True,
    "energy security, economic efficiency, environmental protection, safety",
)
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "expo-3es-components",
    False,
    "Energy Security, Economic Efficiency, Environment",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-3es-components",
    False,
    "Energy Security, Economic Efficiency, Education, Safety",
)

add("exact", "kzjp-25-years.en.toml", "expo-3es-priority", True, "Safety", "безопасность")
add("case", "kzjp-25-years.en.toml", "expo-3es-priority", True, "safety")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-3es-priority",
    False,
    "Energy Security",
    "energy safety",
    "Environment",
    "Economic Efficiency",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-one-japan-challenge",
    True,
    "One Japan Challenge",
    "the One Japan Challenge",
    "United Japan Challenge",
    "Вызов Единой Японии",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-one-japan-challenge",
    False,
    "Smart Mix with Technology",
    "Abenomics",
)

add("exact", "kzjp-25-years.en.toml", "expo-pavilion-sectors", True, "3")
add("number_words", "kzjp-25-years.en.toml", "expo-pavilion-sectors", True, "three", "three sectors")
add("wrong_number", "kzjp-25-years.en.toml", "expo-pavilion-sectors", False, "4", "2")

add("exact", "kzjp-25-years.en.toml", "expo-national-day", True, "22 July 2017")
add("date_forms", "kzjp-25-years.en.toml", "expo-national-day", True, "July 22, 2017", "22.07.2017")
add("too_imprecise", "kzjp-25-years.en.toml", "expo-national-day", False, "July 2017")
add("wrong_month", "kzjp-25-years.en.toml", "expo-national-day", False, "22 June 2017")
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-national-day", False, "5 July 2017")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-filmmakers",
    True,
    "Akira Kurosawa and Noboru Iguchi",
    "Kurosawa, Iguchi",
)
add("incomplete", "kzjp-25-years.en.toml", "expo-filmmakers", False, "Kurosawa")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-filmmakers",
    False,
    "Kurosawa and Miyazaki",
    "Takeshi Kitano and Iguchi",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-national-day-show",
    True,
    "geisha dances and a traditional Japanese parade",
    "katana swordsmanship, parade",
)
add("incomplete", "kzjp-25-years.en.toml", "expo-national-day-show", False, "geisha dances")
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-national-day-show", False, "sumo and a tea ceremony")

add(
    "exact", "kzjp-25-years.en.toml", "expo-wagakki", True, "JAPAN TRADITIONAL MUSIC STAGE WAGAKKI", "WAGAKKI"
)
add("case", "kzjp-25-years.en.toml", "expo-wagakki", True, "Wagakki", "Japan Traditional Music Stage Wagakki")
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-wagakki", False, "Osaka Stage", "Kabuki")
add("other_person", "kzjp-25-years.en.toml", "expo-wagakki", False, "Tatsuo Kamon")

add("exact", "kzjp-25-years.en.toml", "expo-osaka-stage", True, "Osaka Stage")
# Second edition: the alias was removed, Osaka is the city, not the troupe (review 1, #17).
add("neighbour_concept", "kzjp-25-years.en.toml", "expo-osaka-stage", False, "Osaka")
add("extra_words", "kzjp-25-years.en.toml", "expo-osaka-stage", True, "the Osaka Stage company")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-osaka-stage",
    False,
    "WAGAKKI",
    "Tokyo Stage",
    "a Kabuki theatre",
)

add("exact", "kzjp-25-years.en.toml", "expo-kamon", True, "Tatsuo Kamon", "Kamon", "Тацуо Камон")
add("translit", "kzjp-25-years.en.toml", "expo-kamon", True, "Tatuo Kamon")
add("other_person", "kzjp-25-years.en.toml", "expo-kamon", False, "Mitsuya Araki", "Akira Kurosawa")
add("initials_only", "kzjp-25-years.en.toml", "expo-kamon", False, "T. K.")

add(
    "exact",
    "kzjp-25-years.en.toml",
    "expo-choir",
    True,
    "the Japan Research Institute for Global Industrial and Social Progress",
    "Research Institute for Global Industrial and Social Progress",
    "Institute for Global Industrial and Social Progress",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "expo-choir",
    False,
    "the Kazakhstan–Japan Institute",
    "the Japan Center for International Finance",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "institute-science-focus",
    True,
    "nuclear technologies and emergency prevention",
    "atomic technologies, prevention of emergencies",
)
add("incomplete", "kzjp-25-years.en.toml", "institute-science-focus", False, "nuclear technologies")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "institute-science-focus",
    False,
    "nuclear technologies and medicine",
)

add("exact", "kzjp-25-years.en.toml", "institute-applied-science", True, "applied science")
add("case", "kzjp-25-years.en.toml", "institute-applied-science", True, "Applied Science")
add("inflection", "kzjp-25-years.en.toml", "institute-applied-science", True, "applied sciences")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "institute-applied-science",
    False,
    "fundamental science",
    "the humanities",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "institute-name",
    True,
    "Kazakhstan–Japan Institute",
    "Kazakhstan-Japan",
    "Institute Kazakhstan-Japan",
)
add("extra_words", "kzjp-25-years.en.toml", "institute-name", True, "the Kazakhstan-Japan Institute")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "institute-name",
    False,
    "International Scientific Complex Astana",
    "the Institute of Oncology and Radiology",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "institute-base",
    True,
    "International Scientific Complex “Astana”",
    "ISC Astana",
    "International Scientific Complex Astana",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "institute-base",
    False,
    "JICA Alumni Association",
    "Astana International Financial Centre",
    "Nazarbayev University",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "institute-activities",
    True,
    "applied research, expert-analytical, consulting",
)
add(
    "order",
    "kzjp-25-years.en.toml",
    "institute-activities",
    True,
    "consultancy, analytical, scientific-applied",
)
add("incomplete", "kzjp-25-years.en.toml", "institute-activities", False, "applied research and consulting")
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "institute-activities",
    False,
    "educational, consulting, expert-analytical",
)

add(
    "exact",
    "kzjp-25-years.en.toml",
    "conclusion-author-posts",
    True,
    "director of the International Scientific Complex Astana, academician of the Russian Academy of Natural Sciences, president of the JICA Alumni Association",
)
add(
    "order",
    "kzjp-25-years.en.toml",
    "conclusion-author-posts",
    True,
    "editor-in-chief, president of the JICA alumni association in Kazakhstan, director of ISC Astana",
)
add(
    "incomplete",
    "kzjp-25-years.en.toml",
    "conclusion-author-posts",
    False,
    "director of ISC Astana, editor-in-chief",
)
add(
    "neighbour_concept",
    "kzjp-25-years.en.toml",
    "conclusion-author-posts",
    False,
    "Ambassador of Kazakhstan to Japan, academician of RANS, chief editor",
)

# ---------------------------------------------------------------------------------------------
# Russian decks, second pass: what is specific to Russian answers (case endings, ё/е, the
# Latin keyboard layout, number words in oblique cases, Russian date habits, near-miss words).
# ---------------------------------------------------------------------------------------------
add(
    "date_forms",
    "kzjp-2021.ru.toml",
    "call-date",
    True,
    "12/05/2021",
    "12 мая 2021 года, 18:38",
    "12-е мая 2021",
)
add("number_words", "kzjp-2021.ru.toml", "call-date", True, "двенадцатое мая 2021 года")
add("wrong_month", "kzjp-2021.ru.toml", "call-date", False, "12 марта 2021")
add("wrong_day", "kzjp-2021.ru.toml", "call-date", False, "2 мая 2021")
add("inflection", "kzjp-2021.ru.toml", "call-partner", True, "Есихидэ Суге", "Суги", "Ёсихидэ Сугой")
add("order", "kzjp-2021.ru.toml", "call-partner", True, "Сугой Есихидэ")
add("title", "kzjp-2021.ru.toml", "call-partner", True, "премьер Суга", "японский премьер Суга")
add("other_person", "kzjp-2021.ru.toml", "call-partner", False, "Кисида", "Коидзуми")
add("inflection", "kzjp-2021.ru.toml", "headline-delegation", True, "отправка делегации в Японию")
add(
    "order",
    "kzjp-2021.ru.toml",
    "headline-delegation",
    True,
    "отправить в Японию делегацию",
    "направить в Японию делегацию",
)
add("neighbour_concept", "kzjp-2021.ru.toml", "headline-delegation", False, "отправить делегацию в Корею")
add("unrelated", "kzjp-2021.ru.toml", "headline-delegation", False, "отозвать посла из Японии")
add("extra_words", "kzjp-2021.ru.toml", "congrats-election", True, "с его избранием на пост премьер-министра")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "congrats-election",
    False,
    "с уходом с поста премьер-министра",
    "с назначением послом",
)
add("inflection", "kzjp-2021.ru.toml", "olympics", True, "Олимпийские игры в Токио", "летних Олимпийских игр")
add("case", "kzjp-2021.ru.toml", "olympics", True, "летние олимпийские игры в токио")
add("extra_words", "kzjp-2021.ru.toml", "olympics", True, "летние Олимпийские игры 2020 года в Токио")
add("extra_content", "kzjp-2021.ru.toml", "olympics", False, "Олимпийские игры в Токио 1964 года")
add("inflection", "kzjp-2021.ru.toml", "olympics-symbol", True, "победой человечества над коронавирусом")
add("typo", "kzjp-2021.ru.toml", "olympics-symbol", True, "победы человечества над кароновирусом")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "olympics-symbol",
    False,
    "поражения человечества в борьбе с коронавирусом",
)
add("inflection", "kzjp-2021.ru.toml", "covid-thanks", True, "гуманитарную помощь, борьбу с COVID-19")
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    True,
    "за оказанную Казахстану гуманитарную помощь и содействие в борьбе с COVID-19",
)
add(
    "incomplete",
    "kzjp-2021.ru.toml",
    "covid-thanks",
    False,
    "за гуманитарную помощь и за гуманитарную помощь",
)
add("case", "kzjp-2021.ru.toml", "qazvac", True, "казвак", "КАЗВАК")
add("extra_words", "kzjp-2021.ru.toml", "qazvac", True, "QazVac (КазВак)")
add("neighbour_concept", "kzjp-2021.ru.toml", "qazvac", False, "КазМунайГаз")
add(
    "inflection",
    "kzjp-2021.ru.toml",
    "strategic-partner",
    True,
    "ключевым стратегическим партнером в Азии",
    "стратегическим партнёром",
    "один из ключевых стратегических партнёров",
)
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "strategic-partner",
    False,
    "стратегическим конкурентом",
    "ключевым торговым партнёром",
)
add(
    "number_words",
    "kzjp-2021.ru.toml",
    "top-ten-investors",
    True,
    "десяти крупнейших",
    "в топ-10",
    "в десятке",
)
add("wrong_number", "kzjp-2021.ru.toml", "top-ten-investors", False, "в тройку", "в сотню")
add(
    "number_words",
    "kzjp-2021.ru.toml",
    "japanese-companies",
    True,
    "более пятидесяти",
    "свыше 50 предприятий и компаний",
)
add("wrong_number", "kzjp-2021.ru.toml", "japanese-companies", False, "свыше 15", "свыше пятисот")
add("case", "kzjp-2021.ru.toml", "new-level", True, "Качественно Новый Уровень")
add("neighbour_concept", "kzjp-2021.ru.toml", "new-level", False, "на уровень ниже")
add("extra_words", "kzjp-2021.ru.toml", "new-economic-agenda", True, "новую экономическую повестку дня")
add("typo", "kzjp-2021.ru.toml", "new-economic-agenda", True, "новую экономическую повеску")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "new-economic-agenda",
    False,
    "новую экономическую политику",
    "новую инвестиционную программу",
)
add(
    "inflection",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    True,
    "сельского хозяйства, геологоразведки, искусственного интеллекта",
)
add(
    "split_merge",
    "kzjp-2021.ru.toml",
    "agenda-sectors",
    True,
    "сельское хозяйство, геолого-разведка, цифровизация",
)
add("neighbour_concept", "kzjp-2021.ru.toml", "agenda-sectors", False, "медицина, цифровизация, ИИ")
add(
    "inflection",
    "kzjp-2021.ru.toml",
    "green-energy",
    True,
    "зелёную энергетику",
    "зеленой энергетике",
    "развития зелёной энергетики",
)
add("neighbour_concept", "kzjp-2021.ru.toml", "green-energy", False, "угольная энергетика")
add("extra_words", "kzjp-2021.ru.toml", "carbon-neutrality", True, "к середине этого столетия")
add("exact", "kzjp-2021.ru.toml", "carbon-neutrality", True, "середина XXI века", "середина столетия")
add("number_words", "kzjp-2021.ru.toml", "carbon-neutrality", True, "к середине 21 века")
add("wrong_year", "kzjp-2021.ru.toml", "carbon-neutrality", False, "к 2100 году")
add("inflection", "kzjp-2021.ru.toml", "suga-kz-leader", True, "лидером", "лидера в Центральной Азии")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "suga-kz-leader",
    False,
    "аутсайдер Центральной Азии",
    "лидер в Европе",
)
add("inflection", "kzjp-2021.ru.toml", "suga-regions", True, "Северной Азии и Юго-Восточной Азии")
add("list_forms", "kzjp-2021.ru.toml", "suga-regions", True, "в Юго-Восточной и Северной Азии")
add(
    "neighbour_concept",
    "kzjp-2021.ru.toml",
    "suga-regions",
    False,
    "Северная и Центральная Азия",
    "Восточная Азия и Центральная Азия",
)
add(
    "extra_words",
    "kzjp-2021.ru.toml",
    "agreed-dialogue",
    True,
    "продолжать доверительный диалог и консультации",
    "диалог и консультации",
)
add("unrelated", "kzjp-2021.ru.toml", "agreed-dialogue", False, "торговые переговоры")
add("extra_words", "kzjp-2021.ru.toml", "invitation", True, "в Казахстан с визитом", "визит в Казахстан")
add("neighbour_concept", "kzjp-2021.ru.toml", "invitation", False, "в Россию")
add("negation", "kzjp-2021.ru.toml", "invitation", False, "не в Японию")

add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "lecture-questions",
    True,
    "экономического сотрудничества и культурных связей",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "point-one-topics",
    True,
    "установления дипломатических отношений, визитов, инвестиционного сотрудничества, научно-технического сотрудничества",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "lecture-keywords",
    True,
    "геополитики, концепции, дипломатии, признания",
)
add("date_forms", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", True, "28 декабря 1991 г.")
add(
    "number_words",
    "kzjp-lecture-11.ru.toml",
    "japan-recognized-kz",
    True,
    "двадцать восьмого декабря 1991 года",
)
add(
    "wrong_day", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", False, "18 декабря 1991", "29 декабря 1991"
)
add("negation", "kzjp-lecture-11.ru.toml", "japan-recognized-kz", False, "не 28 декабря 1991")
add(
    "date_forms",
    "kzjp-lecture-11.ru.toml",
    "diplomatic-relations-date",
    True,
    "26-го января 1992 года",
    "26.01.92",
)
add("hedge", "kzjp-lecture-11.ru.toml", "diplomatic-relations-date", False, "26 или 28 января 1992")
add("date_forms", "kzjp-lecture-11.ru.toml", "japan-embassy-opened", True, "в январе 93-го", "январь 1993 г.")
add("hedge", "kzjp-lecture-11.ru.toml", "japan-embassy-opened", False, "январь 1993 или январь 2005")
add("inflection", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "Алма-Ате", "в Алма-Ату")
add("typo", "kzjp-lecture-11.ru.toml", "japan-embassy-first-city", True, "Алмааты")
add("date_forms", "kzjp-lecture-11.ru.toml", "embassy-moved", True, "январь 05-го", "I.2005")
add("hedge", "kzjp-lecture-11.ru.toml", "embassy-moved", False, "январь 2005 или 2006")
add("case", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", True, "АСТАНА")
add("split_merge", "kzjp-lecture-11.ru.toml", "japan-embassy-new-city", True, "Нурсултан")
add("title", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "С. Нацуи (посол)")
add("translit", "kzjp-lecture-11.ru.toml", "japan-ambassador", True, "S. Natsui")
add("date_forms", "kzjp-lecture-11.ru.toml", "japan-ambassador-since", True, "с авг. 2008 г.")
add("inflection", "kzjp-lecture-11.ru.toml", "kz-ambassador", True, "Камалдиновым")
add("date_forms", "kzjp-lecture-11.ru.toml", "kz-ambassador-since", True, "апрель 2007-го")
add("title", "kzjp-lecture-11.ru.toml", "visits-president", True, "Нурсултан Назарбаев (Первый Президент)")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "visits-president",
    True,
    "Нурсултана Назарбаева",
    "Н. Назарбаевым",
)
add("date_forms", "kzjp-lecture-11.ru.toml", "first-visit-date", True, "6 апреля 1994", "в апреле 94-го")
add("wrong_month", "kzjp-lecture-11.ru.toml", "first-visit-date", False, "август 1994")
add("date_forms", "kzjp-lecture-11.ru.toml", "second-visit-date", True, "декабрь 1999 г.", "8 декабря 1999")
add("hedge", "kzjp-lecture-11.ru.toml", "second-visit-date", False, "декабрь 1999 или апрель 1994")
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "first-visit-statement",
    True,
    "было подписано Совместное заявление",
)
add("choice_forms", "kzjp-lecture-11.ru.toml", "first-visit-notes", True, "вариант третий", "3)")
add(
    "case",
    "kzjp-lecture-11.ru.toml",
    "second-visit-document",
    True,
    "совместное заявление о дружбе, партнерстве и сотрудничестве",
)
add("inflection", "kzjp-lecture-11.ru.toml", "visits-effect", True, "мощного стимула", "мощным стимулом")
add(
    "list_forms",
    "kzjp-lecture-11.ru.toml",
    "japan-growing-interest",
    True,
    "с Казахстаном и с Центральной Азией",
)
add("incomplete", "kzjp-lecture-11.ru.toml", "japan-growing-interest", False, "Казахстан, Казахстан")
add("case", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-name", True, "ЕВРАЗИЙСКАЯ ДИПЛОМАТИЯ")
add("date_forms", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-year", True, "97-й")
add(
    "title",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-author",
    True,
    "Хашимото Рютаро (премьер-министр Японии)",
)
add(
    "translit",
    "kzjp-lecture-11.ru.toml",
    "eurasian-diplomacy-author",
    True,
    "Хасимото Рютаро",
    "Ryutaro Hashimoto",
)
add("layout", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-zone", True, "Wtynhfkmyfz Fpbz b Rfdrfp")
add("inflection", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-zone", True, "Центральной Азии и Кавказа")
add("choice_forms", "kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", True, "вариант 2")
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "silk-road-continuation",
    True,
    "Евразийская дипломатия (концепция)",
)
add("layout", "kzjp-lecture-11.ru.toml", "silk-road-author", True, "{fcbvjnj")
add("title", "kzjp-lecture-11.ru.toml", "silk-road-author", True, "Р. Хашимото (премьер-министр)")
add("number_words", "kzjp-lecture-11.ru.toml", "silk-road-voiced-year", True, "в девяносто седьмом году")
add("wrong_year", "kzjp-lecture-11.ru.toml", "silk-road-voiced-year", False, "1987")
add("number_words", "kzjp-lecture-11.ru.toml", "silk-road-adopted-year", True, "в девяносто восьмом")
add("title", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "Обучи Кэйдзо (премьер-министр)")
add("layout", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "J,enb")
add("translit", "kzjp-lecture-11.ru.toml", "silk-road-adopted-by", True, "Keizo Obuchi", "Кейзо Обучи")
add("number_words", "kzjp-lecture-11.ru.toml", "silk-road-directions-count", True, "трёх", "тремя")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "silk-road-directions",
    True,
    "политического диалога и экономического сотрудничества",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "silk-road-dialogue-goal",
    True,
    "углубления доверия и взаимопонимания",
    "доверия и взаимопонимания",
)
add("inflection", "kzjp-lecture-11.ru.toml", "silk-road-economic-goal", True, "освоения природных ресурсов")
add("date_forms", "kzjp-lecture-11.ru.toml", "boao-date", True, "апрель 02-го", "апрель 2002 г.")
add("title", "kzjp-lecture-11.ru.toml", "boao-speaker", True, "Коидзуми (премьер-министр)", "Д. Коизуми")
add("other_person", "kzjp-lecture-11.ru.toml", "boao-speaker", False, "Суга", "Абэ")
add("translit", "kzjp-lecture-11.ru.toml", "boao-forum", True, "Boao")
add("inflection", "kzjp-lecture-11.ru.toml", "boao-forum", True, "на Боаоском форуме")
add("choice_forms", "kzjp-lecture-11.ru.toml", "boao-concept", True, "вариант 2", "дипломатия шелкового пути")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "boao-statement",
    True,
    "центральноазиатскими странами",
    "Центральной Азии",
)
add("choice_forms", "kzjp-lecture-11.ru.toml", "trade-volume-verdict", True, "(4)", "вариант четвёртый")
add(
    "exact",
    "kzjp-lecture-11.ru.toml",
    "trade-list-unchanged",
    True,
    "почти не изменился",
    "значительно не изменился",
)
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "trade-list-unchanged", False, "изменился")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "kz-exports",
    True,
    "сырьевых ресурсов, минерального топлива, ферросплавов, титана",
)
add("layout", "kzjp-lecture-11.ru.toml", "kz-exports-dominant", True, "yt,kfujhjlyst vtnfkks")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "jp-exports",
    True,
    "автомобилей, бытовой техники, текстиля, часов",
)
add("inflection", "kzjp-lecture-11.ru.toml", "initiative-source", True, "от японской стороны", "Японии")
add("layout", "kzjp-lecture-11.ru.toml", "initiative-source", True, "Zgjybz")
add("inflection", "kzjp-lecture-11.ru.toml", "astana-role", True, "пассивная роль", "пассивного")
add("layout", "kzjp-lecture-11.ru.toml", "passive-role-cause", True, "cnhfntubb")
add("inflection", "kzjp-lecture-11.ru.toml", "passive-role-cause", True, "стратегия")
add("layout", "kzjp-lecture-11.ru.toml", "multivector-policy", True, "vyjujdtrnjhyjcnm")
add("inflection", "kzjp-lecture-11.ru.toml", "multivector-failed", True, "приоритетного направления")
# Second edition: `not-a-showcase` was re-aimed at «несколько другие направления» (review 1, #49).
add(
    "neighbour_concept",
    "kzjp-lecture-11.ru.toml",
    "not-a-showcase",
    False,
    "торгового оборота",
    "товарооборота",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "economic-committees",
    True,
    "казахстанско-японского и японско-казахстанского комитетов",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "economic-association",
    True,
    "ассоциации экономического и социального развития",
)
add("case", "kzjp-lecture-11.ru.toml", "sector-narrow", True, "УЗКАЯ ОТРАСЛЕВАЯ")
add("typo", "kzjp-lecture-11.ru.toml", "sector-narrow", True, "узкая отраслявая")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "sector-skew",
    True,
    "энергетического и транспортного",
    "энергетики и транспорта",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "tokyo-attention",
    True,
    "месторождений энергоносителей",
    "освоения месторождений энергоносителей",
)
add(
    "extra_words",
    "kzjp-lecture-11.ru.toml",
    "oil-for-tech",
    True,
    "«нефть в обмен на технологии»",
    "принцип «нефть в обмен на технологии»",
)
add("layout", "kzjp-lecture-11.ru.toml", "oil-for-tech-role", True, "rfnfkbpfnjh")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "jogmec-what",
    True,
    "японской национальной корпорацией нефти, газа и металлов",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "jogmec-merger",
    True,
    "японской национальной нефтяной корпорации и Организации добычи металла",
)
add("inflection", "kzjp-lecture-11.ru.toml", "jogmec-where", True, "на Каспии", "Каспийского моря")
add("layout", "kzjp-lecture-11.ru.toml", "jogmec-partner", True, "RfpVeyfqUfp")
add("inflection", "kzjp-lecture-11.ru.toml", "jogmec-partner", True, "с КазМунайГазом", "«КазМунайГаз»")
add("inflection", "kzjp-lecture-11.ru.toml", "kmg-predecessor", True, "НК Казахойл", "«Казахойла»")
add("layout", "kzjp-lecture-11.ru.toml", "munkuduk-name", True, "Veyreler")
add("case", "kzjp-lecture-11.ru.toml", "munkuduk-name", True, "западный мункудук")
add("inflection", "kzjp-lecture-11.ru.toml", "munkuduk-resource", True, "урановое месторождение")
add("real_word_typo", "kzjp-lecture-11.ru.toml", "munkuduk-resource", False, "ураган")
add("split_merge", "kzjp-lecture-11.ru.toml", "munkuduk-announcer", True, "Сумитомо-Сёдзи")
add("number_words", "kzjp-lecture-11.ru.toml", "munkuduk-investment", True, "около ста", "порядка 100 млн $")
add(
    "number_words",
    "kzjp-lecture-11.ru.toml",
    "munkuduk-target",
    True,
    "1 тысячи тонн",
    "одной тысячи тонн урана в год",
)
add("layout", "kzjp-lecture-11.ru.toml", "munkuduk-target", True, "nsczxf")
add("number_words", "kzjp-lecture-11.ru.toml", "munkuduk-target-year", True, "к 2010-му")
add("hedge", "kzjp-lecture-11.ru.toml", "munkuduk-target-year", False, "2010 или 2007")
add("choice_forms", "kzjp-lecture-11.ru.toml", "cooperation-limited", True, "ответ 3", "вариант 3")
add("layout", "kzjp-lecture-11.ru.toml", "authorities-attitude", True, "ghbdtncnde.n")
add("inflection", "kzjp-lecture-11.ru.toml", "authorities-attitude", True, "приветствуется", "одобрительно")
add("inflection", "kzjp-lecture-11.ru.toml", "japan-aim", True, "Ближнего Востока", "от Ближнего Востока")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "middle-east-reason",
    True,
    "напряжённую внутриполитическую ситуацию",
)
# Second edition: «полностью» on the Latin layout; the alias was removed (review 1, #18).
add("neighbour_concept", "kzjp-lecture-11.ru.toml", "japan-dependence", False, "gjkyjcnm.")
add("inflection", "kzjp-lecture-11.ru.toml", "japan-dependence", True, "практически в полной")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "uranium-kz-offers",
    True,
    "допуска к урановым месторождениям и поставок урана за рубеж",
)
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "uranium-japan-offers",
    True,
    "технологий переработки урана и строительства ядерных реакторов",
)
add("inflection", "kzjp-lecture-11.ru.toml", "reactor-type", True, "легководных", "реакторы на лёгкой воде")
add(
    "inflection",
    "kzjp-lecture-11.ru.toml",
    "peaceful-atom-agreement",
    True,
    "мирному использованию атомной энергии",
)
add("inflection", "kzjp-lecture-11.ru.toml", "peaceful-atom-needed-for", True, "налаживания поставок урана")
add("choice_forms", "kzjp-lecture-11.ru.toml", "agreement-outlook", True, "вариант 2", "это — дело времени")
add("inflection", "kzjp-lecture-11.ru.toml", "unequal-exchange", True, "неравноценным обменом")
add("inflection", "kzjp-lecture-11.ru.toml", "unsc-membership", True, "Совете Безопасности ООН")
add("case", "kzjp-lecture-11.ru.toml", "cica-preparation", True, "свмда")

add(
    "date_forms", "kzjp-25-years.ru.toml", "high-level-recognition-date", True, "28.12.91", "28 декабря 91-го"
)
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "high-level-diplomatic-relations-year",
    True,
    "в девяносто втором",
)
add("order", "kzjp-25-years.ru.toml", "high-level-first-visit-who", True, "Ватанабэ Митио")
add(
    "title",
    "kzjp-25-years.ru.toml",
    "high-level-first-visit-who",
    True,
    "М. Ватанабэ (министр иностранных дел)",
)
add("translit", "kzjp-25-years.ru.toml", "high-level-first-visit-who", True, "Watanabe", "Мичио Ватанабе")
add("date_forms", "kzjp-25-years.ru.toml", "high-level-first-visit-date", True, "май 1992 г.", "в мае 92-го")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "high-level-book-of-memory-recipient",
    True,
    "Хосокаве",
    "Морихиро Хосокава",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "high-level-chrysanthemum-order",
    True,
    "орденом Хризантемы на Большой ленте",
)
add("layout", "kzjp-25-years.ru.toml", "high-level-altyn-kyran", True, "Fknsy Rshfy")
add("inflection", "kzjp-25-years.ru.toml", "high-level-altyn-kyran", True, "орденом «Алтын Қыран»")
add("inflection", "kzjp-25-years.ru.toml", "high-level-akihito", True, "Императора Акихито")
add("same_surname", "kzjp-25-years.ru.toml", "high-level-abe", False, "Акиэ Абэ (супруга)")
add("inflection", "kzjp-25-years.ru.toml", "high-level-abe", True, "с Синдзо Абэ", "Синзо Абэ")
add("inflection", "kzjp-25-years.ru.toml", "parliament-league-chair", True, "Такео Кавамурой", "Кавамуры")
add("inflection", "kzjp-25-years.ru.toml", "parliament-mami", True, "Кайрата Мами")
add("inflection", "kzjp-25-years.ru.toml", "parliament-mukhamedzhanov", True, "Урала Мухамеджанова")
add("inflection", "kzjp-25-years.ru.toml", "parliament-isimbayeva", True, "Исимбаевой", "Г. Исимбаевой")
add("inflection", "kzjp-25-years.ru.toml", "parliament-tokayev", True, "Токаева", "Касымом-Жомартом Токаевым")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "parliament-japanese-delegations",
    True,
    "девяти",
    "девять делегаций",
)
add("number_words", "kzjp-25-years.ru.toml", "parliament-ex-pm-delegations", True, "четырёх", "четырьмя")
add("number_words", "kzjp-25-years.ru.toml", "economy-consortium-size", True, "шести компаний")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "economy-investors-number",
    True,
    "около двухсот пятидесяти инвесторов",
)
add("number_words", "kzjp-25-years.ru.toml", "economy-branches-number", True, "семидесяти четырёх")
add("layout", "kzjp-25-years.ru.toml", "economy-tokyo-conference-ebrd", True, "T<HH")
add(
    "extra_words",
    "kzjp-25-years.ru.toml",
    "economy-tokyo-conference-ebrd",
    True,
    "ЕБРР (Европейский банк реконструкции и развития)",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "economy-sumitomo",
    True,
    "Сумитомо Корпорейшн",
    "корпорация Сумитомо",
)
add("extra_words", "kzjp-25-years.ru.toml", "economy-marubeni", True, "Марубени Корпорейшн (Marubeni)")
add("inflection", "kzjp-25-years.ru.toml", "economy-strategies", True, "«Нурлы жол» и «Абэномики»")
add("inflection", "kzjp-25-years.ru.toml", "economy-eaeu-wto", True, "в ЕАЭС и ВТО")
add("inflection", "kzjp-25-years.ru.toml", "economy-aifc", True, "Международного финансового центра «Астана»")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "economy-jcif-organizer",
    True,
    "Японским центром международных финансов",
)
add("inflection", "kzjp-25-years.ru.toml", "economy-juki-industry", True, "лёгкой промышленности")
add("layout", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-cities", True, "Fkvfns b Nfklsrjhufy")
add("number_words", "kzjp-25-years.ru.toml", "healthcare-almaty-grant-towns", True, "шестнадцати")
add("number_words", "kzjp-25-years.ru.toml", "healthcare-astana-children-amount", True, "995 миллионов йен")
add("number_words", "kzjp-25-years.ru.toml", "healthcare-ambulance-amount", True, "454 миллиона йен")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "healthcare-kyzylorda-amount",
    True,
    "четыреста шестьдесят семь",
    "467 миллионов йен",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "healthcare-kyzylorda-city",
    True,
    "города Кызылорды",
    "в Кызылорде",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "healthcare-nagasaki-treaty-parties",
    True,
    "Семипалатинской медакадемией и Университетом Нагасаки",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "healthcare-radiological-medicine",
    True,
    "радиологической медицины",
)
add("layout", "kzjp-25-years.ru.toml", "healthcare-expert-cities", True, "Yfufcfrb b {bhjcbvf")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "healthcare-telebridge-cities",
    True,
    "Нагасаки, Семипалатинска и Токио",
)
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "healthcare-telebridge-anniversary",
    True,
    "пятидесятилетию",
    "50-летие",
)
add("number_words", "kzjp-25-years.ru.toml", "healthcare-semey-hospitals", True, "трём", "трёх")
add("number_words", "kzjp-25-years.ru.toml", "healthcare-ultrasound-number", True, "пяти", "5 аппаратов")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "healthcare-tuberculosis",
    True,
    "туберкулёза лёгких",
    "туберкулеза",
)
add("number_words", "kzjp-25-years.ru.toml", "healthcare-cytologists-trained", True, "тридцати шести")
add("inflection", "kzjp-25-years.ru.toml", "healthcare-cytology-atlas", True, "цитологического атласа")
add("inflection", "kzjp-25-years.ru.toml", "healthcare-japanese-program", True, "Японской программой")
add("layout", "kzjp-25-years.ru.toml", "atom-delegation-cities", True, "Fcnfyf b Ctvtq")
add("inflection", "kzjp-25-years.ru.toml", "atom-delegation-cities", True, "Астану и Семей")
add("layout", "kzjp-25-years.ru.toml", "atom-mayors-cities", True, "{bhjcbvf b Yfufcfrb")
add("inflection", "kzjp-25-years.ru.toml", "atom-mayors-cities", True, "Хиросимы и Нагасаки")
add("inflection", "kzjp-25-years.ru.toml", "atom-cochairs-countries", True, "Казахстана и Японии")
add("layout", "kzjp-25-years.ru.toml", "atom-cochairs-countries", True, "Zgjybz b Rfpf[cnfy")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "atom-resolution-initiator",
    True,
    "Республики Казахстан",
    "Казахстана",
)
add("number_words", "kzjp-25-years.ru.toml", "atom-panel-anniversary", True, "двадцатипятилетию", "25-летия")
add("number_words", "kzjp-25-years.ru.toml", "atom-nnc-years", True, "двадцатилетие", "20-летие")
add("layout", "kzjp-25-years.ru.toml", "atom-nnc-years", True, "ldflwfnm")
add(
    "extra_words",
    "kzjp-25-years.ru.toml",
    "atom-iaea",
    True,
    "МАГАТЭ (Международное агентство по атомной энергии)",
)
add("inflection", "kzjp-25-years.ru.toml", "atom-jaea-training", True, "Агентством по атомной энергии Японии")
add("inflection", "kzjp-25-years.ru.toml", "jica-first-association-country", True, "Филиппинах")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "jica-trained-count",
    True,
    "более тысячи двухсот",
    "свыше 1200 человек",
)
add("inflection", "kzjp-25-years.ru.toml", "jica-trainee-groups", True, "госслужащих, частного сектора и НПО")
add("number_words", "kzjp-25-years.ru.toml", "jica-meetings-count", True, "шести", "шесть ежегодных собраний")
add("inflection", "kzjp-25-years.ru.toml", "bulletin-name", True, "«Япония–Казахстан: мосты дружбы»")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "bulletin-first-issue-anniversary",
    True,
    "двадцатилетия",
    "20-летия",
)
add("inflection", "kzjp-25-years.ru.toml", "bulletin-araki", True, "Араки", "Мицую Араки")
add("inflection", "kzjp-25-years.ru.toml", "bulletin-araki-university", True, "Университета Досися")
add("number_words", "kzjp-25-years.ru.toml", "bulletin-araki-years-asia", True, "более сорока пяти", "45 лет")
add("inflection", "kzjp-25-years.ru.toml", "bulletin-location", True, "в г. Астане")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "bulletin-circulation",
    True,
    "тысячу экземпляров",
    "1 тыс. экземпляров",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "kurokawa-master-plan-author",
    True,
    "Кисё Курокавой",
    "Курокава Кишо",
)
add("layout", "kzjp-25-years.ru.toml", "kurokawa-cofounders", True, "Rbrenfr' b Vfrb")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "kurokawa-cofounders",
    True,
    "Кикутакэ и Маки",
    "с Киёнори Кикутакэ и Фумихико Маки",
)
add("inflection", "kzjp-25-years.ru.toml", "kurokawa-tange", True, "Кэндзо Тангэ", "Кендзо Танге")
add("inflection", "kzjp-25-years.ru.toml", "kurokawa-tange-city", True, "Хиросиму", "города Хиросимы")
add("inflection", "kzjp-25-years.ru.toml", "kurokawa-river-axis", True, "руслом реки")
add("number_words", "kzjp-25-years.ru.toml", "kurokawa-plan-duration", True, "двух лет", "в течение двух лет")
add("inflection", "kzjp-25-years.ru.toml", "kurokawa-letter-recipient", True, "Тажину", "М. Тажину")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "kurokawa-letter-signatories",
    True,
    "двухсот",
    "более 200 членов",
)
add("inflection", "kzjp-25-years.ru.toml", "kurokawa-mikio", True, "Микио Курокавой")
add("extra_words", "kzjp-25-years.ru.toml", "kurokawa-mikio", True, "Микио Курокава, сын Кисё Курокавы")
add("date_forms", "kzjp-25-years.ru.toml", "expo-opened", True, "10-го июня 2017 г.", "10 июня 17-го")
add("date_forms", "kzjp-25-years.ru.toml", "expo-closed", True, "10-го сентября 2017 года")
add(
    "number_words",
    "kzjp-25-years.ru.toml",
    "expo-total-visitors",
    True,
    "около 4 млн человек",
    "четырёх миллионов",
)
add("number_words", "kzjp-25-years.ru.toml", "expo-japan-pavilion-visitors", True, "726 825 человек")
add("inflection", "kzjp-25-years.ru.toml", "expo-ambassador", True, "Итиро Кавабаты", "Кавабатой")
add("layout", "kzjp-25-years.ru.toml", "expo-ambassador", True, "Bnbhj Rfdf,fnf")
add("inflection", "kzjp-25-years.ru.toml", "expo-symbol", True, "красного круга")
add("extra_words", "kzjp-25-years.ru.toml", "expo-symbol", True, "красный круг (символ Японии)")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "expo-three-colors",
    True,
    "традиционных источников энергии, возобновляемых источников энергии и энергии будущего",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "expo-3es-components",
    True,
    "энергетической безопасности, экономической эффективности, окружающей среды и безопасности",
)
add("inflection", "kzjp-25-years.ru.toml", "expo-3es-priority", True, "безопасности")
add("number_words", "kzjp-25-years.ru.toml", "expo-pavilion-sectors", True, "трёх", "3 сектора")
add("date_forms", "kzjp-25-years.ru.toml", "expo-national-day", True, "22-го июля 2017 г.")
add("layout", "kzjp-25-years.ru.toml", "expo-filmmakers", True, "Rehjcfdf b Buexb")
add("inflection", "kzjp-25-years.ru.toml", "expo-filmmakers", True, "Акиры Куросавы и Нобору Игучи")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "expo-national-day-show",
    True,
    "танцев гейш и традиционного японского парада",
)
add("inflection", "kzjp-25-years.ru.toml", "expo-kamon", True, "Тацуо Камона")
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "institute-science-focus",
    True,
    "атомных технологиях и предупреждении чрезвычайных ситуаций",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "institute-base",
    True,
    "Международного научного комплекса «Астана»",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "institute-activities",
    True,
    "научно-прикладную, экспертно-аналитическую и консалтинговую",
)
add(
    "inflection",
    "kzjp-25-years.ru.toml",
    "conclusion-author-posts",
    True,
    "директора МНК «Астана», академика РАЕН, президента Ассоциации выпускников JICA",
)


# ---------------------------------------------------------------------------------------------
# RELABELLED_FOR_SECOND_EDITION: the cases changed when the decks' second edition (2747e58,
# eababff, after shared review deck-review-1.md) made them stale, keyed by the set and the case
# number in the test ids of that time (the examiner's set here, "real" = real_deck_cases.py).
# Each case keeps its examiner's intent: an option picked by number follows that option to its new
# position in the same form («первый» -> «третий», "option 1" -> "option 3"); an alias the review
# ruled wrong becomes a wrong answer (family neighbour_concept / concept_trap, since the families of
# right answers hold right answers only); answers to the old `not-a-showcase` question were judged
# against the new one. Old and new are equal where the label was kept: the reason says why, and
# these still fail against the grader. Also changed: test_lists_choices.py's choice-by-number
# parameters ("the first one", "option 1" on first-visit-notes -> "the third one", "option 3";
# «вариант первый» on high-level-first-visit-post -> «вариант четвёртый»).
# ---------------------------------------------------------------------------------------------


class Relabel(NamedTuple):
    """A case as it was, as it is, and why (the labels come from the decks and the source only)."""

    old: Case
    new: Case
    reason: str


RELABELLED_FOR_SECOND_EDITION: dict[str, Relabel] = {
    "examiner 0036": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "1", True, "trial"),
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "4", True, "trial"),
        "the key moved from option 1 to 4 (review 1, #1); same form; the trial student typed 1 for the key on the first edition",
    ),
    "examiner 0044": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "1", True, "trial"),
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "2", True, "trial"),
        "the key moved from option 1 to 2 (review 1, #1); same form; the trial student typed 1 for the key on the first edition",
    ),
    "examiner 0045": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "1", True, "trial"),
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "3", True, "trial"),
        "the key moved from option 1 to 3 (review 1, #1); same form; the trial student typed 1 for the key on the first edition",
    ),
    "examiner 0423": Relabel(
        Case("kzjp-2021.en.toml", "green-energy", "renewable energy", True, "exact"),
        Case("kzjp-2021.en.toml", "green-energy", "renewable energy", False, "neighbour_concept"),
        "alias removed by review 1, #19: not the text's term; neighbour_concept",
    ),
    "examiner 0658": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 0659": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "первый", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "третий", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 0660": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "ответ 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "ответ 3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 0661": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "(1)", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "(3)", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 0662": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "вариант 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "вариант 3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 0666": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "3", False, "wrong_choice"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "4", False, "wrong_choice"),
        "the Joint Statement distractor moved from option 3 to 4 (review 1, #1)",
    ),
    "examiner 0746": Relabel(
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 0747": Relabel(
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "первый", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "второй", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 0748": Relabel(
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "ответ 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "ответ 2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 0749": Relabel(
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "(1)", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "(2)", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 0750": Relabel(
        Case(
            "kzjp-lecture-11.ru.toml",
            "eurasian-diplomacy-purpose",
            "продвижению двустороннего сотрудничества Японии с Казахстаном и другими странами Центральной Азии",
            True,
            "choice_forms",
        ),
        Case(
            "kzjp-lecture-11.ru.toml",
            "eurasian-diplomacy-purpose",
            "продвижению двустороннего сотрудничества Японии с Казахстаном и другими странами Центральной Азии",
            True,
            "choice_forms",
        ),
        "kept right: the source's own words (line 51: «продвижению двустороннего сотрудничества Японии с Казахстаном и другими странами центральноазиатского региона»); they name option 2 and no other, so a teacher accepts them; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 0751": Relabel(
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "2", False, "wrong_choice"),
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "3", False, "wrong_choice"),
        "the energy-dependence distractor moved from option 2 to 3 (review 1, #1)",
    ),
    "examiner 0888": Relabel(
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 0889": Relabel(
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "первый", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "четвёртый", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 0890": Relabel(
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "ответ 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "ответ 4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 0891": Relabel(
        Case(
            "kzjp-lecture-11.ru.toml",
            "trade-volume-verdict",
            "что странам ещё далеко до того времени, когда они реально могут называть друг друга партнёрами",
            True,
            "choice_forms",
        ),
        Case(
            "kzjp-lecture-11.ru.toml",
            "trade-volume-verdict",
            "что странам ещё далеко до того времени, когда они реально могут называть друг друга партнёрами",
            True,
            "choice_forms",
        ),
        "kept right: the source's own words (line 61: «странам еще далеко до того времени, когда они реально могут называть друг друга партнерами»); they name option 4 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 0976": Relabel(
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "торговый оборот", True, "exact"),
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "торговый оборот", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 0977": Relabel(
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "товарооборот", True, "exact"),
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "товарооборот", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 0978": Relabel(
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "торговля", True, "exact"),
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "торговля", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 0979": Relabel(
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "объем товарооборота", True, "yo"),
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "объем товарооборота", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 0980": Relabel(
        Case(
            "kzjp-lecture-11.ru.toml",
            "not-a-showcase",
            "торговый оборот между двумя странами",
            True,
            "extra_words",
        ),
        Case(
            "kzjp-lecture-11.ru.toml",
            "not-a-showcase",
            "торговый оборот между двумя странами",
            False,
            "neighbour_concept",
        ),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 0981": Relabel(
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "njhujdsq j,jhjn", True, "layout"),
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "njhujdsq j,jhjn", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 1152": Relabel(
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1153": Relabel(
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "первый", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "третий", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1154": Relabel(
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "(1)", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "(3)", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1155": Relabel(
        Case(
            "kzjp-lecture-11.ru.toml",
            "cooperation-limited",
            "разведкой, добычей и транспортировкой природных ископаемых",
            True,
            "choice_forms",
        ),
        Case(
            "kzjp-lecture-11.ru.toml",
            "cooperation-limited",
            "разведкой, добычей и транспортировкой природных ископаемых",
            False,
            "neighbour_concept",
        ),
        "the card now asks how broad the cooperation is (review 1, #50); naming the activities (`resource-activities`' answer) gives no limitation and picks no option; neighbour_concept",
    ),
    "examiner 1189": Relabel(
        Case("kzjp-lecture-11.ru.toml", "japan-dependence", "полностью", True, "exact"),
        Case("kzjp-lecture-11.ru.toml", "japan-dependence", "полностью", False, "neighbour_concept"),
        "alias removed by review 1, #18: overstates «практически в полной зависимости»; neighbour_concept",
    ),
    "examiner 1229": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1230": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "это дело времени", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "это дело времени", True, "choice_forms"),
        "kept right: the source says «заключение подобного соглашения является делом времени» (line 85) and the prompt already names the conclusion; the answer names option 2 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 1231": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "первый", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "второй", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1232": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "ответ 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "ответ 2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1233": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "дело времени", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "дело времени", True, "choice_forms"),
        "kept right: the source says «заключение подобного соглашения является делом времени» (line 85) and the prompt already names the conclusion; the answer names option 2 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 1234": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "2", False, "wrong_choice"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "1", False, "wrong_choice"),
        "the 'already signed' distractor moved from option 2 to 1 (review 1, #1)",
    ),
    "examiner 1403": Relabel(
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1404": Relabel(
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "first", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "third", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1405": Relabel(
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "option 1", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "option 3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1406": Relabel(
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "the first one", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "the third one", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1469": Relabel(
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1470": Relabel(
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "first", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "second", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1471": Relabel(
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "answer 1", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "answer 2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1472": Relabel(
        Case(
            "kzjp-lecture-11.en.toml",
            "eurasian-diplomacy-purpose",
            "bilateral cooperation of Japan with Kazakhstan and the other countries of Central Asia",
            True,
            "choice_forms",
        ),
        Case(
            "kzjp-lecture-11.en.toml",
            "eurasian-diplomacy-purpose",
            "bilateral cooperation of Japan with Kazakhstan and the other countries of Central Asia",
            True,
            "choice_forms",
        ),
        "kept right: the old key, a faithful rendering of the source (line 51: «продвижению двустороннего сотрудничества Японии с Казахстаном и другими странами центральноазиатского региона»); it names option 2 and no other, so a teacher accepts it; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 1475": Relabel(
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "2", False, "wrong_choice"),
        Case("kzjp-lecture-11.en.toml", "eurasian-diplomacy-purpose", "3", False, "wrong_choice"),
        "the energy-dependence distractor moved from option 2 to 3 (review 1, #1)",
    ),
    "examiner 1576": Relabel(
        Case("kzjp-lecture-11.en.toml", "trade-volume-verdict", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "trade-volume-verdict", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 1577": Relabel(
        Case("kzjp-lecture-11.en.toml", "trade-volume-verdict", "first", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "trade-volume-verdict", "fourth", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 1578": Relabel(
        Case(
            "kzjp-lecture-11.en.toml",
            "trade-volume-verdict",
            "that the countries are still far from the time when they can really call each other partners",
            True,
            "choice_forms",
        ),
        Case(
            "kzjp-lecture-11.en.toml",
            "trade-volume-verdict",
            "that the countries are still far from the time when they can really call each other partners",
            True,
            "choice_forms",
        ),
        "kept right: the old key, a faithful rendering of the source (line 61: «странам еще далеко до того времени, когда они реально могут называть друг друга партнерами»); it names option 4 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 1649": Relabel(
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "trade turnover", True, "exact"),
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "trade turnover", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 1650": Relabel(
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "trade", True, "exact"),
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "trade", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 1651": Relabel(
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "the volume of trade", True, "exact"),
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "the volume of trade", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 1652": Relabel(
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "trade volume", True, "exact"),
        Case("kzjp-lecture-11.en.toml", "not-a-showcase", "trade volume", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 1787": Relabel(
        Case("kzjp-lecture-11.en.toml", "cooperation-limited", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "cooperation-limited", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1788": Relabel(
        Case("kzjp-lecture-11.en.toml", "cooperation-limited", "first", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "cooperation-limited", "third", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1789": Relabel(
        Case(
            "kzjp-lecture-11.en.toml",
            "cooperation-limited",
            "exploration, extraction and transportation of natural resources",
            True,
            "choice_forms",
        ),
        Case(
            "kzjp-lecture-11.en.toml",
            "cooperation-limited",
            "exploration, extraction and transportation of natural resources",
            False,
            "neighbour_concept",
        ),
        "the card now asks how broad the cooperation is (review 1, #50); naming the activities (`resource-activities`' answer) gives no limitation and picks no option; neighbour_concept",
    ),
    "examiner 1818": Relabel(
        Case("kzjp-lecture-11.en.toml", "japan-dependence", "completely", True, "exact"),
        Case("kzjp-lecture-11.en.toml", "japan-dependence", "completely", False, "neighbour_concept"),
        "alias removed by review 1, #18: overstates «практически в полной зависимости»; neighbour_concept",
    ),
    "examiner 1851": Relabel(
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "1", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1852": Relabel(
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "it is a matter of time", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "it is a matter of time", True, "choice_forms"),
        "kept right: the source says «заключение подобного соглашения является делом времени» (line 85) and the prompt already names the conclusion; the answer names option 2 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 1853": Relabel(
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "a matter of time", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "a matter of time", True, "choice_forms"),
        "kept right: the source says «заключение подобного соглашения является делом времени» (line 85) and the prompt already names the conclusion; the answer names option 2 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "examiner 1854": Relabel(
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "first", True, "choice_forms"),
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "second", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1855": Relabel(
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "2", False, "wrong_choice"),
        Case("kzjp-lecture-11.en.toml", "agreement-outlook", "1", False, "wrong_choice"),
        "the 'already signed' distractor moved from option 2 to 1 (review 1, #1)",
    ),
    "examiner 1920": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "четвёртый", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 1921": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "ответ 1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "ответ 4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 1956": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "второй", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1957": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "ответ 1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "ответ 2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 1959": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "2", False, "wrong_choice"),
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "1", False, "wrong_choice"),
        "the Semipalatinsk distractor moved from option 2 to 1 (review 1, #1)",
    ),
    "examiner 1962": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "третий", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 1965": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "3", False, "wrong_choice"),
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "1", False, "wrong_choice"),
        "the investment-agreement distractor moved from option 3 to 1 (review 1, #1)",
    ),
    "examiner 2001": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 2004": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "2", False, "wrong_choice"),
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "1", False, "wrong_choice"),
        "the «О дружбе, партнерстве и сотрудничестве…» distractor moved from option 2 to 1 (review 1, #1)",
    ),
    "examiner 2062": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 2063": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "третий", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 2124": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 2125": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "четвёртый", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 2205": Relabel(
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 2206": Relabel(
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "второй", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 2208": Relabel(
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "2", False, "wrong_choice"),
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "1", False, "wrong_choice"),
        "option 2 (the «Глобальная конференция парламентариев…» distractor) left the card; the trap, a distractor by number, moves to option 1, the one a careless Enter picks (review 1, #1)",
    ),
    "examiner 2354": Relabel(
        Case("kzjp-25-years.ru.toml", "healthcare-almaty-grant-amount", "1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "healthcare-almaty-grant-amount", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 2356": Relabel(
        Case("kzjp-25-years.ru.toml", "healthcare-almaty-grant-amount", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "healthcare-almaty-grant-amount", "третий", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 2750": Relabel(
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 2751": Relabel(
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "первый", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "четвёртый", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 2753": Relabel(
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "4", False, "wrong_choice"),
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "2", False, "wrong_choice"),
        "the «Невозможность плавления…» distractor moved from option 4 to 2 (review 1, #1)",
    ),
    "examiner 2977": Relabel(
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 2978": Relabel(
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "ответ 1", True, "choice_forms"),
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "ответ 4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 2982": Relabel(
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "4", False, "wrong_choice"),
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "3", False, "wrong_choice"),
        "the historic-buildings distractor moved from option 4 to 3 (review 1, #1)",
    ),
    "examiner 3157": Relabel(
        Case("kzjp-25-years.ru.toml", "expo-osaka-stage", "Осака", True, "exact"),
        Case("kzjp-25-years.ru.toml", "expo-osaka-stage", "Осака", False, "neighbour_concept"),
        "alias removed by review 1, #17: the city, not the troupe; neighbour_concept",
    ),
    "examiner 3238": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-first-visit-post", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-first-visit-post", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 3239": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-first-visit-post", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-first-visit-post", "fourth", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 3240": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-first-visit-post", "option 1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-first-visit-post", "option 4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 3277": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-book-of-memory-content", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-book-of-memory-content", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 3278": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-book-of-memory-content", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-book-of-memory-content", "second", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 3280": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-book-of-memory-content", "2", False, "wrong_choice"),
        Case("kzjp-25-years.en.toml", "high-level-book-of-memory-content", "1", False, "wrong_choice"),
        "the Semipalatinsk distractor moved from option 2 to 1 (review 1, #1)",
    ),
    "examiner 3283": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-joint-statement-1999", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-joint-statement-1999", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 3284": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-joint-statement-1999", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-joint-statement-1999", "third", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 3287": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-joint-statement-1999", "3", False, "wrong_choice"),
        Case("kzjp-25-years.en.toml", "high-level-joint-statement-1999", "1", False, "wrong_choice"),
        "the investment-agreement distractor moved from option 3 to 1 (review 1, #1)",
    ),
    "examiner 3323": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-statement-2016-title", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-statement-2016-title", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 3324": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-statement-2016-title", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "high-level-statement-2016-title", "second", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 3327": Relabel(
        Case("kzjp-25-years.en.toml", "high-level-statement-2016-title", "2", False, "wrong_choice"),
        Case("kzjp-25-years.en.toml", "high-level-statement-2016-title", "1", False, "wrong_choice"),
        "the 'On Friendship, Partnership and Cooperation…' distractor moved from option 2 to 1 (review 1, #1)",
    ),
    "examiner 3381": Relabel(
        Case("kzjp-25-years.en.toml", "parliament-kawamura-former-post", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "parliament-kawamura-former-post", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 3382": Relabel(
        Case("kzjp-25-years.en.toml", "parliament-kawamura-former-post", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "parliament-kawamura-former-post", "third", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 3439": Relabel(
        Case("kzjp-25-years.en.toml", "parliament-population-conference", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "parliament-population-conference", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 3440": Relabel(
        Case("kzjp-25-years.en.toml", "parliament-population-conference", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "parliament-population-conference", "fourth", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 3518": Relabel(
        Case("kzjp-25-years.en.toml", "economy-tokyo-conference-name", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "economy-tokyo-conference-name", "2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 3519": Relabel(
        Case("kzjp-25-years.en.toml", "economy-tokyo-conference-name", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "economy-tokyo-conference-name", "second", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 3522": Relabel(
        Case("kzjp-25-years.en.toml", "economy-tokyo-conference-name", "2", False, "wrong_choice"),
        Case("kzjp-25-years.en.toml", "economy-tokyo-conference-name", "1", False, "wrong_choice"),
        "option 2 (the 'Global Conference of Parliamentarians…' distractor) left the card; the trap, a distractor by number, moves to option 1, the one a careless Enter picks (review 1, #1)",
    ),
    "examiner 3659": Relabel(
        Case("kzjp-25-years.en.toml", "healthcare-almaty-grant-amount", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "healthcare-almaty-grant-amount", "3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 3660": Relabel(
        Case("kzjp-25-years.en.toml", "healthcare-almaty-grant-amount", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "healthcare-almaty-grant-amount", "third", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 3852": Relabel(
        Case("kzjp-25-years.en.toml", "healthcare-papanicolaou", "Pap", True, "exact"),
        Case("kzjp-25-years.en.toml", "healthcare-papanicolaou", "Pap", False, "neighbour_concept"),
        "alias removed by review 1, #16: a test and a stain, not the scientist asked for; neighbour_concept",
    ),
    "examiner 3853": Relabel(
        Case("kzjp-25-years.en.toml", "healthcare-papanicolaou", "Pap stain", True, "exact"),
        Case("kzjp-25-years.en.toml", "healthcare-papanicolaou", "Pap stain", False, "neighbour_concept"),
        "alias removed by review 1, #16: a test and a stain, not the scientist asked for; neighbour_concept",
    ),
    "examiner 4026": Relabel(
        Case("kzjp-25-years.en.toml", "atom-experiments-result", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "atom-experiments-result", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 4027": Relabel(
        Case("kzjp-25-years.en.toml", "atom-experiments-result", "first", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "atom-experiments-result", "fourth", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 4029": Relabel(
        Case("kzjp-25-years.en.toml", "atom-experiments-result", "4", False, "wrong_choice"),
        Case("kzjp-25-years.en.toml", "atom-experiments-result", "2", False, "wrong_choice"),
        "the 'fuel cannot melt' distractor moved from option 4 to 2 (review 1, #1)",
    ),
    "examiner 4225": Relabel(
        Case("kzjp-25-years.en.toml", "kurokawa-main-idea", "1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "kurokawa-main-idea", "4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 4226": Relabel(
        Case("kzjp-25-years.en.toml", "kurokawa-main-idea", "option 1", True, "choice_forms"),
        Case("kzjp-25-years.en.toml", "kurokawa-main-idea", "option 4", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 4230": Relabel(
        Case("kzjp-25-years.en.toml", "kurokawa-main-idea", "4", False, "wrong_choice"),
        Case("kzjp-25-years.en.toml", "kurokawa-main-idea", "3", False, "wrong_choice"),
        "the historic-buildings distractor moved from option 4 to 3 (review 1, #1)",
    ),
    "examiner 4394": Relabel(
        Case("kzjp-25-years.en.toml", "expo-osaka-stage", "Osaka", True, "exact"),
        Case("kzjp-25-years.en.toml", "expo-osaka-stage", "Osaka", False, "neighbour_concept"),
        "alias removed by review 1, #17: the city, not the troupe; neighbour_concept",
    ),
    "examiner 4561": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "вариант первый", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "вариант третий", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 4562": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "1)", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "3)", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 4575": Relabel(
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "вариант 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "вариант 2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 4604": Relabel(
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "(1)", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "(4)", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 4605": Relabel(
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "вариант первый", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "вариант четвёртый", True, "choice_forms"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "examiner 4621": Relabel(
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "торгового оборота", True, "inflection"),
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "торгового оборота", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 4622": Relabel(
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "товарооборота", True, "inflection"),
        Case("kzjp-lecture-11.ru.toml", "not-a-showcase", "товарооборота", False, "neighbour_concept"),
        "the card was re-aimed at «несколько другие направления» / 'somewhat different things' (review 1, #49): trade is the next sentence's subject, not what Japan takes economic cooperation to mean, and the card rejects it; wrong answers are neighbour_concept",
    ),
    "examiner 4655": Relabel(
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "ответ 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "ответ 3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 4656": Relabel(
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "вариант 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "cooperation-limited", "вариант 3", True, "choice_forms"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "examiner 4663": Relabel(
        Case("kzjp-lecture-11.ru.toml", "japan-dependence", "gjkyjcnm.", True, "layout"),
        Case("kzjp-lecture-11.ru.toml", "japan-dependence", "gjkyjcnm.", False, "neighbour_concept"),
        "alias removed by review 1, #18: overstates «практически в полной зависимости»; neighbour_concept",
    ),
    "examiner 4671": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "вариант 1", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "вариант 2", True, "choice_forms"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "examiner 4672": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "это — дело времени", True, "choice_forms"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "это — дело времени", True, "choice_forms"),
        "kept right: the source says «заключение подобного соглашения является делом времени» (line 85) and the prompt already names the conclusion; the answer names option 2 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "real 0497": Relabel(
        Case("kzjp-2021.en.toml", "green-energy", "renewable energy", True, "concept_variant"),
        Case("kzjp-2021.en.toml", "green-energy", "renewable energy", False, "concept_trap"),
        "alias removed by review 1, #19: not the text's term; concept_trap",
    ),
    "real 0591": Relabel(
        Case("kzjp-25-years.ru.toml", "expo-osaka-stage", "Осака", True, "concept_variant"),
        Case("kzjp-25-years.ru.toml", "expo-osaka-stage", "Осака", False, "concept_trap"),
        "alias removed by review 1, #17: the city, not the troupe; concept_trap",
    ),
    "real 0917": Relabel(
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "1", True, "choice_ok"),
        Case("kzjp-lecture-11.ru.toml", "first-visit-notes", "3", True, "choice_ok"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "real 0920": Relabel(
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "1", True, "choice_ok"),
        Case("kzjp-lecture-11.en.toml", "first-visit-notes", "3", True, "choice_ok"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "real 0925": Relabel(
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "1", True, "choice_ok"),
        Case("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-purpose", "2", True, "choice_ok"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "real 0926": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "1", True, "choice_ok"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "2", True, "choice_ok"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "real 0927": Relabel(
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "это дело времени", True, "choice_ok"),
        Case("kzjp-lecture-11.ru.toml", "agreement-outlook", "это дело времени", True, "choice_ok"),
        "kept right: the source says «заключение подобного соглашения является делом времени» (line 85) and the prompt already names the conclusion; the answer names option 2 and no other; the grader now rejects it (left failing for the lead)",
    ),
    "real 0928": Relabel(
        Case("kzjp-lecture-11.en.toml", "cooperation-limited", "1", True, "choice_ok"),
        Case("kzjp-lecture-11.en.toml", "cooperation-limited", "3", True, "choice_ok"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "real 0929": Relabel(
        Case(
            "kzjp-lecture-11.en.toml",
            "cooperation-limited",
            "exploration, extraction and transportation of natural resources",
            True,
            "choice_ok",
        ),
        Case(
            "kzjp-lecture-11.en.toml",
            "cooperation-limited",
            "exploration, extraction and transportation of natural resources",
            False,
            "concept_trap",
        ),
        "the card now asks how broad the cooperation is (review 1, #50); naming the activities (`resource-activities`' answer) gives no limitation and picks no option; concept_trap",
    ),
    "real 0930": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "2", True, "choice_ok"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "real 0932": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "high-level-first-visit-post", "4", True, "choice_ok"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "real 0934": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "3", True, "choice_ok"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "real 0939": Relabel(
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "kurokawa-main-idea", "4", True, "choice_ok"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "real 0941": Relabel(
        Case("kzjp-25-years.ru.toml", "healthcare-almaty-grant-amount", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "healthcare-almaty-grant-amount", "3", True, "choice_ok"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "real 0943": Relabel(
        Case("kzjp-25-years.en.toml", "healthcare-almaty-grant-amount", "1", True, "choice_ok"),
        Case("kzjp-25-years.en.toml", "healthcare-almaty-grant-amount", "3", True, "choice_ok"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "real 0957": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "2", False, "choice_trap"),
        Case("kzjp-25-years.ru.toml", "high-level-statement-2016-title", "1", False, "choice_trap"),
        "the «О дружбе, партнерстве и сотрудничестве…» distractor moved from option 2 to 1 (review 1, #1)",
    ),
    "real 0960": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "3", False, "choice_trap"),
        Case("kzjp-25-years.ru.toml", "parliament-kawamura-former-post", "1", False, "choice_trap"),
        "option 3 (the «Премьер-министр Японии» distractor) left the card; the trap, a distractor by number, moves to option 1, the one a careless Enter picks (review 1, #1)",
    ),
    "real 1259": Relabel(
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "1", True, "choice_ok"),
        Case("kzjp-lecture-11.ru.toml", "trade-volume-verdict", "4", True, "choice_ok"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "real 1261": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "high-level-book-of-memory-content", "2", True, "choice_ok"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "real 1264": Relabel(
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "high-level-joint-statement-1999", "3", True, "choice_ok"),
        "the key moved from option 1 to 3 (review 1, #1); same form",
    ),
    "real 1268": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "4", True, "choice_ok"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "real 1269": Relabel(
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "4", False, "choice_trap"),
        Case("kzjp-25-years.ru.toml", "parliament-population-conference", "1", False, "choice_trap"),
        "option 4 (the «ЭКСПО-2017» distractor) left the card; the trap, a distractor by number, moves to option 1, the one a careless Enter picks (review 1, #1)",
    ),
    "real 1270": Relabel(
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "economy-tokyo-conference-name", "2", True, "choice_ok"),
        "the key moved from option 1 to 2 (review 1, #1); same form",
    ),
    "real 1279": Relabel(
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "1", True, "choice_ok"),
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "4", True, "choice_ok"),
        "the key moved from option 1 to 4 (review 1, #1); same form",
    ),
    "real 1281": Relabel(
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "4", False, "choice_trap"),
        Case("kzjp-25-years.ru.toml", "atom-experiments-result", "2", False, "choice_trap"),
        "the «Невозможность плавления…» distractor moved from option 4 to 2 (review 1, #1)",
    ),
}
"""Case number in the first-edition test ids -> the case before and after, with the reason."""
