"""Russian reported speech: a table of small named rules, each finding one construction and
emitting (content, source mention, cue, speaker)."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.document import Document
from briefing_app.analysis.genre_ru_ko import KICKER_RE
from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.occurrences import word_starts as _word_starts
from briefing_app.analysis.spans import SpanReach
from briefing_app.analysis.lang import ru_acts, ru_asked, ru_infinitive, ru_interview, ru_nouns, ru_participles, ru_said, ru_stance
from briefing_app.analysis.lang.ru_subject import BODY_NOUNS, PLURAL_VERB_RE, RU_IN_ORG_RE, RELATIVE_BEFORE_RE, RELATIVE_REACH, emit_with_subject, source_opens, source_word
from briefing_app.analysis.lang.ru_canonical import RU_CREDIT_RE, RU_NAME_RE, fullest
from briefing_app.analysis.lang.ru_names import is_given, is_role
from briefing_app.analysis.lang.ru_actors import not_a_name
from briefing_app.analysis.lang.ru_orgs import guillemet_nominative
from briefing_app.analysis.lang.ru_venue import DAY_IN_RE, source_after_venue
from briefing_app.analysis.lang.common import Emit, emitter
from briefing_app.analysis.lang.ru_speakers import (
    DESCRIPTION_RE, PAST_VERB_RE, RU_PRONOUNS, RU_VERB, RU_VERB_ANY, RU_WORD, SPEECH_STEMS, canonical, gender, np_after,
    pronoun_speaker, sentence_start, subject_before)
from briefing_app.core.model import Mention, Quote

# (the verb's venue may stand before "что": "заявил в эфире телеканала «Россия 24», что")
# (a claim held in doubt: "утверждает, будто выборы перенесут"; or an indirect question after a verb of telling: "объяснил, почему цены выросли", "уточнил, когда откроют мост",
# "рассказал, как выбрать ипотеку"; not "рассказал, как и обещал": a comparison)
RU_THAT_RE = re.compile(r"(?P<verb>" + RU_VERB + r")(?:[ \t]+(?:[А-ЯЁа-яёA-Za-z-]+|«[^«»\n]{1,30}»)){0,5},\s+"
                        r"(?:что|будто(?:[ \t]+бы)?|(?P<wh>почему|зачем|когда|сколько|каким образом|как(?![ \t]+(?:и|всегда|обычно|правило|известно|"
                        r"сообщалось|ожидалось|говорится|уже|ранее)(?![а-яё]))|где|куда|откуда|какие|какой|какая|какое|каких|каким|кто|"
                        # (after a preposition: "объяснил, в чём причина", "уточнил, на какие цели пойдут деньги")
                        r"(?:в|во|на|о|об|за|с|со|от|по|к|из|для|до)\s+(?:ч[её]м|что|каки[ехм]|какой|какую|каком|кого|кому|ком)))"
                        r"\s+(?P<c>[^.!?\n]+)")
QUESTION_VERB_STEMS = ("объясн", "поясн", "рассказ", "уточн", "ответ", "сообщ", "напомн", "разъясн", "раскрыл")
# an adverb between "Как" and its verb ("Как однажды заметил X", "Как уже сообщал ТАСС", "Как справедливо отмечает X")
AS_ADVERBS = (r"(?:уже|ранее|однажды|справедливо|верно|точно|метко|не раз|неоднократно|тогда|позднее|позже|затем|также|"
              r"ещё|еще|прежде|недавно|накануне|как-то|прямо|открыто|публично)[ \t]+")
RU_ACCORDING_RE = re.compile(r"(?P<cue>[Пп]о (?:словам|мнению|данным|оценке|информации|версии|"
                             # ("По оценкам участников рынка", "По прогнозам аналитиков", "По расчётам Минэкономразвития")
                             r"оценкам|прогнозу|прогнозам|подсч[её]там|расч[её]там|сведениям|сообщению|утверждению|заявлению|"
                             r"признанию|убеждению|"
                             r"(?:предварительным|официальным|последним|имеющимся) данным)|[Кк]ак (?:" + AS_ADVERBS + r")?(?:сообщил|отметил|заявил|"
                             r"подчеркнул|пояснил|рассказал|добавил|уточнил|написал|напомнил|указал|сообщает|"
                             r"отмечает|пишет|заявляет|передаёт|передает|указывает|считает|утверждает|"
                             # (and the other verbs of saying and belief: "Как полагает экономист X, ...")
                             r"сказал|заметил|признал|подтвердил|предупредил|говорил|считал|полагал|полагает|говорит|"
                             r"поясняет|подч[её]ркивает|напоминает|уточняет|добавляет|замечает|призна[её]т|уверен|"
                             # ("Как выяснил «Коммерсант», ...", "Как узнал РБК, ...": what an outlet found out)
                             r"объяснил|выяснил|узнал|"
                             # (how one put it: "Как выразился министр, ...", "Как выразились в Минфине, ...")
                             r"выразился|выразилась|выразились|"
                             # (assurance, admission and promise: "Как заверил X", "Как признался X", "Как пообещали в X")
                             r"заверил|заверяет|уверяет|уверял|признался|призналась|признались|призна[её]тся|пообещал|обещал|обещает|"
                             r"разъяснил|разъясняет|уточняет|"
                             # (and the past of what was said more than once: "Как ранее сообщал ТАСС", "Как не раз писал X")
                             r"сообщал|писал|заявлял|отмечал|подч[её]ркивал|указывал|предупреждал)[аои]?|"
                             r"[Кк]ак (?:" + AS_ADVERBS + r")?(?:считают|полагают|отмечают|говорят|пишут|уверены|признают|поясняют|утверждают|указывают|сообщают|заявляют|"
                             r"объясняют|предупреждают|заверяют|уверяют|обещают|уточняют|разъясняют))\s+"
                             r"(?P<np>[^,\n]+),\s+(?P<c>[^.!?\n]+)")
# ("по его собственным словам", "по её же словам", "по его собственному признанию": an intensifier before the noun)
OWN_ADJ = r"(?:(?:собственным|собственному|собственной|же)[ \t]+)?"
RU_OWN_WORDS_RE = re.compile(r"[Пп]о (?P<pron>его|её|ее|их) " + OWN_ADJ + r"(?:словам|мнению|оценке|оценкам|данным|информации|признанию|"
                             r"убеждению|прогнозу|прогнозам|подсч[её]там|расч[её]там|утверждению|версии),\s+(?P<c>[^.!?\n]+)")
# "Со слов очевидцев, ...", "С его слов, ...": read only in a text that has "слов" before a blank or a comma (a pattern
# opening with "с" would stop at every "с" of the text)
RU_FROM_WORDS_RE = re.compile(r"(?P<cue>[Сс]о слов)\s+(?P<np>[^,\n]+),\s+(?P<c>[^.!?\n]+)")
RU_FROM_OWN_WORDS_RE = re.compile(r"[Сс]о? (?P<pron>его|её|ее|их) слов,\s+(?P<c>[^.!?\n]+)")
# "В Кремле назвали это решение провокацией", "Депутат назвал закон опасным": naming is saying
NAMED_VERBS = ("назвал призвал предложил потребовал рекомендовал обещал считает считают просил советовал оценил обещает "
               "обещают советует называет называют обвинил обвиняет обвиняют пригрозил "
               # the imperfective past of a call and a proposal ("ранее призывал регулятор смягчить политику"; not
               # "требовал": a first letter "т" would stop the scan at each "т" of the text)
               "призывал предлагал советуют "
               # the present of an advice, and a characterisation ("ВОЗ рекомендует странам ускорить вакцинацию", "охарактеризовал
               # переговоры как бесполезные")
               "рекомендует рекомендуют охарактеризовал").split()
# ("В министерстве эту цифру называют завышенной"; an accusation and a threat: "обвинил министерство в давлении")
RU_NAMED_RE = re.compile(r"(?P<verb>(?:" + trie_pattern(NAMED_VERBS) + r")[аио]?)\s+(?P<c>[^«».!?\n]{6,})(?=[.!?\n]|$)")
IN_BODY_RE = re.compile(r"во?[ \t]+«?(?=[А-ЯЁA-Z])")  # "Как считают в «Альфа-Банке»": the bank
TIME_WORDS = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|беседе|интервью|эфире|разговоре)(?![\w-])"
RU_SAID_IN_RE = re.compile(r"(?P<c>[^.!?\n]{10,}?),\s+(?P<cue>говорится в (?:[а-яё-]+(?:ом|ем|ой|ей)\s+){0,2}(?:заявлении|сообщении|документе|"
                           r"пресс-релизе|докладе|письме|обращении)|следует из (?:данных|материалов|документа|документов|приказа|постановления|"
                           r"распоряжения|письма|ответа|протокола|уведомления|текста|пояснительной записки|"
                           r"отч[её]та|сообщения|заявления|доклада|решения|оценки|оценок|прогноза|расч[её]тов|исследования|опроса))\s+(?P<np>[^,.!?\n]+?)(?:,[^.!?\n]*)?[.!]?$")
RU_ABOUT_THIS_RE = re.compile(r"Об этом (?:(?:[а-яё]+|«[^»\n]{2,30}»|Интерфаксу|ТАСС|РБК) ){0,4}?(?P<verb>" + RU_VERB + r"|(?:говорится|сообщается) в (?:сообщении|заявлении|"
                              r"пресс-релизе|документе|материалах|отч[её]тности|отч[её]те|докладе|обзоре|исследовании))\s+(?P<np>[^.!?\n]+)[.!]?$")
# "Открытие линии перенесено на 2028 год, сообщил мэр города Алексей Орлов."
RU_INVERTED_END_RE = re.compile(r"(?P<c>[^«\n][^\n]{9,}?),\s+(?P<verb>" + RU_VERB + r")\s+(?:«[^»\n]{2,30}»\s+)?"
                                r"(?P<np>[^,.!?\n«»]+?)(?:,[^.!?\n«»]*)?[.!]?$")
# the same with a name in guillemets in its source ("пресс-секретарь «Аэрофлота»", "агентство «Дунё»", "газета «Ведомости»"),
# tried only where the plain one fails on a sentence holding "«" (the alternation costs on every sentence)
RU_INVERTED_END_NAMED_RE = re.compile(RU_INVERTED_END_RE.pattern.replace(r"(?P<np>[^,.!?\n«»]+?)",
                                                                         r"(?P<np>(?:[^,.!?\n«»]|(?<=\s)«[^»\n]{1,40}»)+?)"))
# "Российская сторона, отметил дипломат, готова ...": the verb and its source set off by commas
RU_INSERTED_RE = re.compile(r",[ \t]+(?P<verb>" + RU_VERB + r")[ \t]+(?P<np>[^,.!?\n«»]{2,60}?),[ \t]+(?=[а-яё])")
# "рассказали два источника, знакомых с ...": unnamed sources
# ("сообщил источник в делегации", "рассказал собеседник в аппарате правительства": the description with where the source
# is, as the answers keep an unnamed source; not a time or a venue after it: "источник в понедельник", "в беседе с")
UNNAMED_NP_RE = re.compile(r"(?:(?:два|три|несколько|один из|одна из)\s+)?(?:источник|собеседник)[а-яё]*"
                           r"(?:[ \t]+«[^»\n]{1,40}(?:[аяыий]|ов)»)?"  # ("один из собеседников «Ведомостей»", "источник «Известий»")
                           r"(?:[ \t]+(?:в|во|из|среди)[ \t]+(?!" + TIME_WORDS + r")[А-ЯЁа-яёA-Za-z-]{3,}"
                           r"(?:[ \t]+(?!(?:в|во|на|с|со|по|из|у|к|о|об|для|после|до)(?![\w-]))[А-ЯЁа-яёA-Za-z-]+){0,2})?", re.I)
BODY_NOUN_RE = re.compile(r"(?<![а-яё])" + BODY_NOUNS)
# one of a group, unnamed, after an inverted verb ("..., рассказала одна из жительниц", "..., признался один из
# участников рынка"; a genitive plural after "из")
ONE_OF_RE = re.compile(r"(?:один|одна)[ \t]+из[ \t]+(?:[а-яё]+(?:ых|их)[ \t]+)?[а-яё]{3,}(?:ов|ев|ей|иц|ок|ых|их|ан|ян)"
                       r"(?:[ \t]+[а-яё]+(?:а|я|ов|ев|и|ы))?(?![а-яё])")
# an outlet named after its kind ("агентство «Дунё»", "газета Le Monde", "издание The Guardian")
OUTLET_NAMED_RE = re.compile(r"(?:агентство|газета|издание|телеканал|журнал|портал|радиостанция|сайт)[ \t]+"
                             r"(?P<name>«[^»\n]{1,40}»|[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})")
# an outlet by its name in guillemets alone, in the nominative, ending the source ("«Интерфакс»", "«Коммерсант» со ссылкой на")
OUTLET_BARE_RE = re.compile(r"(?P<name>«[А-ЯЁA-Z][^»\n]{0,38}(?<!ям)(?<!ам)(?<![уюе])»)(?:[ \t]+со[ \t]+ссылкой[ \t]+на[ \t][^\n]*)?$")
RU_HEADLINE_RE = re.compile(r"(" + RU_WORD + r"(?:[ \t]+" + RU_WORD + r")?):[ \t]+(\S[^\n]+)")
# a headline's speaker that is a title and whom or what it heads ("Министр финансов:", "Глава «Аэрофлота»:", "Ректор
# МГУ:", "Глава аэропорта Пулково:", "Губернатор Калужской области:") or an acronym ("МИД:", "ЦБ:")
HEADLINE_TITLED_RE = re.compile(r"(?P<np>(?P<role>[А-ЯЁ][а-яё-]+)(?:[ \t]+(?:[А-ЯЁа-яё][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*|[А-ЯЁ]{2,6}|«[^«»\n]{1,30}»)){1,4}"
                                r"|[А-ЯЁ]{2,6}):[ \t]+(?P<c>\S[^\n]+)")
# a headline's speaker named in full after the title ("Исполнительный директор АТОР Майя Ломидзе: «Q»", "Президент
# Российского зернового союза Аркадий Злочевский: «Q»"): the title words and the given and family name right before the colon
HEADLINE_NAMED_RE = re.compile(r"(?P<np>[А-ЯЁ][а-яё-]+(?:[ \t]+(?:[А-ЯЁа-яё][а-яё-]*|[А-ЯЁ]{2,6}|«[^«»:\n]{1,30}»)){0,6}?"
                               r"[ \t]+(?P<given>[А-ЯЁ][а-яё]+)[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?):[ \t]+(?P<c>«[^\n]+)")
HEADLINE_REACH = 1500  # characters after a headline that the person its title names is looked for in

Rule = Callable[[Document, list[Quote], Emit], None]


# verbs of saying that, negated, report that nothing was said ("не заявлял, что", "не уточнил, что"); a negated view or
# admission is still one held ("не считает, что", "не исключил, что", "не скрывает, что")
SAYING_STEMS = ("сказ", "заяв", "говор", "сообщ", "писал", "написал", "уточн", "поясн", "объясн", "подтвер", "рассказ",
                "утвержд", "отмет", "отмеч", "добав", "подчерк", "подчёрк", "упомина", "упомянул")


def said_that(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X заявил, что CONTENT' (the subject before the verb; 'он' is the latest speaker); not a verb
    inside a quotation («Мы убеждены, что ...», — сказал министр: the minister's words)."""
    text = doc.text
    quoted = SpanReach((q.start, q.end) for q in doc.quotes if q.kind == "direct")
    for m in RU_THAT_RE.finditer(text):
        if quoted.covers(m.start()) or _negated(text, m.start()) and m.group("verb").lower().startswith(SAYING_STEMS):
            continue  # ("Министр не заявлял, что проект закрыт": nothing was said; "не считает, что" is a view held)
        if m.group("wh") and not m.group("verb").lower().startswith(QUESTION_VERB_STEMS):
            continue  # ("считает, когда ..." is no question told)
        emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))


