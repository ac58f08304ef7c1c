"""Russian stances stated as acts of speech: a speaker who comes out against or for something ("выступил против
законопроекта", "Против инициативы выступил союз X"), sends a request, a letter or an appeal ("направил запрос в
прокуратуру", "направил в министерство письмо с требованием ...") or turns to someone with a plea or a demand
("обратилось к России с просьбой помочь"); and "Это подтвердили в X", which names the sentence before by an anaphor.
Each is a quote sentence whose source is the actor (the Russian convention in tests/data/actors/score.py). Rules of the
ru_reported table."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang import ru_orgs, ru_said
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_orgs import FOREIGN_BODIES
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.analysis.lang.ru_speakers import BODY_SUBJECTS, DESCRIPTION_RE, RU_PRONOUNS, canonical, np_after
from briefing_app.analysis.lang.ru_subject import emit_with_subject, source_word
from briefing_app.analysis.occurrences import word_starts as _word_starts
from briefing_app.core.model import Quote

# "выступил против законопроекта", "выступили за отмену пошлины": a stance on a thing in lower case (not a team a
# player played for or against: "выступил за сборную", "против соперника", "против «Спартака»"; not "выступил на форуме")
AGAINST_RE = re.compile(r"(?P<verb>выступ(?:ил[аио]?|ает|ают))[ \t]+(?P<c>(?:против|за)[ \t]+(?!(?:сборн|команд|клуб|соперник|"
                        r"родн|нов|свою|свой|свои)[а-яё]*[ \t.,])[а-яё][^«».!?\n]{4,})(?=[.!?\n]|$)")
# "Против инициативы выступил Союз производителей ...": the stance first, its holder after the verb
AGAINST_FIRST_RE = re.compile(r"(?:Против|За)[ \t]+[а-яё][^.!?\n«»]{2,80}?[ \t]+(?P<verb>выступил[аио]?|выступают|выступает)"
                              r"[ \t]+(?P<np>[^.!?\n]+)")
# "направил запрос в прокуратуру", "направила в министерство письмо с требованием", "направили обращение губернатору"
# (not "ответил на запрос", "направил дело в суд": no request, letter or appeal sent)
SENT_RE = re.compile(r"(?P<verb>(?:направил|отправил)[аио]?|направляют|направляет)[ \t]+(?:[^.!?\n]{0,60}?[ \t])??"
                     r"(?<!на[ \t])(?P<c>(?:открытое[ \t]+|коллективное[ \t]+|депутатский[ \t]+|официальный[ \t]+)?(?:запрос|письмо|"
                     r"обращение|жалобу|петицию|претензию|требование)(?![а-яё])[^.!?\n]*)")
# "обратилось к России с просьбой помочь", "обратились в мэрию с требованием" (not "обратился к врачу", "с травмой")
APPEAL_RE = re.compile(r"(?P<verb>обратил(?:ся|ась|ись|ось)|обраща(?:ется|ются))[ \t]+(?:[^.!?\n]{0,80}?[ \t])??"
                       r"(?P<c>с[ \t]+(?:просьбой|требованием|призывом|предложением|жалобой|письмом|запросом)(?![а-яё])[^.!?\n]*)")
# "Это подтвердили в Минфине", "Эту информацию подтвердил министр X": the sentence before, confirmed by its source
CONFIRMED_THIS_RE = re.compile(r"(?:Это|Эту[ \t]+информацию|Эти[ \t]+данные|Эти[ \t]+сведения)[ \t]+(?:(?:также|же|уже|вчера|ранее)[ \t]+)?"
                               r"(?P<verb>подтвердил[аио]?|подтверждают|подтверждает)[ \t]+(?P<np>[^.!?\n]+)")
# a group named by a plural noun phrase opening the sentence ("Металлурги", "Крупнейшие металлургические компании")
GROUP_RE = re.compile(r"(?P<np>[А-ЯЁ][а-яё]+(?:[ \t]+[а-яё]+){0,2}(?<=[иы]))[ \t]+")
# the letters each pattern opens with (str.find, then a match there: a regex scan of the whole text costs far more)
STARTS = (("выступ", AGAINST_RE), ("направ", SENT_RE), ("отправ", SENT_RE), ("обрати", APPEAL_RE), ("обраща", APPEAL_RE))


def stance(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Депутаты выступили против законопроекта', 'Против инициативы выступил союз X', 'Депутат X направила запрос в
    прокуратуру', 'Правительство X обратилось к России с просьбой ...': the actor's stance, stated to others."""
    text = doc.text
    for needle, pattern in STARTS:
        at = text.find(needle)
        while at != -1:
            m = pattern.match(text, at) if not (at and text[at - 1].isalpha()) else None  # (not inside a word)
            at = text.find(needle, at + len(needle))
            if m is None:
                continue
            found = len(out)
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))
            if len(out) == found and m.group("verb").endswith(("и", "ют")):
                group = GROUP_RE.fullmatch(text, doc.sentences.of(m.start())[0], m.start())
                if group:  # "Крупнейшие металлургические компании направили ...": a group no name stands for
                    emit(m.start("c"), m.end("c"), group.start(), group.end("np"), m.group("verb"), None)
    if "выступ" not in text and "подтвер" not in text:
        return
    for ss, se in doc.sentences.spans:
        if text[ss] not in "ПЗЭ":
            continue
        first = AGAINST_FIRST_RE.match(text, ss, se)
        if first:
            ms, me = np_after(text, first.start("np"), first.end("np"))
            if me > ms and source_word(text[ms:me].split()[0]):
                emit(ss, se, ms, me, first.group("verb"), canonical(text, text[ms:me], ms))
            continue
        this = CONFIRMED_THIS_RE.match(text, ss, se)
        if this is None or ss == 0:
            continue
        np = this.group("np")
        inside = re.match(r"во?[ \t]+(?=[А-ЯЁ«])", np)
        if inside and this.group("verb").endswith(("и", "ют")):  # "подтвердили в Минфине": the body
            ms, me = np_after(text, this.start("np") + inside.end(), this.end("np"))
        else:
            ms, me = np_after(text, this.start("np"), this.end("np"))
            word = text[ms:me].split()[:1]
            if not word or not (word[0][:1].isupper() or is_role(word[0])):
                continue  # "Это подтверждает рост цен": a thing, no speaker
        ps, pe = doc.sentences.of(ss - 1)
        if me > ms and ps < ss:
            ru_said.emit_anaphor(doc, emit, (ps, pe), (ss, se), ms, me, this.group("verb"), canonical(text, text[ms:me], ms))


