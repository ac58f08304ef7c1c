"""The subject of a Russian verb of saying as a quote's source, shared by the rules of the ru_reported table and
ru_stance: the name, title or pronoun before the verb, or for a plural verb the body after "В" ("В Минфине заявили");
and whether a word can open a source after an inverted verb."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang import ru_said
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.analysis.lang.ru_orgs import IN_GUILLEMET_RE
from briefing_app.analysis.lang.ru_speakers import (
    CITING_OPENERS, DESCRIPTION_RE, PAST_VERB_RE, RU_PRONOUNS, RU_VERB_ANY, canonical, pronoun_speaker, sentence_start,
    subject_before)
from briefing_app.core.model import Quote

# "В Министерстве экологии пояснили, что": an organisation speaking through a plural verb
# (or a body named in lower case: "в мэрии Екатеринбурга", "В областной прокуратуре", "в правительстве региона")
BODY_NOUNS = (r"(?:правительств|мэри|администраци|прокуратур|министерств|ведомств|департамент|управлени|комитет|компани|"
              r"пресс-служб|аппарат|штаб|посольств|представительств|правлени|горсовет|заксобрани|минист|"
              # (and the bodies a regional paper names in lower case: "В полиции сообщили", "В больнице уточнили", "В
              # региональном минздраве заверили", "В профсоюзе считают")
              r"полици|больниц|поликлиник|школ|суд|банк|профсоюз|клуб|парти|фонд|ассоциаци|университет|горадминистраци|"
              r"облправительств|гордум|облдум|минздрав|минфин|минобр|минтранс|минстро|минэконом|минсельхоз|минприрод|"
              r"минтруд|минэнерго|минюст|минпромторг|"
              # (and culture and public institutions: "В филармонии сообщили", "В театре пояснили", "в музее уточнили")
              r"филармони|театр|музе|библиотек|вуз|колледж|гимнази|детсад|роддом|сельсовет|райсовет)[а-яё]*")
RU_IN_ORG_RE = re.compile(r"(?<![А-ЯЁа-яё\w-])(?:[Вв]о?)\s+(?P<org>[А-ЯЁ][^,.!?«»\n]*?|(?:[а-яё]+(?:ой|ом|ем)\s+)?"
                          + BODY_NOUNS + r"(?:\s+(?!эт[уоиа]\s)[^,.!?«»\n]*?)??)(?:\s+(?:не|пока|уже|также|тоже|вновь|же))*"
                          r"(?:\s+эт[уоиа]\s+[а-яё]+)?\s*$")  # ("В компании не исключают"; "В министерстве эту цифру называют")
# an outlet or the press told, right before the verb ("Интерфаксу сообщили", "«Ведомостям» сообщили")
OUTLET_TOLD_RE = re.compile(r"(?<!\W[свСВ])(?<!^[свСВ])[ \t]+(?:«[^»\n]{2,30}(?:ам|ям|у|ю|е)»|Интерфаксу|ТАСС|РБК|РИА Новости|журналистам|"
                            r"агентству|изданию|газете|телеканалу|корреспонденту)[ \t]+$")
BODY_WORDS = frozenset("компания ведомство министерство банк регулятор ритейлер холдинг концерн корпорация".split())
# a few lower-case words set off by commas right before a verb ("В министерстве, в свою очередь, сообщили")
ASIDE_BEFORE_RE = re.compile(r",[ \t]+[а-яё]+(?:[ \t]+[а-яё]+){0,2}[ \t]*,[ \t]*$")
# a relative clause after the body, and the verb's object, before its verb ("В мэрии, которая отвечает за дороги,
# заявили", "В компании «X», которая вывозит отходы, причиной назвали")
RELATIVE_BEFORE_RE = re.compile(r",[ \t]+котор(?:ый|ая|ое|ые|ого|ой|ых|ому|ым)[^,.!?\n]{0,80},(?:[ \t]+[а-яё]+){0,3}[ \t]*$")
RELATIVE_REACH = 140
KIND_NAMED_BEFORE_RE = re.compile(r"[Вв]о?[ \t]+(?:[а-яё]+[ \t]+){0,2}«(?P<name>[^»\n]{1,40})»[ \t]*$")
AUTHORS_RE = re.compile(r"[Аа]вторы[ \t]+(?:письма|обращения|заявления|документа|доклада|петиции|послания|законопроекта|"
                        r"инициативы|поправок|поправки|исследования|проекта)")
AND_BEFORE_RE = re.compile(r"[ \t]и[ \t]+$")  # a second verb of the same subject
PLURAL_VERB_RE = re.compile(r"(?:и|ют|ят|ут|ат|ы)$")  # "заявили", "считают", "уверены": a body or people speak


def emit_with_subject(doc: Document, out: list[Quote], emit: Emit, verb: int, cs: int, ce: int, cue: str) -> None:
    """Reported speech whose source is the subject before the verb: a name, a title, a pronoun (the
    latest speaker of its gender) or, for a plural verb, an organisation after 'В' ('В Минфине заявили')."""
    text = doc.text
    sent = sentence_start(text, verb)
    told = OUTLET_TOLD_RE.search(text, max(sent, verb - 40), verb)
    if told and not text.startswith(CITING_OPENERS, sent):  # ("Со ссылкой на источники РБК пишет": РБК writes)  # "В правительстве Подмосковья Интерфаксу сообщили": the outlet told is no part of the source
        verb = told.start()
    subj = subject_before(text, sent, verb)
    if subj is None and (AND_BEFORE_RE.search(text, max(sent, verb - 4), verb) or cue.endswith(("шись", "ив", "ав"))):
        # a second verb of the subject, or a gerund ("отказался комментировать, сославшись на то, что"): the clause's
        first = PAST_VERB_RE.search(text, sent, verb) or RU_VERB_ANY.search(text, sent, verb)  # (or "отверг")
        subj = subject_before(text, sent, first.start()) if first and first.start() < verb - 4 else None
    if PLURAL_VERB_RE.search(cue):  # ("В министерстве, в свою очередь, сообщили": the words set off by commas aside)
        aside = ASIDE_BEFORE_RE.search(text, max(sent, verb - 40), verb) if text[verb - 2:verb].strip() == "," else None
        aside = aside or RELATIVE_BEFORE_RE.search(text, max(sent, verb - RELATIVE_REACH), verb)
        org = RU_IN_ORG_RE.search(text, sent, aside.start() if aside else verb)
    else:
        org = aside = None
    if org and (subj is None or subj[0] >= org.start("org")):
        subj = org.start("org"), org.end("org")
    elif org is None and aside is not None and aside.group().startswith(", котор"):
        named = KIND_NAMED_BEFORE_RE.match(text, sent, aside.start())  # "В компании «X», которая ...,": the body
        subj = (named.start("name"), named.end("name")) if named else subj
    authors = AUTHORS_RE.match(text, subj[0] if subj else sent, verb)
    sent_by = ru_said.sender(doc, verb) if authors and not text[authors.end():verb].strip() else None
    if sent_by:  # "Авторы письма настаивают ...": who sent the letter a sentence before tells of
        emit(cs, ce, sent_by[0], sent_by[1], cue, sent_by[2])
        return
    if authors and (subj is None or subj[0] == authors.start()):  # (no sender named: the authors, as the text calls
        # them, nobody's name)
        emit(cs, ce, authors.start(), authors.end(), cue, None)
        return
    # "Организаторы фестиваля обещают", "..., потому что турецкая сторона потребовала", "Жители улицы Лесной жалуются": a
    # group (not the street or the school named in it)
    # (a subject found inside the group after a lower-case word, "улицы Лесной", is a place in it, not who speaks)
    group = group_subject(text, sent, verb) if subj is None or text[subj[0]:subj[0] + 1].isupper() \
        and " " not in text[subj[0]:subj[1]].strip() else None
    if group is not None and (subj is None or group[0] < subj[0] and subj[1] <= group[1]
                              and any(w[:1].islower() for w in text[group[0]:subj[0]].split())):  # (a one-word subject)
        words = text[group[0]:group[1]].split()
        works_for = words[-1] if len(words) > 1 and words[-1][:1].isupper() and (
            len(words) == 2 or ADJ_END_RE.fullmatch(words[0].lower()) and len(words) == 3) else None
        # (the body a group works for, right after it: "Аналитики Райффайзенбанка" -> the bank; nobody named else)
        emit(cs, ce, group[0], group[1], cue, canonical(text, works_for, group[0]) if works_for else None)
        return
    if subj is None and text.startswith(("В «", "в «", "Во «", "во «"), sent):
        # "В «Победе» информацию подтвердили, уточнив, что ...": the body in guillemets speaks through its plural verb
        body = IN_GUILLEMET_RE.match(text, sent, verb)
        subj = (body.start("name"), body.end("name")) if body else None
    if subj is None:
        return
    ms, me = subj
    mention = text[ms:me]
    low = mention.lower()
    if low in PLACE_ADVERBS:  # "Мы обратились в мэрию. Там пообещали ...": the body the sentence before names
        there = _body_before(doc, ms)
        if there is None:
            emit(cs, ce, ms, me, cue, None)
            return
        ms, me = there
        mention, low = text[ms:me], text[ms:me].lower()
    speaker = pronoun_speaker(doc, out, ms, low) if low in RU_PRONOUNS else canonical(text, mention, ms)
    emit(cs, ce, ms, me, cue, speaker)


PLACE_ADVERBS = frozenset(("там", "здесь", "тут"))
# a body named after "в/во" ("в пресс-службу мэрии", "в Минфин", "в «Водоканале»", "в городской администрации")
BODY_AFTER_IN_RE = re.compile(r"(?<![\w-])(?:в|во)[ \t]+(?:«(?P<q>[^»\n]{1,40})»|(?P<org>[А-ЯЁ][\w-]*(?:[ \t]+[А-ЯЁ][\w-]*)*|"
                              r"(?:[а-яё]+(?:ой|ом|ем|ую|ое)[ \t]+)?" + BODY_NOUNS + r"(?:[ \t]+[а-яё]+(?:а|и|ы|я))?))")


def _body_before(doc: Document, at: int) -> tuple[int, int] | None:
    """The last body named after "в" in the sentence before at's: where "Там"/"Здесь" speaks from."""
    ss, _ = doc.sentences.of(at)
    if ss < 1:
        return None
    ps, pe = doc.sentences.of(ss - 1)
    found = list(BODY_AFTER_IN_RE.finditer(doc.text, ps, min(pe, ss)))
    if not found:
        return None
    last = found[-1]
    if last.group("q"):
        return last.span("q")
    first = last.group("org").split()[0]
    if first[:1].isupper() and (country(first) and not first.startswith("Кремл") or first.endswith(CITY_ENDINGS)):
        return None  # "совещание в Москве. Там ...": a place, no body that speaks
    return last.span("org")