OBJECT_PRONOUNS = frozenset("его её ее их это".split())


def named_as(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X назвал решение провокацией' (no quotation marks: those are direct quotes)."""
    text = doc.text
    for m in RU_NAMED_RE.finditer(text):
        at = m.start() - 2 if text[max(0, m.start() - 2):m.start()] == "по" else m.start()  # "пообещал", "попросил"
        if at and text[at - 1].isalpha():
            continue  # inside a word ("запросил"); the pattern opens with its words, so the engine skips to them
        if text[sentence_start(text, at):at].strip().lower() in OBJECT_PRONOUNS:
            continue  # "Его называют отцом реформы": he is named, nobody speaks
        emit_with_subject(doc, out, emit, at, m.start("c"), m.end("c"), text[at:m.end("verb")])


# "В Еврокомиссии рассчитывают согласовать пакет": a hope or an intent with an infinitive ("рассчитывает на
# поддержку" is none)
# (and a readiness or an intent put into words: "Мэр выразил готовность встретиться с жителями", "выразили намерение обжаловать")
# (and a proposal, a call or a plea in the present: "Депутаты предлагают запретить ...", "Жители просят проверить ...")
# (and a demand, of someone after "от": "Профсоюз требует повысить зарплаты", "требует от институтов ежеквартально
# отчитываться"; an adverb may stand before the infinitive; a noun in -сть is none: "предлагает часть средств"; an
# infinitive in -ти: "предлагает ввести сбор", "поручил провести проверку", "предлагают перейти"; and the imperfective past
# of a demand: "Профсоюз не раз требовал повысить зарплаты")
RU_HOPE_RE = re.compile(r"(?P<verb>рассчитыва(?:ет|ют)|надеют?ся|выразил[аио]?[ \t]+(?:готовность|намерение|желание)|"
                        r"предлага(?:ет|ют)|призыва(?:ет|ют)|прос(?:ит|ят)|требу(?:ет|ют)|требовал[аи]?)"
                        r"(?:[ \t]+от[ \t]+[А-ЯЁа-яё-]+(?:[ \t]+[А-ЯЁа-яё-]+){0,3}?)?(?:[ \t]+[а-яё]{4,}о)?[ \t]+"
                        r"(?P<c>(?:не[ \t]+)?(?:[а-яё]{3,}(?<!с)(?:ть|ться)|[а-яё]{3,}чь|[а-яё]*(?:вести|везти|нести|расти|спасти|йти))(?![а-яё])[^«».!?\n]*)")


def hopes(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'В Еврокомиссии рассчитывают согласовать пакет до конца года', 'Банк надеется вернуть долг', 'Профсоюз требует
    от властей отменить решение'."""
    text = doc.text
    starts = sorted(at for needle in HOPE_NEEDLES for at in _word_starts(text, needle))
    end = 0
    for at in starts:  # (RU_HOPE_RE tried only where its verbs' letters are: a scan of the whole text stops at every "т")
        m = RU_HOPE_RE.match(text, at) if at >= end else None
        if m:
            end = m.end()
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), _before_tag(text, m), m.group("verb"))


