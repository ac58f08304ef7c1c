"""Russian organisations (МИД, Минфин, Госдума, «Мемориал», "Счётной палаты", "Следственного
комитета" -> Следственный комитет) and countries by stem, with capitals and other metonyms as
aliases; a capital in the genitive after a city body ("суд Москвы", "мэр Москвы") is the city."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_names import is_given, is_role, key
from briefing_app.analysis.lang.ru_org_case import org_nominative
from briefing_app.analysis.trie import cased_opening, class_opening
from briefing_app.core.model import Span

# nouns that head an organisation named by an adjective ("Счётная палата", "Следственный комитет")
ORG_HEADS = ("палат", "банк", "дум", "сената", "сенату", "сенатом", "сенате",  # (the Senate's cases: "сенатор" is a role)
             "служб", "комисси", "совет", "суд", "комитет", "собрани", "прокуратур",
             "управлени", "инспекци", "академи", "университет", "институт", "школ", "союз", "фонд", "агентств",
             "парти", "корпораци", "ассамбле", "конгресс", "парламент", "гварди", "театр", "музей", "клуб",
             "филармони", "консерватори", "библиотек", "больниц", "завод", "комбинат", "ассоциаци", "бирж", "блок",
             "организаци")
ORG_STEMS = {"госдум": "Госдума", "минфин": "Минфин", "сбербанк": "Сбербанк", "банк росси": "Банк России",
             "центральн банк": "Центральный банк", "счётн палат": "Счётная палата",
             "счетн палат": "Счётная палата", "правительств": "Правительство", "мэри": "Мэрия", "администраци": "Администрация", "прокуратур": "Прокуратура", "полици": "Полиция",
             "росгварди": "Росгвардия", "совфед": "Совфед", "центробанк": "Центробанк", "мосгордум": "Мосгордума", "мособлдум": "Мособлдума",
             "генпрокуратур": "Генпрокуратура", "мосгорсуд": "Мосгорсуд", "верховн рад": "Верховная рада", "совет федераци": "Совет Федерации", "пентагон": "Пентагон",
             "госдеп": "Госдеп", "еврокомисси": "Еврокомиссия", "европарламент": "Европарламент",
             "евросоюз": "Евросоюз", "совет ес": "Совет ЕС", "риа новост": "РИА Новости", "бел дом": "Белый дом",
             "государственн департамент": "Госдепартамент", "госдепартамент": "Госдепартамент"}
ORG_STEMS_LONGEST_FIRST = sorted(ORG_STEMS.items(), key=lambda kv: -len(kv[0]))
# foreign bodies known by one word, and their country
FOREIGN_BODIES = {"Пентагон": "США", "Госдеп": "США", "Белый дом": "США", "Госдепартамент": "США", "Еврокомиссия": "Евросоюз", "Европарламент": "Евросоюз",
                  "Совет ЕС": "Евросоюз"}
# a genitive complement of a body's name: "(обязательного медицинского) страхования", with a second one after
# "и" ("экономики и международных отношений"), then the region it serves ("Свердловской области")
GEN_ADJ = r"[а-яё-]+(?:ого|его|ой|ей|ых|их)"
GEN_NOUN = r"(?:[а-яё]+(?:ости|ени[яй]|ани[яй]|ити[яй]|ции|ства|ики|ов|ей|уры|оны|ения|ований|тий|ений)|наук)"
GEN_CHAIN = (r"(?:[ \t]+" + GEN_ADJ + r"){0,2}[ \t]+" + GEN_NOUN + r"(?![\w-])(?:[ \t]+и(?:[ \t]+" + GEN_ADJ + r"){0,2}[ \t]+"
             + GEN_NOUN + r"(?![\w-]))?")
REGION_GEN_TAIL = r"(?:[ \t]+[А-ЯЁ][а-яё-]+(?:ой|ого)[ \t]+(?:области|края|республики)(?![\w-]))?"
# (function words and pronouns that end like an adjective open no body's name: "Зачем академикам ...", "Затем комиссия
# ...", "Какой комитет ...", "Каждый суд ...", "Этой комиссии ...")
GIVEN_BEFORE_RE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)[ \t]+$")  # the word right before a phrase, capitalised
ORG_PHRASE_RE = re.compile(r"(?<![\w-])(?:(?!(?:Зачем|Затем|Причем|Причём|Притом|Потом|Почем|Почём|Ничем|Тем|Чем|"
                           r"(?:Как|Так|Никак|Люб|Друг|Ин)(?:ой|ая|ое|ую|ого|ом|им)|Кажд(?:ый|ая|ое|ую|ого|ом|ой)|"
                           r"Эт(?:ой|ого|ом|им)|Сам(?:ый|ая|ое|ую|ого|ом|ой)|Котор(?:ый|ая|ое|ую|ого|ом|ой))[ \t])"
                           r"[А-ЯЁ][а-яё]+(?:-[а-яё]+)?(?:ая|ой|ый|ого|ое|ую|ий|его|ом|ем)"
                           r"(?:[ \t]+[А-ЯЁа-яё][а-яё]+(?:ая|ой|ый|ого|ое|ую|ий|его|ом|ем)(?=[ \t]+[а-яё])){0,3}[ \t]+[а-яё]+"
                           r"(?:[ \t]+по[ \t]+[а-яё]+(?:ым|им)?[ \t]*[а-яё]*(?:ам|ям|ов|ей|ка|ия|ии|ию|ы|у)"
                           # a genitive noun completing the name ("Федеральной службы безопасности")
                           r"|" + GEN_CHAIN + REGION_GEN_TAIL + r")?"
                           # (its field in the genitive: "Министерство обороны", "Министерство цифрового развития"; not a verb
                           # or an adverb after it: "Министерство настаивает на", "Министерство пока не ответило")
                           r"|Министерств[оауе][ \t]+(?!(?:пока|тогда|снова|сразу|тоже|также|уже|вновь|лишь)(?![\w-]))[а-яё]+(?:ы|и|а|я|ов|ев|ей|ого|его|ой|ых|их)"
                           r"(?:[ \t]+(?:[а-яё]+(?:ого|его|ой|ей|ых|их|а|я|ы|и|ов|ев|ий)|дел)(?![\w-]))?|"
                           # a region's department named with its region ("Департамент образования Вологодской области")
                           r"Департамент(?:а|у|е|ом)?[ \t]+[а-яё]+(?=[ \t]+[А-ЯЁ][а-яё-]+(?:ой|ого)[ \t]+(?:области|края|республики)(?![\w-]))|Госдум[аыуе]|Правительств[оау]|Мэри[яиюе]|Прокуратур[аыуе]|Администраци[яиюе](?=[ \t]+[А-ЯЁ][а-яё-]+(?:ой|ого)[ \t]+(?:области|края|республики)(?![\w-]))|Полици[яиюе]|"
                           r"Росгварди[яиюе]|Банк[ауео]?м?[ \t]+России|Совфед[а-я]*|Центробанк[а-я]*|Мосгордум[а-я]*|Мособлдум[а-я]*|"
                           r"Генпрокуратур[а-я]*|Мосгорсуд[а-я]*|Верховн[а-я]+[ \t]+[Рр]ад[аыеу]|Совет[а-я]*[ \t]+при[ \t]+президенте(?:[ \t]+(?:России|РФ))?[ \t]+по[ \t]+[а-яё]+[ \t]+[а-яё]+|Совет[а-я]*[ \t]+Федерации|Пентагон[а-я]*|Госдеп[а-я]*|Еврокомисси[яиюе]й?|"
                           r"Европарламент[а-я]*|Евросоюз[а-я]*|Совет[а-я]*[ \t]+ЕС|РИА[ \t]+Новости|Бел[а-я]+[ \t]+дом[а-я]*|"
                           r"Госдепартамент[а-я]*|Государственн[а-я]+[ \t]+департамент[а-я]*)(?![\w-])")
ACRONYM_RE = re.compile(class_opening("[А-ЯЁ]", r"[\w-]") + r"[А-ЯЁ]{1,5}(?![\w-])")
# a ministry's short name ("Минфин", "Минобороны", "Минздрав", "Минцифры") or "Министр..."; "Мин" followed by what no
# ministry's name opens with is no ministry: Минск, Минеральные Воды, Миннеаполис, "Минимальная цена", "Минувшей ночью",
# "Минут через десять", "Минус", "Миноритарии", "Минералы", "Миндаль", "Минивэн", "Минарет"
MIN_RE = re.compile(class_opening("М", r"[\w-]") + r"ин(?:ист|фин|оборон|обр|здрав|тран|труд|эк|эн|пр|сельхоз|цифр|юст|строй|культ|спорт|восток|"
                    r"ком|регион|связ|кавказ|соц|нац|тур|информ|имущ|торг|иностр|лес|молод|жил|рыб|сев|Крым|чс)[а-яё]*(?![\w-])")


def either_case(*alternatives: str) -> str:
    """Alternatives for a pattern, each lower-case one also capitalised ("глав\\w*" -> "Глав\\w*|глав\\w*"):
    as every branch then opens with a letter, not a class like [Гг], the regex engine skips ahead
    to the positions holding one of those letters instead of trying every branch at every position."""
    return "|".join(f"{a[0].upper()}{a[1:]}|{a}" if a[0].islower() else a for a in alternatives)


# «Роснефть» after a role ("Глава «Роснефти»") or opening a sentence before its verb; Latin names after
# an organisation noun ("агентства Reuters")
ROLE_GUILLEMET_RE = re.compile(r"(?:" + either_case(r"по (?:информации|данным|сообщению|словам|мнению)", r"глав\w*", r"президент\w*",
                                                  r"гендиректор\w*", r"председател\w*", r"представител\w*", r"юрист\w*",
                                                  r"эксперт\w*", r"адвокат\w*", r"основатель\w*", "аналитики", r"аналитик\w*",
                                                  r"сотрудник\w*", r"акционер\w*", r"руководител\w*", r"директор\w*", r"экономист\w*",
                                                  r"владельц\w*", r"владел\w*")
                               + r")[ \t]+«(?P<name>[^»\n]{2,40})»")
SUBJECT_GUILLEMET_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))«(?P<name>[А-ЯЁA-Z][^»\n]{1,30})»(?=[ \t]+(?:[а-яё]+[ \t]+)?"
                                  r"[а-яё]{3,}(?:л|ла|ли|ло|ет|ит|ут|ют|ят|ат)\b)", re.M)
# "В «Аэрофлоте» сообщили", "в «Магните» уточнили": a body in guillemets that speaks through a plural verb
IN_GUILLEMET_RE = re.compile(r"(?<![\w-])[Вв]о?[ \t]+«(?P<name>[А-ЯЁA-Z][^»\n]{1,30})»(?=[ \t]+(?:[а-яё]+[ \t]+){0,2}"
                             r"[а-яё]{3,}(?:ли|ют|ят|ут|ат)(?:сь)?\b)")
# "НИИ гриппа имени Смородинцева", "Институт мозга имени Бехтеревой"
NAMED_AFTER_RE = re.compile(cased_opening(("НИИ", "Институт[а-яё]*", "институт[а-яё]*", "Университет[а-яё]*", "университет[а-яё]*",
                                          "Центр[а-яё]*", "центр[а-яё]*", "Больниц[а-яё]*", "больниц[а-яё]*"), r"[\w-]")
                            + r"(?:[ \t]+[а-яё]+){0,3}[ \t]+имени[ \t]+[А-ЯЁ][а-яё]+")
# the adjectives of a named centre before its head noun ("Национального медицинского исследовательского центра")
NAMED_ADJECTIVES_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|ого|его|ом)[ \t]+(?:[а-яё]+(?:ый|ий|ой|ая|ого|его|ом)[ \t]+){0,3}$")
# a genitive noun after a body's head noun ("бизнеса", "развития территорий"), not a past-tense verb ("заявили")
HEAD_GEN_NOUN = r"(?![а-яё]*л[аи](?![а-яё]))[а-яё][а-яё-]{2,}(?:а|я|ы|и|ов|ей|ий)(?![\w-])"
# a parent body's acronym after a body's name ("Института образования ВШЭ", "Центра ... РАНХиГС", "кафедры МГИМО")
PARENT_ACRONYM = r"[А-ЯЁ]{2,}(?:[а-яё]{1,2}[А-ЯЁ]+)?"
PARENT_ACRONYM_RE = re.compile(PARENT_ACRONYM)
# "Ассоциации российских банков", "Института мировой экономики и международных отношений РАН": a capitalised
# head noun of a body with its genitive complement (and an academy's acronym)
HEAD_GEN_WORDS = ("Ассоциаци", "Институт", "Фонд", "Союз", "Академи", "Федераци", "Конфедераци", "Объединени", "бъединени")
# (or a place in the genitive, capitalised, with the parent body's acronym after it: "Института Африки РАН", "Институт
# Латинской Америки РАН", "Института США и Канады РАН")
PLACE_GEN_TAIL = (r"[ \t]+(?:[А-ЯЁ][а-яё]+(?:ой|ого|ей|его)[ \t]+)?(?:[А-ЯЁ][а-яё-]+(?:и|ы|а)|США)"
                  r"(?:[ \t]+и[ \t]+[А-ЯЁ][а-яё-]+(?:и|ы|а))?[ \t]+(?:РАН|" + PARENT_ACRONYM + r")(?![\w-])")
HEAD_GEN_RE = re.compile(r"(?:Ассоциаци|Институт|Фонд|Союз|Академи|Федераци|Конфедераци|Объединени|Общероссийск[а-яё]+ объединени)"
                         r"[а-яё]*(?:" + GEN_CHAIN.replace(GEN_NOUN, HEAD_GEN_NOUN + r"(?:[ \t]+" + HEAD_GEN_NOUN + r")?") + r"(?:[ \t]+(?:РАН|РФ|России|" + PARENT_ACRONYM + r")(?![\w-])|" + REGION_GEN_TAIL[3:-2] + r")?|" + PLACE_GEN_TAIL + ")")
class _LatinAfterKind:
    """Latin names after an organisation noun ("агентства Reuters", "Маркетплейсы Wildberries и Ozon"): the Latin words
    are found first and the noun looked for before each (a scan for the nouns themselves is three times slower)."""

    KIND_BEFORE = re.compile(r"(?:агентств|компани|издани|банк|фонд|корпораци|газет|телеканал|холдинг|маркетплейс|"
                             r"сервис|платформ|ритейлер|ретейлер|стартап|производител|оператор)[а-яё]*[ \t]+$", re.I)
    # a word's dots are inside it ("Amazon.com") or end an initial ("J.P."), never the sentence's stop ("агентство Bloomberg.")
    WORD = r"[A-Z](?:[\w&-]|\.(?=[\w&]))+(?:(?<=\b[A-Z])\.)?"
    NAME_AT = re.compile(r"(?P<name>" + WORD + r"(?:[ \t]+" + WORD + r"){0,2})(?:[ \t]+и[ \t]+(?P<second>" + WORD + r"))?")
    LATIN_START = re.compile(r"(?<![\w&.-])[A-Z]")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        after = -1  # (the words of a name found are not looked at again)
        for m in self.LATIN_START.finditer(text):
            if m.start() < after or not self.KIND_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            found = self.NAME_AT.match(text, m.start())
            if found is not None:
                after = found.end()
                yield found


LATIN_ORG_RE = _LatinAfterKind()
GUILLEMET_ORG_RE = re.compile(r"(?:" + either_case("организаци", "компани", "парти", "фонд", "движени", "издани", "клуб", "команд",
                                                 "театр", "банк", "холдинг", "концерн", "завод", "газет", "журнал", "телеканал",
                                                 "агентств", "музе", "союз", "корпораци", "групп", "ПАО", "ОАО", "АО", "ЗАО",
                                                 "ООО", "ФГ", "ГК", "НПО", "ФК", "ХК", "АНО", "ИАА", "ИА", "НКО", "ФГУП", "МУП", "ГУП", "профсоюз", "магазинов", "сети", "объединени", "ассоциаци",
                                                 "ритейлер", "сеть", "бренд")
                              + r")[а-яё]*(?:[ \t]+[а-яё]+(?:ей|ов|ых|их))?[ \t]+«(?P<name>[А-ЯЁA-Z0-9][^»\n]{1,40})»")
PARTY_RE = re.compile(r"[Пп]арти[а-яё]*[ \t]+«$")
# one-word names of companies and agencies: Росстат, Роскомнадзор, Газпром, Центризбирком
ORG_WORD_RE = re.compile(class_opening("[А-ЯЁ]", r"[\w«-]") + r"(?:(?<=Р)ос(?!си|тов|тисл)[а-яё]{3,}|[а-яё]+(?:надзор|избирком|пром|банк|телеком|газ)"
                         r"(?:[ауео]|ом|ой)?|[а-яё]+(?:нефт[ьи]|энерго))(?![\w»-])")
# capital-letter abbreviations that are no organisation
NOT_ORG_ACRONYMS = frozenset("ПВО ВВП СВО БПЛА ДТП ЖКХ НДС ИИ СМИ ЧП ТЭЦ АЭС ГЭС ВПК ПМЭФ ЕГЭ ОГЭ МРОТ ИП ООО ПАО АО ЗАО "
                             "ОАО ФГ ГК НПО ФК ХК АНО ИАА ИА НКО ФГУП ГУП МУП ЦФО СЗФО ЮФО СКФО ПФО УФО СФО ДФО ЧС ГУ ДСНВ СНВ ДРСМД ДВЗЯИ "
                             "ОРВИ ОРЗ ВИЧ СПИД ЭКО МРТ КТ МСФО РСБУ".split())  # (and diseases and tests)
# state bodies: with no country named, the Russian text's own (its outlet's home country)
# many governments, no one body ("Европейские правительства", "Правительства многих стран", "правительства стран ЕС"); a
# plural adjective, not a noun in -ие ("решение правительства")
PLURAL_ADJ_BEFORE_RE = re.compile(r"(?<![\w-])(?:[А-ЯЁа-яё]+(?:ые|[кгхжшщч]ие|[шж]ние)|[Вв]се|[Мм]ногие|[Нн]екоторые|[Дд]ругие|[Ээ]ти)[ \t]+$")
MANY_AFTER_RE = re.compile(r"[ \t]+(?:многих|всех|этих|других|разных|ряда|некоторых|отдельных|стран|государств|регионов|"
                           r"субъектов|республик)(?![\w-])")
STATE_RE = re.compile(r"(?:Совет при президенте|Совфед|Центробанк|Банк России|Министерств|Мин[а-яё]|МИД|МЧС|ФСБ|МВД|Госдум|Государственн|Правительств|Совет Федерации|"
                      r"Счётная|Счетная|Центральный банк|Кремл|Генпрокуратур|Генеральная прокуратура|Минобороны|"
                      r"Следственный комитет|Верховный суд|Конституционный суд|Росгвардия|Федеральн|Центризбирком|ЦИК|"
                      r"Рос[а-я]*надзор|Росстат|Рос(?:авиаци|реестр|имуществ|космос|морречфлот|недр|архив|финмониторинг|"
                      r"аккредитаци|стандарт|гидромет|рыболовств|лесхоз|транс|туризм|патент|автодор|желдор|алкогольтабакконтрол)|"
                      r"Социальн[а-яё]+ фонд|Соцфонд|Пенсионн[а-яё]+ фонд|Еврокомисси|Совет ЕС|"
                      r"(?:ФАС|ФНС|ФТС|ФСИН|ФССП|ФМБА|ФСО|СВР)(?![А-ЯЁа-яё]))")  # federal services by their acronyms
# the head noun of a legislature, which has no "по" phrase in its name (a committee of it has)
LEGISLATURE_HEAD_RE = re.compile(r"(?:дум|собрани|рад[аыеу])")
# a title of a region's or a city's government is not the country's ("министр здравоохранения региона")
NAMED = (GUILLEMET_ORG_RE, ROLE_GUILLEMET_RE, SUBJECT_GUILLEMET_RE, IN_GUILLEMET_RE, LATIN_ORG_RE)
# a city's own body before a capital in the genitive: the city, not the country
CITY_BODY_RE = re.compile(r"(?:суд|мэр|мэри|правительств|дум|департамент|прокуратур|полици|метро|жител|улиц|район|"
                          r"аэропорт|вокзал)[а-яё]*[ \t]+$", re.I)


@functools.lru_cache(maxsize=4096)
def org_name(phrase: str) -> str:
    """The name an organisation phrase stands for: a known name by its stem ("Госдумы" -> Госдума,
    "Счётной палаты" -> Счётная палата), else the phrase in the nominative."""
    low = " ".join(key(w) if len(w) > 3 else w.lower() for w in phrase.split())
    for stem, name in ORG_STEMS_LONGEST_FIRST:
        if low.startswith(stem):
            return name  # ("госдепартамент" before "госдеп")
    if " имени " in phrase:  # "... центра имени Алмазова": the name it bears stays as written
        before, _, after = phrase.partition(" имени ")
        return f"{org_nominative(before)} имени {after}"
    return org_nominative(phrase)


def organisations(text: str) -> dict[str, list[Span]]:
    """Each organisation the text names (in the nominative) with the spans that name it."""
    found: dict[str, list[Span]] = {}
    covered: set[int] = set()  # the offsets inside the names found so far
    starts: set[tuple[str, int]] = set()  # (name, where a mention of it starts)
    marks = _Guillemets(text)
    for rx in (NAMED_AFTER_RE, GUILLEMET_ORG_RE, ROLE_GUILLEMET_RE, SUBJECT_GUILLEMET_RE, IN_GUILLEMET_RE, LATIN_ORG_RE, HEAD_GEN_RE,
               ORG_PHRASE_RE, MIN_RE,
               ACRONYM_RE, ORG_WORD_RE):
        if rx is NAMED_AFTER_RE and "имени" not in text or rx is HEAD_GEN_RE and not any(h in text for h in HEAD_GEN_WORDS) \
                or rx is IN_GUILLEMET_RE and " «" not in text:
            continue  # (a plain look for the words they need first: these patterns are slow to scan)
        for m in _matches(rx, text, marks):
            g = "name" if rx in NAMED else 0
            phrase = m.group(g)
            if rx is HEAD_GEN_RE and m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                continue  # (inside a word: the pattern has no look-behind, so it scans fast)
            begin = m.start(g)
            if rx is NAMED_AFTER_RE and (adj := NAMED_ADJECTIVES_RE.search(text, max(0, m.start() - 100), m.start())):
                begin = adj.start()
                phrase = text[begin:m.end()]  # "Национального медицинского исследовательского центра имени Алмазова"
            if m.start(g) in covered:
                continue  # inside a name already found ("НИИ" of "НИИ гриппа имени Смородинцева")
            end = m.end(g)
            if rx is GUILLEMET_ORG_RE and text[m.start():m.start(g)].rstrip(" \t«").isupper():
                begin, end = m.start(), end + 1  # "ИАА «ПортНьюс»", "ООО «Ромашка»": the legal form and name, one mention
            if rx is ACRONYM_RE and (country(phrase) or phrase in NOT_ORG_ACRONYMS) or rx is MIN_RE and is_role(phrase) \
                    or rx is ORG_WORD_RE and (is_role(phrase) or country(phrase)) \
                    or rx is MIN_RE and phrase.startswith("Министерств"):
                continue
            if rx is ORG_PHRASE_RE and re.match(r"[ \t]+«", text[m.end():m.end() + 3]):
                continue  # "Футбольный клуб «Зенит»": the kind of the organisation named next
            if rx is ORG_PHRASE_RE and is_role(_head(phrase)):
                continue  # "Бывший советник": a role, not a council
            if rx is ORG_PHRASE_RE and (given := GIVEN_BEFORE_RE.search(text, max(0, begin - 20), begin)) and is_given(given.group(1)):
                continue  # "Ольга Беленькая полагает": a surname that reads as an adjective, after a given name
            if rx is ORG_PHRASE_RE and " по " in phrase and LEGISLATURE_HEAD_RE.match(_head(phrase)):
                phrase = phrase[:phrase.index(" по ")]  # "комитета Государственной думы по развитию ...": the committee's
                end = begin + len(phrase)  # field, no part of the legislature's name ("Государственная дума")
            if rx is ORG_PHRASE_RE and phrase == "Правительства" and MANY_AFTER_RE.match(text, end):
                continue  # "Правительства стран ЕС": many governments
            if rx is ORG_PHRASE_RE and not (phrase.startswith(("Министерств", "Департамент", "Госдум", "Правительств", "Мэри", "Администраци", "Прокуратур", "Полици",
                                                               "Росгварди", "Банк", "Совфед", "Центробанк", "Мосгордум", "Мособлдум",
                                                               "Генпрокуратур", "Мосгорсуд", "Верховн", "Совет", "Пентагон", "Госдеп", "Евро", "РИА", "Бел", "Государственн"))
                                             or _head(phrase).startswith(ORG_HEADS)):
                continue
            name = named_nominative(phrase) if rx in (NAMED_AFTER_RE, HEAD_GEN_RE) else phrase if rx in (GUILLEMET_ORG_RE, LATIN_ORG_RE) \
                else guillemet_nominative(phrase) \
                if rx in NAMED or rx is ORG_WORD_RE else org_name(phrase)
            spans = found.setdefault(name, [])
            if (name, begin) not in starts:
                starts.add((name, begin))
                spans.append(Span(begin, end))
                covered.update(range(begin, end))
            if rx is LATIN_ORG_RE and m.group("second"):  # "Маркетплейсы Wildberries и Ozon": both
                found.setdefault(m.group("second"), []).append(Span(m.start("second"), m.end("second")))
                covered.update(range(m.start("second"), m.end("second")))
    return merge_forms(found)


def _matches(rx: re.Pattern[str] | _LatinAfterKind, text: str, marks: _Guillemets) -> Iterator[re.Match[str]]:
    """rx.finditer(text); the patterns of a name in guillemets are tried only at the text's "«"."""
    if rx is IN_GUILLEMET_RE:
        return marks.after_preposition(rx)
    if rx is SUBJECT_GUILLEMET_RE:
        return marks.opening(rx)
    if rx is GUILLEMET_ORG_RE or rx is ROLE_GUILLEMET_RE:
        return marks.before(rx)
    return rx.finditer(text)