CITY_ENDINGS = ("ске", "цке", "бурге", "граде", "поле")  # "в Новосибирске", "в Петербурге", "в Волгограде"


# a group that speaks after an inverted verb ("..., рассказали очевидцы", "..., жалуются водители", "..., полагают участники
# рынка"), not a title word (is_role): no person is named by it
GROUP_RE = re.compile(r"(?:участник|инвестор|водител|родител|застройщик|перевозчик|фермер|очевидц|горожан|пассажир|покупател|"
                      r"потребител|владельц|собственник|арендатор|сотрудник|работник|студент|медик|волонт[её]р|активист|"
                      r"ритейлер|производител|экспорт[её]р|импорт[её]р|болельщик|пациент|туроператор|девелопер|"
                      # (people of a place or an age who tell what they saw: "Вспоминают старожилы деревни: «Q»")
                      r"старожил|пенсионер|ветеран|свидетел|избирател|читател|зрител|слушател|учител|сельчан|соседи|соседк)[а-яё]*")


# a group a clause's subject names (GROUP_RE's, and people of a trade or a side: "Организаторы фестиваля", "Эксперты Высшей
# школы экономики", "Жители улицы Лесной", "турецкая сторона", "родители"), after the sentence's start or a conjunction
GROUP_HEAD_RE = re.compile(r"(?:" + GROUP_RE.pattern + r"|(?:организатор|эксперт|аналитик|жител|представител|специалист|"
                           r"синоптик|врач|учён|учен|юрист|адвокат|автор)[а-яё]*|сторона|стороны|власти)")