HOPE_NEEDLES = ("рассчитыва", "надеет", "надеют", "выразил", "предлага", "призыва", "просит", "просят", "требу", "требовал")
# an order given in words, with whom it is given to before the infinitive ("Губернатор поручил министерству транспорта
# региона подготовить предложения", "Мэр поручил проверить контракты"): the answers hold it reported speech (ru38,
# ru113, ru116, ru122, ru89's first; ru46, ru83 and ru89's second do not)
RU_ORDER_RE = re.compile(r"(?P<verb>поручил[аи]?)(?:[ \t]+(?!не[ \t])[А-ЯЁа-яё-]+){0,4}?[ \t]+"
                         r"(?P<c>(?:[а-яё]{3,}(?<!с)(?:ть|ться)|[а-яё]{3,}чь|[а-яё]*(?:вести|везти|нести|расти|спасти|йти))(?![а-яё])[^«».!?\n]*)")


def orders(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Губернатор поручил министерству подготовить предложения до марта': the order is its giver's words."""
    text = doc.text
    for at in _word_starts(text, "поручил"):
        m = RU_ORDER_RE.match(text, at)
        if m:
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), _before_tag(text, m), m.group("verb"))


# a tag of saying after the words, set off by a comma ("Профсоюз требует повысить зарплаты, сообщил его лидер")
TAG_AFTER_RE = re.compile(r",[ \t]+" + RU_VERB)


def _before_tag(text: str, m: re.Match[str]) -> int:
    """Where the words of a demand or an order end: before a tag of saying after them, else the match's end."""
    tag = TAG_AFTER_RE.search(text, m.start("c"), m.end("c"))
    return tag.start() if tag else m.end("c")


# "Фидан заявил о готовности ...", "Сбербанк объявил о снижении ставок", "Сийярто высказался за диалог": a verb of saying
# with the topic of the words in a phrase ("рассказал о планах" opens an interview: none; "заявил о том, что": said_that's)
RU_SPOKE_OF_RE = re.compile(r"(?P<verb>(?:заявил|объявил|предупредил|заявлял|объявлял|сообщил)[аио]?|сообщают|предупрежда(?:ет|ют)|"
                            r"высказал(?:ся|ась|ись|ось)|отчитал(?:ся|ась|ось|ись)|"
                            # a reminder, to someone ("напомнил министрам о сроках", "напомнил главам районов о ...")
                            r"напомнил[аи]?(?:[ \t]+[а-яё]{3,}(?:ам|ям|ему|ому)(?:[ \t]+[а-яё]{3,}(?:ов|ей|ий))?)?)"
                            r"[ \t]+(?P<c>(?:об?|за|против)[ \t]+(?!(?:том|этом|себе)[ \t,.])[^«».!?\n]{6,})(?=[.!?\n]|$)")
# the verbs' letters the text is searched for (str.find: a regex scan of the whole text costs ten times more), with
# the letters that may stand before them in the word
SPOKE_OF_NEEDLES = (("явил", ("за", "объ")), ("являл", ("за", "объ")), ("предупредил", ("",)), ("предупрежда", ("",)), ("высказал", ("",)),
                    ("сообщ", ("",)), ("отчитал", ("",)), ("напомнил", ("",)))


def spoke_of(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X заявил о готовности выступить посредником', 'X высказался за возобновление диалога': the phrase is
    X's words in brief."""
    text = doc.text
    for needle, prefixes in SPOKE_OF_NEEDLES:
        at = text.find(needle)
        while at != -1:
            start = next((at - len(p) for p in prefixes if text.startswith(p, at - len(p)) and at >= len(p)), -1)
            m = RU_SPOKE_OF_RE.match(text, start) if start >= 0 and not (start and text[start - 1].isalpha()) else None
            if m:
                emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))
            at = text.find(needle, at + len(needle))


# "Регулятор допустил её снижение", "Песков не исключил возможности переговоров", "ЦБ допускает повышение ставки": a
# possibility granted or ruled out in words, with a noun of change or chance (not "допустил ошибку": a deed; not "не
# допустил роста": a prevention; not "исключил его из партии")
RU_POSSIBLE_RE = re.compile(r"(?P<verb>допус(?:тил[аи]?|кает|кают)|исключ(?:ил[аи]?|ает|ают))[ \t]+(?P<c>(?:(?:её|ее|его|их|такую|"
                            r"такой|такого)[ \t]+)?(?:возможност|вероятност|сценари|снижени|повышени|рост|сохранени|отмен|"
                            r"введени|продлени|пересмотр|сокращени|увеличени|ужесточени|смягчени|изменени|приостановк|перенос|"
                            r"заморозк|девальваци|дефолт|эскалаци|отставк)[а-яё]*(?![а-яё])[^«».!?\n]*)")


def _negated(text: str, at: int) -> bool:
    """Does the word "не" stand right before at ("не подтвердили"; not the end of "В Минфине подтвердили")?"""
    return text[max(0, at - 3):at].lower() == "не " and not (at > 3 and text[at - 4].isalpha())


def possible(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Регулятор допустил её снижение во втором полугодии', 'Министр не исключил повышения налогов'."""
    text = doc.text
    for needle in ("допус", "исключ"):
        at = text.find(needle)
        while at != -1:
            m = RU_POSSIBLE_RE.match(text, at) if not (at and text[at - 1].isalpha()) else None
            at = text.find(needle, at + len(needle))
            if m is None or _negated(text, m.start()) and needle == "допус":
                continue
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))


# "Авторы письма настаивают на его освобождении": an insistence on a thing ("настаивает на том, что": said_that's)
RU_INSIST_RE = re.compile(r"(?P<verb>настаива(?:ет|ют|л[аио]?))[ \t]+(?P<c>на[ \t]+(?!(?:том|этом)[ \t,.])[^«».!?\n]{6,})(?=[.!?\n]|$)")