class _Guillemets:
    """Each "«" of a text with the start of the run of word characters, spaces and tabs just before it, found
    once for the patterns of a name in guillemets: one after a kind or a role ("компании «Магнит»", "глава
    «Роснефти»"), one opening a sentence, one after "в" ("В «Аэрофлоте» сообщили"). Each is tried only at or
    before a "«" (str.find), not at every position of the text: those scans cost ~7 ms of a ~100 ms analysis."""

    RUN_BACK = re.compile(r"[\w \t]*")  # matched over the reversed text: the run before a "«"
    REACH = 80  # a match ends this close after its "«" (a name of at most 41 characters, then "»")

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: list[tuple[int, int]] = []  # (where the run before it starts, the "«")
        back, n = text[::-1], len(text)
        at = text.find("«")
        while at >= 0:
            run = self.RUN_BACK.match(back, n - at)  # (it always matches, maybe nothing)
            self.at.append((at - (run.end() - (n - at)) if run else at, at))
            at = text.find("«", at + 1)

    def before(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """rx.finditer(text) for a pattern whose text before its first "«" holds only word characters, spaces
        and tabs: a match starts in the run before some "«", and the leftmost one there is the scan's."""
        text, last = self.text, 0
        for run, at in self.at:
            start = max(run, last)
            m = rx.search(text, start, at + self.REACH) if start < at else None
            if m is not None and m.start() < at:  # (one starting later belongs to the next "«")
                last = m.end()
                yield m

    def opening(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """rx.finditer(text) for a pattern that opens with "«"."""
        last = 0
        for _, at in self.at:
            if at >= last and (m := rx.match(self.text, at)) is not None:
                last = m.end()
                yield m

    def after_preposition(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """IN_GUILLEMET_RE's matches: the pattern read before each "«", where "в " or "во " would start."""
        for _, at in self.at:
            for start in (at - 2, at - 3):  # "в «", "во «"
                m = rx.match(self.text, start) if start >= 0 else None
                if m is not None:
                    yield m
                    break


def _head(phrase: str) -> str:
    """The noun of "Adj (Adj) noun ...": the first word after the adjectives."""
    words = phrase.lower().split()
    return next((w for w in words[1:] if not re.search(r"(?:ая|ой|ый|ого|ое|ую|ий|его|ом|ем)$", w)), words[-1])


def named_nominative(phrase: str) -> str:
    """'НИИ гриппа имени Смородинцева' as written; 'Института мозга имени X' -> 'Институт мозга имени X';
    'Национального медицинского исследовательского центра имени X' -> 'Национальный ... центр имени X'."""
    if phrase[:1].isupper() and re.match(r"[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|ого|его|ом)\s", phrase) and " имени " in phrase:
        before, _, after = phrase.partition(" имени ")
        return f"{org_nominative(before)} имени {after}"
    head, _, rest = phrase.partition(" ")
    return " ".join([org_nominative(head) if head != "НИИ" else head, rest]).strip()


def guillemet_nominative(name: str) -> str:
    """«Роснефти» -> Роснефть, «Газпрома» -> Газпром; a name of several words stays as written."""
    if " " in name:
        return name
    if re.search(r"[тдлнсзр]и$", name) and len(name) > 5:
        return name[:-1] + "ь"
    return org_nominative(name)


def merge_forms(found: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """One organisation for the case forms of a name («Роснефть», «Роснефти»; «Свободный сокол», «Свободном соколе»:
    word by word): the form that is not in an oblique case wins."""
    out: dict[str, list[Span]] = {}
    by_stem: dict[str, str] = {}
    for name in sorted(found, key=lambda n: bool(re.search(r"(?:и|ы|у|е|ой|ом|ем)$", n))):
        low = name.lower()
        stem = low[:max(4, len(low) - 2)] if " " not in low else " ".join(w[:max(4, min(len(w) - 2, 5))] for w in low.split())
        first = by_stem.setdefault(stem, name)
        out.setdefault(first, []).extend(found[name])
    return out


__all__ = ["CITY_BODY_RE", "FOREIGN_BODIES", "MIN_RE", "ORG_HEADS", "ORG_STEMS", "PARTY_RE", "STATE_RE", "org_name", "organisations"]