CLAUSE_OPEN_RE = re.compile(r",[ \t]+(?:потому[ \t]+что|поскольку|так[ \t]+как|когда|хотя|если|раз[ \t]+уж|пока|так[ \t]+что)[ \t]+")
ADJ_END_RE = re.compile(r"[а-яё]+(?:ая|ое|ые|ие|ий|ый|ой)")
GROUP_WORDS = 5  # words a group's phrase may hold
GROUP_REACH = 90  # characters a group's phrase and a conjunction before it may span


def group_subject(text: str, sent: int, verb: int) -> tuple[int, int] | None:
    """The group a clause opens with before its verb (GROUP_HEAD_RE; an adjective may stand before it): the phrase, else
    None. Only plain words stand between it and the verb (no comma, quotation mark or colon)."""
    start, lo = sent, max(sent, verb - GROUP_REACH)
    if text.find(",", lo, verb) != -1:
        for m in CLAUSE_OPEN_RE.finditer(text, lo, verb):
            start = m.end()
    if verb - start > GROUP_REACH:
        return None  # (a long clause holds more than a group before its verb; read no further back)
    chunk = text[start:verb]
    words = chunk.split()
    if not 1 <= len(words) <= GROUP_WORDS:
        return None
    head = words[1] if len(words) > 1 and ADJ_END_RE.fullmatch(words[0].lower()) else words[0]
    if not GROUP_HEAD_RE.fullmatch(head.lower()) or any(not w.replace("-", "").isalpha() for w in words):
        return None
    return start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip())