# A stance or a speech act on a noun ("X поддержал решение", "приветствовал инициативу", "раскритиковал решение",
# "поблагодарил депутатов", "выразил обеспокоенность", "указал на риски", "объяснил решение ростом цен", "пожаловался на
# задержки", "усомнился в сроках", "рассказал РБК о планах", "Жители недовольны"): a quote sentence by the broad reading
# of what one is (any sentence reporting someone's speech act or stance), which the held Russian and Korean sentences
# were found to follow (docs/ru-speech.md, twenty-fourth session). Not a decision or a vote ("одобрил законопроект",
# "проголосовал"), not a refusal ("не прокомментировали", "отказался от комментариев"). The verb's letters first (str.find),
# each with the endings it takes; the words after it are the stance.
NOUN_STANCE_RE = re.compile(
    r"(?P<verb>(?:поддерж(?:ал|али|ала|ивает|ивают)|приветств(?:овал|овала|овали|ует|уют)|раскритиковал[аи]?|"
    r"критику(?:ет|ют)|осудил[аи]?|поблагодарил[аи]?|упрекнул[аи]?|похвалил[аи]?|прокомментировал[аи]?|"
    r"отреагировал[аи]?|возразил[аи]?|обвин(?:ил|ила|или|яет|яют|ял|яла|яли)|объясн(?:ил|ила|или|яет|яют)|"
    r"выразил[аи]?|высказал[аи]?|пожаловал(?:ся|ась|ись)|жалу(?:ется|ются)|усомнил(?:ся|ась|ись)|"
    r"сомнева(?:ется|ются)|рассказал[аи]?|заступил(?:ся|ась|ись)|предостер(?:[её]г|егла|егли|егает|егают))(?![а-яё])|"
    r"(?:указал[аи]?|указывал[аи]?|обратил[аи]?[ \t]+внимание)(?=[ \t]+(?:[а-яё]+[ \t]+)?на[ \t])|"
    r"поставил[аи]?(?=[ \t]+(?:[а-яё]+[ \t]+){0,3}?под[ \t]+сомнение)|выступил[аи]?(?=[ \t]+с[ \t]+[а-яё])|"
    # a point stressed or noted on a noun ("подчеркнул важность диалога", "отметил рост обращений"; not "отметил юбилей":
    # a celebration) and an alarm sounded ("Врачи бьют тревогу: ...")
    r"(?:подч[её]ркнул[аи]?|подч[её]ркива(?:ет|ют)|отметил[аи]?|отмеча(?:ет|ют))(?=[ \t]+(?:[а-яё]+[ \t]+)?(?:важност|"
    r"необходимост|значени|значимост|рол[ьи][ \t]|рост|снижени|увеличени|сокращени|падени|успех|прогресс|вклад|заслуг|"
    r"готовност|высок|низк|положительн|отрицательн|опасност|риск))|(?:бь[её]т|бьют|забил[аи]?)[ \t]+тревогу:?)"
    r"[ \t]+(?P<c>[^.!?\n]{3,})")