# "Ранее сообщалось, что ...", "Как сообщалось ранее, ...": reported with no source named
REPORTED_BEFORE_RE = re.compile(r"(?P<cue>(?:Ранее|Ранее уже|Как)[ \t]+(?:сообщалось|писали|сообщали)(?:[ \t]+ранее)?),?"
                                r"(?:[ \t]+что)?[ \t]+(?P<c>[^.!?\n]{6,})")
# "Аналитики прогнозируют рост цен на 10%", "Министерство ожидает курс на уровне 96 рублей": a forecast with a figure
FORECAST_RE = re.compile(r"(?P<verb>(?:прогнозиру|ожида)(?:ет|ют)|(?:спрогнозировал|прогнозировал)[аи]?)[ \t]+"
                         r"(?P<c>(?!,)[^.!?\n«»]*?\d[^.!?\n«»]*)")


AMOUNT_RE = re.compile(r"%|процент|на уровне|рубл|доллар|евро|млрд|млн|трлн|тысяч")


def reported_before(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Ранее сообщалось, что завод закроют': words reported earlier, their source unnamed."""
    text = doc.text
    if "сообщалось" not in text and "писали" not in text and "сообщали" not in text:
        return
    for m in REPORTED_BEFORE_RE.finditer(text):
        if m.start() == doc.sentences.of(m.start())[0]:
            emit(m.start("c"), m.end("c"), m.start("cue"), m.end("cue"), m.group("cue").lower(), None)


def forecasts(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Аналитики прогнозируют рост цен на 10%': a forecast with a figure is its subject's words (not "ожидали такого
    шага": no figure; "ожидает, что": said_that's)."""
    text = doc.text
    if "прогнозир" not in text and "ожида" not in text:
        return
    for m in _forecast_matches(text):
        if m.group("verb").startswith("ожида") and not AMOUNT_RE.search(m.group("c")):
            continue  # ("Рейс ожидает вылета уже 3 часа": a wait, no forecast of an amount)
        emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))


def _forecast_matches(text: str) -> list[re.Match[str]]:
    """FORECAST_RE matched only where its verbs' letters are (str.find), at a word's start ("спрогнозировал" too)."""
    found = []
    for needle in ("прогнозир", "ожида"):
        at = text.find(needle)
        while at != -1:
            start = at - 1 if needle == "прогнозир" and text[at - 1:at] == "с" else at
            if not (start and text[start - 1].isalpha()):
                m = FORECAST_RE.match(text, start)
                if m is not None:
                    found.append(m)
            at = text.find(needle, at + len(needle))
    return sorted(found, key=lambda m: m.start())


def insists_on(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Профсоюз настаивает на индексации зарплат', 'Авторы письма настаивают на его освобождении'."""
    text = doc.text
    at = text.find("настаива")
    while at != -1:
        m = RU_INSIST_RE.match(text, at) if not (at and text[at - 1].isalpha()) else None
        if m:
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))
        at = text.find("настаива", at + 8)