def source_word(first: str) -> bool:
    """The first word of a source after an inverted verb: a name, a title, a pronoun, a body's kind, a description or a
    group."""
    low = first.lower()
    return bool(first[:1].isupper() or is_role(first) or low in RU_PRONOUNS or low in BODY_WORDS
                or DESCRIPTION_RE.fullmatch(low) or GROUP_RE.fullmatch(low))


# a lower-case adjective of rank or kind before a title ("официальный представитель", "генеральный директор", "первый
# заместитель", "главный экономист"): np_after keeps one such word with the title after it
RANK_ADJ_RE = re.compile(r"[а-яё]+(?:ый|ий|ой|ая)")
# a plural one before a plural group ("местные жители", "независимые эксперты"; not a noun in -ие: "внимание президента")
PLURAL_ADJ_RE = re.compile(r"[а-яё]+(?:ые|ие)")
PLURAL_NOUN_RE = re.compile(r"[а-яё]+[иые]")


def source_opens(mention: str) -> bool:
    """Can an inverted verb's source open with these words? source_word's first word, or one adjective and then a title
    ("..., заявила официальный представитель МИД Мария Захарова", "..., сообщил генеральный директор компании X")."""
    words = mention.split()[:2]
    if not words:
        return False
    if source_word(words[0]) or len(words) < 2:
        return source_word(words[0])
    if RANK_ADJ_RE.fullmatch(words[0]):
        return is_role(words[1])
    return bool(PLURAL_ADJ_RE.fullmatch(words[0]) and PLURAL_NOUN_RE.fullmatch(words[1])
                and (is_role(words[1]) or GROUP_RE.fullmatch(words[1])))


__all__ = ["ASIDE_BEFORE_RE", "BODY_WORDS", "PLURAL_VERB_RE", "RELATIVE_BEFORE_RE", "RELATIVE_REACH", "emit_with_subject", "source_opens",
           "source_word"]
