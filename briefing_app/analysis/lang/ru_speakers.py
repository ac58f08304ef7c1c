"""Russian speakers: speech verbs, the source noun phrase after an inverted verb or before a
verb, and the person a pronoun speaker stands for ("Он добавил" -> the latest name of his gender);
the canonical name a mention stands for is ru_canonical.py's."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.lang import CYR_RE, ru_actors
from briefing_app.analysis.lang.ru_canonical import (
    RU_NAME_RE, RU_PRONOUNS, RU_WORD, UNNAMED_RE, canonical, fullest)
from briefing_app.analysis.lang.ru_names import FEMALE_NAMES, MALE_NAMES, is_given, is_role
from briefing_app.core.model import Quote

# verbs of saying, by stem, past and present; an ending (а/и/о, feminine, plural, neuter) may follow
SPEECH_STEMS = ("сказал заявил отметил добавил подчеркнул пояснил сообщил ответил признал написал пообещал уточнил "
                "рассказал заверил предупредил говорит говорил считает отмечает заявляет подчёркивает подчеркивает "
                "добавляет пишет уверен полагает уверяет напомнил указал допустил предположил заметил констатировал "
                "объяснил возразил убежден убеждён признался обещает обещают сообщает рассказывает поясняет настаивает "
                "настаивал утверждает утверждал считал полагал подтвердил подтверждает призвал призывает объявил "
                "заявлял сообщал выразил высказал посетовал пожаловался потребовал раскритиковал напоминает "
                "указывает признаёт признает опроверг назвал рекомендовал предложил потребовал доложил обещал "
                "советует советуют рекомендует рекомендуют допускал допускала допускали выступил выступила выступили "
                # plural present: a body or unnamed people speak ("В Кремле считают", "в МИД говорят")
                "считают заявляют сообщают отмечают полагают утверждают говорят подчёркивают подчеркивают "
                "поясняют признают настаивают уверены убеждены указывают сетует сетуют думает думают рассуждает рассуждают "
                # what was counted or found out ("В ЦБ подсчитали, что", "журналисты выяснили, что")
                "подсчитали выяснили "
                # belief and expectation with their content ("не исключил, что", "В Кремле надеются, что")
                "исключил исключает исключают допускает допускают надеется надеются рассчитывает рассчитывают "
                "ожидает ожидают опасается опасаются прогнозирует прогнозируют сомневается сомневаются сомневался сомневалась сомневались убеждены предупреждал "
                "предупреждает предупреждают объясняет объясняют обратил обращает цитирует цитируют "
                # reflexive verbs in every gender ("призналась", "пожаловались") and a gerund ("сославшись на то, что")
                "призналась признались пожаловалась пожаловались поделился поделилась поделились "
                "сославшись ограничился ограничилась ограничились жалуются жалуется жаловались "
                # refusals, threats, agreement, comments ("отверг обвинения, заявив", "согласился, что")
                "отверг отвергла отвергли отрицает отрицал посоветовал пригрозил высказался высказалась согласился "
                "согласилась парировал прокомментировал резюмировал посчитал посчитали признаётся признается признавал признавала "
                # gerunds after a first verb ("отверг обвинения, заявив, что"): the clause's subject speaks
                "заявив подчеркнув отметив добавив пояснив указав напомнив уточнив "
                # an agency relays ("..., передаёт РИА Новости со ссылкой на источник", "..., пишут «Ведомости»")
                "передаёт передает передают пишут "
                # the imperfective past of verbs above ("в отчёте отмечал, что", "не раз подчёркивал", "ранее писал, что")
                "отмечал подчёркивал подчеркивал указывал объяснял пояснял уточнял добавлял напоминал рассказывал "
                "уверял заверял подтверждал писал требовал призывал предлагал "
                # how the words are said, after them ("..., иронизирует он", "..., пошутил директор", "..., возмутился
                # тренер", "..., подытожил министр") and the plural present of assurance ("..., заверяют в Минздраве")
                "иронизирует иронизировал пошутил шутит парирует возмущается возмущаются возмутился возмутилась "
                "возмутились резюмирует подытожил подытожила удивляется удивился удивилась сокрушается сокрушался "
                "негодует возражает сетовал заверяют уверяют "
                # the present and the other aspect of verbs above that a grammar of news Russian lists ("уточняет, что",
                # "замечает, что", "разъяснили, что", "опровергла", "— воскликнул он"; none opening with "а": every scan of the
                # text would stop at each "а")
                "уточняет уточняют замечает замечают разъяснил разъясняет разъясняют разъяснял опровергла опровергли "
                "опровергает опровергают воскликнул заверяет").split() + [
    # a conclusion put into words ("сделал вывод, что", "пришёл к выводу, что")
    "сделал вывод", "сделала вывод", "сделали вывод", "пришёл к выводу", "пришел к выводу", "пришла к выводу",
    "пришли к выводу", "приходит к выводу", "приходят к выводу", "делает вывод", "делают вывод",
    # a hint given in words ("дал понять, что": not "чтобы понять, что", no verb of saying)
    "дал понять", "дала понять", "дали понять", "даёт понять", "дает понять", "дают понять",
    # an admission as a denial negated ("Директор не скрывает, что ...")
    "не скрывает", "не скрывают", "не скрывал",
    # an opinion shared ("Эксперты сходятся во мнении, что", "придерживается мнения, что")
    "сходятся во мнении", "сходится во мнении", "сошлись во мнении", "сошёлся во мнении", "сошелся во мнении",
    "придерживается мнения", "придерживаются мнения"] + (
    # the other tenses and numbers of verbs of saying listed above in one form only, and verbs of saying they lacked
    # ("повторила, что", "констатирует, что", "— вспоминает он", "отрезал он", "В Минфине объявляют")
    "повторил повторяет повторяют констатирует констатируют предсказал предсказывает анонсировал анонсирует "
    "объявляет объявляют озвучил огласил вспоминает вспоминают вспоминал отрезал возражают возражал предостерёг "
    "предостерег предостерегает думал убеждает убеждал требует требуют призывают намекнул намекает намекают "
    "отчитался признавался предрёк предрек проинформировал уведомил процитировал добавляют прогнозировал "
    "спрогнозировал рассказывают").split()
# factored by common prefixes (trie_pattern): every regex built on RU_VERB scans the text faster
RU_VERB = r"(?:" + trie_pattern(SPEECH_STEMS) + r")(?:а|и|о)?(?![а-яё])"
RU_VERB_ANY = re.compile(r"(?:" + trie_pattern(SPEECH_STEMS) + r")\w*")
# a past-tense verb of any kind ("усомнился", "выступил"): the clause before a colon and a quote
# (not a plural noun of an agent in -тели, "жители", "представители", "водители": "Рассказывают жители посёлка: «Q»";
# "хотели", "летели" are verbs)
PAST_VERB_RE = re.compile(r"(?<![А-ЯЁа-яё-])[а-яё]{3,}(?:л|ла|ло|ли)(?:(?<!тели)|(?<=хотели)|(?<=летели))(?:ся|сь)?(?![А-ЯЁа-яё-])")
RU_ADVERBS = frozenset(("ранее также уже вчера сегодня затем позже потом накануне впервые тогда ещё еще однако не "
                        "весной летом осенью зимой утром вечером днём днем ночью снова вновь неоднократно публично "
                        "напротив раз тоже даже прямо открыто категорически по-прежнему когда-то лишь первым первой первыми вторым второй "
                        "наверняка наверное непременно обязательно сразу тотчас немедленно "
                        "вторыми третьим третьей третьими последним последней последними").split())  # ("Греф не раз говорил",
# "Цивилёв тоже считает", "Минфин по-прежнему настаивает")
# a preposition opening a phrase between the subject and its verb ("Решетников на совещании в правительстве напомнил")
RU_PREPOSITIONS = frozenset("в во на по с со при после перед во время у".split())
RU_OBLIQUE_PRONOUNS = frozenset("мной мне нами нам ним ней ними журналистами".split())
OWN_WORDS = frozenset(("своём", "своем", "своей", "своих"))
VENUE_WORDS_RE = re.compile(r"(?:в|во) (?:интервью|эфире|беседе|разговоре|статье|колонке)|в беседе с|в эфире|в интервью")
RU_TOKEN_RE = re.compile(r"«[^»\n]{2,40}»|[А-ЯЁа-яё][А-ЯЁа-яё-]*|[A-Za-z][\w&.-]*|\S")
# ("представитель «Ростелекома»": a body in guillemets in the genitive too, not an outlet told, "министр «Известиям»";
# "губернатор области", "глава республики": a genitive in -сти, -ики)
# (a chain of acronyms: "пресс-служба ГУ МЧС", "начальник ГУ МВД")
ROLE_QUALIFIER_RE = re.compile(r"(?:[ \t]+[а-яё]+(?:ого|его|ой|ей|ых|их))*[ \t]+(?:[А-ЯЁ]{2,6}(?:[ \t]+[А-ЯЁ]{2,6}(?![\w-]))?|[а-яё]+(?:ства|ения|ии|сти|ики|а|я|ы)|«[^»\n]{1,40}[аяыи]»)(?![\w-])")
ADJ_FIRST_RE = re.compile(r"[а-яё]+(?:ый|ий|ой|ая)")  # an adjective before a role word ("первый заместитель")
DESCRIPTION_RE = re.compile(r"(?:дипломат|политик|парламентари|чиновник)[а-яё]*(?![\w-])")
PRESS_SERVICE_RE = re.compile(r"(?:пресс-служб|пресс-центр|аппарат|канцеляри)[а-яё]*(?:[ \t]+[а-яё]+(?:а|я|и|ы|ого|его|ой|ей)){1,2}")


GENITIVE_END_RE = re.compile(r"(?:а|я|ы|и)$")  # a place or a body in the genitive after a title ("Мэр Екатеринбурга")
OWN_VENUE_RE = re.compile(r"[ \t]+(?:в|во|на)[ \t]+сво(?:[её]м|ей|их)(?![а-яё])")


def np_after(text: str, s: int, e: int) -> tuple[int, int]:
    """The source after an inverted verb: title words and a name ('губернатор', 'Лавров'), not
    what follows them ('журналистам', 'на заседании правительства'); a title word keeps the words
    up to a full name that follows it ('министр здравоохранения региона Ирина Мартынова')."""
    own = OWN_VENUE_RE.search(text, s, e)
    e = own.start() if own else e  # "написал голкипер в своём Telegram-канале": where, no part of who
    first = RU_TOKEN_RE.match(text, s)
    if first and first.group().lower() in RU_PRONOUNS:
        return s, first.end()  # "заявила она журналистам": the pronoun, not its addressee
    second = RU_TOKEN_RE.match(text, first.end() + 1) if first and ADJ_FIRST_RE.fullmatch(first.group()) else None
    if second and is_role(second.group()):
        first = second  # "сообщил первый заместитель генерального директора компании Вадим Яковлев"
    if first and is_role(first.group()):
        full = RU_NAME_RE.search(text, s, e)
        if full and not re.search(r"[,;:«»—]", text[s:full.start()]):
            return s, full.end()
        qualified = ROLE_QUALIFIER_RE.match(text, first.end(), e)
        if qualified:  # "сказал глава иранского МИД на пресс-конференции": the title with its genitive, no venue
            return s, qualified.end()
    body = PRESS_SERVICE_RE.match(text, s, e)
    if body:  # "сообщила пресс-служба суда": the service with the body it serves
        return s, body.end()
    described = DESCRIPTION_RE.match(text, s, e)
    if described:  # "написал политик в Telegram": the description, not where it was written
        return s, described.end()
    end, named = s, False
    for t in RU_TOKEN_RE.finditer(text, s, e):
        w = t.group()
        if named and not w[:1].isupper():
            break  # "сказал Лавров журналистам": a word after the name is in another case, an addressee
        if not (w[:1].isupper() or is_role(w) or w.endswith(("ый", "ий", "ой", "ая")) and end == s):
            break
        named = named or w[:1].isupper()
        end = t.end()
    return s, end if end > s else e


PAREN_REACH = 160  # characters a parenthesis between a subject and its verb may hold


# a conjunction opening the clause ("Как считает директор X, ...": ru_reported.according_to's), never a subject
CLAUSE_OPENERS = frozenset("Как Так Когда Если Пока Хотя Чтобы Поскольку Словно".split())
CITING_OPENERS = ("Со ссылкой на ", "Ссылаясь на ")  # a sentence opening with whom its subject cites
CITING = " со ссылкой на "  # "Агентство Reuters со ссылкой на источники сообщило": the agency speaks, citing its sources


def subject_before(text: str, sent: int, verb: int) -> tuple[int, int] | None:
    """The subject of a verb: an organisation in «», else the last name (title, country and
    organisation words before it dropped), else a pronoun or a title word; adverbs skipped; the
    sources a subject cites ("X со ссылкой на источники сообщило") are no subject."""
    citing = text.find(CITING, sent, verb)
    if citing != -1:
        verb = citing
    toks = [t for t in RU_TOKEN_RE.finditer(text, sent, verb) if t.group().lower() not in RU_ADVERBS]
    while len(toks) > 2 and toks[-2].group().lower() in ("в", "во", "на") and TIME_WORD_RE.fullmatch(toks[-1].group()):
        toks = toks[:-2]  # "Осеевский в марте говорил": the time aside
    if toks and toks[-1].group() == ")":  # "Сергей Шишкарёв (группа владеет терминалами) считает": the aside aside
        opens = [i for i, t in enumerate(toks) if t.group() == "("]
        if opens and toks[-1].start() - toks[opens[-1]].start() < PAREN_REACH:
            toks = toks[:opens[-1]]
    toks = _without_phrases(toks)
    if not toks:
        return None
    if toks[-1].group() == ",":  # "Иван Смирнов, политолог из МГИМО, считает": the name before the appositive
        commas = [t for t in toks[:-1] if t.group() == ","]
        named = _name_ending(toks[:-1], commas[-1].end() if commas else sent)
        if named is not None:  # "Глава делегации, замминистра Максим Увайдов, подтвердил": the name set off by commas
            return named
        if commas and toks[-1].start() - commas[-1].start() < 80:
            return subject_before(text, sent, commas[-1].start())
        return None
    if VENUE_WORDS_RE.fullmatch(" ".join(t.group() for t in toks[-3:-1])) and toks[-1].group()[:1].isupper():
        toks = toks[:-3]  # "Рубио в интервью CNN заявил": the venue aside
    elif len(toks) > 3 and toks[-3].group().lower() in ("в", "во", "на") and toks[-2].group().lower() in OWN_WORDS:
        toks = toks[:-3]  # "X в своём Telegram-канале сообщил", "X на своей странице написал": where the subject wrote
    if not toks:
        return None
    if text.startswith(CITING_OPENERS, sent) and toks[-1].group()[:1].isupper() | toks[-1].group().startswith("«"):
        return _cited_by(toks)  # "Со ссылкой на источники «Известия» пишут", "... источники РБК пишет": the outlet
    latin = bool(re.match(r"[A-Z]", toks[-1].group())) and any(t.group() == "с" for t in toks[-5:-1])
    if (toks[-1].group().startswith("«") or latin) and any(t.group() in ("с", "в", "на", "для", "от") for t in toks[-5 if latin else -3:-1]):
        # ("в разговоре с сербским изданием Sportal признался": the outlet spoken to, with its words, aside)
        cut = max(i for i, t in enumerate(toks) if t.group() in ("с", "в", "на", "для", "от")
                  and i >= len(toks) - (5 if latin else 3))
        while cut > 0 and toks[cut - 1].group()[:1].islower() and toks[cut - 1].group() not in RU_PRONOUNS \
                and not is_role(toks[cut - 1].group()) and cut > len(toks) - (7 if latin else 5):
            cut -= 1  # "Вазиев в беседе с «Известиями» признался": the interview's venue aside
        toks = toks[:cut] if cut else toks
    last = toks[-1]
    if last.group().startswith("«") and len(toks) > 1 and UNNAMED_RE.match(toks[-2].group()):
        return toks[-2].start(), last.end()  # "Источники «Ведомостей» утверждают": the outlet's sources, nobody named
    if last.group().startswith("«"):
        return last.start() + 1, last.end() - 1
    caps: list[re.Match[str]] = []
    for t in reversed(toks):
        if t.group()[:1].isupper() and t.group()[:1].isalpha():
            caps.insert(0, t)
        else:
            break
    title = None
    while len(caps) > 1 and (ru_actors.not_a_name(caps[0].group()) or caps[0].group() in ru_actors.OPENING_WORDS):
        title = caps.pop(0)
    if title is not None and len(caps) == 1 and is_role(title.group()) and GENITIVE_END_RE.search(caps[0].group()) \
            and gender(caps[0].group()) is None and not ru_actors.not_a_name(caps[0].group()):
        return title.start(), caps[0].end()  # "Мэр Екатеринбурга был краток", "Губернатор Кузбасса заявил": the title
    if len(caps) == 1 and caps[0].group() in CLAUSE_OPENERS:
        return None
    if len(caps) == 3 and not is_given(caps[0].group()) and is_given(caps[1].group()):
        caps.pop(0)  # "Адвокат Иванова Денис Балуев": Иванова is the title's
    if caps:  # a name, or an organisation or country on its own ("В Минцифры ответили", "Москва считает")
        if all(ru_actors.not_a_name(c.group()) for c in caps):
            head = _described_by(toks, len(toks) - len(caps))
            if head is not None:
                return head.start(), caps[-1].end()  # "Глава Минфина добавил": the head of the body speaks
        return caps[0].start(), caps[-1].end()
    w = last.group()
    if w.lower() in RU_PRONOUNS or is_role(w) or DESCRIPTION_RE.fullmatch(w.lower()):
        return last.start(), last.end()  # ("При этом дипломат подчеркнул": the description)
    body = next((k for k in range(len(toks) - 1, max(-1, len(toks) - BODY_REACH), -1) if toks[k].group().lower() in BODY_SUBJECTS
                 and all(t.group().isalpha() and t.group().islower() for t in toks[k + 1:])), None)
    if body is not None:  # "Эстонское внешнеполитическое ведомство уточнило", "Профсоюз автозавода назвал": the body
        k = body
        while k > 0 and body - k < 2 and BODY_ADJ_RE.search(toks[k - 1].group()):
            k -= 1
        return toks[k].start(), last.end()
    head = _described_by(toks, len(toks))
    if head is not None:
        return head.start(), last.end()  # "Глава государства потребовал", "Источник в правительстве рассказал"
    one = _one_of(toks)
    return (one.start(), last.end()) if one is not None else None


# "один из авторов", "одного из крупных банков": one of a group, nobody named
ONE_FORMS = frozenset("один одна одно одни одного одной одних".split())
ONE_OF_REACH = 6  # tokens before a verb that "из" of "один из ..." may stand at


def _one_of(toks: list[re.Match[str]]) -> re.Match[str] | None:
    """The first word of a subject that is one of a group named in lower case: "Один из авторов законопроекта (заявил)",
    or a title of one of them, "Главный экономист одного из крупных банков (считает)", "Губернатор одного из сибирских
    регионов (попросил)"."""
    for k in range(len(toks) - 2, max(0, len(toks) - ONE_OF_REACH), -1):
        if toks[k].group() != "из" or toks[k - 1].group().lower() not in ONE_FORMS:
            continue
        if not all(t.group().isalpha() and t.group().islower() for t in toks[k + 1:]):
            return None
        one = toks[k - 1]
        if one.group().lower() in ("один", "одна", "одно", "одни"):
            return one
        return _described_by(toks, k - 1)
    return None