NOUN_STANCE_NEEDLES = ("поддерж", "приветств", "раскритик", "критику", "осудил", "поблагодар", "упрекн", "похвал",
                       "прокомментир", "отреагир", "возразил", "обвин", "объясн", "выразил", "высказал", "пожалова",
                       "жалует", "жалуют", "усомн", "сомнева", "рассказал", "заступил", "указал", "указывал", "обратил",
                       "поставил", "выступил", "подчеркн", "подчёркн", "подчеркива", "подчёркива", "отметил", "отмеча",
                       "бьют", "бьёт", "бьет", "забил", "предостер")
# a state of mind that is a stance ("Жители недовольны", "Родители обеспокоены", "В министерстве с этим не согласны")
STATE_RE = re.compile(r"(?P<verb>(?:не[ \t]+)?(?:недовол(?:ен|ьна|ьны)|обеспокоен[аы]?|возмущ[её]н[аы]?|согла(?:сен|сна|сны)|"
                      r"настроен[аы]?)(?![а-яё]))[ \t]*(?P<c>[^.!?\n]*)")  # (the stance's words from its first letter)
STATE_NEEDLES = ("недовол", "обеспокоен", "возмущ", "согла", "настроен")
DECISION_WORDS = ("одобрил", "проголосовал")


OBLIQUE_END_RE = re.compile(r"(?:а|я|у|ю|е|ом|ем|ой|ей|ов|ев|ам|ям|ами|ями|ах|ях)$")


def _nominative_title(word: str) -> bool:
    """A title word in the nominative ("министр", "депутаты", "глава"), as the subject after an inverted verb; not an
    object ("поблагодарил депутатов", "поддержал министра")."""
    low = word.lower()
    return is_role(word) and (low in ("глава", "судья") or not OBLIQUE_END_RE.search(low))


# a plural noun of people or bodies opening the sentence ("Жители", "Родители", "Аналитики", "Учителя", "Пенсионеры",
# "Авиакомпании"; not "Цены", "Данные")
PEOPLE_OPENING_RE = re.compile(r"[А-ЯЁ][а-яё]{1,}(?:тели|теля|ники|цы|ане|яне|исты|еры|ёры|оры|ары|ики|ты|ги|компании)(?![а-яё])")
GROUP_WORDS = frozenset("оппозиция власти профсоюзы фракция коммунисты".split())  # (groups no role word names)


def _body_word(word: str) -> bool:
    """Does a capitalised word name a body or a country ("Еврокомиссия", "Минфин", "Сбербанк", "МИД", "Россия")?"""
    low = word.lower()
    return bool(word in FOREIGN_BODIES or ru_orgs.STATE_RE.match(word) or ru_orgs.MIN_RE.match(word)
                or ru_orgs.ORG_WORD_RE.fullmatch(word) or any(low.startswith(stem) for stem in ru_orgs.ORG_STEMS)
                or ru_orgs.ACRONYM_RE.fullmatch(word) and word not in ru_orgs.NOT_ORG_ACRONYMS or country(word))


def _by_speaker(doc: Document, emit: Emit) -> Emit:
    """emit, for a subject that can hold a stance only: a person named in full, a title or a group by its role ("Жители",
    "Аналитики"), a body by its kind ("Правительство", "Еврокомиссия" when the text's actors have it) or a pronoun; not a
    thing that opens the sentence ("Цены поддерживают рост инфляции")."""
    text = doc.text
    names = {w for a in doc.actors for w in (a.name, *a.aliases)}

    def by_speaker(s: int, e: int, ms: int, me: int, cue: str, speaker: str | None) -> None:
        ss = doc.sentences.of(ms)[0]
        group = PEOPLE_OPENING_RE.match(text, ss)  # "Жители Орска жалуются", "Родители недовольны"
        if group and group.start() <= ms <= group.end() + 1:  # (the group, not the place after it: "Жители Орска")
            emit(s, e, group.start(), max(me, group.end()), cue, group.group())
            return
        if ms == ss and plural_people(text[ms:me], cue):  # "Педиатры забили тревогу", "Учёные раскритиковали"
            emit(s, e, ms, me, cue, text[ms:me].split()[0])
            return
        words = text[ms:me].split()
        first = words[0].lower() if words else ""
        if (speaker and (speaker in names or len(speaker.split()) > 1)) or any(is_role(w) for w in words) \
                or any(w.lower() in BODY_SUBJECTS for w in words) or first in RU_PRONOUNS or first in GROUP_WORDS \
                or DESCRIPTION_RE.match(first) or text[ms - 1:ms] == "«" or text[ms - 2:ms].lower() == "в " \
                or text[max(0, ms - 3):ms].lower() == "во " or any(_body_word(w) for w in words[:2]) \
                or len(words) == 1 and _proper(text, words[0]):
            emit(s, e, ms, me, cue, speaker)

    return by_speaker