def according_to(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'По словам X, CONTENT', 'Как отмечает агентство X, CONTENT'."""
    text = doc.text
    found = list(RU_ACCORDING_RE.finditer(text))
    if "о слов " in text:
        found = sorted(found + list(RU_FROM_WORDS_RE.finditer(text)), key=lambda m: m.start())
    for m in found:
        cue = m.group("cue")
        if cue[:1] == "к" and (text[max(0, m.start() - 5):m.start()].rstrip(", ").endswith("так") or ". " in m.group("np")):
            continue  # "так, как обещали их авторы. Сначала ...": a comparison, and no source runs over a full stop
        # "Как рассказал «Известиям» X": an outlet told; "По данным РБК", "Как узнал РБК": the outlet is the source
        as_said = cue[:1] in "Кк" and "выясн" not in cue and "узна" not in cue
        end = m.end("np")
        cited = text.find(" со ссылкой на ", m.start("np"), end)  # "Как пишет «Коммерсант» со ссылкой на участников рынка"
        end = cited if cited != -1 else end  # (the outlet, not whom it cites)
        venue = VENUE_AFTER_RE.search(text, m.start("np"), end)  # "как отмечают авторы в пояснительной записке": the
        end = venue.start() if venue and venue.start() > m.start("np") else end  # authors, not where they wrote it
        told = as_said and ru_said.OUTLET_FIRST_RE.match(text, m.start("np"), end) or IN_BODY_RE.match(text, m.start("np"), end)
        if told and told.end() >= end and (cited != -1 or told.group().strip() in ("ТАСС", "РБК", "РИА Новости")):
            told = None  # "Как сообщает ТАСС со ссылкой на источник", "Как сообщает ТАСС, ...": ТАСС reports, nobody told it
        ns = told.end() if told else m.start("np")  # "Как рассказал «Известиям» депутат X": the deputy; "Как считают в X"
        ns += text.startswith("«", ns) and text[end - 1] == "»"  # "Как выяснил «Коммерсант»": the name inside
        ne = end - (text[ns - 1] == "«" and text[end - 1] == "»")
        np = text[ns:ne]
        if not np.strip():
            continue
        own = np.split()[0].lower() in ("его", "её", "ее", "их")  # "по его словам": the latest speaker
        speaker = pronoun_speaker(doc, out, m.start(), np.split()[0].lower()) if own \
            else guillemet_nominative(np) if text[ns - 1] == "«" else canonical(text, np, ns)
        emit(m.start("c"), m.end("c"), ns, ne, cue.lower(), speaker)


# the source set after the words, ending the sentence: "Доходы выросли на 10%, по словам министра."
RU_ACCORDING_END_RE = re.compile(r"(?P<c>[^\n]{10,}?),[ \t]+по[ \t]+(?:(?P<pron>его|её|ее|их)[ \t]+)?" + OWN_ADJ + r"(?P<cue>словам|мнению|данным|"
                                 r"оценке|оценкам|информации|сведениям|версии|подсч[её]там|расч[её]там)"
                                 r"(?:[ \t]+(?P<np>[^,.!?\n«»]+?))?[ \t]*[.!]?$")  # (", по его словам.")


def according_to_after(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Доходы выросли на 10%, по словам министра.': the source closes the sentence after a comma."""
    text = doc.text
    if ", по " not in text:
        return
    for ss, se in doc.sentences.spans:
        if text.find(", по ", ss, se) == -1:
            continue
        m = RU_ACCORDING_END_RE.match(text, ss, se)
        if m is None:
            continue
        if m.group("pron"):
            ms, me = m.start("pron") - 3, m.end("cue")
            emit(m.start("c"), m.end("c"), ms, me, "по " + m.group("cue"), pronoun_speaker(doc, out, ms, m.group("pron")))
        elif m.group("np"):
            ms, me = m.span("np")
            emit(m.start("c"), m.end("c"), ms, me, "по " + m.group("cue"), canonical(text, text[ms:me], ms))


# where a source wrote or said its words, after it: no part of the source ("в пояснительной записке", "в своём докладе",
# "в интервью «Известиям»", "в Telegram-канале", "в соцсетях"); a body a source sits in stays ("источник в правительстве")
VENUE_AFTER_RE = re.compile(r"[ \t]+(?:в|во|на)[ \t]+(?:сво[её]м[ \t]+|сво[её]й[ \t]+|пояснительной[ \t]+)?(?:записке|письме|заявлении|"
                            r"докладе|отч[её]те|обращении|сообщении|интервью|колонке|статье|эфире|блоге|Telegram-канале|"
                            r"телеграм-канале|соцсетях|социальных[ \t]+сетях|беседе|комментарии|пресс-релизе|брифинге|"
                            r"пресс-конференции|выступлении)(?![А-ЯЁа-яё-])")
# "Как стало известно «Коммерсанту», CONTENT": the outlet that learnt it reports it
KNOWN_RE = re.compile(r"[Кк]ак стало известно[ \t]+(?P<np>«[^»\n]{2,30}»|[А-ЯЁA-Z][\w-]+)[^,\n]{0,40},\s+(?P<c>[^.!?\n]+)")


def became_known(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Как стало известно «Коммерсанту», компания готовит сделку': the outlet's report."""
    text = doc.text
    if "стало известно" not in text:
        return
    for m in KNOWN_RE.finditer(text):
        np = m.group("np")
        ns, ne = m.start("np") + (np[0] == "«"), m.end("np") - (np[0] == "«")
        emit(m.start("c"), m.end("c"), ns, ne, "как стало известно", guillemet_nominative(text[ns:ne]))


# an impersonal verb of saying that opens a sentence ("Сообщается, что ...", "Также уточняется, что ...", "Как
# сообщается, ...", "Кроме того, отмечается, что ..."): the words of the source the text last quoted
IMPERSONAL_RE = re.compile(r"(?:(?:[Тт]акже|[Пп]ри этом|[Кк]роме того,?|[Вв]месте с тем,?|[Вв] частности,?)[ \t]+)?"
                           r"(?P<as>[Кк]ак[ \t]+)?(?P<verb>[Сс]ообщается|[Оо]тмечается|[Уу]точняется|[Пп]одч[её]ркивается|"
                           r"[Уу]казывается|[Пп]оясняется|[Уу]тверждается),[ \t]+(?P<that>что[ \t]+)?(?P<c>[^.!?\n]+)")
IMPERSONAL_REACH = 1500  # characters before such a sentence that the source quoted last is looked for in
IMPERSONAL_STEMS = ("ообщается", "тмечается", "точняется", "черкивается", "чёркивается", "казывается", "оясняется",
                    "тверждается")


def impersonal(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Сообщается, что пострадавших нет.': reported words with no source in the sentence; the source quoted last before
    it (within IMPERSONAL_REACH) speaks, else nobody named."""
    text = doc.text
    if not any(stem in text for stem in IMPERSONAL_STEMS):
        return
    for ss, se in doc.sentences.spans:
        m = IMPERSONAL_RE.match(text, ss, se)
        if m is None or bool(m.group("as")) == bool(m.group("that")):
            continue  # "Сообщается, что X" or "Как сообщается, X" ("Отмечается, в частности," no clause)
        before = [q for q in (*doc.quotes, *out) if q.kind in ("direct", "indirect") and q.speaker and q.mention
                  and ss - IMPERSONAL_REACH <= q.start < ss]
        last = max(before, key=lambda q: q.start) if before else None
        ms, me = (last.mention.start, last.mention.end) if last and last.mention else (m.start("verb"), m.end("verb"))
        emit(m.start("c"), m.end("c"), ms, me, m.group("verb").lower(), last.speaker if last else None)


# "Ранее было заявлено, что ...", "Позже было объявлено, что ...": the passive of a verb of saying, no source named
# (and "Как было отмечено на совещании, ...", the same words as an aside; "На заседании прозвучало, что ...": words said
# aloud with nobody named); each read where str.find meets "ыло " or "прозвуч"
PASSIVE_RE = re.compile(r"[Бб]ыло[ \t]+(?:также[ \t]+|уже[ \t]+)?(?P<verb>заявлено|сообщено|объявлено|сказано|отмечено|указано|"
                        r"подч[её]ркнуто|обещано)(?:[ \t]+(?:на|в|во)[ \t]+[а-яё]+(?:[ \t]+[а-яё]+)?)?,[ \t]+(?P<that>что[ \t]+)?"
                        r"(?P<c>[^.!?\n]+)")
SOUNDED_RE = re.compile(r"(?P<verb>прозвучал[оаи]?),[ \t]+что[ \t]+(?P<c>[^.!?\n]+)")
AS_BEFORE_RE = re.compile(r"(?<![А-ЯЁа-яё])[Кк]ак[ \t]+\Z")


def passive(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Ранее было заявлено, что строительство начнётся весной', 'Как было отмечено на совещании, ...', 'На заседании
    прозвучало, что ...': reported words whose source the sentence does not name (not "Как было сказано выше" with no
    venue: the writer's; the aside needs no "что" after it, the plain passive needs one)."""
    text = doc.text
    for needle, rx in (("ыло ", PASSIVE_RE), ("прозвуч", SOUNDED_RE)):
        at = text.find(needle)
        while at != -1:
            start = at - 1 if rx is PASSIVE_RE else at
            at = text.find(needle, at + len(needle))
            if start < 0 or start and text[start - 1].isalpha():
                continue
            m = rx.match(text, start)
            if m is None:
                continue
            aside = rx is PASSIVE_RE and AS_BEFORE_RE.search(text, max(0, start - 5), start) is not None
            if rx is PASSIVE_RE and aside == bool(m.group("that")):
                continue  # "Было заявлено, что X" or "Как было заявлено, X"
            emit(m.start("c"), m.end("c"), m.start("verb"), m.end("verb"), m.group("verb"), None)


def own_words(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Решетников, по его словам, не видит рисков'."""
    text = doc.text
    found = list(RU_OWN_WORDS_RE.finditer(text))  # (the pattern opens with its letters: the engine skips to them)
    if " слов," in text:
        found = sorted(found + list(RU_FROM_OWN_WORDS_RE.finditer(text)), key=lambda m: m.start())
    for m in found:
        lead = m.start()  # the blanks and the comma before "по" ("Решетников, по его словам"): the subject ends before
        while lead and text[lead - 1].isspace():
            lead -= 1
        lead = lead - 1 if lead and text[lead - 1] == "," else lead if lead < m.start() else m.start()
        subj = subject_before(text, sentence_start(text, lead), lead)
        if subj and text[subj[0]:subj[1]].lower() not in RU_PRONOUNS and _own_subject(text[subj[0]:subj[1]], m.group("pron")):
            ms, me = subj
            emit(m.start("c"), m.end("c"), ms, me, "по словам", canonical(text, text[ms:me], ms))
        else:  # (the pronoun's own place: a blank before a sentence's "По их словам" is the sentence before's)
            emit(m.start("c"), m.end("c"), m.start(), m.start("c") - 2, "по словам",
                 pronoun_speaker(doc, out, m.start(), m.group("pron")))


def _own_subject(subject: str, pronoun: str) -> bool:
    """Can the subject before "по его/её словам" be whose words they are? A person whose name's gender is the pronoun's
    ("Решетников, по его словам"), a title word, or a group for "их"; not a thing or a body that is no person ("Доходы, по
    его словам, выросли", "Бундесвер, по его словам, компенсирует": the person the pronoun stands for speaks)."""
    if pronoun == "их":
        return True
    first = subject.split()[0]
    return is_role(first) or gender(subject) == ("m" if pronoun == "его" else "f")


def interview_answers(doc: Document, out: list[Quote], emit: Emit) -> None:
    """An interview as questions and answers: each answer is the interviewee's (ru_interview)."""
    ru_interview.interview_answers(doc, out)


def said_in(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'..., говорится в заявлении МИД.'"""
    text = doc.text
    for ss, se in doc.sentences.spans:
        m = RU_SAID_IN_RE.match(text, ss, se)
        if m:
            emit(m.start("c"), m.end("c"), m.start("np"), m.end("np"), m.group("cue"), canonical(text, m.group("np").strip(), m.start("np"))
                 or m.group("np").strip())


IN_RE = re.compile(r"во?[ \t]+")


def inverted_end(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'CONTENT, сообщил мэр города Алексей Орлов.': a sentence ending in a verb of saying and
    its source (a title word, a name or a pronoun)."""
    text = doc.text
    for ss, se in doc.sentences.spans:
        m = RU_INVERTED_END_RE.match(text, ss, se)
        if not m and text.find("«", ss, se) != -1:
            m = RU_INVERTED_END_NAMED_RE.match(text, ss, se)
        if not m:
            continue
        told = ru_said.OUTLET_FIRST_RE.match(text, m.start("np"), m.end("np"))
        np_at = told.end() if told and told.end() < m.end("np") else m.start("np")  # ("сообщил ТАСС источник в делегации")
        plural = PLURAL_VERB_RE.search(m.group("verb"))
        day = DAY_IN_RE.match(text, np_at, m.end("np")) if plural else None
        np_at = day.end() if day else np_at  # ("сообщили в пятницу участники рынка": a time, not the body)
        inside = IN_RE.match(text, np_at, m.end("np")) if plural else None
        if inside:  # "сообщили в министерстве", "считают в Минэнерго", "сообщили РИА Новости в мэрии": the body spoke
            ms, me = inside.end(), m.end("np")
            emit(m.start("c"), m.end("c"), ms, me, m.group("verb"), canonical(text, text[ms:me], ms))
            continue
        np_at = source_after_venue(text, np_at, m.end("np"))  # ("заявил в четверг на брифинге министр X")
        unnamed = UNNAMED_NP_RE.match(text, np_at, m.end("np")) or ONE_OF_RE.match(text, np_at, m.end("np"))
        if unnamed:
            emit(m.start("c"), m.end("c"), unnamed.start(), unnamed.end(), m.group("verb"), None)
            continue
        outlet = OUTLET_NAMED_RE.match(text, np_at, m.end("np")) \
            or OUTLET_BARE_RE.match(text, m.end("verb") + 1, m.end("np"))  # (the plain pattern reads «X» as the told)
        if outlet:  # "..., передаёт агентство «Дунё» со ссылкой на источник", "..., сообщает агентство Bloomberg": the outlet
            name = outlet.group("name").strip("«»")  # ("..., передаёт «Интерфакс».", "..., пишет «Коммерсант» со ссылкой на ...")
            emit(m.start("c"), m.end("c"), outlet.start(), outlet.end("name"), m.group("verb"), name)
            continue
        ms, me = np_after(text, np_at, m.end("np"))  # ("рассказал E1 житель X": the resident, not the outlet told)
        first = text[ms:me].split()[0] if me > ms else ""
        if np_at > m.start("np") and not source_opens(text[ms:me]):  # ("передает РИА Новости со ссылкой на ...": the agency)
            ms, me = np_after(text, m.start("np"), m.end("np"))
            first = text[ms:me].split()[0] if me > ms else ""
        if not source_opens(text[ms:me]):  # ("..., уточнила дипломат"; "..., заявила официальный представитель МИД X")
            continue  # ("..., сообщила компания в понедельник": the company named before)
        mention = text[ms:me]
        speaker = pronoun_speaker(doc, out, ms, first.lower()) if first.lower() in RU_PRONOUNS else canonical(text, mention, ms)
        emit(m.start("c"), m.end("c"), ms, me, m.group("verb"), speaker)


POSSESSIVE_RE = re.compile(r"(?:его|её|ее|их)[ \t]+(?=\S)")  # a possessive before a title ("его директор")


def inserted(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Российская сторона, отметил дипломат, готова ...': a verb of saying and its source set off by
    commas inside the sentence; the sentence is the source's words."""
    text = doc.text
    for m in RU_INSERTED_RE.finditer(text):
        ss, se = doc.sentences.of(m.start())
        if m.start() - ss < 4 or m.end() > se:  # (a subject of a word at least: "Завод, уверяет его директор, выйдет")
            continue
        outlet = OUTLET_NAMED_RE.match(text, m.start("np"), m.end("np"))
        if outlet:  # "Россия, сообщает агентство Bloomberg, готова ...": the outlet
            emit(ss, se, outlet.start(), outlet.end(), m.group("verb"), outlet.group("name").strip("«»"))
            continue
        ms, me = np_after(text, m.start("np"), m.end("np"))
        first = text[ms:me].split()[0] if me > ms else ""
        owner = POSSESSIVE_RE.match(text, ms, me)
        rest = text[owner.end():me].split() if owner else []
        if owner and rest and (is_role(rest[0]) or any(w[:1].isupper() for w in rest)):  # "Завод, уверяет его директор X, выйдет
            ms, first = owner.end(), rest[0] if is_role(rest[0]) else next(w for w in rest if w[:1].isupper())
            # ...", "Проект, уверяет его автор Инна X, ...": the director, the author
        if not (first[:1].isupper() or is_role(first) or first.lower() in RU_PRONOUNS
                or first.lower().startswith(("дипломат", "парламентари"))):
            continue
        low = first.lower()
        speaker = pronoun_speaker(doc, out, ms, low) if low in RU_PRONOUNS else canonical(text, text[ms:me], ms)
        emit(ss, se, ms, me, m.group("verb"), speaker)


# "Заявил министр энергетики X, что ...", "Сообщила она журналистам, что ...": the verb opens the sentence, its source
# follows it, then the words after "что"
VERB_FIRST_RE = re.compile(r"(?P<verb>[А-ЯЁ][а-яё]+)[ \t]+(?P<np>[^,.!?\n«»]{2,80}?),[ \t]+что[ \t]+(?P<c>[^.!?\n]+)")
RU_VERB_WORD_RE = re.compile(RU_VERB)
# the first three letters such a sentence may open with ("Зая", "Соо"): one set lookup a sentence
VERB_FIRST_OPENINGS = frozenset(stem[:3].capitalize() for stem in SPEECH_STEMS if " " not in stem)


def verb_first(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Заявил министр энергетики X, что цены не вырастут': a sentence opening with its verb of saying."""
    text = doc.text
    for ss, se in doc.sentences.spans:
        if text[ss:ss + 3] not in VERB_FIRST_OPENINGS:
            continue
        blank = text.find(" ", ss, min(se, ss + 24))
        if blank == -1 or not RU_VERB_WORD_RE.fullmatch(text[ss:blank].lower()):
            continue
        m = VERB_FIRST_RE.match(text, ss, se)
        if m is None:
            continue
        ms, me = np_after(text, m.start("np"), m.end("np"))
        first = text[ms:me].split()[0] if me > ms else ""
        if not source_opens(text[ms:me]):
            continue  # ("Сообщалось ранее, что": no source)
        low = first.lower()
        speaker = pronoun_speaker(doc, out, ms, low) if low in RU_PRONOUNS else canonical(text, text[ms:me], ms)
        emit(m.start("c"), m.end("c"), ms, me, m.group("verb").lower(), speaker)


# the verb first with the topic of the words after "о", its source last after "и" ("Заявил о намерении баллотироваться и
# глава района X", "Высказался за отмену сбора и министр финансов X"): the "и" before the source is "also"
VERB_FIRST_ABOUT_RE = re.compile(r"(?P<verb>[А-ЯЁ][а-яё]+)[ \t]+(?P<c>(?:об?|за|против)[ \t][^.!?\n]+)[.!]?$")
SPOKE_OF_STEMS = ("заяв", "объяв", "предупред", "сообщ", "высказал", "отчитал", "напомнил")
ALSO_RE = re.compile(r"[ \t](?:и|также)[ \t]+")


def verb_first_about(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Заявил о намерении баллотироваться и действующий глава района Пётр Сидоренко.': the words' topic, then "и" and the
    source closing the sentence (the first "и" after which a source can open, with only capitalised words after it)."""
    text = doc.text
    for ss, se in doc.sentences.spans:
        if text[ss:ss + 3] not in VERB_FIRST_OPENINGS:
            continue
        m = VERB_FIRST_ABOUT_RE.match(text, ss, se)
        if m is None or not m.group("verb").lower().startswith(SPOKE_OF_STEMS) or not RU_VERB_WORD_RE.fullmatch(m.group("verb").lower()):
            continue  # (spoke_of's verbs: "Рассказал о планах и X" opens an interview, no words)
        for also in ALSO_RE.finditer(text, m.start("c") + 4, m.end("c")):
            ms, me = np_after(text, also.end(), m.end("c"))
            if me > ms and source_opens(text[ms:me]) and all(w[:1].isupper() for w in text[me:m.end("c")].split()):
                me = m.end("c")  # ("глава «Водоканала» Павел Орлов": the name after the body in guillemets too)
                emit(m.start("c"), also.start(), ms, me, m.group("verb").lower(), canonical(text, text[ms:me], ms))
                break


COUNT_WORDS = frozenset("два две три четыре пять несколько ряд многие оба обе".split())  # "три участника рынка"


# the verb first: "Сообщила об этом пресс-служба МЧС", "Заявил об этом журналистам министр X", "Подтвердил это и X"
VERB_ABOUT_RE = re.compile(r"(?P<verb>[А-ЯЁ][а-яё]+)[ \t]+(?:об[ \t]+этом|это)(?:[ \t]+(?:и|же|также|уже))?"
                           r"(?:[ \t]+(?:журналистам|Интерфаксу|ТАСС|РБК|«[^»\n]{2,30}»))?[ \t]+(?P<np>[^.!?\n]+)[.!]?$")


def about_this(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Об этом сообщил министр X': the sentence before is X's."""
    text = doc.text
    spans = doc.sentences.spans
    for i, (ss, se) in enumerate(spans):
        a = RU_ABOUT_THIS_RE.match(text, ss, se)
        if a is None and text[ss:ss + 3] in VERB_FIRST_OPENINGS:  # "Сообщила об этом пресс-служба", "Подтвердил это и X"
            a = VERB_ABOUT_RE.match(text, ss, se)
            a = a if a and RU_VERB_WORD_RE.fullmatch(a.group("verb").lower()) else None
        if a and i and spans[i - 1][1] <= ss:
            ps, pe = spans[i - 1]
            between = a.start("verb") - (a.start() + 8) > 2  # "Об этом турецкий лидер заявил журналистам": the subject
            subj = subject_before(text, a.start() + 8, a.start("verb")) if between else None
            told = subj is not None and (text[subj[0] - 1:subj[0]] == "«" or ru_said.OUTLET_FIRST_RE.match(text, subj[0], subj[1]))
            unnamed = None if subj and not told else UNNAMED_NP_RE.match(text, a.start("np"), a.end("np"))
            ms, me = subj if subj and not told else unnamed.span() if unnamed else \
                np_after(text, a.start("np"), a.end("np"))  # (not "«Интерфаксу»", "журналистам"; "два источника в отрасли")
            if not (subj and not told or unnamed or a.group("verb").startswith(("говорится", "сообщается"))
                    or OUTLET_BARE_RE.fullmatch(text, ms, me)
                    or any(source_word(w) for w in text[ms:me].split()[:2])
                    or (text[ms:me].split() or [""])[0].lower() in COUNT_WORDS or a.group("np").split()[0] in ("в", "во")):
                continue  # "Об этом говорит рост цен": a thing shows it, nobody speaks
            if text.startswith("«", ms) and me - ms > 2 and text[me - 1] == "»":  # "Об этом пишет «Коммерсант»": the outlet
                ms, me = ms + 1, me - 1
            if (text[ms:me].split() or [""])[0].lower() in COUNT_WORDS and "," in text[ms:me]:
                me = text.index(",", ms)  # "три участника рынка, получившие письма": the group, not its clause
            ru_said.emit_anaphor(doc, emit, (ps, pe), (ss, se), ms, me, a.group("verb"), canonical(text, text[ms:me], ms))


# "Об аварии сообщили местные жители", "О переносе сроков «Фонтанке» рассказали в администрации": the topic first, then a
# verb of telling and its source after it (not "Об этом": about_this's, the sentence before)
TOPIC_FIRST_RE = re.compile(r"Об?о?[ \t]+(?!этом|том|чём|чем|нём|нем|ней|них)(?P<c>[а-яё][^.,!?\n«»:]{2,60}?)[ \t]+"
                            r"(?:«[^»\n]{2,30}»[ \t]+|(?:Интерфаксу|ТАСС|РБК|журналистам|изданию|агентству)[ \t]+)?"
                            r"(?P<verb>(?:сообщил|рассказал|заявил|предупредил|объявил|напомнил|написал|отчитал(?:ся|ась|ись))[аи]?|"
                            r"сообща(?:ет|ют)|пишут|пишет)[ \t]+(?P<np>[^.!?\n]+)")


def topic_first(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Об аварии сообщили местные жители': the sentence is the words of the source after its verb (a title, a name, a
    group or a body after "в"), told about the topic before it; not a thing after the verb ("О кризисе говорит рост
    цен" has no verb of telling)."""
    text = doc.text
    for ss, se in doc.sentences.spans:
        if text[ss] != "О":
            continue
        m = TOPIC_FIRST_RE.match(text, ss, se)
        if m is None:
            continue
        inside = IN_RE.match(text, m.start("np"), m.end("np")) if PLURAL_VERB_RE.search(m.group("verb")) else None
        ms, me = np_after(text, inside.end() if inside else m.start("np"), m.end("np"))
        if me <= ms or not (inside or source_opens(text[ms:me])):
            continue
        emit(ss, se, ms, me, m.group("verb"), canonical(text, text[ms:me], ms))


def headline(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Песков: CONTENT' as a headline or a short paragraph; 'Министр финансов: CONTENT', 'Глава «Аэрофлота»: «Q»' (the
    person the text names with that title) and 'МИД: CONTENT' as a headline."""
    text = doc.text
    paras = doc.paras
    for ps, pe in paras[:1] + [p for p in paras[1:] if p[1] - p[0] < 120]:
        h = RU_HEADLINE_RE.match(text[ps:pe])
        if h and KICKER_RE.match(text, ps):
            continue  # "Мнение: Городу нужен платный въезд", "Колонка: ...": the rubric, no speaker
        if h and not RU_CREDIT_RE.match(text, ps):  # "Фото: ...", "Автор: ..." credit a photo or a text
            emit(ps + h.start(2), ps + h.end(2), ps + h.start(1), ps + h.end(1), ":", canonical(text, h.group(1), pe + 1))
        elif (ps, pe) == paras[0] and (n := _named_headline(text, ps, pe)):
            ns, ne = n.span("np")
            _headline_words(doc, emit, n.start("c"), n.end("c"), ns, ne, canonical(text, text[n.start("given"):ne], pe + 1))
        elif (ps, pe) == paras[0]:
            t = HEADLINE_TITLED_RE.match(text, ps, pe) if text[ps:pe].rstrip()[-1:] != "." else None  # (a headline has no stop)
            if t and (t.group("role") is None or is_role(t.group("role"))) and not RU_VERB_ANY.search(t.group("np")) \
                    and not PAST_VERB_RE.search(t.group("np")):  # ("Правозащитники убеждены: ...": a clause, colon_said's)
                ns, ne = t.span("np")
                speaker = _titled_after(text, t.group("np"), pe) if t.group("role") else canonical(text, t.group("np"), pe + 1)
                _headline_words(doc, emit, t.start("c"), t.end("c"), ns, ne, speaker)


def _named_headline(text: str, ps: int, pe: int) -> re.Match[str] | None:
    """HEADLINE_NAMED_RE's match when its words open with a title (its first or second word a role word) and end in a
    given name and a family name."""
    n = HEADLINE_NAMED_RE.match(text, ps, pe)
    if n is None or not is_given(n.group("given")):
        return None
    words = n.group("np").split()
    return n if is_role(words[0]) or is_role(words[1]) else None


def _titled_after(text: str, np: str, after: int) -> str | None:
    """The person named right after the title words of np ("Министр финансов Антон Силуанов") or after words naming
    the same body ("Генеральный директор «Аэрофлота» Сергей Александровский" for "Глава «Аэрофлота»"), in the text after
    a headline; the words compared by their first five letters."""
    words = np.split()
    proper = [w for w in words[1:] if w[:1] in "«" or w[:1].isupper()]  # ("Глава порта Усть-Луга": the port's name)
    want = [w.strip("«»").lower()[:5] for w in (proper or words[1:] or words)]
    for m in RU_NAME_RE.finditer(text, after, after + HEADLINE_REACH):
        names = m.group().split()
        given = next((i for i, w in enumerate(names) if is_given(w)), None)
        if given is None or given + 1 >= len(names):
            continue
        before = text[max(sentence_start(text, m.start()), m.start() - 80):m.start() + len(" ".join(names[:given]))].lower()
        if all(w in before for w in want):
            return fullest(text, " ".join(names[given:given + 2]))
    return None


def _headline_words(doc: Document, emit: Emit, cs: int, ce: int, ns: int, ne: int, speaker: str | None) -> None:
    """A headline's words after its speaker: a quotation that is all of them is the speaker's words (a short one too,
    which alone would read as a name: "Глава аэропорта: «Сборы не вырастут»"); other words are reported speech."""
    text = doc.text
    while ce > cs and text[ce - 1] in " \t.":
        ce -= 1
    whole = next((q for q in doc.quotes if q.start == cs + 1 and q.end == ce - 1 and q.kind in ("direct", "title")), None)
    if whole is None:
        emit(cs, ce, ns, ne, ":", speaker)
        return
    whole.kind = "direct"
    if whole.speaker is None:
        whole.speaker, whole.mention, whole.cue = speaker, Mention(ns, ne, text[ns:ne]), ":"


# "Представитель компании подтвердил рассылку писем", "В РЖД факт переговоров подтвердили": a thing confirmed by a person
# or a body is their word that it is so ("подтвердил, что": said_that's; "не подтвердили": nothing said)
CONFIRMED_RE = re.compile(r"подтвердил[аио]?(?![а-яё])(?![ \t]*,?[ \t]*что(?![а-яё]))")
# and a denial: "В Кремле опровергли эту информацию", "Министр отрицает свою причастность", "отверг обвинения" (a rejection
# only of words or charges: "отверг предложение" is a decision, a stance on a noun)
DENIED_RE = re.compile(r"(?:опроверг(?:л[аио])?|опроверга(?:ет|ют)|отрица(?:ет|ют|л[аио]?)|(?:отверг(?:л[аио])?|отверга(?:ет|ют))"
                       r"(?=[ \t]+(?:[а-яё]+[ \t]+)?(?:обвинени|претензи|слух|информаци|сообщени|утверждени|верси|подозрени|домысл|"
                       r"причастност|критик)))(?![а-яё])(?![ \t]*,?[ \t]*что(?![а-яё]))(?=[ \t]+[а-яё]|[ \t]*[.!]|$)")
DENIED_NEEDLES = ("опроверг", "отрица", "отверг")
BODY_FIRST_RE = re.compile(r"[Вв]о?[ \t]+(?P<org>«[^»\n]{1,40}»|[А-ЯЁA-Z][\w-]*(?:[ \t]+[А-ЯЁA-Z][\w-]*){0,3})")


def confirmed(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Представитель компании подтвердил рассылку писем', 'В Минфине получение письма подтвердили': the sentence is the
    words of whoever confirms, a person named or titled or a body after "В"; not a test or a court ("Анализ подтвердил
    диагноз"), nor a refusal to confirm ("не подтвердили"). A denial is words too ("В Кремле опровергли эту информацию",
    "Сидоров отрицает свою причастность", "Минфин отверг обвинения")."""
    text = doc.text
    denials = sorted(at for needle in DENIED_NEEDLES for at in _word_starts(text, needle))
    for at in _word_starts(text, "подтвердил") + denials:
        m = (DENIED_RE if text[at:at + 2] in ("оп", "от") else CONFIRMED_RE).match(text, at)
        if m is None or _negated(text, at):
            continue
        ss, se = doc.sentences.of(at)
        if any(q.start < se and ss < q.end for q in doc.quotes + doc.reported + out if q.kind in ("direct", "indirect")):
            continue
        if m.group().endswith("и"):
            body = BODY_FIRST_RE.match(text, ss, at)
            if body:
                ms, me = body.start("org") + (text[body.start("org")] == "«"), body.end("org") - (text[body.end("org") - 1] == "»")
                emit(ss, se, ms, me, m.group(), canonical(text, text[ms:me], ms))
                continue
            org = RU_IN_ORG_RE.search(text, ss, at)
            if org and org.start() == ss:  # "В министерстве эту информацию опровергли": a body named in lower case
                ms, me = org.start("org"), org.end("org")
                kind = BODY_NOUN_RE.search(text, ms, me)  # (the body's noun and the names after it, not the object)
                if kind and text[ms].islower():
                    me = kind.end()
                    after = re.match(r"(?:[ \t]+[А-ЯЁ][\w-]*)+", text[me:org.end("org")])
                    me += after.end() if after else 0
                emit(ss, se, ms, me, m.group(), canonical(text, text[ms:me], ms))
                continue
            group = ru_stance.PEOPLE_OPENING_RE.match(text, ss, at)
            if group and not m.group().startswith("о"):  # "Сотрудники ведомства подтвердили информацию": the group
                emit(ss, se, group.start(), group.end(), m.group(), group.group())
                continue
            if not m.group().startswith("о"):
                continue  # (a plural denial with no "В X" has its subject before it: "Власти опровергли эту информацию")
        rel = RELATIVE_BEFORE_RE.search(text, max(ss, at - RELATIVE_REACH), at)  # ("Представитель X, который ...,")
        subj = subject_before(text, ss, rel.start() if rel else at)
        if subj is None:
            continue
        opening = text[ss:subj[0]].split()[:1]
        if subj[0] > ss and text[subj[0] - 1] == "«" and opening and (is_role(opening[0]) or opening[0].lower().startswith(
                "представител")):  # "Представитель компании «X»": the one titled, not the body in guillemets
            subj = ss, subj[1] + 1
        first = text[subj[0]:subj[1]].split()[0]
        words = text[subj[0]:subj[1]].split()
        named = any(is_given(w) for w in words)
        unnamed = first.lower().startswith(("представител", "источник"))  # ("Представитель компании": nobody named)
        # (a denial by a person named in full elsewhere or by a body: "Сидоров опроверг", "Минфин отрицает"; not a court)
        denier = m.group().startswith("о") and first[:1].isupper() and not first.startswith("Суд") and (
            first == "Власти" if m.group().endswith("и") else  # (a plural: people by role or "Власти", not "Данные")
            len((canonical(text, text[subj[0]:subj[1]], subj[0]) or "").split()) > 1 or not_a_name(first))
        if is_role(first) or DESCRIPTION_RE.fullmatch(first.lower()) or named or unnamed or denier:
            speaker = None if unnamed and not named else canonical(text, text[subj[0]:subj[1]], subj[0])
            emit(ss, se, subj[0], subj[1], m.group(), speaker)


# "мол" set off by commas (or opening the words after a colon): the sentence retells somebody's words
MOL_RE = re.compile(r"(?<![А-ЯЁа-яё-])[Мм]ол(?=,)")
# a verb-like word of the clause before a colon ("Чиновники отвечают просто: мол, ...", "Он пожал плечами: мол, ...")
CLAUSE_VERB_RE = re.compile(r"(?<![А-ЯЁа-яё-])[а-яё]{3,}(?:л|ла|ли|ло|ет|ит|ют|ят|ут|ат)(?:ся|сь)?(?![А-ЯЁа-яё-])")


def retold(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Регионы, мол, не прислали заявки вовремя', 'Чиновники отвечают просто: мол, денег нет': words retold with
    "мол"; the source is the subject of the clause before a colon, else whoever spoke in this sentence or the one
    before it (a quote's speaker, else the subject of a verb of saying)."""
    text = doc.text
    if "ол," not in text:
        return
    for m in MOL_RE.finditer(text):
        ss, se = doc.sentences.of(m.start())
        if any(q.start < se and ss < q.end for q in out):
            continue  # ("В Рособрнадзоре уверены, что ...: мол, ...": found already)
        colon = text.rfind(":", ss, m.start())
        verb = CLAUSE_VERB_RE.search(text, ss, colon) if colon != -1 else None
        subj = subject_before(text, ss, verb.start()) if verb else None
        if subj:
            ms, me = subj
            low = text[ms:me].lower()
            speaker = pronoun_speaker(doc, out, ms, low) if low in RU_PRONOUNS else canonical(text, text[ms:me], ms)
            emit(colon + 1 if text[colon + 1:m.start()].strip() == "" else ss, se, ms, me, "мол", speaker)
            continue
        ps = doc.sentences.of(ss - 1)[0] if ss else ss
        said = [q for q in doc.quotes + doc.reported + out if q.kind in ("direct", "indirect") and ps <= q.start < ss]
        if said:  # (its source too when it has no name: "В магазинах говорят, что ... Покупатели, мол, ...")
            latest = max(said, key=lambda q: (q.speaker is not None, q.start))
            ms, me = (latest.mention.start, latest.mention.end) if latest.mention else m.span()
            emit(ss, se, ms, me, "мол", latest.speaker)
            continue
        v = RU_VERB_ANY.search(text, ps, ss) if ps < ss else None
        subj = subject_before(text, ps, v.start()) if v else None
        if subj:
            ms, me = subj
            emit(ss, se, m.start(), m.end(), "мол", canonical(text, text[ms:me], ms))


# (dialogue lines first: a pronoun in the reported speech after them, "По его словам", may stand for their speaker)
RULES: tuple[Rule, ...] = (ru_said.dash_lines, said_that, ru_infinitive.said_by_infinitive, verb_first, verb_first_about, named_as, spoke_of, according_to, according_to_after, became_known, own_words, said_in, inverted_end, inserted, about_this, impersonal, passive, headline,
                          interview_answers, ru_said.in_document, ru_said.as_document, ru_said.according_to_document,
                          ru_said.colon_said, ru_said.about_this_before, ru_said.such_words, hopes, orders, insists_on, possible, reported_before, forecasts, retold, confirmed,
                          ru_stance.stance, ru_stance.stance_on_noun, ru_acts.testimony, ru_acts.apology,
                          ru_nouns.about_that, ru_nouns.from_document, ru_nouns.if_believed,
                          ru_participles.participle_said, ru_asked.asked, topic_first)


def find(doc: Document, out: list[Quote]) -> None:
    """Run every rule of the table over the document, each adding the reported speech it finds to out."""
    emit = emitter(doc, out)
    for rule in RULES:
        rule(doc, out, emit)


__all__ = ["RULES", "find"]