def _name_ending(toks: list[re.Match[str]], start: int) -> tuple[int, int] | None:
    """A full name (a known given name and the words after it, all capitalised) that ends the tokens from start on."""
    caps: list[re.Match[str]] = []
    for t in reversed(toks):
        if t.start() < start or not t.group()[:1].isupper() or not t.group()[:1].isalpha():
            break
        caps.insert(0, t)
    given = next((i for i, t in enumerate(caps) if is_given(t.group())), None)
    if given is None or given == len(caps) - 1:
        return None
    return caps[given].start(), caps[-1].end()


# bodies named by a common noun as a verb's subject ("ведомство уточнило", "Компания сообщила")
BODY_SUBJECTS = frozenset("ведомство министерство компания банк регулятор посольство правительство суд служба мэрия "
                          "администрация прокуратура ритейлер холдинг концерн корпорация госкорпорация авиакомпания "
                          "перевозчик застройщик оператор ассоциация профсоюз партия фонд агентство завод союз федерация объединение "
                          "академия "
                          # a body named by its kind after its adjectives ("Счётная палата указала", "Центральная
                          # избирательная комиссия сообщила", "Следственный комитет сообщил", "Городская дума заявила")
                          "комиссия палата комитет совет дума собрание инспекция "
                          # an outlet named by its kind ("Ссылаясь на источники, издание пишет, что")
                          "издание газета телеканал журнал "
                          # groups of people named by what they do ("Авторы законопроекта считают", "Производители предупреждают")
                          "авторы разработчики производители участники синоптики власти экологи медики пассажиры водители "
                          "инвесторы аграрии экспортёры экспортеры импортёры импортеры застройщики перевозчики металлурги "
                          "энергетики девелоперы ритейлеры".split())