# stances a thing can hold as well as people ("Цены поддерживают рост", "Данные указывают на спад", "Рост объясняет ...",
# "Опросы отмечают рост"): for them a plural noun opening the sentence may be no group of people
THING_STANCE_STEMS = ("поддерж", "объясн", "указ", "обрати", "подч", "отме", "постав")
PLURAL_END_RE = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:[ыи]|ие|ые|ане|яне|я)")  # "Педиатры", "Аграрии", "Учёные", "Учителя"
PLURAL_VERB_END_RE = re.compile(r"[а-яё]+(?:ли|лись|ют|ят|ются|ятся|ы)$")  # "раскритиковали", "жалуются", "недовольны"


def plural_people(mention: str, cue: str) -> bool:
    """Is the subject opening the sentence a plural noun of people, by its ending and its verb, not by a list of words:
    a stance only people hold ("раскритиковали", "забили тревогу", "пожаловались", "недовольны"; not one a thing holds
    too, THING_STANCE_STEMS) in the plural, after one capitalised plural word and at most a few words after it
    ("Педиатры", "Аграрии Кубани", "Учёные", "Учителя")."""
    words = mention.split()
    verb = cue.split()[0].lower() if cue.split() else ""
    if verb == "не" and len(cue.split()) > 1:
        verb = cue.split()[1].lower()
    return bool(words and len(words) <= 4 and PLURAL_END_RE.fullmatch(words[0]) and PLURAL_VERB_END_RE.match(verb)
                and not verb.startswith(THING_STANCE_STEMS))


def _proper(text: str, word: str) -> bool:
    """Is a capitalised word a name, capitalised where no sentence opens too ("Гутерриш", "Ляйен"), not a common noun
    that opens the sentence ("Цены поддерживают рост")?"""
    stem = word[:max(4, len(word) - 2)]
    at = text.find(stem)
    while at != -1:
        k = at
        while k and text[k - 1] in " \t":
            k -= 1
        if k < at and k and text[k - 1] not in ".!?\n—–-:«\"":
            return True
        at = text.find(stem, at + len(stem))
    return False



def stance_on_noun(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Губернатор поддержал решение депутатов', 'Еврокомиссия приветствовала итоги', 'Жители недовольны': the subject's
    stance (NOUN_STANCE_RE, STATE_RE) in a sentence no other rule reads as speech; its source the subject before the
    verb, or the title and name right after it when the object stands first ('Новака поддержал министр X')."""
    text = doc.text
    taken = [(q.start, q.end) for q in doc.quotes + doc.reported + out if q.kind in ("direct", "indirect")]
    for needles, pattern in ((NOUN_STANCE_NEEDLES, NOUN_STANCE_RE), (STATE_NEEDLES, STATE_RE)):
        for at in sorted(a for needle in needles for a in _word_starts(text, needle)):
            m = pattern.match(text, at)
            if m is None or pattern is NOUN_STANCE_RE and text[max(0, at - 3):at].lower() == "не " \
                    and not (at > 3 and text[at - 4].isalpha()):
                continue  # ("пока не прокомментировали": no words)
            ss, se = doc.sentences.of(at)
            if any(a < se and ss < b for a, b in taken):
                continue
            found = len(out)
            ms, me = np_after(text, m.start("c"), m.end("c"))
            if pattern is NOUN_STANCE_RE and me > ms and _nominative_title(text[ms:me].split()[0]):
                emit(ss, se, ms, me, m.group("verb"), canonical(text, text[ms:me], ms))  # "Новака поддержал министр X"
            else:  # (the whole sentence where the state or the stance has few words after it: "Жители недовольны.")
                cs, ce = (m.start("c"), m.end("c")) if m.end("c") - m.start("c") > 8 else (ss, se)
                verb = at - 3 if text[max(0, at - 3):at].lower() == "не " else at  # ("с этим не согласны")
                emit_with_subject(doc, out, _by_speaker(doc, emit), verb, cs, ce, m.group("verb"))
            if len(out) > found:
                taken.append((ss, se))


__all__ = ["stance", "stance_on_noun"]