BODY_ADJ_RE = re.compile(r"^[А-ЯЁа-яё-]+(?:ое|ая|ый|ий|ой)$")
BODY_REACH = 7  # words before a verb a body noun may stand at ("Министерство науки и высшего образования вновь требует")


# a capitalised adjective in the genitive inside a phrase ("на заседании Высшего Евразийского экономического совета")
CAP_ADJ_GEN_RE = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:ого|его|ой|ей|ых|их)")


def _cited_by(toks: list[re.Match[str]]) -> tuple[int, int]:
    """The subject ending a sentence's opening "Со ссылкой на ...": the last name in guillemets, the last capitalised
    word, or the Latin words ending the tokens ("The Wall Street Journal")."""
    last = toks[-1]
    if last.group().startswith("«"):
        return last.start() + 1, last.end() - 1
    k = len(toks) - 1
    while k > 0 and last.group()[:1].isascii() and toks[k - 1].group()[:1].isascii() and toks[k - 1].group()[:1].isupper():
        k -= 1
    return toks[k].start(), last.end()


def _without_phrases(toks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens before a verb without the prepositional phrases that end them ("Максим Решетников на совещании
    в правительстве", "Ольга Казакова в разговоре со мной"): a preposition and its lower-case words, when a
    capitalised name or a title stands before them."""
    out = toks
    if out and out[-1].group().lower() in RU_PRONOUNS:
        return out  # "На совещании в штабе он потребовал": the pronoun is the subject, the phrase before it aside
    while len(out) > 3:
        k = len(out) - 1
        while k > 0 and (out[k].group()[:1].islower() or CAP_ADJ_GEN_RE.fullmatch(out[k].group()) and k < len(out) - 1) \
                and out[k].group().lower() not in RU_PREPOSITIONS \
                and (out[k].group().isalpha() or "-" in out[k].group()) and k > len(out) - 6 \
                and not (is_role(out[k].group()) and not out[k].group().endswith(("ов", "ей"))):  # ("совета директоров")
            k -= 1
        if k == len(out) - 1 or out[k].group().lower() not in RU_PREPOSITIONS or k < 1:
            return out
        before = out[k - 1].group()
        if UNNAMED_RE.match(before):
            return out  # "Источник в дипломатических кругах": the phrase tells where the source sits
        if not (before[:1].isupper() or before[:1] == "«" or before.lower() in RU_PREPOSITIONS  # ("«Ростелеком» в отчёте")
                or out[k - 1].group() in RU_OBLIQUE_PRONOUNS or _phrase_word(before)):
            return out
        out = out[:k]
    return out


def _phrase_word(word: str) -> bool:
    """A lower-case word that may end an earlier phrase of the chain ("на совещании [в правительстве]")."""
    return word[:1].islower() and word.replace("-", "").isalpha() and not is_role(word) and word.lower() not in RU_PRONOUNS


TIME_WORD_RE = re.compile(r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[еяь]|"
                          r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|выходных|неделе|прошлом|среде")


def _described_by(toks: list[re.Match[str]], end: int) -> re.Match[str] | None:
    """The head of a description that ends at toks[end]: a title word or an unnamed source followed
    only by words that complete it ("Глава государства", "Источник в дипломатических кругах")."""
    for i in range(end - 1, max(-1, end - 5), -1):
        w = toks[i].group()
        if is_role(w) or UNNAMED_RE.match(w):
            return toks[i]
        if not w[:1].isalpha() or w.lower() in RU_PRONOUNS:
            return None
    return None


def sentence_start(text: str, pos: int) -> int:
    stop = text.rfind(". ", 0, pos)
    return max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, pos) + 1)  # (no stop before: the text's start)


FEMININE = {"она", "её", "ее"}
MASCULINE = {"он", "его"}


def gender(name: str) -> str | None:
    """'f' or 'm' for a Russian name by its given name or family name, None if it does not say."""
    parts = name.split()
    if parts[0] in FEMALE_NAMES or re.search(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$", parts[-1]):
        return "f"
    if parts[0] in MALE_NAMES or re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$", parts[-1]):
        return "m"
    return None


PRONOUN_REACH = 3000  # characters before the two paragraphs read first that a pronoun's person may be named in


def pronoun_speaker(doc: Document, out: list[Quote], pos: int, pronoun: str = "") -> str | None:
    """'Он добавил', 'По её словам': the person named last in the sentences before it whose
    gender fits the pronoun, else the speaker of the latest quote or reported speech, else a person
    of that gender named further back ("Губернатор X в интервью рассказал ..." before the questions
    and answers: "Он также отметил, что ...")."""
    want = "f" if pronoun in FEMININE else "m" if pronoun in MASCULINE else None
    text = doc.text
    if pronoun in PLURAL_PRONOUNS:
        group = _group_before(doc, out, pos)
        if group:
            return group
    floor = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos))))
    named = _named_before(text, floor, pos, want) if want else None
    before = [q for q in doc.quotes + doc.reported + out if q.speaker and q.start < pos and CYR_RE.search(q.text)]
    latest = max(before, key=lambda q: q.start) if before else None
    if named and latest is not None and latest.mention and named[0] < latest.mention.start < pos \
            and gender(latest.speaker or "") in (want, None):
        return latest.speaker  # "— Q, — сказал Шульгин. По его словам, ...": the speaker named since the last full name
    if named:
        return named[1]
    if latest is not None:
        return latest.speaker
    further = _named_before(text, max(0, floor - PRONOUN_REACH), floor, want) if want and floor else None
    return further[1] if further else None


PLURAL_PRONOUNS = frozenset(("они", "их"))
# a plural noun opening a sentence ("Жители района собрали подписи", "Учителя, с которыми я говорил, ...")
GROUP_OPENING_RE = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:[ыи]|еля)(?![а-яё])")
GROUP_REACH = 80  # characters from the sentence's start that a quote's source may begin at and still be the group


def _group_before(doc: Document, out: list[Quote], pos: int) -> str | None:
    """'Они считают, что ...' after a sentence of the same paragraph opening with a plural noun: the group, or
    the speaker of what that sentence reports its group saying ("Эксперты института X считают ... Они напоминают")."""
    text = doc.text
    ss, _ = doc.sentences.of(pos)
    if ss < 1:
        return None
    ps, pe = doc.sentences.of(ss - 1)
    group = GROUP_OPENING_RE.match(text, ps)
    if group is None or ps >= ss or "\n\n" in text[pe:ss]:
        return None
    said = [q for q in doc.quotes + doc.reported + out if q.speaker and q.mention and ps <= q.mention.start < ps + GROUP_REACH
            and q.start < pe]
    return said[-1].speaker if said else group.group()


def _named_before(text: str, lo: int, hi: int, want: str) -> tuple[int, str] | None:
    """The last person named between lo and hi whose gender may be `want`: where, and the fullest name."""
    for m in reversed(list(RU_NAME_RE.finditer(text, lo, hi))):
        words = m.group().split()
        if is_role(words[0]):  # "Глава Минэкономразвития Максим Решетников": the name after the title
            words = words[-2:] if is_given(words[-2]) else words[-1:]
            if len(words) < 2:
                continue
        if len(words) > 1 and ru_actors.not_a_name(words[0]) and not is_given(words[0]):
            words = words[1:]  # "Эстонии Маргус Цахкна": the name; "Высшего Евразийского": a body's words, none
            if len(words) < 2 and (ru_actors.not_a_name(words[0]) or CAP_ADJ_GEN_RE.fullmatch(words[0])):
                continue
        if CAP_ADJ_GEN_RE.fullmatch(words[0]) and not any(is_given(w) for w in words):
            continue  # "в Западной Африке", "Северной Европы": a place in an oblique case, no person
        full = fullest(text, " ".join(words))
        if gender(full) in (want, None):
            return m.start(), full
    return None


__all__ = ["CITING_OPENERS", "DESCRIPTION_RE", "RU_NAME_RE", "RU_PRONOUNS", "RU_VERB", "RU_VERB_ANY", "RU_WORD", "canonical", "gender", "np_after", "pronoun_speaker",
           "subject_before"]
